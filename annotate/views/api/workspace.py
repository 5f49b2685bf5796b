"""API: the reviewer's workspace, a step at a time (the page's script moves between sentences
without reloading the article): a window of a task's sentences, and one sentence's panel."""

from flask import abort, jsonify, request
from flask_login import current_user

from annotate.auth import allow
from annotate.numbers import MAX_ID, MAX_LIMIT, parse_count, parse_id
from annotate.services import workspace as workspace_service
from annotate.views.api.common import bp


@bp.route("/tasks/<int:task_id>/sentences", methods=["GET"])
@allow("reviewer")
def workspace_sentences(task_id: int):
    """Sentences of one of your tasks from position ``from`` (default 0), at most ``limit``,
    with your labels of them."""
    start = parse_count(request.args.get("from", "0"), MAX_ID)
    limit = parse_id(request.args.get("limit", str(workspace_service.WINDOW_AFTER)))
    if start is None or limit is None or limit > MAX_LIMIT:
        abort(400, description=f"from must be a position and limit a number from 1 to {MAX_LIMIT}.")
    return jsonify(workspace_service.window_of(task_id, current_user.id, start, limit))


@bp.route("/tasks/<int:task_id>/sentences/<int:sentence_id>", methods=["GET"])
@allow("reviewer")
def workspace_panel(task_id: int, sentence_id: int):
    """The panel of a sentence of one of your tasks: your annotation, its history, comments
    from the review, the source suggestion, the sentences before and after."""
    workspace = workspace_service.load(task_id, current_user.id, sentence_id, required=True)
    return jsonify(workspace_service.panel_of(workspace, workspace_service.suggestion_for(workspace)))
