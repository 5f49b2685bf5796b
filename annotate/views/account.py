"""The user's own account page: API tokens (create, shown once; list; revoke)."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.services import tokens

bp = Blueprint("account", __name__, url_prefix="/account")


def _page(status: int = 200, secret: str | None = None, error: str | None = None):
    return render_template("account/index.html", tokens=tokens.tokens_of(current_user.id),
                           secret=secret, error=error), status


@bp.route("")
@allow(*EVERYONE_LOGGED_IN)
def index():
    """The account page with its tokens."""
    return _page()


@bp.route("/tokens", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def create_token():
    """Make a token and show it once (the page is not cached)."""
    try:
        _, secret = tokens.create_token(current_user.id, request.form.get("name", ""))
    except tokens.TokenError as error:  # the page again, the message beside the form
        return _page(400, error=error.message)
    return _page(201, secret=secret)


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def revoke_token(token_id: int):
    """Revoke one of the user's tokens."""
    token = tokens.revoke(token_id, current_user.id)
    flash(f"Token {token.name} revoked.", "info")
    return redirect(url_for("account.index"))
