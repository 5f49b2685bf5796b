"""Sentence segmentation for news articles, with exact character offsets.

`split_sentences(text, language=None)` returns `Span`s whose `start`/`end` index the original
string, so annotations can always point back into the immutable article text. `language` is an
ISO 639-1 code; None detects it (`annotate.language`, on a bounded prefix); a code without rules
of its own gets the generic (English) rules. The rules of each language are data in
`annotate.segment_languages`: its marks, letter cases and abbreviation tables.

How it works: one compiled regex (`annotate.segment_fast.candidate_pattern`) walks the text
once and stops only at candidate boundaries (terminal punctuation followed by whitespace, and
line breaks) that it cannot settle itself ("Dr. Müller", "proc. PKB" it does); cheap checks on
the token before a period (frozenset look-ups) decide each candidate (`_Scanner`). Cost is
linear in the input. The word tables and the line shapes it decides with are in
`annotate.segment_rules`. Where a language's rules ask for it (`LanguageRules.tiles`: caseless
scripts, marks without spaces), a first regex pass (`tile_pattern`) cuts the text into
sentences it can settle alone and the rest, which the scanner then decides in the state a
whole scan would be in there: the same Spans, without a Python step a sentence. Spans are
trimmed and built in bulk (`_spans`), at C speed. `annotate.segment_fast` says what its
regexes settle and why the Spans are the same.

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
from bisect import bisect_left
from functools import cache
from itertools import accumulate, compress, pairwise, repeat
from operator import add, contains, eq, itemgetter, sub
from typing import NamedTuple

from annotate.language import detect_language
from annotate.segment_fast import CLOSING, OPENING, QUOTE_GOES_ON_CLASS, candidate_pattern, tile_pattern
from annotate.segment_languages import LanguageRules, rules_for
from annotate.segment_rules import (
    BULLET,
    CREDIT_PREFIXES,
    CREDIT_WORDS,
    DOTTED,
    HS,
    INTRO_TIME,
    LINE_BREAK,
    MARKER_FIRST,
    OPEN_CHARS,
    PROSE_END,
    WHITESPACE,
    WS,
    is_credit_line,
    is_question_heading,
    line_kind,
)

__all__ = ["Span", "split_sentences"]


class Span(NamedTuple):
    """One sentence: `text == article[start:end]`, kind in title/heading/meta/body.

    A named tuple: immutable, and cheap to build (a text has a Span a sentence).
    """

    start: int
    end: int
    text: str
    kind: str


_ORDINARY_PUNCT = frozenset(".\u2026")
_BREAK_CHARS = frozenset("\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029")
_BRACKETS = re.compile(f"[{OPENING}{CLOSING}]")
_QUOTE_GOES_ON = frozenset(QUOTE_GOES_ON_CLASS)
HARD_WINDOW = 300  # how far back a hard stop looks for an open bracket

_MARKER_BODY = (
    rf"(?=[{BULLET}\da-z])(?:(?P<b>[{BULLET}])[{HS}]*)?"
    rf"(?:(?P<n>\d{{1,3}}|[a-z])(?P<s>\.\)|[.)]))?(?<=[^{WS}])(?=[{WS}]|\Z)"
)
_MARKER_START = re.compile(rf"[{WS}]*{_MARKER_BODY}")
_MARKER_MID = re.compile(rf"(?<=[{HS}]){_MARKER_BODY}")
_MARKER_FIRST = frozenset(MARKER_FIRST)
_NON_SPACE = re.compile(rf"[^{WS}]")
_CREDIT_FIRST = frozenset(prefix[0] for prefix in CREDIT_PREFIXES)
_CREDIT_WORD_FIRST = frozenset(word[0] for word in CREDIT_WORDS)
_FIRST = itemgetter(0)
# The kinds of candidate (`candidate_pattern`'s groups) that end a paragraph, cut where the
# group ends, whatever the scanner's state.
_PARAGRAPH_ENDS = frozenset(("pe", "pq", "bb", "bq"))
_ZERO_WIDTH = tuple(c for c in WHITESPACE if not c.isspace())


_CANDIDATES: dict[str, re.Pattern[str]] = {}
_TILES: dict[str, re.Pattern[str]] = {}


def split_sentences(text: str, language: str | None = None) -> list[Span]:
    """Split text into sentence spans (offsets into text), each with its kind.

    language is an ISO 639-1 code; None detects it from the start of the text.
    """
    if _NON_SPACE.search(text) is None:
        return []
    rules = rules_for(detect_language(text) if language is None else language)
    pattern = _CANDIDATES.get(rules.code)
    if pattern is None:
        pattern = _CANDIDATES[rules.code] = candidate_pattern(rules)
    if not rules.tiles:
        return _scan_all(text, rules, pattern)
    tile = _TILES.get(rules.code)
    if tile is None:
        tile = _TILES[rules.code] = tile_pattern(rules)
    # re.split gives each tile with its "o" part (None in a settled sentence) in one flat list:
    # gap, tile, o, gap, tile, o, ..., gap; the gaps are empty where the tiles cover the text.
    parts = tile.split(text)
    pieces, rests = parts[1::3], parts[2::3]
    lengths = list(map(len, pieces))
    ends = list(accumulate(lengths))
    if not ends or ends[-1] != len(text) or _long_bracketed(pieces, lengths):
        return _scan_all(text, rules, pattern)
    # Which pieces close a line unit: a settled sentence has no "\n" but in the blank lines
    # after it. The blank lines opening the text have one too: a unit of no Span before the
    # first, which leaves every sentence as alone (or not) as it was.
    closes = list(map(contains, pieces, repeat("\n")))
    if rests.count(None) == len(rests):  # every tile is a sentence
        units = list(compress(range(len(pieces)), closes))
        return _spans(text, pieces, ends, [*units, len(pieces) - 1])  # the end closes one too
    others = [index for index, rest in enumerate(rests) if rest is not None]
    for index in others:  # the rest of a paragraph closes a unit when blank lines follow it
        closes[index] = len(pieces[index]) > len(rests[index])
    closes[-1] = True
    pieces, ends, closes = _scan_others(text, _Scanner(text, rules, pattern), rests, pieces,
                                        ends, closes, others)
    return _spans(text, pieces, ends, list(compress(range(len(closes)), closes)))


def _long_bracketed(pieces: list[str], lengths: list[int]) -> bool:
    """Tell whether a tile is long enough (past HARD_WINDOW) for brackets in it to fall
    outside the window _hard_cut counts in; such a text goes to the scanner alone."""
    if max(lengths) <= HARD_WINDOW:
        return False
    return any(len(piece) > HARD_WINDOW and _BRACKETS.search(piece) is not None
               for piece in pieces)


def _scan_all(text: str, rules: LanguageRules, pattern: re.Pattern[str]) -> list[Span]:
    """Split text with the scanner alone, candidate by candidate."""
    scanner = _Scanner(text, rules, pattern)
    scanner.run(0, len(text), True)
    cuts = scanner.ends
    # (A comprehension slices faster than map: no slice objects, no method wrapper. Each piece
    # is stripped on the left as it is sliced: one copy of it fewer.)
    pieces = [text[a:b].lstrip() for a, b in zip([0, *cuts], cuts, strict=False)]
    return _spans(text, pieces, cuts, scanner.units, stripped=True)


def _scan_others(text: str, scanner: "_Scanner", rests: list[str | None],
                 pieces: list[str], ends: list[int], closes: list[bool],
                 others: list[int]) -> tuple[list[str], list[int], list[bool]]:
    """Let the scanner split the "other" tiles (rests: their "o" parts, without the blank
    lines after); return pieces, ends and closes with theirs.

    Each run of them (with the few settled tiles between, MERGE_GAP) is scanned at once, in
    the state a scan of the whole text would be in there: a boundary at its start, and a
    paragraph (or, after punctuation, a list) that may open there.
    """
    all_pieces: list[str] = []
    all_ends: list[int] = []
    all_closes: list[bool] = []
    done = 0
    for first, last in _runs(others):
        all_pieces += pieces[done:first]
        all_ends += ends[done:first]
        all_closes += closes[done:first]
        start = ends[first] - len(pieces[first])
        # A list may open after blank lines, or after a settled tile ending in punctuation
        # (_Scanner.decide looks for one there); not after a hard stop.
        before = pieces[first - 1] if first else "\n"  # a settled tile, or blank lines
        opening = "\n" in before or scanner.stops.match(before[-1:]) is not None
        scanner.ends.clear()
        scanner.units.clear()
        scanner.run(start, ends[last] - len(pieces[last]) + len(rests[last] or ""), opening)
        bounds = [start, *scanner.ends, ends[last]]
        all_pieces += [text[a:b] for a, b in pairwise(bounds)]
        all_ends += bounds[1:]
        run_closes = [False] * len(scanner.ends)
        for index in scanner.units:
            run_closes[index] = True
        all_closes += run_closes
        all_closes.append(closes[last])
        done = last + 1
    all_pieces += pieces[done:]
    all_ends += ends[done:]
    all_closes += closes[done:]
    return all_pieces, all_ends, all_closes


MERGE_GAP = 4  # other tiles this close are scanned together (a scan costs about 3 sentences)


def _runs(others: list[int]) -> list[tuple[int, int]]:
    """Group the indices of other tiles into (first, last) runs, MERGE_GAP apart at most."""
    runs = []
    first = last = others[0]
    for index in others[1:]:
        if index - last > MERGE_GAP:
            runs.append((first, last))
            first = index
        last = index
    runs.append((first, last))
    return runs


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
    """One pass over the candidates of a text, collecting where its sentences end.

    The scan only records cut offsets (`ends`) and which of them close a line unit (`units`);
    `_spans` trims the pieces between cuts and builds the Spans afterwards, in bulk.
    """

    __slots__ = ("ends", "last", "marker_end", "pattern", "pending", "quote_at", "quotes", "rules", "stops",
                 "text", "units")

    def __init__(self, text: str, rules: LanguageRules, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.rules = rules
        self.pattern = pattern
        self.ends: list[int] = []  # every cut, in order; the last one is len(text)
        self.units: list[int] = []  # the cuts (indices into ends) that close a line unit
        self.last = 0  # offset of the last boundary
        self.marker_end = -1  # end of the list marker opening the current sentence
        self.pending = -1  # where the next marker of that list starts
        self.stops = _stops_pattern(rules.stops)
        # Where the text has the language's quotation marks (none: no quotation is ever open).
        self.quote_at = _offsets(text, rules.quotes)
        self.quotes = rules.quotes if self.quote_at else ""

    def run(self, start: int, stop: int, opening: bool) -> None:
        """Find every boundary of the candidates starting in [start, stop), in order.

        The state is the one a scan of the whole text has at start: a boundary there, and
        when opening (a paragraph starts at start) a sentence that may open a list. The most
        common candidates (paragraph ends, "plain") are settled inline: this loop runs once a
        sentence.
        """
        ends, units, quote_at = self.ends, self.units, self.quote_at
        cut_at = ends.append
        # The first quotation mark at or after a boundary already passed (start, or a cut made
        # here): a period before it has none in its window, which starts at the last boundary.
        ahead = bisect_left(quote_at, start)
        next_quote = quote_at[ahead] if ahead < len(quote_at) else len(self.text)
        self.reset(start, stop, opening)
        pending = self.pending  # (read at every candidate: kept here, and in self for the rest)
        bounded = stop < len(self.text)
        for m in self.pattern.finditer(self.text, start):
            # Where the loop may stop, or a list marker is pending, the candidate's place counts.
            if bounded or pending >= 0:
                pos = m.start()
                if pos >= stop:
                    break
                if 0 <= pending <= pos:
                    self.flush_markers(pos)
                    pending = self.pending
            kind = m.lastgroup
            if kind in _PARAGRAPH_ENDS:  # a paragraph's end, no list marker after it
                end = m.end(kind)  # after a mark, or a line's end (candidate_pattern)
                units.append(len(ends))
                cut_at(end)
                self.last = end
                self.pending = pending = -1
            elif kind == "plain" or (kind == "word" and m.start() >= self.marker_end):
                end = m.end()
                if end > next_quote:
                    # A quotation may be open only with a quotation mark in the window counted.
                    before = bisect_left(quote_at, end)
                    if quote_at[before - 1] >= max(self.last, end - HARD_WINDOW) \
                            and _in_quotation(self.text, self.last, end, self.quotes):
                        continue
                    next_quote = quote_at[before] if before < len(quote_at) else len(self.text)
                cut_at(end)
                self.last = end
                self.pending = pending = -1  # a capital opens the next sentence: no list marker
            else:
                self.settle(m, kind)
                pending = self.pending
        self.finish(stop)

    def settle(self, m: re.Match[str], kind: str | None) -> None:
        """Settle a candidate of a rarer kind than run's (a hard stop, a line break, a mark the
        regex left open)."""
        if kind == "hard" or kind == "hl":
            self.hard_stop(m, kind == "hl")
        elif kind == "pblank" and m.group("pblank"):  # a mark ending its paragraph
            self.paragraph_end(m)
        elif kind == "br":
            self.line_break(m, None, "blank", "lc")
        else:
            self.decide(m)

    def finish(self, stop: int) -> None:
        """Cut before the list markers left before stop; the text's end closes a unit."""
        self.flush_markers(stop)
        if stop == len(self.text):
            if self.ends and self.ends[-1] == stop:  # (no empty piece after the last cut)
                self.units.append(len(self.ends) - 1)
            else:
                self.cut(stop, True)

    def reset(self, start: int, stop: int, opening: bool) -> None:
        """Take the state of a whole scan at start: a boundary there (see run)."""
        self.last = start
        self.pending = -1
        first = _NON_SPACE.search(self.text, start, stop) if opening else None
        if first is not None:
            self.begin(first.start())

    def paragraph_end(self, m: re.Match[str]) -> None:
        """Cut at the line break after a mark that ends its paragraph (cut and begin, inline:
        one call a paragraph)."""
        end = m.start("pb")
        self.units.append(len(self.ends))
        self.ends.append(end)
        self.last = end
        following = m.start("o")
        if following >= 0 and self.text[following] in _MARKER_FIRST:
            self.begin(following)
        else:
            self.pending = -1

    def hard_stop(self, m: re.Match[str], line_end: bool) -> None:
        """Settle a hard stop (。 ። । ...), with the line break after it when line_end."""
        end = _hard_cut(self.text, m, self.last)
        if end >= 0:
            self.cut(end, False)
            self.pending = -1
        if line_end:  # a line break after the mark stays a candidate, whatever the mark is
            self.line_break(m, "hb", "hblank", "hlc")

    def line_break(self, m: re.Match[str], group: str | None, blank: str, next_char: str) -> None:
        """Settle the line break at m's group (None: the match itself): a cut, or a space."""
        text = self.text
        pos = m.start(group) if group is not None else m.start()  # at the break
        following = m.start(next_char)
        if _is_soft_break(text, m.group(blank), following, pos, self.last):
            return
        self.cut(pos, True)
        if following >= 0 and text[following] in _MARKER_FIRST:
            self.begin(following)
        else:
            self.pending = -1

    def decide(self, m: re.Match[str]) -> None:
        """Settle a punctuation candidate the regex left open."""
        text, pos = self.text, m.start()
        if m.start("pb") >= 0 and (m.group("pblank") or not _is_soft_break(
            text, "", m.start("o"), m.start("pb"), self.last
        )):
            self.cut(m.start("pb"), True)  # the line ends here, whatever the period is
        elif pos < self.marker_end:
            return  # the period of "1." opening a list item
        else:
            end = _punct_cut(text, m, self.last, self.rules)
            if end < 0 or (self.quotes and _in_quotation(text, self.last, end, self.quotes)):
                return
            self.cut(end, False)
        following = m.start("o")
        if following >= 0 and text[following] in _MARKER_FIRST:
            self.begin(following)
        else:
            self.pending = -1

    def cut(self, end: int, hard: bool) -> None:
        """Close the sentence ending at end; a hard boundary also closes the line unit."""
        if hard:
            self.units.append(len(self.ends))
        self.ends.append(end)
        self.last = end

    def begin(self, pos: int) -> None:
        """Note a sentence starting at pos (-1: none); when a list marker opens it, find the
        next one."""
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


def _spans(text: str, pieces: list[str], ends: list[int], units: list[int],
           stripped: bool = False) -> list[Span]:
    """Trim the pieces of text (each ending at its offset in ends) into Spans, with kinds.

    units are the indices of the pieces that close a line unit; stripped tells that each piece
    is already piece.lstrip(). Every step is a C-level map over all pieces at once; Python
    runs only for a sentence alone on its line, and for the rare credit line.
    """
    # str.strip() trims what isspace() accepts: WHITESPACE but the zero-width spaces.
    trim = (WHITESPACE,) if any(map(text.__contains__, _ZERO_WIDTH)) else ()
    # (Stripping again takes what the first strip left: the zero-width spaces, where trimmed.)
    lefts = pieces if stripped and not trim else list(map(str.lstrip, pieces, *map(repeat, trim)))
    bodies = list(map(str.rstrip, lefts, *map(repeat, trim)))
    # A piece ends at its offset: its body starts len(piece.lstrip()) before that, and ends
    # there too unless spaces end the piece (before a line break; rstrip then made a copy).
    starts = list(map(sub, ends, map(len, lefts)))
    stops = ends if bodies == lefts else list(map(add, starts, map(len, bodies)))
    del lefts
    if "" in bodies:  # whitespace-only pieces (a paragraph's end) make no Span
        seen = list(accumulate(map(bool, bodies)))  # Spans among the pieces up to each one
        units = list(map(sub, map(seen.__getitem__, units), repeat(1)))  # as indices of Spans
        del seen
        starts = list(compress(starts, bodies))
        stops = list(compress(stops, bodies))
        bodies = list(filter(None, bodies))
    kinds = ["body"] * len(bodies)
    # A wire credit is metadata even where it closes a paragraph of prose; every credit
    # names a role "by" someone. ("b" is found faster than "by" in a text of other scripts;
    # sentences are picked by their first character, then the prefixes and the line.)
    if "b" in text and "by" in text:
        for index in compress(range(len(bodies)), map(_CREDIT_FIRST.__contains__, map(_FIRST, bodies))):
            if bodies[index].startswith(CREDIT_PREFIXES) and is_credit_line(bodies[index]):
                kinds[index] = "meta"
    # A sentence standing alone on its line unit (the last Span of a unit, right after the
    # last of the unit before) gets a line kind.
    for index in compress(units, map(eq, map(sub, units, [-1, *units]), repeat(1))):
        if kinds[index] == "body":
            line = bodies[index]
            # Most such lines are a sentence with its mark (but "?"), and no credit: body.
            if line[-1] not in PROSE_END or (line[0] in _CREDIT_WORD_FIRST
                                             and line.startswith(CREDIT_WORDS)):
                kinds[index] = _line_kind(text, line, starts[index], index == 0)
    # tuple.__new__(Span, (start, end, text, kind)) builds a Span in C (no __new__ in Python).
    return list(map(tuple.__new__, repeat(Span), zip(starts, stops, bodies, kinds, strict=True)))


def _line_kind(text: str, line: str, start: int, first: bool) -> str:
    """Give the kind of a sentence standing alone on its line (title, heading, meta, body)."""
    kind = line_kind(line, first)
    if (kind == "body" and not first and line[-1] == "?" and is_question_heading(line)
            and _blank_line_around(text, start, start + len(line))):
        return "heading"
    return kind


@cache
def _stops_pattern(stops: str) -> re.Pattern[str]:
    """A regex matching one of a language's sentence marks (the contents of a class)."""
    return re.compile(f"[{stops}]")


def _offsets(text: str, chars: str) -> list[int]:
    """Return where any of chars occurs in text, in order (str.find: faster than a regex class,
    which reads character by character)."""
    found = []
    for char in set(chars):
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


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
    end = m.end("hard")
    begin = max(last, m.start() - HARD_WINDOW)
    if _BRACKETS.search(text, begin, end) is not None:
        window = text[begin:end]
        if sum(map(window.count, OPENING)) > sum(map(window.count, CLOSING)):
            return -1  # 《你好！北京》: the mark is inside a title or a quotation
    if end < len(text) and text[end] in _QUOTE_GOES_ON and text[end - 1] in CLOSING:
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
    begin = max(last, end - HARD_WINDOW)
    for i in range(0, len(quotes), 2):
        opening, closing = quotes[i], quotes[i + 1]
        if opening == closing:
            if text.count(opening, begin, end) % 2:
                return True
        elif text.count(opening, begin, end) > text.count(closing, begin, end):
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
