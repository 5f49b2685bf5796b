"""Final labels: the unanimous one derived from the reviewers, or an admin's decision."""

from sqlalchemy import select

from annotate import dataset
from annotate.annotation_input import AnnotationInvalid, clean_annotation
from annotate.errors import NotFound
from annotate.extensions import db
from annotate.models import Annotation, FinalLabel, Sentence, Source, Task, User, utcnow
from annotate.services import audit
from annotate.services.export import annotation_record
from annotate.services.transaction import transaction


class SentenceNotFound(NotFound):
    """No sentence with that id."""


class FinalLabelInvalid(AnnotationInvalid):
    """A final label breaks a rule (the same rules as an annotation's)."""

    summary = "The final label was not saved."


def _sentence(sentence_id: int) -> Sentence:
    sentence = db.session.get(Sentence, sentence_id)
    if sentence is None:
        raise SentenceNotFound("No sentence with that id.")
    return sentence


def _label_fields(label: FinalLabel, username: str | None) -> dict:
    return {"claim_type": label.claim_type, "source_id": label.source_id, "status": label.status,
            "method": label.method, "decided_by": username, "decided_at": label.decided_at.isoformat()}


def final_of(sentence_id: int) -> dict:
    """The sentence's annotations and its final label (None while undecided): adjudicated, or
    unanimous among the reviewers of the article's tasks once all of them are handed in (an
    annotation without a task here is listed but does not count)."""
    sentence = _sentence(sentence_id)
    rows = db.session.execute(select(Annotation, User.username).join(User, User.id == Annotation.reviewer_id)
                              .where(Annotation.sentence_id == sentence_id).order_by(User.username)).all()
    annotations = [annotation_record(a, username) for a, username in rows]
    tasks: dict[int, str] = dict(db.session.execute(  # reviewer id → the state of their task
        select(Task.reviewer_id, Task.state).where(Task.article_id == sentence.article_id)).all())
    stored = db.session.execute(select(FinalLabel, User.username).outerjoin(User, User.id == FinalLabel.decided_by_id)
                                .where(FinalLabel.sentence_id == sentence_id)).first()
    adjudicated = _label_fields(*stored) if stored else None
    return {"sentence_id": sentence_id, "annotations": annotations,
            "final": dataset.final_label(annotations, tasks, adjudicated)}


def adjudicate(sentence_id: int, data: dict, actor_id: int) -> dict:
    """Set an admin's final label (claim type, source, status); audited; returns ``final_of``."""
    with transaction():
        sentence = _sentence(sentence_id)
        values = _decision(data, sentence)
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.sentence_id == sentence_id))
        before = None
        if label is None:
            label = FinalLabel(sentence_id=sentence_id, method="adjudicated")
            db.session.add(label)
        else:
            before = {"claim_type": label.claim_type, "source_id": label.source_id, "status": label.status,
                      "method": label.method}
        label.method = "adjudicated"  # a stored unanimous label (an import's) becomes the admin's decision
        label.claim_type, label.source_id = values.get("claim_type"), values.get("source_id")
        label.status, label.decided_by_id, label.decided_at = values["status"], actor_id, utcnow()
        db.session.flush()
        audit.record("final_label", label.id, "update" if before else "create", actor_id=actor_id,
                     before=before, after={"claim_type": label.claim_type, "source_id": label.source_id,
                                           "status": label.status})
    return final_of(sentence_id)


def _decision(data: dict, sentence: Sentence) -> dict:
    """An admin's label checked like a reviewer's annotation, or ``FinalLabelInvalid``."""
    unknown = sorted(set(data) - {"claim_type", "source_id", "status"})
    if unknown or "status" not in data:
        raise FinalLabelInvalid({"fields": "send claim_type, source_id and status"
                                 + (f" (unknown: {', '.join(unknown)})" if unknown else "")})
    try:
        values = clean_annotation(data, sentence.start, sentence.end)
    except AnnotationInvalid as invalid:
        raise FinalLabelInvalid(invalid.errors) from None
    if values.get("source_id") is not None and db.session.get(Source, values["source_id"]) is None:
        raise FinalLabelInvalid({"source_id": "no source with that id"})
    return values


def clear(sentence_id: int, actor_id: int) -> dict:
    """Remove an admin's decision (the unanimous label, if any, applies again); audited."""
    with transaction():
        _sentence(sentence_id)
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.sentence_id == sentence_id))
        if label is not None:
            audit.record("final_label", label.id, "delete", actor_id=actor_id,
                         before={"claim_type": label.claim_type, "source_id": label.source_id,
                                 "status": label.status, "decided_by_id": label.decided_by_id})
            db.session.delete(label)
    return final_of(sentence_id)
