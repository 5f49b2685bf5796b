"""Reading article files (``.txt``, ``.json``, ``.jsonl``) into validated records.

Pure: no Flask, no database. Every problem is a ``RecordError`` that names the file and the
line or record, so that the CLI and the upload page can say exactly what is wrong.
"""

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import BinaryIO, NoReturn

from annotate.annotation_input import is_web_url
from annotate.errors import Invalid
from annotate.language import detect_language, iso_639_1
from annotate.numbers import counted

FORMATS = (".txt", ".json", ".jsonl")
# Articles one API call may import (all or nothing).
MAX_ARTICLES_PER_CALL = 1000

# Optional string fields and their largest length (the database columns' sizes).
STRING_FIELDS = {"title": 500, "url": 2000, "publisher": 200, "language": 16, "external_id": 200}
# Metadata is plain text: a tag in a title or publisher is refused rather than stored. A tag
# starts right after "<" (as HTML parsers read it), so "spending < income" is text.
MARKUP = re.compile(r"<[A-Za-z/!?]")
MAX_META_DEPTH = 20
ALLOWED_KEYS = frozenset({"text", "published_at", "meta", *STRING_FIELDS})


class RecordError(Invalid):
    """A file, or one record in it, cannot be imported (so nothing of the file is)."""

    def __init__(self, name: str, where: str | None, message: str):
        super().__init__(message, {where or name: message})
        self.name, self.where = name, where

    def __str__(self) -> str:
        return f"{self.name}: {self.where}: {self.message}" if self.where else f"{self.name}: {self.message}"


def changed_meanwhile(name: str) -> RecordError:
    """The refusal of an import that lost a race: a concurrent writer stored the same rows."""
    return RecordError(name, None, "the database changed during the import (another import at the same "
                                   "time); nothing was imported, run it again")


@dataclass
class ImportReport:
    """What one import stored and skipped."""

    articles: int = 0
    sentences: int = 0
    skipped: int = 0  # already stored: the same text (a dataset's merged articles)
    refused: int = 0  # a dataset's articles that differ from the stored ones
    fact_checks: int = 0  # the reviews of a ClaimReview feed (services/fact_checks.py)

    def add(self, other: "ImportReport") -> None:
        """Add another report's counts to this one."""
        self.articles += other.articles
        self.sentences += other.sentences
        self.skipped += other.skipped
        self.refused += other.refused
        self.fact_checks += other.fact_checks

    def summary(self) -> str:
        """One line for people: articles, sentences, skipped duplicates (and refused articles)."""
        return (f"{counted(self.articles, 'article')}, {counted(self.sentences, 'sentence')} imported; "
                f"{counted(self.skipped, 'duplicate')} skipped"
                + (f"; {self.refused:,} refused" if self.refused else "")
                + (f"; {counted(self.fact_checks, 'fact-check')} imported" if self.fact_checks else ""))


@dataclass
class ArticleRecord:
    """One article to import, validated."""

    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: datetime | None = None  # in UTC
    published_offset_minutes: int | None = None  # the UTC offset it was given in (None: none given)
    language: str | None = None
    external_id: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def text_sha256(self) -> str:
        """SHA-256 of the UTF-8 text: the article's identity for deduplication."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def columns(self, digest: str | None = None) -> dict:
        """The article table's values of this record (``digest``: its ``text_sha256`` when known),
        for every path that stores an article (a plain import, a dataset import)."""
        return {"text": self.text, "text_sha256": digest or self.text_sha256, "title": self.title, "url": self.url,
                "publisher": self.publisher, "published_at": self.published_at,
                "published_offset_minutes": self.published_offset_minutes, "language": self.language,
                "external_id": self.external_id, "meta": self.meta}

    def settle_language(self) -> str | None:
        """The language to store and split by: the one given, else the one detected in the text
        (kept on the record; None when it cannot be told)."""
        if self.language is None:
            self.language = detect_language(self.text)
        return self.language


def format_of(name: str) -> str:
    """The import format of a file name, or a ``RecordError`` for an unknown extension."""
    lowered = name.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if lowered.endswith(suffix):
            return suffix
    raise RecordError(name, None, f"unknown file type; expected one of {', '.join(FORMATS)}")


def read_articles(stream: BinaryIO, name: str, max_record_bytes: int) -> Iterator[ArticleRecord]:
    """Yield the validated articles of one file, raising ``RecordError`` at the first bad one."""
    fmt = format_of(name)
    if fmt == ".jsonl":
        yield from _read_jsonl(stream, name, max_record_bytes)
        return
    data = stream.read(max_record_bytes * 16 + 1 if fmt == ".json" else max_record_bytes + 1)
    limit = max_record_bytes * 16 if fmt == ".json" else max_record_bytes
    if len(data) > limit:
        raise RecordError(name, None, f"file is larger than the limit of {limit:,} bytes")
    text = _decode(data, name, None)
    if fmt == ".txt":
        yield _read_txt(text, name)
    else:
        yield from _read_json(text, name, max_record_bytes)


def _decode(data: bytes, name: str, line: int | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = line if line is not None else data.count(b"\n", 0, exc.start) + 1
        raise RecordError(
            name, f"line {at}", f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None


def _read_txt(text: str, name: str) -> ArticleRecord:
    return validate({"text": text, "title": derived_title(text)}, name, None, len(text.encode("utf-8")) + 1)


def derived_title(text: str) -> str | None:
    """The first non-empty line as a title; None when it holds markup (the text keeps it)."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    if title and len(title) > STRING_FIELDS["title"]:
        title = title[: STRING_FIELDS["title"] - 1].rstrip() + "…"
    if title is None or MARKUP.search(title) or "\x00" in title:
        return None
    return title


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _loads(text: str, name: str, line: int | None):
    """Parse JSON strictly: NaN and Infinity refused, and nesting or numbers too large for
    Python (RecursionError, the int digit limit) reported like any other bad JSON.
    ``line`` is the line of a .jsonl record; a whole .json file reports its own lines."""
    where = f"line {line}" if line is not None else None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        at = line if line is not None else exc.lineno
        raise RecordError(name, f"line {at}", f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise RecordError(name, where, "invalid JSON: nested too deeply") from None
    except ValueError as exc:
        raise RecordError(name, where, f"invalid JSON: {exc}") from None


def _read_json(text: str, name: str, max_record_bytes: int) -> Iterator[ArticleRecord]:
    data = _loads(text, name, None)
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise RecordError(name, None, f"expected an object or a list of objects, got {_type(data)}")
    for number, obj in enumerate(data, start=1):
        yield validate(obj, name, f"record {number}", max_record_bytes)


def _read_jsonl(stream: BinaryIO, name: str, max_record_bytes: int) -> Iterator[ArticleRecord]:
    number = 0
    while True:
        raw = stream.readline(max_record_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_record_bytes:
            raise RecordError(name, f"line {number}", f"line is longer than the limit of {max_record_bytes:,} bytes")
        line = _decode(raw, name, number)
        if not line.strip():
            continue
        obj = _loads(line, name, number)
        yield validate(obj, name, f"line {number}", max_record_bytes)


def validate(obj, name: str, where: str | None, max_record_bytes: int) -> ArticleRecord:
    """Check one decoded object against the import format and return it as a record."""
    def fail(message: str) -> NoReturn:
        raise RecordError(name, where, message)

    if not isinstance(obj, dict):
        fail(f"expected an object, got {_type(obj)}")
    unknown = sorted(set(obj) - ALLOWED_KEYS)
    if unknown and {"sentence_id", "sentence_text"} <= set(obj):
        fail("this is a row of a jsonl or csv export; only a json export of annotate can be imported back")
    if unknown:
        fail(f"unknown field(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(sorted(ALLOWED_KEYS))}")
    text = _text(obj, max_record_bytes, fail)
    record = ArticleRecord(text=text)
    for key, max_length in STRING_FIELDS.items():
        setattr(record, key, _optional_string(obj.get(key), key, max_length, fail))
    if record.url is not None and not is_web_url(record.url):
        fail("'url' must be an http or https URL with a host (https://example.org/...)")
    record.language = language_code(record.language, fail)
    record.published_at, record.published_offset_minutes = _published_at(obj.get("published_at"), fail)
    record.meta = _meta(obj.get("meta"), fail)
    return record


def _text(obj: dict, max_record_bytes: int, fail: Callable[[str], NoReturn]) -> str:
    """The article's text: present, a non-empty string, without NUL, within the size limit."""
    if "text" not in obj:
        fail("missing 'text'")
    text = obj["text"]
    if not isinstance(text, str):
        fail(f"'text' must be a string, got {_type(text)}")
    if not text.strip():
        fail("'text' is empty")
    _no_nul(text, "text", fail)
    if len(text.encode("utf-8")) > max_record_bytes:
        fail(f"'text' is larger than the limit of {max_record_bytes:,} bytes")
    return text


def _optional_string(value, key: str, max_length: int, fail: Callable[[str], NoReturn]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        fail(f"'{key}' must be a string, got {_type(value)}")
    value = value.strip()
    if len(value) > max_length:
        fail(f"'{key}' is longer than {max_length} characters")
    if MARKUP.search(value):
        fail(f"'{key}' contains HTML markup; metadata must be plain text")
    return _no_nul(value, key, fail) or None


def language_code(value: str | None, fail: Callable[[str], NoReturn]) -> str | None:
    """A language tag as its ISO 639-1 code ("pt-BR" -> "pt", "ZH" -> "zh"); ``fail`` for
    anything that is not one."""
    if value is None:
        return None
    code = iso_639_1(value)
    if code is None:
        fail(f"'language' must be an ISO 639-1 language code such as en, zh or pt-BR: {value[:40]!r}")
    return code


def _published_at(value, fail: Callable[[str], NoReturn]) -> tuple[datetime | None, int | None]:
    """The moment in UTC, and the offset it was given in (minutes), which dates the article on
    its own calendar day; a value without an offset is read as UTC."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        fail(f"'published_at' must be an ISO 8601 date string, got {_type(value)}")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value.strip()), datetime.min.time())
        except ValueError:
            fail(f"'published_at' is not an ISO 8601 date: {value[:40]!r}")
    offset = parsed.utcoffset()
    try:
        moment = parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        return moment, None if offset is None else int(offset.total_seconds() // 60)
    except OverflowError:
        fail(f"'published_at' is out of range once converted to UTC: {value[:40]!r}")


def _meta(value, fail: Callable[[str], NoReturn]) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        fail(f"'meta' must be an object, got {_type(value)}")
    if _depth(value) > MAX_META_DEPTH:
        fail(f"'meta' is nested more than {MAX_META_DEPTH} levels deep")
    try:
        dumped = json.dumps(value, ensure_ascii=False)
        dumped.encode("utf-8")
    except UnicodeEncodeError:
        fail("'meta' contains an unpaired surrogate (invalid Unicode)")
    if "\x00" in dumped or "\\u0000" in dumped:
        fail("'meta' contains a NUL character")
    return value


def _depth(value) -> int:
    """How deeply lists and objects nest in ``value`` (without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth <= MAX_META_DEPTH:
                stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _no_nul(value: str, key: str, fail) -> str:
    """Refuse what no database stores the same: NUL, and unpaired surrogates ("\\ud800")."""
    if "\x00" in value:
        fail(f"'{key}' contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        fail(f"'{key}' contains an unpaired surrogate (invalid Unicode)")
    return value


def _type(value) -> str:
    """Name a JSON value's type the way a JSON user would."""
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string",
            list: "array", dict: "object"}.get(type(value), type(value).__name__)
