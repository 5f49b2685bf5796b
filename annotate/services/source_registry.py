"""The registry as each user sees it, and its index kept between requests.

Approved sources are everyone's. A proposed one (a reviewer's new source, SPEC §2) is its
proposer's alone until an admin approves it or merges it into another: only they see it in
lists, resolve it by name, get it suggested. ``visible`` says so in SQL, ``view`` gives what a
reviewer's workspace works with (the suggestion matcher, the names for the source box, look-ups
by name or alias), and ``look_alikes`` finds the registered names a new one is a near-duplicate
of ("Xinhau" for "Xinhua").

Finding an article's mentions costs one pass over its words once the registry is indexed
(``annotate.attribution_registry.Registry``), but indexing reads every name and alias. So the
approved sources' index is built once per registry version and kept in the process (each
worker its own): the version (how many approved sources, the sum of their ids, the newest
``updated_at``) is one aggregate query a request, and every write of a source moves it (the
model stamps ``updated_at``; a merge or an import changes the count or the ids). Per request
only the reviewer's own proposals (a few) are read and indexed, on top of the shared index.
On PostgreSQL a change committed out of timestamp order could hide behind an unchanged version,
so nothing is kept longer than ``LIFETIME``.
"""

import difflib
import threading
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import ColumnElement, func, or_, select, true

from annotate.attribution_registry import Registry
from annotate.extensions import db
from annotate.models import Source
from annotate.names import name_key

APPROVED, PROPOSED = "approved", "proposed"
LIFETIME = 300.0  # seconds
LISTED_NAMES = 500  # names in the source box's list; any other is found by typing it whole
LOOK_ALIKE = 0.8  # difflib ratio from which two names are near-duplicates
SHORTEST_FUZZY = 4  # shorter names are near-duplicates only when equal but for case, accents, spacing


def visible(for_reviewer: int | None) -> ColumnElement[bool]:
    """SQL condition: the sources this reviewer may see and use (``None``: all, as an admin)."""
    if for_reviewer is None:
        return true()
    return or_(Source.status == APPROVED, Source.proposed_by_id == for_reviewer)


@dataclass
class _Index:
    """The approved sources, indexed: the suggestion matcher, names and aliases by key, names."""

    version: tuple
    built: float
    rows: list  # (id, name, kind, aliases) of every approved source
    matcher: Registry = field(init=False)
    by_key: dict[str, int] = field(init=False)  # name_key of every name and alias -> source id
    names: list[str] = field(init=False)  # by name, case-insensitively

    def __post_init__(self) -> None:
        self.matcher = Registry(self.rows)
        self.by_key = _keys(self.rows)
        self.names = sorted((row.name for row in self.rows), key=str.casefold)

    @cached_property
    def skeletons(self) -> dict[str, tuple[str, str]]:
        """Every name and alias by its skeleton (``_skeleton``): (the form, its source's name)."""
        return _skeletons(self.rows)


_shared: _Index | None = None
_lock = threading.Lock()


def _version() -> tuple:
    """What moves whenever an approved source is added, changed, approved, merged or deleted."""
    count, id_sum, newest = db.session.execute(
        select(func.count(), func.sum(Source.id), func.max(Source.updated_at)).where(Source.status == APPROVED)).one()
    return str(db.engine.url), count, id_sum, newest


def shared_index() -> _Index:
    """The approved sources' index, rebuilt only when the registry has changed."""
    global _shared
    version, index = _version(), _shared
    if index is not None and index.version == version and time.monotonic() - index.built < LIFETIME:
        return index
    rows = db.session.execute(select(Source.id, Source.name, Source.kind, Source.aliases)
                              .where(Source.status == APPROVED)).all()
    index = _Index(version, time.monotonic(), list(rows))
    with _lock:
        _shared = index
    return index


def forget() -> None:
    """Drop the kept index (a benchmark's cold runs)."""
    global _shared
    with _lock:
        _shared = None


def _proposed(for_reviewer: int | None) -> list:
    """(id, name, kind, aliases) of the proposed sources this reviewer may use (``None``: all)."""
    query = select(Source.id, Source.name, Source.kind, Source.aliases).where(Source.status == PROPOSED)
    if for_reviewer is not None:
        query = query.where(Source.proposed_by_id == for_reviewer)
    return list(db.session.execute(query.order_by(func.lower(Source.name))).all())


@dataclass
class View:
    """The registry one reviewer works with: the approved sources and their own proposals
    (``reviewer_id`` None: every source)."""

    reviewer_id: int | None
    shared: _Index

    @cached_property
    def own(self) -> list:
        """(id, name, kind, aliases) of the proposed sources in view, read when first needed."""
        return _proposed(self.reviewer_id)

    @cached_property
    def matcher(self) -> Registry:
        """The suggestion matcher: the shared index, extended with the proposals in view."""
        return Registry(self.own, base=self.shared.matcher) if self.own else self.shared.matcher

    @property
    def names(self) -> list[str]:
        """Names for the source box's list: the proposals first, then the approved ones, at
        most LISTED_NAMES (the server resolves any other name typed whole)."""
        return [*(row.name for row in self.own), *self.shared.names][:LISTED_NAMES]

    def named(self, label: str) -> Source | None:
        """The source in view whose name or an alias is ``label`` (as ``names.name_key`` compares);
        the proposals are read only for a label the approved sources do not have."""
        wanted = name_key(label)
        source_id = self.shared.by_key.get(wanted)
        if source_id is None:
            source_id = _keys(self.own).get(wanted)
        return db.session.get(Source, source_id) if source_id is not None else None


def view(for_reviewer: int | None) -> View:
    """What this reviewer sees of the registry (``None``: all of it)."""
    return View(for_reviewer, shared_index())


def _keys(rows: Iterable) -> dict[str, int]:
    """name_key of each row's name and aliases -> the row's id (a name before another's alias)."""
    by_key: dict[str, int] = {}
    for row in rows:
        by_key[name_key(row.name)] = row.id
    for row in rows:
        for alias in row.aliases or []:
            by_key.setdefault(name_key(alias), row.id)
    return by_key


def _skeleton(text: str) -> str:
    """A name with case, accents, spacing and punctuation gone: "Xinhuá  News" -> "xinhuanews"."""
    letters = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in letters if char.isalnum())


def _skeletons(rows: Iterable) -> dict[str, tuple[str, str]]:
    """Every name and alias of the rows by skeleton: (the form, its source's name)."""
    found: dict[str, tuple[str, str]] = {}
    for row in rows:
        for form in [row.name, *(row.aliases or [])]:
            skeleton = _skeleton(form)
            if skeleton:
                found.setdefault(skeleton, (form, row.name))
    return found


def look_alikes(name: str, for_reviewer: int | None, limit: int = 3) -> list[tuple[str, str]]:
    """Registered names and aliases this reviewer can see that ``name`` is a near-duplicate of,
    as (form, its source's name), closest first: the same but for case, accents, spacing or
    punctuation, or (from SHORTEST_FUZZY characters) a difflib ratio of at least LOOK_ALIKE
    ("Xinhau" and "Xinhua") with the same digits ("Source 1" is not "Source 2")."""
    wanted = _skeleton(name)
    if not wanted:
        return []
    known = {**_skeletons(_proposed(for_reviewer)), **shared_index().skeletons}
    if wanted in known:
        return [known[wanted]]
    if len(wanted) < SHORTEST_FUZZY:
        return []
    digits = _digits(wanted)
    close = difflib.get_close_matches(wanted, known, n=limit * 3, cutoff=LOOK_ALIKE)
    return [known[skeleton] for skeleton in close if _digits(skeleton) == digits][:limit]


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())
