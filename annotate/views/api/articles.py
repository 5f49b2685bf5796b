"""API: articles (list with filters and a cursor, one with its sentences, create with the
import rules)."""

from flask import current_app, jsonify, request
from flask_login import current_user
from sqlalchemy import exists, or_, select
from sqlalchemy.exc import IntegrityError

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.extensions import db
from annotate.importing import RecordError, validate
from annotate.models import Article, Task
from annotate.services import articles as article_service
from annotate.services.imports import store_articles
from annotate.views.api import bp, json_body, page_args, page_of
from annotate.views.errors import api_error

MAX_ARTICLES_PER_CALL = 1000


def article_json(article: Article, sentences=None) -> dict:
    """An article as the API shows it (with its sentences when given)."""
    body = {"id": article.id, "title": article.title, "url": article.url, "publisher": article.publisher,
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
    query = select(Article).where(Article.id > cursor).order_by(Article.id).limit(limit + 1)
    has_task = exists().where(Task.article_id == Article.id)
    if not current_user.is_admin:
        query = query.where(exists().where(Task.article_id == Article.id, Task.reviewer_id == current_user.id))
    q = request.args.get("q", "").strip()
    if q:
        pattern = "%" + article_service.escape_like(q[:200]) + "%"
        query = query.where(or_(Article.title.ilike(pattern, escape="\\"), Article.text.ilike(pattern, escape="\\")))
    if request.args.get("publisher"):
        query = query.where(Article.publisher == request.args["publisher"][:200])
    assigned = request.args.get("assigned", "")
    if assigned not in ("", "yes", "no"):
        return api_error(400, "bad_request", "assigned must be yes or no.")
    if assigned:
        query = query.where(has_task if assigned == "yes" else ~has_task)
    return jsonify(page_of([article_json(a) for a in db.session.scalars(query)], limit))


@bp.route("/articles/<int:article_id>", methods=["GET"])
@allow(*EVERYONE_LOGGED_IN)
def get_article(article_id: int):
    """One article with its text and sentences (reviewers: only their assigned ones)."""
    article = article_service.readable_article(article_id, current_user)
    if article is None:
        return api_error(404, "not_found", "No article with that id.")
    return jsonify(article_json(article, article_service.sentences_of(article_id)))


@bp.route("/articles", methods=["POST"])
@allow("admin")
def create_articles():
    """Import one article (an object) or many (an array), all or nothing, with the import rules."""
    body = json_body((dict, list))
    items = body if isinstance(body, list) else [body]
    if not 1 <= len(items) <= MAX_ARTICLES_PER_CALL:
        return api_error(422, "invalid", f"Send 1 to {MAX_ARTICLES_PER_CALL} articles per call.")
    limit = current_app.config["MAX_RECORD_BYTES"]
    try:
        records = [validate(item, "body", f"item {n}" if isinstance(body, list) else None, limit)
                   for n, item in enumerate(items, start=1)]
        report = store_articles(records)
        db.session.commit()
    except RecordError as error:
        db.session.rollback()
        return api_error(422, "invalid", "Nothing was imported.", {error.where or "body": error.message})
    except IntegrityError:  # the same text stored by a concurrent call
        db.session.rollback()
        return api_error(409, "conflict", "Some of these articles were stored meanwhile; nothing was imported.")
    except BaseException:
        db.session.rollback()
        raise
    ids = list(db.session.scalars(select(Article.id).where(
        Article.text_sha256.in_([r.text_sha256 for r in records])).order_by(Article.id)))
    return jsonify({"articles": report.articles, "sentences": report.sentences,
                    "skipped": report.skipped, "ids": ids}), 201
