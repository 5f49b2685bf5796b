"""Logging in and out.

A login form is never answered "form expired": when its token went stale (another tab logged in or
out meanwhile) the form comes back with a fresh token, or the reviewer, already logged in, goes on.
It also carries what a reviewer typed when their session ended (views/kept_posts.py) through the
login, to the page that asks to save it.
"""

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from annotate.auth import ANONYMOUS, EVERYONE_LOGGED_IN, allow, keeps_refused_posts, redirect_next
from annotate.services.accounts import end_sessions
from annotate.services.logins import LoginRefused, LoginThrottled, authenticate
from annotate.views import kept_posts
from annotate.views.errors import status_of

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1000)])


def login_page(form: LoginForm, notice: str | None = None, kept_url: str | None = None,
               kept: list[tuple[str, str]] | None = None, action: str = ""):
    """The login form (``notice``: a plain word on top; ``kept_url`` and ``kept``: the refused
    workspace post it carries along as hidden fields, to be shown again after the login)."""
    return render_template("login.html", form=form, notice=notice, kept_url=kept_url,
                           kept=kept or [], kept_prefix=kept_posts.KEPT, action=action)


def after_login():
    """Where a login leads: the kept values to confirm, if the form carried any, else ``next``."""
    kept_url, kept = kept_posts.from_login(request.form)
    if kept_url is None:
        return redirect_next()
    # The login form made a token of the session it ended (Flask-WTF keeps it for the request):
    # the confirmation's form needs one of the new session.
    g.pop(current_app.config["WTF_CSRF_FIELD_NAME"], None)
    return kept_posts.render_kept(kept_url, kept, "You are logged in again.")


def stale_login():
    """A login form whose token went stale (the session changed in another tab): never "form
    expired". Already logged in (that other tab did it): go on. Else the form again, with a fresh
    token and the username kept; the password is asked again (nothing was checked)."""
    if current_user.is_authenticated:
        return after_login()
    form = LoginForm(formdata=None, username=request.form.get("username", "")[:80])
    kept_url, kept = kept_posts.from_login(request.form)
    if request.form.get(current_app.config["WTF_CSRF_FIELD_NAME"]):
        notice = ("This login form had expired, probably because you logged in or out in another tab. "
                  "Enter your password again.")
    else:  # not this site's form, or a script: still no login without a token of ours
        notice = "The form's security token is missing. Enter your password again."
    return login_page(form, notice, kept_url, kept), 400


@bp.route("/login", methods=["GET", "POST"])
@allow(ANONYMOUS)
@keeps_refused_posts(stale_login)
def login():
    """Show the login form; on success start a fresh session and follow a safe ``next``."""
    if current_user.is_authenticated:
        return after_login() if request.method == "POST" else redirect_next()
    form = LoginForm()
    kept_url, kept = kept_posts.from_login(request.form)
    if not form.validate_on_submit():
        return login_page(form, None, kept_url, kept), 400 if form.errors else 200
    try:
        user = authenticate(form.username.data, form.password.data, request.remote_addr or "")
    except LoginRefused as refused:  # the form again, the message on top
        flash(refused.message, "error")
        wait = {"Retry-After": str(refused.retry_after)} if isinstance(refused, LoginThrottled) else {}
        return login_page(form, None, kept_url, kept), status_of(refused), wait
    session.clear()  # a new session at login: nothing from before carries over
    login_user(user)
    return after_login()


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
