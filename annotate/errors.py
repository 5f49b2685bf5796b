"""The domain's refusals: one base class for everything a service or a pure module refuses.

Each refusal has a ``kind`` that says, without HTTP, what sort of refusal it is, a ``code`` for
machines (the API's ``error.code``), a message for people and optional ``details`` (field
messages, the stored value of a conflict). Services raise them and never speak HTTP;
views/errors.py is the one place that turns any of them into the API's error shape or a
page's message. Pure: no Flask, no database.
"""

from typing import Any, ClassVar, Literal

Kind = Literal["invalid", "query", "not_found", "conflict", "refused", "throttled"]

# What each kind means, for readers of the handler and of the API document.
KINDS: dict[str, str] = {
    "invalid": "the submitted values break a rule; nothing was changed",
    "query": "what was asked for cannot be read as asked (a malformed filter, a name not here)",
    "not_found": "no such thing, or none the caller may see (the same answer, on purpose)",
    "conflict": "the request clashes with the current state (a stale version, a closed task)",
    "refused": "the caller is not let in (a wrong password)",
    "throttled": "too many attempts; wait before trying again",
}


class DomainError(Exception):
    """A request the domain refuses; nothing was changed."""

    kind: ClassVar[Kind] = "invalid"
    code: ClassVar[str] = "invalid"

    def __init__(self, message: str, details: dict[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details or {}


class Invalid(DomainError):
    """Submitted values break a rule; ``details`` maps fields to messages when there are any."""


class NotFound(DomainError):
    """An unknown id, or one the caller may not see."""

    kind = "not_found"
    code = "not_found"


class Conflict(DomainError):
    """The request clashes with the current state."""

    kind = "conflict"
    code = "conflict"


class FieldErrors(Invalid):
    """Values refused field by field: ``errors`` (also ``details``) maps each field to a message."""

    summary: ClassVar[str] = "Nothing was saved."

    def __init__(self, errors: dict[str, str], message: str | None = None):
        super().__init__(message or self.summary, dict(errors))
        self.errors = dict(errors)

    def __str__(self) -> str:
        return "; ".join(f"{key}: {message}" for key, message in self.errors.items())
