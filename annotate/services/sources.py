"""The registry of sources: validation, create, edit, merge, the admin list, fixture import.

Every write happens in one ``transaction()`` that also holds its audit event; a refused write
raises ``SourceError`` and the database is left as it was.
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Text, cast, func, or_, select, update

from annotate.errors import FieldErrors, NotFound
from annotate.extensions import db
from annotate.labels import SOURCE_KINDS
from annotate.models import Annotation, FinalLabel, Source
from annotate.names import clean_label, name_key
from annotate.services import audit
from annotate.services.listing import LIKE_ESCAPE, contains_pattern, one_page
from annotate.services.transaction import rows_changed, transaction

MAX_NAME = 200
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


@dataclass
class SourceDraft:
    """A source's fields as submitted, before validation."""

    name: str = ""
    kind: str = ""
    aliases: list[str] = field(default_factory=list)
    description: str = ""

    @classmethod
    def from_form(cls, form) -> "SourceDraft":
        """Read the fields of the source form (aliases one per line, or one line of commas)."""
        return cls(name=form.get("name", ""), kind=form.get("kind", ""),
                   aliases=split_aliases(form.get("aliases", "")),
                   description=form.get("description", ""))


class SourceNotFound(NotFound):
    """No source with that id."""


def find_source(source_id: int) -> Source | None:
    """The source with this id, if there is one."""
    return db.session.get(Source, source_id)


def get_source(source_id: int) -> Source:
    """The source with this id, or ``SourceNotFound``."""
    source = find_source(source_id)
    if source is None:
        raise SourceNotFound("No source with that id.")
    return source


def source_named(label: str, sources: Iterable[Source] | None = None) -> Source | None:
    """The source whose name or an alias is ``label`` (compared by ``names.name_key``), among
    ``sources`` or the whole registry."""
    wanted = name_key(label)
    for source in db.session.scalars(select(Source)) if sources is None else sources:
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


def _taken_labels(exclude_id: int | None) -> dict[str, str]:
    """Every other source's name and aliases, by case-insensitive key, with whose they are.

    Compared in Python: SQLite's lower() folds ASCII only, and aliases sit in a JSON list.
    The registry is small (one row per source), so one narrow query is enough.
    """
    query = select(Source.id, Source.name, Source.aliases)
    if exclude_id is not None:
        query = query.where(Source.id != exclude_id)
    taken: dict[str, str] = {}
    for _, name, aliases in db.session.execute(query):
        taken[name_key(name)] = f"the name of source {name!r}"
        for alias in aliases or []:
            taken.setdefault(name_key(alias), f"an alias of source {name!r}")
    return taken


def validate(draft: SourceDraft, source_id: int | None = None) -> dict:
    """Return the cleaned fields of ``draft``, or raise ``SourceError`` saying what is wrong."""
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
        errors = _clashes(name, aliases, source_id)
    if errors:
        raise SourceError(errors)
    return {"name": name, "kind": draft.kind, "aliases": aliases, "description": description}


def _clean_aliases(raw: list[str], name: str) -> tuple[list[str], str | None]:
    """Trimmed aliases without case-insensitive repeats, and the first problem found."""
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


def _clashes(name: str, aliases: list[str], source_id: int | None) -> dict[str, str]:
    """Names and aliases must be unique across the registry: suggestions match both."""
    taken = _taken_labels(source_id)
    errors = {}
    if name.casefold() in taken:
        errors["name"] = f"{name!r} is already {taken[name.casefold()]}"
    for alias in aliases:
        if alias.casefold() in taken:
            errors["aliases"] = f"alias {alias!r} is already {taken[alias.casefold()]}"
            break
    return errors


def create_source(draft: SourceDraft, actor_id: int | None) -> Source:
    """Register a source, with its audit event, or raise ``SourceError``."""
    with transaction(on_conflict=_saved_meanwhile):
        values = validate(draft)
        source = Source(**values)
        db.session.add(source)
        db.session.flush()
        audit.record("source", source.id, "create", actor_id=actor_id, after=values)
    return source


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


@dataclass
class MergeReport:
    """What a merge moved."""

    annotations: int
    final_labels: int


def merge_usage(source_id: int) -> MergeReport:
    """How many annotations and final labels a merge of ``source_id`` would move."""
    return MergeReport(*db.session.execute(select(
        select(func.count()).where(Annotation.source_id == source_id).scalar_subquery(),
        select(func.count()).where(FinalLabel.source_id == source_id).scalar_subquery(),
    )).one())


def merge_sources(source_id: int, target_id: int, actor_id: int | None) -> MergeReport:
    """Move everything of one source onto another, keep its names as aliases, delete it."""
    if source_id == target_id:
        raise SourceError({"target_id": "a source cannot be merged into itself"})
    with transaction():
        # Lock both rows (PostgreSQL) so no annotation picks up the merged source meanwhile.
        found = {row.id: row for row in db.session.scalars(
            select(Source).where(Source.id.in_((source_id, target_id))).with_for_update())}
        if source_id not in found or target_id not in found:
            raise SourceError({"target_id": "that source no longer exists; choose another"})
        merged, target = found[source_id], found[target_id]
        before_merged, before_target = fields_of(merged), fields_of(target)
        report = MergeReport(
            _move(Annotation, source_id, target_id, version=Annotation.version + 1),
            _move(FinalLabel, source_id, target_id),
        )
        target.aliases = _merged_aliases(target, merged)
        db.session.delete(merged)
        audit.record("source", source_id, "merge", actor_id=actor_id, before=before_merged,
                     after={"merged_into": target_id, "annotations_moved": report.annotations,
                            "final_labels_moved": report.final_labels})
        audit.record("source", target_id, "update", actor_id=actor_id, before=before_target,
                     after=fields_of(target))
    return report


def _move(model, source_id: int, target_id: int, **values) -> int:
    """One bulk UPDATE from one source to the other; the number of rows moved."""
    return rows_changed(
        update(model).where(model.source_id == source_id).values(source_id=target_id, **values)
        .execution_options(synchronize_session=False))


def _merged_aliases(target: Source, merged: Source) -> list[str]:
    """The target's aliases, then the merged source's name and aliases, without repeats."""
    seen = {name_key(target.name)}
    aliases = []
    for alias in [*(target.aliases or []), merged.name, *(merged.aliases or [])]:
        if name_key(alias) not in seen:
            seen.add(name_key(alias))
            aliases.append(alias)
    return aliases


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


def matching(term: str, limit: int) -> list[Source]:
    """Up to ``limit`` sources whose name or an alias contains ``term`` (all when empty), by name."""
    query = select(Source).order_by(Source.name).limit(limit)
    if term:
        query = query.where(search_filter(term))
    return list(db.session.scalars(query))


def list_sources(term: str, page: int, per_page: int) -> tuple[list, bool]:
    """One page of sources by name, each with its number of annotations; and whether more follow."""
    n_annotations = (select(func.count()).where(Annotation.source_id == Source.id)
                     .correlate(Source).scalar_subquery())
    query = select(Source, n_annotations.label("annotations"))
    if term.strip():
        query = query.where(search_filter(term))
    return one_page(query.order_by(func.lower(Source.name), Source.id), page, per_page)


def merge_targets(source_id: int) -> list[Source]:
    """Every source another one could be merged into, by name."""
    return list(db.session.scalars(
        select(Source).where(Source.id != source_id).order_by(func.lower(Source.name), Source.id)))


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
