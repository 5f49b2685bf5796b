"""Changing one's own password on the account page: the current password first (a wrong one
counts towards the login delays), the new one twice, the rule and the hashing of account
creation; every other session ends, this one goes on; audited without the password."""

import json

import pytest
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import AuditEvent, LoginThrottle, User
from annotate.services.logins import DELAYS
from tests.conftest import PASSWORD, csrf_token, login

NEW = "a brand new passphrase"


def change(client, current: str = PASSWORD, new: str = NEW, again: str | None = None):
    """Post the account page's password form."""
    return client.post("/account/password", data={
        "csrf_token": csrf_token(client, "/account"), "current_password": current,
        "new_password": new, "confirm_password": new if again is None else again})


def logged_in(client) -> bool:
    return client.get("/account").status_code == 200


@pytest.fixture
def rev1(app, users):
    client = app.test_client()
    assert login(client, "rev1").status_code == 302
    return client


def stored_hash(app, username: str) -> str:
    with app.app_context():
        return db.session.scalar(select(User.password_hash).where(User.username == username))


def test_the_account_page_has_the_form_with_the_right_autocomplete(rev1):
    page = rev1.get("/account").get_data(as_text=True)
    assert 'action="/account/password"' in page
    assert 'name="current_password"' in page and 'autocomplete="current-password"' in page
    assert page.count('autocomplete="new-password"') == 2
    assert "at least 8 characters" in page


@pytest.mark.parametrize("username", ["rev1", "admin"])
def test_a_change_keeps_this_session_and_ends_every_other(app, users, username):
    here, elsewhere = app.test_client(), app.test_client()
    assert login(here, username).status_code == 302 and login(elsewhere, username).status_code == 302
    before = stored_hash(app, username)
    response = change(here)
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    page = here.get("/account").get_data(as_text=True)
    assert "Your password is changed" in page  # and this session goes on
    assert not logged_in(elsewhere)  # the other session ended
    assert elsewhere.get("/account").headers["Location"].startswith("/login")
    after = stored_hash(app, username)
    assert after != before and after.startswith("pbkdf2:sha256:1$")  # the configured method, as at creation
    assert login(app.test_client(), username).status_code == 401  # the old password no longer works
    assert login(app.test_client(), username, NEW).status_code == 302


def test_the_change_is_audited_without_the_password(app, users, rev1):
    assert change(rev1).status_code == 302
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "user")
                                   .order_by(AuditEvent.id.desc())).first()
        assert (event.entity_id, event.action, event.actor_id) == (users["rev1"], "change_password", users["rev1"])
        stored = json.dumps([event.before, event.after])
    assert NEW not in stored and PASSWORD not in stored and "pbkdf2" not in stored


def test_a_wrong_current_password_is_refused_counted_and_changes_nothing(app, users, rev1):
    before = stored_hash(app, "rev1")
    response = change(rev1, current="not my password")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Wrong password." in page
    assert 'aria-describedby="current_password-error"' in page
    assert stored_hash(app, "rev1") == before
    assert logged_in(rev1)  # nothing ended
    with app.app_context():  # counted like a failed login of this account from this address
        assert db.session.scalar(select(LoginThrottle.failures).where(LoginThrottle.scope == "pair")) == 1


def test_repeated_wrong_current_passwords_meet_the_login_delay(app, users, rev1):
    before = stored_hash(app, "rev1")
    for _ in range(DELAYS["pair"].free):
        assert change(rev1, current="guess").status_code == 400
    response = change(rev1)  # even the right one waits now, as a login would
    assert response.status_code == 429 and int(response.headers["Retry-After"]) >= 1
    assert "Too many failed logins" in response.get_data(as_text=True)
    assert stored_hash(app, "rev1") == before
    assert login(app.test_client(), "rev1").status_code == 429  # the login form's own counters


@pytest.mark.parametrize("new, again, message", [
    ("short", "short", "password must have at least 8 characters"),
    (NEW, NEW + "x", "The two new passwords differ."),
    ("", "", "This field is required."),
])
def test_a_bad_new_password_is_refused_beside_its_field(app, users, rev1, new, again, message):
    before = stored_hash(app, "rev1")
    response = change(rev1, new=new, again=again)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page and 'aria-invalid="true"' in page
    assert stored_hash(app, "rev1") == before
    with app.app_context():  # a refused new password checks nothing: no failure counted
        assert db.session.scalar(select(LoginThrottle.key).where(LoginThrottle.scope == "pair")) is None


def test_no_change_without_the_forms_token(app, users, rev1):
    before = stored_hash(app, "rev1")
    response = rev1.post("/account/password", data={"current_password": PASSWORD, "new_password": NEW,
                                                    "confirm_password": NEW})
    assert response.status_code == 400 and stored_hash(app, "rev1") == before
