"""API: the registry of sources (everyone lists and adds; admins change)."""

from flask import jsonify, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.models import Source
from annotate.services import sources as source_service
from annotate.views.api.common import bp, json_body


@bp.route("/sources", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def list_sources():
    """Sources whose name or alias contains ``q`` (for type-ahead), at most ``limit``."""
    term = request.args.get("q", "").strip()[:source_service.MAX_SEARCH]
    limit = min(max(request.args.get("limit", 20, type=int), 1), 100)
    return jsonify([source_json(source) for source in source_service.matching(term, limit)])


@bp.route("/sources", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def create_source():
    """Register a new source (reviewers may too, inline while annotating)."""
    body = json_body()
    fields = {key: body.get(key, [] if key == "aliases" else "") for key in ("name", "kind", "aliases", "description")}
    _check_types(fields)
    source = source_service.create_source(source_service.SourceDraft(**fields), actor_id=current_user.id)
    return jsonify(source_json(source)), 201


@bp.route("/sources/<int:source_id>", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_source(source_id: int):
    """One source."""
    return jsonify(source_json(source_service.get_source(source_id)))


@bp.route("/sources/<int:source_id>", methods=["PUT"])
@allow("admin")
def update_source(source_id: int):
    """Change a source (admins): fields left out keep their values."""
    source = source_service.get_source(source_id)
    body = json_body()
    current = source_service.fields_of(source)
    merged = {key: body.get(key, current[key]) for key in ("name", "kind", "aliases", "description")}
    _check_types(merged)
    source_service.update_source(source, source_service.SourceDraft(**merged), actor_id=current_user.id)
    return jsonify(source_json(source))


def _check_types(fields: dict) -> None:
    """Refuse a source body whose fields have the wrong JSON types (``SourceError``)."""
    aliases = fields.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise source_service.SourceError({"aliases": "must be a list of strings"})
    for key in ("name", "kind", "description"):
        if not isinstance(fields.get(key, ""), str):
            raise source_service.SourceError({key: "must be a string"})


def source_json(source: Source) -> dict:
    """A source as the API shows it."""
    return {"id": source.id, "name": source.name, "kind": source.kind,
            "aliases": list(source.aliases or []), "description": source.description}
