"""Articles: the admin's list and import page, and the article page with its sentences."""

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.numbers import page_number
from annotate.services import articles as article_service
from annotate.services import collections as collection_service
from annotate.services.imports import PASTED, import_upload

bp = Blueprint("articles", __name__)


class ImportForm(FlaskForm):
    """Files to import, or pasted text."""

    files = MultipleFileField("Files (.txt, .json, .jsonl)")
    collection = StringField("Into the collection (optional; a new name makes one)",
                             validators=[Optional(), Length(max=200)])
    title = StringField("Title of the pasted text (optional)", validators=[Optional(), Length(max=500)])
    text = TextAreaField("…or paste an article", validators=[Optional()])


@bp.route("/articles")
@allow("admin")
def index():
    """The list of articles: searchable by title and text, filterable, a page at a time."""
    filters = article_service.ArticleFilter.from_args(request.args)
    page = page_number(request.args.get("page", ""))
    rows, has_next = article_service.search_articles(filters, page, current_app.config["PAGE_SIZE"])
    return render_template("articles/index.html", rows=rows, page=page, has_next=has_next,
                           filters=filters, publishers=article_service.publishers(),
                           collections=collection_service.all_collections())


@bp.route("/articles/<int:article_id>")
@allow(*EVERYONE_LOGGED_IN)
def detail(article_id: int):
    """One article: its sentences in reading order, kinds set apart."""
    article = article_service.readable_article(article_id, current_user)
    annotations = article_service.annotations_by_sentence(article_id) if current_user.is_admin else {}
    return render_template("articles/detail.html", article=article, annotations=annotations,
                           sentences=article_service.sentences_of(article_id),
                           collections=collection_service.of_article(article_id) if current_user.is_admin else [])


def _import_page(form: "ImportForm", status: int, results=None):
    return render_template("articles/import.html", form=form, results=results,
                           collections=collection_service.all_collections()), status


@bp.route("/admin/import", methods=["GET", "POST"])
@allow("admin")
def upload():
    """Import uploaded files or pasted text; each file all-or-nothing, with a report."""
    form = ImportForm()
    if not form.validate_on_submit():
        return _import_page(form, 400 if form.errors else 200)
    uploads = [(f.filename or "upload", f.stream) for f in form.files.data or [] if f and f.filename]
    results = import_upload(uploads, form.text.data or "", form.title.data or None,
                            current_app.config["MAX_RECORD_BYTES"], (form.collection.data or "").strip() or None,
                            actor_id=current_user.id)
    if not results:
        form.text.errors = ["Choose a file or paste a text."]
        return _import_page(form, 400)
    status = 200 if all(r.ok for r in results) else 422
    if all(r.ok for r in results if r.name == PASTED):  # keep a refused pasted text for another try
        form = ImportForm(formdata=None)
    return _import_page(form, status, results)
