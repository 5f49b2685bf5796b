"""The desk lead's pages: the dashboard, agreement, the adjudication queue, and a reviewer's
task reviewed in context (read-only, with comments, accept and return)."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate.auth import allow, redirect_next
from annotate.labels import CLAIM_TYPES, STATUSES
from annotate.numbers import counted, parse_id
from annotate.services import adjudication, agreement_data, annotations, review, stats
from annotate.services import collections as collection_service
from annotate.services import sources as source_service
from annotate.services.agreement_data import Scope
from annotate.services.final_labels import adjudicate as set_final
from annotate.views.errors import as_sentence

bp = Blueprint("review", __name__)


def _scope(accepted: tuple[str, ...] = ("collection", "article")) -> Scope:
    return Scope.from_args(request.args, accepted)


@bp.route("/admin")
@allow("admin")
def dashboard():
    """The admin's landing page: progress, throughput, overdue work, verdicts, agreement, backlog."""
    scope = _scope(("collection",))
    figures = stats.dashboard(scope)
    return render_template("review/dashboard.html", figures=figures, scope=scope,
                           collections=collection_service.all_collections())


@bp.route("/admin/agreement")
@allow("admin")
def agreement_page():
    """Agreement per field, with every pair of reviewers, lowest first."""
    scope = _scope(("collection", "article", "since", "until"))
    return render_template("review/agreement.html", figures=agreement_data.figures(scope), scope=scope,
                           collections=collection_service.all_collections())


@bp.route("/admin/disagreements")
@allow("admin")
def adjudicate():
    """The next disagreement (after sentence ``after``), every reviewer's judgement side by side."""
    scope = _scope()
    after = parse_id(request.args.get("after", "")) or 0
    wanted = parse_id(request.args.get("s", ""))
    current = (wanted and adjudication.disagreement_at(scope, wanted)) or adjudication.next_disagreement(scope, after)
    return render_template("review/adjudicate.html", current=current, scope=scope,
                           backlog=adjudication.backlog(scope), claim_types=CLAIM_TYPES, statuses=STATUSES,
                           sources=source_service.matching("", 1000),
                           collections=collection_service.all_collections())


def _scope_args(scope: Scope) -> dict:
    """The query arguments that keep the queue's scope across its pages."""
    return {key: value for key, value in (("collection", scope.collection), ("article", scope.article))
            if value is not None}


@bp.route("/admin/disagreements/<int:sentence_id>", methods=["POST"])
@allow("admin")
def settle(sentence_id: int):
    """Settle one disagreement with a reviewer's label or the admin's own; open the next."""
    scope = _scope()
    reviewer = request.form.get("take", "").strip()
    if reviewer:
        adjudication.take(sentence_id, reviewer, current_user.id, scope)
        flash(f"Sentence settled with {reviewer}'s label.", "info")
    else:
        set_final(sentence_id, {"claim_type": request.form.get("claim_type") or None,
                                "status": request.form.get("status", ""),
                                "source_id": request.form.get("source_id", "").strip(),
                                "review_url": request.form.get("review_url", "")}, current_user.id)
        flash("Sentence settled with your label.", "info")
    return redirect(url_for("review.adjudicate", after=sentence_id, **_scope_args(scope)))


@bp.route("/admin/articles/<int:article_id>/accept-unanimous", methods=["POST"])
@allow("admin")
def accept_unanimous(article_id: int):
    """Settle the rest of an article: every decided sentence the reviewers agree on."""
    try:
        settled = adjudication.accept_unanimous(article_id, current_user.id)
    except adjudication.NotHandedIn as refused:  # back to the queue, saying why
        flash(as_sentence(refused.message), "error")
    else:
        flash(f"{counted(settled, 'sentence')} of article {article_id} settled with the reviewers' agreed label.",
              "info")
    return redirect_next("review.adjudicate")


@bp.route("/admin/tasks/<int:task_id>/review")
@allow("admin")
def task(task_id: int):
    """A reviewer's task read-only, in context, at sentence ``s``: labels, spans, notes,
    evidence, history and comments; accept or return it from here."""
    view = review.task_review(task_id, parse_id(request.args.get("s", "")))
    current = view.current
    return render_template("review/task.html", view=view,
                           history=annotations.history(current.id, view.task.reviewer_id) if current else [],
                           neighbours=view.neighbours())


@bp.route("/admin/tasks/<int:task_id>/comments", methods=["POST"])
@allow("admin")
def comment(task_id: int):
    """Write a comment on a sentence; the reviewer sees it when the task is returned."""
    sentence_id = parse_id(request.form.get("sentence_id", "")) or 0
    review.add_comment(task_id, sentence_id, request.form.get("body", ""), current_user.id)
    flash("Comment kept; the reviewer sees it when you return the task.", "info")
    return redirect(url_for("review.task", task_id=task_id, s=sentence_id))
