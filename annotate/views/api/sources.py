"""API: the registry of sources (everyone lists and adds; admins change and approve).

A reviewer's new source is a proposal: listed, shown and usable for that reviewer only, until
an admin approves it (``POST /sources/{id}/approve``) or merges it into another on the pages.
"""

from flask import jsonify, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.models import Source
from annotate.services import source_decisions
from annotate.services import sources as source_service
from annotate.views.api.common import bp, json_body

FIELDS = ("name", "kind", "aliases", "description")


def _viewer() -> int | None:
    """Whose view of the registry the caller gets: a reviewer's own, or (admins) all of it."""
    return None if current_user.is_admin else current_user.id


@bp.route("/sources", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def list_sources():
    """Sources whose name or alias contains ``q`` (for type-ahead), at most ``limit``."""
    term = request.args.get("q", "").strip()[:source_service.MAX_SEARCH]
    limit = min(max(request.args.get("limit", 20, type=int), 1), 100)
    return jsonify([source_json(source) for source in source_service.matching(term, limit, _viewer())])


@bp.route("/sources", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def create_source():
    """Register a new source (reviewers may too, inline while annotating: a proposal);
    ``confirm: true`` registers a name that looks like a registered one."""
    body = json_body()
    fields = {key: body.get(key, [] if key == "aliases" else "") for key in FIELDS}
    _check_types(fields)
    confirm = body.get("confirm", False)
    if not isinstance(confirm, bool):
        raise source_service.SourceError({"confirm": "must be true or false"})
    draft = source_service.SourceDraft(**fields, confirm=confirm)
    source = source_service.create_source(draft, actor_id=current_user.id)
    return jsonify(source_json(source)), 201


@bp.route("/sources/<int:source_id>", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_source(source_id: int):
    """One source (another reviewer's proposal is not found)."""
    return jsonify(source_json(source_service.get_source(source_id, _viewer())))


@bp.route("/sources/<int:source_id>", methods=["PUT"])
@allow("admin")
def update_source(source_id: int):
    """Change a source (admins): fields left out keep their values."""
    source = source_service.get_source(source_id)
    body = json_body()
    current = source_service.fields_of(source)
    merged = {key: body.get(key, current[key]) for key in FIELDS}
    _check_types(merged)
    source_service.update_source(source, source_service.SourceDraft(**merged), actor_id=current_user.id)
    return jsonify(source_json(source))


@bp.route("/sources/<int:source_id>/approve", methods=["POST"])
@allow("admin")
def approve_source(source_id: int):
    """Approve a reviewer's proposed source (admins); an approved one stays as it is."""
    source_decisions.approve_source(source_id, actor_id=current_user.id)
    return jsonify(source_json(source_service.get_source(source_id)))


def _check_types(fields: dict) -> None:
    """Refuse a source body whose fields have the wrong JSON types (``SourceError``)."""
    aliases = fields.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise source_service.SourceError({"aliases": "must be a list of strings"})
    for key in ("name", "kind", "description"):
        if not isinstance(fields.get(key, ""), str):
            raise source_service.SourceError({key: "must be a string"})


def source_json(source: Source) -> dict:
    """A source as the API shows it (``status``: "approved", or "proposed" by a reviewer)."""
    return {"id": source.id, "name": source.name, "kind": source.kind,
            "aliases": list(source.aliases or []), "description": source.description,
            "status": source.status}
