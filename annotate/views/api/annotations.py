"""API: the caller's annotation of a sentence, and the export."""

from flask import jsonify, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.services import annotations
from annotate.views.api.common import bp, json_body
from annotate.views.exports import streamed_export


@bp.route("/sentences/<int:sentence_id>/annotation", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_annotation(sentence_id: int):
    """The caller's annotation of a sentence (version 0 when there is none yet)."""
    return jsonify(annotations.annotation_of(sentence_id, current_user.id))


@bp.route("/sentences/<int:sentence_id>/annotation", methods=["PUT"])
@allow(*EVERYONE_LOGGED_IN)
def put_annotation(sentence_id: int):
    """Save the caller's annotation; the body names the version it read (409 when stale)."""
    return jsonify(annotations.save(sentence_id, current_user.id, json_body()))


@bp.route("/export", methods=["GET"])
@allow("admin")
def export_dataset():
    """The dataset, streamed (``format`` and the filters as query parameters)."""
    return streamed_export(request.args)
