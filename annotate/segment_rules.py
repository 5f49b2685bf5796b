"""What the sentence splitter knows about the language of news text, apart from how it scans.

`annotate.segment` walks the text and decides each candidate boundary; the knowledge it decides
with lives here: which characters are spaces, terminal punctuation, quotes and bullets; which
words are titles, abbreviations and sentence openers; and what a line standing alone is (a
title, a heading, a byline, a dateline, a read time, a photo credit). Kept apart so that the
tables can grow, or gain another language, without touching the scanner. Pure Python.
"""

import re

# Character classes (contents of [...]), short because they are spelled inside regexes.
# Zero-width spaces count as whitespace for trimming.
BR = r"\n\x0b\x0c\r\x1c-\x1e\x85\u2028\u2029"  # line breaks
HS = r"\t\x1f \xa0\u1680\u2000-\u200b\u202f\u205f\u3000\u180e\u2060\ufeff"  # spaces in a line
WS = BR + HS
TERM = r".?!\u2026\u203c\u2047-\u2049"
CLOSE = r"\"'\u201d\u2019\u00bb\u203a)\]}\u300d\u300f\uff09\u300b\u3011\u3009"
OPEN = r"\"'\u201c\u2018\u00ab\u2039(\[{\u00bf\u00a1"
BULLET = r"\u2022\u2043\u2023\u25e6\u25aa\u25cf"
# The characters a list marker ("1)", "a.", "•") starts with: a sentence starting with one may open
# an inline list, which the splitter follows.
# (Characters as written, no ranges: a set and the contents of a regex class alike.)
MARKER_FIRST = "0123456789abcdefghijklmnopqrstuvwxyz\u2022\u2043\u2023\u25e6\u25aa\u25cf"

# Everything str.isspace() accepts, plus the zero-width spaces editors leave behind.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u180e\u200b\u2060\ufeff"
)
OPEN_CHARS = "\"'\u201c\u2018\u00ab\u2039([{\u00bf\u00a1"
CLOSE_CHARS = "\"'\u201d\u2019\u00bb\u203a)]}\u300d\u300f\uff09\u300b\u3011\u3009"
# Marks that end a line as a sentence (not a title): Latin, CJK, Amharic, Burmese, Devanagari,
# Urdu, Arabic, Armenian.
_FINAL_CHARS = (
    ".?!\u2026:;,\u203c\u2047\u2048\u2049\u3002\uff01\uff1f\u1362\u1367\u104b\u0964\u0965\u06d4"
    "\u061f\u0589"
)

LINE_BREAK = re.compile(rf"[{BR}]")

# Titles before a name never end a sentence ("Mr. Smith", "St. Michael's").
TITLES = frozenset((
    "mr", "mrs", "ms", "mx", "messrs", "mme", "mlle", "dr", "prof", "gen", "col", "lt", "sgt",
    "capt", "cpt", "cmdr", "adm", "maj", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt",
    "insp", "det", "fr", "mt", "ft",
))
# Before a number these never end a sentence ("No. 5", "p. 55"); otherwise they are words.
BEFORE_NUMBER = frozenset((
    "no", "nos", "nr", "n°", "№", "art", "fig", "figs", "pp", "vol", "vols", "ch", "chap", "sec",
    "para", "op", "pt",
))
# These may end a sentence; a following capitalised word decides (see STARTERS).
ABBREVIATIONS = frozenset((
    "co", "corp", "inc", "ltd", "llc", "plc", "jr", "sr", "esq", "bros", "etc", "vs", "v", "al",
    "st", "ave", "blvd", "rd", "dept", "univ", "assn", "govt", "est", "cf", "viz", "approx", "ca",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))
# Words that commonly open a sentence; after an ambiguous abbreviation they signal a boundary.
STARTERS = frozenset((
    "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
    "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "What", "When",
    "Where", "Who", "Whom", "Whose", "Why", "How", "Which", "However", "But", "And", "Or", "So",
    "Yet", "Then", "Also", "In", "On", "At", "For", "If", "As", "After", "Before", "While",
    "Although", "Though", "Since", "Because", "Meanwhile", "Moreover", "Still", "Many", "Some",
    "Most", "All", "Both", "Each", "Every", "No", "Not", "One", "Such", "Now", "Today",
    "Yesterday", "Being", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will",
    "Would", "Should", "Has", "Have", "Had", "Let", "Millions", "Thousands", "Hundreds",
))
# "U.S.", "a.m.", "e.g.": letters joined by periods.
DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# "At 5 a.m. Mr. Smith went": a time that opens its sentence keeps the sentence going.
INTRO_TIME = re.compile(
    rf"[{WS}]*(?i:at|by|from|until|till|before|after|around|about|since|past)"
    r"[ \xa0]+\d{1,2}(?:[:.]\d\d)?[ \xa0]*"
)


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?(?:\s+\d{{4}})?"
    r"|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
)
_STAMP = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_DATE}|\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?|\d{{1,2}}\s*[AaPp]\.?[Mm]\.?)"
)
_ZONE = r"\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?"
_META = re.compile(
    # read time: "2 mins read", "5-minute read", "Reading time: 4 min"
    r"(?i:\d+\s*-?\s*min(?:ute)?s?\.?\s+read(?:ing)?(?:\s+time)?"
    r"|read(?:ing)?\s+time\s*:?\s*(?:about\s+)?\d+\s*min(?:ute)?s?\.?)"
    # a date or time stamp: "July 27, 2023", "Updated: 27 July 2023 10:15 GMT"
    r"|(?:(?:Last\s+)?(?i:updated|published|posted|modified|first\s+published|date)"
    r"(?:\s+(?:on|at))?\s*:?\s*)?"
    rf"{_STAMP}(?:\s*(?:[,|\u00b7\u2022\u2013\u2014-]|at|on)?\s*(?:{_STAMP}|{_ZONE}))*\.?"
    # a wire dateline alone on its line: "BEIJING, July 27 (Xinhua) --", "LONDON (Reuters) -"
    rf"|[A-Z][A-Z.'\u2019 -]{{1,40}}(?:,\s*[A-Z][\w.'\u2019 -]{{0,40}})??"
    rf"(?:,\s*{_DATE}\s*(?:\([^()]{{1,40}}\))?|\s*\([^()]{{1,40}}\))\s*(?:--|[:\u2013\u2014-])?"
    # picture credits and copyright lines
    r"|(?i:(?:file\s+)?(?:photo|photograph|image|picture|illustration|video|graphic)s?"
    r"(?:\s+credit)?\s*(?::|by\b|courtesy\b|\u00a9)|credit\s*:|\u00a9).*"
)
CREDIT_WORDS = (
    "Photo", "Image", "Picture", "Illustration", "Video", "Graphic", "File", "Credit", "PHOTO",
    "IMAGE", "\u00a9",
)
# A line standing alone that ends with one of these, and starts with none of CREDIT_WORDS, is
# body (line_kind); the splitter asks no further ("?" may end a sub-head that asks).
PROSE_END = frozenset(_FINAL_CHARS) - {"?"}
_BYLINE = re.compile(r"(?:(?:Written|Reported|Story|Words)\s+by|By|BY)\s+(\S.{0,100})")
_BYLINE_LINKS = frozenset((
    "and", "of", "the", "de", "del", "della", "van", "von", "der", "den", "la", "le", "da", "du",
    "di", "bin", "al", "y", "for", "at", "with", "&", "|", "-", "\u2013", "\u2014", "\u00b7",
))
_LIST_START = re.compile(
    rf"(?:[{BULLET}*\u2013\u2014-]|\d{{1,3}}[.)]|\(\d{{1,3}}\)|[a-z][.)])(?:[{WS}]|\Z)"
)
# The characters a _LIST_START match can start with, but the digits (str.isdecimal(): what the
# regex's \d matches): most lines start with none, and skip the regex.
_LIST_FIRST = frozenset("\u2022\u2043\u2023\u25e6\u25aa\u25cf*\u2013\u2014-(abcdefghijklmnopqrstuvwxyz")


# The first characters of every meta line and byline: ASCII, digits, "©", and the letters the
# regex engine folds to "i" ("İ", "ı"); a line in another script is no meta (and is read faster).
_META_FIRST = frozenset("\u00a9\u0130\u0131")


def _may_be_meta(char: str) -> bool:
    """Tell whether a line starting with char may be a meta line or a byline."""
    return char.isascii() or char.isdecimal() or char in _META_FIRST


def line_kind(line: str, first: bool) -> str:
    """Classify a sentence that stands alone on its line; first means the text's first line."""
    tail = line.rstrip(CLOSE_CHARS)
    if not tail or len(line) > 200:
        return "body"
    if tail[-1] in _FINAL_CHARS:  # sentence-like: body, unless a picture credit
        return "meta" if line.startswith(CREDIT_WORDS) and _META.fullmatch(line) else "body"
    if not line.isprintable() and LINE_BREAK.search(line):  # (line breaks are not printable)
        return "body"  # joined from wrapped lines: prose
    if _may_be_meta(line[0]) and (_META.fullmatch(line) or _is_byline(line)):
        return "meta"
    first_char = line[0]
    if first_char.islower() or ((first_char in _LIST_FIRST or first_char.isdecimal())
                                and _LIST_START.match(line)):
        return "body"
    return "title" if first else "heading"


# Wire credit lines: "(Reporting by Jane Doe in Moscow; Editing by John Roe)",
# "Reporting by X in Y; Writing by Z." Every part names a role, then people (or a desk).
_CREDIT_ROLE = (
    r"(?:(?:additional|further|extra)\s+)?(?:reporting|reported|writing|written|editing|edited"
    r"|compiled|compiling|compilation|research|researched|production|produced|graphics|photography"
    r"|photos|translation|translated|fact-checking|fact-checked|text|story|video)"
)
_CREDIT_PART = re.compile(rf"(?i:{_CREDIT_ROLE})\s+by\s+(\S.{{0,200}})")
# Parts are separated by semicolons, or by a comma before the next role ("…, editing by …").
_CREDIT_SEPARATOR = re.compile(rf";|,\s*(?=(?i:{_CREDIT_ROLE})\s+by\s)")
# The ways a credit line may start. The splitter asks is_credit_line only of the sentences that
# start with one (in or out of a paragraph: line_kind need not ask again).
CREDIT_PREFIXES = (
    "(", "Reporting", "Reported", "Writing", "Written", "Editing", "Edited", "Additional",
    "Compiled", "Compiling", "Research", "Production", "Produced", "Graphics", "Photography",
    "Translation", "Translated", "Fact-check", "REPORTING", "WRITING", "EDITING",
)

_CREDIT_LINKS = _BYLINE_LINKS | frozenset((
    "in", "from", "on", "staff", "bureau", "bureaus", "newsroom", "team", "desk", "correspondents",
))
MAX_CREDIT = 400


def is_credit_line(line: str) -> bool:
    """Tell a wire credit line ("(Reporting by …; Editing by …)") from prose about reporting."""
    if len(line) > MAX_CREDIT:
        return False
    inner = line.rstrip(".")
    if inner.startswith("("):
        if not inner.endswith(")"):
            return False
        inner = inner[1:-1]
    for part in _CREDIT_SEPARATOR.split(inner):
        m = _CREDIT_PART.fullmatch(part.strip().rstrip("."))
        if m is None or not _names_only(m.group(1), _CREDIT_LINKS):
            return False
    return True


def _names_only(names: str, links: frozenset[str]) -> bool:
    """Tell whether names is capitalised names (or numbers) joined by link words."""
    for word in names.replace(",", " ").split():
        word = word.strip("()[].;:")
        if word and word not in links and not (word[0].isupper() or word[0].isdigit()):
            return False
    return True


# A sub-head asked as a question ("What comes next?"): short, capitalised, one question.
MAX_QUESTION_HEADING = 120
MAX_QUESTION_WORDS = 14


def is_question_heading(line: str) -> bool:
    """Tell whether a line standing between blank lines reads as a sub-head that asks."""
    return (len(line) <= MAX_QUESTION_HEADING and line.endswith("?") and line[0].isupper()
            and line.count("?") == 1 and "!" not in line and "\u2026" not in line
            and ". " not in line and LINE_BREAK.search(line) is None
            and len(line.split()) <= MAX_QUESTION_WORDS)


def _is_byline(line: str) -> bool:
    """Tell "By Jane Doe and John Roe, Reuters" (capitalised names) from "By then it was late"."""
    m = _BYLINE.fullmatch(line)
    return m is not None and _names_only(m.group(1), _BYLINE_LINKS)
