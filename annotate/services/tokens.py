"""Personal API tokens: made once, stored as a SHA-256, listed with last use, revocable.

A token's "last used" time is a courtesy, not a record: it is written at most once a minute,
in a short transaction of its own that waits only briefly for a lock, and a failure to write it
is logged and forgotten. So a read-only API call never becomes a write that can wait for, or be
refused by, a busy database (a long import holding SQLite's write lock).
"""

import hashlib
import logging
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError

from annotate.errors import Invalid, NotFound
from annotate.extensions import db
from annotate.models import ApiToken, User, utcnow
from annotate.services import audit
from annotate.services.transaction import transaction

PREFIX = "ann_"
# Writing "last used" on every call would make each API read a write; once a minute is plenty.
LAST_USED_EVERY = timedelta(minutes=1)
# How long noting a use may wait for SQLite's write lock or the token's row on PostgreSQL.
LAST_USED_WAIT_MS = 50
# Tokens (by digest) this process last tried to note, and when (time.monotonic()): a note that
# failed is not tried again on every call while the database stays busy.
_tried: dict[str, float] = {}
MAX_TRIED = 10_000

logger = logging.getLogger(__name__)


class TokenError(Invalid):
    """A token cannot be made or revoked as asked."""


class TokenNotFound(TokenError, NotFound):
    """No token with that id among the caller's."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(user_id: int, name: str, actor_id: int | None = None) -> tuple[ApiToken, str]:
    """Make a token for a user; return it and its secret text (shown only now)."""
    name = " ".join(name.split())
    if not 1 <= len(name) <= 100:
        raise TokenError("give the token a name of 1 to 100 characters")
    user = db.session.get(User, user_id)
    if user is None or not user.active:
        raise TokenError("no active account with that id")
    secret = PREFIX + secrets.token_urlsafe(32)
    with transaction():
        token = ApiToken(user_id=user_id, name=name, token_hash=_digest(secret), prefix=secret[:12])
        db.session.add(token)
        db.session.flush()
        audit.record("api_token", token.id, "create", actor_id=actor_id if actor_id is not None else user_id,
                     after={"user_id": user_id, "name": name, "prefix": token.prefix})
    return token, secret


def tokens_of(user_id: int) -> list[ApiToken]:
    """A user's tokens, newest first."""
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == user_id)
                                   .order_by(ApiToken.id.desc())))


def revoke(token_id: int, user_id: int) -> ApiToken:
    """Revoke one of the user's own tokens (another user's id is not found)."""
    with transaction():
        token = db.session.get(ApiToken, token_id)
        if token is None or token.user_id != user_id:
            raise TokenNotFound("No token with that id.")
        if token.revoked_at is None:
            token.revoked_at = utcnow()
            audit.record("api_token", token.id, "revoke", actor_id=user_id, after={"prefix": token.prefix})
    return token


# Built once: every API call runs it.
_LIVE_TOKEN = (select(User, ApiToken.id, ApiToken.last_used_at).join(ApiToken, ApiToken.user_id == User.id)
               .where(ApiToken.token_hash == bindparam("digest"), ApiToken.revoked_at.is_(None), User.active))


def user_for_token(secret: str) -> User | None:
    """The active user a live token belongs to, or None (one query); notes the token's use."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    digest = _digest(secret)
    row = db.session.execute(_LIVE_TOKEN, {"digest": digest}).first()
    if row is None:
        return None
    note_use(row.id, digest, row.last_used_at)
    return row.User


def note_use(token_id: int, digest: str, last_used_at: datetime | None) -> bool:
    """Write the token's last use if it is older than ``LAST_USED_EVERY``; True if written.

    Its own connection and transaction, waiting at most ``LAST_USED_WAIT_MS`` for a lock: the
    caller's transaction is left alone, and a busy database costs the call that long at most,
    once a minute per token and process. A failure is logged, never raised.
    """
    now, clock = utcnow(), time.monotonic()
    if last_used_at is not None and now - last_used_at < LAST_USED_EVERY:
        return False
    if clock - _tried.get(digest, -1e18) < LAST_USED_EVERY.total_seconds():
        return False
    if len(_tried) >= MAX_TRIED:
        _tried.clear()
    _tried[digest] = clock
    try:
        with db.engine.connect() as connection, _short_lock_wait(connection):
            connection.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=now))
            connection.commit()
    except SQLAlchemyError as error:
        logger.warning("the last use of API token %s was not noted: %s", token_id,
                       str(getattr(error, "orig", None) or error).splitlines()[0])
        return False
    return True


@contextmanager
def _short_lock_wait(connection: Connection) -> Iterator[None]:
    """Make ``connection`` give up on a lock after ``LAST_USED_WAIT_MS``, for this block only."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        # SET LOCAL ends with the transaction.
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{LAST_USED_WAIT_MS}ms'")
    if dialect != "sqlite":
        yield
        return
    # SQLite's busy timeout belongs to the pooled connection: put the configured one back, or
    # drop the connection rather than leave it short for the next request that takes it.
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {LAST_USED_WAIT_MS}")
    try:
        yield
    finally:
        try:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(current_app.config['SQLITE_BUSY_TIMEOUT_MS'])}")
        except SQLAlchemyError:
            connection.invalidate()
            raise
