"""An ended session or a stale form token never loses what was typed, and never applies it
unasked: the workspace form without JavaScript, and a second tab's login form."""

import html
import re

from sqlalchemy import select

from annotate.extensions import db
from annotate.models import Annotation
from annotate.services import accounts
from tests.conftest import PASSWORD, csrf_token, login
from tests.test_workspace import HOSTILE, make_task

NOTE = "Checked against the ministry's <table> & figures"


def typed(client, task_id, sentence_id) -> dict:
    """The panel form as the page shows it (its version and token), with a note typed in."""
    page = client.get(f"/tasks/{task_id}?s={sentence_id}").get_data(as_text=True)
    version = re.search(r'name="version" id="ws-version" value="(\d+)"', page).group(1)
    return {"csrf_token": csrf_token(client, f"/tasks/{task_id}"), "version": version,
            "claim_type": "checkable", "status": "supported", "note": NOTE}


def hidden_fields(page: str) -> dict:
    """The hidden fields of a page's forms, unescaped, by name (the first of each)."""
    fields = {}
    for tag in re.findall(r'<input [^>]*type="hidden"[^>]*>', page):
        name, value = re.search(r' name="([^"]+)"', tag), re.search(r' value="([^"]*)"', tag)
        fields.setdefault(html.unescape(name.group(1)), html.unescape(value.group(1)))
    return fields


def end_sessions(app, user_id: int) -> None:
    """End every session of a user, as "log out everywhere" does (the session generation moves on)."""
    with app.app_context():
        accounts.end_sessions(user_id)


def stored(app):
    with app.app_context():
        return db.session.scalar(select(Annotation))


def login_keeping(client, page: str, username: str = "rev1"):
    """Fill the login form of ``page`` (its hidden fields included) and post it."""
    action = html.unescape(re.search(r'class="login-form" novalidate action="([^"]+)"', page).group(1))
    return client.post(action, data={**hidden_fields(page), "username": username, "password": PASSWORD})


def test_a_post_after_the_session_ended_keeps_the_note_through_login_and_confirmation(app, users, reviewer_client):
    task_id, sentences = make_task(app, users, HOSTILE)
    data = typed(reviewer_client, task_id, sentences[1])
    end_sessions(app, users["rev1"])  # "log out everywhere" in another browser

    refused = reviewer_client.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=data)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 401 and "Form expired" not in page
    assert "Your session has ended, so nothing was saved" in page
    assert hidden_fields(page)["kept_note"] == NOTE and stored(app) is None

    confirm = login_keeping(reviewer_client, page)
    page = confirm.get_data(as_text=True)
    assert confirm.status_code == 200 and "Save these" in page
    assert "ministry&#39;s &lt;table&gt; &amp; figures" in page and stored(app) is None  # shown, not yet saved
    fields = hidden_fields(page)
    assert fields["version"] == "0" and fields["csrf_token"] != data["csrf_token"]

    saved = reviewer_client.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=fields)
    assert saved.status_code == 302
    annotation = stored(app)
    assert (annotation.note, annotation.claim_type, annotation.status) == (NOTE, "checkable", "supported")


def test_a_post_without_the_session_cookie_keeps_the_note_not_form_expired(app, users, reviewer_client):
    task_id, sentences = make_task(app, users, HOSTILE)
    data = typed(reviewer_client, task_id, sentences[1])
    browser = app.test_client()  # the cookie is gone (expired, or the secret key changed)
    refused = browser.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=data)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 401 and "Form expired" not in page
    confirm = login_keeping(browser, page)
    assert confirm.status_code == 200 and stored(app) is None
    fields = hidden_fields(confirm.get_data(as_text=True))
    saved = browser.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=fields)
    assert saved.status_code == 302 and stored(app).note == NOTE


def test_kept_values_are_saved_with_their_version_so_a_change_meanwhile_is_a_conflict(app, users, reviewer_client):
    task_id, sentences = make_task(app, users, HOSTILE)
    data = typed(reviewer_client, task_id, sentences[1])
    end_sessions(app, users["rev1"])
    page = reviewer_client.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=data).get_data(as_text=True)
    other = app.test_client()
    login(other, "rev1")
    assert other.put(f"/api/v1/sentences/{sentences[1]}/annotation", json={"version": 0, "note": "theirs"},
                     headers={"X-CSRFToken": csrf_token(other, "/tasks")}).status_code == 200
    confirm = login_keeping(reviewer_client, page).get_data(as_text=True)
    answer = reviewer_client.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=hidden_fields(confirm))
    assert answer.status_code == 409 and "changed elsewhere" in answer.get_data(as_text=True)
    assert stored(app).note == "theirs"


def test_a_stale_token_while_logged_in_asks_before_saving(app, users, reviewer_client):
    task_id, sentences = make_task(app, users, HOSTILE)
    data = typed(reviewer_client, task_id, sentences[1])
    data["csrf_token"] = "stale"  # e.g. this reviewer logged out and in again in another tab
    refused = reviewer_client.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=data)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400 and "Form expired" not in page and "Save these" in page
    assert stored(app) is None  # nothing posted without a valid token is applied
    saved = reviewer_client.post(f"/tasks/{task_id}/sentences/{sentences[1]}", data=hidden_fields(page))
    assert saved.status_code == 302 and stored(app).note == NOTE


def test_a_login_form_never_carries_values_to_another_address(app, users):
    client = app.test_client()
    token = csrf_token(client)
    answer = client.post("/login", data={"csrf_token": token, "username": "rev1", "password": PASSWORD,
                                         "kept_url": "/admin/users/", "kept_note": "x"})
    assert answer.status_code == 302 and "Save these" not in answer.get_data(as_text=True)


def test_a_second_tabs_stale_login_form_logs_in_or_asks_again(app, users):
    client = app.test_client()
    stale = csrf_token(client)  # two tabs show the login form with this token
    assert login(client, "rev1").status_code == 302  # the first tab logs in
    second = client.post("/login?next=/tasks", data={"csrf_token": stale, "username": "rev1", "password": PASSWORD})
    assert second.status_code == 302 and second.headers["Location"] == "/tasks"  # logged in already: go on

    client.post("/logout", data={"csrf_token": csrf_token(client, "/tasks")})  # both tabs' token stale again
    again = client.post("/login", data={"csrf_token": stale, "username": "rev1", "password": PASSWORD})
    page = again.get_data(as_text=True)
    assert again.status_code == 400 and "Form expired" not in page and "expired" in page
    assert 'value="rev1"' in page  # the username is kept, the password asked again
    assert client.get("/tasks").status_code == 302  # not logged in without a valid token
    assert login(client, "rev1").status_code == 302
