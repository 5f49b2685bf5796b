"""API: the registry of sources (everyone lists and adds; admins change)."""

from flask import jsonify, request
from flask_login import current_user
from sqlalchemy import select

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.extensions import db
from annotate.models import Source
from annotate.services import sources as source_service
from annotate.views.api import bp, json_body
from annotate.views.errors import api_error


@bp.route("/sources", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def list_sources():
    """Sources whose name or alias contains ``q`` (for type-ahead), at most ``limit``."""
    term = request.args.get("q", "").strip()[:200]
    limit = min(max(request.args.get("limit", 20, type=int), 1), 100)
    query = select(Source).order_by(Source.name).limit(limit)
    if term:
        query = query.where(source_service.search_filter(term))
    return jsonify([source_json(source) for source in db.session.scalars(query)])


@bp.route("/sources", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def create_source():
    """Register a new source (reviewers may too, inline while annotating)."""
    body = json_body()
    fields = {key: body.get(key, [] if key == "aliases" else "") for key in ("name", "kind", "aliases", "description")}
    problem = _field_problem(fields)
    if problem:
        return api_error(422, "invalid", "The source was not saved.", problem)
    draft = source_service.SourceDraft(**fields)
    try:
        source = source_service.create_source(draft, actor_id=current_user.id)
    except source_service.SourceError as refused:
        return api_error(422, "invalid", "The source was not saved.", refused.errors)
    return jsonify(source_json(source)), 201


@bp.route("/sources/<int:source_id>", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_source(source_id: int):
    """One source."""
    source = db.get_or_404(Source, source_id, description="No source with that id.")
    return jsonify(source_json(source))


@bp.route("/sources/<int:source_id>", methods=["PUT"])
@allow("admin")
def update_source(source_id: int):
    """Change a source (admins): fields left out keep their values."""
    source = db.get_or_404(Source, source_id, description="No source with that id.")
    body = json_body()
    current = source_service.fields_of(source)
    merged = {key: body.get(key, current[key]) for key in ("name", "kind", "aliases", "description")}
    problem = _field_problem(merged)
    if problem:
        return api_error(422, "invalid", "The source was not saved.", problem)
    try:
        source_service.update_source(source, source_service.SourceDraft(**merged), actor_id=current_user.id)
    except source_service.SourceError as refused:
        return api_error(422, "invalid", "The source was not saved.", refused.errors)
    return jsonify(source_json(source))


def _field_problem(fields: dict) -> dict | None:
    """Type errors in a source body, by field."""
    aliases = fields.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        return {"aliases": "must be a list of strings"}
    for key in ("name", "kind", "description"):
        if not isinstance(fields.get(key, ""), str):
            return {key: "must be a string"}
    return None


def source_json(source: Source) -> dict:
    """A source as the API shows it."""
    return {"id": source.id, "name": source.name, "kind": source.kind,
            "aliases": list(source.aliases or []), "description": source.description}
