"""``annotate serve``: gunicorn started as a real process on a free port, over a temporary SQLite
database set up through the CLI, answering real HTTP requests; and its settings and refusals.

Every server started here is stopped (SIGTERM, then SIGKILL to its whole process group) within
bounded waits, whatever the test's outcome."""

import http.client
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate import serve
from tests.conftest import PASSWORD

LIMIT = 64 * 1024  # MAX_CONTENT_LENGTH of the served app
START_SECONDS = 30
STOP_SECONDS = 15


@dataclass
class Deployment:
    """A production configuration (environment), its folder and an admin's API token."""

    env: dict
    folder: Path
    token: str = ""


def annotate(deployment: Deployment, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run one ``annotate`` command to its end (at most a minute)."""
    return subprocess.run([sys.executable, "-m", "annotate", *args], env=deployment.env, cwd=deployment.folder,
                          input=stdin, capture_output=True, text=True, timeout=60, check=False)


def production_env(folder: Path, **settings: str) -> dict:
    """The environment of a production deployment on SQLite in ``folder``; no other ANNOTATE_*."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ANNOTATE_")}
    env.update({"ANNOTATE_PRODUCTION": "true", "ANNOTATE_SECRET_KEY": secrets.token_hex(32),
                "ANNOTATE_DATABASE_URL": f"sqlite:///{folder}/annotate.db",
                "ANNOTATE_MAX_CONTENT_LENGTH": str(LIMIT), **settings})
    return env


@pytest.fixture(scope="module")
def deployment(tmp_path_factory) -> Deployment:
    """A migrated database with an admin and the admin's token, all made through the CLI."""
    folder = tmp_path_factory.mktemp("serve")
    deployment = Deployment(production_env(folder), folder)
    for args, stdin in ((["init-db"], None), (["create-user", "admin", "--role", "admin"], PASSWORD + "\n")):
        done = annotate(deployment, *args, stdin=stdin)
        assert done.returncode == 0, done.stderr
    made = annotate(deployment, "create-token", "admin", "--name", "serve test")
    assert made.returncode == 0, made.stderr
    deployment.token = made.stdout.strip()
    return deployment


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def launch(deployment: Deployment, *options: str) -> tuple[subprocess.Popen, Path]:
    """Start ``annotate serve`` in a process group of its own; its output goes to a log file."""
    log = deployment.folder / f"serve-{time.monotonic_ns()}.log"
    with log.open("w") as handle:
        process = subprocess.Popen([sys.executable, "-m", "annotate", "serve", *options], env=deployment.env,
                                   cwd=deployment.folder, stdout=handle, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    return process, log


def stop(process: subprocess.Popen) -> None:
    """SIGTERM (gunicorn's graceful stop), then SIGKILL to the group: no worker is left behind."""
    with suppress(ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=STOP_SECONDS)
    with suppress(ProcessLookupError):  # the master is gone; any worker left goes too
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=STOP_SECONDS)


def request(port: int, method: str, path: str, body=None, headers=None, timeout: float = 10):
    """One HTTP request; the response with its body read (``.data``)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.data = response.read()
        return response
    finally:
        connection.close()


def wait_until_up(process: subprocess.Popen, port: int, log: Path) -> None:
    """Poll the login page until it answers; fail with the server's log if it never does."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"annotate serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            if request(port, "GET", "/login", timeout=2).status == 200:
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"annotate serve did not answer within {START_SECONDS} s:\n{log.read_text()}")


@contextmanager
def serving(deployment: Deployment, *options: str):
    """A running server on a free port (yielded), stopped afterwards whatever happens."""
    port = free_port()
    process, log = launch(deployment, "--port", str(port), *options)
    try:
        wait_until_up(process, port, log)
        yield port
    finally:
        stop(process)


@pytest.fixture(scope="module")
def port(deployment):
    """The port of one server with two workers, for the whole module."""
    with serving(deployment, "--workers", "2") as port:
        yield port


def test_the_login_page_is_served_with_a_secure_cookie(port):
    response = request(port, "GET", "/login")
    assert response.status == 200 and b'name="csrf_token"' in response.data
    cookie = response.getheader("Set-Cookie")
    assert "Secure" in cookie and "HttpOnly" in cookie


def test_an_admin_logs_in(port):
    page = request(port, "GET", "/login")
    cookie = page.getheader("Set-Cookie").split(";")[0]
    token = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', page.data).group(1).decode()
    form = f"username=admin&password={PASSWORD.replace(' ', '+')}&csrf_token={token}"
    response = request(port, "POST", "/login", form, {
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 302 and "/login" not in response.getheader("Location")
    session = response.getheader("Set-Cookie").split(";")[0]
    home = request(port, "GET", "/", headers={"Cookie": session})
    assert home.status == 302 and "/login" not in home.getheader("Location")


def api(deployment: Deployment) -> dict:
    return {"Authorization": f"Bearer {deployment.token}", "Content-Type": "application/json"}


def titles(port: int, deployment: Deployment) -> list[str]:
    response = request(port, "GET", "/api/v1/articles", headers=api(deployment))
    assert response.status == 200
    return [item["title"] for item in json.loads(response.data)["items"]]


def chunks(data: bytes, size: int = 8192):
    """``data`` as an iterator: http.client sends it with Transfer-Encoding: chunked."""
    return (data[start:start + size] for start in range(0, len(data), size))


def test_a_chunked_body_is_read_whole_and_refused_past_the_limit(port, deployment):
    article = json.dumps({"title": "Chunked", "text": "Sent in chunks. Every one arrives."}).encode()
    accepted = request(port, "POST", "/api/v1/articles", chunks(article + b" " * (LIMIT - len(article))),
                       api(deployment))
    assert accepted.status == 201, accepted.data
    article = json.dumps({"title": "Too long", "text": "Cut at the limit it would still parse."}).encode()
    refused = request(port, "POST", "/api/v1/articles", chunks(article + b" " * LIMIT), api(deployment))
    assert refused.status == 413, refused.data
    assert json.loads(refused.data)["error"]["code"] == "request_entity_too_large"
    assert titles(port, deployment) == ["Chunked"]


def test_nothing_of_one_request_reaches_the_next(deployment):
    """A sync worker serves every request in the thread it was forked from: the user a token
    loaded, or the CSRF token of a page, must not stay for the next request."""
    with serving(deployment, "--workers", "1") as port:  # one worker: every request meets the last
        assert request(port, "GET", "/api/v1/articles", headers=api(deployment)).status == 200
        assert request(port, "GET", "/api/v1/articles").status == 401
        for _ in range(2):  # every new visitor's login page starts a session (its CSRF token)
            assert "session=" in (request(port, "GET", "/login").getheader("Set-Cookie") or "")


def refusal(deployment: Deployment, *options: str) -> str:
    """The output of an ``annotate serve`` expected to refuse to start (it fails if it serves)."""
    port = free_port()
    process, log = launch(deployment, "--port", str(port), *options)
    try:
        process.wait(timeout=START_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"annotate serve started instead of refusing:\n{log.read_text()}")
    finally:
        stop(process)
    assert process.returncode != 0
    return log.read_text()


def test_production_refuses_to_serve_with_a_short_secret_key(deployment):
    short = Deployment({**deployment.env, "ANNOTATE_SECRET_KEY": "short-secret"}, deployment.folder)
    assert "at least 32" in refusal(short)
    missing = Deployment({**deployment.env, "ANNOTATE_SECRET_KEY": ""}, deployment.folder)
    assert "ANNOTATE_SECRET_KEY is not set" in refusal(missing)


def test_an_unmigrated_database_is_refused(deployment, tmp_path):
    empty = Deployment({**deployment.env, "ANNOTATE_DATABASE_URL": f"sqlite:///{tmp_path}/empty.db"}, tmp_path)
    assert "run `annotate init-db` first" in refusal(empty)


def test_options_override_the_configuration_and_the_database_settings_are_fixed():
    config = {"SERVE_HOST": "127.0.0.1", "SERVE_PORT": 8000, "SERVE_WORKERS": None, "SERVE_THREADS": 1,
              "SERVE_TIMEOUT": 120, "SERVE_GRACEFUL_TIMEOUT": 30, "SERVE_KEEPALIVE": 5}
    settings = serve.gunicorn_settings(config, {"host": "::1", "port": 9001, "workers": 3, "threads": None})
    assert settings["bind"] == ["[::1]:9001"] and settings["workers"] == 3 and settings["threads"] == 1
    assert settings["timeout"] == 120 and settings["preload_app"] is True
    assert serve.gunicorn_settings(config, {})["workers"] == serve.default_workers() <= serve.MAX_DEFAULT_WORKERS
    for key, value in (("SERVE_WORKERS", 0), ("SERVE_PORT", "http"), ("SERVE_TIMEOUT", True)):
        with pytest.raises(serve.ServeError, match=key):
            serve.gunicorn_settings({**config, key: value}, {})


def test_a_worker_timeout_shorter_than_the_sqlite_busy_timeout_is_refused(app):
    settings = serve.gunicorn_settings(app.config, {"timeout": 5})
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        with pytest.raises(serve.ServeError, match="busy timeout"):
            serve.check_database(app, settings)
    serve.check_database(app, serve.gunicorn_settings(app.config, {}))  # migrated: accepted
