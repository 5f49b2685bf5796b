"""Writing audit events (the caller's transaction commits them with the change they describe),
and reading them back: the audit log page's filtered list and an article's history."""

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, insert, or_, select

from annotate.extensions import db
from annotate.models import Annotation, AuditEvent, FinalLabel, ReviewComment, Sentence, User
from annotate.numbers import day_end, day_start, parse_day, parse_id

# A plain INSERT, built once, rather than an object for the session to flush: audit events are
# never read back in the transaction that writes them, and every save writes one.
_INSERT = insert(cast(Table, AuditEvent.__table__))


def record(entity_type: str, entity_id: int, action: str, *, actor_id: int | None = None,
           before: dict | None = None, after: dict | None = None) -> None:
    """Add an audit event to the current transaction."""
    db.session.execute(_INSERT, {"entity_type": entity_type, "entity_id": entity_id, "action": action,
                                 "actor_id": actor_id, "before": before, "after": after})


# --- reading the trail: the audit log page and an article's history ----------------------------

# The things events are about, for the filter (services write these names).
ENTITY_TYPES = ("annotation", "api_token", "article", "claim_cluster", "collection", "final_label", "review_comment",
                "sentence", "source", "task", "user")
PAGE_SIZE = 50
_SHOWN_CHARS = 300


@dataclass
class AuditFilter:
    """What the audit log is narrowed to; ``problems`` names the filters that could not be read."""

    entity_type: str = ""
    entity_id: int | None = None
    actor: str = ""
    since: date | None = None
    until: date | None = None
    problems: list[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args) -> "AuditFilter":
        """Read ``entity_type``, ``entity_id``, ``actor`` (a username), ``since`` and ``until``
        (YYYY-MM-DD, both days included) from query arguments."""
        found = cls(entity_type=args.get("entity_type", "").strip()[:32], actor=args.get("actor", "").strip()[:80])
        for name in ("entity_id", "since", "until"):
            text = args.get(name, "").strip()
            value = (parse_id if name == "entity_id" else parse_day)(text) if text else None
            if text and value is None:
                found.problems.append(f"{name.replace('_', ' ')} “{text[:40]}” is not "
                                      + ("an id" if name == "entity_id" else "a day (YYYY-MM-DD)"))
            setattr(found, name, value)
        return found

    def args(self) -> dict:
        """The filter as query arguments (for the pager's links)."""
        values = {"entity_type": self.entity_type, "entity_id": self.entity_id, "actor": self.actor,
                  "since": self.since.isoformat() if self.since else None,
                  "until": self.until.isoformat() if self.until else None}
        return {key: value for key, value in values.items() if value not in (None, "")}


@dataclass
class ShownEvent:
    """An audit event as the pages show it: when, who, what, and the changed values."""

    id: int
    at: datetime
    who: str | None
    entity_type: str
    entity_id: int
    action: str
    changes: list[tuple[str, str, str, bool]]  # (field, before, after, changed)


def events_page(filters: AuditFilter, before_id: int | None = None,
                limit: int = PAGE_SIZE) -> tuple[list[ShownEvent], int | None]:
    """A page of events matching ``filters``, newest first, older than event ``before_id``;
    and the cursor of the next page (None on the last)."""
    query = select(AuditEvent, User.username).outerjoin(User, User.id == AuditEvent.actor_id)
    if filters.entity_type:
        query = query.where(AuditEvent.entity_type == filters.entity_type)
    if filters.entity_id is not None:
        query = query.where(AuditEvent.entity_id == filters.entity_id)
    if filters.actor:
        query = query.where(User.username == filters.actor)
    if filters.since is not None:
        query = query.where(AuditEvent.at >= day_start(filters.since))
    end = day_end(filters.until) if filters.until is not None else None
    if end is not None:
        query = query.where(AuditEvent.at < end)
    return _page(query, before_id, limit)


def article_history(article_id: int, before_id: int | None = None,
                    limit: int = PAGE_SIZE) -> tuple[list[ShownEvent], int | None]:
    """A page of the events about an article, its sentences, their annotations, final labels
    and review comments, and its tasks (also those revoked since), newest first."""
    about = [(AuditEvent.entity_type == "article") & (AuditEvent.entity_id == article_id),
             (AuditEvent.entity_type == "task") & or_(
                 AuditEvent.before["article_id"].as_integer() == article_id,
                 AuditEvent.after["article_id"].as_integer() == article_id)]
    for entity_type, held in _held_by_article(article_id).items():  # what it holds now: subqueries
        about.append((AuditEvent.entity_type == entity_type) & AuditEvent.entity_id.in_(held))
    for entity_type, ids in _touched_by_corrections(article_id).items():  # what corrections removed: a few ids
        if ids:
            about.append((AuditEvent.entity_type == entity_type) & AuditEvent.entity_id.in_(sorted(ids)))
    query = select(AuditEvent, User.username).outerjoin(User, User.id == AuditEvent.actor_id).where(or_(*about))
    return _page(query, before_id, limit)


def _held_by_article(article_id: int) -> dict:
    """Subqueries of the ids of what the article holds now, by entity type (never a list of ids
    in the statement: a long article's would pass the databases' limit of bound values)."""
    sentences = select(Sentence.id).where(Sentence.article_id == article_id)
    return {"sentence": sentences,
            "annotation": select(Annotation.id).where(Annotation.sentence_id.in_(sentences)),
            "final_label": select(FinalLabel.id).where(FinalLabel.sentence_id.in_(sentences)),
            "review_comment": select(ReviewComment.id).where(ReviewComment.sentence_id.in_(sentences))}


def _touched_by_corrections(article_id: int) -> dict[str, set[int]]:
    """The ids that the article's segmentation corrections touched (their events list them):
    sentences and work that may be gone since."""
    ids: dict[str, set[int]] = {"sentence": set()}
    corrections = db.session.execute(select(AuditEvent.before, AuditEvent.after).where(
        AuditEvent.entity_type == "article", AuditEvent.entity_id == article_id))
    for before, after in corrections:
        for values in (before or {}, after or {}):
            for sentence in [*values.get("sentences", []), values.get("sentence")]:
                if isinstance(sentence, dict) and isinstance(sentence.get("id"), int):
                    ids["sentence"].add(sentence["id"])
            for entity_type, touched in (values.get("touched") or {}).items():
                ids.setdefault(entity_type, set()).update(i for i in touched if isinstance(i, int))
    return ids


def _page(query, before_id: int | None, limit: int) -> tuple[list[ShownEvent], int | None]:
    """Keyset paging by event id, newest first: one row more than the page says whether more follow."""
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    rows = db.session.execute(query.order_by(AuditEvent.id.desc()).limit(limit + 1)).all()
    shown = [_shown(event, username) for event, username in rows[:limit]]
    return shown, (shown[-1].id if len(rows) > limit else None)


def _shown(event: AuditEvent, username: str | None) -> ShownEvent:
    return ShownEvent(event.id, event.at, username, event.entity_type, event.entity_id, event.action,
                      changes(event.before, event.after))


def changes(old: object, new: object) -> list[tuple[str, str, str, bool]]:
    """A readable diff: each field once, its value before and after as short text, and whether
    it changed. A created thing has only values after, a deleted one only before."""
    before, after = _fields(old), _fields(new)
    keys = list(dict.fromkeys([*before, *after]))
    return [(key, _text(before.get(key)) if key in before else "", _text(after.get(key)) if key in after else "",
             before.get(key) != after.get(key) or (key in before) != (key in after))
            for key in keys]


def _fields(values: object) -> dict:
    """Audit values as a dict (they are one, but JSON could hold anything)."""
    if values is None:
        return {}
    return values if isinstance(values, dict) else {"value": values}


def _text(value) -> str:
    """A value as short text for people: None as a dash, a structure as "key: value" pairs."""
    if value is None:
        return "—"
    text = _plain(value, nested=False)
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"


def _plain(value, nested: bool = True) -> str:
    """``value`` without JSON's quotes and braces: {"id": 2, "kind": "body"} as "id: 2, kind: body"."""
    if isinstance(value, dict):
        text = ", ".join(f"{key.replace('_', ' ')}: {_plain(item)}" for key, item in value.items())
        return f"({text})" if nested else text
    if isinstance(value, list):
        text = "; ".join(_plain(item) for item in value) if value else "none"
        return f"[{text}]" if nested and len(value) > 1 else text
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value)
