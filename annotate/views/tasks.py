"""Review tasks: assignment (admin) and My tasks (reviewer)."""

from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate.auth import allow, redirect_next
from annotate.labels import TASK_STATES
from annotate.numbers import counted, page_number, parse_id
from annotate.services import articles as article_service
from annotate.services import collections as collection_service
from annotate.services import review
from annotate.services import task_queries as queries
from annotate.services import tasks as service
from annotate.services.tasks import TaskError
from annotate.views.errors import as_sentence, status_of

bp = Blueprint("tasks", __name__)

ARTICLE_TASKS_SHOWN = 500
# An id no route will carry: it marks where a row's own id goes in a link built once a page.
_ID_MARK = 987_654_321


def id_url(endpoint: str, key: str) -> str:
    """``url_for(endpoint, <key>=id)`` as a ``%d`` format for many ids (``url % id`` in a
    template): building a link costs ~45,000 instructions, and a page of 50 tasks would build
    two per row, more than the rest of the row costs to render."""
    values: dict[str, Any] = {key: _ID_MARK}
    return url_for(endpoint, **values).replace("%", "%%").replace(str(_ID_MARK), "%d")


def _page() -> int:
    return page_number(request.args.get("page", ""))


def _per_page() -> int:
    return current_app.config["PAGE_SIZE"]


# --- the reviewer's side ----------------------------------------------------------------------

@bp.route("/tasks")
@allow("reviewer")
def mine():
    """My tasks: state, due date and progress, soonest due first, accepted ones last."""
    page = _page()
    rows, has_next = queries.my_tasks(current_user.id, page, _per_page())
    return render_template("tasks/mine.html", rows=rows, page=page, has_next=has_next,
                           task_url=id_url("workspace.task", "task_id"), submit_url=id_url("tasks.submit", "task_id"))


@bp.route("/tasks/next")
@allow("reviewer")
def next_task():
    """Open the article of the first open task, or say there is none."""
    task = queries.next_open_task(current_user.id)
    if task is None:
        flash("No open tasks.", "info")
        return redirect(url_for("tasks.mine"))
    return redirect(url_for("workspace.task", task_id=task.id))


@bp.route("/tasks/<int:task_id>/submit", methods=["POST"])
@allow("reviewer")
def submit(task_id: int):
    """The reviewer hands in their own task (someone else's is not found); undecided
    sentences need a confirmation."""
    undecided = queries.undecided(task_id, current_user.id)
    if undecided and not request.form.get("confirm"):
        flash(f"{counted(undecided, 'sentence')} {'is' if undecided == 1 else 'are'} still undecided: "
              "tick the box to submit anyway.", "error")
        return redirect(url_for("workspace.task", task_id=task_id))
    service.submit(task_id, current_user.id)
    flash(f"Task {task_id} submitted.", "info")
    return redirect(url_for("tasks.mine"))


# --- the admin's side -------------------------------------------------------------------------

@bp.route("/admin/tasks")
@allow("admin")
def admin_list():
    """Every task, filterable by reviewer and state, newest first, a page at a time."""
    reviewer_arg = request.args.get("reviewer", "").strip()
    state = request.args.get("state", "").strip() or None
    reviewer_id = parse_id(reviewer_arg) if reviewer_arg else None
    if reviewer_arg and reviewer_id is None:
        abort(400, description="The reviewer filter must be a reviewer id.")
    if state is not None and state not in TASK_STATES:
        abort(400, description=f"Unknown state; choose one of {', '.join(TASK_STATES)}.")
    collection_id = collection_service.filter_arg(request.args.get("collection"))
    page = _page()
    rows, has_next = queries.list_tasks(reviewer_id, state, page=page, per_page=_per_page(),
                                        collection_id=collection_id)
    return render_template(
        "tasks/admin_list.html", rows=rows, page=page, has_next=has_next,
        reviewers=queries.all_reviewers(), active=service.active_reviewers(), states=TASK_STATES,
        taken=queries.reviewers_on(row.article_id for row in rows), collections=collection_service.all_collections(),
        reviewer_id=reviewer_id, state=state, collection_id=collection_id,
        filters={"reviewer": reviewer_arg, "state": state or "", "collection": collection_id})


REVOKE_UNCONFIRMED = ("Revoking was not confirmed, so nothing was changed. Revoking deletes the task: it leaves "
                      "the reviewer's list and its work is no longer exported; the reviewer's annotations stay. "
                      "To revoke, open “Revoke” on the task's row and confirm there.")


def _act(action, success: str):
    action()
    flash(success, "info")
    return redirect_next("tasks.admin_list")


@bp.route("/admin/tasks/<int:task_id>/accept", methods=["POST"])
@allow("admin")
def accept(task_id: int):
    """Accept a submitted task."""
    return _act(lambda: service.accept(task_id, current_user.id), f"Task {task_id} accepted.")


@bp.route("/admin/tasks/<int:task_id>/return", methods=["POST"])
@allow("admin")
def return_task(task_id: int):
    """Send a submitted task back to its reviewer with a reason."""
    reason = request.form.get("reason", "")
    return _act(lambda: review.return_with_comments(task_id, reason, actor_id=current_user.id),
                f"Task {task_id} returned to its reviewer.")


@bp.route("/admin/tasks/<int:task_id>/revoke", methods=["POST"])
@allow("admin")
def revoke(task_id: int):
    """Delete a task once the admin has confirmed it (the row's disclosure says what revoking
    does); the reviewer's annotations stay."""
    if request.form.get("confirm") != "yes":
        abort(400, description=REVOKE_UNCONFIRMED)
    return _act(lambda: service.revoke(task_id, current_user.id),
                f"Task {task_id} revoked; the work done on it is kept.")


@bp.route("/admin/tasks/<int:task_id>/reassign", methods=["POST"])
@allow("admin")
def reassign(task_id: int):
    """Give a task to another reviewer."""
    def action():
        value = request.form.get("reviewer_id", "").strip()
        if not value:
            raise TaskError("choose the reviewer to give the task to")
        (reviewer_id,) = service.parse_ids([value], "reviewer")
        service.reassign(task_id, reviewer_id, current_user.id)

    return _act(action, f"Task {task_id} reassigned.")


@bp.route("/admin/assign", methods=["GET", "POST"])
@allow("admin")
def assign():
    """Bulk assignment: chosen or all unassigned articles (of a collection) over chosen reviewers,
    overlap k."""
    page = _page()
    collection_id = collection_service.filter_arg(request.values.get("collection"))
    form = request.form
    chosen = {"scope": form.get("scope", "chosen"), "articles": set(form.getlist("article")),
              "reviewers": set(form.getlist("reviewer")), "overlap": form.get("overlap", "1"),
              "due": form.get("due", "")}
    status, report = 200, None
    if request.method == "POST":
        try:
            if chosen["scope"] not in ("chosen", "unassigned"):
                raise TaskError("choose the articles, or all unassigned articles")
            article_ids = (None if chosen["scope"] == "unassigned"
                           else service.parse_ids(form.getlist("article"), "article"))
            reviewer_ids = service.parse_ids(form.getlist("reviewer"), "reviewer")
            k = service.parse_overlap(chosen["overlap"])
            due = service.parse_due(form.get("due", ""))
            report = service.bulk_assign(article_ids, reviewer_ids, k, due, current_user.id, collection_id)
        except TaskError as exc:  # the form is shown again, with what was chosen
            flash(as_sentence(exc.message), "error")
            status = status_of(exc)
        else:
            flash(f"Assigned: {report.summary()}.", "info")
            chosen = {"scope": "chosen", "articles": set(), "reviewers": chosen["reviewers"],
                      "overlap": chosen["overlap"], "due": chosen["due"]}
    articles, has_next = queries.unassigned_articles(page, _per_page(), collection_id)
    reviewers = service.active_reviewers()
    loads = service.open_loads([user.id for user in reviewers])
    return render_template("tasks/assign.html", articles=articles, page=page, has_next=has_next,
                           reviewers=reviewers, loads=loads, chosen=chosen, report=report,
                           collection_id=collection_id, collections=collection_service.all_collections()), status


@bp.route("/admin/articles/<int:article_id>/tasks", methods=["GET", "POST"])
@allow("admin")
def article(article_id: int):
    """One article's tasks, and a form to assign it to chosen reviewers."""
    article = article_service.get_article(article_id)
    status = 200
    if request.method == "POST":
        try:
            reviewer_ids = service.parse_ids(request.form.getlist("reviewer"), "reviewer")
            due = service.parse_due(request.form.get("due", ""))
            report = service.assign_article(article_id, reviewer_ids, due, current_user.id)
        except TaskError as exc:  # the form is shown again, with what was chosen
            flash(as_sentence(exc.message), "error")
            status = status_of(exc)
        else:
            names = ", ".join(name for name, _ in report.per_reviewer())
            flash(f"Article {article_id} assigned to {names}.", "info")
            return redirect(url_for("tasks.article", article_id=article_id))
    rows, _ = queries.list_tasks(article_id=article_id, per_page=ARTICLE_TASKS_SHOWN)
    taken = queries.reviewers_on([article_id])
    available = [user for user in service.active_reviewers() if user.id not in taken.get(article_id, ())]
    return render_template("tasks/article.html", article=article, title=article.display_title, rows=rows,
                           taken=taken,
                           available=available, active=service.active_reviewers(),
                           due=request.form.get("due", "")), status
