"""The registry of sources (admin): list, create, edit, approve reviewers' proposals, merge."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate.auth import allow
from annotate.labels import SOURCE_KINDS
from annotate.models import Source
from annotate.numbers import page_number, parse_id
from annotate.services import source_decisions as decisions
from annotate.services import sources as service

bp = Blueprint("sources", __name__, url_prefix="/admin/sources")


@bp.route("")
@allow("admin")
def index():
    """The registry, by name, searchable by name or alias, a page at a time; ``?proposed=1``:
    only the sources reviewers proposed, waiting for approval."""
    term = request.args.get("q", "").strip()[:service.MAX_SEARCH]
    page = page_number(request.args.get("page", ""))
    proposed = request.args.get("proposed") == "1"
    rows, has_next = service.list_sources(term, page, current_app.config["PAGE_SIZE"], proposed_only=proposed)
    return render_template("sources/index.html", rows=rows, q=term, page=page, has_next=has_next,
                           proposed=proposed, waiting=service.count_proposed())


@bp.route("/<int:source_id>/approve", methods=["POST"])
@allow("admin")
def approve(source_id: int):
    """Approve a reviewer's proposed source: from now on it is everyone's."""
    name = service.get_source(source_id).name
    if decisions.approve_source(source_id, actor_id=current_user.id):
        flash(f"Source “{name}” approved: it is suggested to every reviewer now.", "success")
    else:
        flash(f"Source “{name}” was approved already.", "info")
    return redirect(url_for("sources.index", proposed="1" if service.count_proposed() else None))


@bp.route("/new", methods=["GET", "POST"])
@allow("admin")
def new():
    """Register a source."""
    draft = service.SourceDraft(kind="person")
    if request.method == "POST":
        draft = service.SourceDraft.from_form(request.form)
        try:
            source = service.create_source(draft, actor_id=current_user.id)
        except service.SourceError as error:
            return _form(draft, error.errors), 400
        flash(f"Source “{source.name}” registered.", "success")
        return redirect(url_for("sources.index", q=source.name))
    return _form(draft)


@bp.route("/<int:source_id>/edit", methods=["GET", "POST"])
@allow("admin")
def edit(source_id: int):
    """Change a source's name, kind, aliases or description."""
    source = service.get_source(source_id)
    draft = service.SourceDraft(**service.fields_of(source))
    if request.method == "POST":
        draft = service.SourceDraft.from_form(request.form)
        try:
            changed = service.update_source(source, draft, actor_id=current_user.id)
        except service.SourceError as error:
            return _form(draft, error.errors, source=source), 400
        flash(f"Source “{source.name}” saved." if changed else "Nothing changed.", "success")
        return redirect(url_for("sources.index", q=source.name))
    return _form(draft, source=source)


def _form(draft: service.SourceDraft, errors: dict | None = None, source: Source | None = None):
    """The create/edit form, filled with ``draft`` and its errors."""
    # One alias a line, ending with a line break so that a lone alias with a comma stays whole.
    aliases_text = "".join(alias + "\n" for alias in draft.aliases)
    return render_template("sources/form.html", draft=draft, aliases_text=aliases_text,
                           errors=errors or {}, source=source, kinds=SOURCE_KINDS,
                           max_name=service.MAX_NAME, max_aliases=service.MAX_ALIASES,
                           max_description=service.MAX_DESCRIPTION)


@bp.route("/<int:source_id>/merge", methods=["GET", "POST"])
@allow("admin")
def merge(source_id: int):
    """Merge a source into another: choose the target, confirm, then move everything."""
    source = service.get_source(source_id)
    if request.method == "GET":
        return _merge_page(source)
    target_id = parse_id(request.form.get("target_id", ""))
    target = service.find_source(target_id) if target_id is not None else None
    if target is None:
        return _merge_page(source, {"target_id": "choose an existing source to merge into"}), 400
    if target.id == source.id:
        return _merge_page(source, {"target_id": "a source cannot be merged into itself"}), 400
    if request.form.get("confirm") != "yes":
        return _merge_page(source, target=target)
    name, target_name = source.name, target.name
    try:
        report = decisions.merge_sources(source.id, target.id, actor_id=current_user.id)
    except service.SourceError as error:
        source = service.get_source(source_id)  # may be gone by now
        return _merge_page(source, error.errors), 400
    flash(f"“{name}” merged into “{target_name}”: {_count(report.annotations, 'annotation')} "
          f"and {_count(report.final_labels, 'final label')} moved.", "success")
    return redirect(url_for("sources.index", q=target_name))


def _count(number: int, noun: str) -> str:
    """``1 annotation``, ``2 annotations``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _merge_page(source: Source, errors: dict | None = None, target: Source | None = None):
    """The merge page: the choice of target, or (with ``target``) the confirmation."""
    return render_template("sources/merge.html", source=source, target=target,
                           errors=errors or {}, usage=decisions.merge_usage(source.id),
                           targets=[] if target else decisions.merge_targets(source.id))
