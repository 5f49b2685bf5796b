"""Error pages and the security headers sent with every response.

The one place where a refusal becomes HTTP: Werkzeug's errors, CSRF failures and every
``DomainError`` a service raises (its ``kind`` chooses the status) are answered here, as the
API's error shape or as a short page.
"""

from flask import abort, current_app, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from annotate.auth import answer_refused_post
from annotate.errors import DomainError

# The status each kind of refusal answers; a page form refused as "invalid" answers 400, the
# API's JSON body 422 (well-formed, but breaking the rules).
API_STATUS = {"invalid": 422, "query": 400, "not_found": 404, "conflict": 409, "refused": 401,
              "throttled": 429}
PAGE_STATUS = {**API_STATUS, "invalid": 400}

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def register(app) -> None:
    """Install the error handlers and the response headers."""
    app.register_error_handler(CSRFError, csrf_error)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(DomainError, domain_error)
    app.before_request(refuse_nul_characters)
    app.after_request(security_headers)


def refuse_nul_characters():
    """Refuse NUL in any query or form value: no field has a use for it, and PostgreSQL
    cannot store it (a 400 here beats a database error later)."""
    for values in (request.args, request.form):
        for key, value in values.items(multi=True):
            if "\x00" in key or "\x00" in value:
                abort(400, description=f"The field {key.replace(chr(0), '')[:40]!r} contains a NUL character.")
    return


def wants_json() -> bool:
    """True for API requests: their errors are JSON, never a page."""
    return request.path.startswith("/api/")


def api_error(status: int, code: str, message: str, details=None):
    """The API's one error shape: ``{"error": {"code", "message", "details"}}``."""
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    return jsonify(body), status


def status_of(error: DomainError) -> int:
    """The HTTP status that answers a refusal, for this request (API or page)."""
    return (API_STATUS if wants_json() else PAGE_STATUS)[error.kind]


def as_sentence(message: str) -> str:
    """A service message as a sentence for a page (not capitalised: it may start with a name)."""
    return message if message.endswith((".", "?", "!")) else message + "."


def domain_error(error: DomainError):
    """A refusal from the domain: the API's error shape, or the error page with its message."""
    status = status_of(error)
    # A throttled caller is told when to come back (seconds), on the API and on pages.
    wait = error.details.get("retry_after") if isinstance(error.details, dict) else None
    headers = {"Retry-After": str(wait)} if error.kind == "throttled" and wait is not None else {}
    if wants_json():
        body, _ = api_error(status, error.code, error.message, error.details)
        return body, status, headers
    return render_template("error.html", code=status, name=HTTP_STATUS_CODES.get(status, "Error"),
                           description=as_sentence(error.message)), status, headers


def http_error(error: HTTPException):
    """Render an HTTP error as a short page (or API error) that says what went wrong."""
    description = _describe(error)
    if wants_json():
        code = (error.name or "error").lower().replace(" ", "_")
        return api_error(error.code or 500, code, description)
    return render_template("error.html", code=error.code, name=error.name,
                           description=description), error.code


def _describe(error: HTTPException) -> str:
    """Our own words where Werkzeug's default ones would mislead."""
    if error.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return (f"The request (or one of its form fields) is larger than the limit of {limit:,} bytes; "
                "nothing was stored.")
    if error.code == 500:
        return "Something went wrong on our side and nothing was changed. Try again; if it " \
               "happens again, tell an admin what you did."
    return error.description or error.name


def csrf_error(error: CSRFError):
    """A form post without a valid CSRF token: nothing of it is applied. A view that keeps such
    posts (the workspace's save, the login form) answers with what was posted kept."""
    if wants_json():
        return api_error(400, "csrf", "The X-CSRFToken header is missing or invalid.")
    kept = answer_refused_post()
    if kept is not None:
        return kept
    return render_template("error.html", code=400, name="Form expired or forged",
                           description="The form's security token is missing or invalid: "
                                       "reload the page and try again."), 400


def security_headers(response):
    """Headers every response carries: CSP without inline scripts, nosniff, no framing."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    if request.endpoint != "static":
        response.headers.setdefault("Cache-Control", "no-store")
    return response
