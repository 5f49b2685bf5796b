"""API: the desk lead's resources (admins): task actions, agreement, disagreements, stats."""

from flask import jsonify, request
from flask_login import current_user

from annotate.auth import allow
from annotate.numbers import parse_id
from annotate.services import adjudication, agreement_data, review, stats
from annotate.services import tasks as task_service
from annotate.services.agreement_data import Scope
from annotate.services.tasks import TaskError
from annotate.views.api.common import bp, json_body, page_args
from annotate.views.api.tasks import task_json


@bp.route("/tasks/<int:task_id>/accept", methods=["POST"])
@allow("admin")
def accept_task(task_id: int):
    """Accept a submitted task."""
    return jsonify(task_json(task_service.accept(task_id, current_user.id)))


@bp.route("/tasks/<int:task_id>/return", methods=["POST"])
@allow("admin")
def return_task(task_id: int):
    """Return a submitted task with a ``reason`` and optional per-sentence ``comments``
    (``[{"sentence_id", "body"}]``), which the reviewer sees on those sentences."""
    body = json_body()
    reason = body.get("reason")
    if not isinstance(reason, str):
        raise TaskError("reason must be text: say why the task is returned")
    return jsonify(task_json(review.return_with_comments(task_id, reason, body.get("comments"), current_user.id)))


@bp.route("/tasks/<int:task_id>/revoke", methods=["POST"])
@allow("admin")
def revoke_task(task_id: int):
    """Delete a task (its annotations stay, and are no longer exported); the task as it was."""
    return jsonify({"revoked": {"id": task_id, **task_service.revoke(task_id, current_user.id)}})


@bp.route("/tasks/<int:task_id>/reassign", methods=["POST"])
@allow("admin")
def reassign_task(task_id: int):
    """Give a task to another reviewer (``reviewer_id``), who starts it afresh."""
    reviewer_id = parse_id(json_body().get("reviewer_id"))
    if reviewer_id is None:
        raise TaskError("reviewer_id must be the id of an active reviewer")
    return jsonify(task_json(task_service.reassign(task_id, reviewer_id, current_user.id)))


@bp.route("/agreement", methods=["GET"])
@allow("admin")
def agreement():
    """Agreement per field over handed-in work (``collection``, ``article``, ``since``, ``until``)."""
    return jsonify(agreement_data.as_json(Scope.from_args(request.args)))


@bp.route("/disagreements", methods=["GET"])
@allow("admin")
def disagreements():
    """Sentences whose decided annotations differ and that have no admin decision, by sentence
    id after ``cursor`` (``collection``, ``article``)."""
    cursor, limit = page_args()
    found = adjudication.disagreements(Scope.from_args(request.args, ("collection", "article")), cursor, limit + 1)
    more = len(found) > limit
    found = found[:limit]
    return jsonify({"items": [item.as_dict() for item in found],
                    "next_cursor": found[-1].sentence_id if more and found else None})


@bp.route("/stats", methods=["GET"])
@allow("admin")
def dashboard_stats():
    """Every figure of the dashboard (``collection``)."""
    return jsonify(stats.dashboard(Scope.from_args(request.args, ("collection",))))
