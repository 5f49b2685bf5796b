"""Who may use which route: login sessions, role declarations and the check that enforces them.

Every view declares its audience with ``@allow(...)``; a view without a declaration is refused
at start-up (``check_declared``), so a new route cannot silently be left open.
"""

from urllib.parse import urlsplit

from flask import abort, current_app, g, redirect, request, url_for
from flask_login import AnonymousUserMixin, current_user

from annotate.extensions import csrf, db, login_manager
from annotate.models import User
from annotate.numbers import MAX_ID, parse_count, parse_id
from annotate.services.tokens import user_for_token

ANONYMOUS = "anonymous"
EVERYONE_LOGGED_IN = ("admin", "reviewer")


def allow(*audience: str):
    """Declare who may use a view: ``ANONYMOUS`` (anyone) or role names."""

    def decorate(view):
        view.audience = frozenset(audience)
        return view

    return decorate


def keeps_refused_posts(answer):
    """Declare how a view answers a post it cannot apply (its session ended, or its CSRF token
    went stale): ``answer()`` keeps what was posted instead of the login redirect or the
    "form expired" page. It must apply nothing; it returns None when there is nothing to keep."""

    def decorate(view):
        view.keep_refused_post = answer
        return view

    return decorate


def answer_refused_post():
    """The answer of the requested view to a post it cannot apply (``keeps_refused_posts``),
    or None: the usual refusal then follows."""
    view = current_app.view_functions.get(request.endpoint or "")
    keep = getattr(view, "keep_refused_post", None)
    return keep() if keep is not None and request.method == "POST" else None


def init_login(app) -> None:
    """Set up Flask-Login, API tokens, CSRF for session requests and the role check."""
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.session_protection = "strong"
    login_manager.user_loader(load_user)
    # CSRF is checked here rather than by CSRFProtect itself, so that API calls that carry a
    # bearer token (and no cookie authority) are exempt while every session request is not.
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False
    app.before_request(authenticate_request)
    app.before_request(enforce_audience)


def bearer_token() -> str | None:
    """The token of an ``Authorization: Bearer`` header on an API request, if any."""
    header = request.headers.get("Authorization", "")
    if request.path.startswith("/api/") and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def authenticate_request():
    """API calls with a bearer token are that token's user only (the session is ignored);
    every other request is a session request and its posts need a CSRF token."""
    token = bearer_token()
    if token is None:
        # An API call with neither token nor session is answered 401 by the role check; a
        # CSRF complaint would mislead a client that forgot its token.
        if not (request.path.startswith("/api/") and not current_user.is_authenticated):
            csrf.protect()
        return
    g._login_user = user_for_token(token) or AnonymousUserMixin()
    return


def load_user(session_id: str):
    """Load the user of a session; a bumped session generation ends old sessions."""
    id_text, _, generation_text = session_id.partition(":")
    user_id, generation = parse_id(id_text), parse_count(generation_text, MAX_ID)
    if user_id is None or generation is None:
        return None
    user = db.session.get(User, user_id)
    if user is None or user.session_generation != generation or not user.active:
        return None
    return user


def enforce_audience():
    """Refuse a request whose user is not in the audience its view declared."""
    view = current_app.view_functions.get(request.endpoint or "")
    if view is None or request.endpoint == "static":
        return None  # 404 or 405 follows from routing itself; static files are public
    audience = getattr(view, "audience", None)
    if audience is None:
        abort(403)
    if ANONYMOUS in audience:
        return None
    if not current_user.is_authenticated:
        if request.path.startswith("/api/"):
            abort(401, description="Send a valid API token (Authorization: Bearer …) or log in.")
        return answer_refused_post() or login_manager.unauthorized()
    if current_user.role not in audience:
        abort(403)
    return None


def check_declared(app) -> None:
    """Fail at start-up when a route has no audience declaration."""
    missing = [
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
        and getattr(app.view_functions[rule.endpoint], "audience", None) is None
    ]
    if missing:
        raise RuntimeError(f"routes without an @allow declaration: {', '.join(sorted(missing))}")


def safe_next(target: str | None, default: str = "auth.home") -> str:
    """Return ``target`` when it is a path on this site, else the URL of ``default``."""
    # Browsers drop tabs and newlines and read "\\" as "/", so "/\t/evil" would be "//evil".
    if target and any(ord(char) < 0x20 or char == "\\" for char in target):
        return url_for(default)
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for(default)


def redirect_next(default: str = "auth.home"):
    """Redirect to the request's safe ``next`` parameter or to ``default``."""
    return redirect(safe_next(request.values.get("next"), default))
