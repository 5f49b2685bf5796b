"""Sentence segmentation for news articles, with exact character offsets.

`split_sentences(text, language=None)` returns `Span`s whose `start`/`end` index the original
string, so annotations can always point back into the immutable article text. `language` is an
ISO 639-1 code; None detects it (`annotate.language`, on a bounded prefix); a code without rules
of its own gets the generic (English) rules. The rules of each language are data in
`annotate.segment_languages`: its marks, letter cases and abbreviation tables.

How it works: one compiled regex walks the text once and stops only at candidate boundaries
(terminal punctuation followed by whitespace, and line breaks); cheap checks on the token before
a period (frozenset look-ups) decide each candidate. Cost is linear in the input. The word tables
and the line shapes it decides with are in `annotate.segment_rules`.

Choices worth knowing:
- A blank line is always a boundary. A single line break is a boundary too (titles, headings,
  list lines), except in wrapped prose: when the next line starts with a lowercase letter, the
  previous line does not end with a colon and the next line is not a list item ("b) ..."), the
  break is read as a space and ordinary sentence rules apply across it.
- After an abbreviation that can end a sentence (U.S., Co., etc.), a capitalised word starts a
  new sentence only if it is a common sentence opener ("The", "It", "How"), so "U.S. Government"
  stays whole while "the U.S. How about you?" splits. Titles (Mr., Dr.) never end a sentence.
- Marks that scripts without spaces use (。！？, Hindi ।, Urdu ۔, Arabic ؟, Amharic ።, Burmese ။,
  Armenian ։) end a sentence even with no space after them, with the closing quotes and
  brackets that follow; not inside an open bracket or quote (《你好！北京》) nor before a quoting
  particle (「…か？」と).
- An inline list that starts a sentence ("1) a 2) b", "a. x b. y", "• 9. x • 10. y") is split
  before each next marker of the same style and the next ordinal.
- Kinds: a line standing alone (one sentence, not joined with neighbours) is `meta` when it is
  a byline, read time, date/dateline or photo credit; otherwise, when it has no final
  punctuation, is at most 200 characters and is not a list item, it is the `title` if it is the
  first line of the text and a `heading` later. A short question alone between blank lines
  ("What comes next?") is a `heading` too. A wire credit ("(Reporting by …; Editing by …)") is
  `meta` wherever it stands, also closing a paragraph. Everything else is `body`.
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from annotate.language import detect_language
from annotate.segment_languages import HARD_STOPS, LanguageRules, rules_for
from annotate.segment_rules import (
    BR,
    BULLET,
    CLOSE,
    CREDIT_STARTS,
    DOTTED,
    HS,
    INTRO_TIME,
    LINE_BREAK,
    OPEN,
    OPEN_CHARS,
    WHITESPACE,
    WS,
    is_credit_line,
    is_question_heading,
    line_kind,
)

__all__ = ["Span", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Span:
    """One sentence: `text == article[start:end]`, kind in title/heading/meta/body."""

    start: int
    end: int
    text: str
    kind: str


_ORDINARY_PUNCT = frozenset(".\u2026")
_BREAK_CHARS = frozenset("\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029")
# Brackets and quotes that a hard stop inside them does not end the sentence at (CJK and curly).
_OPENING = "\u300c\u300e\u300a\u3010\u3008\uff08\u201c"
_CLOSING = "\u300d\u300f\u300b\u3011\u3009\uff09\u201d"
_BRACKETS = re.compile(f"[{_OPENING}{_CLOSING}]")
# After a quotation closed by its mark, these carry the sentence on (Japanese と, commas).
_QUOTE_GOES_ON = frozenset("\u3068\u3001\uff0c,")
HARD_WINDOW = 300  # how far back a hard stop looks for an open bracket

_MARKER_BODY = (
    rf"(?=[{BULLET}\da-z])(?:(?P<b>[{BULLET}])[{HS}]*)?"
    rf"(?:(?P<n>\d{{1,3}}|[a-z])(?P<s>\.\)|[.)]))?(?<=[^{WS}])(?=[{WS}]|\Z)"
)
_MARKER_START = re.compile(rf"[{WS}]*{_MARKER_BODY}")
_MARKER_MID = re.compile(rf"(?<=[{HS}]){_MARKER_BODY}")
_MARKER_FIRST = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyz\u2022\u2043\u2023\u25e6\u25aa\u25cf"
)
_NON_SPACE = re.compile(rf"[^{WS}]")



def _candidates(rules: LanguageRules) -> re.Pattern[str]:
    """Compile the regex that finds a language's candidate boundaries.

    The first character is matched by one class, which lets the regex engine skip everything
    else at C speed; the branches then look behind at it to know which kind of candidate it is.
    "plain" is the common case settled inside the regex: ". ", "? " or "! " after four lowercase
    letters that end no abbreviation, before a capital on the same line. Punctuation at a line
    end also takes the line break, so a paragraph end is one candidate; a French closing
    guillemet after a space (". »") belongs to the sentence it closes. "hard" is a mark that
    ends a sentence with no space after it (HARD_STOPS).
    """
    tails = "|".join(sorted(rules.tails)) or "(?!)"
    term, low = rules.stops, rules.lower
    close = CLOSE + re.escape(rules.quotes[1::2])  # the language's closing quotes too
    plain = "".join(mark for mark in ".?!;:" if mark in term)
    return re.compile(
        rf"""[{BR}{term}{HARD_STOPS}](?:
          (?<=[{low}][{low}][{low}][{low}][{plain}])(?<!(?:{tails})\.)(?P<plain>[{close}]*)
          (?=[{HS}]+[{OPEN}]*[{rules.upper}])
        | (?<=[{BR}])(?:(?<=\r)\n)?(?P<blank>(?:[{HS}]*[{BR}])*)(?=[{HS}]*(?P<lc>[^{WS}])?)
        | (?:(?P<el>(?<=\.)(?:[ \xa0]\.){{2,}})|(?P<p>(?<=[{term}])[{term}]*))
          (?P<c>[{close}]*(?:[ \xa0\u202f][\u00bb\u203a])?)
          (?=[{WS}]*\Z|[{WS}]+(?P<o>[{OPEN}]*)(?P<nx>\w+|[^{WS}]))
          (?:[{HS}]*(?P<pb>[{BR}])(?:(?<=\r)\n)?(?P<pblank>(?:[{HS}]*[{BR}])*))?
        | (?P<hard>(?<=[{HARD_STOPS}])[{HARD_STOPS}]*[{close}]*)
        )""",
        re.VERBOSE,
    )


_CANDIDATES: dict[str, re.Pattern[str]] = {}


def split_sentences(text: str, language: str | None = None) -> list[Span]:
    """Split text into sentence spans (offsets into text), each with its kind.

    language is an ISO 639-1 code; None detects it from the start of the text.
    """
    first = _NON_SPACE.search(text)
    if first is None:
        return []
    rules = rules_for(detect_language(text) if language is None else language)
    pattern = _CANDIDATES.get(rules.code)
    if pattern is None:
        pattern = _CANDIDATES[rules.code] = _candidates(rules)
    scanner = _Scanner(text, rules, pattern)
    scanner.run(first.start())
    return scanner.spans


class _MarkerStyle(NamedTuple):
    """How an inline list marks its items: "•", "1)", "a." or "• 9."; None where a part is absent.

    Equal to the tuple `marker.group("b", "n", "s")` of a marker of this style, which is how
    _next_marker compares without building a style for every marker it finds.
    """

    bullet: str | None
    ordinal: str | None
    suffix: str | None

    @classmethod
    def after(cls, marker: re.Match[str]) -> "_MarkerStyle":
        """The style of the marker that follows this marker in the same list."""
        bullet, ordinal, suffix = marker.group("b", "n", "s")
        if ordinal is not None:
            ordinal = str(int(ordinal) + 1) if ordinal.isdigit() else chr(ord(ordinal) + 1)
        return cls(bullet, ordinal, suffix)


class _Scanner:
    """One pass over the candidates of a text, collecting its Spans line unit by line unit."""

    __slots__ = ("last", "marker_end", "pattern", "pending", "rules", "spans", "text", "unit_first")

    def __init__(self, text: str, rules: LanguageRules, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.rules = rules
        self.pattern = pattern
        self.spans: list[Span] = []
        self.unit_first = 0  # index in spans of the first sentence of the current line unit
        self.last = 0  # offset of the last boundary
        self.marker_end = -1  # end of the list marker opening the current sentence
        self.pending = -1  # where the next marker of that list starts

    def run(self, first: int) -> None:
        """Find every boundary in order; first is the offset of the first non-space character."""
        self.begin(first)
        for m in self.pattern.finditer(self.text):
            pos = m.start()
            if 0 <= self.pending <= pos:
                self.flush_markers(pos)
            kind = m.lastgroup
            if kind == "plain":
                if self.rules.quotes and _in_quotation(self.text, self.last, m.end(), self.rules.quotes):
                    continue
                self.cut(m.end(), False)
                self.pending = -1  # a capital opens the next sentence: no list marker
            elif kind == "hard":  # 。 ። । ... (the common case of scripts without spaces)
                end = _hard_cut(self.text, m, self.last)
                if end >= 0:
                    self.cut(end, False)
                    self.pending = -1
            else:
                self.decide(m)
        self.flush_markers(len(self.text))
        self.cut(len(self.text), True)

    def decide(self, m: re.Match[str]) -> None:
        """Settle a candidate the regex left open: a line break, punctuation or a hard stop."""
        text, pos = self.text, m.start()
        if text[pos] in _BREAK_CHARS:
            if _is_soft_break(text, m.group("blank"), m.start("lc"), pos, self.last):
                return
            self.cut(pos, True)
            following = m.start("lc")
        elif m.start("pb") >= 0 and (m.group("pblank") or not _is_soft_break(
            text, "", m.start("o"), m.start("pb"), self.last
        )):
            self.cut(m.start("pb"), True)  # the line ends here, whatever the period is
            following = m.start("o")
        elif pos < self.marker_end:
            return  # the period of "1." opening a list item
        else:
            end = _punct_cut(text, m, self.last, self.rules)
            if end < 0 or (self.rules.quotes and _in_quotation(text, self.last, end, self.rules.quotes)):
                return
            self.cut(end, False)
            following = m.start("o")
        if following >= 0 and text[following] in _MARKER_FIRST:
            self.begin(following)
        else:
            self.pending = -1

    def cut(self, end: int, hard: bool) -> None:
        """Close the sentence ending at end; a hard boundary also closes the line unit."""
        raw = self.text[self.last : end]
        body = raw.strip(WHITESPACE)
        if body:
            # The first non-space character is where the stripped text begins.
            start = self.last + raw.index(body[0])
            # A wire credit is metadata even where it closes a paragraph of prose.
            kind = "body"
            prefixes = CREDIT_STARTS.get(body[0])  # every sentence passes here: cheap checks first
            if prefixes is not None and body.startswith(prefixes) and is_credit_line(body):
                kind = "meta"
            self.spans.append(_new_span(start, start + len(body), body, kind))
        self.last = end
        if hard:
            if len(self.spans) == self.unit_first + 1:
                self.classify_line()
            self.unit_first = len(self.spans)

    def classify_line(self) -> None:
        """Give the kind of a sentence standing alone on its line (title, heading, meta)."""
        span = self.spans[-1]
        if span.kind != "body":
            return  # a credit line: cut() knew it already
        first = self.unit_first == 0
        kind = line_kind(span.text, first)
        if (kind == "body" and not first and span.text[-1] == "?" and is_question_heading(span.text)
                and _blank_line_around(self.text, span.start, span.end)):
            kind = "heading"
        if kind != span.kind:
            self.spans[-1] = _new_span(span.start, span.end, span.text, kind)

    def begin(self, pos: int) -> None:
        """Note a sentence starting at pos; when a list marker opens it, find the next one."""
        marker = None
        if pos >= 0 and self.text[pos] in _MARKER_FIRST:
            marker = _MARKER_START.match(self.text, pos)
        if marker is None:
            self.pending = -1
            return
        self.marker_end = marker.end()
        self.pending = _next_marker(self.text, _MarkerStyle.after(marker), marker.end())

    def flush_markers(self, pos: int) -> None:
        """Cut before every pending list marker up to pos."""
        while 0 <= self.pending <= pos:
            marker = self.pending
            self.cut(marker, False)
            self.begin(marker)


# The frozen dataclass __init__ sets each field through object.__setattr__; writing the slots
# directly builds a Span twice as fast, and a Span is built for every sentence.
_SET_START, _SET_END, _SET_TEXT, _SET_KIND = (
    getattr(Span, field).__set__ for field in ("start", "end", "text", "kind")
)


def _new_span(start: int, end: int, text: str, kind: str) -> Span:
    """Build a Span without the dataclass __init__ (see _SET_START)."""
    span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    _SET_TEXT(span, text)
    _SET_KIND(span, kind)
    return span


def _blank_line_around(text: str, start: int, end: int) -> bool:
    """Tell whether the span [start, end) has a blank line before it and after it, with text
    on both sides (a paragraph of one short line: a sub-head)."""
    i, breaks = start, 0
    while i > 0 and text[i - 1] in WHITESPACE:
        i -= 1
        if text[i] in _BREAK_CHARS and not (text[i] == "\r" and text[i + 1 : i + 2] == "\n"):
            breaks += 1
    if i == 0 or breaks < 2:
        return False
    i, breaks, n = end, 0, len(text)
    while i < n and text[i] in WHITESPACE:
        if text[i] in _BREAK_CHARS and not (text[i] == "\n" and text[i - 1 : i] == "\r"):
            breaks += 1
        i += 1
    return i < n and breaks >= 2


def _is_soft_break(text: str, blank: str, first: int, line_end: int, last: int) -> bool:
    """Tell whether a line break is wrapped prose (next line at first), to be read as a space."""
    if blank or first < 0 or not text[first].islower():
        return False
    tail = text[max(last, line_end - 8) : line_end].rstrip(WHITESPACE)
    if not tail or tail[-1] == ":":
        return False
    return _MARKER_START.match(text, first) is None


def _hard_cut(text: str, m: re.Match[str], last: int) -> int:
    """Return where the sentence ends at a hard stop (。 ። । ...), or -1 inside brackets."""
    end = m.end()
    begin = max(last, m.start() - HARD_WINDOW)
    if _BRACKETS.search(text, begin, end) is not None:
        window = text[begin:end]
        if sum(map(window.count, _OPENING)) > sum(map(window.count, _CLOSING)):
            return -1  # 《你好！北京》: the mark is inside a title or a quotation
    if end < len(text) and text[end] in _QUOTE_GOES_ON and text[end - 1] in _CLOSING:
        return -1  # 「辞任するのですか？」と質問した
    return end


def _punct_cut(text: str, m: re.Match[str], last: int, rules: LanguageRules) -> int:
    """Return where the sentence ends at this punctuation candidate, or -1 if it does not."""
    following = m.group("nx")
    if following is None:
        return m.end("c")
    if following[0].islower() or following[0] in _NEVER_FIRST:
        # "Yahoo! in", '"Is it true?" she asked', "the U.S. for 20 years", "spoglia. / [...]"
        return -1
    start = m.start()
    if following in _DASHES and text[start] != "." and _lowercase_after(text, m.start("nx") + 1):
        return -1  # «Готов? – спросила мама»: a dash and a lowercase word carry the speech on
    if m.end("p") == start + 1 and text[start] == ".":
        tail = text[start - 4 : start] if start >= 4 else ""
        # Fast path: after four lowercase letters that end no abbreviation, a period ends.
        plain = tail.isalpha() and tail.islower() and tail not in rules.tails
        ends = plain or m.group("c") or _period_ends(text, start, last, following, rules)
        return m.end("c") if ends else -1
    if m.start("el") >= 0:
        return _spaced_ellipsis_cut(text, m)
    cluster = text[start : m.end("p")]
    if not _ORDINARY_PUNCT.issuperset(cluster):
        return m.end("c")  # ? ! and mixes like ?! end a sentence before a capital
    # "[...]" marks an omission inside a quotation, not an ending.
    return -1 if text[start - 1 : start] == "[" else m.end("c")


def _in_quotation(text: str, last: int, end: int, quotes: str) -> bool:
    """Tell whether a quotation opened in the sentence so far (bounded window) is still open."""
    window = text[max(last, end - HARD_WINDOW) : end]
    for i in range(0, len(quotes), 2):
        opening, closing = quotes[i], quotes[i + 1]
        if opening == closing:
            if window.count(opening) % 2:
                return True
        elif window.count(opening) > window.count(closing):
            return True
    return False


_NEVER_FIRST = frozenset("/,;")  # no sentence starts with these
_DASHES = frozenset("-\u2013\u2014")


def _lowercase_after(text: str, pos: int) -> bool:
    """Tell whether the first word after pos, past spaces, starts with a lowercase letter."""
    rest = text[pos : pos + 3].lstrip(WHITESPACE)
    return bool(rest) and rest[0].islower()


def _spaced_ellipsis_cut(text: str, m: re.Match[str]) -> int:
    """Decide ". . ." runs: four dots end a sentence; three dots are an omission inside one."""
    start = m.start()
    if m.group("el").count(".") < 3:
        return -1
    attached = start > 0 and text[start - 1] not in WHITESPACE
    # "word. . . . Next": the word's own period ends it and ". . ." opens the next sentence.
    return start + 1 if attached else m.end("c")


def _period_ends(text: str, dot: int, last: int, following: str, rules: LanguageRules) -> bool:
    """Tell whether the lone period at dot, followed by the word `following`, ends a sentence."""
    window = text[max(last, dot - 40) : dot]
    words = window.split()
    if not words or (len(words) == 1 and dot - 40 > last and not window[0].isspace()):
        return True  # nothing before it, or a word too long to be an abbreviation
    word = words[-1].lstrip(OPEN_CHARS)
    low = word.lower()
    if "'" in low or "\u2019" in low:  # "l'Avv.", "dell’Ing.": the elided article goes
        low = low.replace("\u2019", "'").rsplit("'", 1)[1]
    if low in rules.titles or word == "St":
        return False
    if following[0].isdigit() or following[0] == "\u2116":  # "Nr. 4", "жыл. № 70"
        return not (low in rules.before_number or low in rules.abbreviations or len(word) == 1
                    or DOTTED.fullmatch(word))
    if rules.ordinal_dot and _is_ordinal(word, following, rules):
        return False
    if low in rules.enders:
        return True
    if len(word) == 1 and word.isalpha():
        return _initial_ends(word, words, following, rules.starters)
    if low in rules.abbreviations:
        return following in rules.starters
    if DOTTED.fullmatch(word):
        return _dotted_ends(text, dot, last, word, following, rules.starters)
    return True


def _is_ordinal(word: str, following: str, rules: LanguageRules) -> bool:
    """Tell "3. Oktober" and "XII. Pluku" (ordinals written with a period) from sentence ends."""
    word = word.lstrip("-\u2013")  # "1.-3. Jahrhundert"
    if word.isdigit():  # "am 3. Oktober", "aus dem 1. Jahrhundert"; not before "Die", "Wir"
        return len(word) <= 2 and (following.lower() in rules.months or following not in rules.starters)
    return len(word) >= 2 and _ROMAN.issuperset(word)


_ROMAN = frozenset("IVXLC")


def _dotted_ends(text: str, dot: int, last: int, word: str, following: str,
                 starters: frozenset[str]) -> bool:
    """Decide a period closing letters joined by periods ("U.S.", "a.m."), before a capital."""
    if word.lower() in ("a.m", "p.m") and following not in starters:
        if following.isupper() and len(following) <= 4:
            return False  # a time zone: "10:15 a.m. ET"
        # "At 5 a.m. Mr. Smith went" continues; "He left at 6 P.M. Mr. Smith then" ends.
        intro = dot - last < 40 and INTRO_TIME.fullmatch(text, last, dot - len(word))
        return not intro
    return following in starters


def _initial_ends(letter: str, words: list[str], following: str, starters: frozenset[str]) -> bool:
    """Decide a single letter before a period: an initial ("E. Smith") or a word ("you and I.")."""
    if letter.islower():
        return False  # "p. 55", "a. The first item"
    if letter == "I" and len(words) > 1 and words[-2][:1].islower():
        return True
    return following in starters


def _next_marker(text: str, style: _MarkerStyle, pos: int) -> int:
    """Return where the list marker of the given style starts after pos on its line, or -1."""
    # A bullet, or else an ordinal and its suffix: the marker regex needs one or the other.
    target = style.bullet or (style.ordinal or "") + (style.suffix or "")
    end = min(pos + 500, len(text))  # inline list items are short; bounds work on long lines
    found = text.find(target, pos, end)
    while found >= 0:
        m = _MARKER_MID.match(text, found)
        if m is not None and m.group("b", "n", "s") == style:
            return -1 if LINE_BREAK.search(text, pos, found) else found
        found = text.find(target, found + 1, end)
    return -1
