"""The source registry as an index: every mention of a registered name or alias in an article.

Source suggestion needs only the mentions; how registry entries become forms, which forms are
descriptions ("the ministry") and how forms compare is this module's business. Pure.

A `Registry` is built once per registry and reused for every article (the service layer keeps
it while the registry is unchanged): building it reads every name and alias once, and finding
the mentions in an article costs one pass over the article's words, whatever the registry's
size. Forms are keyed by their normal form (spacing, apostrophes and case ignored) and indexed
by their first two words, so each word of the article costs a dictionary look-up, and only a
word that opens some form costs more: one look-up per distinct length (in words) of the forms
it opens. At every word start the longest proper form (case-insensitive) and the longest
description are reported, overlapping ones included; descriptions ("the ministry") match only
in lower case after "The"/"the", so "The Ministry of ..." stays a name. A form matches only
whole words (not inside "Xinhuanet").

(A prefix-tree regex over every form, as before, took 93 s to compile for 75,000 aliases of 200
characters, and an Aho-Corasick automaton would need a native wheel for the same effect.)
"""

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

__all__ = ["MAX_FORM", "Mention", "Registry", "RegistryEntry", "normal_form"]

MAX_FORM = 200  # characters of a name or alias; longer forms are ignored
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")
# The units a form is compared in: runs of word characters, and each other visible character.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_NONE: list[int] = []
_NO_NAMES: list[str] = []
_NAME_WORD = re.compile(r"\w+")


class RegistryEntry(NamedTuple):
    """What a form stands for: the entry's name and kind, and whether the form is a description."""

    name: str
    kind: str | None
    is_description: bool


class Mention(NamedTuple):
    """A registered name or alias found at text[start:end]."""

    start: int
    end: int
    entry: RegistryEntry


def normal_form(form: str) -> str:
    """The key a name or alias is compared by: spacing, apostrophes and case ignored."""
    return _SPACES.sub(" ", form).replace("\u2019", "'").strip().casefold()


class _Layer:
    """One registry's forms: by normal form, and their lengths in words by opening words."""

    def __init__(self) -> None:
        self.forms: dict[str, RegistryEntry] = {}  # normal form -> the entry it names
        self.first_words: set[str] = set()  # the first word of every form, case-folded
        # The first two words of forms (one for a one-word form) -> their lengths in words.
        self.lengths: dict[str, list[int]] = {}


class Registry:
    """The registry's names and aliases, indexed for `mentions`; built once, used many times.

    ``base``: a registry whose forms come first (a form it has is not taken again here), so a
    small registry (one reviewer's proposed sources) can extend a large shared one without
    copying it.
    """

    def __init__(self, sources: Iterable[object], base: "Registry | None" = None) -> None:
        own = _Layer()
        self.layers: tuple[_Layer, ...] = (*(base.layers if base else ()), own)
        openings: dict[str, set[int]] = {}
        for source in sources:
            self._add(source, own, openings)
        own.lengths = {opening: sorted(counts, reverse=True) for opening, counts in openings.items()}
        # The first layer's first words, and the (small) others' together: two set look-ups a
        # word, without copying the large set of the shared registry.
        self.first_words = (self.layers[0].first_words,
                            set().union(*(layer.first_words for layer in self.layers[1:])))
        self._by_word: dict[str, list[str]] | None = None  # see organisations_with

    def _add(self, source: object, own: _Layer, openings: dict[str, set[int]]) -> None:
        """Take an entry's name and aliases; forms already taken are skipped."""
        name, kind = _field(source, "name"), _field(source, "kind")
        if not isinstance(name, str) or not name.strip():
            return
        # One record shared by the entry's proper forms: cheaper than one per form.
        named = RegistryEntry(name.strip(), getattr(kind, "value", kind), False)
        for form in [name, *(_field(source, "aliases") or [])]:
            key = normal_form(form) if isinstance(form, str) else ""
            if not _WORD.search(key) or len(key) > MAX_FORM or self.entry(key) is not None:
                continue
            # "the ministry" is a description; "the Kremlin" and names are proper.
            is_description = form is not name and key.startswith("the ") and (
                form.strip()[4:] == form.strip()[4:].lower()
            )
            own.forms[key] = RegistryEntry(named.name, named.kind, True) if is_description else named
            words = _TOKEN.findall(form)
            opening = [word.casefold() for word in words[:2]]
            own.first_words.add(opening[0])
            openings.setdefault(" ".join(opening), set()).add(len(words))

    def entry(self, key: str) -> RegistryEntry | None:
        """The entry a normal form names (the first registry that has it wins)."""
        for layer in self.layers:
            found = layer.forms.get(key)
            if found is not None:
                return found
        return None

    def organisations_with(self, word: str) -> list[str]:
        """The names of the registered entries that may be organisations (proper names of two
        words or more, of no person's kind) that hold ``word`` (lower case) as one of their
        words, in registry order:
        for a body an article describes but never names ("the finance ministry"). The index is
        built the first time it is asked for, once per registry."""
        if self._by_word is None:
            index: dict[str, list[str]] = {}
            seen: set[str] = set()
            for layer in self.layers:
                for entry in layer.forms.values():
                    name = entry.name
                    if entry.is_description or entry.kind == "person" or name in seen or not name[:1].isupper():
                        continue
                    seen.add(name)
                    words = {word.casefold() for word in _NAME_WORD.findall(name)}
                    if len(words) > 1:
                        for each in words:
                            index.setdefault(each, []).append(name)
            self._by_word = index
        return self._by_word.get(word, _NO_NAMES)

    def _lengths(self, opening: str) -> list[int]:
        """Lengths in words of the forms opening with these words, longest first."""
        if len(self.layers) == 1:
            return self.layers[0].lengths.get(opening, _NONE)
        found = [lengths for layer in self.layers if (lengths := layer.lengths.get(opening))]
        if len(found) < 2:
            return found[0] if found else _NONE
        return sorted({length for lengths in found for length in lengths}, reverse=True)

    def mentions(self, text: str) -> list[Mention]:
        """Every registry match in text (at each word start, the longest proper form and the
        longest description), overlapping ones included."""
        folded = text.casefold()
        if len(folded) == len(text):
            tokens = list(_TOKEN.finditer(folded))
            words = [token.group() for token in tokens]
        else:  # a letter folds to two ("ß"): fold word by word, or the offsets would drift
            tokens = list(_TOKEN.finditer(text))
            words = [token.group().casefold() for token in tokens]
        main, others = self.first_words
        found: list[Mention] = []
        # Most words open no form: one or two set look-ups each, then nothing more.
        for index in [i for i, word in enumerate(words) if word in main or word in others]:
            start, first = tokens[index].start(), words[index]
            if start and not _is_word(first) and _WORD.match(text, start - 1):
                continue  # a mark right after a word: no form starts there
            lengths = self._lengths(first)
            if index + 1 < len(words):
                pair = self._lengths(first + " " + words[index + 1])
                lengths = sorted({*lengths, *pair}, reverse=True) if lengths and pair else lengths or pair
            if lengths:
                self._longest(text, tokens, index, lengths, found)
        return found

    def _longest(self, text: str, tokens: list[re.Match[str]], index: int, lengths: list[int],
                 found: list[Mention]) -> None:
        """Add the longest proper form and the longest description starting at tokens[index]."""
        start, proper, description = tokens[index].start(), False, False
        start_word = text[start:tokens[index].end()].casefold()
        for length in lengths:
            if index + length > len(tokens):
                continue
            end = tokens[index + length - 1].end()
            if _WORD.match(text, end):  # "Xinhua" is not in "Xinhuanet"
                continue
            span = text[start:end]
            entry = self.entry(normal_form(span))
            if entry is None or (description if entry.is_description else proper):
                continue
            if entry.is_description:
                if not _described(span):
                    continue
                description = True
            else:
                proper = True
            found.append(Mention(start, end, entry))
            if proper and (description or start_word != "the"):
                return  # descriptions all open with "the"


def _is_word(token: str) -> bool:
    """Tell a run of word characters from a mark (a token is one or the other)."""
    return token[0].isalnum() or token[0] == "_"


def _described(span: str) -> bool:
    """Tell a description ("the ministry", "The ministry") from a name ("The Ministry")."""
    spaced = _SPACES.sub(" ", span).replace("\u2019", "'")
    return spaced[:4] in ("The ", "the ") and spaced[4:] == spaced[4:].casefold()


def _field(source: object, key: str) -> Any:
    """Read name/aliases/kind from a model object or a dict (whatever the caller stored)."""
    if isinstance(source, Mapping):
        return source.get(key)
    return getattr(source, key, None)
