"""Direct quotes in an article: where each opens and closes, across sentences and paragraphs.

Source suggestion reads quotes for two reasons: a cue inside a quote is the speaker's words,
not the article's attribution ('"The ministry said nothing," Ruiz said.' is Ruiz's), and a
sentence inside a quote that opened in an earlier sentence belongs to whoever the quote is
attributed to ('Ruiz said: "We are ready. The ships will sail."'). Pure; one regex pass.

Wire convention: a quote running over several paragraphs leaves each paragraph but the last
unclosed and opens the next with a quote mark again; so an opening mark at the start of a
paragraph, while a quote is open, continues it. A quote still open at a paragraph end whose
next paragraph does not open with a quote mark ends there (a stray mark reaches no further).
Straight double quotes open and close by turns.
"""

import bisect
import re
from collections.abc import Container, Mapping
from typing import NamedTuple

from annotate.attribution_references import Settled, Suggestion
from annotate.segment import Span

__all__ = ["Quote", "Quotes", "continue_quotes"]

QUOTED = 0.6  # the highest confidence of a quote's continuation

_MARKS = re.compile(r"[\u201c\u201d\"]|\n[ \t\xa0]*\n\s*")
_QUOTE_MARK = re.compile(r"[\u201c\u201d\"]")
_NON_SPACE = re.compile(r"\S")
_OPENING = "\u201c"
_CLOSING = "\u201d"


class Quote(NamedTuple):
    """A direct quote: text[start:end], its marks included (end is the paragraph end when the
    quote is left open there)."""

    start: int
    end: int


class Quotes:
    """An article's quotes, in order, with a look-up by offset."""

    def __init__(self, text: str) -> None:
        self.quotes = _find(text)
        self.starts = [quote.start for quote in self.quotes]

    def around(self, offset: int) -> Quote | None:
        """The quote whose marks enclose offset (an offset on the opening mark is outside)."""
        index = bisect.bisect_left(self.starts, offset) - 1
        if index >= 0 and self.quotes[index].end > offset:
            return self.quotes[index]
        return None


def _find(text: str) -> list[Quote]:
    """Every quote of text, in order (one pass over its quote marks and paragraph breaks)."""
    quotes: list[Quote] = []
    opened: int | None = None
    continuing = False  # a quote is open and a new paragraph has just begun
    for mark in _MARKS.finditer(text):
        char = mark.group()[0]
        if char == "\n":  # a paragraph break
            if opened is not None and text[mark.end() : mark.end() + 1] not in (_OPENING, '"'):
                quotes.append(Quote(opened, mark.start()))
                opened = None
            continuing = opened is not None
        elif opened is None:
            if char != _CLOSING:
                opened = mark.start()
        elif continuing and char in (_OPENING, '"') and _opens_paragraph(text, mark):
            continuing = False  # the quote goes on in this paragraph
        elif char == _OPENING:  # an unclosed quote, then a new one in the same paragraph
            quotes.append(Quote(opened, mark.start()))
            opened = mark.start()
        else:
            quotes.append(Quote(opened, mark.end()))
            opened = None
    if opened is not None:
        quotes.append(Quote(opened, len(text)))
    return quotes


def _opens_paragraph(text: str, mark: re.Match[str]) -> bool:
    """Tell whether a mark is the first character of its paragraph (spaces before it aside)."""
    index = mark.start() - 1
    while index >= 0 and text[index] in " \t\xa0":
        index -= 1
    return index < 0 or text[index] == "\n"


def continue_quotes(text: str, sentences: list[Span], results: list[Settled | None],
                    quotes: Quotes, cued: Container[int] = (),
                    silent: Mapping[int, Settled] | None = None,
                    outer: Mapping[int, Settled] | None = None) -> list[Settled | None]:
    """Give a sentence without a source of its own the speaker of the quote it is part of.

    A quote's speaker is the source of a sentence that the quote overlaps, when that
    sentence's cue lies outside the quote ('Ruiz said: "We are ready. The ships will sail."',
    '"We are ready. The ships will sail," Ruiz said.'); else, for a quote opening a sentence,
    the source of the sentence before it in the same paragraph, or ending the paragraph before
    with a quote of its own ('"We are ready," Ruiz said.
    "The ships will sail."'). ``results`` holds each sentence's `Settled` or None; the returned
    list is a copy with the continuations added, at most QUOTED sure. A sentence in ``cued``
    has a cue of its own outside the quote ('"Is it true?" a reporter asked.'): it is nobody's
    continuation, even when its cue found no source. ``silent`` holds, for a sentence whose
    nested speech is nobody's, its outer speaker's suggestion, which a quote opening the next
    sentence goes on with ('She said a worker had shouted that it would move. "We waited."');
    ``outer``, for a sentence of nested speech that is someone's, its outer speaker's, whom such a
    quote goes on with too ('She said officers had told farmers not to sell. "Nobody listened."').
    """
    settled = list(results)
    starts = [sentence.start for sentence in sentences]
    for quote in quotes.quotes:
        first = max(0, bisect.bisect_right(starts, quote.start) - 1)
        last = bisect.bisect_left(starts, quote.end)
        covered = range(first, last)
        speaker = _framing(covered, quote, settled)
        if speaker is None:
            speaker = _preceding(text, sentences, settled, first, quote, silent or {}, outer or {}) \
                or _following(text, sentences, settled, last, quote)
        found = speaker.suggestion if speaker else None
        if speaker is None or found is None:
            continue
        continued = Suggestion(found.source, found.cue_span, found.source_span,
                               min(found.confidence, QUOTED), "quote")
        for index in covered:
            sentence = sentences[index]
            if settled[index] is None and index not in cued and sentence.kind == "body" \
                    and _inside(text, sentence, quote):
                settled[index] = Settled(continued, speaker.kind)
    return settled


# A quote opening a sentence, up to its closing mark ('"I would rather lose,"').
_OPENING_QUOTE = re.compile(r"[ \t\xa0]*[\u201c\"][^\u201c\u201d\"]+[\u201d\"]")


def _framing(covered: range, quote: Quote, settled: list[Settled | None]) -> Settled | None:
    """The suggestion of a sentence overlapping the quote whose cue is outside it, if one."""
    speakers: dict[str, Settled] = {}
    for index in covered:
        found = settled[index]
        if found and found.suggestion and found.suggestion.cue_span:
            cue = found.suggestion.cue_span[0]
            if not quote.start <= cue < quote.end:
                speakers.setdefault(found.suggestion.source, found)
    return next(iter(speakers.values())) if len(speakers) == 1 else None


def _preceding(text: str, sentences: list[Span], settled: list[Settled | None], first: int,
               quote: Quote, silent: Mapping[int, Settled], outer: Mapping[int, Settled]) -> Settled | None:
    """The speaker of the sentence before a quote that opens its sentence, in one paragraph or
    across a paragraph break after a quote
    ('Ruiz told reporters he was pleased. "Workers won today."')."""
    sentence = sentences[first]
    if first == 0 or _NON_SPACE.search(text, sentence.start, quote.start):
        return None
    before = sentences[first - 1]
    found = outer.get(first - 1) or settled[first - 1] or silent.get(first - 1)
    if found is None or before.kind != "body":
        return None
    if "\n" in text[before.end : sentence.start] and not _QUOTE_MARK.search(text, before.start, before.end):
        return None  # a new paragraph goes on with a speaker only just quoted
    return found


def _following(text: str, sentences: list[Span], settled: list[Settled | None], after: int,
               quote: Quote) -> Settled | None:
    """For a quote that is a whole sentence with no speaker before it, the speaker of the next
    sentence in the same paragraph when that one opens with a quote of its own and names its
    speaker after it ('"A vote with one name is no election." "I would rather lose," said Moti
    Yaari.'), or None."""
    if after >= len(sentences) or after == 0:
        return None
    following = sentences[after]
    found = settled[after]
    if found is None or found.suggestion is None or found.suggestion.cue_span is None \
            or following.kind != "body" or "\n" in text[quote.end : following.start]:
        return None
    opening = _OPENING_QUOTE.match(text, following.start)
    if opening is None or found.suggestion.cue_span[0] < opening.end():
        return None  # (the next sentence's speaker must be named after its own opening quote)
    return found


def _inside(text: str, sentence: Span, quote: Quote) -> bool:
    """Tell whether a sentence's words lie inside the quote (its marks and spaces aside)."""
    body = text[sentence.start : sentence.end]
    words = body.strip(" \t\xa0\n\u201c\u201d\".,;:!?")
    if not words:
        return False
    first = sentence.start + body.find(words[0])
    last = sentence.start + len(body.rstrip())
    return quote.start <= first and last <= quote.end + 1
