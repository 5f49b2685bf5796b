"""A reviewer's annotations: reading and saving them with optimistic versions, audited.

Every save names the version it read (the task must be open: ``TaskClosed`` otherwise). The
update is a compare-and-swap in SQL (``WHERE version = :read``), so two tabs or two clients can
never overwrite each other silently: the later one gets ``AnnotationConflict`` with the stored
value.
"""

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm.attributes import set_committed_value

from annotate.annotation_input import AnnotationInvalid, clean_annotation
from annotate.errors import Conflict, NotFound
from annotate.extensions import db
from annotate.labels import DEFAULT_STATUS
from annotate.models import Annotation, AuditEvent, Sentence, Source, Task, User, utcnow
from annotate.services import audit
from annotate.services.sources import source_named, usable_source
from annotate.services.tasks import hold_if_open, mark_in_progress
from annotate.services.transaction import rows_changed, transaction


class AnnotationNotFound(NotFound):
    """No such sentence, or none the caller reviews (the same answer, on purpose)."""


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


def reviewable(sentence_id: int, reviewer_id: int) -> tuple[Sentence, Task]:
    """The sentence and the caller's task on its article, or ``AnnotationNotFound``."""
    sentence, task, _ = _target(sentence_id, reviewer_id)
    return sentence, task


# Built once: every read and save runs it, and building a statement costs more than running it.
_TARGET = (
    select(Sentence, Task, Annotation, Source).join(Task, Task.article_id == Sentence.article_id)
    .outerjoin(Annotation, (Annotation.sentence_id == Sentence.id)
               & (Annotation.reviewer_id == bindparam("reviewer_id")))
    .outerjoin(Source, Source.id == Annotation.source_id)
    .where(Sentence.id == bindparam("sentence_id"), Task.reviewer_id == bindparam("reviewer_id"))
)


def _target(sentence_id: int, reviewer_id: int) -> tuple[Sentence, Task, Annotation | None]:
    """The sentence, the caller's task on its article and the caller's annotation of it (its
    source loaded with it), in one query; or ``AnnotationNotFound``."""
    row = db.session.execute(_TARGET, {"sentence_id": sentence_id, "reviewer_id": reviewer_id}).first()
    if row is None:
        raise AnnotationNotFound("No sentence with that id among your tasks.")
    if row.Annotation is not None:  # the session holds the source weakly: the annotation keeps it
        set_committed_value(row.Annotation, "source", row.Source)
    return row.Sentence, row.Task, row.Annotation


def serialize(annotation: Annotation | None, sentence_id: int) -> dict:
    """An annotation as pages and the API show it; version 0 when there is none yet."""
    if annotation is None:
        return {"sentence_id": sentence_id, "version": 0, "claim_type": None,
                "status": DEFAULT_STATUS, "source": None, "source_id": None, "span": None,
                "note": "", "evidence": [], "updated_at": None}
    source = annotation.source
    span = None
    if annotation.span_start is not None:
        span = {"start": annotation.span_start, "end": annotation.span_end}
    return {
        "sentence_id": sentence_id, "version": annotation.version,
        "claim_type": annotation.claim_type, "status": annotation.status,
        "source": {"id": source.id, "name": source.name, "kind": source.kind} if source else None,
        "source_id": annotation.source_id, "span": span, "note": annotation.note,
        "evidence": list(annotation.evidence or []),
        "updated_at": annotation.updated_at.isoformat() if annotation.updated_at else None,
    }


def _stored(sentence_id: int, reviewer_id: int) -> Annotation | None:
    return db.session.scalar(select(Annotation).where(
        Annotation.sentence_id == sentence_id, Annotation.reviewer_id == reviewer_id))


def annotation_of(sentence_id: int, reviewer_id: int) -> dict:
    """The caller's annotation of a sentence (version 0 when none), or ``AnnotationNotFound``."""
    _, _, annotation = _target(sentence_id, reviewer_id)
    return serialize(annotation, sentence_id)


def save(sentence_id: int, reviewer_id: int, data: dict) -> dict:
    """Save the caller's annotation if ``data["version"]`` is the stored one; return it."""
    # A concurrent first save of the same sentence may win the insert: then this one is stale.
    with transaction(on_conflict=lambda: _changed_elsewhere(sentence_id, reviewer_id)):
        # Read before the task is held (on SQLite: before the write lock is taken, so that the
        # lock is held for the writes alone); the compare-and-swap below catches a change
        # made in between.
        sentence, task, current = _target(sentence_id, reviewer_id)
        if not hold_if_open(task.id):  # held until this transaction ends: submits wait for it
            db.session.refresh(task)
            raise TaskClosed(task.state, serialize(_stored(sentence_id, reviewer_id), sentence_id))
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise AnnotationInvalid({"version": "required: the version you read (0 for a new annotation)"})
        values, source = _storable(clean_annotation(data, sentence.start, sentence.end), reviewer_id)
        saved = _write(sentence_id, reviewer_id, version, values, current, source)
        if saved is None:
            raise _changed_elsewhere(sentence_id, reviewer_id)
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


def _write(sentence_id: int, reviewer_id: int, version: int, values: dict, current: Annotation | None,
           source: Source | None) -> dict | None:
    """Insert or compare-and-swap update ``current``; the annotation as saved, or None when the
    stored version is not ``version``. Nothing that would not change makes a new version or an
    audit event."""
    if current is None:
        if version != 0:
            return None
        fields = {"status": DEFAULT_STATUS, "note": "", "evidence": [], **values}
        annotation = Annotation(sentence_id=sentence_id, reviewer_id=reviewer_id, version=1, **fields)
        db.session.add(annotation)
        db.session.flush()
        saved = serialize(annotation, sentence_id)
        audit.record("annotation", annotation.id, "create", actor_id=reviewer_id, after=saved)
        return saved
    if current.version != version:
        return None
    before = serialize(current, sentence_id)
    if all(getattr(current, key) == value for key, value in values.items()):
        return before
    now = utcnow()
    changed = rows_changed(
        update(Annotation).where(Annotation.id == current.id, Annotation.version == version)
        .values(**values, version=version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if changed != 1:
        return None
    # The row now holds exactly these values: the object takes them without reading it again.
    for key, value in {**values, "version": version + 1, "updated_at": now}.items():
        set_committed_value(current, key, value)
    if "source_id" in values:
        set_committed_value(current, "source", source)
    saved = serialize(current, sentence_id)
    audit.record("annotation", current.id, "update", actor_id=reviewer_id, before=before, after=saved)
    return saved


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
