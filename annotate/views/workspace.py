"""The reviewer's workspace: one task's article, sentence by sentence.

The page shows a window of sentences around the current one. Without JavaScript the panel is a
form that posts here and the page re-renders; with it, static/workspace.js saves each change
through the API, adds the keyboard shortcuts and moves between sentences without reloading
(views/api/workspace.py).
"""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate import guidelines
from annotate.annotation_input import MAX_EVIDENCE, AnnotationInvalid, is_web_url
from annotate.auth import allow, keeps_refused_posts
from annotate.labels import CLAIM_TYPES, OPEN_TASK_STATES, SOURCE_KINDS, STATUSES
from annotate.numbers import MAX_ID, parse_count, parse_id
from annotate.services import annotations
from annotate.services import sources as source_service
from annotate.services import workspace as workspace_service
from annotate.views import kept_posts
from annotate.views.auth import LoginForm, login_page

bp = Blueprint("workspace", __name__)


def _load(task_id: int, sentence_id: int | None, required: bool = False):
    """The caller's workspace of a task, at a sentence (which must be there when ``required``)."""
    return workspace_service.load(task_id, current_user.id, sentence_id, required)


def render(workspace, status: int = 200, errors=None, conflict=None, draft=None, closed_message=None):
    """The workspace page, with the panel for the current sentence (``draft``: what the
    reviewer typed, shown again instead of the stored values when it was refused)."""
    sources = workspace_service.registry(current_user.id)
    current = workspace.current
    annotation = draft or annotations.serialize(
        workspace.annotations.get(current.id) if current else None, current.id if current else 0)
    return render_template(
        "workspace/task.html", ws=workspace, sources=sources, annotation=annotation,
        suggestion=workspace_service.suggestion_for(workspace, sources),
        earlier=workspace_service.earlier_for(workspace),
        history=annotations.history(current.id, current_user.id) if current else [],
        neighbours=workspace.neighbours(), errors=errors or {}, conflict=conflict,
        read_only=closed_message is not None or workspace.task.state not in OPEN_TASK_STATES,
        closed_message=closed_message,
        claim_types=CLAIM_TYPES, statuses=STATUSES, source_kinds=SOURCE_KINDS, max_evidence=MAX_EVIDENCE,
        guidelines=[(c, guidelines.markup(c.guidelines)) for c in workspace.collections if c.guidelines.strip()],
        labels=guidelines.label_definitions(),
    ), status


@bp.route("/tasks/<int:task_id>")
@allow("reviewer", "admin")
def task(task_id: int):
    """Open a task at a sentence (``?s=``) or where the reviewer left off; an admin opening a
    reviewer's task gets it in review, read-only."""
    if current_user.is_admin:
        return redirect(url_for("review.task", task_id=task_id, s=parse_id(request.args.get("s", ""))))
    return render(_load(task_id, parse_id(request.args.get("s", "")), required=bool(request.args.get("s"))))


def keep_refused_save():
    """A save that cannot be applied (the session ended, or its token went stale): nothing is
    saved and nothing typed is lost. Logged out: the login form, carrying the values along;
    logged in: the page that shows them and asks to save them. A post with no field besides
    the token has nothing to keep (the usual refusal follows)."""
    fields = kept_posts.fields_of(request.form)
    if not fields:
        return None
    if current_user.is_authenticated:
        return kept_posts.render_kept(request.path, fields, "This page's form had expired "
                                      "(you logged in or out in another tab, or the page is old).", 400)
    notice = ("Your session has ended, so nothing was saved. Log in again: what you typed is kept, "
              "and you can save it next.")
    return login_page(LoginForm(formdata=None), notice, request.path, fields, action=url_for("auth.login")), 401


@bp.route("/tasks/<int:task_id>/sentences/<int:sentence_id>", methods=["POST"])
@allow("reviewer")
@keeps_refused_posts(keep_refused_save)
def save(task_id: int, sentence_id: int):
    """Save the panel's form (the no-JavaScript path), then show the next sentence."""
    workspace = _load(task_id, sentence_id, required=True)
    sources = workspace_service.registry(current_user.id)
    try:
        data, new_source = form_to_annotation(request.form, sources)
        workspace_service.save_panel(sentence_id, current_user.id, data, new_source)
    except source_service.LookAlike as look_alike:  # the panel asks: register it anyway, or use the other?
        return render(workspace, 422, errors={"source": look_alike.errors["name"]},
                      draft=form_draft(request.form, sources, look_alike=True))
    except (AnnotationInvalid, source_service.SourceError, annotations.AnnotationConflict) as refused:
        return _refused(workspace, refused, form_draft(request.form, sources))
    _, after = workspace.neighbours()
    target = after.id if after is not None and request.form.get("next") else sentence_id
    flash("Saved.", "info")
    return redirect(url_for("workspace.task", task_id=task_id, s=target))


def _refused(workspace, refused, draft):
    """The panel again after a refused save: what was typed, and why it was not saved."""
    if isinstance(refused, annotations.TaskClosed):
        return render(workspace, 409, draft=draft, closed_message=refused.message)
    if isinstance(refused, annotations.AnnotationConflict):
        return render(workspace, 409, conflict=refused.current)
    errors = {"source": str(refused)} if isinstance(refused, source_service.SourceError) else refused.errors
    return render(workspace, 422, errors=errors, draft=draft)


def form_to_annotation(form, sources) -> tuple[dict, source_service.SourceDraft | None]:
    """Read the panel's form fields into the API's annotation fields, and the new source to
    register first when the reviewer typed a name the registry does not have (registered even
    when it looks like a known one if ``confirm_source`` names it: the box the refusal showed)."""
    version = parse_count(form.get("version", ""), MAX_ID)
    if version is None:
        raise AnnotationInvalid({"version": "missing; reload the page"})
    source_id, new_source = _source(form.get("accept_source") or form.get("source", ""),
                                    form.get("new_source_kind", ""), sources, form.get("confirm_source", ""))
    return {
        "version": version,
        "claim_type": form.get("claim_type") or None,
        "status": form.get("status", "unverified"),
        "source_id": source_id,
        "note": form.get("note", ""),
        "evidence": _evidence(form),
        "span": _span(form),
    }, new_source


def form_draft(form, sources, look_alike: bool = False) -> dict:
    """What the reviewer typed, shaped like a stored annotation, to show again with the errors;
    ``look_alike``: the typed new source was refused as looking like a registered one (its
    name is then ``look_alike``, for the box that confirms it).

    Only http(s) links are shown as links; a refused new link goes back into its box."""
    label = " ".join((form.get("accept_source") or form.get("source", "")).split())
    known = source_service.source_named(label, sources) if label else None
    evidence = []
    for index in range(parse_count(form.get("evidence_count", "0"), MAX_EVIDENCE) or 0):
        url = form.get(f"evidence_url_{index}", "").strip()
        if is_web_url(url):
            evidence.append({"url": url, "quote": form.get(f"evidence_quote_{index}", ""),
                             "removed": bool(form.get(f"remove_evidence_{index}"))})
    return {
        "version": parse_count(form.get("version", ""), MAX_ID) or 0,
        "claim_type": form.get("claim_type") or None,
        "status": form.get("status", "unverified"),
        "source": {"name": known.name if known else label} if label else None,
        "source_id": known.id if known else None,
        "new_source_kind": form.get("new_source_kind", ""),
        "note": form.get("note", ""),
        "evidence": evidence,
        "evidence_url_new": form.get("evidence_url_new", ""),
        "evidence_quote_new": form.get("evidence_quote_new", ""),
        "span": _span(form),
        "look_alike": label if look_alike else None,
    }


def _source(label: str, new_kind: str, sources,
            confirmed: str = "") -> tuple[int | None, source_service.SourceDraft | None]:
    """The registered source the label names, or the new one to register (with its kind;
    confirmed when ``confirmed`` is that same name, even if it looks like a registered one)."""
    label = " ".join(label.split())
    if not label:
        return None, None
    known = source_service.source_named(label, sources)
    if known is not None:
        return known.id, None
    if not new_kind:
        raise AnnotationInvalid({"source": f"{label!r} is not in the registry; choose a kind to add it"})
    return None, source_service.SourceDraft(name=label, kind=new_kind, confirm=" ".join(confirmed.split()) == label)


def _evidence(form) -> list[dict]:
    items = []
    for index in range(parse_count(form.get("evidence_count", "0"), MAX_EVIDENCE) or 0):
        if form.get(f"remove_evidence_{index}"):
            continue
        url = form.get(f"evidence_url_{index}", "").strip()
        if url:
            items.append({"url": url, "quote": form.get(f"evidence_quote_{index}", "")})
    if form.get("evidence_url_new", "").strip():
        items.append({"url": form["evidence_url_new"], "quote": form.get("evidence_quote_new", "")})
    return items


def _span(form):
    start = parse_count(form.get("span_start", ""), MAX_ID)
    end = parse_count(form.get("span_end", ""), MAX_ID)
    if form.get("clear_span") or start is None or end is None:
        return None
    return {"start": start, "end": end}
