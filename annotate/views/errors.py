"""Error pages and the security headers sent with every response."""

from flask import abort, current_app, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def register(app) -> None:
    """Install the error handlers and the response headers."""
    app.register_error_handler(CSRFError, csrf_error)
    app.register_error_handler(HTTPException, http_error)
    app.before_request(refuse_nul_characters)
    app.after_request(security_headers)


def refuse_nul_characters():
    """Refuse NUL in any query or form value: no field has a use for it, and PostgreSQL
    cannot store it (a 400 here beats a database error later)."""
    for values in (request.args, request.form):
        for key, value in values.items(multi=True):
            if "\x00" in key or "\x00" in value:
                abort(400, description=f"The field {key.replace(chr(0), '')[:40]!r} contains a NUL character.")
    return None


def wants_json() -> bool:
    """True for API requests: their errors are JSON, never a page."""
    return request.path.startswith("/api/")


def api_error(status: int, code: str, message: str, details=None):
    """The API's one error shape: ``{"error": {"code", "message", "details"}}``."""
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    return jsonify(body), status


def http_error(error: HTTPException):
    """Render an HTTP error as a short page (or API error) that says what went wrong."""
    description = _describe(error)
    if wants_json():
        code = (error.name or "error").lower().replace(" ", "_")
        return api_error(error.code, code, description)
    return render_template("error.html", code=error.code, name=error.name,
                           description=description), error.code


def _describe(error: HTTPException) -> str:
    """Our own words where Werkzeug's default ones would mislead."""
    if error.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return f"The request is larger than the limit of {limit:,} bytes; nothing was stored."
    if error.code == 500:
        return "Something went wrong on our side and nothing was changed. Try again; if it " \
               "happens again, tell an admin what you did."
    return error.description or error.name


def csrf_error(error: CSRFError):
    """A form post without a valid CSRF token."""
    if wants_json():
        return api_error(400, "csrf", "The X-CSRFToken header is missing or invalid.")
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
