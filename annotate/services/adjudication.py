"""Adjudication: the sentences where reviewers disagree, and the admin's decisions that settle them.

A disagreement is a sentence whose decided annotations in handed-in tasks (submitted or
accepted) differ in claim type, source or status, and that has no admin decision yet (no final
label of method ``adjudicated``). Settling one stores the admin's final label through
services/final_labels.py, audited, after which it leaves the queue. "Accept all unanimous" then
settles the rest of an article at once, once all its tasks are handed in: every sentence without
a decision that every reviewer decided alike gets that label as the admin's decision.
"""

from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, insert, or_, select

from annotate.errors import Conflict, NotFound
from annotate.extensions import db
from annotate.labels import HANDED_IN_STATES
from annotate.models import Annotation, Article, AuditEvent, FinalLabel, Sentence, Source, Task, User, utcnow
from annotate.services import final_labels
from annotate.services.agreement_data import ARTICLE_ITSELF, FIELDS, Scope, decided
from annotate.services.articles import get_article
from annotate.services.transaction import transaction


class NoSuchAnnotation(NotFound):
    """The reviewer named has no decided annotation of that sentence."""


@dataclass
class Judgement:
    """One reviewer's decided annotation of a disputed sentence."""

    reviewer: str
    claim_type: str
    status: str
    source_id: int | None
    source: str | None
    span: dict | None
    note: str
    evidence: list
    quote: str = ""  # the span's text, for people ("" for the whole sentence)

    def as_dict(self) -> dict:
        """The API's shape."""
        return {"reviewer": self.reviewer, "claim_type": self.claim_type, "status": self.status,
                "source_id": self.source_id, "span": self.span, "note": self.note, "evidence": self.evidence}


@dataclass
class Disagreement:
    """A sentence the reviewers disagree on, with every reviewer's judgement side by side."""

    sentence_id: int
    article_id: int
    position: int
    text: str
    judgements: list[Judgement] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The API's shape."""
        return {"sentence_id": self.sentence_id, "article_id": self.article_id,
                "annotations": [j.as_dict() for j in self.judgements]}


def _open_disputes(scope: Scope, after: int = 0):
    """The disputed sentences in ``scope`` after id ``after`` that have no admin decision yet (a
    subquery with ``sentence_id``): grouped from the decided annotations themselves, so its cost
    follows the annotations, not the number of sentences in the database."""
    rows = decided(scope).where(Annotation.sentence_id > after).subquery()
    return (select(rows.c.sentence_id).group_by(rows.c.sentence_id)
            # values differ when their least and greatest do (cheaper than DISTINCT)
            .having(or_(*(func.min(rows.c[field]) != func.max(rows.c[field]) for field in FIELDS)))
            .where(~exists().where(FinalLabel.sentence_id == rows.c.sentence_id,
                                   FinalLabel.method == "adjudicated"))
            .subquery())


def disagreement_ids(scope: Scope, after: int = 0, limit: int | None = None) -> list[int]:
    """Disputed sentences without a decision, by id, after sentence id ``after``."""
    open_ones = _open_disputes(scope, after)
    query = select(open_ones.c.sentence_id).order_by(open_ones.c.sentence_id)
    return list(db.session.scalars(query if limit is None else query.limit(limit)))


def backlog(scope: Scope) -> int:
    """How many disagreements wait for a decision."""
    return db.session.scalar(select(func.count()).select_from(_open_disputes(scope))) or 0


def disagreements(scope: Scope, after: int = 0, limit: int = 50) -> list[Disagreement]:
    """A page of disagreements with every reviewer's judgement, by sentence id."""
    ids = disagreement_ids(scope, after, limit)
    if not ids:
        return []
    rows = decided(scope).where(Sentence.id.in_(ids)).subquery()
    sentences = list(db.session.scalars(select(Sentence).where(Sentence.id.in_(ids))))
    texts = dict(db.session.execute(select(Article.id, Article.text).where(
        Article.id.in_({s.article_id for s in sentences}))).all())
    found = {s.id: Disagreement(s.id, s.article_id, s.position, texts[s.article_id][s.start:s.end])
             for s in sentences}
    query = (select(Annotation, User.username, Source.name).join(rows, and_(
        rows.c.sentence_id == Annotation.sentence_id, rows.c.reviewer_id == Annotation.reviewer_id))
        .join(User, User.id == Annotation.reviewer_id).outerjoin(Source, Source.id == Annotation.source_id)
        .order_by(Annotation.sentence_id, User.username))
    for annotation, reviewer, source in db.session.execute(query):
        span = {"start": annotation.span_start, "end": annotation.span_end} if annotation.span_start is not None \
            else None
        disputed = found[annotation.sentence_id]
        quote = texts[disputed.article_id][span["start"]:span["end"]] if span else ""
        disputed.judgements.append(Judgement(
            reviewer, annotation.claim_type or "", annotation.status, annotation.source_id, source, span,
            annotation.note, list(annotation.evidence or []), quote))
    return [found[i] for i in ids]


def disagreement_at(scope: Scope, sentence_id: int) -> Disagreement | None:
    """The disagreement on this sentence, if it is one (disputed, no decision yet)."""
    found = disagreements(scope, sentence_id - 1, 1)
    return found[0] if found and found[0].sentence_id == sentence_id else None


def next_disagreement(scope: Scope, after: int = 0) -> Disagreement | None:
    """The first disagreement after sentence id ``after`` (wrapping round to the first)."""
    found = disagreements(scope, after, 1) or (disagreements(scope, 0, 1) if after else [])
    return found[0] if found else None


def take(sentence_id: int, reviewer: str, actor_id: int, scope: Scope | None = None) -> dict:
    """Settle a sentence with one reviewer's label (claim type, source, status)."""
    disputed = disagreement_at(scope or Scope(), sentence_id)
    match = next((j for j in disputed.judgements if j.reviewer == reviewer), None) if disputed else None
    if match is None:
        raise NoSuchAnnotation(f"{reviewer[:80]!r} has no decided label on this disputed sentence")
    return final_labels.adjudicate(sentence_id, {"claim_type": match.claim_type, "source_id": match.source_id,
                                                 "status": match.status}, actor_id)


class NotHandedIn(Conflict):
    """Work on the article is still open: what its reviewers agree on is not settled yet."""


def accept_unanimous(article_id: int, actor_id: int) -> int:
    """Settle the rest of an article: every sentence without a decision that the reviewers'
    rule calls unanimous (dataset.final_label: every task on the article handed in, each of its
    reviewers decided the sentence, all agree) gets that label as the admin's. How many."""
    get_article(article_id)
    states = list(db.session.scalars(select(Task.state).where(Task.article_id == article_id)))
    if not states or any(state not in HANDED_IN_STATES for state in states):
        raise NotHandedIn(f"article {article_id} has tasks not handed in yet (or none): its reviewers' "
                          "unanimous labels are not settled until every task is submitted or accepted")
    rows = decided(Scope(article=article_id)).subquery()
    agreed = (select(rows.c.sentence_id, func.min(rows.c.claim_type), func.min(rows.c.status),
                     func.min(rows.c.source))
              .group_by(rows.c.sentence_id)
              .having(func.count() == len(states),  # every reviewer with a task decided it
                      *(func.min(rows.c[field]) == func.max(rows.c[field]) for field in FIELDS))
              .where(~exists().where(FinalLabel.sentence_id == rows.c.sentence_id)))
    with transaction():
        now = utcnow()
        labels = [{"sentence_id": sentence_id, "claim_type": claim_type, "status": status,
                   "source_id": None if source == ARTICLE_ITSELF else source, "method": "adjudicated",
                   "decided_by_id": actor_id, "decided_at": now}
                  for sentence_id, claim_type, status, source in db.session.execute(agreed)]
        if not labels:
            return 0
        ids = db.session.scalars(insert(FinalLabel).returning(FinalLabel.id, sort_by_parameter_order=True),
                                 labels).all()
        db.session.execute(insert(AuditEvent), [
            {"entity_type": "final_label", "entity_id": label_id, "action": "accept_unanimous",
             "actor_id": actor_id, "before": None,
             "after": {key: label[key] for key in ("sentence_id", "claim_type", "source_id", "status")}}
            for label_id, label in zip(ids, labels, strict=True)])
    return len(labels)
