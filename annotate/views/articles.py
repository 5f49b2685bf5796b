"""Articles: the admin's list and import page, and the article page with its sentences."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.labels import SENTENCE_KINDS
from annotate.language import LANGUAGE_CHOICES, shown_language
from annotate.numbers import MAX_ID, page_number, parse_count
from annotate.services import article_edits, segmentation
from annotate.services import articles as article_service
from annotate.services import collections as collection_service
from annotate.services.imports import PASTED, UploadResult, import_upload
from annotate.views.article_forms import DeleteArticleForm, ImportForm, MetadataForm

bp = Blueprint("articles", __name__)


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
    """One article: its sentences in reading order, kinds set apart; for admins, its work, and
    the forms that edit its metadata and delete it."""
    return _detail_page(article_id)


def _detail_page(article_id: int, metadata_form: MetadataForm | None = None,
                 delete_form: DeleteArticleForm | None = None, status: int = 200):
    """The article page; a refused edit or deletion shows its form (open) with its errors."""
    article = article_service.readable_article(article_id, current_user)
    admin = current_user.is_admin
    published = article_edits.published_text(article.published_at, article.published_offset_minutes)
    return render_template(
        "articles/detail.html", article=article, sentences=article_service.sentences_of(article_id),
        kinds=SENTENCE_KINDS, published_day=published[:10] if published else None,
        language=shown_language(article.language), languages=LANGUAGE_CHOICES if admin else [],
        annotations=article_service.annotations_by_sentence(article_id) if admin else {},
        collections=collection_service.of_article(article_id) if admin else [],
        work_summary=article_edits.describe_work(article_edits.work_on(article_id)) if admin else "",
        metadata_form=metadata_form or (MetadataForm.of(article) if admin else None),
        delete_form=delete_form or (DeleteArticleForm(formdata=None) if admin else None)), status


def _import_page(form: ImportForm, status: int, results=None):
    return render_template("articles/import.html", form=form, results=results,
                           collections=collection_service.all_collections()), status


@bp.route("/admin/import", methods=["GET", "POST"])
@allow("admin")
def upload():
    """Import uploaded files or pasted text; each file all-or-nothing, with a report."""
    form = ImportForm()
    if not form.validate_on_submit():
        return _import_page(form, 400 if form.errors else 200)
    pasted_text = form.text.data or ""
    if not pasted_text.strip() and any(form.pasted_metadata().values()):
        form.text.errors = ["Paste the article these details are about (or clear them)."]
        return _import_page(form, 400)
    uploads = [(f.filename or "upload", f.stream) for f in form.files.data or [] if f and f.filename]
    max_bytes, collection = current_app.config["MAX_RECORD_BYTES"], (form.collection.data or "").strip() or None
    results = import_upload(uploads, "", None, max_bytes, collection, actor_id=current_user.id)
    if pasted_text.strip():
        results.append(_import_pasted(form, max_bytes, collection))
    if not results:
        form.text.errors = ["Choose a file or paste a text."]
        return _import_page(form, 400)
    status = 200 if all(r.ok for r in results) else 422
    if all(r.ok for r in results if r.name == PASTED):  # keep a refused pasted text for another try
        form = ImportForm(formdata=None)
    return _import_page(form, status, results)


def _import_pasted(form: ImportForm, max_bytes: int, collection: str | None) -> UploadResult:
    """Import the pasted article with its metadata; a refused value is also told at its field."""
    result, field_errors = article_edits.import_pasted(form.text.data or "", form.pasted_metadata(), max_bytes,
                                                       collection, actor_id=current_user.id)
    for key, message in field_errors.items():
        getattr(form, key).errors = [message]
    return result


# --- editing and deleting an article (issue 14.4) ---------------------------------------------

@bp.post("/articles/<int:article_id>/metadata")
@allow("admin")
def edit_metadata(article_id: int):
    """Change an article's metadata (title, URL, publisher, date, language, external id)."""
    article_service.get_article(article_id)  # an unknown id is a 404 before any form message
    form = MetadataForm()
    if not form.validate_on_submit():
        return _detail_page(article_id, metadata_form=form, status=400)
    changed = article_edits.update_metadata(article_id, form.values(), current_user.id)
    flash(f"Saved: {', '.join(article_edits.EDITABLE[key] for key in changed)} changed." if changed
          else "Nothing changed.", "info")
    if changed.language:
        flash(changed.language.message(), "info")
    return redirect(url_for("articles.detail", article_id=article_id), 303)


@bp.post("/articles/<int:article_id>/language")
@allow("admin")
def change_language(article_id: int):
    """Give an article another language; split it again by its rules while no work is on it."""
    article_service.get_article(article_id)
    change = article_edits.change_language(article_id, request.form.get("language", ""), current_user.id)
    flash(change.message(), "info")
    return redirect(url_for("articles.detail", article_id=article_id), 303)


@bp.post("/articles/<int:article_id>/delete")
@allow("admin")
def delete(article_id: int):
    """Delete an article and all the work on it, once the admin has ticked the confirmation."""
    article_service.get_article(article_id)
    form = DeleteArticleForm()
    if not form.validate_on_submit():
        return _detail_page(article_id, delete_form=form, status=400)
    gone = article_edits.delete_article(article_id, current_user.id)
    flash(f"Deleted article #{gone['id']} ({gone['title'] or 'untitled'}) with its "
          f"{article_edits.describe_work(gone)}.", "info")
    return redirect(url_for("articles.index"), 303)


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
