"""An API token's "last used" time never holds up or fails the call it notes (issue 12.2).

During a long SQLite import the write of "last used" waited for the import's write lock and,
after the busy timeout, failed: read-only API calls answered 500. Now it is written at most once
a minute, in a short transaction of its own that gives up on a lock quickly, and a failure is
logged and forgotten. The lock is held here from another connection: SQLite's write lock, or
on PostgreSQL the token's row.
"""

import logging
import sqlite3
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import make_url, select, text, update

from annotate.extensions import db
from annotate.models import ApiToken, utcnow
from annotate.services import tokens

QUICK_S = 2.0  # far below SQLite's busy timeout (10 s): the call did not wait for the lock


@pytest.fixture
def token(app, users):
    """rev1's new token (never used yet): its id and its Authorization header."""
    with app.app_context():
        made, secret = tokens.create_token(users["rev1"], "under load")
        return made.id, {"Authorization": f"Bearer {secret}"}


def last_used(app, token_id):
    with app.app_context():
        return db.session.scalar(select(ApiToken.last_used_at).where(ApiToken.id == token_id))


class HeldLock:
    """Another connection holding what noting a use needs: SQLite's write lock (BEGIN IMMEDIATE,
    as an import's transaction does), or on PostgreSQL the token's row (SELECT ... FOR UPDATE)."""

    def __init__(self, app, token_id):
        self.app, self.token_id = app, token_id

    def __enter__(self):
        url = make_url(self.app.config["SQLALCHEMY_DATABASE_URI"])
        if url.get_backend_name() == "sqlite":
            self.connection = sqlite3.connect(url.database, isolation_level=None, check_same_thread=False)
            self.connection.execute("BEGIN IMMEDIATE")
        else:
            with self.app.app_context():
                self.connection = db.engine.raw_connection()
            cursor = self.connection.cursor()
            cursor.execute("SELECT id FROM api_token WHERE id = %s FOR UPDATE", (self.token_id,))
        return self

    def __exit__(self, *exc):
        self.connection.rollback()
        self.connection.close()


def call_in_thread(app, headers, path="/api/v1/tasks"):
    """GET ``path`` from another thread; (thread, result) where result fills in when it answers."""
    result = {}

    def call():
        started = time.perf_counter()
        response = app.test_client().get(path, headers=headers)
        result.update(status=response.status_code, seconds=time.perf_counter() - started)

    thread = threading.Thread(target=call)
    thread.start()
    return thread, result


def test_a_read_with_a_token_answers_quickly_while_the_database_is_locked(app, token, caplog):
    token_id, headers = token
    with caplog.at_level(logging.WARNING, logger="annotate.services.tokens"), HeldLock(app, token_id):
        thread, result = call_in_thread(app, headers)
        thread.join(timeout=QUICK_S)
        answered_in_time = not thread.is_alive()
    thread.join(timeout=60)  # the lock is released: a call that waited for it ends now
    assert answered_in_time, "the call waited for the lock held by another connection"
    assert result["status"] == 200 and result["seconds"] < QUICK_S
    assert last_used(app, token_id) is None  # not noted: the lock was not free
    assert any("was not noted" in record.getMessage() for record in caplog.records)


def test_a_use_not_noted_under_a_lock_is_noted_a_minute_later(app, token, monkeypatch):
    token_id, headers = token
    with HeldLock(app, token_id):
        thread, result = call_in_thread(app, headers)
        thread.join(timeout=60)
    assert result["status"] == 200 and last_used(app, token_id) is None
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    assert last_used(app, token_id) is None  # not tried again at once on every call
    monkeypatch.setattr(tokens, "_tried", {})  # as if the minute had passed in this process
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    assert last_used(app, token_id) is not None


def test_the_last_use_is_written_at_most_once_a_minute(app, token, monkeypatch):
    token_id, headers = token
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    first = last_used(app, token_id)
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    monkeypatch.setattr(tokens, "_tried", {})  # even another process does not write it again
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    assert last_used(app, token_id) == first
    with app.app_context():  # a minute later it is written again
        db.session.execute(update(ApiToken).where(ApiToken.id == token_id)
                           .values(last_used_at=first - timedelta(minutes=2)))
        db.session.commit()
    monkeypatch.setattr(tokens, "_tried", {})
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    assert last_used(app, token_id) > first


def test_noting_a_use_leaves_the_connections_their_configured_lock_wait(app, token):
    """The short wait for a lock is the note's alone: every connection the pool hands out
    afterwards waits as configured (SQLite's busy timeout belongs to the connection; on
    PostgreSQL the note's lock_timeout is SET LOCAL)."""
    token_id, headers = token
    with HeldLock(app, token_id):
        thread, _ = call_in_thread(app, headers)
        thread.join(timeout=60)
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    with app.app_context():
        sqlite = db.engine.dialect.name == "sqlite"
        asked = text("PRAGMA busy_timeout" if sqlite else "SHOW lock_timeout")
        connections = [db.engine.connect() for _ in range(3)]
        try:
            waits = {str(connection.execute(asked).scalar()) for connection in connections}
        finally:
            for connection in connections:
                connection.close()
    assert waits == {str(app.config["SQLITE_BUSY_TIMEOUT_MS"]) if sqlite else "0"}


def test_a_token_is_checked_in_one_query_and_a_revoked_one_refused(app, users, token):
    from sqlalchemy import event

    token_id, headers = token
    secret = headers["Authorization"].removeprefix("Bearer ")
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200  # noted now
    statements = []

    def count(_connection, _cursor, statement, *_args):
        statements.append(statement)

    with app.test_request_context():
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            user = tokens.user_for_token(secret)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        assert user is not None and user.id == users["rev1"]
        assert len(statements) == 1, statements  # the token with its user; its use was noted just now
        tokens.revoke(token_id, users["rev1"])
        assert tokens.user_for_token(secret) is None
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 401
