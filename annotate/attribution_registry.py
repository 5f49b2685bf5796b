"""The source registry as matchers: every mention of a registered name or alias in an article.

Source suggestion needs only the mentions; how registry entries become forms, which forms are
descriptions ("the ministry") and how forms compare is this module's business. The registry's
names and aliases become two prefix-tree regexes (proper names, case-insensitive; descriptive
aliases matched only in lower case, so "The Ministry of ..." stays a name) that report every
match, overlapping ones included, and are cached by registry contents across calls. Pure.
"""

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, TypeAlias

__all__ = ["Mention", "Registry", "RegistryEntry", "normal_form"]

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")


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


class Registry:
    """The registry's names and aliases as two matchers built once per call."""

    def __init__(self, sources: Iterable[object]) -> None:
        self.forms: dict[str, RegistryEntry] = {}  # normal form -> the entry it names
        proper: list[str] = []
        descriptive: list[str] = []
        for source in sources:
            self._add(source, proper, descriptive)
        self.proper = _matcher(tuple(proper), case_insensitive=True)
        self.descriptive = _matcher(tuple(form[4:] for form in descriptive), prefix=r"[Tt]he\s+")

    def _add(self, source: object, proper: list[str], descriptive: list[str]) -> None:
        """Take an entry's name and aliases; each form not taken yet joins proper or descriptive."""
        name, kind = _field(source, "name"), _field(source, "kind")
        if not isinstance(name, str) or not name.strip():
            return
        # One record shared by the entry's proper forms: cheaper than one per form.
        named = RegistryEntry(name.strip(), getattr(kind, "value", kind), False)
        for form in [name, *(_field(source, "aliases") or [])]:
            key = normal_form(form) if isinstance(form, str) else ""
            if not _WORD.search(key) or key in self.forms or len(key) > 200:
                continue
            # "the ministry" is a description; "the Kremlin" and names are proper.
            is_description = form is not name and key.startswith("the ") and (
                form.strip()[4:] == form.strip()[4:].lower()
            )
            if is_description:
                self.forms[key] = RegistryEntry(named.name, named.kind, True)
                descriptive.append(key)
            else:
                self.forms[key] = named
                proper.append(key)

    def mentions(self, text: str) -> list[Mention]:
        """Every registry match in text, overlapping ones included."""
        found = []
        for matcher in (self.proper, self.descriptive):
            if matcher is None:
                continue
            for m in matcher.finditer(text):
                entry = self.forms.get(normal_form(m.group(1)))
                if entry is not None:  # exotic case foldings the regex accepts are dropped
                    found.append(Mention(m.start(1), m.end(1), entry))
        return found


def _field(source: object, key: str) -> Any:
    """Read name/aliases/kind from a model object or a dict (whatever the caller stored)."""
    if isinstance(source, Mapping):
        return source.get(key)
    return getattr(source, key, None)


# A prefix tree of forms, one character per level; the key "" marks the end of a form.
_Trie: TypeAlias = dict[str, "_Trie"]


@functools.lru_cache(maxsize=16)  # pages ask again and again with the same registry
def _matcher(
    forms: tuple[str, ...], case_insensitive: bool = False, prefix: str = ""
) -> re.Pattern[str] | None:
    """A regex reporting, at every word start, the longest form that ends at a word end."""
    if not forms:
        return None
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    flags = re.IGNORECASE if case_insensitive else 0
    return re.compile(rf"(?<!\w)(?=({prefix}{_trie_pattern(trie)})(?!\w))", flags)


def _trie_pattern(node: _Trie) -> str:
    """Regex for a prefix tree: shared prefixes once, longer branches tried first."""
    branches = []
    for char in sorted(key for key in node if key):
        child, piece = node[char], _char_pattern(char)
        while len(child) == 1 and "" not in child:  # a chain: one literal run, no group
            ((char, child),) = child.items()
            piece += _char_pattern(char)
        branches.append(piece + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char_pattern(char: str) -> str:
    """One character of a form: any run of spaces for a space, either apostrophe."""
    return {" ": r"\s+", "'": "['\u2019]"}.get(char) or re.escape(char)
