"""Login throttling: growing delays per account and address, a looser one per address and a gentle
one per account, rows that expire and never grow from refused attempts, and the admin's unlock.

The throttle's clock is stopped (``clock``) so that a delay of one second cannot run out while a
slow machine is still sending the next request."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import AuditEvent, LoginThrottle
from annotate.services import logins
from tests.conftest import csrf_token, login

HOME, AWAY = "10.0.0.1", "10.0.0.2"
WRONG = "wrong password"


class Clock:
    """A stopped clock that a test moves on by hand."""

    def __init__(self):
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, stopped."""
    clock = Clock()
    monkeypatch.setattr(logins, "utcnow", clock)
    return clock


def client_at(app, address: str, **headers):
    """A test client whose requests come from ``address``."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    client.environ_base.update({f"HTTP_{name.upper()}": value for name, value in headers.items()})
    return client


def attempt(app, address: str, username: str, password: str = WRONG, **headers):
    """One login from ``address`` in a client of its own; the response."""
    return login(client_at(app, address, **headers), username, password)


def throttle_rows(app) -> list[tuple]:
    """Every throttle row, as plain tuples, in key order."""
    with app.app_context():
        rows = db.session.execute(select(LoginThrottle).order_by(LoginThrottle.key)).scalars()
        return [(row.key, row.scope, row.account, row.failures, row.blocked_until, row.expires_at) for row in rows]


def test_failures_of_one_account_from_one_address_bring_growing_delays(app, users, clock):
    for _ in range(5):
        assert attempt(app, HOME, "rev1").status_code == 401
    waits = []
    for _ in range(14):
        refused = attempt(app, HOME, "rev1", "correct horse battery")  # even the right password waits
        assert refused.status_code == 429 and "Too many failed logins" in refused.get_data(as_text=True)
        waits.append(int(refused.headers["Retry-After"]))
        clock.advance(waits[-1])
        assert attempt(app, HOME, "rev1").status_code == 401
    assert waits[:6] == [1, 2, 4, 8, 16, 32] and waits[-1] == 15 * 60  # doubling, then capped
    refused = attempt(app, HOME, "rev1", "correct horse battery")
    assert "Try again in 15 minutes" in refused.get_data(as_text=True)
    clock.advance(15 * 60)
    assert attempt(app, HOME, "rev1", "correct horse battery").status_code == 302


def test_the_right_password_from_another_address_still_logs_in(app, users, clock):
    for _ in range(12):
        attempt(app, AWAY, "rev1")
    assert attempt(app, AWAY, "rev1", "correct horse battery").status_code == 429
    assert attempt(app, HOME, "rev1", "correct horse battery").status_code == 302
    assert attempt(app, AWAY, "rev2", "correct horse battery").status_code == 302  # other accounts too


def test_an_address_full_of_failures_slows_only_newcomers_to_it(app, users, clock):
    assert attempt(app, HOME, "rev1", "correct horse battery").status_code == 302  # rev1 works here
    for number in range(20):
        assert attempt(app, HOME, f"nobody{number}").status_code == 401
    assert attempt(app, HOME, "rev1", "correct horse battery").status_code == 302
    newcomer = attempt(app, HOME, "rev2", "correct horse battery")
    assert newcomer.status_code == 429 and newcomer.headers["Retry-After"] == "1"  # a delay, not a lock
    clock.advance(1)
    assert attempt(app, HOME, "rev2", "correct horse battery").status_code == 302


def test_one_account_guessed_from_many_addresses_is_slowed_but_not_at_home(app, users, clock):
    assert attempt(app, HOME, "rev1", "correct horse battery").status_code == 302
    for number in range(20):
        assert attempt(app, f"192.0.2.{number}", "rev1").status_code == 401
    elsewhere = attempt(app, "198.51.100.1", "rev1", "correct horse battery")
    assert elsewhere.status_code == 429 and elsewhere.headers["Retry-After"] == "1"
    assert attempt(app, HOME, "rev1", "correct horse battery").status_code == 302


def test_refused_attempts_change_no_rows(app, users, clock):
    for _ in range(6):
        attempt(app, HOME, "rev1")
    before = throttle_rows(app)
    for _ in range(10):
        assert attempt(app, HOME, "rev1").status_code == 429
    assert throttle_rows(app) == before


def test_old_rows_are_deleted_as_new_ones_are_written(app, users, clock, monkeypatch):
    for number in range(30):
        attempt(app, f"192.0.2.{number}", f"nobody{number}")
    assert len(throttle_rows(app)) == 90  # per account and address, per address, per account
    clock.advance(2 * 24 * 3600)
    monkeypatch.setattr(logins, "EXPIRED_PER_WRITE", 40)
    attempt(app, HOME, "rev1")
    assert len(throttle_rows(app)) == 90 - 40 + 3  # a bounded batch with each write
    attempt(app, HOME, "rev1")
    attempt(app, HOME, "rev1")
    rows = throttle_rows(app)
    assert len(rows) == 3 and all(expires > clock.now for *_, expires in rows)


def test_keys_have_one_size_whatever_the_username(app, users, clock):
    assert attempt(app, HOME, "ﬃ" * 65).status_code == 401  # "ffi" * 65 once case-folded
    assert attempt(app, HOME, "rev1").status_code == 401
    assert {(len(key), len(account or "0" * 64)) for key, _, account, *_ in throttle_rows(app)} == {(64, 64)}


def test_x_forwarded_for_does_not_change_the_address_without_a_proxy(app, users, clock):
    for number in range(5):
        assert attempt(app, AWAY, "rev1", X_Forwarded_For=f"203.0.113.{number}").status_code == 401
    spoofed = attempt(app, AWAY, "rev1", "correct horse battery", X_Forwarded_For="203.0.113.99")
    assert spoofed.status_code == 429
    assert attempt(app, HOME, "rev1", "correct horse battery", X_Forwarded_For=AWAY).status_code == 302


def test_concurrent_guesses_cannot_pass_the_limit(app, users, clock):
    statuses, lock = [], threading.Lock()

    def guess():
        status = attempt(app, HOME, "rev1").status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=guess) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [401] * 5 + [429] * 7  # at most five were checked


def test_admin_unlocks_a_throttled_account(app, users, admin_client, clock):
    for _ in range(12):
        attempt(app, AWAY, "rev1")
    page = admin_client.get("/admin/users/").get_data(as_text=True)
    assert f"/admin/users/{users['rev1']}/unlock" in page
    assert "login delayed" in page
    assert admin_client.post(f"/admin/users/{users['rev1']}/unlock").status_code == 400  # no CSRF token
    assert attempt(app, AWAY, "rev1", "correct horse battery").status_code == 429
    token = csrf_token(admin_client, "/admin/users/")
    unlocked = admin_client.post(f"/admin/users/{users['rev1']}/unlock", data={"csrf_token": token})
    assert unlocked.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(LoginThrottle).where(
            LoginThrottle.account == logins.account_digest("rev1"),
            LoginThrottle.scope.in_(("pair", "account")))) == 0
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "unlock")).one()
        assert (event.entity_type, event.entity_id, event.actor_id) == ("user", users["rev1"], users["admin"])
    assert "login delayed" not in admin_client.get("/admin/users/").get_data(as_text=True)
    assert attempt(app, AWAY, "rev1", "correct horse battery").status_code == 302


def test_unlock_lets_the_owner_in_at_an_address_where_a_guesser_tried_many_names(
        app, users, admin_client, clock):
    """22 names guessed from a shared address slow down everyone who never logged in from there,
    the owner too, and no counter of the account shows it: the admin's unlock lets them in."""
    shared = "10.9.9.9"
    for number in range(22):
        attempt(app, shared, f"nobody{number}")
    assert attempt(app, shared, "rev1", "correct horse battery").status_code == 429
    page = admin_client.get("/admin/users/").get_data(as_text=True)
    assert f"/admin/users/{users['rev1']}/unlock" in page  # offered although rev1 has no counter
    token = csrf_token(admin_client, "/admin/users/")
    unlocked = admin_client.post(f"/admin/users/{users['rev1']}/unlock", data={"csrf_token": token},
                                 follow_redirects=True)
    assert "rev1 can log in from every address for the next hour" in unlocked.get_data(as_text=True)
    assert attempt(app, shared, "rev1", "correct horse battery").status_code == 302
    assert attempt(app, shared, "rev2", "correct horse battery").status_code == 429  # others still wait
