"""Logging in: password checks, slowed down by growing delays rather than locked.

Failed logins are counted in three ways, each a ``login_throttle`` row:

- ``pair``, one account from one address: after 5 failures every further attempt waits 1 s,
  2 s, 4 s … (capped at 15 minutes) after the one before. This is the limit a guesser meets,
  and only at the guesser's address: the account's owner elsewhere logs in as usual, so nobody
  can lock an account from their own address.
- ``address``, every account from one address (one guesser trying many names): looser, 20
  failures before the first delay, and forgotten an hour after its last delay ends (the
  others after a day).
- ``account``, one account from every address (a guesser with many addresses): 20 failures,
  then delays up to 5 minutes.

The last two leave out an address the account has logged in from before (a ``trusted`` row,
kept for 60 days after each login): colleagues behind the same proxy as a guesser, or the owner
at home while the account is guessed from elsewhere, are not slowed down. What a guesser can
still do is slow an account down at an address its owner shares (the pair delay); an admin can
lift that at once (``unlock``).

Each attempt is counted as a failure *before* the password is checked, by one atomic,
conditional upsert per counter, so concurrent guesses each get their own count and none slips
past a delay; a correct password then takes its count back (and clears the pair's). A refused
attempt rolls back and writes nothing. Keys are SHA-256 digests (one size whatever the
username; no names or addresses stored); rows are deleted a while after their last failure, a
bounded batch with each attempt.

The address is ``request.remote_addr`` as the app gives it (a configured ProxyFix may set it);
nothing here reads X-Forwarded-For.
"""

import functools
import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from werkzeug.security import check_password_hash, generate_password_hash

from annotate.errors import DomainError, Kind
from annotate.extensions import db
from annotate.models import LoginThrottle, User, utcnow
from annotate.services import audit
from annotate.services.accounts import get_user, password_method
from annotate.services.transaction import rows_changed, transaction


@dataclass(frozen=True)
class Delay:
    """How one counter slows attempts down."""

    free: int  # failures before the first delay
    cap: timedelta  # the longest delay
    forget: timedelta  # a counter is deleted this long after its last delay ends

    def after(self, failures: int) -> timedelta:
        """The wait before the next attempt, after ``failures`` failures: 1 s, doubling, capped."""
        if failures < self.free:
            return timedelta(0)
        return min(timedelta(seconds=2 ** min(failures - self.free, 30)), self.cap)


DELAYS = {
    "pair": Delay(free=5, cap=timedelta(minutes=15), forget=timedelta(days=1)),
    "address": Delay(free=20, cap=timedelta(minutes=15), forget=timedelta(hours=1)),
    "account": Delay(free=20, cap=timedelta(minutes=5), forget=timedelta(days=1)),
}
TRUSTED_FOR = timedelta(days=60)
# After an admin's unlock the account is let through the address and account counters (as at a
# trusted address) for this long: its owner may be refused at an address a guesser shares.
UNLOCKED_FOR = timedelta(hours=1)
# Expired rows deleted with each counted attempt: enough to outpace any rate of new rows.
EXPIRED_PER_WRITE = 100


class LoginRefused(DomainError):
    """A login that does not go through: a wrong password or an unknown account."""

    kind: ClassVar[Kind] = "refused"
    code = "login_refused"


class LoginThrottled(LoginRefused):
    """Too many failed logins for this account or address: wait ``retry_after`` seconds."""

    kind = "throttled"
    code = "throttled"

    def __init__(self, retry_after: int):
        super().__init__(f"Too many failed logins. Try again in {describe_wait(retry_after)}.",
                         {"retry_after": retry_after})
        self.retry_after = retry_after


def describe_wait(seconds: int) -> str:
    """A wait in words: "1 second", "40 seconds", "15 minutes"."""
    amount, unit = (seconds, "second") if seconds < 60 else (math.ceil(seconds / 60), "minute")
    return f"{amount} {unit}{'' if amount == 1 else 's'}"


@functools.cache
def _dummy_hash(method: str) -> str:
    """Checked when the account is unknown or disabled, so that the answer takes as long."""
    return generate_password_hash("not a password", method=method)


def _digest(*parts: str) -> str:
    """SHA-256 (hex) of the parts, unambiguous whatever characters they hold."""
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def name_key(username: str) -> str:
    """A name as throttling matches it: trimmed and case-folded ("Rev1 " is "rev1")."""
    return username.strip().casefold()


def account_digest(username: str) -> str:
    """What identifies an account's rows."""
    return _digest(name_key(username))


@dataclass(frozen=True)
class Attempt:
    """One login attempt: the account name it names and the address it comes from."""

    name: str
    address: str

    @property
    def account(self) -> str:
        """The account's digest."""
        return account_digest(self.name)

    def key(self, scope: str) -> str:
        """The key of this attempt's row of ``scope``."""
        name = "" if scope == "address" else name_key(self.name)
        return _digest(scope, name, "" if scope in ("account", "unlocked") else self.address)


def authenticate(username: str, password: str, address: str) -> User:
    """Return the user for a correct login, or raise ``LoginRefused`` (``LoginThrottled``: wait)."""
    attempt, now = Attempt(username, address), utcnow()
    counts = _count_attempt(attempt, now)
    user = db.session.scalar(select(User).where(User.username == username.strip()))
    usable = user is not None and user.active
    stored = user.password_hash if user is not None and usable else _dummy_hash(password_method())
    if not check_password_hash(stored, password) or user is None or not usable:
        raise LoginRefused("Unknown username or wrong password.")
    _take_back(attempt, counts, now)
    return user


def _count_attempt(attempt: Attempt, now: datetime) -> dict[str, int]:
    """Count the attempt as a failure on each counter that applies; the new counts. Raise
    ``LoginThrottled``, having written nothing, when a counter says wait."""
    with transaction():
        # The pair first: on SQLite the transaction must begin with a write to take the lock.
        counts = {"pair": _add_failure(attempt, "pair", now)}
        if counts["pair"] is not None and not _trusted(attempt, now):
            counts.update({scope: _add_failure(attempt, scope, now) for scope in ("address", "account")})
        charged = {scope: count for scope, count in counts.items() if count is not None}
        if len(charged) < len(counts):
            raise LoginThrottled(_seconds_to_wait([attempt.key(scope) for scope in counts.keys() - charged], now))
        for scope, count in charged.items():
            _set_delay(attempt.key(scope), DELAYS[scope], count, now)
        _delete_expired(now)
    return charged


def _upsert(values: dict):
    """An ``INSERT … ON CONFLICT`` of a throttle row, in the database's dialect."""
    insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    return insert(LoginThrottle).values(**values)


def _add_failure(attempt: Attempt, scope: str, now: datetime) -> int | None:
    """Add one failure to a counter, atomically, unless it says wait: the new count, or None."""
    expired = LoginThrottle.expires_at <= now
    statement = _upsert({"key": attempt.key(scope), "scope": scope,
                         "account": None if scope == "address" else attempt.account,
                         "failures": 1, "expires_at": now + DELAYS[scope].forget})
    statement = statement.on_conflict_do_update(
        index_elements=[LoginThrottle.key],
        set_={"failures": case((expired, 1), else_=LoginThrottle.failures + 1)},
        where=or_(LoginThrottle.blocked_until.is_(None), LoginThrottle.blocked_until <= now, expired),
    ).returning(LoginThrottle.failures)
    return db.session.execute(statement).scalar_one_or_none()


def _set_delay(key: str, delay: Delay, failures: int, now: datetime) -> None:
    """Make the next attempt on a counter wait as its count says, and move its expiry on."""
    wait = delay.after(failures)
    blocked_until = now + wait if wait else None
    db.session.execute(update(LoginThrottle).where(LoginThrottle.key == key).values(
        blocked_until=blocked_until, expires_at=(blocked_until or now) + delay.forget))


def _seconds_to_wait(keys: list[str], now: datetime) -> int:
    """Whole seconds until the last of these counters lets attempts through (at least 1)."""
    until = db.session.scalar(select(func.max(LoginThrottle.blocked_until)).where(LoginThrottle.key.in_(keys)))
    return _seconds_until(until, now)


def _seconds_until(until: datetime | None, now: datetime) -> int:
    """Whole seconds from ``now`` to ``until``, at least 1 (a refusal never says "wait 0 s")."""
    return max(1, math.ceil((until - now).total_seconds())) if until else 1


def _trusted(attempt: Attempt, now: datetime) -> bool:
    """True when the account has logged in from this address recently, or an admin unlocked
    it within the hour."""
    return db.session.scalar(select(LoginThrottle.key).where(
        LoginThrottle.key.in_((attempt.key("trusted"), attempt.key("unlocked"))),
        LoginThrottle.expires_at > now).limit(1)) is not None


def _delete_expired(now: datetime) -> None:
    """Delete a bounded batch of expired rows (rows another transaction holds are left for later)."""
    batch = select(LoginThrottle.key).where(LoginThrottle.expires_at <= now).limit(EXPIRED_PER_WRITE)
    db.session.execute(delete(LoginThrottle).where(
        LoginThrottle.key.in_(batch.with_for_update(skip_locked=True))))


def _take_back(attempt: Attempt, counts: dict[str, int], now: datetime) -> None:
    """A correct password: forget the pair's failures, take this attempt's failure back from the
    other counters, and trust the address for this account."""
    with transaction():
        db.session.execute(delete(LoginThrottle).where(LoginThrottle.key == attempt.key("pair")))
        for scope in ("address", "account"):
            if scope in counts:  # the delay this attempt started goes, unless a later one counted since
                db.session.execute(update(LoginThrottle).where(LoginThrottle.key == attempt.key(scope)).values(
                    failures=case((LoginThrottle.failures > 0, LoginThrottle.failures - 1), else_=0),
                    blocked_until=case((LoginThrottle.failures == counts[scope], None),
                                       else_=LoginThrottle.blocked_until)))
        statement = _upsert({"key": attempt.key("trusted"), "scope": "trusted", "account": attempt.account,
                             "failures": 0, "expires_at": now + TRUSTED_FOR})
        db.session.execute(statement.on_conflict_do_update(
            index_elements=[LoginThrottle.key], set_={"expires_at": now + TRUSTED_FOR}))


def throttled_accounts(users: Iterable[User]) -> dict[int, int]:
    """Seconds each throttled account still waits (at the address where it waits longest), by user id."""
    now = utcnow()
    by_digest = {account_digest(user.username): user.id for user in users}
    rows = db.session.execute(
        select(LoginThrottle.account, func.max(LoginThrottle.blocked_until))
        .where(LoginThrottle.account.in_(by_digest), LoginThrottle.blocked_until > now)
        .group_by(LoginThrottle.account))
    until = dict(rows.all())
    return {user_id: _seconds_until(until[account], now) for account, user_id in by_digest.items()
            if account in until}


def unlock(user_id: int, actor_id: int) -> int:
    """Clear an account's failed logins at every address, and let it through the limits of
    shared addresses for ``UNLOCKED_FOR`` (its owner may be refused where a guesser tried many
    names); audited. The number of counters cleared."""
    now = utcnow()
    with transaction():
        user = get_user(user_id)
        waited = throttled_accounts([user]).get(user.id)
        cleared = rows_changed(delete(LoginThrottle).where(
            LoginThrottle.account == account_digest(user.username), LoginThrottle.scope.in_(("pair", "account"))))
        key = Attempt(user.username, "").key("unlocked")
        statement = _upsert({"key": key, "scope": "unlocked", "account": account_digest(user.username),
                             "failures": 0, "expires_at": now + UNLOCKED_FOR})
        db.session.execute(statement.on_conflict_do_update(
            index_elements=[LoginThrottle.key], set_={"expires_at": now + UNLOCKED_FOR}))
        audit.record("user", user.id, "unlock", actor_id=actor_id,
                     before={"counters": cleared, "seconds_to_wait": waited or 0})
    return cleared
