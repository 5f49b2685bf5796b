"""API: review tasks (admins create, assign in bulk and list any; reviewers list and submit
their own)."""

from flask import jsonify, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.services import task_queries as queries
from annotate.services import tasks as task_service
from annotate.services.collections import filter_arg
from annotate.views.api.common import bp, json_body, page_args, page_of


def task_json(task, progress: tuple[int, int] | None = None, reviewer: str | None = None) -> dict:
    """A task (a ``Task``, or a ``queries.tasks_after`` row with its ``reviewer`` name and
    ``progress``) as the API shows it."""
    decided, total = progress or (None, None)
    return {"id": task.id, "article_id": task.article_id, "reviewer_id": task.reviewer_id,
            "reviewer": task.reviewer.username if reviewer is None else reviewer, "state": task.state,
            "due_date": task.due_date.isoformat() if task.due_date else None,
            "return_reason": task.return_reason, "created_at": task.created_at.isoformat(),
            "decided": decided, "sentences": total}


@bp.route("/tasks", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def list_tasks():
    """Tasks by id after ``cursor`` (admins: any, filtered by ``reviewer``, ``state``,
    ``article``; reviewers: their own)."""
    cursor, limit = page_args()
    filters = queries.TaskFilter.from_args(request.args)
    if not current_user.is_admin:
        filters.reviewer_id = current_user.id
    found = queries.tasks_after(cursor, limit + 1, filters)
    return jsonify(page_of([task_json(row, (row.decided, row.sentences), row.reviewer_name) for row in found],
                           limit))


@bp.route("/tasks", methods=["POST"])
@allow("admin")
def create_tasks():
    """Assign articles (``article_ids``, or ``"unassigned": true``) to ``reviewer_ids`` with
    an ``overlap`` (default 1) and an optional ``due_date``; all or nothing."""
    body = json_body()
    reviewer_ids = task_service.parse_ids(_list(body, "reviewer_ids"), "reviewer")
    article_ids = None if body.get("unassigned") is True else \
        task_service.parse_ids(_list(body, "article_ids"), "article")
    due = body.get("due_date")
    if due is not None and not isinstance(due, str):
        raise task_service.TaskError("due_date must be a date YYYY-MM-DD")
    collection = body.get("collection")
    if collection is not None and not isinstance(collection, (str, int)):
        raise task_service.TaskError("collection must be a collection's name or id")
    report = task_service.bulk_assign(article_ids, reviewer_ids, task_service.parse_overlap(
        body.get("overlap", 1)), task_service.parse_due(due), actor_id=current_user.id,
        collection_id=filter_arg(str(collection)) if collection is not None else None)
    return jsonify({"created": len(report.pairs), "summary": report.summary(),
                    "tasks": [task_json(t) for t in queries.tasks_of_pairs(report.pairs)]}), 201


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
    return jsonify(task_json(task_service.submit(task_id, current_user.id)))


@bp.route("/reviewers", methods=["GET"])
@allow("admin")
def list_reviewers():
    """Active reviewers (ids for assignment)."""
    return jsonify([{"id": u.id, "username": u.username} for u in task_service.active_reviewers()])
