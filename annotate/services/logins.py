"""Logging in: password checks, throttled per account and per address.

Each attempt is counted *before* the password is checked, with one atomic upsert per key, so
concurrent guesses cannot slip past the limit; a successful login takes its counts back.
"""

import functools
from datetime import timedelta
from typing import ClassVar

from sqlalchemy import case, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from werkzeug.security import check_password_hash, generate_password_hash

from annotate.errors import DomainError, Kind
from annotate.extensions import db
from annotate.models import LoginThrottle, User, utcnow
from annotate.services.accounts import password_method
from annotate.services.transaction import transaction

WINDOW = timedelta(minutes=15)
# Attempts allowed in one window before further ones are refused until it ends.
MAX_ATTEMPTS = {"account": 5, "address": 20}


class LoginRefused(DomainError):
    """A login that does not go through: a wrong password or an unknown account."""

    kind: ClassVar[Kind] = "refused"
    code = "login_refused"


class LoginThrottled(LoginRefused):
    """Too many failed logins for this account or address in the window."""

    kind = "throttled"
    code = "throttled"


@functools.cache
def _dummy_hash(method: str) -> str:
    """Checked when the account is unknown or disabled, so that the answer takes as long."""
    return generate_password_hash("not a password", method=method)


def throttle_keys(username: str, address: str) -> dict[str, str]:
    """The counters an attempt counts against."""
    return {"account": f"account:{username.strip().casefold()}", "address": f"address:{address}"}


def authenticate(username: str, password: str, address: str) -> User:
    """Return the user for a correct login, or raise ``LoginRefused``."""
    keys = throttle_keys(username, address)
    with transaction():  # counted before the check, so concurrent attempts see each other
        counts = {kind: _count_attempt(key) for kind, key in keys.items()}
    if any(counts[kind] > MAX_ATTEMPTS[kind] for kind in keys):
        raise LoginThrottled("Too many failed logins. Wait 15 minutes and try again.")
    user = db.session.scalar(select(User).where(User.username == username.strip()))
    usable = user is not None and user.active
    stored = user.password_hash if user is not None and usable else _dummy_hash(password_method())
    if not check_password_hash(stored, password) or user is None or not usable:
        raise LoginRefused("Unknown username or wrong password.")
    with transaction():
        db.session.execute(update(LoginThrottle).where(LoginThrottle.key == keys["account"]).values(failures=0))
        db.session.execute(update(LoginThrottle).where(LoginThrottle.key == keys["address"]).values(
            failures=case((LoginThrottle.failures > 0, LoginThrottle.failures - 1), else_=0)))
    return user


def _count_attempt(key: str) -> int:
    """Add one attempt to ``key`` atomically (a new window when the old one ended); return it."""
    now = utcnow()
    expired = LoginThrottle.window_start <= now - WINDOW
    insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    statement = insert(LoginThrottle).values(key=key, failures=1, window_start=now).on_conflict_do_update(
        index_elements=[LoginThrottle.key],
        set_={"failures": case((expired, 1), else_=LoginThrottle.failures + 1),
              "window_start": case((expired, now), else_=LoginThrottle.window_start)},
    ).returning(LoginThrottle.failures)
    return db.session.execute(statement).scalar_one()
