"""Personal API tokens: made once, stored as a SHA-256, listed with last use, revocable."""

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import select

from annotate.errors import Invalid, NotFound
from annotate.extensions import db
from annotate.models import ApiToken, User, utcnow
from annotate.services import audit
from annotate.services.transaction import transaction

PREFIX = "ann_"
# Writing "last used" on every call would make each API read a write; once a minute is plenty.
LAST_USED_EVERY = timedelta(minutes=1)


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


def user_for_token(secret: str) -> User | None:
    """The active user a live token belongs to, or None; notes the token's last use."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(secret)))
    if token is None or token.revoked_at is not None:
        return None
    user = db.session.get(User, token.user_id)
    if user is None or not user.active:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
        with transaction():
            token.last_used_at = now
    return user
