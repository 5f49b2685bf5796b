"""How names and aliases of sources compare: one rule for the registry, imports and filters. Pure."""

import unicodedata


def clean_label(text: str) -> str:
    """A name or alias as stored: NFC, whitespace runs collapsed to one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_key(text: str) -> str:
    """The case-insensitive identity of a name or alias."""
    return clean_label(text).casefold()
