"""A reviewer's annotations: reading and saving them with optimistic versions, audited.

Every save names the version it read (the task must be open: ``TaskClosed`` otherwise). The
update is a compare-and-swap in SQL (``WHERE version = :read``), so two tabs or two clients can
never overwrite each other silently: the later one gets ``AnnotationConflict`` with the stored
value.
"""

from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, insert, select, update

from annotate.annotation_input import AnnotationInvalid, clean_annotation
from annotate.errors import Conflict, NotFound
from annotate.extensions import db
from annotate.labels import DEFAULT_STATUS, OPEN_TASK_STATES
from annotate.models import Annotation, AuditEvent, Sentence, Source, Task, User, utcnow
from annotate.services import audit, claim_index
from annotate.services.sources import source_named, usable_source
from annotate.services.tasks import hold_if_open, mark_in_progress
from annotate.services.transaction import rows_changed, transaction


class AnnotationNotFound(NotFound):
    """No such sentence, or none the caller reviews (the same answer, on purpose)."""


NOT_AMONG_YOURS = "No sentence with that id among your tasks."
# Why a reviewer no longer has a task they had, by the action of the task's audit event: the
# message, and the word a refusal's details carry (``{"task": "revoked"}``) for the page's script.
TAKEN_AWAY = {"revoke": ("This task was revoked by an admin; your annotations are kept.", "revoked"),
              "reassign": ("This task was reassigned.", "reassigned")}


def taken_away(reviewer_id: int, *, task_id: int | None = None,
               article_id: int | None = None) -> tuple[str, dict] | None:
    """Why the reviewer lost their task (``task_id``, or their task on ``article_id``), from
    its last revoke or reassign event away from them: the message and the details of the
    refusal; None when they had no such task. Only events whose ``before`` names this reviewer
    count, so that nobody learns anything of another reviewer's tasks."""
    query = select(AuditEvent.action).where(
        AuditEvent.entity_type == "task", AuditEvent.action.in_(tuple(TAKEN_AWAY)),
        AuditEvent.before["reviewer_id"].as_integer() == reviewer_id)
    if task_id is not None:
        query = query.where(AuditEvent.entity_id == task_id)
    elif article_id is not None:
        query = query.where(AuditEvent.before["article_id"].as_integer() == article_id)
    else:
        return None
    action = db.session.scalar(query.order_by(AuditEvent.id.desc()).limit(1))
    if action is None:
        return None
    message, word = TAKEN_AWAY[action]
    return message, {"task": word}


def _not_among_yours(sentence_id: int, reviewer_id: int, task_id: int | None = None) -> AnnotationNotFound:
    """The refusal of a sentence the caller has no task on; it says why when they had one
    taken away (revoked, or given to someone else)."""
    if task_id is None:
        article_id = db.session.scalar(select(Sentence.article_id).where(Sentence.id == sentence_id))
        reason = taken_away(reviewer_id, article_id=article_id) if article_id is not None else None
    else:
        reason = taken_away(reviewer_id, task_id=task_id)
    return AnnotationNotFound(*reason) if reason else AnnotationNotFound(NOT_AMONG_YOURS)


class AnnotationConflict(Conflict):
    """The save was refused: the stored annotation is not the version the caller read;
    ``current`` (also in ``details``) is the stored one."""

    def __init__(self, message: str, current: dict):
        super().__init__(message, {"current": current})
        self.current = current


class TaskClosed(AnnotationConflict):
    """The save was refused because the task is submitted or accepted, whatever the version:
    choosing "mine" or "theirs" cannot help, only an admin returning the task can."""

    code = "task_closed"

    def __init__(self, task_state: str, current: dict):
        super().__init__(f"The task is {task_state}; ask an admin to return it before changing it.",
                         current)
        self.task_state = task_state


# What a save writes besides the ids; an annotation's fields as a dict of these.
_FIELDS = ("claim_type", "status", "source_id", "span_start", "span_end", "note", "evidence", "version",
           "updated_at")


class _Target(NamedTuple):
    """A sentence the caller reviews, their task on its article, and their annotation of it."""

    start: int
    end: int
    task_id: int
    task_state: str
    annotation_id: int | None
    fields: dict | None  # the annotation's ``_FIELDS``; None when there is none yet
    source: dict | None  # its source as ``serialize`` shows it


# Built once: every read and save runs it, and building a statement costs more than running it.
# Columns, not objects: a save needs a few values, and loading four objects costs more.
_TARGET = (
    select(Sentence.start, Sentence.end, Task.id.label("task_id"), Task.state.label("task_state"),
           Annotation.id.label("annotation_id"), *(getattr(Annotation, name) for name in _FIELDS),
           Source.name.label("source_name"), Source.kind.label("source_kind"))
    .join(Task, Task.article_id == Sentence.article_id)
    .outerjoin(Annotation, (Annotation.sentence_id == Sentence.id)
               & (Annotation.reviewer_id == bindparam("reviewer_id")))
    .outerjoin(Source, Source.id == Annotation.source_id)
    .where(Sentence.id == bindparam("sentence_id"), Task.reviewer_id == bindparam("reviewer_id"))
)


def _target(sentence_id: int, reviewer_id: int) -> _Target:
    """The sentence, the caller's task on its article and the caller's annotation of it, in
    one query; or ``AnnotationNotFound``."""
    row = db.session.execute(_TARGET, {"sentence_id": sentence_id, "reviewer_id": reviewer_id}).first()
    if row is None:
        raise _not_among_yours(sentence_id, reviewer_id)
    found = row._mapping
    fields = {name: found[name] for name in _FIELDS} if row.annotation_id is not None else None
    source = None
    if row.source_id is not None:
        source = {"id": row.source_id, "name": row.source_name, "kind": row.source_kind}
    return _Target(row.start, row.end, row.task_id, row.task_state, row.annotation_id, fields, source)


def serialize(annotation: Annotation | None, sentence_id: int) -> dict:
    """An annotation as pages and the API show it; version 0 when there is none yet."""
    if annotation is None:
        return _shown(sentence_id, None, None)
    return _shown(sentence_id, {name: getattr(annotation, name) for name in _FIELDS},
                  _source_shown(annotation.source))


def _source_shown(source: Source | None) -> dict | None:
    return {"id": source.id, "name": source.name, "kind": source.kind} if source else None


def _shown(sentence_id: int, fields: dict | None, source: dict | None) -> dict:
    """``serialize`` of an annotation's fields (None: no annotation yet) and its source."""
    if fields is None:
        return {"sentence_id": sentence_id, "version": 0, "claim_type": None,
                "status": DEFAULT_STATUS, "source": None, "source_id": None, "span": None,
                "note": "", "evidence": [], "updated_at": None}
    span = None
    if fields["span_start"] is not None:
        span = {"start": fields["span_start"], "end": fields["span_end"]}
    return {
        "sentence_id": sentence_id, "version": fields["version"],
        "claim_type": fields["claim_type"], "status": fields["status"],
        "source": dict(source) if source else None,
        "source_id": fields["source_id"], "span": span, "note": fields["note"],
        "evidence": list(fields["evidence"] or []),
        "updated_at": fields["updated_at"].isoformat() if fields["updated_at"] else None,
    }


def _stored(sentence_id: int, reviewer_id: int) -> Annotation | None:
    return db.session.scalar(select(Annotation).where(
        Annotation.sentence_id == sentence_id, Annotation.reviewer_id == reviewer_id))


def annotation_of(sentence_id: int, reviewer_id: int) -> dict:
    """The caller's annotation of a sentence (version 0 when none), or ``AnnotationNotFound``."""
    target = _target(sentence_id, reviewer_id)
    return _shown(sentence_id, target.fields, target.source)


def save(sentence_id: int, reviewer_id: int, data: dict) -> dict:
    """Save the caller's annotation if ``data["version"]`` is the stored one; return it."""
    # A concurrent first save of the same sentence may win the insert: then this one is stale.
    with transaction(on_conflict=lambda: _changed_elsewhere(sentence_id, reviewer_id)):
        # Everything is read and checked before the task is held, so that the hold (on SQLite:
        # the database's write lock, which every other save waits for) lasts for the writes
        # alone; the compare-and-swap below catches a change made in between.
        target = _target(sentence_id, reviewer_id)
        if target.task_state not in OPEN_TASK_STATES:  # closed: the reason, whatever the data says
            raise TaskClosed(target.task_state, _shown(sentence_id, target.fields, target.source))
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise AnnotationInvalid({"version": "required: the version you read (0 for a new annotation)"})
        values, source = _storable(clean_annotation(data, target.start, target.end), reviewer_id)
        if not hold_if_open(target.task_id, reviewer_id):  # held until this transaction ends
            state = db.session.scalar(select(Task.state).where(Task.id == target.task_id,
                                                               Task.reviewer_id == reviewer_id))
            if state is None:  # revoked or reassigned since it was read
                raise _not_among_yours(sentence_id, reviewer_id, target.task_id)
            raise TaskClosed(state, serialize(_stored(sentence_id, reviewer_id), sentence_id))
        saved = _write(sentence_id, reviewer_id, version, values, target, source)
        if saved is None:
            raise _changed_elsewhere(sentence_id, reviewer_id)
        if "claim_type" in values and (target.fields or {}).get("claim_type") != values["claim_type"]:
            claim_index.labelled(sentence_id, values["claim_type"])  # a claim joins the desk's memory
        task = (db.session.get(Task, target.task_id, populate_existing=True)
                if target.task_state == "assigned" else None)
        if task is not None:  # the first save starts the task (read again, even if loaded before: held now)
            mark_in_progress(task, actor_id=reviewer_id)
    return saved


def _changed_elsewhere(sentence_id: int, reviewer_id: int) -> "AnnotationConflict":
    """The refusal of a stale save, carrying the stored annotation to choose from."""
    return AnnotationConflict("This annotation was changed elsewhere since you read it.",
                              serialize(_stored(sentence_id, reviewer_id), sentence_id))


def _storable(values: dict, reviewer_id: int) -> tuple[dict, Source | None]:
    """Column values from checked fields (a source name becomes its id, the span two columns),
    and the source they name when they name one: an approved source or the reviewer's own
    proposal (another reviewer's proposal is as unknown as a source that does not exist)."""
    source = None
    if "source_name" in values:
        label = values.pop("source_name")
        source = source_named(label, for_reviewer=reviewer_id) if label.strip() else None
        if label.strip() and source is None:
            raise AnnotationInvalid({"source_name": f"“{' '.join(label.split())}” is not in the registry"})
        values["source_id"] = source.id if source else None
    if values.get("source_id") is not None:
        source = usable_source(values["source_id"], reviewer_id)
        if source is None:
            raise AnnotationInvalid({"source_id": "no source with that id"})
    if "span" in values:
        span = values.pop("span")
        values["span_start"], values["span_end"] = (span["start"], span["end"]) if span else (None, None)
    return values, source


# Built once, every column bound, so that each save runs one compiled statement (Core: the rows
# are not the session's objects), whichever fields it was sent. Bound names may not be column names.
_TABLE = cast(Table, Annotation.__table__)
_SET = {name: bindparam(f"new_{name}", type_=_TABLE.c[name].type) for name in _FIELDS}
_INSERT = (insert(_TABLE).values(sentence_id=bindparam("new_sentence_id"), reviewer_id=bindparam("new_reviewer_id"),
                                 **_SET).returning(_TABLE.c.id))
_UPDATE = update(_TABLE).where(_TABLE.c.id == bindparam("annotation_id"),
                               _TABLE.c.version == bindparam("read_version")).values(**_SET)


def _write(sentence_id: int, reviewer_id: int, version: int, values: dict, target: _Target,
           source: Source | None) -> dict | None:
    """Insert the annotation or compare-and-swap update it; the annotation as saved, or None
    when the stored version is not ``version``. Nothing that would not change makes a new
    version or an audit event."""
    annotation_id, stored = target.annotation_id, target.fields
    if annotation_id is None or stored is None:
        if version != 0:
            return None
        fields = {"claim_type": None, "status": DEFAULT_STATUS, "source_id": None, "span_start": None,
                  "span_end": None, "note": "", "evidence": [], **values, "version": 1, "updated_at": utcnow()}
        annotation_id = db.session.execute(_INSERT, {
            "new_sentence_id": sentence_id, "new_reviewer_id": reviewer_id, **_bound(fields)}).scalar_one()
        saved = _shown(sentence_id, fields, _source_shown(source))
        audit.record("annotation", annotation_id, "create", actor_id=reviewer_id, after=saved)
        return saved
    if stored["version"] != version:
        return None
    before = _shown(sentence_id, stored, target.source)
    if all(stored[key] == value for key, value in values.items()):
        return before
    fields = {**stored, **values, "version": version + 1, "updated_at": utcnow()}
    if rows_changed(_UPDATE, {"annotation_id": annotation_id, "read_version": version, **_bound(fields)}) != 1:
        return None
    saved = _shown(sentence_id, fields, _source_shown(source) if "source_id" in values else target.source)
    audit.record("annotation", annotation_id, "update", actor_id=reviewer_id, before=before, after=saved)
    return saved


def _bound(fields: dict) -> dict:
    return {f"new_{name}": value for name, value in fields.items()}


def history(sentence_id: int, reviewer_id: int | None = None) -> list[dict]:
    """Audit events of a sentence's annotations (one reviewer's, or all), oldest first."""
    query = (select(AuditEvent, User.username)
             .join(Annotation, (AuditEvent.entity_type == "annotation") & (AuditEvent.entity_id == Annotation.id))
             .outerjoin(User, User.id == AuditEvent.actor_id)
             .where(Annotation.sentence_id == sentence_id).order_by(AuditEvent.id))
    if reviewer_id is not None:
        query = query.where(Annotation.reviewer_id == reviewer_id)
    return [{"at": event.at.isoformat(), "who": username, "action": event.action,
             "before": event.before, "after": event.after}
            for event, username in db.session.execute(query)]
