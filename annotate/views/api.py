"""The JSON API under ``/api/v1`` (SPEC §3): used by the pages' own calls (session and
CSRF header) and by API clients. Errors share one shape, made in views/errors.py."""

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user
from sqlalchemy import select

from annotate.annotation_input import AnnotationInvalid
from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.extensions import db
from annotate.models import Source
from annotate.services import annotations
from annotate.services import sources as source_service
from annotate.views.errors import api_error

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def json_body() -> dict:
    """The request's JSON object, or a 415/400 error in the API's shape."""
    if not request.is_json:
        abort(415, description="Send the body as application/json.")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, description="The body must be a JSON object.")
    return body


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
        return api_error(409, "conflict", str(conflict), {"current": conflict.current})


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
    aliases = body.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        return api_error(422, "invalid", "The source was not saved.", {"aliases": "must be a list of strings"})
    fields = {key: body.get(key, "") for key in ("name", "kind", "description")}
    if not all(isinstance(value, str) for value in fields.values()):
        return api_error(422, "invalid", "The source was not saved.", {"fields": "name, kind and description must be strings"})
    draft = source_service.SourceDraft(aliases=aliases, **fields)
    try:
        source = source_service.create_source(draft, actor_id=current_user.id)
    except source_service.SourceError as refused:
        return api_error(422, "invalid", "The source was not saved.", refused.errors)
    return jsonify(source_json(source)), 201


def source_json(source: Source) -> dict:
    """A source as the API shows it."""
    return {"id": source.id, "name": source.name, "kind": source.kind,
            "aliases": list(source.aliases or []), "description": source.description}
