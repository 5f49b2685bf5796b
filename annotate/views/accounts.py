"""Accounts (admin): list, create, disable or enable, reset the password, lift login delays."""

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from annotate.auth import allow
from annotate.labels import ROLES
from annotate.services import accounts as account_service
from annotate.services import logins

bp = Blueprint("accounts", __name__, url_prefix="/admin/users")


class NewAccountForm(FlaskForm):
    """A new account."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    role = SelectField("Role", choices=list(ROLES), default="reviewer")
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1000)])


class PasswordForm(FlaskForm):
    """A new password for an account."""

    password = PasswordField("New password", validators=[DataRequired(), Length(max=1000)])


def _page(status: int = 200, new_form=None):
    users = account_service.list_users()
    throttled = {user_id: logins.describe_wait(seconds)
                 for user_id, seconds in logins.throttled_accounts(users).items()}
    return render_template("accounts/index.html", users=users, throttled=throttled,
                           form=new_form or NewAccountForm(formdata=None)), status


@bp.route("/")
@allow("admin")
def index():
    """Every account, with its state and actions."""
    return _page()


@bp.route("/", methods=["POST"])
@allow("admin")
def create():
    """Create an account."""
    form = NewAccountForm()
    if not form.validate_on_submit():
        return _page(400, form)
    try:
        user = account_service.create_user(form.username.data.strip(), form.role.data,
                                           form.password.data, actor_id=current_user.id)
    except account_service.AccountError as error:
        getattr(form, error.field or "username").errors = [str(error)]
        return _page(400, form)
    flash(f"Created {user.role} {user.username}.", "info")
    return redirect(url_for("accounts.index"))


@bp.route("/<int:user_id>/active", methods=["POST"])
@allow("admin")
def toggle_active(user_id: int):
    """Disable an active account (ending its sessions) or enable a disabled one."""
    user = account_service.get_user(user_id)  # CSRF was checked before the view ran
    account_service.set_active(user_id, not user.active, actor_id=current_user.id)
    flash(f"{user.username} is now {'enabled' if user.active else 'disabled'}.", "info")
    return redirect(url_for("accounts.index"))


@bp.route("/<int:user_id>/password", methods=["POST"])
@allow("admin")
def reset_password(user_id: int):
    """Set a new password for an account (its sessions end)."""
    user = account_service.get_user(user_id)
    form = PasswordForm()
    try:
        if not form.validate_on_submit():
            raise account_service.AccountError("Enter a new password.", "password")
        account_service.reset_password(user_id, form.password.data, actor_id=current_user.id)
    except account_service.AccountError as error:  # the list again, the message on top
        flash(f"{user.username}: {error.message}", "error")
        return _page(400)
    flash(f"New password set for {user.username}; their sessions have ended.", "info")
    return redirect(url_for("accounts.index"))


@bp.route("/<int:user_id>/unlock", methods=["POST"])
@allow("admin")
def unlock(user_id: int):
    """Clear an account's failed logins and lift the limits of shared addresses for it for an
    hour, so that it logs in at once from every address."""
    user = account_service.get_user(user_id)
    cleared = logins.unlock(user_id, actor_id=current_user.id)
    flash(f"{user.username} can log in from every address for the next hour"
          + (f" ({cleared} failed-login counter{'s' if cleared != 1 else ''} cleared)." if cleared else "."),
          "info")
    return redirect(url_for("accounts.index"))
