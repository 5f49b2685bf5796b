"""The audit log for admins: every recorded change, filtered, a page at a time; and the history
of one article (its sentences, their annotations, final labels and comments, its tasks)."""

from flask import Blueprint, render_template, request

from annotate.auth import allow
from annotate.numbers import parse_id
from annotate.services import articles as article_service
from annotate.services import audit as audit_service

bp = Blueprint("audit", __name__)


@bp.get("/admin/audit")
@allow("admin")
def index():
    """Audit events, newest first, filtered by entity, actor and days; ``before`` pages on."""
    filters = audit_service.AuditFilter.from_args(request.args)
    events, next_cursor = ([], None) if filters.problems else audit_service.events_page(
        filters, parse_id(request.args.get("before", "")))
    return render_template("audit/index.html", events=events, next_cursor=next_cursor, filters=filters,
                           entity_types=audit_service.ENTITY_TYPES), 400 if filters.problems else 200


@bp.get("/admin/articles/<int:article_id>/history")
@allow("admin")
def article_history(article_id: int):
    """Everything that happened to an article and the work on it, newest first."""
    article = article_service.get_article(article_id)
    events, next_cursor = audit_service.article_history(article_id, parse_id(request.args.get("before", "")))
    return render_template("audit/article.html", article=article, events=events, next_cursor=next_cursor)
