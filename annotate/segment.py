"""Sentence segmentation for news articles, with exact character offsets.

`split_sentences(text)` returns `Span`s whose `start`/`end` index the original string, so
annotations can always point back into the immutable article text.

How it works: one compiled regex walks the text once and stops only at candidate boundaries
(terminal punctuation followed by whitespace, and line breaks); cheap checks on the token before
a period (frozenset look-ups) decide each candidate. Cost is linear in the input.

Choices worth knowing:
- A blank line is always a boundary. A single line break is a boundary too (titles, headings,
  list lines), except in wrapped prose: when the next line starts with a lowercase letter, the
  previous line does not end with a colon and the next line is not a list item ("b) ..."), the
  break is read as a space and ordinary sentence rules apply across it.
- After an abbreviation that can end a sentence (U.S., Co., etc.), a capitalised word starts a
  new sentence only if it is a common sentence opener ("The", "It", "How"), so "U.S. Government"
  stays whole while "the U.S. How about you?" splits. Titles (Mr., Dr.) never end a sentence.
- An inline list that starts a sentence ("1) a 2) b", "a. x b. y", "• 9. x • 10. y") is split
  before each next marker of the same style and the next ordinal.
- Kinds: a line standing alone (one sentence, not joined with neighbours) is `meta` when it is
  a byline, read time, date/dateline or photo credit; otherwise, when it has no final
  punctuation, is at most 200 characters and is not a list item, it is the `title` if it is the
  first line of the text and a `heading` later. Everything else is `body`.
"""

import re
from dataclasses import dataclass

__all__ = ["Span", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Span:
    """One sentence: `text == article[start:end]`, kind in title/heading/meta/body."""

    start: int
    end: int
    text: str
    kind: str


# Character classes (contents of [...]). Zero-width spaces count as whitespace for trimming.
_BR = r"\n\x0b\x0c\r\x1c-\x1e\x85\u2028\u2029"
_HS = r"\t\x1f \xa0\u1680\u2000-\u200b\u202f\u205f\u3000\u180e\u2060\ufeff"
_WS = _BR + _HS
_TERM = r".?!\u2026\u203c\u2047-\u2049"
_CJK = r"\u3002\uff01\uff1f"
_CLOSE = r"\"'\u201d\u2019\u00bb\u203a)\]}\u300d\u300f\uff09"
_OPEN = r"\"'\u201c\u2018\u00ab\u2039(\[{\u00bf\u00a1"
_BULLET = r"\u2022\u2043\u2023\u25e6\u25aa\u25cf"

# Everything str.isspace() accepts, plus the zero-width spaces editors leave behind.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u180e\u200b\u2060\ufeff"
)
_CLOSE_CHARS = "\"'\u201d\u2019\u00bb\u203a)]}\u300d\u300f\uff09"
_OPEN_CHARS = "\"'\u201c\u2018\u00ab\u2039([{\u00bf\u00a1"
_FINAL_CHARS = ".?!\u2026:;,\u203c\u2047\u2048\u2049\u3002\uff01\uff1f"
_ORDINARY_PUNCT = frozenset(".\u2026")

_MARKER_BODY = (
    rf"(?=[{_BULLET}\da-z])(?:(?P<b>[{_BULLET}])[{_HS}]*)?"
    rf"(?:(?P<n>\d{{1,3}}|[a-z])(?P<s>\.\)|[.)]))?(?<=[^{_WS}])(?=[{_WS}]|\Z)"
)
_MARKER_START = re.compile(rf"[{_WS}]*{_MARKER_BODY}")
_MARKER_MID = re.compile(rf"(?<=[{_HS}]){_MARKER_BODY}")
_MARKER_FIRST = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyz\u2022\u2043\u2023\u25e6\u25aa\u25cf"
)
_LINE_BREAK = re.compile(rf"[{_BR}]")
_NON_SPACE = re.compile(rf"[^{_WS}]")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_INTRO_TIME = re.compile(
    rf"[{_WS}]*(?i:at|by|from|until|till|before|after|around|about|since|past)"
    r"[ \xa0]+\d{1,2}(?:[:.]\d\d)?[ \xa0]*"
)

# Titles before a name never end a sentence ("Mr. Smith", "St. Michael's").
_TITLES = frozenset(
    "mr mrs ms mx messrs mme mlle dr prof gen col lt sgt capt cpt cmdr adm maj brig gov sen "
    "rep rev hon pres supt insp det fr mt ft".split()
)
# Before a number these never end a sentence ("No. 5", "p. 55"); otherwise they are words.
_BEFORE_NUMBER = frozenset("no nos nr n° № art fig figs pp vol vols ch chap sec para op pt".split())
# These may end a sentence; a following capitalised word decides (see _STARTERS).
_ABBREVIATIONS = frozenset(
    "co corp inc ltd llc plc jr sr esq bros etc vs v al st ave blvd rd dept univ assn govt est "
    "cf viz approx ca jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ABBREVIATION_TAILS = frozenset(
    word[-4:] for word in _TITLES | _BEFORE_NUMBER | _ABBREVIATIONS if len(word) >= 4
)
# Words that commonly open a sentence; after an ambiguous abbreviation they signal a boundary.
_STARTERS = frozenset(
    "A An The This That These Those It Its He She They We I You His Her Their Our My Your "
    "There Here What When Where Who Whom Whose Why How Which However But And Or So Yet Then "
    "Also In On At For If As After Before While Although Though Since Because Meanwhile "
    "Moreover Still Many Some Most All Both Each Every No Not One Such Now Today Yesterday "
    "Being Did Do Does Is Are Was Were Can Could Will Would Should Has Have Had Let Millions "
    "Thousands Hundreds".split()
)


# The first character is matched by one class, which lets the regex engine skip everything
# else at C speed; the branches then look behind at it to know which kind of candidate it is.
# "plain" is the common case settled inside the regex: ". ", "? " or "! " after four lowercase
# letters that end no abbreviation, before a capital on the same line. Punctuation at a line
# end also takes the line break, so a paragraph end is one candidate.
_TAILS = "|".join(sorted(_ABBREVIATION_TAILS))
_CANDIDATE = re.compile(
    rf"""[{_BR}{_TERM}{_CJK}](?:
      (?<=[a-z][a-z][a-z][a-z][.?!])(?<!(?:{_TAILS})\.)(?P<plain>[{_CLOSE}]*)
      (?=[{_HS}]+[{_OPEN}]*[A-Z])
    | (?<=[{_BR}])(?:(?<=\r)\n)?(?P<blank>(?:[{_HS}]*[{_BR}])*)(?=[{_HS}]*(?P<lc>[^{_WS}])?)
    | (?:(?P<el>(?<=\.)(?:[ \xa0]\.){{2,}})|(?P<p>(?<=[{_TERM}])[{_TERM}]*))(?P<c>[{_CLOSE}]*)
      (?=[{_WS}]*\Z|[{_WS}]+(?P<o>[{_OPEN}]*)(?P<nx>\w+|[^{_WS}]))
      (?:[{_HS}]*(?P<pb>[{_BR}])(?:(?<=\r)\n)?(?P<pblank>(?:[{_HS}]*[{_BR}])*))?
    | (?P<cjk>(?<=[{_CJK}])[{_CJK}]*[{_CLOSE}]*)
    )""",
    re.VERBOSE,
)


def split_sentences(text: str) -> list[Span]:
    """Split text into sentence spans (offsets into text), each with its kind."""
    first = _NON_SPACE.search(text)
    if first is None:
        return []
    scanner = _Scanner(text)
    scanner.run(first.start())
    return scanner.spans


_BREAK_CHARS = frozenset("\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029")
_CJK_CHARS = frozenset("\u3002\uff01\uff1f")


class _Scanner:
    """One pass over the candidates of a text, collecting its Spans line unit by line unit."""

    __slots__ = ("text", "spans", "unit_first", "last", "marker_end", "pending", "style")

    def __init__(self, text):
        self.text = text
        self.spans = []
        self.unit_first = 0  # index in spans of the first sentence of the current line unit
        self.last = 0  # offset of the last boundary
        self.marker_end = -1  # end of the list marker opening the current sentence
        self.pending = -1  # where the next marker of that list starts
        self.style = None

    def run(self, first):
        """Find every boundary in order; first is the offset of the first non-space character."""
        text = self.text
        self.begin(first)
        for m in _CANDIDATE.finditer(text):
            pos = m.start()
            if 0 <= self.pending <= pos:
                self.flush_markers(pos)
            if m.lastgroup == "plain":
                self.cut(m.end(), False)
                self.pending = -1  # a capital opens the next sentence: no list marker
                continue
            if text[pos] in _BREAK_CHARS:
                if _is_soft_break(text, m.group("blank"), m.start("lc"), pos, self.last):
                    continue
                self.cut(pos, True)
                following = m.start("lc")
            elif m.start("pb") >= 0 and (m.group("pblank") or not _is_soft_break(
                text, "", m.start("o"), m.start("pb"), self.last
            )):
                self.cut(m.start("pb"), True)  # the line ends here, whatever the period is
                following = m.start("o")
            elif pos < self.marker_end:
                continue  # the period of "1." opening a list item
            else:
                end = m.end() if text[pos] in _CJK_CHARS else _punct_cut(text, m, self.last)
                if end < 0:
                    continue
                self.cut(end, False)
                following = m.start("o")
            if following >= 0 and text[following] in _MARKER_FIRST:
                self.begin(following)
            else:
                self.pending = -1
        self.flush_markers(len(text))
        self.cut(len(text), True)

    def cut(self, end, hard):
        """Close the sentence ending at end; a hard boundary also closes the line unit."""
        raw = self.text[self.last : end]
        body = raw.strip(WHITESPACE)
        if body:
            # The first non-space character is where the stripped text begins.
            start = self.last + raw.index(body[0])
            self.spans.append(_new_span(start, start + len(body), body, "body"))
        self.last = end
        if hard:
            if len(self.spans) == self.unit_first + 1:
                self.classify_line()
            self.unit_first = len(self.spans)

    def classify_line(self):
        """Give the kind of a sentence standing alone on its line (title, heading, meta)."""
        span = self.spans[-1]
        kind = _line_kind(span.text, self.unit_first == 0)
        if kind != "body":
            self.spans[-1] = _new_span(span.start, span.end, span.text, kind)

    def begin(self, pos):
        """Note a sentence starting at pos; when a list marker opens it, find the next one."""
        m = None
        if pos >= 0 and self.text[pos] in _MARKER_FIRST:
            m = _MARKER_START.match(self.text, pos)
        if m is None:
            self.pending = -1
            return
        self.style = _marker_style(m)
        self.marker_end = m.end()
        self.pending = _next_marker(self.text, _successor(self.style), m.end())

    def flush_markers(self, pos):
        """Cut before every pending list marker up to pos."""
        while 0 <= self.pending <= pos:
            marker = self.pending
            self.cut(marker, False)
            self.begin(marker)


def _new_span(
    start, end, body, kind, _new=object.__new__, _set_start=Span.start.__set__,
    _set_end=Span.end.__set__, _set_text=Span.text.__set__, _set_kind=Span.kind.__set__,
):
    """Build a Span twice as fast as the frozen dataclass __init__ (hot path: every sentence)."""
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, body)
    _set_kind(span, kind)
    return span


def _is_soft_break(text, blank, first, line_end, last):
    """Tell whether a line break is wrapped prose (next line at first), to be read as a space."""
    if blank or first < 0 or not text[first].islower():
        return False
    tail = text[max(last, line_end - 8) : line_end].rstrip(WHITESPACE)
    if not tail or tail[-1] == ":":
        return False
    return _MARKER_START.match(text, first) is None


def _punct_cut(text, m, last):
    """Return where the sentence ends at this punctuation candidate, or -1 if it does not."""
    following = m.group("nx")
    if following is None:
        return m.end("c")
    if following[0].islower():
        # "Yahoo! in", '"Is it true?" she asked', "the U.S. for 20 years"
        return -1
    start = m.start()
    if m.end("p") == start + 1 and text[start] == ".":
        tail = text[start - 4 : start] if start >= 4 else ""
        # Fast path: after four lowercase letters that end no abbreviation, a period ends.
        plain = tail.isalpha() and tail.islower() and tail not in _ABBREVIATION_TAILS
        ends = plain or m.group("c") or _period_ends(text, start, last, following)
        return m.end("c") if ends else -1
    if m.start("el") >= 0:
        return _spaced_ellipsis_cut(text, m)
    cluster = text[start : m.end("p")]
    if not _ORDINARY_PUNCT.issuperset(cluster):
        return m.end("c")  # ? ! and mixes like ?! end a sentence before a capital
    # "[...]" marks an omission inside a quotation, not an ending.
    return -1 if text[start - 1 : start] == "[" else m.end("c")


def _spaced_ellipsis_cut(text, m):
    """Decide ". . ." runs: four dots end a sentence; three dots are an omission inside one."""
    start = m.start()
    if m.group("el").count(".") < 3:
        return -1
    attached = start > 0 and text[start - 1] not in WHITESPACE
    # "word. . . . Next": the word's own period ends it and ". . ." opens the next sentence.
    return start + 1 if attached else m.end("c")


def _period_ends(text, dot, last, following):
    """Tell whether the lone period at dot, followed by the word `following`, ends a sentence."""
    window = text[max(last, dot - 40) : dot]
    words = window.split()
    if not words or (len(words) == 1 and dot - 40 > last and not window[0].isspace()):
        return True  # nothing before it, or a token too long to be an abbreviation
    token = words[-1].lstrip(_OPEN_CHARS)
    low = token.lower()
    if low in _TITLES or token == "St":
        return False
    if following[0].isdigit():
        return not (low in _BEFORE_NUMBER or low in _ABBREVIATIONS or len(token) == 1
                    or _DOTTED.fullmatch(token))
    if len(token) == 1 and token.isalpha():
        return _initial_ends(token, words, following)
    if low in _ABBREVIATIONS:
        return following in _STARTERS
    if _DOTTED.fullmatch(token):
        if low in ("a.m", "p.m") and following not in _STARTERS:
            if following.isupper() and len(following) <= 4:
                return False  # a time zone: "10:15 a.m. ET"
            # "At 5 a.m. Mr. Smith went" continues; "He left at 6 P.M. Mr. Smith then" ends.
            intro = dot - last < 40 and _INTRO_TIME.fullmatch(text, last, dot - len(token))
            return not intro
        return following in _STARTERS
    return True


def _initial_ends(letter, words, following):
    """Decide a single letter before a period: an initial ("E. Smith") or a word ("you and I.")."""
    if letter.islower():
        return False  # "p. 55", "a. The first item"
    if letter == "I" and len(words) > 1 and words[-2][:1].islower():
        return True
    return following in _STARTERS


def _next_marker(text, style, pos):
    """Return where the list marker of the given style starts after pos on its line, or -1."""
    bullet, ordinal, suffix = style
    target = bullet or ordinal + suffix
    end = min(pos + 500, len(text))  # inline list items are short; bounds work on long lines
    found = text.find(target, pos, end)
    while found >= 0:
        m = _MARKER_MID.match(text, found)
        if m is not None and _marker_style(m) == style:
            return -1 if _LINE_BREAK.search(text, pos, found) else found
        found = text.find(target, found + 1, end)
    return -1


def _marker_style(m):
    """Describe a list marker as (bullet, ordinal, suffix)."""
    return m.group("b"), m.group("n"), m.group("s")


def _successor(style):
    """Return the style of the marker that follows style in the same list."""
    bullet, ordinal, suffix = style
    if ordinal is None:
        return style
    if ordinal.isdigit():
        return bullet, str(int(ordinal) + 1), suffix
    return bullet, chr(ord(ordinal) + 1), suffix


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
_CREDIT_WORDS = tuple(
    "Photo Image Picture Illustration Video Graphic File Credit PHOTO IMAGE \u00a9".split()
)
_BYLINE = re.compile(r"(?:(?:Written|Reported|Story|Words)\s+by|By|BY)\s+(\S.{0,100})")
_BYLINE_LINKS = frozenset(
    "and of the de del della van von der den la le da du di bin al y for at with & | - \u2013 "
    "\u2014 \u00b7".split()
)
_LIST_START = re.compile(
    rf"(?:[{_BULLET}*\u2013\u2014-]|\d{{1,3}}[.)]|\(\d{{1,3}}\)|[a-z][.)])(?:[{_WS}]|\Z)"
)


def _line_kind(line, first):
    """Classify a sentence that stands alone on its line; first means the text's first line."""
    tail = line.rstrip(_CLOSE_CHARS)
    if not tail or len(line) > 200:
        return "body"
    if tail[-1] in _FINAL_CHARS:  # sentence-like: body, unless a picture credit
        return "meta" if line.startswith(_CREDIT_WORDS) and _META.fullmatch(line) else "body"
    if _LINE_BREAK.search(line):
        return "body"  # joined from wrapped lines: prose
    if _META.fullmatch(line) or _is_byline(line):
        return "meta"
    if line[0].islower() or _LIST_START.match(line):
        return "body"
    return "title" if first else "heading"


def _is_byline(line):
    """Tell "By Jane Doe and John Roe, Reuters" (capitalised names) from "By then it was late"."""
    m = _BYLINE.fullmatch(line)
    if m is None:
        return False
    for word in m.group(1).replace(",", " ").split():
        word = word.strip("()[].;:")
        if word and word not in _BYLINE_LINKS and not (word[0].isupper() or word[0].isdigit()):
            return False
    return True
