"""User accounts."""

from datetime import datetime
from typing import ClassVar

from flask_login import UserMixin
from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from annotate.labels import ROLES, sql_in
from annotate.models.base import Base, UTCDateTime, utcnow


class User(UserMixin, Base):
    """A person who logs in: an admin or a reviewer."""

    __tablename__ = "user"
    __table_args__ = (CheckConstraint(f"role IN ({sql_in(ROLES)})", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bumped to end every session of the user (logout everywhere, disable, password reset).
    session_generation: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def set_password(self, password: str, method: str = "scrypt") -> None:
        """Store a salted hash of ``password`` (scrypt unless the configuration says otherwise)."""
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        """Tell whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.active

    @property
    def is_admin(self) -> bool:
        """True for admins."""
        return self.role == "admin"

    def get_id(self) -> str:
        """Session identity: the id plus the generation, so bumping it logs the user out."""
        return f"{self.id}:{self.session_generation}"


class LoginThrottle(Base):
    """Failed logins of one scope (an account from an address, an address, an account), or an
    address an account has logged in from (``trusted``); services/logins.py says how they are used.

    Keys and accounts are SHA-256 digests: every row has the same size whatever the username,
    and the table holds neither names nor addresses. A row is deleted once ``expires_at`` passes.
    """

    __tablename__ = "login_throttle"
    SCOPES: ClassVar[tuple[str, ...]] = ("pair", "address", "account", "trusted", "unlocked")
    __table_args__ = (CheckConstraint(f"scope IN ({sql_in(SCOPES)})", name="scope"),)

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(8))
    # The digest of the account's name, so that an admin can clear the account's rows; none for an address.
    account: Mapped[str | None] = mapped_column(String(64), index=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    # Attempts before this time are refused (None: no delay).
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ApiToken(Base):
    """A personal API token; only its SHA-256 is stored, the token is shown once."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
