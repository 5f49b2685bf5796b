"""Review tasks: the service (assignment, transitions, audit, progress), the pages through their
real forms, the ``annotate assign`` command and a browser run."""

import io
import json
import re
from datetime import date

import pytest
from playwright.sync_api import expect
from sqlalchemy import event, func, select

from annotate.extensions import db
from annotate.models import Annotation, Article, AuditEvent, Sentence, Task
from annotate.services import accounts
from annotate.services import task_queries as queries
from annotate.services import tasks as service
from annotate.services.imports import import_file
from annotate.services.tasks import TaskConflict, TaskError, TaskNotFound
from tests.conftest import PASSWORD, browser_login, csrf_token

# --- helpers ----------------------------------------------------------------------------------

def make_articles(app, count: int, start: int = 0, title=None) -> list[int]:
    """Import ``count`` articles of 4 sentences each (a title line and 3 body sentences)."""
    records = [{"title": title or f"Story {i}",
                "text": f"Story {i} headline\n\nFirst fact number {i}. Second fact here. Third one."}
               for i in range(start, start + count)]
    data = "".join(json.dumps(record) + "\n" for record in records).encode()
    with app.app_context():
        import_file(io.BytesIO(data), "x.jsonl", app.config["MAX_RECORD_BYTES"])
        return list(db.session.scalars(select(Article.id).order_by(Article.id)))[-count:]


def snapshot(app) -> tuple:
    """Everything a task change could touch: tasks, audit events about tasks, annotations."""
    with app.app_context():
        tasks = db.session.execute(select(Task.id, Task.article_id, Task.reviewer_id, Task.state,
                                          Task.due_date, Task.return_reason).order_by(Task.id)).all()
        events = db.session.scalar(select(func.count()).select_from(AuditEvent)
                                   .where(AuditEvent.entity_type == "task"))
        notes = db.session.scalar(select(func.count()).select_from(Annotation))
        return tasks, events, notes


def task_events(task_id: int) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(
        AuditEvent.entity_type == "task", AuditEvent.entity_id == task_id).order_by(AuditEvent.id)))


def annotate(article_id: int, reviewer_id: int, decided: int, undecided: int = 0) -> None:
    """Give the reviewer annotations on the article's first sentences (claim_type set or not)."""
    sentence_ids = db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                      .order_by(Sentence.position)).all()
    for i, sentence_id in enumerate(sentence_ids[:decided + undecided]):
        db.session.add(Annotation(sentence_id=sentence_id, reviewer_id=reviewer_id,
                                  claim_type="checkable" if i < decided else None))
    db.session.commit()


def make_user(app, name: str, role: str = "reviewer", active: bool = True) -> int:
    with app.app_context():
        user = accounts.create_user(name, role, PASSWORD)
        if not active:
            user.active = False
            db.session.commit()
        return user.id


def set_state(task_id: int, state: str) -> None:
    db.session.get(Task, task_id).state = state
    db.session.commit()


@pytest.fixture
def rev3(app, users):
    return make_user(app, "rev3")


@pytest.fixture
def ctx(app, users):
    """An app context with the standard users; yields their ids by name."""
    with app.app_context():
        yield users


def form_post(client, path: str, data: dict, page: str | None = None):
    """Post a form with the CSRF token taken from ``page`` (default: the same path)."""
    token = csrf_token(client, page or path)
    return client.post(path, data={**data, "csrf_token": token})


# --- assigning: service -----------------------------------------------------------------------

def test_assign_article_to_chosen_reviewers_with_due_date_and_audit(app, ctx):
    (article,) = make_articles(app, 1)
    report = service.assign_article(article, [ctx["rev1"], ctx["rev2"]], date(2030, 5, 1),
                                    actor_id=ctx["admin"])
    assert report.pairs == [(article, ctx["rev1"]), (article, ctx["rev2"])]
    tasks = db.session.scalars(select(Task).order_by(Task.id)).all()
    assert [(t.reviewer_id, t.state, t.due_date) for t in tasks] == [
        (ctx["rev1"], "assigned", date(2030, 5, 1)), (ctx["rev2"], "assigned", date(2030, 5, 1))]
    (event_,) = task_events(tasks[0].id)
    assert (event_.action, event_.actor_id, event_.before) == ("create", ctx["admin"], None)
    assert event_.after == {"article_id": article, "reviewer_id": ctx["rev1"], "state": "assigned",
                            "due_date": "2030-05-01", "return_reason": None}


def test_assign_article_twice_to_a_reviewer_is_a_clear_conflict(app, ctx):
    (article,) = make_articles(app, 1)
    service.assign_article(article, [ctx["rev1"]])
    before = snapshot(app)
    with pytest.raises(TaskConflict, match=f"article {article} is already assigned to rev1"):
        service.assign_article(article, [ctx["rev2"], ctx["rev1"]])
    assert snapshot(app) == before


def test_unique_article_reviewer_is_a_database_constraint(app, ctx):
    from sqlalchemy.exc import IntegrityError

    (article,) = make_articles(app, 1)
    service.assign_article(article, [ctx["rev1"]])
    db.session.add(Task(article_id=article, reviewer_id=ctx["rev1"]))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


@pytest.mark.parametrize("who, error, message", [
    ("admin", TaskError, "admin is an admin, not a reviewer"),
    ("gone", TaskError, "gone is disabled"),
    ("nobody", TaskNotFound, "no user with id 999999"),
    ("none", TaskError, "choose at least one reviewer"),
])
def test_only_active_reviewers_get_tasks(app, ctx, who, error, message):
    (article,) = make_articles(app, 1)
    ids = {"admin": [ctx["admin"]], "gone": [make_user(app, "gone", active=False)],
           "nobody": [999999], "none": []}[who]
    before = snapshot(app)
    for call in (lambda: service.assign_article(article, ids),
                 lambda: service.bulk_assign([article], ids, 1)):
        with pytest.raises(error, match=message) as caught:
            call()
        assert caught.value.kind == ("not_found" if who == "nobody" else "invalid")
    assert snapshot(app) == before


def test_assign_unknown_article_is_not_found(app, ctx):
    with pytest.raises(TaskNotFound, match=re.escape("No article with that id.")):
        service.assign_article(424242, [ctx["rev1"]])
    (article,) = make_articles(app, 1)
    with pytest.raises(TaskNotFound, match="no article with id 424242, 424243"):
        service.bulk_assign([article, 424242, 424243], [ctx["rev1"]], 1)
    assert snapshot(app)[0] == []


def test_bulk_assign_overlap_two_over_three_reviewers(app, ctx, rev3):
    articles = make_articles(app, 6)
    reviewers = [ctx["rev1"], ctx["rev2"], rev3]
    report = service.bulk_assign(None, reviewers, 2, date(2031, 1, 2), actor_id=ctx["admin"])
    assert len(report.pairs) == 12 and report.articles == articles
    rows = db.session.execute(select(Task.article_id, Task.reviewer_id, Task.due_date)).all()
    per_article = {a: {r for aa, r, _ in rows if aa == a} for a in articles}
    assert all(len(chosen) == 2 for chosen in per_article.values())
    assert sorted(report.per_reviewer()) == [("rev1", 4), ("rev2", 4), ("rev3", 4)]
    assert {due for *_, due in rows} == {date(2031, 1, 2)}
    assert report.summary() == ("12 tasks created for 6 articles, due 2031-01-02 "
                                "(rev1 4, rev2 4, rev3 4)")
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "task")).all()
    assert len(events) == 12 and {(e.action, e.actor_id) for e in events} == {("create", ctx["admin"])}


def test_bulk_assign_all_unassigned_skips_assigned_articles_and_fills_the_least_loaded(app, ctx, rev3):
    first, *rest = make_articles(app, 4)
    service.assign_article(first, [ctx["rev1"]])
    report = service.bulk_assign(None, [ctx["rev1"], ctx["rev2"], rev3], 1)
    assert first not in report.articles and report.articles == rest
    # rev1 already had one open task, so the three new ones go to rev2, rev3, then rev1.
    assert report.pairs == [(rest[0], ctx["rev2"]), (rest[1], rev3), (rest[2], ctx["rev1"])]
    with pytest.raises(TaskError, match="there are no unassigned articles"):
        service.bulk_assign(None, [ctx["rev1"]], 1)


def test_bulk_assign_chosen_articles_never_repeats_a_reviewer(app, ctx, rev3):
    a, b = make_articles(app, 2)
    service.assign_article(a, [ctx["rev1"]])
    report = service.bulk_assign([a, b], [ctx["rev1"], ctx["rev2"], rev3], 2)
    assert sorted(r for art, r in report.pairs if art == a) == [ctx["rev2"], rev3]
    assert db.session.scalar(select(func.count()).select_from(Task)) == 5


@pytest.mark.parametrize("k", [0, 3, -1])
def test_bulk_assign_overlap_out_of_range_changes_nothing(app, ctx, k):
    make_articles(app, 2)
    before = snapshot(app)
    with pytest.raises(TaskError, match="overlap") as caught:
        service.bulk_assign(None, [ctx["rev1"], ctx["rev2"]], k)
    assert caught.value.kind == "invalid"
    assert snapshot(app) == before


def test_bulk_assign_is_all_or_nothing_when_one_article_lacks_reviewers(app, ctx):
    a, b = make_articles(app, 2)
    service.assign_article(b, [ctx["rev1"]])
    before = snapshot(app)
    with pytest.raises(TaskError, match=f"article {b} can go to only 1 of the chosen reviewers"):
        service.bulk_assign([a, b], [ctx["rev1"], ctx["rev2"]], 2)
    assert snapshot(app) == before


@pytest.mark.parametrize("text, expected", [("", None), ("  ", None), (None, None),
                                            ("2030-02-28", date(2030, 2, 28))])
def test_parse_due_accepts_dates_and_empty(text, expected):
    assert service.parse_due(text) == expected


@pytest.mark.parametrize("text", ["2030-02-30", "20300228", "tomorrow", "2030-2-1", "<b>"])
def test_parse_due_refuses_anything_else(text):
    with pytest.raises(TaskError, match="due date"):
        service.parse_due(text)


# --- transitions: service ---------------------------------------------------------------------

@pytest.fixture
def task(app, ctx):
    """One task of rev1 on a fresh article; its id."""
    (article,) = make_articles(app, 1)
    service.assign_article(article, [ctx["rev1"]], actor_id=ctx["admin"])
    return db.session.scalar(select(Task.id))


def test_the_whole_life_of_a_task(app, ctx, task):
    admin, rev1 = ctx["admin"], ctx["rev1"]
    row = db.session.get(Task, task)
    assert service.mark_in_progress(row) is True
    db.session.commit()
    assert db.session.get(Task, task).state == "in_progress"
    assert service.mark_in_progress(db.session.get(Task, task)) is False
    assert service.submit(task, rev1).state == "submitted"
    assert service.return_task(task, "  Sentence 3 needs a source.  ", admin).state == "returned"
    assert db.session.get(Task, task).return_reason == "Sentence 3 needs a source."
    assert service.submit(task, rev1).state == "submitted"
    assert service.accept(task, admin).state == "accepted"
    events = task_events(task)
    assert [(e.action, e.actor_id) for e in events] == [
        ("create", admin), ("start", rev1), ("submit", rev1), ("return", admin),
        ("submit", rev1), ("accept", admin)]
    assert [(e.before["state"], e.after["state"]) for e in events[1:]] == [
        ("assigned", "in_progress"), ("in_progress", "submitted"), ("submitted", "returned"),
        ("returned", "submitted"), ("submitted", "accepted")]
    assert events[3].after["return_reason"] == "Sentence 3 needs a source."


@pytest.mark.parametrize("state, action, message", [
    ("assigned", "submit", "is assigned and cannot be submitted: only a task in progress or "
                           "returned can be submitted (nothing has been saved on it yet)"),
    ("submitted", "submit", "is submitted and cannot be submitted"),
    ("accepted", "submit", "is accepted and cannot be submitted"),
    ("assigned", "accept", "is assigned and cannot be accepted: only a submitted task"),
    ("in_progress", "accept", "is in progress and cannot be accepted"),
    ("returned", "accept", "is returned and cannot be accepted"),
    ("accepted", "accept", "is accepted and cannot be accepted"),
    ("in_progress", "return", "is in progress and cannot be returned: only a submitted task"),
    ("accepted", "return", "is accepted and cannot be returned"),
    ("returned", "return", "is returned and cannot be returned"),
    ("accepted", "reassign", "is accepted and cannot be reassigned: an accepted task is finished"),
])
def test_invalid_transitions_are_conflicts_and_change_nothing(app, ctx, task, state, action, message):
    set_state(task, state)
    before = snapshot(app)
    call = {"submit": lambda: service.submit(task, ctx["rev1"]),
            "accept": lambda: service.accept(task, ctx["admin"]),
            "return": lambda: service.return_task(task, "why", ctx["admin"]),
            "reassign": lambda: service.reassign(task, ctx["rev2"], ctx["admin"])}[action]
    with pytest.raises(TaskConflict, match=re.escape(f"task {task} {message}")) as caught:
        call()
    assert caught.value.kind == "conflict"
    assert snapshot(app) == before


def test_mark_in_progress_leaves_other_states_alone(app, ctx, task):
    for state in ("in_progress", "submitted", "accepted", "returned"):
        set_state(task, state)
        assert service.mark_in_progress(db.session.get(Task, task)) is False
        assert db.session.get(Task, task).state == state


def test_return_needs_a_reason(app, ctx, task):
    set_state(task, "submitted")
    before = snapshot(app)
    for reason in ("", "   ", None):
        with pytest.raises(TaskError, match="the reason must not be empty"):
            service.return_task(task, reason, ctx["admin"])
    with pytest.raises(TaskError, match="at most 2000 characters"):
        service.return_task(task, "x" * 2001, ctx["admin"])
    assert snapshot(app) == before


def test_a_reviewer_cannot_submit_another_reviewers_task(app, ctx, task):
    set_state(task, "in_progress")
    before = snapshot(app)
    with pytest.raises(TaskNotFound, match=re.escape("No task with that id.")):
        service.submit(task, ctx["rev2"])
    with pytest.raises(TaskNotFound, match=re.escape("No task with that id.")):
        service.submit(999999, ctx["rev1"])
    assert snapshot(app) == before


def test_unknown_task_ids_are_not_found(app, ctx):
    for call in (lambda: service.accept(5, ctx["admin"]), lambda: service.revoke(5),
                 lambda: service.return_task(5, "why"), lambda: service.reassign(5, ctx["rev1"])):
        with pytest.raises(TaskNotFound):
            call()


def test_reassign_keeps_the_old_reviewers_work_and_restarts_the_task(app, ctx, task):
    row = db.session.get(Task, task)
    article = row.article_id
    annotate(article, ctx["rev1"], decided=2)
    set_state(task, "returned")
    db.session.get(Task, task).return_reason = "more"
    db.session.commit()
    service.reassign(task, ctx["rev2"], ctx["admin"])
    row = db.session.get(Task, task)
    assert (row.reviewer_id, row.state, row.return_reason) == (ctx["rev2"], "assigned", None)
    kept = db.session.scalar(select(func.count()).select_from(Annotation)
                             .where(Annotation.reviewer_id == ctx["rev1"]))
    assert kept == 2
    event_ = task_events(task)[-1]
    assert (event_.action, event_.actor_id) == ("reassign", ctx["admin"])
    assert (event_.before["reviewer_id"], event_.after["reviewer_id"]) == (ctx["rev1"], ctx["rev2"])
    assert queries.progress([task]) == {task: (0, 4)}


def test_reassign_refusals(app, ctx, task, rev3):
    row = db.session.get(Task, task)
    service.assign_article(row.article_id, [rev3])
    before = snapshot(app)
    cases = [(ctx["rev1"], TaskConflict, "already belongs to rev1"),
             (rev3, TaskConflict, f"rev3 already has a task on article {row.article_id}"),
             (ctx["admin"], TaskError, "admin is an admin, not a reviewer"),
             (make_user(app, "gone", active=False), TaskError, "gone is disabled"),
             (999999, TaskNotFound, "no user with id 999999")]
    for reviewer, error, message in cases:
        with pytest.raises(error, match=message):
            service.reassign(task, reviewer, ctx["admin"])
    assert snapshot(app)[0] == before[0]


def test_revoke_deletes_the_task_with_an_audit_event_and_keeps_the_work(app, ctx, task):
    row = db.session.get(Task, task)
    article = row.article_id
    row.due_date = date(2030, 1, 1)
    db.session.commit()
    annotate(article, ctx["rev1"], decided=1)
    before = service.revoke(task, ctx["admin"])
    assert db.session.get(Task, task) is None
    event_ = task_events(task)[-1]
    assert (event_.action, event_.actor_id, event_.after) == ("revoke", ctx["admin"], None)
    assert event_.before == before == {"article_id": article, "reviewer_id": ctx["rev1"],
                                       "state": "assigned", "due_date": "2030-01-01",
                                       "return_reason": None}
    assert db.session.scalar(select(func.count()).select_from(Annotation)) == 1


# --- progress and queue order -----------------------------------------------------------------

def test_progress_counts_decided_sentences_in_one_query(app, ctx, rev3):
    a, b, c = make_articles(app, 3)
    service.bulk_assign([a, b, c], [ctx["rev1"], ctx["rev2"], rev3], 3)
    annotate(a, ctx["rev1"], decided=2, undecided=1)  # undecided: claim_type still unset
    annotate(a, ctx["rev2"], decided=4)
    annotate(b, ctx["rev1"], decided=1)
    ids = {(t.article_id, t.reviewer_id): t.id for t in db.session.scalars(select(Task))}
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        result = queries.progress(ids.values())
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(statements) == 1
    assert result[ids[a, ctx["rev1"]]] == (2, 4)
    assert result[ids[a, ctx["rev2"]]] == (4, 4)
    assert result[ids[b, ctx["rev1"]]] == (1, 4)
    assert result[ids[c, rev3]] == (0, 4)
    assert queries.progress([]) == {}


def test_list_queries_do_not_grow_with_the_number_of_tasks(app, ctx):
    def count_queries(call):
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            call()
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(statements)

    make_articles(app, 2)
    service.bulk_assign(None, [ctx["rev1"]], 1)
    small = count_queries(lambda: queries.my_tasks(ctx["rev1"]))
    make_articles(app, 10, start=10)
    service.bulk_assign(None, [ctx["rev1"]], 1)
    assert count_queries(lambda: queries.my_tasks(ctx["rev1"])) == small == 1
    assert count_queries(lambda: queries.list_tasks()) == 1


def test_my_tasks_order_soonest_due_first_undated_after_accepted_last(app, ctx):
    articles = make_articles(app, 5)
    dues = [date(2030, 3, 1), None, date(2030, 1, 1), date(2029, 1, 1), date(2030, 2, 1)]
    for article, due in zip(articles, dues, strict=True):
        service.assign_article(article, [ctx["rev1"]], due)
    accepted = service.task_for(articles[3], ctx["rev1"]).id
    set_state(accepted, "accepted")
    rows, has_next = queries.my_tasks(ctx["rev1"])
    assert [row.due_date for row in rows] == [date(2030, 1, 1), date(2030, 2, 1), date(2030, 3, 1),
                                              None, date(2029, 1, 1)]
    assert rows[-1].id == accepted and has_next is False
    assert queries.next_open_task(ctx["rev1"]).article_id == articles[2]
    assert queries.my_tasks(ctx["rev2"]) == ([], False)


# --- pages ------------------------------------------------------------------------------------

def assigned(app, client=None) -> list[tuple[int, int]]:
    with app.app_context():
        return db.session.execute(select(Task.article_id, Task.reviewer_id)
                                  .order_by(Task.article_id, Task.reviewer_id)).all()


def test_my_tasks_shows_only_the_reviewers_tasks_with_progress(app, users, reviewer_client):
    a, b = make_articles(app, 2)
    with app.app_context():
        service.assign_article(a, [users["rev1"]], date(2030, 4, 5))
        service.assign_article(b, [users["rev2"]])
        annotate(a, users["rev1"], decided=3)
    page = reviewer_client.get("/tasks")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Story 0" in html and "Story 1" not in html
    assert '<progress value="3" max="4"' in html and "3 / 4" in html
    assert "2030-04-05" in html and 'href="/tasks/next"' in html
    assert "style=" not in html


def test_my_tasks_escapes_html_titles(app, users, reviewer_client):
    (article,) = make_articles(app, 1)
    with app.app_context():  # the importer refuses markup; a title could still get here otherwise
        db.session.get(Article, article).title = "<script>alert(1)</script>"
        db.session.commit()
        service.assign_article(article, [users["rev1"]])
    html = reviewer_client.get("/tasks").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html


def test_untitled_articles_show_the_start_of_their_text(app, users, reviewer_client):
    text = "An untitled report begins here and goes on. " * 5
    data = (json.dumps({"text": text}) + "\n").encode()
    with app.app_context():
        import_file(io.BytesIO(data), "x.jsonl", app.config["MAX_RECORD_BYTES"])
        article = db.session.scalar(select(Article.id))
        db.session.execute(Article.__table__.update().values(title=None))
        db.session.commit()
        service.assign_article(article, [users["rev1"]])
    html = reviewer_client.get("/tasks").get_data(as_text=True)
    assert text[:100].strip() in html and text[:101] not in html


def test_next_task_opens_the_first_open_task_or_says_there_is_none(app, users, reviewer_client):
    response = reviewer_client.get("/tasks/next")
    assert response.status_code == 302 and response.headers["Location"] == "/tasks"
    assert "No open tasks." in reviewer_client.get("/tasks").get_data(as_text=True)
    a, b = make_articles(app, 2)
    with app.app_context():
        service.assign_article(a, [users["rev1"]])
        service.assign_article(b, [users["rev1"]], date(2030, 1, 1))
    response = reviewer_client.get("/tasks/next")
    with app.app_context():
        task_b = service.task_for(b, users["rev1"]).id
    assert response.status_code == 302 and response.headers["Location"] == f"/tasks/{task_b}"


def test_reviewer_submits_own_task_through_the_form(app, users, reviewer_client):
    (article,) = make_articles(app, 1)
    with app.app_context():
        service.assign_article(article, [users["rev1"]])
        task = service.task_for(article, users["rev1"])
        service.mark_in_progress(task)
        db.session.commit()
        task_id = task.id
    html = reviewer_client.get("/tasks").get_data(as_text=True)
    assert f'action="/tasks/{task_id}/submit"' in html
    warned = form_post(reviewer_client, f"/tasks/{task_id}/submit", {}, "/tasks")
    assert warned.status_code == 302 and warned.headers["Location"] == f"/tasks/{task_id}"  # undecided
    response = form_post(reviewer_client, f"/tasks/{task_id}/submit", {"confirm": "1"}, "/tasks")
    assert response.status_code == 302 and response.headers["Location"] == "/tasks"
    assert f"Task {task_id} submitted." in reviewer_client.get("/tasks").get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Task, task_id).state == "submitted"
    again = form_post(reviewer_client, f"/tasks/{task_id}/submit", {"confirm": "1"}, "/tasks")
    assert again.status_code == 409
    assert "is submitted and cannot be submitted" in again.get_data(as_text=True)


def test_a_reviewer_submitting_another_reviewers_task_gets_a_404_that_reveals_nothing(
        app, users, reviewer_client):
    (article,) = make_articles(app, 1, title="Secret headline")
    with app.app_context():
        service.assign_article(article, [users["rev2"]])
        task = service.task_for(article, users["rev2"])
        set_state(task.id, "in_progress")
        task_id = task.id
    before = snapshot(app)
    foreign = form_post(reviewer_client, f"/tasks/{task_id}/submit", {}, "/tasks")
    unknown = form_post(reviewer_client, "/tasks/999999/submit", {}, "/tasks")
    assert foreign.status_code == unknown.status_code == 404
    body = foreign.get_data(as_text=True)
    # The same page but for the CSRF token (signed with the second it was made in: the two posts
    # may fall on either side of a second).
    assert without_token(body) == without_token(unknown.get_data(as_text=True))
    assert "No task with that id." in body
    assert "Secret headline" not in body and "rev2" not in body
    assert snapshot(app) == before


def without_token(page: str) -> str:
    return re.sub(r'(name="csrf-token" content|name="csrf_token" value)="[^"]*"', r'\1=""', page)


def test_submit_without_csrf_token_is_refused(app, users, reviewer_client):
    (article,) = make_articles(app, 1)
    with app.app_context():
        service.assign_article(article, [users["rev1"]])
        task_id = service.task_for(article, users["rev1"]).id
        set_state(task_id, "in_progress")
    before = snapshot(app)
    response = reviewer_client.post(f"/tasks/{task_id}/submit")
    assert response.status_code == 400 and "security token" in response.get_data(as_text=True)
    assert snapshot(app) == before


def test_admin_bulk_assigns_through_the_form(app, users, admin_client, rev3):
    articles = make_articles(app, 4)
    page = admin_client.get("/admin/assign")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and all(f'value="{a}"' in html for a in articles)
    response = form_post(admin_client, "/admin/assign", {
        "scope": "chosen", "article": articles[:3],
        "reviewer": [users["rev1"], users["rev2"], rev3], "overlap": "2", "due": "2030-06-01"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "6 tasks created for 3 articles, due 2030-06-01 (rev1 2, rev2 2, rev3 2)" in html
    assert 'id="assign-report"' in html
    pairs = assigned(app)
    assert len(pairs) == 6 and {a for a, _ in pairs} == set(articles[:3])
    # The one left over is still offered; the others are not.
    html = admin_client.get("/admin/assign").get_data(as_text=True)
    assert f'name="article" value="{articles[3]}"' in html
    assert f'name="article" value="{articles[0]}"' not in html


def test_admin_assigns_all_unassigned_through_the_form(app, users, admin_client):
    make_articles(app, 3)
    response = form_post(admin_client, "/admin/assign", {
        "scope": "unassigned", "reviewer": [users["rev1"], users["rev2"]], "overlap": "1"})
    assert response.status_code == 200
    assert "3 tasks created for 3 articles (rev1 2, rev2 1)" in response.get_data(as_text=True)


@pytest.mark.parametrize("change, status, message", [
    ({"overlap": "3"}, 400, "overlap 3 needs at least 3 reviewers, but 2 were chosen."),
    ({"overlap": "0"}, 400, "overlap must be at least 1, got 0."),
    ({"overlap": "two"}, 400, "overlap must be a whole number, got &#39;two&#39;."),
    ({"due": "2030-13-01"}, 400, "due date &#39;2030-13-01&#39; is not a valid calendar date."),
    ({"due": "next week"}, 400, "is not a date in the form YYYY-MM-DD"),
    ({"reviewer": "ADMIN"}, 400, "admin is an admin, not a reviewer: only reviewers get tasks."),
    ({"reviewer": "GONE"}, 400, "gone is disabled: only active reviewers get tasks."),
    ({"reviewer": "999999"}, 404, "no user with id 999999."),
    ({"reviewer": []}, 400, "choose at least one reviewer."),
    ({"article": "888888"}, 404, "no article with id 888888."),
    ({"article": "x1"}, 400, "article id &#39;x1&#39; is not a number."),
    ({"article": []}, 400, "choose at least one article."),
    ({"scope": "everything"}, 400, "choose the articles, or all unassigned articles."),
])
def test_bad_bulk_assignment_input_is_a_clear_4xx_and_changes_nothing(
        app, users, admin_client, change, status, message):
    articles = make_articles(app, 2)
    gone = make_user(app, "gone", active=False)
    data = {"scope": "chosen", "article": articles, "reviewer": [users["rev1"], users["rev2"]],
            "overlap": "2", "due": ""}
    data.update(change)
    if data["reviewer"] == "ADMIN":
        data["reviewer"] = [users["rev1"], users["admin"]]
    elif data["reviewer"] == "GONE":
        data["reviewer"] = [users["rev1"], gone]
    before = snapshot(app)
    response = form_post(admin_client, "/admin/assign", data)
    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    assert snapshot(app) == before


def test_bulk_assignment_without_csrf_token_is_refused(app, users, admin_client):
    make_articles(app, 1)
    response = admin_client.post("/admin/assign", data={
        "scope": "unassigned", "reviewer": [users["rev1"]], "overlap": "1"})
    assert response.status_code == 400
    assert assigned(app) == []


def test_admin_assigns_one_article_and_sees_its_tasks(app, users, admin_client):
    (article,) = make_articles(app, 1)
    path = f"/admin/articles/{article}/tasks"
    html = admin_client.get(path).get_data(as_text=True)
    assert "This article has no tasks yet." in html
    response = form_post(admin_client, path, {"reviewer": [users["rev1"], users["rev2"]],
                                              "due": "2030-07-01"})
    assert response.status_code == 302 and response.headers["Location"] == path
    html = admin_client.get(path).get_data(as_text=True)
    assert f"Article {article} assigned to rev1, rev2." in html
    assert html.count('class="task-row') == 2 and "2030-07-01" in html
    assert "Every active reviewer already has this article." in html
    with app.app_context():
        assert {t.due_date for t in db.session.scalars(select(Task))} == {date(2030, 7, 1)}
    before = snapshot(app)
    again = form_post(admin_client, path, {"reviewer": [users["rev1"]]})
    assert again.status_code == 409
    assert f"article {article} is already assigned to rev1." in again.get_data(as_text=True)
    bad_date = form_post(admin_client, path, {"reviewer": [users["rev1"]], "due": "1/2/2030"})
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.get_data(as_text=True)
    assert snapshot(app) == before


def test_unknown_article_task_page_is_404(app, users, admin_client):
    assert admin_client.get("/admin/articles/999999/tasks").status_code == 404
    token = csrf_token(admin_client, "/admin/assign")
    response = admin_client.post("/admin/articles/999999/tasks",
                                 data={"reviewer": users["rev1"], "csrf_token": token})
    assert response.status_code == 404 and "No article with that id." in response.get_data(as_text=True)


@pytest.fixture
def submitted(app, users):
    """Two submitted tasks (rev1, rev2) on one article; their ids."""
    (article,) = make_articles(app, 1)
    with app.app_context():
        service.assign_article(article, [users["rev1"], users["rev2"]])
        ids = list(db.session.scalars(select(Task.id).order_by(Task.reviewer_id)))
        for task_id in ids:
            set_state(task_id, "submitted")
    return ids


def test_admin_list_filters_and_actions_through_the_forms(app, users, admin_client, submitted, rev3):
    t1, t2 = submitted
    html = admin_client.get("/admin/tasks").get_data(as_text=True)
    assert html.count('class="task-row') == 2
    assert f'action="/admin/tasks/{t1}/accept"' in html
    html = admin_client.get(f"/admin/tasks?reviewer={users['rev2']}&state=submitted").get_data(as_text=True)
    assert html.count('class="task-row') == 1 and f'data-task-id="{t2}"' in html
    next_url = f"/admin/tasks?reviewer={users['rev1']}"
    accept = form_post(admin_client, f"/admin/tasks/{t1}/accept", {"next": next_url}, "/admin/tasks")
    assert accept.status_code == 302 and accept.headers["Location"] == next_url
    returned = form_post(admin_client, f"/admin/tasks/{t2}/return",
                         {"reason": "Check the sources again."}, "/admin/tasks")
    assert returned.status_code == 302 and returned.headers["Location"] == "/admin/tasks"
    with app.app_context():
        assert db.session.get(Task, t1).state == "accepted"
        assert db.session.get(Task, t2).state == "returned"
        assert db.session.get(Task, t2).return_reason == "Check the sources again."
    html = admin_client.get("/admin/tasks?state=returned").get_data(as_text=True)
    assert "Returned: Check the sources again." in html and html.count('class="task-row') == 1
    moved = form_post(admin_client, f"/admin/tasks/{t2}/reassign", {"reviewer_id": rev3},
                      "/admin/tasks")
    assert moved.status_code == 302
    with app.app_context():
        row = db.session.get(Task, t2)
        assert (row.reviewer_id, row.state) == (rev3, "assigned")
    revoked = form_post(admin_client, f"/admin/tasks/{t2}/revoke", {"next": "//evil.example/", "confirm": "yes"},
                        "/admin/tasks")
    assert revoked.status_code == 302 and revoked.headers["Location"] == "/admin/tasks"
    with app.app_context():
        assert db.session.get(Task, t2) is None
        assert task_events(t2)[-1].action == "revoke"


def test_reassign_offers_only_reviewers_without_a_task_on_the_article(app, users, admin_client, submitted, rev3):
    """rev1 and rev2 both have the article: each task can go to rev3 only."""
    t1, t2 = submitted
    for page in ("/admin/tasks", f"/admin/articles/{article_of(app, t1)}/tasks"):
        html = admin_client.get(page).get_data(as_text=True)
        for task_id in (t1, t2):
            form = html.split(f'action="/admin/tasks/{task_id}/reassign"')[1].split("</form>")[0]
            offered = set(re.findall(r'<option value="(\d+)">', form))
            assert offered == {str(rev3)}, (page, task_id, offered)


def article_of(app, task_id: int) -> int:
    with app.app_context():
        return db.session.get(Task, task_id).article_id


@pytest.mark.parametrize("path, data, status, message", [
    ("/admin/tasks/{t}/return", {"reason": "  "}, 400, "the reason must not be empty."),
    ("/admin/tasks/{t}/reassign", {"reviewer_id": ""}, 400, "choose the reviewer to give the task to."),
    ("/admin/tasks/{t}/reassign", {"reviewer_id": "abc"}, 400, "reviewer id &#39;abc&#39; is not a number."),
    ("/admin/tasks/{t}/reassign", {"reviewer_id": "ADMIN"}, 400, "admin is an admin, not a reviewer"),
    ("/admin/tasks/{t}/reassign", {"reviewer_id": "999999"}, 404, "no user with id 999999."),
    ("/admin/tasks/{t}/reassign", {"reviewer_id": "REV2"}, 409, "rev2 already has a task on article"),
    ("/admin/tasks/999999/accept", {}, 404, "No task with that id."),
    ("/admin/tasks/999999/return", {"reason": "x"}, 404, "No task with that id."),
    ("/admin/tasks/999999/revoke", {"confirm": "yes"}, 404, "No task with that id."),
    ("/admin/tasks/999999/reassign", {"reviewer_id": "REV2"}, 404, "No task with that id."),
])
def test_bad_admin_actions_are_clear_4xx_and_change_nothing(
        app, users, admin_client, submitted, path, data, status, message):
    data = {key: {"ADMIN": users["admin"], "REV2": users["rev2"]}.get(value, value)
            for key, value in data.items()}
    before = snapshot(app)
    response = form_post(admin_client, path.format(t=submitted[0]), data, "/admin/tasks")
    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)
    assert snapshot(app) == before


def test_accepting_an_unsubmitted_task_is_409(app, users, admin_client, submitted):
    with app.app_context():
        set_state(submitted[0], "in_progress")
    before = snapshot(app)
    response = form_post(admin_client, f"/admin/tasks/{submitted[0]}/accept", {}, "/admin/tasks")
    assert response.status_code == 409
    assert "is in progress and cannot be accepted" in response.get_data(as_text=True)
    assert snapshot(app) == before


@pytest.mark.parametrize("query, message", [("state=done", "Unknown state"),
                                            ("reviewer=rev1", "The reviewer filter must be")])
def test_bad_admin_list_filters_are_400(admin_client, query, message):
    response = admin_client.get(f"/admin/tasks?{query}")
    assert response.status_code == 400 and message in response.get_data(as_text=True)


# Who may use which task route: tests/test_access.py (the app-wide route × role table).


# --- annotate assign --------------------------------------------------------------------------

def run_assign(app, *args):
    return app.test_cli_runner().invoke(args=["assign", *map(str, args)])


def test_cli_assigns_all_unassigned_with_overlap_and_due_date(app, users, rev3):
    articles = make_articles(app, 3)
    result = run_assign(app, "--unassigned", "--reviewer", "rev1", "--reviewer", "rev2",
                        "--reviewer", "rev3", "--overlap", "2", "--due", "2030-09-09")
    assert result.exit_code == 0, result.output
    assert f"article {articles[0]} (Story 0): rev1, rev2" in result.output
    assert ("assigned: 6 tasks created for 3 articles, due 2030-09-09 (rev1 2, rev2 2, rev3 2)"
            in result.output)
    assert len(assigned(app)) == 6
    with app.app_context():
        assert {e.actor_id for e in db.session.scalars(select(AuditEvent)
                                                        .where(AuditEvent.entity_type == "task"))} == {None}


def test_cli_assigns_chosen_articles(app, users):
    a, _, c = make_articles(app, 3)
    result = run_assign(app, "--article", a, "--article", c, "--reviewer", "rev2")
    assert result.exit_code == 0, result.output
    assert assigned(app) == [(a, users["rev2"]), (c, users["rev2"])]
    assert "assigned: 2 tasks created for 2 articles (rev2 2)" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["--unassigned", "--reviewer", "rev1", "--reviewer", "nobody"], 1,
     "Error: unknown reviewer 'nobody'; nothing was assigned"),
    (["--article", "999999", "--reviewer", "rev1"], 1,
     "Error: no article with id 999999; nothing was assigned"),
    (["--unassigned", "--reviewer", "admin"], 1, "admin is an admin, not a reviewer"),
    (["--unassigned", "--reviewer", "rev1", "--overlap", "2"], 1,
     "overlap 2 needs at least 2 reviewers, but 1 was chosen"),
    (["--unassigned", "--reviewer", "rev1", "--due", "31.12.2030"], 1,
     "is not a date in the form YYYY-MM-DD"),
    (["--unassigned", "--article", "1", "--reviewer", "rev1"], 2,
     "give either --article ID (one or more) or --unassigned"),
    (["--reviewer", "rev1"], 2, "give either --article ID"),
    (["--unassigned"], 2, "Missing option '--reviewer'"),
])
def test_cli_errors_exit_non_zero_and_change_nothing(app, users, args, code, message):
    make_articles(app, 2)
    before = snapshot(app)
    result = run_assign(app, *args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert snapshot(app) == before


def test_cli_assign_has_help(app):
    result = app.test_cli_runner().invoke(args=["assign", "--help"])
    assert result.exit_code == 0 and "--overlap K" in result.output and "--unassigned" in result.output


# --- in a browser -----------------------------------------------------------------------------

@pytest.mark.browser
def test_bulk_assignment_and_my_tasks_in_a_browser(app, users, live_url, page, tmp_path):
    with app.app_context():
        accounts.create_user("rev3", "reviewer", PASSWORD)
    browser_login(page, live_url, "admin")
    upload = tmp_path / "stories.jsonl"
    upload.write_text("".join(json.dumps({"title": f"Story {i}", "text": f"Story {i} headline\n\n"
                                          f"Fact {i}. Another fact."}) + "\n" for i in range(3)))
    page.goto(live_url + "/admin/import")
    page.set_input_files("input[name=files]", str(upload))
    page.click("main form button[type=submit]")
    expect(page.locator("ul.import-results")).to_contain_text("3 articles, 9 sentences imported")
    with app.app_context():
        articles = list(db.session.scalars(select(Article.id).order_by(Article.id)))
    page.goto(live_url + "/admin/assign")
    for article in articles:
        page.check(f"input[name=article][value='{article}']")
    for name in ("rev1", "rev2", "rev3"):
        page.get_by_label(name, exact=False).check()
    page.fill("input[name=overlap]", "2")
    page.fill("input[name=due]", "2030-10-01")
    page.click("form.assign-form button[type=submit]")
    expect(page.locator("#assign-report")).to_contain_text("6 tasks created for 3 articles")
    page.screenshot(path=str(tmp_path / "assign.png"), full_page=True)

    with app.app_context():
        expected = {}
        for task in db.session.scalars(select(Task)):
            expected.setdefault(task.reviewer.username, set()).add(f"Story {articles.index(task.article_id)}")
    assert sorted(len(titles) for titles in expected.values()) == [2, 2, 2]

    for name in ("rev1", "rev2", "rev3"):
        context = page.context.browser.new_context()
        reviewer_page = context.new_page()
        reviewer_page.set_default_timeout(10_000)
        browser_login(reviewer_page, live_url, name)
        reviewer_page.goto(live_url + "/tasks")
        titles = {t.strip() for t in reviewer_page.locator("tr.task-row td.task-title a").all_inner_texts()}
        assert titles == expected[name], name
        assert reviewer_page.locator("tr.task-row progress").count() == 2
        assert reviewer_page.goto(live_url + "/admin/assign").status == 403
        assert reviewer_page.goto(live_url + "/admin/tasks").status == 403
        context.close()
