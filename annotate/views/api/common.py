"""The API blueprint and what every resource module shares: reading the JSON body and the
paging arguments, and shaping a page of items."""

from flask import Blueprint, abort, request

from annotate.numbers import DEFAULT_LIMIT, MAX_LIMIT, parse_id

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def json_body(kinds=(dict,)):
    """The request's JSON body (an object, or as ``kinds`` allows), or a 415/400 API error."""
    if not request.is_json:
        abort(415, description="Send the body as application/json.")
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # nested too deeply for the parser: as bad as malformed JSON
        body = None
    if not isinstance(body, kinds):
        abort(400, description="The body must be a JSON " + " or ".join(
            "object" if kind is dict else "array" for kind in kinds) + ".")
    return body


def page_args() -> tuple[int, int]:
    """``cursor`` (the last id seen, 0 to start) and ``limit`` from the query string."""
    cursor_text, limit_text = request.args.get("cursor", ""), request.args.get("limit", "")
    cursor = parse_id(cursor_text) if cursor_text else 0
    limit = parse_id(limit_text) if limit_text else DEFAULT_LIMIT
    if cursor is None or limit is None or limit > MAX_LIMIT:
        abort(400, description=f"cursor must be an id and limit a number from 1 to {MAX_LIMIT}.")
    return cursor, limit


def page_of(items: list, limit: int, key=lambda item: item["id"]) -> dict:
    """A page of ``items`` (fetched with ``limit + 1``) and the cursor of the next page."""
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "next_cursor": key(items[-1]) if more and items else None}
