"""Accounts: the CLI, hashing, sessions that really end, the admin page (throttled logins:
test_login_throttle.py)."""

import re

from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import AuditEvent, User
from tests.conftest import csrf_token, login


def user_named(app, username):
    """The user with that name, detached."""
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == username))
        db.session.expunge_all()
        return user


def test_create_user_reads_the_password_from_stdin_and_hashes_it(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "ana", "--role", "reviewer"], input="s3cret-enough\n")
    assert result.exit_code == 0, result.output
    user = user_named(app, "ana")
    # Hashed with the configured method (cheap here; test_config proves production's scrypt).
    assert user.role == "reviewer" and user.password_hash.startswith("pbkdf2:sha256:1$")
    assert "s3cret-enough" not in user.password_hash
    assert login(app.test_client(), "ana", "s3cret-enough").status_code == 302


def test_create_user_refuses_bad_input(app):
    runner = app.test_cli_runner()
    short = runner.invoke(args=["create-user", "bo", "--role", "admin"], input="short\n")
    assert short.exit_code != 0 and "at least 8 characters" in short.output
    runner.invoke(args=["create-user", "bo", "--role", "admin"], input="long enough pass\n")
    taken = runner.invoke(args=["create-user", "bo", "--role", "admin"], input="long enough pass\n")
    assert taken.exit_code != 0 and "taken" in taken.output
    role = runner.invoke(args=["create-user", "cy", "--role", "root"], input="long enough pass\n")
    assert role.exit_code != 0
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 1


def test_logout_kills_the_session_cookie_even_if_copied(app, users):
    client = app.test_client()
    login(client, "rev1")
    stolen = client.get_cookie("session").value
    client.post("/logout", data={"csrf_token": csrf_token(client, "/tasks")})
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert thief.get("/tasks").status_code == 302


def test_session_is_renewed_at_login(app, users):
    client = app.test_client()
    csrf_token(client)
    before = client.get_cookie("session").value
    login(client, "rev1")
    assert client.get_cookie("session").value != before


def test_admin_creates_disables_and_resets_accounts(app, users, admin_client):
    reviewer = app.test_client()
    login(reviewer, "rev1")
    assert reviewer.get("/tasks").status_code == 200
    token = csrf_token(admin_client, "/admin/users/")
    created = admin_client.post("/admin/users/", data={
        "username": "dana", "role": "reviewer", "password": "dana password", "csrf_token": token})
    assert created.status_code == 302 and user_named(app, "dana").role == "reviewer"
    disabled = admin_client.post(f"/admin/users/{users['rev1']}/active", data={"csrf_token": token})
    assert disabled.status_code == 302 and not user_named(app, "rev1").active
    assert reviewer.get("/tasks").status_code == 302  # the open session has ended
    assert login(app.test_client(), "rev1").status_code == 401
    admin_client.post(f"/admin/users/{users['rev1']}/active", data={"csrf_token": token})
    reset = admin_client.post(f"/admin/users/{users['rev1']}/password",
                              data={"password": "a brand new one", "csrf_token": token})
    assert reset.status_code == 302
    assert login(app.test_client(), "rev1", "a brand new one").status_code == 302
    with app.app_context():
        actions = set(db.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "user")))
    assert {"create", "disable", "enable", "reset_password"} <= actions


def test_admin_page_refuses_bad_input_and_changes_nothing(app, users, admin_client):
    token = csrf_token(admin_client, "/admin/users/")
    for data, message in (({"username": "<b>x</b>", "role": "reviewer", "password": "long enough"}, "username"),
                          ({"username": "rev2", "role": "reviewer", "password": "long enough"}, "taken"),
                          ({"username": "zed", "role": "owner", "password": "long enough"}, "Not a valid choice")):
        response = admin_client.post("/admin/users/", data=dict(data, csrf_token=token))
        assert response.status_code == 400 and message in response.get_data(as_text=True)
    own = admin_client.post(f"/admin/users/{users['admin']}/active", data={"csrf_token": token})
    assert own.status_code == 400 and user_named(app, "admin").active
    assert admin_client.post("/admin/users/99999/active", data={"csrf_token": token}).status_code == 404
    no_token = admin_client.post(f"/admin/users/{users['rev2']}/active")
    assert no_token.status_code == 400 and user_named(app, "rev2").active
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 3


def test_each_error_is_shown_beside_its_own_field(app, users, admin_client):
    token = csrf_token(admin_client, "/admin/users/")
    for data, field, message in (
            ({"username": "ana", "role": "reviewer", "password": "short"}, "password", "at least 8"),
            ({"username": "rev1", "role": "reviewer", "password": "long enough"}, "username", "is taken")):
        page = admin_client.post("/admin/users/", data=dict(data, csrf_token=token)).get_data(as_text=True)
        page = page.split("<h2>New account</h2>")[1]
        paragraph = next(p for p in page.split("<p>") if f'name="{field}"' in p)
        assert 'class="field-error"' in paragraph and 'aria-invalid="true"' in paragraph and message in paragraph
        others = [p for p in page.split("<p>") if 'name="' in p and f'name="{field}"' not in p]
        assert not any(message in p for p in others)


def test_html_in_a_username_is_refused_and_names_show_escaped(app, users, admin_client):
    page = admin_client.get("/admin/users/").get_data(as_text=True)
    assert re.search(r"<td>rev1</td>", page)


def test_usernames_differing_only_in_case_are_one_name(app, users):
    result = app.test_cli_runner().invoke(args=["create-user", "REV1", "--role", "reviewer"],
                                          input="long enough pass\n")
    assert result.exit_code != 0 and "taken" in result.output


def test_unknown_and_known_users_take_the_same_path(app, users, monkeypatch):
    import annotate.services.logins as logins

    checked = []
    real = logins.check_password_hash
    monkeypatch.setattr(logins, "check_password_hash", lambda h, p: checked.append(h) or real(h, p))
    login(app.test_client(), "nobody", "wrong password")
    login(app.test_client(), "rev1", "wrong password")
    # a hash is checked either way
    assert len(checked) == 2 and checked[0] == logins._dummy_hash(app.config["PASSWORD_HASH_METHOD"])
