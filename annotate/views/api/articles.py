"""API: articles (list with filters and a cursor, one with its sentences, create with the
import rules)."""

from typing import Any

from flask import current_app, jsonify, request
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.models import Article
from annotate.services import articles as article_service
from annotate.services.imports import import_records
from annotate.views.api.common import bp, json_body, page_args, page_of


def article_json(article: Article, sentences=None) -> dict:
    """An article as the API shows it (with its sentences when given)."""
    body: dict[str, Any] = {
        "id": article.id, "title": article.title, "url": article.url, "publisher": article.publisher,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "language": article.language, "external_id": article.external_id, "meta": article.meta or {},
        "text_sha256": article.text_sha256, "created_at": article.created_at.isoformat()}
    if sentences is not None:
        body["text"] = article.text
        body["sentences"] = [{"id": s.id, "position": s.position, "start": s.start, "end": s.end,
                              "kind": s.kind, "text": article.text[s.start:s.end]} for s in sentences]
    return body


@bp.route("/articles", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def list_articles():
    """Articles by id (admins: all; reviewers: those assigned to them), ``q``, ``publisher``
    and ``assigned`` filters, a page at a time after ``cursor``."""
    cursor, limit = page_args()
    filters = article_service.ArticleFilter.from_args(request.args, strict=True)
    found = article_service.articles_after(cursor, limit + 1, filters, current_user)
    return jsonify(page_of([article_json(a) for a in found], limit))


@bp.route("/articles/<int:article_id>", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_article(article_id: int):
    """One article with its text and sentences (reviewers: only their assigned ones)."""
    article = article_service.readable_article(article_id, current_user)
    return jsonify(article_json(article, article_service.sentences_of(article_id)))


@bp.route("/articles", methods=["POST"])
@allow("admin")
def create_articles():
    """Import one article (an object) or many (an array), all or nothing, with the import rules."""
    body = json_body((dict, list))
    report, ids = import_records(body if isinstance(body, list) else [body], isinstance(body, list),
                                 current_app.config["MAX_RECORD_BYTES"],
                                 request.args.get("collection", "").strip() or None)
    return jsonify({"articles": report.articles, "sentences": report.sentences,
                    "skipped": report.skipped, "ids": ids}), 201
