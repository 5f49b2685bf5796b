"""Logging in: password checks, throttled per account and per address."""

from datetime import timedelta

from sqlalchemy import select

from annotate.extensions import db
from annotate.models import LoginThrottle, User, utcnow

WINDOW = timedelta(minutes=15)
# Failures allowed in one window before further attempts are refused until it ends.
MAX_FAILURES = {"account": 5, "address": 20}


class LoginRefused(ValueError):
    """A login that does not go through; ``throttled`` says whether to answer 429."""

    def __init__(self, message: str, throttled: bool = False):
        super().__init__(message)
        self.throttled = throttled


def authenticate(username: str, password: str, address: str) -> User:
    """Return the user for a correct login, or raise ``LoginRefused`` (and count the failure)."""
    keys = {"account": f"account:{username.strip().lower()}", "address": f"address:{address}"}
    blocked = [kind for kind, key in keys.items() if _is_blocked(key, MAX_FAILURES[kind])]
    if blocked:
        raise LoginRefused("Too many failed logins. Wait 15 minutes and try again.", throttled=True)
    user = db.session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active or not user.check_password(password):
        for key in keys.values():
            _count_failure(key)
        db.session.commit()
        raise LoginRefused("Unknown username or wrong password.")
    _clear(keys["account"])
    db.session.commit()
    return user


def _is_blocked(key: str, limit: int) -> bool:
    entry = db.session.get(LoginThrottle, key)
    return entry is not None and entry.window_start > utcnow() - WINDOW and entry.failures >= limit


def _count_failure(key: str) -> None:
    entry = db.session.get(LoginThrottle, key)
    if entry is None:
        db.session.add(LoginThrottle(key=key, failures=1, window_start=utcnow()))
    elif entry.window_start <= utcnow() - WINDOW:
        entry.failures, entry.window_start = 1, utcnow()
    else:
        entry.failures += 1


def _clear(key: str) -> None:
    entry = db.session.get(LoginThrottle, key)
    if entry is not None:
        db.session.delete(entry)
