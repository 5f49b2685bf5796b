"""Collections (admin): list, create, edit the guidelines; an article's collections; and the
guidelines page reviewers open from the workspace."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate import guidelines
from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.numbers import parse_id
from annotate.services import articles as article_service
from annotate.services import collections as service

bp = Blueprint("collections", __name__)


def _list_page(status: int = 200, errors: dict | None = None, draft: dict | None = None):
    return render_template("collections/index.html", rows=service.listing(), errors=errors or {},
                           draft=draft or {"name": "", "guidelines": ""},
                           max_name=service.MAX_NAME), status


@bp.route("/admin/collections")
@allow("admin")
def index():
    """Every collection with its articles, and a form to make one."""
    return _list_page()


@bp.route("/admin/collections", methods=["POST"])
@allow("admin")
def create():
    """Make a collection."""
    draft = {"name": request.form.get("name", ""), "guidelines": request.form.get("guidelines", "")}
    try:
        collection = service.create(draft["name"], draft["guidelines"], actor_id=current_user.id)
    except service.CollectionError as error:  # the form again, with what was typed
        return _list_page(400, error.errors, draft)
    flash(f"Collection “{collection.name}” made.", "success")
    return redirect(url_for("collections.edit", collection_id=collection.id))


@bp.route("/admin/collections/<int:collection_id>", methods=["GET", "POST"])
@allow("admin")
def edit(collection_id: int):
    """A collection: its name and guidelines (with a preview), and where its work is."""
    collection = service.get(collection_id)
    draft, errors, status = {"name": collection.name, "guidelines": collection.guidelines}, {}, 200
    if request.method == "POST":
        draft = {"name": request.form.get("name", ""), "guidelines": request.form.get("guidelines", "")}
        try:
            service.update(collection_id, draft["name"], draft["guidelines"], actor_id=current_user.id)
        except service.CollectionError as error:
            errors, status = error.errors, 400
        else:
            flash("Collection saved.", "success")
            return redirect(url_for("collections.edit", collection_id=collection_id))
    return render_template("collections/edit.html", collection=collection, draft=draft, errors=errors,
                           preview=guidelines.markup(draft["guidelines"]), labels=guidelines.label_definitions(),
                           max_name=service.MAX_NAME), status


@bp.route("/admin/articles/<int:article_id>/collections", methods=["POST"])
@allow("admin")
def article_collections(article_id: int):
    """Put an article into a collection (made when new), or take it out of one."""
    article_service.get_article(article_id)
    if request.form.get("remove"):  # the form sends the collection's id
        collection = service.get(parse_id(request.form["remove"]) or 0)
        service.remove_article(collection.id, article_id, actor_id=current_user.id)
        flash(f"Article {article_id} taken out of “{collection.name}”.", "info")
    else:
        collection = service.put_article(request.form.get("name", ""), article_id, actor_id=current_user.id)
        flash(f"Article {article_id} is in “{collection.name}”.", "info")
    return redirect(url_for("articles.detail", article_id=article_id))


@bp.route("/collections/<int:collection_id>/guidelines")
@allow(*EVERYONE_LOGGED_IN)
def show_guidelines(collection_id: int):
    """A collection's guidelines and what every label means (reviewers: collections of their tasks)."""
    collection = service.readable(collection_id, current_user)
    return render_template("collections/guidelines.html", collection=collection,
                           guidelines=guidelines.markup(collection.guidelines), labels=guidelines.label_definitions())
