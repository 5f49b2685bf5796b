"""Daily rough edges in a real browser: the undecided count follows the work, revoking asks
first, and a reviewer whose task is taken away meanwhile is told so in the workspace."""

import pytest
from playwright.sync_api import expect

from annotate.extensions import db
from annotate.models import Task
from annotate.services import accounts
from annotate.services import tasks as task_service
from tests.conftest import browser_login
from tests.test_accessibility_browser import axe_violations
from tests.test_daily_edges import REASSIGNED, REVOKED
from tests.test_layout_browser import DESKTOP, PHONE, sideways
from tests.test_tasks import make_articles
from tests.test_workspace_browser import wait_saved

pytestmark = pytest.mark.browser


@pytest.fixture
def four(app, users):
    """rev1's task on a four-sentence article."""
    (article,) = make_articles(app, 1)
    with app.app_context():
        task_service.assign_article(article, [users["rev1"]])
        return task_service.task_for(article, users["rev1"]).id


def test_the_undecided_count_follows_each_decision_and_goes_at_none(live_url, page, four):
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{four}")
    label, count = page.locator("#ws-confirm-label"), page.locator("#ws-undecided")
    expect(count).to_have_text("4 undecided sentences")
    for index, expected in enumerate(["3 undecided sentences", "2 undecided sentences", "1 undecided sentence"]):
        page.keyboard.press("n" if index == 0 else "c")
        wait_saved(page)
        expect(count).to_have_text(expected)
        expect(label).to_be_visible()
        shown = page.get_attribute("#workspace", "data-sentence-id")
        page.keyboard.press("j")
        expect(page.locator("#workspace")).not_to_have_attribute("data-sentence-id", shown)
    page.keyboard.press("c")
    wait_saved(page)
    expect(page.locator("#ws-progress-text")).to_have_text("4 / 4 decided")
    expect(label).to_be_hidden()   # at 4/4 nothing is left to confirm
    assert "undecided sentence" not in page.inner_text("#ws-submit-form")
    page.keyboard.press("u")   # undecided again: the box comes back, counted
    wait_saved(page)
    expect(count).to_have_text("1 undecided sentence")
    expect(label).to_be_visible()


def test_revoke_asks_first_and_says_what_it_does(app, users, live_url, page, four):
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/admin/tasks")
    confirm = page.get_by_role("button", name=f"Revoke task {four}")
    expect(confirm).to_be_hidden()
    page.locator(f'tr[data-task-id="{four}"] summary', has_text="Revoke").click()
    expect(confirm).to_be_visible()
    expect(page.locator(f'tr[data-task-id="{four}"] .task-revoke-confirm p')).to_contain_text(
        "The annotations rev1 made stay.")
    with page.expect_navigation():
        confirm.click()
    expect(page.locator(".flash-info")).to_contain_text(f"Task {four} revoked")
    with app.app_context():
        assert db.session.get(Task, four) is None


@pytest.mark.parametrize("change, message", [("revoke", REVOKED), ("reassign", REASSIGNED)])
def test_a_reviewer_whose_task_is_taken_away_meanwhile_is_told_in_the_workspace(
        app, users, live_url, page, four, change, message):
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{four}")
    page.keyboard.press("n")
    wait_saved(page)
    with app.app_context():  # the admin, meanwhile
        if change == "revoke":
            task_service.revoke(four, users["admin"])
        else:
            rev3 = accounts.create_user("rev3", "reviewer", "long enough password").id
            task_service.reassign(four, rev3, users["admin"])
    first = page.get_attribute("#workspace", "data-sentence-id")
    page.keyboard.press("j")   # the next sentence opens (its panel fetched ahead), or the panel locks
    page.wait_for_function("""(first) => document.getElementById("workspace").dataset.sentenceId !== first
                              || !document.getElementById("ws-read-only").hidden""", arg=first)
    page.keyboard.press("c")
    page.clock.run_for(450)
    expect(page.locator("#ws-read-only")).to_have_text(message)
    expect(page.locator("#ws-read-only")).to_be_visible()
    expect(page.locator("#ws-note")).to_be_disabled()   # the panel is locked
    assert "No sentence with that id" not in page.inner_text("body")
    page.reload()   # the page itself says it too
    assert message in page.inner_text("main")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_open_revoke_disclosure_and_the_password_errors_fit_and_pass_axe(
        app, users, browser, live_url, four, viewport, scheme):
    """What the every-page runs do not open: the revoke disclosure, and the password form with
    its errors shown."""
    for username, path, act in (
            ("admin", "/admin/tasks", lambda page: page.locator(f'tr[data-task-id="{four}"] summary').click()),
            ("rev1", "/account", lambda page: page.get_by_role("button", name="Change password").click())):
        context = browser.new_context(viewport=viewport, color_scheme=scheme, bypass_csp=True)
        page = context.new_page()
        page.set_default_timeout(10_000)
        browser_login(page, live_url, username)
        page.goto(live_url + path)
        act(page)
        page.wait_for_load_state()
        if path == "/account":
            expect(page.locator("#current_password")).to_have_attribute("aria-invalid", "true")
        problems = sideways(page, username, path) + axe_violations(page)
        context.close()
        assert not problems, f"{username} {path}: " + "\n".join(problems)
