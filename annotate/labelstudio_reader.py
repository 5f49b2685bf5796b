"""Reading a Label Studio JSON export (SPEC §4: a project moves to *or from* Label Studio). Pure:
no Flask, no database.

The tasks are read from the stream one at a time (``json_stream``) as a ``Dataset``
(``dataset_reader``), so the import that brings back a ``json`` export stores them: all or
nothing, new articles added, stored ones merged, an annotation that differs from one here
refused. What Label Studio holds becomes:

- a task's ``data``: the article (``text`` and the import format's optional fields), split into
  sentences here (Label Studio has none);
- an annotation (not cancelled; predictions are ignored): one reviewer's work, named by the
  ``reviewer: NAME`` line of its regions' meta text (a ``labelstudio`` export of annotate writes
  it) or else ``labelstudio-ID`` after its ``completed_by``;
- a region (its results share an id): one sentence's annotation. The ``Labels`` result is the
  claim type, a per-region ``Choices`` named ``status`` the status, a per-region ``TextArea``
  named ``source`` the source (registered as kind "other" when new), the region's meta text the
  note and evidence. The region must lie inside one sentence; narrower than the sentence, it is
  the annotation's span;
- the meta text's task state: the state of the reviewer's task on the article, which the import
  creates when there is none here ("submitted" when no region of theirs says; two different
  states for one reviewer in one task refuse the file).

The meta text is read from its last line ``annotate-data: {JSON}`` (the layout
``labelstudio_writer`` explains) and only from it: its lines for people must be the ones that
JSON renders, or the file is refused (they were edited and the JSON line was not). A meta text
without that line (annotate before issue 13, or typed in Label Studio) is read as lines
``reviewer:``, ``task_state:``, ``note:`` and ``evidence: URL QUOTE``; a line without a key goes
on the entry before it, or, first, starts a note.

Anything else (a region across sentences, two in one sentence by one reviewer, a label outside
annotate's claim types, offsets whose text is not the text Label Studio saved) refuses the file
with the place named, e.g. ``tasks[3].annotations[0].result[2]``.
"""

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO, NoReturn

from annotate.annotation_input import AnnotationInvalid, clean_annotation
from annotate.dataset_reader import (
    ARTICLE_FIELDS,
    RECORD_FACTOR,
    Dataset,
    ExportedAnnotation,
    ExportedArticle,
    ExportedSentence,
    ExportedSource,
    Person,
    parse_datetime,
    task_states,
)
from annotate.importing import RecordError, validate
from annotate.json_stream import CHUNK, Tokens, streamed_array
from annotate.labels import DEFAULT_STATUS
from annotate.labelstudio_writer import META_DATA, readable_meta
from annotate.names import clean_label, name_key
from annotate.segment import split_sentences

# The values of an ``annotate-data:`` line and their JSON types (task_state may be null).
META_TYPES: dict[str, type | tuple[type, ...]] = {"reviewer": str, "task_state": (str, type(None)), "note": str,
                                                  "evidence": list}
USERNAME_CHARS = re.compile(r"[^A-Za-z0-9._-]")
META_LINE = re.compile(r"^(reviewer|task_state|note|evidence): ?(.*)$")


def is_label_studio(stream: BinaryIO, max_record_bytes: int = CHUNK) -> bool:
    """True when the JSON in ``stream`` is a list whose first item is a Label Studio task (of at
    most the import's record size); rewinds."""
    start = stream.tell()
    try:
        tokens = Tokens(stream, "", max_record_bytes * RECORD_FACTOR)
        if tokens.peek() != "[":
            return False
        tokens.take("[")
        first = tokens.value() if tokens.peek() == "{" else None
        return isinstance(first, dict) and isinstance(first.get("data"), dict) and "text" not in first
    except RecordError:
        return False
    finally:
        stream.seek(start)


class LabelStudioTasks(Dataset):
    """A checked Label Studio export; ``articles`` reads the tasks again, one at a time (ids are
    counted as on the first pass, so they match its sources and people)."""

    def articles(self, on_progress: Callable[[int], None] = lambda position: None) -> Iterator[ExportedArticle]:
        self.stream.seek(self.start)
        reading = _Reading(self.name, self.limit // RECORD_FACTOR)
        for index, task in _tasks(Tokens(self.stream, self.name, self.limit)):
            yield reading.article(task, index)
            on_progress(self.stream.tell())


def read_label_studio(stream: BinaryIO, name: str, max_record_bytes: int,
                      on_progress: Callable[[int], None] = lambda position: None) -> LabelStudioTasks:
    """Check every task (a first pass, nothing kept but sources and people); ``RecordError`` at
    the first problem."""
    start, limit = stream.tell(), max_record_bytes * RECORD_FACTOR
    reading = _Reading(name, max_record_bytes)
    count = 0
    for index, task in _tasks(Tokens(stream, name, limit)):
        reading.article(task, index)
        count += 1
        on_progress(stream.tell())
    now = datetime.now(UTC)
    sources = [ExportedSource(id=source_id, name=source_name, kind="other", aliases=[],
                              description="named in a Label Studio import", created_at=now, updated_at=now,
                              where=where)
               for source_id, source_name, where in reading.sources.values()]
    return LabelStudioTasks(name=name, sources=sources, people=reading.people, max_ids=dict(reading.ids),
                            article_count=count, stream=stream, start=start, limit=limit)


def _tasks(tokens: Tokens) -> Iterator[tuple[int, Any]]:
    """The tasks of the list ``tokens`` holds, one at a time, with their places in it."""
    for member in streamed_array(tokens, "tasks"):
        if member.number is not None:
            yield member.number, member.value
    if tokens.peek() is not None:
        tokens.fail("unexpected data after the list of tasks")


class _Reading:
    """Tasks turned into articles, with ids counted the same way on both passes."""

    def __init__(self, name: str, max_record_bytes: int):
        self.name, self.max_record_bytes = name, max_record_bytes
        self.ids = {"article": 0, "sentence": 0, "annotation": 0, "source": 0}
        self.sources: dict[str, tuple[int, str, str]] = {}  # folded name → (id, name, where first named)
        self.people: dict[str, Person] = {}
        self.texts: dict[str, str] = {}  # SHA-256 of a text → the task that has it

    def _next(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]

    def fail(self, where: str, message: str) -> NoReturn:
        """Refuse the file: ``message`` at ``where``."""
        raise RecordError(self.name, where, message)

    def article(self, task, index: int) -> ExportedArticle:
        where = f"tasks[{index}]"
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            self.fail(where, "not a Label Studio task (an object with 'data')")
        data = task["data"]
        record = validate({key: data[key] for key in ARTICLE_FIELDS if key in data and data[key] not in ("", None)},
                          self.name, where + ".data", self.max_record_bytes)
        first = self.texts.setdefault(record.text_sha256, where)
        if first != where:
            self.fail(where, f"the same text as {first}; annotate keeps one article per text")
        sentences = [ExportedSentence(id=self._next("sentence"), position=position, start=s.start, end=s.end,
                                      kind=s.kind, annotations=[], final=None, where=f"{where} sentence {position}")
                     for position, s in enumerate(split_sentences(record.text, record.settle_language()))]
        annotations = task.get("annotations") or []
        if not isinstance(annotations, list):
            self.fail(where + ".annotations", "must be a list")
        taken: set[tuple[str, int]] = set()  # (reviewer, sentence position) across the task's annotations
        for number, annotation in enumerate(annotations):
            if not isinstance(annotation, dict):
                self.fail(f"{where}.annotations[{number}]", "must be an object")
            if not annotation.get("was_cancelled"):
                self._annotation(annotation, f"{where}.annotations[{number}]", record.text, sentences, taken)
        created = parse_datetime(task["created_at"]) if isinstance(task.get("created_at"), str) else None
        return ExportedArticle(id=self._next("article"), record=record,
                               created_at=created or datetime.now(UTC), sentences=sentences, where=where,
                               task_states=task_states(sentences, self.name))

    def _annotation(self, annotation: dict, where: str, text: str, sentences: list[ExportedSentence],
                    taken: set[tuple[str, int]]) -> None:
        results = annotation.get("result") or []
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            self.fail(where + ".result", "must be a list of objects")
        regions: dict[str, list[tuple[int, dict]]] = {}
        for number, result in enumerate(results):
            if result.get("type") != "relation":  # relations between regions: annotate has none
                regions.setdefault(str(result.get("id")), []).append((number, result))
        reviewer = self._reviewer(annotation, results, where)
        stamps = [parse_datetime(annotation[key]) if isinstance(annotation.get(key), str) else None
                  for key in ("created_at", "updated_at")]
        created = stamps[0] or datetime.now(UTC)
        updated = stamps[1] or created
        for parts in regions.values():
            at = f"{where}.result[{parts[0][0]}]"
            values, start, end = self._region(parts, at, text)
            sentence = next((s for s in sentences if s.start <= start and end <= s.end), None)
            if sentence is None:
                self.fail(at, f"the region [{start}, {end}) is not inside one sentence; annotate labels "
                              "sentences (a narrower span must lie inside one)")
            if (reviewer.lower(), sentence.position) in taken:
                self.fail(at, f"a second region in sentence {sentence.position} by {reviewer!r}; annotate "
                              "keeps one annotation per sentence and reviewer")
            taken.add((reviewer.lower(), sentence.position))
            source_id = self._source(values.pop("source", None), at)
            task_state = values.pop("task_state", None)
            try:
                cleaned = clean_annotation({**values, "span": {"start": start, "end": end}},
                                           sentence.start, sentence.end)
            except AnnotationInvalid as problem:
                self.fail(at, str(problem))
            sentence.annotations.append(ExportedAnnotation(
                id=self._next("annotation"), reviewer=reviewer, reviewer_id=0, source_id=source_id, version=1,
                created_at=created, updated_at=updated, where=at, task_state=task_state, **cleaned))

    def _region(self, parts: list[tuple[int, dict]], at: str, text: str) -> tuple[dict, int, int]:
        """The values of one region (its results) and its offsets, which all its results share."""
        values: dict[str, Any] = {"status": DEFAULT_STATUS, "note": "", "evidence": []}
        offsets: set[tuple[int, int]] = set()
        for number, result in parts:
            value = result.get("value")
            if not isinstance(value, dict):
                self.fail(at, f"result {number} has no value")
            offsets.add(self._offsets(value, at, text))
            self._result(result, value, values, at, text)
            values.update({key: value for key, value in self._meta(result.get("meta"), at).items()
                           if key != "reviewer"})
        if "claim_type" not in values:
            self.fail(at, "a region without a claim type label (a Labels result)")
        if len(offsets) != 1:
            self.fail(at, "the results of one region have different offsets")
        start, end = offsets.pop()
        return values, start, end

    def _offsets(self, value: dict, at: str, text: str) -> tuple[int, int]:
        """A result's start and end: whole numbers, start before end, inside the text."""
        start, end = value.get("start"), value.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            self.fail(at, "a text region needs whole-number start < end inside the text")
        return start, end

    def _result(self, result: dict, value: dict, values: dict[str, Any], at: str, text: str) -> None:
        """What one result says, into ``values``: the claim type (``Labels``), the status (the
        ``Choices`` named status) or the source (the ``TextArea`` named source); others say nothing."""
        kind, control = result.get("type"), result.get("from_name")
        if kind == "labels":
            values["claim_type"] = self._label(value, at, text)
        elif kind == "choices" and control == "status":
            values["status"] = self._status(value, at)
        elif kind == "textarea" and control == "source":
            values["source"] = self._source_name(value, at)

    def _label(self, value: dict, at: str, text: str) -> str:
        """The claim type of a ``Labels`` result, whose text (if given) must be the task's at its offsets."""
        labels, start, end = value.get("labels"), value["start"], value["end"]
        if not (isinstance(labels, list) and len(labels) == 1 and isinstance(labels[0], str) and labels[0]):
            self.fail(at, "a region has exactly one claim type label (a list of one text)")
        if isinstance(value.get("text"), str) and value["text"] != text[start:end]:
            self.fail(at, f"its text {value['text'][:60]!r} is not the task's text at [{start}, {end}) "
                          f"({text[start:end][:60]!r})")
        return labels[0]

    def _status(self, value: dict, at: str) -> str:
        """The status of a ``Choices`` result: one choice."""
        choices = value.get("choices")
        if not (isinstance(choices, list) and len(choices) == 1 and isinstance(choices[0], str)):
            self.fail(at, "the status is one choice (a list of one text)")
        return choices[0]

    def _source_name(self, value: dict, at: str) -> str | None:
        """The source of a ``TextArea`` result (a text or a list of texts): one name, or None when blank."""
        entries = value.get("text")
        entries = [entries] if isinstance(entries, str) else entries
        if not (isinstance(entries, list) and all(isinstance(entry, str) for entry in entries)):
            self.fail(at, "the source is a list of texts")
        names = [entry.strip() for entry in entries if entry.strip()]
        if len(names) > 1:
            self.fail(at, f"one source per region, found {len(names)}")
        return names[0] if names else None

    def _meta(self, meta, at: str) -> dict[str, Any]:
        """What a result's meta text says (``reviewer``, ``task_state``, ``note``, ``evidence``;
        each only when it says it): from its ``annotate-data:`` line, else from the older lines."""
        lines = _meta_lines(meta)
        marked = [number for number, line in enumerate(lines) if line.startswith(META_DATA)]
        if not marked:
            return _older_meta(lines)
        number = marked[-1]  # the writer's line is the last one: a note cannot come after it
        try:
            values = json.loads(lines[number][len(META_DATA):])
        except ValueError as error:
            self.fail(at, f"the meta text's {META_DATA.strip()} line is not JSON ({error})")
        if not (isinstance(values, dict) and set(values) <= set(META_TYPES)
                and all(isinstance(values[key], META_TYPES[key]) for key in values)
                and all(_evidence_item(item) for item in values.get("evidence", []))):
            self.fail(at, f"the meta text's {META_DATA.strip()} line must be an object of reviewer (text), "
                          "task_state (text or null), note (text) and evidence (a list of objects with a "
                          "url and an optional quote, both text)")
        readable = "\n".join(lines[:number] + lines[number + 1:]).rstrip()
        if readable != readable_meta(values):
            self.fail(at, f"the meta text's lines were changed but not its {META_DATA.strip()} line, which "
                          "annotate reads: change that line as well, or delete it to have the lines read")
        return {key: value for key, value in values.items() if value not in (None, "")}

    def _reviewer(self, annotation: dict, results: list[dict], where: str) -> str:
        """The ``reviewer:`` line of a region's meta text, else ``labelstudio-`` and its author."""
        for number, result in enumerate(results):
            reviewer = self._meta(result.get("meta"), f"{where}.result[{number}]").get("reviewer", "").strip()
            if reviewer:
                return self._person(reviewer, where)
        author = annotation.get("completed_by")
        if isinstance(author, dict):
            author = author.get("email") or author.get("id")
        name = USERNAME_CHARS.sub("-", str(author).split("@")[0]) if author not in (None, "") else "unknown"
        return self._person(f"labelstudio-{name}"[:80], where)

    def _person(self, username: str, where: str) -> str:
        self.people.setdefault(username.lower(), Person(username=username, id=None, where=where))
        return username

    def _source(self, name: str | None, where: str) -> int | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self.sources:
            self.sources[key] = (self._next("source"), clean_label(name), where)
        return self.sources[key][0]


def _meta_lines(meta) -> list[str]:
    """The lines of a result's meta text (a text or a list of texts)."""
    text = meta.get("text") if isinstance(meta, dict) else None
    items = text if isinstance(text, list) else [text]
    return "\n".join(item for item in items if isinstance(item, str)).replace("\r\n", "\n").split("\n")


def _older_meta(lines: list[str]) -> dict[str, Any]:
    """What meta lines without an ``annotate-data:`` line say (the layout before issue 13)."""
    entries = _meta_entries(lines)
    values: dict[str, Any] = {}
    for key in ("reviewer", "task_state"):
        first = next((text.split("\n")[0].strip() for name, text in entries if name == key), "")
        if first:
            values[key] = first
    notes = [text for key, text in entries if key == "note"]
    evidence = [dict(zip(("url", "quote"), text.partition(" ")[::2], strict=True))
                for key, text in entries if key == "evidence"]
    if notes:
        values["note"] = "\n".join(notes)
    if evidence:
        values["evidence"] = evidence
    return values


def _meta_entries(lines: list[str]) -> list[tuple[str, str]]:
    """(key, text) of each ``reviewer:``, ``task_state:``, ``note:`` or ``evidence:`` line;
    a line without a key goes on the entry before it, or, first, starts a note (typed in Label
    Studio's meta box)."""
    entries: list[list[str]] = []
    for line in lines:
        match = META_LINE.match(line)
        if match:
            entries.append([match.group(1), match.group(2)])
        elif entries:
            entries[-1][1] += "\n" + line
        elif line.strip():
            entries.append(["note", line])
    return [(key, value) for key, value in entries]


def _evidence_item(item) -> bool:
    """An evidence entry of an ``annotate-data`` line: an object of a text url and maybe a text quote
    (what the writer puts there; anything else is refused, never read)."""
    return (isinstance(item, dict) and set(item) <= {"url", "quote"} and isinstance(item.get("url"), str)
            and isinstance(item.get("quote", ""), str))
