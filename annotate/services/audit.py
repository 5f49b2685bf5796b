"""Writing audit events; the caller's transaction commits them with the change they describe."""

from typing import cast

from sqlalchemy import Table, insert

from annotate.extensions import db
from annotate.models import AuditEvent

# A plain INSERT, built once, rather than an object for the session to flush: audit events are
# never read back in the transaction that writes them, and every save writes one.
_INSERT = insert(cast(Table, AuditEvent.__table__))


def record(entity_type: str, entity_id: int, action: str, *, actor_id: int | None = None,
           before: dict | None = None, after: dict | None = None) -> None:
    """Add an audit event to the current transaction."""
    db.session.execute(_INSERT, {"entity_type": entity_type, "entity_id": entity_id, "action": action,
                                 "actor_id": actor_id, "before": before, "after": after})
