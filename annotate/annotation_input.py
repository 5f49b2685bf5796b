"""Checking an annotation as a reviewer or an API client sends it. Pure: no Flask, no database.

``clean_annotation`` turns a submitted mapping into the values to store, or raises
``AnnotationInvalid`` with one message per field, so that pages and the API say the same.
"""

from urllib.parse import urlsplit

from annotate.errors import FieldErrors
from annotate.labels import CLAIM_TYPES, STATUSES
from annotate.numbers import parse_id

MAX_NOTE = 5000
MAX_EVIDENCE = 20
MAX_URL = 2000
MAX_QUOTE = 2000
MAX_SOURCE_NAME = 200
FIELDS = ("claim_type", "status", "source_id", "source_name", "note", "evidence", "span")


class AnnotationInvalid(FieldErrors):
    """A submitted annotation breaks a rule; ``errors`` maps field names to messages."""

    summary = "The annotation was not saved."


def clean_annotation(data: dict, sentence_start: int, sentence_end: int) -> dict:
    """Return the given fields checked and normalised; absent fields are left out (unchanged)."""
    errors, values = {}, {}
    unknown = sorted(set(data) - set(FIELDS) - {"version"})
    if unknown:
        errors["fields"] = f"unknown field(s): {', '.join(unknown)}"
    if "source_id" in data and "source_name" in data:
        errors["source_name"] = "send source_id or source_name, not both"
    checks = {"claim_type": _claim_type, "status": _status, "source_id": _source_id, "source_name": _source_name,
              "note": _note, "evidence": _evidence,
              "span": lambda value: _span(value, sentence_start, sentence_end)}
    for key, check in checks.items():
        if key in data and key not in errors:
            try:
                values[key] = check(data[key])
            except ValueError as problem:
                errors[key] = str(problem)
    if errors:
        raise AnnotationInvalid(errors)
    return values


def is_web_url(url: str) -> bool:
    """True for an absolute http or https URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[::1": an unclosed IPv6 bracket
        return False
    try:
        host = parts.hostname  # "https://@" and "https://:80" have a netloc but no host
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def _claim_type(value):
    if value in (None, ""):
        return None
    if value not in CLAIM_TYPES:
        raise ValueError(f"must be one of {', '.join(CLAIM_TYPES)} or null")
    return value


def _status(value):
    if value not in STATUSES:
        raise ValueError(f"must be one of {', '.join(STATUSES)}")
    return value


def _source_id(value):
    if value in (None, ""):
        return None
    source_id = parse_id(value)
    if source_id is None:
        raise ValueError("must be a source id (a whole number) or null")
    return source_id


def _source_name(value):
    """A registry name or alias as typed (matched later, as the registry compares names); "" or
    null for the article itself."""
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > MAX_SOURCE_NAME or "\x00" in value:
        raise ValueError(f"must be a name of at most {MAX_SOURCE_NAME} characters, or null")
    return value


def _note(value):
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > MAX_NOTE or "\x00" in value:
        raise ValueError(f"must be at most {MAX_NOTE} characters of text")
    return value.strip()


def _evidence(value):
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_EVIDENCE:
        raise ValueError(f"must be a list of at most {MAX_EVIDENCE} items")
    cleaned = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise ValueError(f"item {number} must be an object with a url")
        url, quote = item["url"].strip(), item.get("quote") or ""
        if not isinstance(quote, str) or len(quote) > MAX_QUOTE or "\x00" in quote + url:
            raise ValueError(f"item {number}: the quote must be text of at most {MAX_QUOTE} characters")
        if len(url) > MAX_URL or not is_web_url(url):
            raise ValueError(f"item {number}: only http and https links are accepted")
        cleaned.append({"url": url, "quote": quote.strip()})
    return cleaned


def _span(value, start: int, end: int):
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
        isinstance(value.get(key), int) and not isinstance(value.get(key), bool) and abs(value[key]) < 2**31
        for key in ("start", "end")
    ):
        raise ValueError("must be an object with whole-number start and end, or null")
    if not start <= value["start"] < value["end"] <= end:
        raise ValueError(f"must lie inside the sentence [{start}, {end}) and not be empty")
    if (value["start"], value["end"]) == (start, end):
        return None  # the whole sentence is no narrower span
    return {"start": value["start"], "end": value["end"]}
