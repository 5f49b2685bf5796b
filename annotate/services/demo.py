"""The demo's desk: a collection with guidelines and double-annotated work in every state, so
that on a first run the dashboard, the agreement page and the adjudication queue have real
content. Deterministic (seeded), and done once: a database that has tasks is left alone.

Each article goes to two of the reviewers. Every sentence has a plausible label (headings and
bylines are not claims; a sentence that names its speaker gets that source, the others are the
article's own), and each reviewer departs from it now and then, some more often than others,
so that agreement is imperfect and some sentences are disputed.
"""

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select, update

from annotate.attribution import suggest_sources
from annotate.extensions import db
from annotate.models import Annotation, Article, Sentence, Source, Task
from annotate.segment import Span
from annotate.services import annotations, articles, collections, review
from annotate.services import tasks as task_service
from annotate.services.transaction import transaction

DESK = "Demo desk"
GUIDELINES = """## What we check

Mark every sentence, top to bottom. A **checkable** claim states a fact that evidence could
confirm or refute: a number, a date, who did what. A **minor** one is factual but not worth the
time. Headings, bylines, questions and opinions are **not a claim**.

## Who says it

The source is who asserts the claim: *"exports fell, the ministry said"* is the ministry's. When
nobody is named, the article itself asserts it: leave the source empty.

## Verdicts

Only give a verdict with evidence: paste the link (and the quote) you relied on. Otherwise
leave the claim *unverified*.
"""
SLIPS = (0.08, 0.18, 0.3)  # how often each reviewer departs from the plausible label
STATUS_CHOICES = ("supported", "supported", "refuted", "misleading", "unverifiable", "unverified", "unverified")


def seed_desk(reviewer_ids: list[int], admin_id: int, today: date | None = None) -> dict | None:
    """Put every article in the demo desk and give it work in every state; None when the
    database already has tasks."""
    if db.session.scalar(select(func.count()).select_from(Task)):
        return None
    today = today or datetime.now(UTC).date()
    rng = random.Random(11)  # noqa: S311  (demo data, not secrets: the same on every run)
    desk = collections.find_or_create(DESK, actor_id=admin_id)
    collections.update(desk.id, desk.name, GUIDELINES, actor_id=admin_id)
    article_ids = list(db.session.scalars(select(Article.id).order_by(Article.id)))
    collections.add_articles(desk.id, article_ids, actor_id=admin_id)
    report = task_service.bulk_assign(article_ids, reviewer_ids, 2, today + timedelta(days=7), actor_id=admin_id)
    sources = list(db.session.scalars(select(Source)))
    for number, article_id in enumerate(article_ids):
        _label_article(article_id, report.pairs, reviewer_ids, sources, rng)
        _age(article_id, days_ago=(len(article_ids) - number) * 29 // len(article_ids))
    states = _settle_tasks(article_ids, admin_id, today)
    return {"collection": desk.name, "articles": len(article_ids), "tasks": len(report.pairs), **states}


def _plausible(text: str, spans: list[Span], sources: list[Source], rng: random.Random) -> list[dict]:
    """A label per sentence that a careful reviewer might give."""
    suggestions = suggest_sources(text, spans, sources)
    by_name = {source.name: source.id for source in sources}
    labels: list[dict] = []
    for span, suggestion in zip(spans, suggestions, strict=True):
        if span.kind != "body":
            labels.append({"claim_type": "not_a_claim", "status": "unverified", "source_id": None})
            continue
        claim = "checkable" if rng.random() < 0.7 else "minor"
        status = rng.choice(STATUS_CHOICES) if claim == "checkable" else "unverified"
        labels.append({"claim_type": claim, "status": status,
                       "source_id": by_name.get(suggestion.source) if suggestion else None})
    return labels


def _label_article(article_id: int, pairs: list[tuple[int, int]], reviewer_ids: list[int],
                   sources: list[Source], rng: random.Random) -> None:
    article = articles.get_article(article_id)
    sentences = list(db.session.scalars(select(Sentence).where(Sentence.article_id == article_id)
                                        .order_by(Sentence.position)))
    spans = [Span(s.start, s.end, article.text[s.start:s.end], s.kind) for s in sentences]
    labels = _plausible(article.text, spans, sources, rng)
    for reviewer_id in (reviewer for article, reviewer in pairs if article == article_id):
        slip = SLIPS[reviewer_ids.index(reviewer_id) % len(SLIPS)]
        for sentence, plausible in zip(sentences, labels, strict=True):
            values = dict(plausible)
            if sentence.kind == "body" and rng.random() < slip:  # nobody argues about a byline
                field = rng.choice(("claim_type", "status", "source_id"))
                values[field] = {"claim_type": rng.choice(("checkable", "minor", "not_a_claim")),
                                 "status": rng.choice(STATUS_CHOICES),
                                 "source_id": rng.choice([None, *(s.id for s in sources)])}[field]
            if values["claim_type"] != "checkable":
                values["status"] = "unverified"  # a verdict only for what is worth checking
            checked = values["status"] == "supported" and rng.random() < 0.3
            note = "checked against the official release" if checked else ""
            annotations.save(sentence.id, reviewer_id, {"version": 0, **values, "note": note})


def _age(article_id: int, days_ago: int) -> None:
    """Date the article's annotations some days back, so that the dashboard shows a month of work."""
    when = datetime.now(UTC) - timedelta(days=days_ago, hours=3)
    sentence_ids = select(Sentence.id).where(Sentence.article_id == article_id).scalar_subquery()
    with transaction():
        db.session.execute(update(Annotation).where(Annotation.sentence_id.in_(sentence_ids))
                           .values(created_at=when, updated_at=when).execution_options(synchronize_session=False))


def _settle_tasks(article_ids: list[int], admin_id: int, today: date) -> dict:
    """Hand most work in, accept some, return one with a comment, leave some late."""
    counts = {"submitted": 0, "accepted": 0, "returned": 0, "in_progress": 0}
    for number, article_id in enumerate(article_ids):
        tasks = list(db.session.scalars(select(Task).where(Task.article_id == article_id).order_by(Task.id)))
        for task in tasks:
            task_id, reviewer_id = task.id, task.reviewer_id
            if number % 6 == 5:  # still being worked on, some of it late
                if number % 12 == 5:
                    with transaction():
                        db.session.execute(update(Task).where(Task.id == task_id)
                                           .values(due_date=today - timedelta(days=2)))
                counts["in_progress"] += 1
                continue
            task_service.submit(task_id, reviewer_id)
            if number % 4 == 0:
                task_service.accept(task_id, admin_id)
                counts["accepted"] += 1
            elif number == 3 and counts["returned"] == 0:
                first = db.session.scalar(select(Sentence.id).order_by(Sentence.position).where(
                    Sentence.article_id == article_id, Sentence.kind == "body"))
                review.return_with_comments(task_id, "Please look again at the first claim.",
                                            [{"sentence_id": first, "body": "Who says this? Check the source."}],
                                            admin_id)
                counts["returned"] += 1
            else:
                counts["submitted"] += 1
    return counts
