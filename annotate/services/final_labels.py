"""Final labels: the unanimous one derived from the reviewers, or an admin's decision."""

from sqlalchemy import select

from annotate import claimreview, dataset
from annotate.annotation_input import MAX_URL, AnnotationInvalid, clean_annotation, is_web_url
from annotate.errors import NotFound
from annotate.extensions import db
from annotate.models import Annotation, Article, FinalLabel, Sentence, Source, Task, User, utcnow
from annotate.services import audit, claim_index
from annotate.services.export import annotation_record, published_at
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


def finals_of(sentence_ids: list[int]) -> dict[int, dict]:
    """``final_of`` for many sentences in four queries (at most a few hundred ids): by sentence
    id, its annotations, its final label (None while undecided) and the ids of the reviewers with
    a task on its article."""
    if not sentence_ids:
        return {}
    article_of = dict(db.session.execute(select(Sentence.id, Sentence.article_id)
                                         .where(Sentence.id.in_(sentence_ids))).all())
    tasks: dict[int, dict[int, str]] = {}  # article id → reviewer id → the state of their task
    for article_id, reviewer_id, state in db.session.execute(
            select(Task.article_id, Task.reviewer_id, Task.state).where(Task.article_id.in_(set(article_of.values())))):
        tasks.setdefault(article_id, {})[reviewer_id] = state
    annotations: dict[int, list[dict]] = {}
    for annotation, username in db.session.execute(
            select(Annotation, User.username).join(User, User.id == Annotation.reviewer_id)
            .where(Annotation.sentence_id.in_(list(article_of))).order_by(User.username)):
        annotations.setdefault(annotation.sentence_id, []).append(annotation_record(annotation, username))
    stored = {label.sentence_id: _label_fields(label, username) for label, username in db.session.execute(
        select(FinalLabel, User.username).outerjoin(User, User.id == FinalLabel.decided_by_id)
        .where(FinalLabel.sentence_id.in_(list(article_of))))}
    return {sentence_id: {"sentence_id": sentence_id, "annotations": annotations.get(sentence_id, []),
                          "reviewers": set(tasks.get(article_id, {})),  # with a task on the article
                          "final": dataset.final_label(annotations.get(sentence_id, []), tasks.get(article_id, {}),
                                                       stored.get(sentence_id))}
            for sentence_id, article_id in article_of.items()}


def _label_fields(label: FinalLabel, username: str | None) -> dict:
    """A stored label as the json export holds it (``review_url`` only when set, as there)."""
    return {"claim_type": label.claim_type, "source_id": label.source_id, "status": label.status,
            "method": label.method, "decided_by": username, "decided_at": label.decided_at.isoformat(),
            **({"review_url": label.review_url} if label.review_url else {})}


def _audited(label: FinalLabel) -> dict:
    """What the audit log keeps of a label's values."""
    return {"claim_type": label.claim_type, "source_id": label.source_id, "status": label.status,
            "review_url": label.review_url}


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
    """Set an admin's final label (claim type, source, status, and the ``review_url`` where the
    desk published its verdict, if any); audited; returns ``final_of``."""
    with transaction():
        sentence = _sentence(sentence_id)
        values = _decision(data, sentence)
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.sentence_id == sentence_id))
        before = None
        if label is None:
            label = FinalLabel(sentence_id=sentence_id, method="adjudicated")
            db.session.add(label)
        else:
            before = {**_audited(label), "method": label.method}
        label.method = "adjudicated"  # a stored unanimous label (an import's) becomes the admin's decision
        label.claim_type, label.source_id = values.get("claim_type"), values.get("source_id")
        label.status, label.decided_by_id, label.decided_at = values["status"], actor_id, utcnow()
        label.review_url = values["review_url"]
        db.session.flush()
        audit.record("final_label", label.id, "update" if before else "create", actor_id=actor_id,
                     before=before, after=_audited(label))
        claim_index.labelled(sentence_id, label.claim_type)
    return final_of(sentence_id)


def _decision(data: dict, sentence: Sentence) -> dict:
    """An admin's label checked like a reviewer's annotation, or ``FinalLabelInvalid``."""
    unknown = sorted(set(data) - {"claim_type", "source_id", "status", "review_url"})
    if unknown or "status" not in data:
        raise FinalLabelInvalid({"fields": "send claim_type, source_id and status (and optionally review_url)"
                                 + (f" (unknown: {', '.join(unknown)})" if unknown else "")})
    errors: dict[str, str] = {}
    try:
        values = clean_annotation({key: value for key, value in data.items() if key != "review_url"},
                                  sentence.start, sentence.end)
    except AnnotationInvalid as invalid:
        values, errors = {}, dict(invalid.errors)
    try:
        values["review_url"] = review_url(data.get("review_url"))
    except FinalLabelInvalid as invalid:
        errors.update(invalid.errors)
    if errors:  # a page shows the message alone: say what is wrong with the URL typed there
        raise FinalLabelInvalid(errors, f"{FinalLabelInvalid.summary} review_url {errors['review_url']}."
                                if "review_url" in errors else None)
    if values.get("source_id") is not None and db.session.get(Source, values["source_id"]) is None:
        raise FinalLabelInvalid({"source_id": "no source with that id"})
    return values


def review_url(value) -> str | None:
    """The page where the desk published its verdict: an http(s) URL with a host, or None
    (empty or left out); else ``FinalLabelInvalid``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or len(value.strip()) > MAX_URL or not is_web_url(value.strip()):
        raise FinalLabelInvalid({"review_url": f"must be an http or https URL with a host, at most {MAX_URL} "
                                               "characters (the page where the verdict is published)"})
    return value.strip()


def clear(sentence_id: int, actor_id: int) -> dict:
    """Remove an admin's decision (the unanimous label, if any, applies again); audited."""
    with transaction():
        _sentence(sentence_id)
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.sentence_id == sentence_id))
        if label is not None:
            audit.record("final_label", label.id, "delete", actor_id=actor_id,
                         before={**_audited(label), "decided_by_id": label.decided_by_id})
            db.session.delete(label)
    return final_of(sentence_id)


def public_claim(sentence_id: int) -> dict | None:
    """What the public claim page shows of a sentence whose final label is a verdict (None for
    any other): the claim, the verdict, who said it, where and when it appeared, and the evidence
    of the reviewers (with a task here) whose status is the verdict. Never a reviewer, a note or
    an id."""
    sentence = db.session.get(Sentence, sentence_id)
    if sentence is None:
        return None
    found = final_of(sentence_id)
    final = found["final"]
    if not claimreview.is_verdict(final):
        return None
    article = db.session.get_one(Article, sentence.article_id)
    evidence = verdict_evidence(found, article.id)
    source = db.session.get(Source, final["source_id"]) if final["source_id"] is not None else None
    published = published_at(article.published_at, article.published_offset_minutes)
    return {"text": article.text[sentence.start:sentence.end], "status": final["status"],
            "verdict": claimreview.rating(final["status"])["name"], "source": source.name if source else None,
            "publisher": article.publisher, "article_title": article.title, "article_url": article.url,
            "published_on": claimreview.day_of(published) if published else None,
            "reviewed_on": claimreview.day_of(final["decided_at"]) if final.get("decided_at") else None,
            "evidence": evidence}


def verdict_evidence(found: dict, article_id: int, reviewers: set[int] | None = None) -> list[dict]:
    """The evidence behind a final label (``found``: ``final_of``'s answer): that of the reviewers
    with a task on the article (``reviewers``, read when not given) whose status is the verdict,
    each item once."""
    if reviewers is None:
        reviewers = set(db.session.scalars(select(Task.reviewer_id).where(Task.article_id == article_id)))
    final = found["final"]
    evidence = {(item["url"], item.get("quote") or ""): None for a in found["annotations"]
                if a["reviewer_id"] in reviewers and a["status"] == final["status"] for item in a["evidence"]}
    return [{"url": url, "quote": quote} for url, quote in evidence]
