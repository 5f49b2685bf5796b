"""The registry of sources: validation, create, edit, the admin list, fixture import (an admin's
approvals and merges are in ``source_decisions``).

Every write happens in one ``transaction()`` that also holds its audit event; a refused write
raises ``SourceError`` and the database is left as it was. ``validate`` is the one check of a
source's fields (pages, API, fixture and dataset imports): names and aliases of at most MAX_NAME
characters, at most MAX_ALIASES aliases (one request once registered 75,000, and every
workspace listed and matched them all). A source a reviewer creates is *proposed*: theirs alone
until an admin approves it or merges it into another (``annotate.services.source_registry`` says
who sees what); an admin's is approved. Creating one whose name looks like a registered one
("Xinhau" for "Xinhua") is refused unless the draft is confirmed.
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Text, cast, func, or_, select

from annotate.errors import FieldErrors, NotFound
from annotate.extensions import db
from annotate.labels import SOURCE_KINDS
from annotate.models import Annotation, Source, User
from annotate.names import clean_label, name_key
from annotate.services import audit, source_registry
from annotate.services.listing import LIKE_ESCAPE, contains_pattern, one_page
from annotate.services.source_registry import APPROVED, PROPOSED, visible
from annotate.services.transaction import transaction

MAX_NAME = 200  # characters of a name, and of each alias
MAX_ALIASES = 50
MAX_DESCRIPTION = 2000
MAX_SEARCH = 200
# Tag-like text: "<b", "</", "<!--", "<?xml", "< script", or anything between angle brackets.
MARKUP = re.compile(r"<\s*[A-Za-z/!?]|<[^<>]*>")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SourceError(FieldErrors):
    """A source cannot be stored as asked; ``errors`` maps form fields to messages."""

    summary = "The source was not saved."


def _saved_meanwhile() -> SourceError:
    """A unique-name race lost to another writer, as a clear refusal."""
    return SourceError({"name": "another source with this name was saved meanwhile"})


class LookAlike(SourceError):
    """A new source's name looks like a registered one; ``similar`` holds (form, source name)."""

    summary = "The source was not saved: its name looks like one already registered."

    def __init__(self, name: str, similar: list[tuple[str, str]]):
        named = "; ".join(f"“{form}”" + ("" if form == source else f" (an alias of “{source}”)")
                          for form, source in similar)
        super().__init__({"name": f"“{name}” looks like {named}: use that source, or confirm that "
                                  f"“{name}” is another one", "confirm": "required to register a name like this"})
        self.similar = similar


@dataclass
class SourceDraft:
    """A source's fields as submitted, before validation; ``confirm``: register it even when its
    name looks like a registered one."""

    name: str = ""
    kind: str = ""
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    confirm: bool = False

    @classmethod
    def from_form(cls, form) -> "SourceDraft":
        """Read the fields of the source form (aliases one per line, or one line of commas)."""
        return cls(name=form.get("name", ""), kind=form.get("kind", ""),
                   aliases=split_aliases(form.get("aliases", "")),
                   description=form.get("description", ""), confirm=form.get("confirm") == "yes")


class SourceNotFound(NotFound):
    """No source with that id."""


def find_source(source_id: int) -> Source | None:
    """The source with this id, if there is one."""
    return db.session.get(Source, source_id)


def get_source(source_id: int, for_reviewer: int | None = None) -> Source:
    """The source with this id, or ``SourceNotFound`` (also for another reviewer's proposal
    when ``for_reviewer`` is given)."""
    source = find_source(source_id)
    if source is None or not _sees(source, for_reviewer):
        raise SourceNotFound("No source with that id.")
    return source


def _sees(source: Source, for_reviewer: int | None) -> bool:
    """Whether this reviewer may see and use the source (``None``: anyone may)."""
    return for_reviewer is None or source.status == APPROVED or source.proposed_by_id == for_reviewer


def usable_source(source_id: int, for_reviewer: int | None = None) -> Source | None:
    """The source with this id if this reviewer may use it on an annotation, else None."""
    source = find_source(source_id)
    return source if source is not None and _sees(source, for_reviewer) else None


def source_named(label: str, sources: "Iterable[Source] | source_registry.View | None" = None,
                 for_reviewer: int | None = None) -> Source | None:
    """The source whose name or an alias is ``label`` (compared by ``names.name_key``), among
    ``sources``, or else among those ``for_reviewer`` may use (the approved ones and their own
    proposals; ``None``: the whole registry). Looked up in the kept index, not by reading
    every source."""
    if sources is None:
        sources = source_registry.view(for_reviewer)
    if isinstance(sources, source_registry.View):
        return sources.named(label)
    wanted = name_key(label)
    for source in sources:
        if wanted == name_key(source.name) or any(wanted == name_key(alias) for alias in source.aliases or []):
            return source
    return None


def fields_of(source: Source) -> dict:
    """A source's editable fields, as audit events record them."""
    return {"name": source.name, "kind": source.kind, "aliases": list(source.aliases or []),
            "description": source.description}


def split_aliases(text: str) -> list[str]:
    """Aliases from a text box: one per line; a text without line breaks is split at commas.

    Lines win so that an alias containing a comma survives an edit (the form shows one alias
    per line, ending with a line break).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\n") if "\n" in text else text.split(",")
    return [part for part in parts if part.strip()]


def _label_problem(label: str, what: str, plural: str) -> str | None:
    """Why a cleaned name or alias is refused, or None."""
    if not label:
        return f"{what} is required"
    if len(label) > MAX_NAME:
        return f"{what} must be at most {MAX_NAME} characters (it has {len(label)})"
    if MARKUP.search(label):
        return f"{plural} cannot contain HTML markup (found in {label[:40]!r})"
    if CONTROL.search(label):
        return f"{plural} cannot contain control characters"
    return None


def _taken_labels(exclude_id: int | None, for_reviewer: int | None = None) -> dict[str, str]:
    """Every other source's name and aliases, by case-insensitive key, with whose they are
    (another reviewer's proposal is not named to ``for_reviewer``: proposals are their
    proposer's until an admin decides).

    Compared in Python: SQLite's lower() folds ASCII only, and aliases sit in a JSON list.
    The registry is small (one row per source), so one narrow query is enough.
    """
    query = select(Source.id, Source.name, Source.aliases, Source.status, Source.proposed_by_id)
    if exclude_id is not None:
        query = query.where(Source.id != exclude_id)
    taken: dict[str, str] = {}
    for _, name, aliases, status, proposer in db.session.execute(query):
        hidden = for_reviewer is not None and status == PROPOSED and proposer != for_reviewer
        whose = "a source another reviewer proposed (an admin decides on it)" if hidden else None
        taken[name_key(name)] = whose or f"the name of source {name!r}"
        for alias in aliases or []:
            taken.setdefault(name_key(alias), whose or f"an alias of source {name!r}")
    return taken


def validate(draft: SourceDraft, source_id: int | None = None, for_reviewer: int | None = None) -> dict:
    """Return the cleaned fields of ``draft``, or raise ``SourceError`` saying what is wrong
    (to ``for_reviewer``, a reviewer, without naming another reviewer's proposal)."""
    errors: dict[str, str] = {}
    name = clean_label(draft.name)
    if problem := _label_problem(name, "name", "names"):
        errors["name"] = problem
    if draft.kind not in SOURCE_KINDS:
        errors["kind"] = f"kind must be one of {', '.join(SOURCE_KINDS)}"
    aliases, alias_problem = _clean_aliases(draft.aliases, name)
    if alias_problem:
        errors["aliases"] = alias_problem
    description = draft.description.replace("\r\n", "\n").strip()
    if len(description) > MAX_DESCRIPTION:
        errors["description"] = (f"description must be at most {MAX_DESCRIPTION} characters "
                                 f"(it has {len(description)})")
    elif "\x00" in description:
        errors["description"] = "description cannot contain NUL characters"
    if not errors:
        errors = _clashes(name, aliases, source_id, for_reviewer)
    if errors:
        raise SourceError(errors)
    return {"name": name, "kind": draft.kind, "aliases": aliases, "description": description}


def _clean_aliases(raw: list[str], name: str) -> tuple[list[str], str | None]:
    """Trimmed aliases without case-insensitive repeats, and the first problem found."""
    if len(raw) > MAX_ALIASES:  # counted before anything is cleaned: a flood is refused at once
        return [], f"at most {MAX_ALIASES} aliases (it has {len(raw):,})"
    aliases: list[str] = []
    seen: set[str] = set()
    for alias in map(clean_label, raw):
        if problem := _label_problem(alias, "alias", "aliases"):
            return aliases, problem
        if alias.casefold() == name.casefold():
            return aliases, f"alias {alias!r} repeats the source's own name"
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    return aliases, None


def _clashes(name: str, aliases: list[str], source_id: int | None,
             for_reviewer: int | None = None) -> dict[str, str]:
    """Names and aliases must be unique across the registry: suggestions match both."""
    taken = _taken_labels(source_id, for_reviewer)
    errors = {}
    if name.casefold() in taken:
        errors["name"] = f"{name!r} is already {taken[name.casefold()]}"
    for alias in aliases:
        if alias.casefold() in taken:
            errors["aliases"] = f"alias {alias!r} is already {taken[alias.casefold()]}"
            break
    return errors


def create_source(draft: SourceDraft, actor_id: int | None) -> Source:
    """Register a source, with its audit event, or raise ``SourceError``: proposed when a
    reviewer creates it, approved when an admin (or the system, ``actor_id`` None) does; refused
    as a ``LookAlike`` when its name looks like one the actor can see, unless confirmed."""
    with transaction(on_conflict=_saved_meanwhile):
        proposer = _reviewer(actor_id)
        values = validate(draft, for_reviewer=proposer)
        if not draft.confirm and (similar := source_registry.look_alikes(values["name"], proposer)):
            raise LookAlike(values["name"], similar)
        source = Source(**values, status=PROPOSED if proposer else APPROVED, proposed_by_id=proposer)
        db.session.add(source)
        db.session.flush()
        audit.record("source", source.id, "create", actor_id=actor_id, after={**values, "status": source.status})
    return source


def _reviewer(actor_id: int | None) -> int | None:
    """The actor's id when they are a reviewer (their sources are proposals), else None."""
    actor = db.session.get(User, actor_id) if actor_id is not None else None
    return actor.id if actor is not None and not actor.is_admin else None


def update_source(source: Source, draft: SourceDraft, actor_id: int | None) -> bool:
    """Apply an edit with its audit event; False when nothing changed; or raise ``SourceError``."""
    with transaction(on_conflict=_saved_meanwhile):
        values = validate(draft, source.id)
        before = fields_of(source)
        if values == before:
            return False
        for key, value in values.items():
            setattr(source, key, value)
        db.session.flush()
        audit.record("source", source.id, "update", actor_id=actor_id, before=before, after=values)
    return True


def search_filter(term: str):
    """SQL condition: the name or an alias contains ``term``, case-insensitively.

    Aliases are matched in the JSON text of the list, both as typed (PostgreSQL's jsonb text
    keeps non-ASCII characters) and JSON-escaped (SQLite stores "\\u00f3" for "ó").
    """
    term = CONTROL.sub("", clean_label(term))[:MAX_SEARCH]  # PostgreSQL refuses NUL in text
    plain, escaped = contains_pattern(term), contains_pattern(json.dumps(term)[1:-1])
    aliases_text = cast(Source.aliases, Text)
    return or_(Source.name.ilike(plain, escape=LIKE_ESCAPE),
               aliases_text.ilike(plain, escape=LIKE_ESCAPE),
               aliases_text.ilike(escaped, escape=LIKE_ESCAPE))


def matching(term: str, limit: int, for_reviewer: int | None = None) -> list[Source]:
    """Up to ``limit`` sources whose name or an alias contains ``term`` (all when empty), by
    name; only those ``for_reviewer`` may use, when given."""
    query = select(Source).where(visible(for_reviewer)).order_by(Source.name).limit(limit)
    if term:
        query = query.where(search_filter(term))
    return list(db.session.scalars(query))


def list_sources(term: str, page: int, per_page: int, proposed_only: bool = False) -> tuple[list, bool]:
    """One page of sources by name (or of the proposed ones only), each with its number of
    annotations and the username of its proposer; and whether more follow."""
    n_annotations = (select(func.count()).where(Annotation.source_id == Source.id)
                     .correlate(Source).scalar_subquery())
    query = (select(Source, n_annotations.label("annotations"), User.username.label("proposer"))
             .outerjoin(User, User.id == Source.proposed_by_id))
    if term.strip():
        query = query.where(search_filter(term))
    if proposed_only:
        query = query.where(Source.status == PROPOSED)
    return one_page(query.order_by(func.lower(Source.name), Source.id), page, per_page)


def count_proposed() -> int:
    """How many sources wait for an admin's approval."""
    return db.session.scalar(select(func.count()).where(Source.status == PROPOSED)) or 0


def import_sources(path: Path) -> int:
    """Register the sources of a JSON file (a list of objects); known names are kept.

    The same validation as the admin pages; a bad entry names itself and nothing is stored.
    """
    entries = json.loads(path.read_text(encoding="utf-8"))
    with transaction():
        known = {name_key(name) for name in db.session.scalars(select(Source.name))}
        added = 0
        for number, entry in enumerate(entries, 1):
            draft = _draft_from_entry(path, number, entry)
            if name_key(draft.name) in known:
                continue
            try:
                values = validate(draft)
            except SourceError as error:
                raise ValueError(f"{path}: source {number} ({draft.name!r}): {error}") from None
            source = Source(**values)
            db.session.add(source)
            db.session.flush()
            audit.record("source", source.id, "create", after=values)
            known.add(name_key(source.name))
            added += 1
    return added


def _draft_from_entry(path: Path, number: int, entry) -> SourceDraft:
    """One entry of a sources file, checked for shape: text fields and a list of text aliases."""
    if isinstance(entry, dict):
        draft = SourceDraft(name=entry.get("name", ""), kind=entry.get("kind", ""),
                            aliases=entry.get("aliases", []),
                            description=entry.get("description", ""))
        texts = (draft.name, draft.kind, draft.description)
        if all(isinstance(text, str) for text in texts) and isinstance(draft.aliases, list) \
                and all(isinstance(alias, str) for alias in draft.aliases):
            return draft
    raise ValueError(f"{path}: source {number}: expected an object with text \"name\", "
                     f"\"kind\", \"description\" and a list of text \"aliases\"")
