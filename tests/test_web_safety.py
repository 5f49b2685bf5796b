"""Web safety: request size (chunked bodies too), cookies, forwarded headers, error pages."""

import io

import pytest
from flask import request
from sqlalchemy import func, select

from annotate import create_app
from annotate.extensions import db
from annotate.models import Article
from annotate.services import accounts, tokens
from tests.conftest import PASSWORD, _test_config, csrf_token, login, wipe


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


def chunked(client, path: str, body: bytes, content_type: str, **headers):
    """POST ``body`` as gunicorn and Werkzeug's server hand over a chunked one: no Content-Length,
    the stream ended by the server (``wsgi.input_terminated``)."""
    return client.post(path, input_stream=io.BytesIO(body), content_type=content_type,
                       headers={"Transfer-Encoding": "chunked", **headers},
                       environ_overrides={"wsgi.input_terminated": True})


def article_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Article))


@pytest.fixture
def admin_token(app, users) -> str:
    """An API token of the admin."""
    with app.app_context():
        return tokens.create_token(users["admin"], "chunked")[1]


def test_a_chunked_body_over_the_limit_is_refused_not_cut(app, admin_token):
    # Valid JSON followed by padding: cut at the limit it would still parse, and be imported.
    article = b'{"title": "Cut", "text": "Cut here. Or not."}'
    body = article + b" " * app.config["MAX_CONTENT_LENGTH"]
    response = chunked(app.test_client(), "/api/v1/articles", body, "application/json",
                       Authorization=f"Bearer {admin_token}")
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "request_entity_too_large"
    assert article_count(app) == 0


def test_a_chunked_body_up_to_the_limit_is_read_whole(app, admin_token):
    article = b'{"title": "Whole", "text": "All of it. Every byte."}'
    body = article + b" " * (app.config["MAX_CONTENT_LENGTH"] - len(article))
    response = chunked(app.test_client(), "/api/v1/articles", body, "application/json",
                       Authorization=f"Bearer {admin_token}")
    assert response.status_code == 201, response.get_data(as_text=True)
    assert article_count(app) == 1


def test_a_chunked_upload_over_the_limit_is_refused(app, admin_client):
    token = csrf_token(admin_client, "/admin/import")
    boundary = "annotateboundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{token}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.jsonl"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    body += b'{"text": "x"}\n' * (app.config["MAX_CONTENT_LENGTH"] // 14 + 10) + f"\r\n--{boundary}--\r\n".encode()
    response = chunked(admin_client, "/admin/import", body, f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 413
    assert article_count(app) == 0


@pytest.fixture
def proxied_app(database_url, tmp_path):
    """An app configured behind one reverse proxy, with a route that shows what it sees."""
    app = create_app({**_test_config(database_url, tmp_path), "PROXY_FIX_HOPS": 1})
    add_client_view(app)
    return app


def add_client_view(app) -> None:
    """``/client-test``: the client's address, scheme and host as the app sees them."""
    @app.get("/client-test")
    def client_view():
        return {"address": request.remote_addr, "scheme": request.scheme, "host": request.host}
    client_view.audience = frozenset({"anonymous"})


FORWARDED = {"X-Forwarded-For": "198.51.100.1, 203.0.113.7", "X-Forwarded-Proto": "https",
             "X-Forwarded-Host": "annotate.example.org"}


def test_behind_a_configured_proxy_the_forwarded_client_counts(proxied_app):
    seen = proxied_app.test_client().get("/client-test", headers=FORWARDED,
                                         environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_json()
    # The nearest proxy's word only: the first address is the client's claim, not the proxy's.
    assert seen == {"address": "203.0.113.7", "scheme": "https", "host": "annotate.example.org"}


def test_without_a_configured_proxy_forwarded_headers_are_ignored(fresh_app):
    add_client_view(fresh_app)
    seen = fresh_app.test_client().get("/client-test", headers=FORWARDED,
                                       environ_base={"REMOTE_ADDR": "10.0.0.5"}).get_json()
    assert seen == {"address": "10.0.0.5", "scheme": "http", "host": "localhost"}


@pytest.fixture
def roomy_app(database_url, tmp_path):
    """An app whose imported articles may be 900 KiB, with an admin; emptied afterwards."""
    app = create_app({**_test_config(database_url, tmp_path), "MAX_RECORD_BYTES": 900 * 1024})
    with app.app_context():
        accounts.create_user("admin", "admin", PASSWORD)
    yield app
    wipe(app)


def test_a_pasted_article_may_be_as_large_as_an_imported_one(roomy_app):
    client = roomy_app.test_client()
    assert login(client, "admin").status_code == 302
    text = "A long wire story\n\n" + "The rain fell on Sunday, the office said. " * 15_000  # 630 kB
    response = client.post("/admin/import", data={"csrf_token": csrf_token(client, "/admin/import"), "text": text},
                           content_type="multipart/form-data")
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    assert article_count(roomy_app) == 1
