"""Reading review tasks: progress (sentences decided), My tasks, the admin's list, the
articles still unassigned. Read-only; changes go through services/tasks.py."""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, bindparam, exists, select

from annotate.errors import DomainError
from annotate.extensions import db
from annotate.labels import OPEN_TASK_STATES, TASK_STATES
from annotate.models import Article, Task, User
from annotate.models.review import TASK_QUEUE_ORDER
from annotate.numbers import parse_id
from annotate.services.collections import filter_arg, in_collection
from annotate.services.listing import one_page
from annotate.services.tasks import SUBMITTABLE, TaskError, TaskNotFound


def progress(task_ids) -> dict[int, tuple[int, int]]:
    """(sentences decided, sentences) per task id, as stored (migration 0008).

    Decided: the task's reviewer has an annotation with a ``claim_type`` on the sentence.
    A task whose article has no sentences is (0, 0).
    """
    task_ids = list(task_ids)
    if not task_ids:
        return {}
    rows = db.session.execute(select(Task.id, Task.decided_count, Article.sentence_count)
                              .join(Article, Article.id == Task.article_id).where(Task.id.in_(task_ids))).all()
    result = dict.fromkeys(task_ids, (0, 0))
    result.update({task_id: (decided, total) for task_id, decided, total in rows})
    return result


_TITLE = Article.display_title.label("title")
_COLUMNS = (Task.id, Task.article_id, Task.reviewer_id, Task.state, Task.due_date,
            Task.return_reason, _TITLE, User.username.label("reviewer"),
            Task.decided_count.label("decided"), Article.sentence_count.label("sentences"))


@dataclass
class TaskRow:
    """A task as the pages show it."""

    id: int
    article_id: int
    reviewer_id: int
    state: str
    due_date: date | None
    return_reason: str | None
    title: str
    reviewer: str
    decided: int
    sentences: int

    @property
    def is_open(self) -> bool:
        """Work still to do."""
        return self.state in OPEN_TASK_STATES

    @property
    def can_submit(self) -> bool:
        return self.state in SUBMITTABLE

    @property
    def is_overdue(self) -> bool:
        """Work still to do past its due date (the UTC date)."""
        return self.is_open and self.due_date is not None and self.due_date < datetime.now(UTC).date()


def _page_statement(conditions: list, order: tuple):
    """The page of tasks meeting ``conditions`` in ``order``, ``limit`` rows after ``offset`` (bound
    parameters). The page's ids are chosen from the task table alone, in a subquery, and only they
    are joined with their article and reviewer: a deep page, or an order the database sorts, never
    reads the articles (their whole texts, on SQLite) of the tasks it passes over."""
    chosen = (select(Task.id).where(*conditions).order_by(*order)
              .limit(bindparam("limit")).offset(bindparam("offset")).subquery())
    return select(*_COLUMNS).join(chosen, chosen.c.id == Task.id) \
        .join(Article, Article.id == Task.article_id).join(User, User.id == Task.reviewer_id).order_by(*order)


def _task_page(statement, parameters: dict, page: int, per_page: int) -> tuple[list[TaskRow], bool]:
    """One page of ``statement`` as task rows, and whether more follow (one row more is read, as
    ``listing.one_page`` does)."""
    found = db.session.execute(statement, {**parameters, "limit": per_page + 1,
                                           "offset": (page - 1) * per_page}).all()
    return [TaskRow(*row) for row in found[:per_page]], len(found) > per_page


# The page a reviewer opens most, built once (building it costs more than running it on SQLite).
_MY_TASKS = _page_statement([Task.reviewer_id == bindparam("reviewer_id")], TASK_QUEUE_ORDER)


def my_tasks(reviewer_id: int, page: int = 1, per_page: int = 50) -> tuple[list[TaskRow], bool]:
    """A page of the reviewer's tasks in queue order, with progress; and whether more follow."""
    return _task_page(_MY_TASKS, {"reviewer_id": reviewer_id}, page, per_page)


def next_open_task(reviewer_id: int) -> Task | None:
    """The reviewer's first open task (assigned, in progress or returned) in queue order."""
    return db.session.scalar(select(Task).where(Task.reviewer_id == reviewer_id,
                                                Task.state.in_(OPEN_TASK_STATES))
                             .order_by(*TASK_QUEUE_ORDER).limit(1))


def list_tasks(reviewer_id: int | None = None, state: str | None = None, article_id: int | None = None,
               page: int = 1, per_page: int = 50, collection_id: int | None = None) -> tuple[list[TaskRow], bool]:
    """A page of all tasks, newest first, optionally for one reviewer, state, article or collection."""
    if state is not None and state not in TASK_STATES:
        raise TaskError(f"unknown state {state[:40]!r}; one of {', '.join(TASK_STATES)}")
    conditions = [column == value for column, value in
                  ((Task.reviewer_id, reviewer_id), (Task.state, state), (Task.article_id, article_id))
                  if value is not None]
    if collection_id is not None:
        conditions.append(in_collection(collection_id, Task.article_id))
    return _task_page(_page_statement(conditions, (Task.id.desc(),)), {}, page, per_page)


def reviewers_on(article_ids) -> dict[int, set[int]]:
    """The reviewers who have a task on each of these articles (a reassignment cannot go to them)."""
    taken: dict[int, set[int]] = {}
    for article_id, reviewer_id in db.session.execute(
            select(Task.article_id, Task.reviewer_id).where(Task.article_id.in_(set(article_ids)))):
        taken.setdefault(article_id, set()).add(reviewer_id)
    return taken


def unassigned_articles(page: int = 1, per_page: int = 50,
                        collection_id: int | None = None) -> tuple[list, bool]:
    """A page of (id, title) of the articles without any task (in the collection), oldest first."""
    query: Select = select(Article.id, _TITLE).where(~exists().where(Task.article_id == Article.id))
    if collection_id is not None:
        query = query.where(in_collection(collection_id))
    return one_page(query.order_by(Article.id), page, per_page)


def undecided(task_id: int, reviewer_id: int) -> int:
    """Sentences of the reviewer's own task without a claim type (``TaskNotFound`` otherwise)."""
    task = db.session.get(Task, task_id)
    if task is None or task.reviewer_id != reviewer_id:
        raise TaskNotFound("No task with that id.")
    decided, total = progress([task_id])[task_id]
    return total - decided


def all_reviewers() -> list[User]:
    """Every reviewer account, disabled ones included, by username (the task list's filter)."""
    return list(db.session.scalars(select(User).where(User.role == "reviewer").order_by(User.username)))


class TaskQueryError(DomainError):
    """A task list asked for in a way that cannot be read."""

    kind = "query"
    code = "bad_request"


@dataclass
class TaskFilter:
    """What a list of tasks is narrowed to."""

    reviewer_id: int | None = None
    article_id: int | None = None
    state: str | None = None
    collection_id: int | None = None

    @classmethod
    def from_args(cls, args) -> "TaskFilter":
        """Read ``reviewer``, ``article`` (ids), ``state`` and ``collection`` (name or id)."""
        ids = {}
        for name in ("reviewer", "article"):
            ids[name] = parse_id(args[name]) if args.get(name) else None
            if args.get(name) and ids[name] is None:
                raise TaskQueryError(f"{name} must be an id.")
        state = args.get("state") or None
        if state is not None and state not in TASK_STATES:
            raise TaskQueryError(f"state must be one of {', '.join(TASK_STATES)}.")
        return cls(ids["reviewer"], ids["article"], state, filter_arg(args.get("collection")))


_TASKS_AFTER = (Task.id, Task.article_id, Task.reviewer_id, User.username.label("reviewer_name"), Task.state,
                Task.due_date, Task.return_reason, Task.created_at, Task.decided_count.label("decided"),
                Article.sentence_count.label("sentences"))


def tasks_after(cursor: int, limit: int, filters: TaskFilter) -> list:
    """Up to ``limit`` tasks after id ``cursor`` that match ``filters``, by id: rows of the task's
    columns, its reviewer's name (``reviewer_name``) and its progress (``decided``, ``sentences``)."""
    query = select(*_TASKS_AFTER).join(User, User.id == Task.reviewer_id) \
        .join(Article, Article.id == Task.article_id).where(Task.id > cursor)
    for column, value in ((Task.reviewer_id, filters.reviewer_id), (Task.article_id, filters.article_id),
                          (Task.state, filters.state)):
        if value is not None:
            query = query.where(column == value)
    if filters.collection_id is not None:
        query = query.where(in_collection(filters.collection_id, Task.article_id))
    return list(db.session.execute(query.order_by(Task.id).limit(limit)))


def tasks_of_pairs(pairs: list[tuple[int, int]]) -> list[Task]:
    """The tasks of these (article id, reviewer id) pairs (those an assignment made), by id."""
    wanted = set(pairs)
    articles = list({article for article, _ in pairs})
    found: list[Task] = []
    for start in range(0, len(articles), 500):
        found.extend(task for task in db.session.scalars(
            select(Task).where(Task.article_id.in_(articles[start:start + 500])))
            if (task.article_id, task.reviewer_id) in wanted)
    return sorted(found, key=lambda task: task.id)
