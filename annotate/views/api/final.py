"""API: final labels of sentences (admins)."""

from flask import jsonify
from flask_login import current_user

from annotate.annotation_input import AnnotationInvalid
from annotate.auth import allow
from annotate.services import final_labels
from annotate.views.api import bp, json_body
from annotate.views.errors import api_error


@bp.route("/sentences/<int:sentence_id>/final", methods=["GET"])
@allow("admin")
def get_final(sentence_id: int):
    """A sentence's annotations and final label (unanimous, adjudicated, or null)."""
    try:
        return jsonify(final_labels.final_of(sentence_id))
    except final_labels.SentenceNotFound as missing:
        return api_error(404, "not_found", str(missing))


@bp.route("/sentences/<int:sentence_id>/final", methods=["PUT"])
@allow("admin")
def put_final(sentence_id: int):
    """Decide a sentence's final label: ``claim_type``, ``source_id``, ``status``."""
    body = json_body()
    try:
        return jsonify(final_labels.adjudicate(sentence_id, body, current_user.id))
    except final_labels.SentenceNotFound as missing:
        return api_error(404, "not_found", str(missing))
    except AnnotationInvalid as invalid:
        return api_error(422, "invalid", "The final label was not saved.", invalid.errors)


@bp.route("/sentences/<int:sentence_id>/final", methods=["DELETE"])
@allow("admin")
def delete_final(sentence_id: int):
    """Withdraw an admin's decision; the unanimous label, if any, applies again."""
    try:
        return jsonify(final_labels.clear(sentence_id, current_user.id))
    except final_labels.SentenceNotFound as missing:
        return api_error(404, "not_found", str(missing))
