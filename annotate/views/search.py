"""The search page (issue 15, point 4): every claim, by words and filters, for admins and
reviewers (reviewers search the articles assigned to them). The rules are in
services/claim_search.py; ``GET /api/v1/claims`` answers the same search."""

from flask import Blueprint, render_template, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.labels import CLAIM_TYPES, STATUSES
from annotate.numbers import parse_id
from annotate.services import claim_search
from annotate.services import collections as collection_service

bp = Blueprint("search", __name__)

PAGE_SIZE = 20
FIELDS = ("q", "collection", "claim_type", "status", "source", "since", "until")


@bp.get("/search")
@allow(*EVERYONE_LOGGED_IN)
def index():
    """The search form, and a page of results after ``cursor`` once words or a filter are given."""
    asked = {name: request.args.get(name, "") for name in FIELDS}
    hits, next_cursor, problem = [], None, None
    try:
        query = claim_search.read_query(request.args, current_user)
        if not query.empty:
            hits = claim_search.search(query, current_user, parse_id(request.args.get("cursor", "")) or 0,
                                       PAGE_SIZE + 1)
    except claim_search.SearchError as error:  # the form stays, with what is wrong
        query, problem = None, error.message
    if len(hits) > PAGE_SIZE:
        hits, next_cursor = hits[:PAGE_SIZE], hits[PAGE_SIZE - 1].sentence_id
    collections = collection_service.all_collections() if current_user.is_admin else []
    return render_template("search/index.html", asked=asked, query=query, hits=hits, next_cursor=next_cursor,
                           problem=problem, claim_types=CLAIM_TYPES, statuses=STATUSES,
                           kept={name: value for name, value in asked.items() if value},
                           collections=collections, paged=bool(request.args.get("cursor"))), 400 if problem else 200
