"""Source suggestions: who a sentence's claim comes from, read off its attribution cue.

`suggest_sources(text, sentences, sources)` returns one item per sentence: None when the article
speaks for itself, else a `Suggestion` naming the source (a registry name, or a name found in
the text), where the cue and the source sit in `text`, and a confidence. Pure: no Flask, no
database; the page offers the suggestion and a reviewer accepts it with one key.

How it works: the registry's names and aliases are found in the text by an index of them
(`annotate.attribution_registry.Registry`: proper names case-insensitive; descriptive aliases
such as "the ministry" only in lower case, so "The Ministry of ..." stays a name), every match
reported, overlapping ones included. `sources` may be that index itself, built once and reused
for every article (as the workspace does), so that an article's cost does not grow with the
registry; given entries, it is built for the call. Capitalised names and document phrases
("X's letter", "letter from X") are found by one regex pass each. Then, sentence by sentence,
each cue ("said", "according to", "quoted X as saying", ...) is tied to a source:
- the subject just before the cue (adverbs and "has" skipped; "X, the agency, said" skips the
  appositive), or the name just after it when the cue follows a comma or quote
  ('"...," said X.') or is "according to"; a negated or passive cue ("did not say", "was told")
  attributes nothing;
- at that position, a registry match wins (the longest one), then a capitalised name, then a
  pronoun or definite description ("it", "she", "the letter"), which is carried: to the author
  of a letter or statement mentioned in the same or an earlier sentence, else to the nearest
  earlier attributed sentence (up to three back, not across a heading) whose source agrees
  with it (a person for "he"/"she", not a person for "it" and "the ministry").
The first cue of a sentence that resolves gives its suggestion (at most MAX_CUES are tried, so
run-on text stays linear). The cue words and patterns are in `annotate.attribution_cues`.

Confidence scale: 0.9 a registry name or alias attached to the cue; 0.8 a descriptive alias
("the ministry") of an entry named earlier in the article, 0.7 one that is not; 0.7 a name
from the text that is not in the registry; 0.6 a source carried across a pronoun, description
or document; 0.5 "he"/"she" read as the person who opens the previous sentence.
"""

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from annotate.attribution_cues import (
    BEFORE_CUE,
    CUE,
    DOCUMENT,
    DOCUMENT_END,
    DOCUMENT_NOUNS,
    GENERIC,
    NAME,
    NOT_A_SUBJECT,
    ORG_NOUNS,
    PASSIVE_WORDS,
    PERSON_NOUNS,
    REFERENCE_END,
    REFERENCE_START,
    STOP_WORDS,
    WINDOW,
)
from annotate.attribution_registry import Mention, Registry
from annotate.segment import Span

__all__ = ["Suggestion", "suggest_sources"]

# Confidences, as the scale in the docstring above gives them.
REGISTRY = 0.9
DESCRIPTIVE_NAMED_EARLIER, DESCRIPTIVE = 0.8, 0.7
NAMED = 0.7
CARRIED = 0.6
PREVIOUS_SUBJECT = 0.5
LOOKBACK = 3  # body sentences a pronoun or description may reach back
MAX_CUES = 16  # cues tried per sentence: bounds the work on run-on text
_SKIPPED_KINDS = frozenset(("title", "heading", "meta"))
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested source: `basis` is "registry", "name" (from the text) or "carried"."""

    source: str
    cue_span: tuple[int, int] | None
    source_span: tuple[int, int] | None
    confidence: float
    basis: str = "registry"


# How good a source candidate is (_Found.rank); lower is better. Plain ints, not an IntEnum:
# a member look-up is ten times slower, and it happens for every candidate.
_REGISTRY_NAME = 0  # a registry name or proper alias
_DESCRIPTIVE_ALIAS = 1  # a registry alias such as "the ministry"
_TEXT_NAME = 2  # a capitalised name in the text, not in the registry
_REFERENCE = 3  # a pronoun or description that still needs its antecedent


@dataclass(frozen=True, slots=True)
class _Found:
    """A source candidate inside one sentence."""

    source: str | None  # None for a reference that still needs its antecedent
    start: int
    end: int
    rank: int  # _REGISTRY_NAME ... _REFERENCE
    kind: str | None = None  # the registry kind, when known
    reference: str = ""  # the pronoun or the noun of a description ("it", "letter")


class _Settled(NamedTuple):
    """A sentence's suggestion, with the registry kind of its source for later pronouns."""

    suggestion: Suggestion
    kind: str | None


class _Antecedent(NamedTuple):
    """What a pronoun, description or document stands for."""

    source: str
    kind: str | None
    confidence: float


def suggest_sources(
    text: str, sentences: Iterable[Span], sources: Iterable[object] | Registry
) -> list[Suggestion | None]:
    """Suggest, for each sentence, the source its claim is attributed to, or None (``sources``:
    registry entries, or a `Registry` built from them once)."""
    spans = list(sentences)
    registry = sources if isinstance(sources, Registry) else Registry(sources)
    article = _Article(text, spans, registry)
    return [article.suggest(index) for index in range(len(spans))]


class _Article:
    """One article's registry mentions, names and documents, and the suggestions made so far."""

    def __init__(self, text: str, sentences: list[Span], registry: Registry) -> None:
        self.text, self.sentences = text, sentences
        self.results: list[_Settled | None] = []  # per sentence suggested so far
        self.by_end: dict[int, Mention] = {}  # the longest mention ending at each offset
        self.by_start: dict[int, Mention] = {}  # the longest mention starting at each offset
        self.first_named: dict[str, int] = {}  # entry name -> its first mention not a description
        for mention in registry.mentions(text):
            self._index(mention)
        self.starts = sorted(self.by_start)
        self.names = list(NAME.finditer(text))
        self.name_starts = [m.start("name") for m in self.names]
        self.names_by_end = {m.end("name"): m for m in self.names}
        openers = (_WORD.search(text, s.start, s.end) for s in sentences)
        self.openers = {m.start() for m in openers if m}
        # Words capitalised in mid-sentence: a lone capitalised opener is a name only if seen so.
        self.known = {
            word for m in self.names if m.start("name") not in self.openers
            for word in m.group("name").split()
        }
        self.documents = list(DOCUMENT.finditer(text))
        self.document_starts = [m.start() for m in self.documents]

    def _index(self, mention: Mention) -> None:
        """Note a registry mention where it starts and ends, and where its entry is first named."""
        longest = self.by_end.get(mention.end)
        if longest is None or longest.start > mention.start:
            self.by_end[mention.end] = mention
        longest = self.by_start.get(mention.start)
        if longest is None or longest.end < mention.end:
            self.by_start[mention.start] = mention
        name = mention.entry.name
        first = self.first_named.get(name, len(self.text))
        if not mention.entry.is_description and mention.start < first:
            self.first_named[name] = mention.start

    def suggest(self, index: int) -> Suggestion | None:
        """The suggestion for sentence index; earlier sentences must be done first."""
        sentence, settled = self.sentences[index], None
        if sentence.kind not in _SKIPPED_KINDS:
            cues = CUE.finditer(self.text, sentence.start, sentence.end)
            for cue in itertools.islice(cues, MAX_CUES):
                found = self._source_of(cue, sentence)
                settled = self._settle(found, cue.span(), index) if found else None
                if settled:
                    break
        self.results.append(settled)
        return settled.suggestion if settled else None

    def _source_of(self, cue: re.Match[str], sentence: Span) -> _Found | None:
        """The source candidate a cue attaches to, by the kind of cue."""
        start, end = cue.span()
        if cue.lastgroup == "according":
            return self._after(end, sentence)
        if cue.lastgroup == "quoted":
            if cue.group("who"):
                return self._after(cue.start("who"), sentence, cue.end("who"))
            return self._subject(start, sentence, passive=True)
        if cue.lastgroup == "statement":
            comma = self.text.find(",", end, min(sentence.end, end + 80))
            if start in self.openers and comma > 0:  # "In a statement, the ministry ..."
                return self._after(comma + 1, sentence)
        if cue.lastgroup == "document_verb":
            return self._subject(start, sentence, documents_only=True)
        if self._inverted(start, end, sentence):  # '"...," said Anselm Ruiz.'
            found = self._after(end, sentence)
            if found:
                return found
        return self._subject(start, sentence)

    def _inverted(self, start: int, end: int, sentence: Span) -> bool:
        """Tell whether a cue follows a comma or a closing quote and a subject may follow it."""
        before = self.text[max(sentence.start, start - 3) : start].rstrip()
        if not before or before[-1] not in ",\u201d\"":
            return False
        following = self.text[end : min(sentence.end, end + 20)].split()
        return bool(following) and following[0].lower() not in NOT_A_SUBJECT

    def _subject(
        self, cue_start: int, sentence: Span, passive: bool = False, documents_only: bool = False
    ) -> _Found | None:
        """The candidate ending just before the cue, adverbs skipped; None if negated."""
        text, low = self.text, max(sentence.start, cue_start - 200)
        before = BEFORE_CUE.search(text, low, cue_start)  # always matches: its words are optional
        skipped = text[before.start() : cue_start] if before else ""
        words = skipped.lower().replace("\u2019", "'").split()
        if any(w in STOP_WORDS or w.endswith("n't") for w in words):
            return None  # "did not say", "declined to comment"
        if not passive and any(w in PASSIVE_WORDS for w in words):
            return None  # "was told", "it was reported"
        end = low + len(text[low : cue_start - len(skipped)].rstrip())
        if end <= sentence.start:
            return None
        if text[end - 1] == ",":
            return self._appositive(end - 1, sentence, documents_only)
        return self._at_end(end, sentence, documents_only=documents_only)

    def _appositive(self, comma: int, sentence: Span, documents_only: bool) -> _Found | None:
        """For "X, the agency, said": the head before the appositive, or the appositive."""
        text = self.text
        before = text.rfind(",", max(sentence.start, comma - 150), comma)
        if before <= sentence.start:
            head = sentence.start + len(text[sentence.start : comma].rstrip())
            return self._at_end(head, sentence, True, documents_only)
        head = sentence.start + len(text[sentence.start : before].rstrip())
        candidates = [self._at_end(head, sentence, True, documents_only)]
        inner = text[before + 1 : comma].split()
        if inner and inner[0].lower() not in ("who", "which", "whose", "whom", "that", "where"):
            inner_end = before + 1 + len(text[before + 1 : comma].rstrip())
            candidates.append(self._at_end(inner_end, sentence, False, documents_only))
        found = [f for f in candidates if f]
        return min(found, key=lambda f: f.rank) if found else None

    def _at_end(
        self, end: int, sentence: Span, head: bool = False, documents_only: bool = False
    ) -> _Found | None:
        """The best candidate ending at end: registry, name, a document's author, reference."""
        text, low = self.text, max(sentence.start, end - 60)
        document = DOCUMENT_END.search(text, low, end)
        if document:  # "The company's filing lists ..."
            return self._at_end(document.start(), sentence)
        if documents_only:
            return None
        mention = self.by_end.get(end)
        if mention and mention.start >= sentence.start:
            return _registry_found(mention)
        name = self.names_by_end.get(end)
        if name and name.start("name") >= sentence.start and self._is_name(name, head):
            return _name_found(name)
        reference = REFERENCE_END.search(text, low, end)
        if reference:
            word = (reference.group("pronoun") or reference.group("noun")).lower()
            return _Found(None, reference.start(), end, _REFERENCE, reference=word)
        return None

    def _is_name(self, match: re.Match[str], head: bool) -> bool:
        """Tell a name from a capitalised common word opening the sentence ("Officials")."""
        name = match.group("name")
        if head or match.start("name") not in self.openers or len(name.split()) > 1:
            return True
        # "Xinhua said" is a name; "Officials said" and "Rescuers said" are not (nor, unless
        # registered or capitalised elsewhere, "Reuters said": plural-looking words are refused).
        return name in self.known or not (name.endswith("s") or name.lower() in GENERIC)

    def _after(self, pos: int, sentence: Span, limit: int | None = None) -> _Found | None:
        """The candidate named just after pos: registry first, then a name, then a reference."""
        window = WINDOW.match(self.text, pos, limit or sentence.end)
        if window is None:
            return None
        end = window.end()
        index = bisect.bisect_left(self.starts, pos)
        if index < len(self.starts) and self.starts[index] < end:
            mention = self.by_start[self.starts[index]]
            if mention.end <= end:
                return _registry_found(mention)
        index = bisect.bisect_left(self.name_starts, pos)
        if index < len(self.names) and self.names[index].end("name") <= end:
            return _name_found(self.names[index])
        first = pos + len(window.group()) - len(window.group().lstrip())
        reference = REFERENCE_START.match(self.text, first, end)
        if reference:
            word = (reference.group("pronoun") or reference.group("noun")).lower()
            return _Found(None, first, reference.end(), _REFERENCE, reference=word)
        return None

    def _settle(self, found: _Found, cue_span: tuple[int, int], index: int) -> _Settled | None:
        """Turn a candidate into a suggestion, carrying a reference back to its antecedent."""
        span = (found.start, found.end)
        if found.source is None:  # a reference
            antecedent = self._antecedent(found, index)
            if antecedent is None:
                return None
            source, kind, confidence = antecedent.source, antecedent.kind, antecedent.confidence
            return _Settled(Suggestion(source, cue_span, span, confidence, "carried"), kind)
        if found.rank == _REGISTRY_NAME:
            return _Settled(Suggestion(found.source, cue_span, span, REGISTRY), found.kind)
        if found.rank == _DESCRIPTIVE_ALIAS:
            named = self.first_named.get(found.source, found.start) < found.start
            confidence = DESCRIPTIVE_NAMED_EARLIER if named else DESCRIPTIVE
            return _Settled(Suggestion(found.source, cue_span, span, confidence), found.kind)
        return _Settled(Suggestion(found.source, cue_span, span, NAMED, "name"), None)

    def _antecedent(self, found: _Found, index: int) -> _Antecedent | None:
        """What a pronoun or description refers to, or None."""
        reference, sentence = found.reference, self.sentences[index]
        if reference in ("it", "they") or reference in DOCUMENT_NOUNS:
            noun = None if reference in ("it", "they") else reference
            author = self._author(sentence, found.start, noun)  # "X's letter ..., it said"
            for earlier in self._earlier(index) if noun and not author else ():
                author = self._author(self.sentences[earlier], None, noun)
                if author:
                    break
            if author:
                return author
        for earlier in self._earlier(index):
            settled = self.results[earlier]
            if settled and _agrees(reference, settled.kind):
                return _Antecedent(settled.suggestion.source, settled.kind, CARRIED)
        if reference in ("he", "she"):
            return self._previous_opener(index)
        return None

    def _author(self, sentence: Span, before: int | None, noun: str | None) -> _Antecedent | None:
        """The author of the nearest letter or statement in sentence (before an offset)."""
        low = bisect.bisect_left(self.document_starts, sentence.start)
        high = bisect.bisect_left(self.document_starts, before or sentence.end)
        for document in reversed(self.documents[low:high]):
            document_noun = document.group("noun1") or document.group("noun2") or document["noun3"]
            if noun and document_noun.lower() != noun:
                continue
            if document.group("possessive"):  # "X's letter"
                owner = self._at_end(document.start(), sentence)
            elif document.group("noun2"):  # "a letter from X"
                owner = self._after(document.end(), sentence)
            else:  # "X issued a statement"
                owner = self._subject(document.start(), sentence)
            if owner and owner.source is not None:  # a source, not another reference
                return _Antecedent(owner.source, owner.kind, CARRIED)
        return None

    def _earlier(self, index: int) -> Iterator[int]:
        """Up to LOOKBACK earlier body sentences, nearest first, not across a heading."""
        found = 0
        for earlier in range(index - 1, -1, -1):
            kind = self.sentences[earlier].kind
            if kind in ("title", "heading") or found == LOOKBACK:
                return
            if kind != "meta":
                found += 1
                yield earlier

    def _previous_opener(self, index: int) -> _Antecedent | None:
        """For "He"/"She": the person who opens the previous body sentence, if any."""
        earlier = next(self._earlier(index), None)
        opener = None if earlier is None else _WORD.search(
            self.text, self.sentences[earlier].start, self.sentences[earlier].end)
        if opener is None:
            return None
        mention = self.by_start.get(opener.start())
        if mention and not mention.entry.is_description and mention.entry.kind in (None, "person"):
            return _Antecedent(mention.entry.name, mention.entry.kind, PREVIOUS_SUBJECT)
        index = bisect.bisect_left(self.name_starts, opener.start())
        name = self.names[index] if index < len(self.names) else None
        if name and name.start("name") == opener.start() and len(name.group("name").split()) > 1:
            return _Antecedent(_name_text(name), None, PREVIOUS_SUBJECT)
        return None


def _registry_found(mention: Mention) -> _Found:
    """A candidate for a registry mention; descriptive aliases rank below names."""
    entry = mention.entry
    rank = _DESCRIPTIVE_ALIAS if entry.is_description else _REGISTRY_NAME
    return _Found(entry.name, mention.start, mention.end, rank, entry.kind)


def _name_found(name: re.Match[str]) -> _Found:
    """A candidate for a capitalised name in the text."""
    return _Found(_name_text(name), name.start("name"), name.end("name"), _TEXT_NAME)


def _name_text(name: re.Match[str]) -> str:
    """A name as suggested: its words, single-spaced."""
    return " ".join(name.group("name").split())


def _agrees(reference: str, kind: str | None) -> bool:
    """Tell whether a pronoun or description can stand for a source of this registry kind."""
    if kind is None:
        return True
    if reference in ("he", "she") or reference in PERSON_NOUNS:
        return kind == "person"
    if reference == "it" or reference in ORG_NOUNS:
        return kind != "person"
    return True
