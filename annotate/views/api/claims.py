"""API: search every claim (``GET /api/v1/claims``): full-text search over sentences with
filters, a page at a time (the rules are in services/claim_search.py)."""

from flask import jsonify, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.services import claim_search
from annotate.views.api.common import bp, page_args, page_of


@bp.route("/claims", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def search_claims():
    """Sentences holding every word of ``q``, by relevance then id (by id without ``q``),
    filtered by ``collection``, ``claim_type``, ``status``, ``source``, ``since`` and ``until``;
    a page at a time after ``cursor`` (admins: every article; reviewers: those assigned to them)."""
    cursor, limit = page_args()
    query = claim_search.read_query(request.args, current_user)
    hits = claim_search.search(query, current_user, cursor, limit + 1)
    return jsonify(page_of([hit.as_dict() for hit in hits], limit, key=lambda item: item["sentence_id"]))
