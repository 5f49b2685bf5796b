"""Articles: the admin's list and import page, and the article page with its sentences."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.labels import SENTENCE_KINDS
from annotate.numbers import MAX_ID, page_number, parse_count
from annotate.services import articles as article_service
from annotate.services import collections as collection_service
from annotate.services import segmentation
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
                           sentences=article_service.sentences_of(article_id), kinds=SENTENCE_KINDS,
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


# --- correcting the segmentation (issue 14.5) -------------------------------------------------

def _corrected(article_id: int, correct, fields: dict):
    """Run a correction; back to the article on success, or the confirmation page when it
    touches work and was not confirmed (``carry_over``)."""
    try:
        done = correct(request.form.get("carry_over") == "1")
    except segmentation.WorkAffected as affected:
        return render_template("articles/confirm_correction.html", article_id=article_id, action=request.path,
                               message=affected.message, fields=fields, details=affected.details), 409
    flash(done.message, "info")
    anchor = f"s{done.sentence_ids[0]}" if done.sentence_ids else None
    return redirect(url_for("articles.detail", article_id=article_id, _anchor=anchor), 303)


@bp.post("/articles/<int:article_id>/sentences/<int:sentence_id>/kind")
@allow("admin")
def sentence_kind(article_id: int, sentence_id: int):
    """Give a sentence another kind."""
    kind = request.form.get("kind", "")
    return _corrected(article_id, lambda _carry: segmentation.set_kind(
        article_id, sentence_id, kind, current_user.id), {"kind": kind})


@bp.post("/articles/<int:article_id>/sentences/<int:sentence_id>/merge")
@allow("admin")
def merge_sentence(article_id: int, sentence_id: int):
    """Merge a sentence with the next one."""
    return _corrected(article_id, lambda carry: segmentation.merge_with_next(
        article_id, sentence_id, current_user.id, carry_over=carry), {})


@bp.post("/articles/<int:article_id>/sentences/<int:sentence_id>/split")
@allow("admin")
def split_sentence(article_id: int, sentence_id: int):
    """Split a sentence before the character at ``offset`` (counted from the sentence's start)."""
    offset = parse_count(request.form.get("offset", ""), MAX_ID)
    if offset is None:
        raise segmentation.SegmentationInvalid("say where to split: a whole number of characters into the sentence",
                                               {"offset": "a whole number"})
    return _corrected(article_id, lambda carry: segmentation.split_at_offset(
        article_id, sentence_id, offset, current_user.id, carry_over=carry), {"offset": offset})
