"""API: the caller's annotation of a sentence, and the export."""

from flask import jsonify, request
from flask_login import current_user

from annotate.annotation_input import AnnotationInvalid
from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.services import annotations
from annotate.views.api import bp, json_body
from annotate.views.errors import api_error


@bp.route("/sentences/<int:sentence_id>/annotation", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_annotation(sentence_id: int):
    """The caller's annotation of a sentence (version 0 when there is none yet)."""
    try:
        return jsonify(annotations.annotation_of(sentence_id, current_user.id))
    except annotations.AnnotationNotFound as missing:
        return api_error(404, "not_found", str(missing))


@bp.route("/sentences/<int:sentence_id>/annotation", methods=["PUT"])
@allow(*EVERYONE_LOGGED_IN)
def put_annotation(sentence_id: int):
    """Save the caller's annotation; the body names the version it read (409 when stale)."""
    body = json_body()
    try:
        return jsonify(annotations.save(sentence_id, current_user.id, body))
    except annotations.AnnotationNotFound as missing:
        return api_error(404, "not_found", str(missing))
    except AnnotationInvalid as invalid:
        return api_error(422, "invalid", "The annotation was not saved.", invalid.errors)
    except annotations.AnnotationConflict as conflict:
        return api_error(409, conflict.code, str(conflict), {"current": conflict.current})


@bp.route("/export", methods=["GET"])
@allow("admin")
def export_dataset():
    """The dataset, streamed (``format`` and the filters as query parameters)."""
    from annotate.services.export import ExportError
    from annotate.views.exports import streamed_export

    try:
        return streamed_export(request.args)
    except ExportError as error:
        return api_error(400, "invalid_filter", str(error))
