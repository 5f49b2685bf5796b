"""Reading a ``json`` export back (SPEC §3, §4), checked against the shipped JSON Schema and
the dataset's own rules. Pure: no Flask, no database.

The document is read from the stream a top-level member, or one article, at a time, so a large
export is never held whole in memory: ``read_dataset`` checks all of it (a first pass, before
anything is stored) and ``Dataset.articles`` reads the articles again for storing (a second
pass). Every problem is a ``RecordError`` naming the record, e.g. ``articles[3].sentences[2]``.

The JSON Schema is applied by ``check_schema``, which knows the keywords the shipped schema
uses: jsonschema is a test dependency, not one of the app's.
"""

import codecs
import functools
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO, Callable, Iterator

from annotate.annotation_input import AnnotationInvalid, clean_annotation
from annotate.dataset import SCHEMAS
from annotate.importing import ArticleRecord, RecordError, validate
from annotate.numbers import MAX_ID

# The first members of an export; an article object has none of them.
EXPORT_KEYS = frozenset({"schema_version", "exported_at", "label_set", "sources", "articles"})
# One article with its sentences and annotations may be this many times an article's limit.
RECORD_FACTOR = 16
CHUNK = 64 * 1024
MAX_USERNAME = 80
ARTICLE_FIELDS = ("text", "title", "url", "publisher", "published_at", "language", "external_id", "meta")
ANNOTATION_FIELDS = ("claim_type", "status", "note", "evidence", "span")
SCHEMA_KEYWORDS = frozenset({"$schema", "$id", "$defs", "$ref", "title", "description", "type", "const",
                             "enum", "required", "additionalProperties", "properties", "items",
                             "minimum", "minLength", "pattern", "format"})
_STREAMED = object()  # marks the start of the streamed "articles" array


# --- records -----------------------------------------------------------------------------------

@dataclass
class ExportedSource:
    """A registry entry as the file has it."""

    id: int
    name: str
    kind: str
    aliases: list
    description: str
    created_at: datetime
    updated_at: datetime
    where: str


@dataclass
class ExportedAnnotation:
    """One reviewer's annotation as the file has it (values checked like a reviewer's save)."""

    id: int
    reviewer: str
    reviewer_id: int
    claim_type: str | None
    source_id: int | None
    status: str
    note: str
    evidence: list
    span: dict | None
    version: int
    created_at: datetime
    updated_at: datetime
    where: str


@dataclass
class ExportedFinal:
    """A sentence's final label as the file has it."""

    claim_type: str | None
    source_id: int | None
    status: str
    method: str
    decided_by: str | None
    decided_at: datetime
    where: str


@dataclass
class ExportedSentence:
    """A sentence with its annotations and final label."""

    id: int
    position: int
    start: int
    end: int
    kind: str
    annotations: list[ExportedAnnotation]
    final: ExportedFinal | None
    where: str


@dataclass
class ExportedArticle:
    """An article: its text and metadata (``record``), creation time and sentences."""

    id: int
    record: ArticleRecord
    created_at: datetime
    sentences: list[ExportedSentence]
    where: str


@dataclass
class Person:
    """A user the file names: a reviewer (with the file's id) or only a decider (no id)."""

    username: str
    id: int | None
    where: str


@dataclass
class Dataset:
    """A checked export: its sources and the people it names; the articles are read on demand."""

    name: str
    sources: list[ExportedSource]
    people: dict[str, Person]  # by lower-case username
    max_ids: dict[str, int]  # the largest id of each kind in the file
    article_count: int
    stream: BinaryIO = field(repr=False)
    start: int = 0
    limit: int = 0

    def articles(self, on_progress: Callable[[int], None] = lambda position: None) -> Iterator[ExportedArticle]:
        """The articles again, read and checked one at a time (the second pass)."""
        self.stream.seek(self.start)
        for key, index, value in _members(_Tokens(self.stream, self.name, self.limit)):
            if key == "articles" and index is not None:
                yield _article(value, f"articles[{index}]", self.name, self.limit // RECORD_FACTOR)
                on_progress(self.stream.tell())


# --- reading -----------------------------------------------------------------------------------

def is_dataset(stream: BinaryIO) -> bool:
    """True when the JSON in ``stream`` is an object whose first member is an export's; rewinds."""
    start = stream.tell()
    try:
        tokens = _Tokens(stream, "", CHUNK)
        if tokens.peek() != "{":
            return False
        tokens.take("{")
        return tokens.peek() == '"' and tokens.value() in EXPORT_KEYS
    except RecordError:
        return False
    finally:
        stream.seek(start)


def read_dataset(stream: BinaryIO, name: str, max_record_bytes: int,
                 on_progress: Callable[[int], None] = lambda position: None) -> Dataset:
    """Check a whole export (schema, offsets, hashes, references); raise ``RecordError`` at the first problem."""
    start, limit = stream.tell(), max_record_bytes * RECORD_FACTOR
    schema, census, present = export_schema(), _Census(name), set()
    for key, index, value in _members(_Tokens(stream, name, limit)):
        if index is not None:
            census.add_article(_article(value, f"articles[{index}]", name, max_record_bytes))
            on_progress(stream.tell())
            continue
        present.add(key)
        if key not in schema["properties"]:
            raise RecordError(name, None, f"unknown field {key!r}; an export has {', '.join(schema['required'])}")
        if value is not _STREAMED:
            _schema(value, schema["properties"][key], key, name)
        if key == "sources":
            for number, item in enumerate(value):
                census.add_source(_source(item, f"sources[{number}]", name))
    missing = [key for key in schema["required"] if key not in present]
    if missing:
        raise RecordError(name, None, f"not an export: missing {', '.join(map(repr, missing))}")
    census.check_references()
    return Dataset(name=name, sources=census.sources, people=census.people, max_ids=census.max_ids,
                   article_count=census.articles, stream=stream, start=start, limit=limit)


class _Census:
    """What the first pass learns across the document: ids, people, sources referred to."""

    def __init__(self, name: str):
        self.name, self.sources, self.people, self.articles = name, [], {}, 0
        self.seen: dict[str, set] = {kind: set() for kind in ("source", "source name", "article", "text",
                                                               "sentence", "annotation")}
        self.max_ids = {"source": 0, "article": 0, "sentence": 0, "annotation": 0, "user": 0}
        self.user_names: dict[int, str] = {}
        self.used_sources: dict[int, str] = {}

    def _unique(self, kind: str, value, where: str, what: str) -> None:
        if value in self.seen[kind]:
            raise RecordError(self.name, where, f"{what} appears twice in the file")
        self.seen[kind].add(value)
        if kind in self.max_ids:
            self.max_ids[kind] = max(self.max_ids[kind], value)

    def add_source(self, source: ExportedSource) -> None:
        """Register a source of the file; ids and names must be unique."""
        self._unique("source", source.id, source.where + ".id", f"source id {source.id}")
        self._unique("source name", source.name.casefold(), source.where + ".name", f"source {source.name!r}")
        self.sources.append(source)

    def add_article(self, article: ExportedArticle) -> None:
        """Register an article's ids, reviewers and source references."""
        self.articles += 1
        self._unique("article", article.id, article.where + ".id", f"article id {article.id}")
        self._unique("text", article.record.text_sha256, article.where + ".text_sha256", "this text")
        for sentence in article.sentences:
            self._unique("sentence", sentence.id, sentence.where + ".id", f"sentence id {sentence.id}")
            for annotation in sentence.annotations:
                self._unique("annotation", annotation.id, annotation.where + ".id",
                             f"annotation id {annotation.id}")
                self._person(annotation.reviewer, annotation.reviewer_id, annotation.where)
                self._uses(annotation.source_id, annotation.where + ".source_id")
            if sentence.final is not None:
                if sentence.final.decided_by is not None:
                    self._person(sentence.final.decided_by, None, sentence.final.where + ".decided_by")
                self._uses(sentence.final.source_id, sentence.final.where + ".source_id")

    def _person(self, username: str, user_id: int | None, where: str) -> None:
        key, known = username.lower(), self.people.get(username.lower())
        if user_id is not None and self.user_names.setdefault(user_id, key) != key:
            raise RecordError(self.name, where, f"reviewer_id {user_id} belongs to two reviewers in the file")
        if known is None:
            self.people[key] = Person(username, user_id, where)
        elif user_id is not None and known.id is None:
            known.id = user_id
        elif user_id is not None and known.id != user_id:
            raise RecordError(self.name, where, f"reviewer {username!r} has two ids in the file")
        if user_id is not None:
            self.max_ids["user"] = max(self.max_ids["user"], user_id)

    def _uses(self, source_id: int | None, where: str) -> None:
        if source_id is not None:
            self.used_sources.setdefault(source_id, where)

    def check_references(self) -> None:
        """Every source_id must name one of the file's sources."""
        for source_id, where in self.used_sources.items():
            if source_id not in self.seen["source"]:
                raise RecordError(self.name, where, f"no source with id {source_id} among the file's sources")


# --- one record at a time ----------------------------------------------------------------------

def _source(item: dict, where: str, name: str) -> ExportedSource:
    return ExportedSource(id=_id(item["id"], where + ".id", name), name=item["name"], kind=item["kind"],
                          aliases=item["aliases"], description=item["description"],
                          created_at=_datetime(item["created_at"]), updated_at=_datetime(item["updated_at"]),
                          where=where)


def _article(obj, where: str, name: str, max_record_bytes: int) -> ExportedArticle:
    _schema(obj, {"$ref": "#/$defs/article"}, where, name)
    record = validate({key: obj[key] for key in ARTICLE_FIELDS}, name, where, max_record_bytes)
    if record.text_sha256 != obj["text_sha256"]:
        raise RecordError(name, where + ".text_sha256", "does not match the text (the SHA-256 of its UTF-8)")
    sentences, end, position = [], 0, -1
    for number, item in enumerate(obj["sentences"]):
        at = f"{where}.sentences[{number}]"
        if not item["start"] < item["end"] <= len(record.text):
            raise RecordError(name, at, "offsets outside the text")
        if record.text[item["start"]:item["end"]] != item["text"]:
            raise RecordError(name, at, "its text is not the article's text at its offsets")
        if item["position"] <= position or item["start"] < end:
            raise RecordError(name, at, "sentences out of order or overlapping")
        end, position = item["end"], item["position"]
        sentences.append(_sentence(item, at, name))
    return ExportedArticle(id=_id(obj["id"], where + ".id", name), record=record,
                           created_at=_datetime(obj["created_at"]), sentences=sentences, where=where)


def _sentence(item: dict, where: str, name: str) -> ExportedSentence:
    annotations, reviewers = [], set()
    for number, value in enumerate(item["annotations"]):
        annotation = _annotation(value, f"{where}.annotations[{number}]", item, name)
        if annotation.reviewer.lower() in reviewers:
            raise RecordError(name, annotation.where, f"a second annotation by {annotation.reviewer!r}")
        reviewers.add(annotation.reviewer.lower())
        annotations.append(annotation)
    return ExportedSentence(id=_id(item["id"], where + ".id", name), position=item["position"],
                            start=item["start"], end=item["end"], kind=item["kind"], annotations=annotations,
                            final=_final(item["final"], where + ".final", name), where=where)


def _annotation(item: dict, where: str, sentence: dict, name: str) -> ExportedAnnotation:
    try:
        values = clean_annotation({key: item[key] for key in ANNOTATION_FIELDS}, sentence["start"], sentence["end"])
    except AnnotationInvalid as problem:
        raise RecordError(name, where, str(problem)) from None
    if item["version"] > MAX_ID:
        raise RecordError(name, where + ".version", f"must be at most {MAX_ID}")
    return ExportedAnnotation(
        id=_id(item["id"], where + ".id", name), reviewer=_username(item["reviewer"], where + ".reviewer", name),
        reviewer_id=_id(item["reviewer_id"], where + ".reviewer_id", name),
        source_id=_optional_id(item["source_id"], where + ".source_id", name), version=item["version"],
        created_at=_datetime(item["created_at"]), updated_at=_datetime(item["updated_at"]), where=where, **values)


def _final(item: dict | None, where: str, name: str) -> ExportedFinal | None:
    if item is None:
        return None
    decided_at = _datetime(item["decided_at"]) if isinstance(item["decided_at"], str) else None
    if decided_at is None:
        raise RecordError(name, where + ".decided_at", "must be a date and time with a time zone")
    decided_by = item["decided_by"]
    return ExportedFinal(claim_type=item["claim_type"], status=item["status"], method=item["method"],
                         source_id=_optional_id(item["source_id"], where + ".source_id", name),
                         decided_by=None if decided_by is None else _username(decided_by, where + ".decided_by", name),
                         decided_at=decided_at, where=where)


def _id(value: int, where: str, name: str) -> int:
    if not 1 <= value <= MAX_ID:
        raise RecordError(name, where, f"must be an id from 1 to {MAX_ID}")
    return value


def _optional_id(value: int | None, where: str, name: str) -> int | None:
    return None if value is None else _id(value, where, name)


def _username(value: str, where: str, name: str) -> str:
    if not 0 < len(value) <= MAX_USERNAME or value != value.strip():
        raise RecordError(name, where, f"must be a username of 1 to {MAX_USERNAME} characters")
    return value


def _datetime(text: str) -> datetime | None:
    """An ISO 8601 date and time with a time zone (RFC 3339), or None."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


# --- the JSON Schema ---------------------------------------------------------------------------

@functools.cache
def export_schema() -> dict:
    """The shipped JSON Schema of the ``json`` format."""
    return json.loads(SCHEMAS["json"].read_text(encoding="utf-8"))


class SchemaError(ValueError):
    """A value breaks the schema at ``path``."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(f"{path}: {message}" if path else message)
        self.path, self.message = path, message

    def under(self, step: str) -> "SchemaError":
        """The same error one level further out (``step`` is ".key" or "[n]")."""
        return SchemaError(self.message, step + self.path)


def _schema(value, schema: dict, path: str, name: str) -> None:
    try:
        check_schema(value, schema, path, export_schema())
    except SchemaError as error:
        raise RecordError(name, error.path or None, error.message) from None


def check_schema(value, schema: dict, path: str = "", root: dict | None = None) -> None:
    """Raise ``SchemaError`` where ``value`` breaks ``schema`` (the JSON Schema 2020-12 keywords
    the shipped schemas use; another keyword is a ``NotImplementedError``, not a silent pass)."""
    root = schema if root is None else root
    try:
        _compiled(root, schema)(value)
    except SchemaError as error:
        where = path + error.path if path or not error.path.startswith(".") else error.path[1:]
        raise SchemaError(error.message, where) from None


_COMPILED: dict[int, tuple] = {}
# JSON values decode to exactly these Python types (true is a bool, never an int).
_PYTHON_TYPES = {"null": (type(None),), "object": (dict,), "array": (list,), "string": (str,),
                 "integer": (int,), "number": (int, float), "boolean": (bool,)}


def _compiled(root: dict, schema: dict) -> Callable:
    """``schema`` turned once into a function that checks a value (the export has ~10^6 values)."""
    key = (id(root), id(schema))
    if key not in _COMPILED:
        _COMPILED[key] = (root, schema, None)  # placeholder: a $ref may lead back here
        _COMPILED[key] = (root, schema, _compile(root, schema))
    check = _COMPILED[key][2]
    return check if check is not None else lambda value: _COMPILED[key][2](value)


def _compile(root: dict, schema: dict) -> Callable:
    unknown = set(schema) - SCHEMA_KEYWORDS
    if unknown:
        raise NotImplementedError(f"schema keyword(s) not checked: {', '.join(sorted(unknown))}")
    checks = []
    if "$ref" in schema:
        checks.append(_compiled(root, _resolve(root, schema["$ref"])))
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "const" in schema:
        checks.append(_enum_check([schema["const"]], f"must be {json.dumps(schema['const'])}"))
    if "enum" in schema:
        options = ", ".join(json.dumps(option) for option in schema["enum"])
        checks.append(_enum_check(schema["enum"], f"must be one of {options}"))
    if "properties" in schema or "required" in schema:
        checks.append(_object_check(root, schema))
    if "items" in schema:
        checks.append(_items_check(_compiled(root, schema["items"])))
    if {"minLength", "pattern", "format"} & set(schema):
        checks.append(functools.partial(_check_string, schema=schema))
    if "minimum" in schema:
        checks.append(functools.partial(_check_minimum, minimum=schema["minimum"]))

    def check(value) -> None:
        for one in checks:
            one(value)
    return check


def _type_check(types) -> Callable:
    types = [types] if isinstance(types, str) else types
    allowed = frozenset(python for kind in types for python in _PYTHON_TYPES[kind])
    message = f"must be {' or '.join(types)}"

    def check(value) -> None:
        if type(value) not in allowed:
            raise SchemaError(f"{message}, got {_type(value)}")
    return check


def _enum_check(options: list, message: str) -> Callable:
    allowed = [(type(option), option) for option in options]

    def check(value) -> None:
        if (type(value), value) not in allowed:  # JSON equality: true is not 1
            raise SchemaError(f"{message}, got {_show(value)}")
    return check


def _object_check(root: dict, schema: dict) -> Callable:
    required = schema.get("required", ())
    properties = {key: _compiled(root, sub) for key, sub in schema.get("properties", {}).items()}
    closed = schema.get("additionalProperties") is False

    def check(value) -> None:
        if type(value) is not dict:
            return
        for key in required:
            if key not in value:
                raise SchemaError(f"missing {key!r}")
        if closed and not value.keys() <= properties.keys():
            unknown = sorted(set(value) - set(properties))
            raise SchemaError(f"unknown field(s) {', '.join(map(repr, unknown))}")
        for key, item in value.items():
            if key in properties:
                try:
                    properties[key](item)
                except SchemaError as error:
                    raise error.under(f".{key}") from None
    return check


def _items_check(item_check: Callable) -> Callable:
    def check(value) -> None:
        if type(value) is not list:
            return
        for number, item in enumerate(value):
            try:
                item_check(item)
            except SchemaError as error:
                raise error.under(f"[{number}]") from None
    return check


def _check_string(value, schema: dict) -> None:
    if type(value) is not str:
        return
    if len(value) < schema.get("minLength", 0):
        raise SchemaError("must not be empty" if schema["minLength"] == 1 else
                          f"must have at least {schema['minLength']} characters")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise SchemaError(f"does not match {schema['pattern']}: {_show(value)}")
    if schema.get("format") == "date-time" and _datetime(value) is None:
        raise SchemaError(f"must be a date and time with a time zone (ISO 8601), got {_show(value)}")


def _check_minimum(value, minimum) -> None:
    if type(value) in (int, float) and value < minimum:
        raise SchemaError(f"must be at least {minimum}")


def _resolve(root: dict, ref: str) -> dict:
    if not ref.startswith("#/"):
        raise NotImplementedError(f"schema reference {ref!r} is not local")
    node = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _type(value) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "integer", float: "number", str: "string",
            list: "array", dict: "object"}.get(type(value), type(value).__name__)


# --- streaming JSON ----------------------------------------------------------------------------

def _members(tokens: "_Tokens") -> Iterator[tuple[str, int | None, object]]:
    """The top-level members as (key, None, value); the articles one at a time as
    ("articles", index, article), after ("articles", None, _STREAMED)."""
    tokens.take("{")
    seen: set[str] = set()
    closed = tokens.peek() == "}"
    while not closed:
        key = tokens.value()
        if not isinstance(key, str):
            tokens.fail("invalid JSON: expected a member name")
        if key in seen:
            tokens.fail(f"{key!r} appears twice")
        seen.add(key)
        tokens.take(":")
        if key == "articles" and tokens.peek() == "[":
            yield from _streamed_array(tokens, key)
        else:
            yield key, None, tokens.value()
        closed = tokens.take(",}") == "}"
    if seen == set():
        tokens.take("}")
    if tokens.peek() is not None:
        tokens.fail("unexpected data after the document")


def _streamed_array(tokens: "_Tokens", key: str) -> Iterator[tuple[str, int | None, object]]:
    tokens.take("[")
    yield key, None, _STREAMED
    closed, index = tokens.peek() == "]", 0
    while not closed:
        yield key, index, tokens.value()
        index += 1
        closed = tokens.take(",]") == "]"
    if index == 0:
        tokens.take("]")


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


class _Tokens:
    """A JSON text read from a byte stream a value at a time: ``raw_decode`` on a buffer that
    grows only as far as the next value needs, up to ``limit`` characters."""

    def __init__(self, stream: BinaryIO, name: str, limit: int):
        self.stream, self.name, self.limit = stream, name, limit
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.json = json.JSONDecoder(parse_constant=_refuse_constant)
        self.buffer, self.pos, self.line, self.eof = "", 0, 1, False

    def fail(self, message: str, offset: int | None = None):
        """Raise a ``RecordError`` at the current line (or at ``offset`` in the buffer)."""
        newlines = self.buffer.count("\n", 0, self.pos if offset is None else offset)
        raise RecordError(self.name, f"line {self.line + newlines}", message)

    def _fill(self, size: int = CHUNK) -> bool:
        """Drop what was read, read more; False at the end of the stream."""
        if self.eof:
            return False
        self.line += self.buffer.count("\n", 0, self.pos)
        self.buffer, self.pos = self.buffer[self.pos:], 0
        data = self.stream.read(size)
        self.eof = not data
        try:
            self.buffer += self.decoder.decode(data, final=self.eof)
        except UnicodeDecodeError:
            self.fail("not valid UTF-8; save the file as UTF-8", len(self.buffer))
        return True

    def peek(self) -> str | None:
        """The next character that is not white space, or None at the end."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._fill():
                return None

    def take(self, expected: str) -> str:
        """Consume one of the characters in ``expected``."""
        char = self.peek()
        if char is None or char not in expected:
            found = "the end of the file" if char is None else repr(char)
            self.fail(f"invalid JSON: expected {' or '.join(map(repr, expected))}, found {found}")
        self.pos += 1
        return char

    def value(self):
        """The next JSON value."""
        self.peek()
        while True:
            try:
                value, end = self.json.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self._more():
                    continue
                self.fail(f"invalid JSON: {exc.msg}", exc.pos)
            except RecursionError:
                self.fail("invalid JSON: nested too deeply")
            except ValueError as exc:
                self.fail(f"invalid JSON: {exc}")
            if end == len(self.buffer) and self._more():
                continue  # a number at the end of the buffer may go on
            self.pos = end
            return value

    def _more(self) -> bool:
        """Read more for a value that does not fit yet; False at the end of the stream."""
        if len(self.buffer) - self.pos > self.limit:
            self.fail(f"a record is larger than the limit of {self.limit:,} bytes, or not valid JSON")
        return self._fill(max(CHUNK, len(self.buffer) - self.pos))
