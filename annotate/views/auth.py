"""Logging in and out."""

from flask import Blueprint, flash, redirect, render_template, session, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from annotate.auth import ANONYMOUS, EVERYONE_LOGGED_IN, allow, redirect_next
from annotate.extensions import db
from annotate.models import User

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
    if form.validate_on_submit():
        user = db.session.scalar(select(User).where(User.username == form.username.data))
        if user is not None and user.active and user.check_password(form.password.data):
            session.clear()  # a new session at login: nothing from before carries over
            login_user(user)
            return redirect_next()
        flash("Unknown username or wrong password.", "error")
        return render_template("login.html", form=form), 401
    return render_template("login.html", form=form), 400 if form.errors else 200


@bp.route("/logout", methods=["POST"])
@allow(*EVERYONE_LOGGED_IN)
def logout():
    """End the session."""
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))
