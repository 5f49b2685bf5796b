"""Writing audit events; the caller's transaction commits them with the change they describe."""

from sqlalchemy import insert

from annotate.extensions import db
from annotate.models import AuditEvent


def record(entity_type: str, entity_id: int, action: str, *, actor_id: int | None = None,
           before: dict | None = None, after: dict | None = None) -> None:
    """Add an audit event to the current transaction."""
    # An INSERT rather than an object for the session to flush: audit events are never read
    # back in the transaction that writes them, and a save pays less for it.
    db.session.execute(insert(AuditEvent), [{"entity_type": entity_type, "entity_id": entity_id,
                                            "action": action, "actor_id": actor_id,
                                            "before": before, "after": after}])
