"""An ended session in a real browser, with and without JavaScript: what was typed survives and
is saved after logging in again; a second tab's stale login form is no "Form expired"."""

import pytest
from playwright.sync_api import expect

from annotate.services import accounts
from tests.conftest import PASSWORD, browser_login
from tests.test_workspace_browser import SAVE_DELAY_MS, seed_task, stored, wait_saved  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser
NOTE = "Typed after the session ended"


def end_sessions(app, username_id: int) -> None:
    """"Log out everywhere" from elsewhere: every session of the user ends (load_user refuses it)."""
    with app.app_context():
        accounts.end_sessions(username_id)


def kept_note(page, sentence_id) -> str | None:
    """The note kept for a sentence in the tab's sessionStorage, if any."""
    return page.evaluate("""(id) => {
        const task = document.getElementById("workspace").dataset.taskId;
        const all = JSON.parse(sessionStorage.getItem("annotate.kept." + task) || "{}");
        return all[id] ? all[id].state.note : null;
    }""", str(sentence_id))


def type_note(page, text):
    page.keyboard.press("o")
    page.keyboard.type(text)
    page.keyboard.press("Escape")
    page.clock.run_for(SAVE_DELAY_MS)


def test_with_javascript_a_note_typed_after_the_session_ended_is_saved_after_logging_in_again(
        app, users, live_url, page, seed_task):  # noqa: F811
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.keyboard.press("c")
    wait_saved(page)
    end_sessions(app, users["rev1"])

    type_note(page, NOTE)
    expect(page.locator("#ws-relogin")).to_be_visible()
    expect(page.locator("#ws-save-state")).to_contain_text("log in again")
    assert page.input_value("#ws-note") == NOTE and kept_note(page, sentences[2]) == NOTE
    assert stored(app).note == ""

    page.keyboard.press("j")  # keys still work: the next sentence was loaded ahead
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))
    assert kept_note(page, sentences[2]) == NOTE

    page.fill("#ws-relogin-password", PASSWORD)
    page.click("#ws-relogin-submit")
    expect(page.locator("#ws-relogin")).to_be_hidden()
    page.wait_for_function(f"""() => !sessionStorage.getItem("annotate.kept.{task_id}")""")
    annotation = stored(app)
    assert (annotation.note, annotation.claim_type, annotation.version) == (NOTE, "checkable", 2)

    page.keyboard.press("k")  # the page's new token and session serve the next steps and saves
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[2]))
    assert page.input_value("#ws-note") == NOTE
    page.keyboard.press("m")
    wait_saved(page)
    assert stored(app).claim_type == "minor"


def test_with_javascript_a_kept_note_survives_a_reload_and_a_login_in_another_tab(
        app, users, live_url, page, seed_task):  # noqa: F811
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.context.clear_cookies()  # the session cookie is gone
    type_note(page, NOTE)
    expect(page.locator("#ws-relogin")).to_be_visible()

    other = page.context.new_page()  # the link "log in in a new tab"
    browser_login(other, live_url, "rev1")
    other.close()
    page.bring_to_front()
    page.evaluate("window.dispatchEvent(new Event('focus'))")  # headless windows get no focus of their own
    expect(page.locator("#ws-relogin")).to_be_hidden()
    expect(page.locator("#ws-save-state")).to_have_text("saved")
    assert stored(app).note == NOTE

    end_sessions(app, users["rev1"])
    type_note(page, " and more")
    expect(page.locator("#ws-relogin")).to_be_visible()
    browser_login(page, live_url, "rev1")  # this tab leaves for the login page, then comes back
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    expect(page.locator("#ws-save-state")).to_have_text("saved")
    assert page.input_value("#ws-note") == NOTE + " and more"
    assert stored(app).note == NOTE + " and more"


def test_with_javascript_a_stale_token_of_a_live_session_is_replaced_silently(
        app, users, live_url, page, seed_task):  # noqa: F811
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    other = page.context.new_page()  # another tab logs out and in again: this page's token is stale
    other.goto(f"{live_url}/tasks")
    other.click(".logout button")
    browser_login(other, live_url, "rev1")
    other.close()
    page.keyboard.press("c")
    wait_saved(page)
    assert page.is_hidden("#ws-relogin") and stored(app).claim_type == "checkable"


def test_without_javascript_a_note_survives_the_login_and_is_saved_after_confirmation(
        app, users, live_url, browser, seed_task):  # noqa: F811
    task_id, sentences = seed_task
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        browser_login(page, live_url, "rev1")
        page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
        page.check("input[name=claim_type][value=checkable]")
        page.fill("#ws-note", NOTE)
        end_sessions(app, users["rev1"])
        page.click("#ws-save")
        expect(page.locator("#login-notice")).to_contain_text("Your session has ended")
        assert "Form expired" not in page.content()  # read once the login page is there, not mid-navigation
        page.click(".login-form button[type=submit]")  # a first try without the fields keeps them too
        page.fill("input[name=username]", "rev1")
        page.fill("input[name=password]", PASSWORD)
        page.click(".login-form button[type=submit]")
        expect(page.locator("#kept-note")).to_have_text(NOTE)
        assert stored(app) is None  # nothing is saved before the confirmation
        page.click("#kept-save")
        expect(page.locator("#ws-note")).to_have_value(NOTE)
        annotation = stored(app)
        assert (annotation.note, annotation.claim_type) == (NOTE, "checkable")
    finally:
        context.close()


def test_a_second_tabs_stale_login_form_does_not_say_form_expired(app, users, live_url, page):
    second = page.context.new_page()
    second.goto(f"{live_url}/login")
    browser_login(page, live_url, "rev1")  # the first tab logs in: the second tab's token is stale
    second.fill("input[name=username]", "rev1")
    second.fill("input[name=password]", PASSWORD)
    with second.expect_navigation():
        second.click("button[type=submit]")
    assert "Form expired" not in second.content()
    assert second.url.endswith("/tasks")  # logged in already (by the first tab): it goes on

    page.click(".logout button")  # logged out in the first tab: the second tab's form is stale again
    second.goto(f"{live_url}/login")
    page.goto(f"{live_url}/login")
    browser_login(page, live_url, "rev1")
    page.click(".logout button")
    second.fill("input[name=username]", "rev1")
    second.fill("input[name=password]", PASSWORD)
    second.click("button[type=submit]")
    expect(second.locator("#login-notice")).to_contain_text("Enter your password again")
    assert "Form expired" not in second.content()
    second.fill("input[name=password]", PASSWORD)  # the form came back with a fresh token
    second.click("button[type=submit]")
    second.wait_for_url("**/tasks")
