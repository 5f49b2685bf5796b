"""Articles: the list and the article page with its sentences."""

from flask import Blueprint, current_app, render_template, request
from sqlalchemy import func, select

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.extensions import db
from annotate.models import Article, Sentence

bp = Blueprint("articles", __name__)


@bp.route("/")
@allow(*EVERYONE_LOGGED_IN)
def index():
    """The list of articles, newest first, a page at a time (no count over the whole table)."""
    per_page = current_app.config["PAGE_SIZE"]
    page = max(request.args.get("page", 1, type=int), 1)
    n_sentences = (select(func.count()).where(Sentence.article_id == Article.id)
                   .correlate(Article).scalar_subquery())
    rows = db.session.execute(
        select(Article.id, Article.publisher, Article.published_at, Article.created_at,
               func.coalesce(Article.title, func.substr(Article.text, 1, 100)).label("title"),
               n_sentences.label("sentences"))
        .order_by(Article.id.desc()).limit(per_page + 1).offset((page - 1) * per_page)
    ).all()
    return render_template("articles/index.html", rows=rows[:per_page], page=page,
                           has_next=len(rows) > per_page)


@bp.route("/articles/<int:article_id>")
@allow(*EVERYONE_LOGGED_IN)
def detail(article_id: int):
    """One article: its sentences in reading order, kinds set apart."""
    article = db.get_or_404(Article, article_id, description="No article with that id.")
    sentences = db.session.scalars(
        select(Sentence).where(Sentence.article_id == article_id).order_by(Sentence.position)
    ).all()
    return render_template("articles/detail.html", article=article, sentences=sentences)
