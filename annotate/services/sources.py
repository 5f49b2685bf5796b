"""The registry of sources."""

import json
from pathlib import Path

from sqlalchemy import select

from annotate.extensions import db
from annotate.labels import SOURCE_KINDS
from annotate.models import Source
from annotate.services import audit


def import_sources(path: Path) -> int:
    """Register the sources listed in a JSON file (a list of objects); known names are kept."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    known = set(db.session.scalars(select(Source.name)))
    added = 0
    for entry in entries:
        if entry["name"] in known:
            continue
        if entry["kind"] not in SOURCE_KINDS:
            raise ValueError(f"{path}: source {entry['name']!r}: unknown kind {entry['kind']!r}")
        source = Source(name=entry["name"], kind=entry["kind"], aliases=list(entry.get("aliases", [])),
                        description=entry.get("description", ""))
        db.session.add(source)
        db.session.flush()
        audit.record("source", source.id, "create", after=entry)
        added += 1
    db.session.commit()
    return added
