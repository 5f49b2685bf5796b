"""Which language an article is written in: `detect_language(text)` returns an ISO 639-1 code.

Pure Python (no Flask, no database). Cheap signals first, a statistical model only where needed:

1. The script decides alone where one language owns it among the desk's languages: Hangul is
   Korean, kana is Japanese (Han without kana is Chinese), Greek, Armenian, Ethiopic (Amharic),
   Myanmar (Burmese), Hebrew, Thai... Arabic script is told apart by the letters each language
   adds: Urdu's ٹ ڈ ڑ ں ے, Persian's پ چ ژ گ ک ی against Arabic's ة ي ك ى.
2. English news prose is recognised by its function words (a handful of substring counts) in
   text of ASCII letters, so the common case never reaches the model.
3. Latin, Cyrillic and Devanagari text goes to py3langid (a naive Bayes model over byte n-grams,
   shipped inside its package: no download at run time, deterministic, ~4 MB installed), limited
   to the languages in `_MODEL_LANGUAGES` so that it is faster and less easily led astray.

Only a bounded prefix of the text is read (`PREFIX_CHARS`), so the cost does not grow with the
article. None means "cannot tell": empty text, digits and punctuation, too few letters, or a
model answer below `MIN_CONFIDENCE`.
"""

import re
from collections import Counter
from functools import cache
from typing import Any

__all__ = [
    "LANGUAGE_CHOICES", "PREFIX_CHARS", "SUPPORTED_LANGUAGES", "detect_language", "iso_639_1", "language_name",
    "shown_language",
]

PREFIX_CHARS = 400
MIN_LETTERS = 3
MIN_MODEL_LETTERS = 8
MIN_CONFIDENCE = 0.5

# Languages annotate.segment has sentence rules for: pySBD's 23 plus Korean and Portuguese.
SUPPORTED_LANGUAGES = frozenset((
    "am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fr", "hi", "hy", "it", "ja", "kk",
    "ko", "mr", "my", "nl", "pl", "pt", "ru", "sk", "ur", "zh",
))

# English names for the admin pages, of every code detect_language may return.
_NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "be": "Belarusian", "bg": "Bulgarian",
    "bn": "Bengali", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh", "km": "Khmer",
    "kn": "Kannada", "ko": "Korean", "ky": "Kyrgyz", "lo": "Lao", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi",
    "ms": "Malay", "my": "Burmese", "ne": "Nepali", "nl": "Dutch", "no": "Norwegian",
    "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik", "th": "Thai",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese", "zh": "Chinese",
}

# Scripts by their letters' code point ranges; "model" scripts are shared by many languages.
_SCRIPTS = {
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "cyrillic": "\u0400-\u04ff\u0500-\u052f",
    "devanagari": "\u0900-\u0963\u0966-\u097f",
    "arabic": "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc",
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "kana": "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d",
    "ko": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "el": "\u0370-\u03ff\u1f00-\u1fff",
    "hy": "\u0531-\u0556\u0561-\u0587",
    "am": "\u1200-\u137f",
    "my": "\u1000-\u109f",
    "he": "\u05d0-\u05ea",
    "th": "\u0e00-\u0e7f",
    "ka": "\u10a0-\u10ff",
    "bn": "\u0980-\u09ff",
    "pa": "\u0a00-\u0a7f",
    "gu": "\u0a80-\u0aff",
    "ta": "\u0b80-\u0bff",
    "te": "\u0c00-\u0c7f",
    "kn": "\u0c80-\u0cff",
    "ml": "\u0d00-\u0d7f",
    "si": "\u0d80-\u0dff",
    "km": "\u1780-\u17ff",
    "lo": "\u0e80-\u0eff",
}
_SCRIPT_RUNS = re.compile("|".join(f"(?P<{name}>[{chars}]+)" for name, chars in _SCRIPTS.items()))

# The languages the model chooses among, by script (codes of py3langid's model).
_MODEL_SCRIPTS = {
    "latin": (
        "en", "es", "pt", "fr", "de", "it", "nl", "da", "pl", "sk", "cs", "sv", "no", "fi", "hu",
        "ro", "tr", "ca", "id", "ms", "vi", "hr", "sl", "et", "lv", "lt", "sq", "eu", "gl", "af",
        "sw", "tl", "uz",
    ),
    "cyrillic": ("ru", "bg", "kk", "uk", "sr", "mk", "be", "ky", "mn", "tg"),
    "devanagari": ("hi", "mr", "ne"),
}
_MODEL_LANGUAGES = tuple(code for codes in _MODEL_SCRIPTS.values() for code in codes)

# Letters that only Urdu, only Persian (among the three), or only Arabic writes.
_URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06d2\u06d3")  # ٹ ڈ ڑ ں ھ ے ۓ
_PERSIAN_LETTERS = frozenset("\u067e\u0686\u0698\u06af\u06a9\u06cc")  # پ چ ژ گ ک ی
_ARABIC_LETTERS = frozenset("\u0629\u064a\u0643\u0649")  # ة ي ك ى

# English function words, spaced: in English news they are a quarter of the words or more,
# while other Latin-script languages hardly write " the " at all.
_ENGLISH_WORDS = (" the ", " of ", " and ", " to ", " a ", " in ", " that ", " said ", " for ")
_ENGLISH_SHARE = 0.12
_NON_ASCII_SHARE = 0.05


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the language text is written in, or None if unsure."""
    prefix = text[:PREFIX_CHARS]
    if _looks_english(prefix):
        return "en"
    counts: Counter[str] = Counter()
    for run in _SCRIPT_RUNS.finditer(prefix):
        counts[run.lastgroup or ""] += run.end() - run.start()
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return None
    script, letters = counts.most_common(1)[0]
    if script in ("han", "kana"):
        # Japanese mixes Han with kana; Chinese writes no kana.
        return "ja" if counts["kana"] >= 0.1 * (counts["han"] + counts["kana"]) else "zh"
    if script == "arabic":
        return _arabic_language(prefix)
    if script in _MODEL_SCRIPTS:
        return _model_language(prefix, script) if letters >= MIN_MODEL_LETTERS else None
    return script


# A language is stored as its ISO 639-1 code (what the segmenter's rules are chosen by): a tag
# like "pt-BR" or "zh_Hant" keeps its primary subtag, in lower case; the codes ISO withdrew are
# read as their successors. Anything else is refused rather than stored as an unknown language.
ISO_639_1 = frozenset((
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm",
    "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee",
    "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu",
    "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is",
    "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
    "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms",
    "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os",
    "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl",
    "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
    "yo", "za", "zh", "zu",
))
WITHDRAWN_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def iso_639_1(value: str) -> str | None:
    """A language tag as its ISO 639-1 code ("pt-BR" -> "pt", "ZH" -> "zh", "iw" -> "he"); None
    when it is not one ("English", "xx", "eng")."""
    tag = LANGUAGE_TAG.fullmatch(value.strip())
    code = tag.group(1).lower() if tag else ""
    code = WITHDRAWN_CODES.get(code, code)
    return code if code in ISO_639_1 else None


def shown_language(code: str | None) -> str:
    """A language as the pages name it: "Chinese (zh)", or "unknown"."""
    return f"{language_name(code)} ({code})" if code else "unknown"


def language_name(code: str | None) -> str:
    """Return the English name of a language code ("zh" -> "Chinese"), or the code itself."""
    if code is None:
        return "unknown"
    return _NAMES.get(code, code)


def _looks_english(prefix: str) -> bool:
    """Tell English prose by the share of its function words, in text of ASCII letters."""
    lowered = f" {prefix.lower()} "
    if " the " not in lowered:
        return False
    # Curly quotes and dashes are fine; text in another script is not (a quote inside it).
    if len(prefix.encode()) - len(prefix) > _NON_ASCII_SHARE * len(prefix):
        return False
    hits = sum(lowered.count(word) for word in _ENGLISH_WORDS)
    return hits >= _ENGLISH_SHARE * len(lowered.split())


def _arabic_language(prefix: str) -> str:
    """Tell Urdu, Persian and Arabic apart by the letters only one of them writes."""
    urdu = persian = arabic = 0
    for char in prefix:
        if char in _URDU_LETTERS:
            urdu += 1
        elif char in _PERSIAN_LETTERS:
            persian += 1
        elif char in _ARABIC_LETTERS:
            arabic += 1
    if urdu:
        return "ur"
    return "fa" if persian > arabic else "ar"


def _model_language(prefix: str, script: str) -> str | None:
    """Ask the model among the languages written in script; None below MIN_CONFIDENCE."""
    code, confidence = _identifier().classify(prefix)
    if code not in _MODEL_SCRIPTS[script] or confidence < MIN_CONFIDENCE:
        return None
    return str(code)


@cache
def _identifier() -> Any:
    """Load py3langid's model once, on first use (about a second), limited to our languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_MODEL_LANGUAGES)
    return identifier


# The languages an admin may give an article (those with sentence rules): (code, "Name (code)"),
# by name, for the article page's choice.
LANGUAGE_CHOICES = tuple(sorted(((code, shown_language(code)) for code in SUPPORTED_LANGUAGES),
                                key=lambda choice: choice[1]))
