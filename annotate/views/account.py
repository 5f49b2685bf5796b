"""The user's own account page: their password (changed with the current one) and API tokens
(create, shown once; list; revoke)."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user
from flask_wtf import FlaskForm
from wtforms import PasswordField
from wtforms.validators import DataRequired, EqualTo, Length

from annotate.auth import EVERYONE_LOGGED_IN, allow
from annotate.services import accounts, logins, tokens
from annotate.views.errors import status_of

bp = Blueprint("account", __name__, url_prefix="/account")


class PasswordChangeForm(FlaskForm):
    """The current password, and the new one twice."""

    current_password = PasswordField("Current password", validators=[DataRequired(), Length(max=1000)])
    new_password = PasswordField("New password", validators=[DataRequired(), Length(max=1000)])
    confirm_password = PasswordField("New password again", validators=[
        DataRequired(), EqualTo("new_password", message="The two new passwords differ.")])


def _page(status: int = 200, secret: str | None = None, error: str | None = None,
          password_form: PasswordChangeForm | None = None):
    return render_template("account/index.html", tokens=tokens.tokens_of(current_user.id),
                           secret=secret, error=error, min_password=accounts.MIN_PASSWORD,
                           password_form=password_form or PasswordChangeForm(formdata=None)), status


@bp.route("")
@allow(*EVERYONE_LOGGED_IN)
def index():
    """The account page with its tokens."""
    return _page()


@bp.route("/password", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def change_password():
    """Change one's own password. The current one is checked as a login is (a wrong one counts
    towards the login delays); then every other session ends and this one goes on."""
    form = PasswordChangeForm()
    if not form.validate_on_submit():
        return _page(400, password_form=form)
    try:
        accounts.validate_password(form.new_password.data, "new_password")
        logins.authenticate(current_user.username, form.current_password.data, request.remote_addr or "")
    except accounts.AccountError as error:
        form.new_password.errors = [error.message]
        return _page(400, password_form=form)
    except logins.LoginThrottled as throttled:
        form.current_password.errors = [throttled.message]
        page, status = _page(status_of(throttled), password_form=form)
        return page, status, {"Retry-After": str(throttled.retry_after)}
    except logins.LoginRefused:  # nothing more than that: no hint about the password
        form.current_password.errors = ["Wrong password."]
        return _page(400, password_form=form)
    user = accounts.change_own_password(current_user.id, form.new_password.data)
    login_user(user)  # this session moves to the new generation; the others no longer match
    flash("Your password is changed. Your other sessions have ended; this one goes on.", "info")
    return redirect(url_for("account.index"))


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
