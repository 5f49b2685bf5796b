"""The desk lead's figures (the dashboard and ``GET /api/v1/stats``): tasks by state, progress
per collection, overdue tasks, annotations per day, each reviewer's throughput and agreement,
the distribution of claim types and verdicts, and the adjudication backlog.

Every figure is one aggregate query (GROUP BY in the database); nothing loads annotations or
tasks into Python to count them, so the page costs the same at 10,000 or 1,000,000 sentences
give or take the database's own work.
"""

from dataclasses import astuple
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select

from annotate import agreement
from annotate.extensions import db
from annotate.labels import CLAIM_TYPES, HANDED_IN_STATES, OPEN_TASK_STATES, STATUSES, TASK_STATES
from annotate.models import Annotation, Article, Collection, Sentence, Task, User, article_collection
from annotate.services import adjudication, agreement_data
from annotate.services.agreement_data import Scope
from annotate.services.collections import in_collection
from annotate.services.figure_cache import remembered

DAYS = 30
OVERDUE_SHOWN = 20


def _tasks(scope: Scope):
    query = select(Task)
    return query if scope.collection is None else query.where(in_collection(scope.collection, Task.article_id))


def tasks_by_state(scope: Scope) -> dict[str, int]:
    """How many tasks are in each state."""
    query = select(Task.state, func.count()).group_by(Task.state)
    if scope.collection is not None:
        query = query.where(in_collection(scope.collection, Task.article_id))
    counts = dict(db.session.execute(query).all())
    return {state: counts.get(state, 0) for state in TASK_STATES}


def progress_per_collection() -> list[dict]:
    """Per collection: its articles, its tasks, and how many are handed in and accepted."""
    articles: dict[int, int] = dict(db.session.execute(select(article_collection.c.collection_id, func.count())
                                       .group_by(article_collection.c.collection_id)).all())
    tasks = {row[0]: row[1:] for row in db.session.execute(
        select(article_collection.c.collection_id, func.count(Task.id),
               func.count(case((Task.state.in_(HANDED_IN_STATES), 1))),
               func.count(case((Task.state == "accepted", 1))))
        .join(Task, Task.article_id == article_collection.c.article_id)
        .group_by(article_collection.c.collection_id))}
    rows = []
    for collection_id, name in db.session.execute(select(Collection.id, Collection.name)
                                                  .order_by(func.lower(Collection.name))):
        total, handed_in, accepted = tasks.get(collection_id, (0, 0, 0))
        rows.append({"collection_id": collection_id, "collection": name, "articles": articles.get(collection_id, 0),
                     "tasks": total, "handed_in": handed_in, "accepted": accepted})
    return rows


def overdue(scope: Scope, today: date) -> dict:
    """Open tasks past their due date: how many, and the most overdue ones."""
    condition = and_(Task.state.in_(OPEN_TASK_STATES), Task.due_date < today)
    if scope.collection is not None:
        condition = and_(condition, in_collection(scope.collection, Task.article_id))
    count = db.session.scalar(select(func.count()).select_from(Task).where(condition)) or 0
    shown = db.session.execute(
        select(Task.id, Task.due_date, Task.state, User.username, Article.display_title)
        .join(User, User.id == Task.reviewer_id).join(Article, Article.id == Task.article_id)
        .where(condition).order_by(Task.due_date, Task.id).limit(OVERDUE_SHOWN))
    return {"count": count, "tasks": [
        {"task_id": task_id, "due_date": due.isoformat() if due else None, "state": state, "reviewer": reviewer,
         "title": title}
        for task_id, due, state, reviewer, title in shown]}


def _decided_annotations(scope: Scope):
    """Decided annotations in tasks (any state), in the scope's collection."""
    query = (select(Annotation).join(Sentence, Sentence.id == Annotation.sentence_id)
             .join(Task, and_(Task.article_id == Sentence.article_id, Task.reviewer_id == Annotation.reviewer_id))
             .where(Annotation.claim_type.is_not(None)))
    if scope.collection is not None:
        query = query.where(in_collection(scope.collection, Sentence.article_id))
    return query


def per_day(scope: Scope, today: date) -> list[dict]:
    """Annotations last changed on each of the last DAYS days (UTC), oldest first."""
    start = today - timedelta(days=DAYS - 1)
    # SQLite keeps UTC without a zone; PostgreSQL would take the date in the session's time zone.
    stamp = (func.timezone("UTC", Annotation.updated_at) if db.session.get_bind().dialect.name == "postgresql"
             else Annotation.updated_at)
    day = func.date(stamp)
    query = (_decided_annotations(scope).with_only_columns(day, func.count())
             .where(Annotation.updated_at >= datetime.combine(start, time.min, UTC)).group_by(day))
    counts = {str(key): value for key, value in db.session.execute(query)}
    return [{"date": (start + timedelta(days=n)).isoformat(),
             "annotations": counts.get((start + timedelta(days=n)).isoformat(), 0)} for n in range(DAYS)]


def distribution(scope: Scope) -> dict:
    """Decided annotations in handed-in tasks by claim type and by verification status."""
    base = _decided_annotations(scope).where(Task.state.in_(HANDED_IN_STATES))
    claims = dict(db.session.execute(base.with_only_columns(Annotation.claim_type, func.count())
                                     .group_by(Annotation.claim_type)).all())
    statuses = dict(db.session.execute(base.with_only_columns(Annotation.status, func.count())
                                       .group_by(Annotation.status)).all())
    return {"claim_type": {value: claims.get(value, 0) for value in CLAIM_TYPES},
            "status": {value: statuses.get(value, 0) for value in STATUSES}}


def reviewers(scope: Scope, today: date, figures: dict[str, agreement.FieldAgreement]) -> list[dict]:
    """Per reviewer: decided sentences (all time and the last 7 days), tasks handed in, and their
    mean Cohen's kappa on claim type with the other reviewers."""
    week = datetime.combine(today - timedelta(days=6), time.min, UTC)
    decided_rows = db.session.execute(
        _decided_annotations(scope).with_only_columns(
            Annotation.reviewer_id, func.count(), func.count(case((Annotation.updated_at >= week, 1))))
        .group_by(Annotation.reviewer_id))
    decided = {reviewer: (total, recent) for reviewer, total, recent in decided_rows}
    task_rows = db.session.execute(
        _tasks(scope).with_only_columns(Task.reviewer_id, func.count(), func.count(case(
            (Task.state.in_(HANDED_IN_STATES), 1)))).group_by(Task.reviewer_id))
    tasks = {reviewer: (total, done) for reviewer, total, done in task_rows}
    kappas: dict[str, list[float]] = {}
    for pair in figures["claim_type"].pairs:
        if pair.kappa is not None:
            for name in pair.reviewers:
                kappas.setdefault(name, []).append(pair.kappa)
    rows = []
    for user_id, name in db.session.execute(select(User.id, User.username).where(User.role == "reviewer")
                                            .order_by(User.username)):
        if user_id not in tasks and user_id not in decided:
            continue
        mine = kappas.get(name, [])
        rows.append({"reviewer": name, "decided": decided.get(user_id, (0, 0))[0],
                     "decided_last_7_days": decided.get(user_id, (0, 0))[1],
                     "tasks": tasks.get(user_id, (0, 0))[0], "tasks_handed_in": tasks.get(user_id, (0, 0))[1],
                     "mean_kappa_claim_type": sum(mine) / len(mine) if mine else None})
    return rows


def dashboard(scope: Scope, today: date | None = None) -> dict:
    """Every figure of the dashboard, as the API gives it (remembered until the data changes:
    services/figure_cache.py)."""
    today = today or datetime.now(UTC).date()
    return remembered("dashboard", (astuple(scope), today), lambda: _dashboard(scope, today))


def _dashboard(scope: Scope, today: date) -> dict:
    figures = agreement_data.figures(scope)
    return {
        "collection": scope.collection,
        "tasks_by_state": tasks_by_state(scope),
        "progress_per_collection": progress_per_collection(),
        "overdue": overdue(scope, today),
        "annotations_per_day": per_day(scope, today),
        "reviewers": reviewers(scope, today, figures),
        "distribution": distribution(scope),
        "agreement": {field: value.as_dict() for field, value in figures.items()},
        "adjudication_backlog": adjudication.backlog(scope),
    }
