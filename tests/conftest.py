"""Shared fixtures: an app on a migrated database (SQLite by default, PostgreSQL when
``ANNOTATE_TEST_DATABASE_URL`` names one), clients that log in through the real form, and a
live server with a real browser for page tests."""

import os
import re
import sys
import threading

import pytest
from sqlalchemy import create_engine, make_url
from werkzeug.serving import make_server

from annotate import create_app
from annotate.extensions import db
from annotate.models import Base
from annotate.services import accounts

PASSWORD = "correct horse battery"
TEST_DATABASE_URL = os.environ.get("ANNOTATE_TEST_DATABASE_URL")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under ``ANNOTATE_NO_SKIPS=1`` (CI) a skipped test is a failed one."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("ANNOTATE_NO_SKIPS") == "1":
        report.outcome = "failed"
        report.longrepr = f"skipped, which ANNOTATE_NO_SKIPS=1 forbids: {report.longrepr}"


def pytest_collection_modifyitems(config, items):
    """A test that drives Chromium says so (``@pytest.mark.browser``), so that ``-m "not browser"``
    leaves out every one of them; an unmarked one stops the run."""
    unmarked = [item.nodeid for item in items if "browser" in getattr(item, "fixturenames", ())
                and item.get_closest_marker("browser") is None]
    if unmarked:
        raise pytest.UsageError("these tests use Chromium but are not marked browser: " + ", ".join(unmarked))


def pytest_report_header(config):
    """Say which database the suite runs against."""
    return f"annotate test database: {TEST_DATABASE_URL or 'SQLite (temporary file)'}"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    """The test database, migrated once for the whole run. Each pytest-xdist worker has its own:
    a file in its own temporary folder on SQLite, a database of its own beside the given one on
    PostgreSQL (made here, dropped at the end)."""
    url = TEST_DATABASE_URL or "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.db")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if url.startswith("postgresql") and worker:
        url = _worker_database(url, worker)
    app = create_app(_test_config(url, tmp_path_factory.mktemp("instance")))
    with app.app_context():
        from annotate.cli import upgrade_database

        if url.startswith("postgresql"):
            _reset_postgres()
        upgrade_database()
        db.engine.dispose()
    yield url
    if url != TEST_DATABASE_URL and url.startswith("postgresql"):
        _admin_sql(TEST_DATABASE_URL, f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def _admin_sql(url: str, statement: str) -> None:
    """Run a statement outside a transaction (CREATE/DROP DATABASE) on the server of ``url``."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _worker_database(url: str, worker: str) -> str:
    """A fresh database for one xdist worker, named after the given one and the worker."""
    given = make_url(url)
    name = f"{given.database}_{worker}"
    _admin_sql(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_sql(url, f'CREATE DATABASE "{name}"')
    return given.set(database=name).render_as_string(hide_password=False)


def _reset_postgres():
    """Start a PostgreSQL run from an empty schema (the database itself is throwaway)."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")


def _test_config(url: str, instance_path) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "DATABASE_URL": url,
        "MAX_RECORD_BYTES": 64 * 1024,
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        # One cheap hash per account instead of scrypt's ~50 ms: the suite makes hundreds of
        # accounts and logins. tests/test_config.py proves production hashes with scrypt.
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1",
        # Each test sees its own data computed afresh; test_review proves the memory's invalidation.
        "FIGURE_CACHE": False,
        # ClaimReview is refused until the reviewing organisation and the public address are set.
        "REVIEWING_ORGANIZATION": "Test desk", "REVIEWING_ORGANIZATION_URL": "https://desk.example.org",
        "PUBLIC_BASE_URL": "https://claims.example.org", "PUBLIC_CLAIM_PAGES": True,
    }


@pytest.fixture(scope="session")
def shared_app(database_url, tmp_path_factory):
    """One app for the whole run: building one compiles every URL rule (~40 ms)."""
    return create_app(_test_config(database_url, tmp_path_factory.mktemp("instance")))


@pytest.fixture
def app(shared_app):
    """The app, its configuration as the suite sets it; afterwards every row is deleted and
    whatever the test changed in the configuration is put back."""
    saved = dict(shared_app.config)
    yield shared_app
    shared_app.config.clear()
    shared_app.config.update(saved)
    wipe(shared_app)


@pytest.fixture
def fresh_app(database_url, tmp_path):
    """An app of its own, for a test that adds routes (a shared app has served requests)."""
    app = create_app(_test_config(database_url, tmp_path))
    yield app
    wipe(app)


def wipe(app) -> None:
    """Delete every row, children first; drop pooled connections."""
    with app.app_context():
        db.session.remove()
        with db.engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _push_request_context():
    """Override pytest-flask's: one request context per test would share one db.session
    between requests and hide a missing commit."""
    yield


@pytest.fixture
def app_ctx(app):
    """An application context, for tests that use the session directly."""
    with app.app_context():
        yield app


@pytest.fixture
def users(app):
    """An admin and two reviewers, by username."""
    with app.app_context():
        return {
            name: accounts.create_user(name, role, PASSWORD).id
            for name, role in (("admin", "admin"), ("rev1", "reviewer"), ("rev2", "reviewer"))
        }


def calls_made(work) -> int:
    """How many function calls (Python and built-in) ``work()`` makes: a measure of its cost that
    does not depend on the machine's load, for tests of how cost grows (timings belong in bench/)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def csrf_token(client, path: str = "/login") -> str:
    """Fetch a page and return the CSRF token of its form."""
    page = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client, username: str, password: str = PASSWORD):
    """Log in through the real form (CSRF included); return the response."""
    token = csrf_token(client)
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token})


@pytest.fixture
def admin_client(app, users):
    """A test client logged in as the admin."""
    client = app.test_client()
    assert login(client, "admin").status_code == 302
    return client


@pytest.fixture
def reviewer_client(app, users):
    """A test client logged in as reviewer ``rev1``."""
    client = app.test_client()
    assert login(client, "rev1").status_code == 302
    return client


@pytest.fixture
def live_url(app):
    """Serve the app on 127.0.0.1 in a thread; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    # A short poll: shutdown() waits for the loop to notice, every browser test pays it once.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; skipped where absent unless required."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("ANNOTATE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and ANNOTATE_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page per test."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    # Playwright's clock: time flows as usual, and a test may move it on at once (page.clock.run_for)
    # instead of sleeping through the page's own delays.
    page.clock.install()
    yield page
    context.close()


def browser_login(page, base_url: str, username: str, password: str = PASSWORD) -> None:
    """Log in through the login page in the browser."""
    page.goto(base_url + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():  # not wait_for_load_state(): the old page is already loaded
        page.click("button[type=submit]")
