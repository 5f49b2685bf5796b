"""API: review tasks (admins create, assign in bulk and list any; reviewers list and submit
their own)."""

from flask import jsonify, request
from flask_login import current_user
from sqlalchemy import select

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.extensions import db
from annotate.labels import TASK_STATES
from annotate.models import Task
from annotate.numbers import parse_id
from annotate.services import task_queries as queries
from annotate.services import tasks as task_service
from annotate.views.api import bp, json_body, page_args, page_of
from annotate.views.errors import api_error


def task_json(task: Task, progress: tuple[int, int] | None = None) -> dict:
    """A task as the API shows it."""
    decided, total = progress or (None, None)
    return {"id": task.id, "article_id": task.article_id, "reviewer_id": task.reviewer_id,
            "reviewer": task.reviewer.username, "state": task.state,
            "due_date": task.due_date.isoformat() if task.due_date else None,
            "return_reason": task.return_reason, "created_at": task.created_at.isoformat(),
            "decided": decided, "sentences": total}


def _task_error(error: task_service.TaskError):
    code = {400: "invalid", 404: "not_found", 409: "conflict"}.get(error.status, "invalid")
    status = 422 if error.status == 400 else error.status
    return api_error(status, code, str(error))


@bp.route("/tasks", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def list_tasks():
    """Tasks by id after ``cursor`` (admins: any, filtered by ``reviewer``, ``state``,
    ``article``; reviewers: their own)."""
    cursor, limit = page_args()
    query = select(Task).where(Task.id > cursor).order_by(Task.id).limit(limit + 1)
    filters = {"reviewer": Task.reviewer_id, "article": Task.article_id}
    for name, column in filters.items():
        if request.args.get(name):
            value = parse_id(request.args[name])
            if value is None:
                return api_error(400, "bad_request", f"{name} must be an id.")
            query = query.where(column == value)
    state = request.args.get("state")
    if state:
        if state not in TASK_STATES:
            return api_error(400, "bad_request", f"state must be one of {', '.join(TASK_STATES)}.")
        query = query.where(Task.state == state)
    if not current_user.is_admin:
        query = query.where(Task.reviewer_id == current_user.id)
    found = list(db.session.scalars(query))
    progress = queries.progress(task.id for task in found)
    return jsonify(page_of([task_json(t, progress.get(t.id)) for t in found], limit))


@bp.route("/tasks", methods=["POST"])
@allow("admin")
def create_tasks():
    """Assign articles (``article_ids``, or ``"unassigned": true``) to ``reviewer_ids`` with
    an ``overlap`` (default 1) and an optional ``due_date``; all or nothing."""
    body = json_body()
    try:
        reviewer_ids = task_service.parse_ids(_list(body, "reviewer_ids"), "reviewer")
        article_ids = None if body.get("unassigned") is True else \
            task_service.parse_ids(_list(body, "article_ids"), "article")
        due = body.get("due_date")
        if due is not None and not isinstance(due, str):
            raise task_service.TaskError("due_date must be a date YYYY-MM-DD")
        report = task_service.bulk_assign(article_ids, reviewer_ids, task_service.parse_overlap(
            body.get("overlap", 1)), task_service.parse_due(due), actor_id=current_user.id)
    except task_service.TaskError as error:
        return _task_error(error)
    tasks = db.session.scalars(select(Task).where(Task.id.in_(
        select(Task.id).where(Task.article_id.in_(report.articles))))).all()
    created = set(report.pairs)
    return jsonify({"created": len(report.pairs), "summary": report.summary(),
                    "tasks": [task_json(t) for t in tasks if (t.article_id, t.reviewer_id) in created]}), 201


def _list(body: dict, key: str) -> list:
    value = body.get(key)
    if not isinstance(value, list) or not value:
        raise task_service.TaskError(f"{key} must be a non-empty list of ids")
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in value):
        raise task_service.TaskError(f"{key} must hold whole numbers")
    return value


@bp.route("/tasks/<int:task_id>/submit", methods=["POST"])
@allow("reviewer")
def submit_task(task_id: int):
    """Hand in one of your tasks (another reviewer's is not found)."""
    try:
        task = task_service.submit(task_id, current_user.id)
    except task_service.TaskError as error:
        return _task_error(error)
    return jsonify(task_json(task))


@bp.route("/reviewers", methods=["GET"])
@allow("admin")
def list_reviewers():
    """Active reviewers (ids for assignment)."""
    return jsonify([{"id": u.id, "username": u.username} for u in task_service.active_reviewers()])
