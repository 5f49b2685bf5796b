"""Error pages and the security headers sent with every response."""

from flask import render_template, request
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
    app.after_request(security_headers)


def http_error(error: HTTPException):
    """Render an HTTP error as a short page that says what went wrong."""
    return render_template("error.html", code=error.code, name=error.name,
                           description=error.description), error.code


def csrf_error(error: CSRFError):
    """A form post without a valid CSRF token."""
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
