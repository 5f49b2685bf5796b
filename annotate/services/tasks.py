"""Review tasks: assignment, reassignment, revocation and state transitions (reading them:
services/task_queries.py).

Every public function that changes data runs in one ``transaction()`` (commit, or roll back and
raise ``TaskError``) and records an audit event per task (entity ``task``) with the values before
and after and the acting user. ``mark_in_progress`` writes no transaction of its own: the
workspace calls it inside the save of the first annotation, so both commit together.

States (SPEC §2): ``assigned`` → ``in_progress`` (first save) → ``submitted`` (by the reviewer)
→ ``accepted``, or ``returned`` with a reason (by an admin); a returned task is worked on and
submitted again. Annotations are keyed by sentence and reviewer, never by task: reassigning or
revoking a task leaves the work already done in the database.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, exists, func, insert, select, update

from annotate.assignment import AssignmentError, assign_round_robin
from annotate.errors import Conflict, Invalid, NotFound
from annotate.extensions import db
from annotate.labels import OPEN_TASK_STATES
from annotate.models import Article, AuditEvent, ReviewComment, Task, User
from annotate.numbers import counted, parse_day, parse_id
from annotate.services import audit
from annotate.services.collections import in_collection
from annotate.services.transaction import rows_changed, transaction

SUBMITTABLE = ("in_progress", "returned")
MAX_REASON = 2000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class TaskError(Invalid):
    """A task cannot be created or changed as asked."""


class TaskNotFound(TaskError, NotFound):
    """An unknown id (or, for a reviewer, a task that is not theirs)."""


class TaskConflict(TaskError, Conflict):
    """The request clashes with the current state (invalid transition, duplicate task)."""


# --- input helpers ----------------------------------------------------------------------------

def parse_due(text: str | None, today: date | None = None) -> date | None:
    """A due date from ``YYYY-MM-DD`` (empty means none), today or later (``today``: the UTC
    date unless given); ``TaskError`` otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    if not _DATE.match(text):
        raise TaskError(f"due date {text[:40]!r} is not a date in the form YYYY-MM-DD")
    day = parse_day(text)
    if day is None:
        raise TaskError(f"due date {text!r} is not a valid calendar date")
    today = today or datetime.now(UTC).date()
    if day < today:
        raise TaskError(f"due date {text} is in the past (today is {today.isoformat()})")
    return day


def parse_overlap(text) -> int:
    """The overlap *k* as a whole number; ``TaskError`` otherwise."""
    try:
        return int(str(text).strip())
    except ValueError:
        raise TaskError(f"overlap must be a whole number, got {str(text)[:40]!r}") from None


def parse_ids(values, what: str) -> list[int]:
    """A list of numeric ids from form or CLI values; ``TaskError`` for anything else."""
    ids = []
    for value in values:
        number = parse_id(str(value))
        if number is None:
            raise TaskError(f"{what} id {str(value)[:40]!r} is not a number")
        ids.append(number)
    return list(dict.fromkeys(ids))


def active_reviewers() -> list[User]:
    """Every active reviewer, by username."""
    return list(db.session.scalars(
        select(User).where(User.role == "reviewer", User.active.is_(True)).order_by(User.username)))


def reviewers_by_name(names) -> list[int]:
    """The ids of the named accounts, in order; ``TaskNotFound`` names every unknown one."""
    names = list(dict.fromkeys(names))
    found = dict(db.session.execute(select(User.username, User.id).where(User.username.in_(names))).all())
    unknown = [name for name in names if name not in found]
    if unknown:
        raise TaskNotFound(f"unknown reviewer {', '.join(map(repr, unknown))}")
    return [found[name] for name in names]


def _check_reviewers(reviewer_ids) -> dict[int, User]:
    """Load the reviewers; unknown ids → 404, admins and disabled accounts → 400."""
    reviewer_ids = list(dict.fromkeys(reviewer_ids))
    if not reviewer_ids:
        raise TaskError("choose at least one reviewer")
    users = {user.id: user for chunk in _chunks(reviewer_ids)
             for user in db.session.scalars(select(User).where(User.id.in_(chunk)))}
    unknown = [str(rid) for rid in reviewer_ids if rid not in users]
    if unknown:
        raise TaskNotFound(f"no user with id {', '.join(unknown)}")
    for rid in reviewer_ids:
        user = users[rid]
        if user.role != "reviewer":
            raise TaskError(f"{user.username} is an {user.role}, not a reviewer: only reviewers get tasks")
        if not user.active:
            raise TaskError(f"{user.username} is disabled: only active reviewers get tasks")
    return users


def _check_articles(article_ids) -> None:
    """``TaskNotFound`` naming every unknown article id."""
    article_ids = list(article_ids)
    known = {article_id for chunk in _chunks(article_ids)  # PostgreSQL takes 65,535 parameters
             for article_id in db.session.scalars(select(Article.id).where(Article.id.in_(chunk)))}
    unknown = [str(aid) for aid in article_ids if aid not in known]
    if unknown:
        raise TaskNotFound(f"no article with id {', '.join(unknown[:20])}"
                           + (f" (and {len(unknown) - 20} more)" if len(unknown) > 20 else ""))


def _fields(task: Task) -> dict:
    """The task's fields as audit values."""
    return {"article_id": task.article_id, "reviewer_id": task.reviewer_id, "state": task.state,
            "due_date": task.due_date.isoformat() if task.due_date else None,
            "return_reason": task.return_reason}


def _get(task_id: int) -> Task:
    task = db.session.get(Task, task_id, populate_existing=True)
    if task is None:
        raise TaskNotFound("No task with that id.")
    return task


# --- creating tasks ---------------------------------------------------------------------------

@dataclass
class AssignReport:
    """What an assignment created: (article id, reviewer id) pairs and the names to show them."""

    pairs: list[tuple[int, int]] = field(default_factory=list)
    titles: dict[int, str] = field(default_factory=dict)
    usernames: dict[int, str] = field(default_factory=dict)
    due_date: date | None = None

    @property
    def articles(self) -> list[int]:
        """The assigned article ids, in order."""
        return list(dict.fromkeys(article for article, _ in self.pairs))

    def by_article(self) -> list[tuple[int, str, list[str]]]:
        """(article id, title, reviewer names) per article."""
        grouped: dict[int, list[str]] = {}
        for article, reviewer in self.pairs:
            grouped.setdefault(article, []).append(self.usernames[reviewer])
        return [(article, self.titles.get(article, ""), names) for article, names in grouped.items()]

    def per_reviewer(self) -> list[tuple[str, int]]:
        """(reviewer name, new tasks) for each chosen reviewer, by name."""
        counts = dict.fromkeys(self.usernames.values(), 0)
        for _, reviewer in self.pairs:
            counts[self.usernames[reviewer]] += 1
        return sorted(counts.items())

    def summary(self) -> str:
        """One line for people."""
        due = f", due {self.due_date.isoformat()}" if self.due_date else ""
        per = ", ".join(f"{name} {count}" for name, count in self.per_reviewer())
        return (f"{counted(len(self.pairs), 'task')} created for {counted(len(self.articles), 'article')}{due}"
                + (f" ({per})" if per else ""))


def _create(pairs: list[tuple[int, int]], due_date: date | None, actor_id: int | None) -> None:
    """Insert the tasks and one ``create`` audit event each, in bulk (no commit)."""
    if not pairs:
        return
    rows = [{"article_id": article, "reviewer_id": reviewer, "state": "assigned",
             "due_date": due_date} for article, reviewer in pairs]
    ids = db.session.scalars(
        insert(Task).returning(Task.id, sort_by_parameter_order=True), rows).all()
    due = due_date.isoformat() if due_date else None
    db.session.execute(insert(AuditEvent), [
        {"entity_type": "task", "entity_id": task_id, "action": "create", "actor_id": actor_id,
         "before": None, "after": {**row, "due_date": due, "return_reason": None}}
        for task_id, row in zip(ids, rows, strict=True)])


def _titles(article_ids) -> dict[int, str]:
    rows = db.session.execute(
        select(Article.id, Article.display_title)
        .where(Article.id.in_(list(article_ids)))).all()
    return dict(rows)


def open_loads(reviewer_ids) -> dict[int, int]:
    """Open tasks per reviewer (assigned, in progress or returned)."""
    rows = db.session.execute(
        select(Task.reviewer_id, func.count()).where(Task.reviewer_id.in_(list(reviewer_ids)),
                                                     Task.state.in_(OPEN_TASK_STATES))
        .group_by(Task.reviewer_id)).all()
    return dict(rows)


def assign_article(article_id: int, reviewer_ids, due_date: date | None = None,
                   actor_id: int | None = None) -> AssignReport:
    """Assign one article to each of the chosen reviewers (none of whom may have it already)."""
    conflict = TaskConflict(f"article {article_id} was assigned to one of these reviewers meanwhile; "
                            "nothing was changed")
    with transaction(on_conflict=lambda: conflict):
        if db.session.get(Article, article_id) is None:
            raise TaskNotFound("No article with that id.")
        users = _check_reviewers(reviewer_ids)
        has = db.session.scalars(select(Task.reviewer_id).where(
            Task.article_id == article_id, Task.reviewer_id.in_(list(users)))).all()
        if has:
            names = ", ".join(sorted(users[rid].username for rid in has))
            raise TaskConflict(f"article {article_id} is already assigned to {names}")
        pairs = [(article_id, rid) for rid in users]
        _create(pairs, due_date, actor_id)
    return AssignReport(pairs, _titles([article_id]),
                        {rid: user.username for rid, user in users.items()}, due_date)


def unassigned_article_ids(collection_id: int | None = None) -> list[int]:
    """Ids of the articles that have no task at all (in the collection), oldest first."""
    query = select(Article.id).where(~exists().where(Task.article_id == Article.id))
    if collection_id is not None:
        query = query.where(in_collection(collection_id))
    return list(db.session.scalars(query.order_by(Article.id)))


def bulk_assign(article_ids, reviewer_ids, k: int, due_date: date | None = None,
                actor_id: int | None = None, collection_id: int | None = None) -> AssignReport:
    """Give each article (``None``: every unassigned one, of ``collection_id`` when given) to
    ``k`` distinct chosen reviewers, least-loaded first, never to a reviewer who already has it;
    all or nothing."""
    conflict = TaskConflict("some of these articles were assigned meanwhile; nothing was changed, try again")
    with transaction(on_conflict=lambda: conflict):
        users = _check_reviewers(reviewer_ids)
        article_ids = _articles_to_assign(article_ids, collection_id)
        existing: set[tuple[int, int]] = set()
        for chunk in _chunks(article_ids):
            existing.update(db.session.execute(select(Task.article_id, Task.reviewer_id).where(
                Task.article_id.in_(chunk), Task.reviewer_id.in_(list(users)))).all())
        try:
            pairs = assign_round_robin(article_ids, list(users), k, open_loads(users), existing)
        except AssignmentError as exc:
            raise TaskError(str(exc)) from None
        _create(pairs, due_date, actor_id)
    titles: dict[int, str] = {}
    for chunk in _chunks(article_ids):
        titles.update(_titles(chunk))
    return AssignReport(pairs, titles, {rid: user.username for rid, user in users.items()},
                        due_date)


def _articles_to_assign(article_ids, collection_id: int | None = None) -> list[int]:
    """The chosen articles (checked), or every unassigned one when ``article_ids`` is None."""
    if article_ids is None:
        article_ids = unassigned_article_ids(collection_id)
        if not article_ids:
            raise TaskError("there are no unassigned articles" + (" in this collection" if collection_id else ""))
        return article_ids
    article_ids = list(dict.fromkeys(article_ids))
    if not article_ids:
        raise TaskError("choose at least one article")
    _check_articles(article_ids)
    return article_ids


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    """``ids`` in slices short enough for one SQL ``IN (...)``."""
    return [ids[start:start + size] for start in range(0, len(ids), size)]


# --- changing tasks ---------------------------------------------------------------------------

def _transition(task: Task, allowed: tuple[str, ...], action: str, actor_id: int | None,
                **values) -> Task:
    """Move ``task`` on if its state is in ``allowed``; audit it; no commit."""
    if task.state not in allowed:
        raise TaskConflict(_refusal(task, action))
    before = _fields(task)
    # Guarded by the state read, so two concurrent transitions cannot both succeed.
    changed = rows_changed(
        update(Task).where(Task.id == task.id, Task.state == task.state).values(**values)
        .execution_options(synchronize_session=False))
    if changed != 1:
        raise TaskConflict(f"task {task.id} was changed by someone else meanwhile; reload and "
                           "try again")
    db.session.refresh(task)
    audit.record("task", task.id, action, actor_id=actor_id, before=before, after=_fields(task))
    return task


def _refusal(task: Task, action: str) -> str:
    what = {
        "submit": "submitted: only a task in progress or returned can be submitted"
                  + (" (nothing has been saved on it yet)" if task.state == "assigned" else ""),
        "accept": "accepted: only a submitted task can be accepted",
        "return": "returned: only a submitted task can be returned",
        "reassign": "reassigned: an accepted task is finished",
        "start": "started",
    }[action]
    return f"task {task.id} is {task.state.replace('_', ' ')} and cannot be {what}"


def mark_in_progress(task: Task, actor_id: int | None = None) -> bool:
    """The first save on an ``assigned`` task moves it to ``in_progress``; True if it moved.

    Joins the caller's transaction (no commit): the workspace calls it while saving the
    reviewer's first annotation. Any other state is left as it is.
    """
    if task.state != "assigned":
        return False
    try:
        _transition(task, ("assigned",), "start",
                    actor_id if actor_id is not None else task.reviewer_id, state="in_progress")
    except TaskConflict:  # a concurrent first save started it already: nothing left to do
        return False
    return True


# Built once (every save runs it): a Core statement on the table, its bound names not column names.
_TASK = cast(Table, Task.__table__)
_HOLD = (update(_TASK).where(_TASK.c.id == bindparam("held_task"), _TASK.c.reviewer_id == bindparam("held_reviewer"),
                             _TASK.c.state.in_(OPEN_TASK_STATES))
         .values(state=_TASK.c.state, updated_at=_TASK.c.updated_at))


def hold_if_open(task_id: int, reviewer_id: int) -> bool:
    """Take the task's row for the caller's transaction if it is still this reviewer's and
    open; False if not (closed, revoked, or reassigned to someone else meanwhile).

    A conditional write (the state rewritten as it is) rather than a read: on PostgreSQL it
    locks the row, so a submit waits for the save that holds it (and a save waits for a submit,
    then sees the task closed); on SQLite it takes the database's write lock, which serialises
    the same way. A state read followed by a write would let a submit slip in between.
    """
    return rows_changed(_HOLD, {"held_task": task_id, "held_reviewer": reviewer_id}) == 1


def task_for(article_id: int, reviewer_id: int) -> Task | None:
    """The reviewer's task on an article, if any."""
    return db.session.scalar(select(Task).where(Task.article_id == article_id,
                                                Task.reviewer_id == reviewer_id))


def submit(task_id: int, reviewer_id: int) -> Task:
    """The reviewer hands in their own task; another reviewer's task id is simply not found."""
    with transaction():
        task = _get(task_id)
        if task.reviewer_id != reviewer_id:
            raise TaskNotFound("No task with that id.")
        return _transition(task, SUBMITTABLE, "submit", reviewer_id, state="submitted")


def accept(task_id: int, actor_id: int | None = None) -> Task:
    """An admin accepts a submitted task."""
    with transaction():
        return _transition(_get(task_id), ("submitted",), "accept", actor_id, state="accepted")


def clean_reason(reason: str | None) -> str:
    """The reason for returning a task, trimmed; ``TaskError`` when empty or too long."""
    reason = (reason or "").strip()
    if not reason:
        raise TaskError("say why the task is returned: the reason must not be empty")
    if len(reason) > MAX_REASON:
        raise TaskError(f"the reason may have at most {MAX_REASON} characters")
    return reason


def return_task(task_id: int, reason: str, actor_id: int | None = None) -> Task:
    """An admin sends a submitted task back to its reviewer, saying why."""
    reason = clean_reason(reason)
    with transaction():
        return _transition(_get(task_id), ("submitted",), "return", actor_id, state="returned",
                           return_reason=reason)


def reassign(task_id: int, reviewer_id: int, actor_id: int | None = None) -> Task:
    """Give a task to another reviewer, who starts it afresh; the old reviewer's annotations stay."""
    with transaction(on_conflict=lambda: TaskConflict(
            f"that reviewer got a task on the article of task {task_id} meanwhile; nothing was changed")):
        task = _get(task_id)
        user = _check_reviewers([reviewer_id])[reviewer_id]
        if reviewer_id == task.reviewer_id:
            raise TaskConflict(f"task {task.id} already belongs to {user.username}")
        if task_for(task.article_id, reviewer_id) is not None:
            raise TaskConflict(f"{user.username} already has a task on article {task.article_id}")
        _discard_comments(task, actor_id)
        return _transition(task, ("assigned", "in_progress", "submitted", "returned"), "reassign", actor_id,
                           reviewer_id=reviewer_id, state="assigned", return_reason=None)


def _discard_comments(task: Task, actor_id: int | None) -> None:
    """Review comments were written to the task's reviewer: they do not pass to the next one."""
    for comment in db.session.scalars(select(ReviewComment).where(ReviewComment.task_id == task.id)):
        audit.record("review_comment", comment.id, "discard", actor_id=actor_id,
                     before={"task_id": task.id, "reviewer_id": task.reviewer_id,
                             "sentence_id": comment.sentence_id, "body": comment.body})
        db.session.delete(comment)


def revoke(task_id: int, actor_id: int | None = None) -> dict:
    """Delete a task (any state); the audit event keeps its fields, the annotations stay."""
    with transaction():
        task = _get(task_id)
        before = _fields(task)
        audit.record("task", task.id, "revoke", actor_id=actor_id, before=before, after=None)
        db.session.delete(task)
    return before
