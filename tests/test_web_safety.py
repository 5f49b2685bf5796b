"""Web safety: request size, cookies, error pages."""

import io

from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Article
from tests.conftest import csrf_token


def test_oversized_upload_gets_413_and_changes_nothing(app, admin_client):
    token = csrf_token(admin_client, "/admin/import")
    big = io.BytesIO(b'{"text": "x"}\n' * (app.config["MAX_CONTENT_LENGTH"] // 14 + 10))
    response = admin_client.post("/admin/import", data={"csrf_token": token, "files": (big, "big.jsonl")},
                                 content_type="multipart/form-data")
    assert response.status_code == 413
    assert "Request Entity Too Large" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


def test_session_cookie_flags(app, users):
    client = app.test_client()
    response = client.get("/login")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_secure_cookie_when_configured(app, users):
    app.config["SESSION_COOKIE_SECURE"] = True
    assert "Secure" in app.test_client().get("/login").headers["Set-Cookie"]


def test_error_pages_say_what_went_wrong_without_a_traceback(admin_client):
    for path, method, status in (("/nowhere", "get", 404), ("/logout", "get", 405)):
        response = getattr(admin_client, method)(path)
        body = response.get_data(as_text=True)
        assert response.status_code == status and "Traceback" not in body
        assert f"{status}" in body


def test_internal_errors_show_a_plain_page(fresh_app):
    app = fresh_app
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom-test")
    def boom():
        raise RuntimeError("secret detail")
    boom.audience = frozenset({"anonymous"})
    response = app.test_client().get("/boom-test")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "secret detail" not in body and "Traceback" not in body and "500" in body


HUGE = "99999999999999999999"


def test_out_of_range_ids_and_pages_are_404_or_harmless(app, users, admin_client):
    token = csrf_token(admin_client, "/articles")
    for path in (f"/articles/{HUGE}", f"/admin/articles/{HUGE}/tasks", f"/admin/sources/{HUGE}/edit"):
        assert admin_client.get(path).status_code == 404, path
    for path in (f"/admin/tasks/{HUGE}/accept", f"/admin/users/{HUGE}/active"):
        assert admin_client.post(path, data={"csrf_token": token}).status_code == 404, path
    assert admin_client.get(f"/articles?page={HUGE}").status_code == 200
    assert admin_client.get(f"/admin/tasks?reviewer={HUGE}").status_code == 400
    assert admin_client.get("/admin/tasks?reviewer=%C2%B2").status_code == 400  # "²".isdigit()
    assert admin_client.post("/admin/assign", data={"csrf_token": token, "reviewer": "²",
                                                   "article": "1", "overlap": "1"}).status_code == 400


def test_nul_characters_are_refused_everywhere(app, users, admin_client):
    for path in ("/articles?q=a%00b", "/articles?publisher=a%00b"):
        response = admin_client.get(path)
        assert response.status_code == 400 and "NUL" in response.get_data(as_text=True)
    client = app.test_client()
    response = client.post("/login", data={"username": "ad\x00min", "password": "x",
                                           "csrf_token": csrf_token(client)})
    assert response.status_code == 400


def test_413_says_the_limit(app, admin_client):
    token = csrf_token(admin_client, "/admin/import")
    big = io.BytesIO(b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1))
    response = admin_client.post("/admin/import", data={"csrf_token": token, "files": (big, "a.txt")},
                                 content_type="multipart/form-data")
    assert response.status_code == 413
    assert f"limit of {app.config['MAX_CONTENT_LENGTH']:,} bytes" in response.get_data(as_text=True)
