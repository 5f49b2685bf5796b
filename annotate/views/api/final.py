"""API: final labels of sentences (admins)."""

from flask import jsonify
from flask_login import current_user

from annotate.auth import allow
from annotate.services import final_labels
from annotate.views.api.common import bp, json_body


@bp.route("/sentences/<int:sentence_id>/final", methods=["GET"])
@allow("admin")
def get_final(sentence_id: int):
    """A sentence's annotations and final label (unanimous, adjudicated, or null)."""
    return jsonify(final_labels.final_of(sentence_id))


@bp.route("/sentences/<int:sentence_id>/final", methods=["PUT"])
@allow("admin")
def put_final(sentence_id: int):
    """Decide a sentence's final label: ``claim_type``, ``source_id``, ``status``, and optionally
    ``review_url`` (where the desk published its verdict: the ClaimReview's url)."""
    return jsonify(final_labels.adjudicate(sentence_id, json_body(), current_user.id))


@bp.route("/sentences/<int:sentence_id>/final", methods=["DELETE"])
@allow("admin")
def delete_final(sentence_id: int):
    """Withdraw an admin's decision; the unanimous label, if any, applies again."""
    return jsonify(final_labels.clear(sentence_id, current_user.id))
