"""Reading a ``json`` export back (SPEC §3, §4), checked against the shipped JSON Schema and
the dataset's own rules. Pure: no Flask, no database.

The document is read from the stream a top-level member, or one article, at a time
(``json_stream``), so a large export is never held whole in memory: ``read_dataset`` checks all
of it (a first pass, before anything is stored) and ``Dataset.articles`` reads the articles again
for storing (a second pass). Every problem is a ``RecordError`` naming the record, e.g.
``articles[3].sentences[2]``.

The shipped JSON Schema is applied by fastjsonschema (``check_schema``), which compiles it to
Python once: one member or article at a time, on both passes (a file changed between them is
refused, not half-read). jsonschema, the reference implementation, was 20 times slower here
(some 7 ms an article of 25 sentences against 0.35 ms); the tests check both agree.
"""

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

import fastjsonschema

from annotate.annotation_input import AnnotationInvalid, clean_annotation, is_web_url
from annotate.dataset import SCHEMAS
from annotate.importing import ArticleRecord, RecordError, validate
from annotate.json_stream import CHUNK, STREAMED, Tokens, WrittenFloat, members
from annotate.labels import TASK_STATES
from annotate.numbers import MAX_ID

# The first members of an export; an article object has none of them.
EXPORT_KEYS = frozenset({"schema_version", "exported_at", "label_set", "sources", "articles"})
# One article with its sentences and annotations may be this many times an article's limit.
RECORD_FACTOR = 16
MAX_USERNAME = 80
ARTICLE_FIELDS = ("text", "title", "url", "publisher", "published_at", "language", "external_id", "meta")
ANNOTATION_FIELDS = ("claim_type", "status", "note", "evidence", "span")
# The task state of a reviewer whose annotations state none (a file from before exports carried
# task states, or a Label Studio project of its own): handed in, not yet accepted.
UNSTATED_TASK_STATE = "submitted"


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
    proposed_by: str | None = None  # a reviewer's proposal (status "proposed"): their username


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
    task_state: str | None = None  # the state of its task, when the file says


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
    review_url: str | None = None  # where the desk published its verdict


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
    """An article: its text and metadata (``record``), creation time and sentences, and the
    task state of each reviewer with annotations in it (by lower-case username)."""

    id: int
    record: ArticleRecord
    created_at: datetime
    sentences: list[ExportedSentence]
    where: str
    task_states: dict[str, str] = field(default_factory=dict)


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
        """The articles again, read one at a time, checked and built (the second pass)."""
        self.stream.seek(self.start)
        for key, index, value in members(Tokens(self.stream, self.name, self.limit), "articles"):
            if key == "articles" and index is not None:
                yield _article(value, f"articles[{index}]", self.name, self.limit // RECORD_FACTOR)
                on_progress(self.stream.tell())


# --- reading -----------------------------------------------------------------------------------

def is_dataset(stream: BinaryIO) -> bool:
    """True when the JSON in ``stream`` is an object whose first member is an export's; rewinds."""
    start = stream.tell()
    try:
        tokens = Tokens(stream, "", CHUNK)
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
    for key, index, value in members(Tokens(stream, name, limit), "articles"):
        if index is not None:
            census.add_article(_article(value, f"articles[{index}]", name, max_record_bytes))
            on_progress(stream.tell())
            continue
        present.add(key)
        if key not in schema["properties"]:
            raise RecordError(name, None, f"unknown field {key!r}; an export has {', '.join(schema['required'])}")
        if value is not STREAMED:
            _check(value, f"/properties/{key}", key, name)
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
        self.name, self.articles = name, 0
        self.sources: list[ExportedSource] = []
        self.people: dict[str, Person] = {}
        self.seen: dict[str, set] = {kind: set() for kind in ("source", "source name", "article", "text",
                                                               "sentence", "annotation")}
        self.max_ids = {"source": 0, "article": 0, "sentence": 0, "annotation": 0, "user": 0}
        self.user_names: dict[int, str] = {}
        self.used_sources: dict[int, str] = {}

    def _unique(self, kind: str, value: Any, where: str, what: str) -> None:
        if value in self.seen[kind]:
            raise RecordError(self.name, where, f"{what} appears twice in the file")
        self.seen[kind].add(value)
        if kind in self.max_ids:
            self.max_ids[kind] = max(self.max_ids[kind], value)

    def add_source(self, source: ExportedSource) -> None:
        """Register a source of the file; ids and names must be unique."""
        self._unique("source", source.id, source.where + ".id", f"source id {source.id}")
        self._unique("source name", source.name.casefold(), source.where + ".name", f"source {source.name!r}")
        if source.proposed_by is not None:  # the proposer is one of the people the file names
            self._person(source.proposed_by, None, source.where + ".proposed_by")
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
    if ("status" in item) != ("proposed_by" in item):
        raise RecordError(name, where, "'status' and 'proposed_by' come together (a reviewer's proposal)")
    return ExportedSource(id=_id(item["id"], where + ".id", name), name=item["name"], kind=item["kind"],
                          aliases=item["aliases"], description=item["description"],
                          created_at=_moment(item["created_at"], where + ".created_at", name),
                          updated_at=_moment(item["updated_at"], where + ".updated_at", name), where=where,
                          proposed_by=item.get("proposed_by"))


def _article(obj: Any, where: str, name: str, max_record_bytes: int) -> ExportedArticle:
    """One article built from the file's object, checked against the schema first."""
    _check(obj, "/$defs/article", where, name)
    record = validate({key: obj[key] for key in ARTICLE_FIELDS}, name, where, max_record_bytes)
    if record.text_sha256 != obj["text_sha256"]:
        raise RecordError(name, where + ".text_sha256", "does not match the text (the SHA-256 of its UTF-8)")
    sentences: list[ExportedSentence] = []
    end, position = 0, -1
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
                           created_at=_moment(obj["created_at"], where + ".created_at", name),
                           sentences=sentences, where=where, task_states=task_states(sentences, name))


def task_states(sentences: list[ExportedSentence], name: str) -> dict[str, str]:
    """The state of the task of each reviewer of an article (by lower-case username): the one
    their annotations state (one task, one state: two refuse the file), else ``submitted``."""
    stated: dict[str, tuple[str, str]] = {}  # reviewer → (state, where first stated)
    states: dict[str, str] = {}
    for annotation in (annotation for sentence in sentences for annotation in sentence.annotations):
        key, state = annotation.reviewer.lower(), annotation.task_state
        states.setdefault(key, UNSTATED_TASK_STATE)
        if state is None:
            continue
        if state not in TASK_STATES:
            raise RecordError(name, annotation.where + ".task_state",
                              f"must be one of {', '.join(TASK_STATES)}, got {state[:40]!r}")
        first, where = stated.setdefault(key, (state, annotation.where))
        if first != state:
            raise RecordError(name, annotation.where, f"task_state {state!r}, but {where} says {first!r}: "
                              f"{annotation.reviewer!r} has one task on an article, in one state")
        states[key] = state
    return states


def _sentence(item: dict, where: str, name: str) -> ExportedSentence:
    annotations: list[ExportedAnnotation] = []
    reviewers: set[str] = set()
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
        created_at=_moment(item["created_at"], where + ".created_at", name),
        updated_at=_moment(item["updated_at"], where + ".updated_at", name), where=where,
        task_state=item.get("task_state"), **values)


def _final(item: dict | None, where: str, name: str) -> ExportedFinal | None:
    if item is None:
        return None
    decided_at, decided_by = _moment(item["decided_at"], where + ".decided_at", name), item["decided_by"]
    review_url = item.get("review_url")
    if review_url is not None and not is_web_url(review_url):
        raise RecordError(name, where + ".review_url", "must be an http or https URL with a host")
    return ExportedFinal(claim_type=item["claim_type"], status=item["status"], method=item["method"],
                         source_id=_optional_id(item["source_id"], where + ".source_id", name),
                         decided_by=None if decided_by is None else _username(decided_by, where + ".decided_by", name),
                         decided_at=decided_at, where=where, review_url=review_url)


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


def _moment(value: Any, where: str, name: str) -> datetime:
    """A date and time with a time zone (the schema's "date-time"; ``decided_at`` may be null there)."""
    moment = parse_datetime(value) if isinstance(value, str) else None
    if moment is None:
        raise RecordError(name, where, "must be a date and time with a time zone")
    return moment


def parse_datetime(text: str) -> datetime | None:
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
    """A value breaks the shipped schema: ``message`` says how, ``path`` where (``articles[3].sentences[2]``)."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(f"{path}: {message}" if path else message)
        self.path, self.message = path, message


def check_schema(value: Any, part: str = "", path: str = "") -> None:
    """Raise ``SchemaError`` where ``value`` breaks ``part`` of the shipped schema (a JSON pointer
    such as ``/$defs/article``; the whole document by default). ``path`` is where ``value`` is."""
    try:
        _validator(part)(value)
    except fastjsonschema.JsonSchemaValueException as error:
        raise SchemaError(_MESSAGES.get(error.rule or "", _as_is)(error), _place(path, error.path[1:])) from None


def _check(value: Any, part: str, path: str, name: str) -> None:
    try:
        check_schema(value, part, path)
    except SchemaError as error:
        raise RecordError(name, error.path or None, error.message) from None


@functools.cache
def _validator(part: str) -> Callable[[Any], Any]:
    """``part`` of the schema compiled to Python once (fastjsonschema: some 0.3 ms for an
    article of 25 sentences); its ``$ref``s resolve in the shipped schema."""
    schema = export_schema()
    piece = schema
    for step in part.split("/")[1:]:  # a JSON pointer into the schema; its $refs point at $defs
        piece = piece[step]
    piece = {**piece, "$defs": schema["$defs"]}
    formats = {"date-time": lambda value: parse_datetime(value) is not None}
    return fastjsonschema.compile(piece, formats=formats)


def _place(path: str, steps: Iterable[str]) -> str:
    """``path`` and the steps below it, written ``articles[3].sentences[2].kind`` (the schema's
    objects have no keys made of digits: a step of digits is an index)."""
    for step in steps:
        path += f"[{step}]" if step.isdigit() else f".{step}" if path else step
    return path


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


_JSON_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", WrittenFloat: "number",
               str: "string", list: "array", dict: "object"}
_FORMAT_NAMES = {"date-time": "a date and time with a time zone (ISO 8601)"}
# What the error of each keyword the schema uses says: what is wrong and what was expected.
_MESSAGES: dict[str, Callable[[Any], str]] = {
    "type": lambda error: (f"must be {' or '.join(_listed(error.rule_definition))}, "
                           f"got {_JSON_TYPES.get(type(error.value), 'another type')}"),
    "const": lambda error: f"must be {json.dumps(error.rule_definition)}, got {_show(error.value)}",
    "enum": lambda error: (f"must be one of {', '.join(map(json.dumps, error.rule_definition))}, "
                           f"got {_show(error.value)}"),
    "required": lambda error: "missing " + ", ".join(repr(key) for key in error.rule_definition
                                                     if key not in error.value),
    "additionalProperties": lambda error: "unknown field(s) " + ", ".join(
        map(repr, sorted(set(error.value) - set(error.definition.get("properties", {}))))),
    "minLength": lambda error: ("must not be empty" if error.rule_definition == 1 else
                                f"must have at least {error.rule_definition} characters"),
    "pattern": lambda error: f"does not match {error.rule_definition}: {_show(error.value)}",
    "format": lambda error: (f"must be {_FORMAT_NAMES.get(error.rule_definition, error.rule_definition)}, "
                             f"got {_show(error.value)}"),
    "minimum": lambda error: f"must be at least {error.rule_definition}",
}


def _listed(types: str | list[str]) -> list[str]:
    return [types] if isinstance(types, str) else types


def _as_is(error: Any) -> str:
    return str(error.message)
