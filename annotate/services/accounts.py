"""Accounts: creating users, changing passwords (by an admin, or the user's own), and the
demo's accounts."""

import re

from flask import current_app
from sqlalchemy import func, select

from annotate.errors import Invalid, NotFound
from annotate.extensions import db
from annotate.labels import ROLES
from annotate.models import User
from annotate.services import audit
from annotate.services.transaction import transaction

USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,80}$")
MIN_PASSWORD = 8


class AccountError(Invalid):
    """An account cannot be created or changed as asked; ``field`` names the input at fault."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message, {field: message} if field else None)
        self.field = field


class AccountNotFound(AccountError, NotFound):
    """No account with that id."""


def password_method() -> str:
    """How passwords are hashed here: scrypt by default, a cheap method only where the
    configuration says so (the test suite)."""
    return current_app.config["PASSWORD_HASH_METHOD"]


def validate_account(username: str, role: str, password: str) -> None:
    """Raise ``AccountError`` when the username, role or password is not acceptable."""
    if not USERNAME.match(username):
        raise AccountError("username: 2 to 80 letters, digits, '.', '_' or '-'", "username")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}", "role")
    validate_password(password)


def validate_password(password: str, field: str = "password") -> None:
    """Raise ``AccountError`` (on ``field``) when a new password is too short: the one rule for
    every way a password is set."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must have at least {MIN_PASSWORD} characters", field)


def create_user(username: str, role: str, password: str, actor_id: int | None = None) -> User:
    """Create an account, or raise ``AccountError``."""
    validate_account(username, role, password)
    taken = AccountError(f"username {username!r} is taken", "username")
    with transaction(on_conflict=lambda: taken):
        if db.session.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None:
            raise taken  # "Admin" beside "admin" would confuse everyone
        user = User(username=username, role=role)
        user.set_password(password, password_method())
        db.session.add(user)
        db.session.flush()
        audit.record("user", user.id, "create", actor_id=actor_id, after={"username": username, "role": role})
    return user


def set_demo_account(username: str, role: str, password: str) -> User:
    """Create a demo account or give it a new password (and end its old sessions)."""
    user = db.session.scalar(select(User).where(User.username == username))
    if user is None:
        return create_user(username, role, password)
    with transaction():
        user.role, user.active = role, True
        user.set_password(password, password_method())
        user.session_generation += 1
        audit.record("user", user.id, "reset_password", after={"username": username})
    return user


def get_user(user_id: int) -> User:
    """The account with this id, or ``AccountNotFound``."""
    user = db.session.get(User, user_id)
    if user is None:
        raise AccountNotFound("No account with that id.")
    return user


def user_named(username: str) -> User | None:
    """The account with exactly this username, if any."""
    return db.session.scalar(select(User).where(User.username == username))


def end_sessions(user_id: int) -> None:
    """End every session of a user (logout everywhere)."""
    with transaction():
        get_user(user_id).session_generation += 1


def set_active(user_id: int, active: bool, actor_id: int) -> User:
    """Enable or disable an account; disabling ends its sessions. Admins cannot disable themselves."""
    if user_id == actor_id and not active:
        raise AccountError("You cannot disable your own account.")
    with transaction():
        user = get_user(user_id)
        before = {"active": user.active}
        user.active = active
        user.session_generation += 1
        audit.record("user", user.id, "enable" if active else "disable", actor_id=actor_id,
                     before=before, after={"active": active})
    return user


def reset_password(user_id: int, password: str, actor_id: int) -> User:
    """Give an account a new password and end its sessions."""
    return _new_password(user_id, password, actor_id, "reset_password")


def change_own_password(user_id: int, new_password: str) -> User:
    """Set the new password a user chose for themselves (the caller has checked their current
    one): every session of theirs ends, and the caller logs the current one in again with the
    new generation. Audited, without the password."""
    return _new_password(user_id, new_password, user_id, "change_password", field="new_password")


def _new_password(user_id: int, password: str, actor_id: int, action: str, field: str = "password") -> User:
    """Set a checked password, end the account's sessions, audit ``action`` (without the password)."""
    validate_password(password, field)
    with transaction():
        user = get_user(user_id)
        user.set_password(password, password_method())
        user.session_generation += 1
        audit.record("user", user.id, action, actor_id=actor_id)
    return user


def list_users() -> list[User]:
    """Every account, admins first, then by name."""
    return list(db.session.scalars(select(User).order_by(User.role, User.username)))
