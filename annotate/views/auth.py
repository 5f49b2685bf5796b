"""Logging in and out."""

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from annotate.auth import ANONYMOUS, EVERYONE_LOGGED_IN, allow, redirect_next
from annotate.services.accounts import end_sessions
from annotate.services.logins import LoginRefused, LoginThrottled, authenticate
from annotate.views.errors import status_of

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1000)])


@bp.route("/login", methods=["GET", "POST"])
@allow(ANONYMOUS)
def login():
    """Show the login form; on success start a fresh session and follow a safe ``next``."""
    if current_user.is_authenticated:
        return redirect_next()
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("login.html", form=form), 400 if form.errors else 200
    try:
        user = authenticate(form.username.data, form.password.data, request.remote_addr or "")
    except LoginRefused as refused:  # the form again, the message on top
        flash(refused.message, "error")
        wait = {"Retry-After": str(refused.retry_after)} if isinstance(refused, LoginThrottled) else {}
        return render_template("login.html", form=form), status_of(refused), wait
    session.clear()  # a new session at login: nothing from before carries over
    login_user(user)
    return redirect_next()


@bp.route("/logout", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def logout():
    """End the session, and every other copy of it (the session generation moves on)."""
    end_sessions(current_user.id)
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))


@bp.route("/")
@allow(*EVERYONE_LOGGED_IN)
def home():
    """The start page of each role: the dashboard for admins, My tasks for reviewers."""
    return redirect(url_for("review.dashboard" if current_user.is_admin else "tasks.mine"))
