"""Writing audit events; the caller's transaction commits them with the change they describe."""

from annotate.extensions import db
from annotate.models import AuditEvent


def record(entity_type: str, entity_id: int, action: str, *, actor_id: int | None = None,
           before: dict | None = None, after: dict | None = None) -> AuditEvent:
    """Add an audit event to the current transaction."""
    event = AuditEvent(entity_type=entity_type, entity_id=entity_id, action=action,
                       actor_id=actor_id, before=before, after=after)
    db.session.add(event)
    return event
