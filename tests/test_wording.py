"""Daily rough edges (issue 14, point 4): counts in the right number, due dates in the future,
overdue tasks marked."""

from datetime import date, timedelta

import pytest

from annotate.importing import ImportReport
from annotate.numbers import counted
from annotate.services.task_queries import TaskRow
from annotate.services.tasks import TaskError, parse_due


def test_counts_are_said_in_the_right_number():
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(2_000, "sentence") == "2,000 sentences"
    assert counted(3, "person", "people") == "3 people"
    assert ImportReport(articles=1, sentences=1, skipped=1).summary() == (
        "1 article, 1 sentence imported; 1 duplicate skipped")
    assert ImportReport(articles=2, sentences=5, skipped=0).summary() == (
        "2 articles, 5 sentences imported; 0 duplicates skipped")


def test_a_due_date_in_the_past_is_refused_today_and_later_are_taken():
    today = date(2026, 11, 30)
    assert parse_due("2026-11-30", today) == today
    assert parse_due("2026-12-01", today) == date(2026, 12, 1)
    with pytest.raises(TaskError, match="in the past"):
        parse_due("2026-11-29", today)
    with pytest.raises(TaskError, match="in the past"):
        parse_due((date.today() - timedelta(days=400)).isoformat())


@pytest.mark.parametrize("state, days, overdue", [("assigned", -1, True), ("in_progress", -1, True),
                                                  ("returned", -3, True), ("submitted", -1, False),
                                                  ("accepted", -1, False), ("in_progress", 1, False),
                                                  ("in_progress", None, False)])
def test_open_work_past_its_due_date_is_overdue(state, days, overdue):
    due = None if days is None else date.today() + timedelta(days=days)
    row = TaskRow(1, 1, 1, state, due, None, "title", "rev1", 0, 4)
    assert row.is_overdue is overdue


def test_lists_mark_overdue_work_and_show_a_return_reason_only_while_returned(app, users, admin_client,
                                                                               reviewer_client):
    from sqlalchemy import update

    from annotate.extensions import db
    from annotate.models import Task
    from annotate.services import tasks as task_service
    from tests.test_tasks import make_articles

    late, on_time = make_articles(app, 2)
    with app.app_context():
        task_service.assign_article(late, [users["rev1"]])
        task_service.assign_article(on_time, [users["rev1"]], due_date=date.today() + timedelta(days=3))
        db.session.execute(update(Task).where(Task.article_id == late).values(
            due_date=date.today() - timedelta(days=2), state="returned", return_reason="Sources missing"))
        db.session.commit()

    for client, path in ((admin_client, "/admin/tasks"), (reviewer_client, "/tasks")):
        page = client.get(path).get_data(as_text=True)
        assert page.count('<span class="overdue">overdue</span>') == 1, path  # the late one, not the one due later
        assert "Returned: Sources missing" in page, path
    with app.app_context():
        db.session.execute(update(Task).where(Task.article_id == late).values(state="submitted"))
        db.session.commit()
    for client, path in ((admin_client, "/admin/tasks"), (reviewer_client, "/tasks")):
        page = client.get(path).get_data(as_text=True)
        assert "Returned:" not in page, path  # handed in again: the old reason is history (the audit keeps it)
        assert "overdue</span>" not in page, path  # handed in: not overdue work any more


@pytest.mark.browser
def test_disable_looks_like_a_secondary_action_not_the_primary_one(app, users, live_url, page):
    from tests.conftest import browser_login

    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/admin/users/")
    disable = page.locator("button", has_text="Disable").first
    create = page.locator("form button[type=submit]", has_text="Create").first
    background, color = "el => getComputedStyle(el).backgroundColor", "el => getComputedStyle(el).color"
    assert disable.evaluate(background) != create.evaluate(background)  # not filled like the primary button
    assert disable.evaluate(color) == create.evaluate(background)  # the accent as its text instead
