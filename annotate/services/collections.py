"""Collections: named sets of articles (a campaign, a desk) with guidelines; creating, editing,
adding articles, and the filter every list, export and figure narrows by."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, insert, select

from annotate.errors import DomainError, FieldErrors, NotFound
from annotate.extensions import db
from annotate.guidelines import MAX_GUIDELINES
from annotate.models import Article, Collection, Task, User, article_collection
from annotate.names import clean_label, name_key
from annotate.numbers import parse_id
from annotate.services import audit
from annotate.services.transaction import rows_changed, transaction

MAX_NAME = 200
IN_CHUNK = 500


class CollectionError(FieldErrors):
    """A collection cannot be stored as asked; ``errors`` maps fields to messages."""

    summary = "The collection was not saved."


class CollectionNotFound(NotFound):
    """No collection with that name or id."""


class UnknownCollection(DomainError):
    """A list or figure asked for by a collection that is not here (rather than an empty answer)."""

    kind = "query"
    code = "bad_request"


def filter_arg(text: str | None) -> int | None:
    """The collection a ``collection`` argument names (name in any case, or id), None when empty;
    ``UnknownCollection`` when it names none."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return named(text).id
    except CollectionNotFound:
        raise UnknownCollection(f"no collection named {text[:80]!r}") from None


@dataclass
class CollectionRow:
    """A collection as the list shows it."""

    id: int
    name: str
    articles: int


def _clean(name: str, guidelines: str, collection_id: int | None) -> tuple[str, str]:
    """The cleaned name and guidelines, or ``CollectionError``."""
    name, guidelines = clean_label(name), (guidelines or "").replace("\r\n", "\n")
    errors = {}
    if not name or len(name) > MAX_NAME or "\x00" in name:
        errors["name"] = f"a name of 1 to {MAX_NAME} characters is required"
    elif name.isdigit():  # filters take a name or an id: a name of digits would shadow an id
        errors["name"] = "a name needs more than digits (a number would read as a collection's id)"
    elif any(name_key(other.name) == name_key(name) for other in all_collections() if other.id != collection_id):
        errors["name"] = f"a collection named {name!r} exists already"
    if len(guidelines) > MAX_GUIDELINES or "\x00" in guidelines:
        errors["guidelines"] = f"the guidelines may have at most {MAX_GUIDELINES:,} characters of text"
    if errors:
        raise CollectionError(errors)
    return name, guidelines


def create(name: str, guidelines: str = "", actor_id: int | None = None) -> Collection:
    """Make a collection; audited."""
    taken = CollectionError({"name": "a collection with this name was made meanwhile"})
    with transaction(on_conflict=lambda: taken):
        name, guidelines = _clean(name, guidelines, None)
        collection = Collection(name=name, guidelines=guidelines)
        db.session.add(collection)
        db.session.flush()
        audit.record("collection", collection.id, "create", actor_id=actor_id,
                     after={"name": name, "guidelines": guidelines})
    return collection


def update(collection_id: int, name: str, guidelines: str, actor_id: int | None = None) -> Collection:
    """Rename a collection or change its guidelines; audited."""
    taken = CollectionError({"name": "a collection with this name was made meanwhile"})
    with transaction(on_conflict=lambda: taken):
        collection = get(collection_id)
        name, guidelines = _clean(name, guidelines, collection.id)
        before = {"name": collection.name, "guidelines": collection.guidelines}
        if before != {"name": name, "guidelines": guidelines}:
            collection.name, collection.guidelines = name, guidelines
            audit.record("collection", collection.id, "update", actor_id=actor_id, before=before,
                         after={"name": name, "guidelines": guidelines})
    return collection


def get(collection_id: int) -> Collection:
    """The collection with this id, or ``CollectionNotFound``."""
    collection = db.session.get(Collection, collection_id)
    if collection is None:
        raise CollectionNotFound("No collection with that id.")
    return collection


def _by_name(text: str) -> Collection | None:
    key = name_key(text)
    return next((collection for collection in all_collections() if name_key(collection.name) == key), None)


def named(text: str) -> Collection:
    """The collection with this name (in any case), else with this id; or ``CollectionNotFound``.
    (No name is made only of digits, so the two never clash.)"""
    collection = _by_name(text)
    if collection is not None:
        return collection
    number = parse_id(text)
    found = db.session.get(Collection, number) if number is not None else None
    if found is None:
        raise CollectionNotFound(f"no collection named {text[:80]!r}")
    return found


def find_or_create(name: str, actor_id: int | None = None) -> Collection:
    """The collection with this name, made when there is none (an import into a new campaign)."""
    return _by_name(name) or create(name, actor_id=actor_id)


def put_article(name: str, article_id: int, actor_id: int | None = None) -> Collection:
    """Put an article into the collection of this name (made when new), in one transaction."""
    with transaction():
        collection = find_or_create(name, actor_id)
        add_articles(collection.id, [article_id], actor_id)
    return collection


def all_collections() -> list[Collection]:
    """Every collection, by name."""
    return list(db.session.scalars(select(Collection).order_by(func.lower(Collection.name), Collection.id)))


def listing() -> list[CollectionRow]:
    """Every collection with its number of articles, by name."""
    counts: dict[int, int] = dict(db.session.execute(select(article_collection.c.collection_id, func.count())
                                     .group_by(article_collection.c.collection_id)).all())
    return [CollectionRow(c.id, c.name, counts.get(c.id, 0)) for c in all_collections()]


def readable(collection_id: int, user: User) -> Collection:
    """The collection if ``user`` may read its guidelines (admins: any; reviewers: one that holds
    an article of theirs), else ``CollectionNotFound``."""
    query = select(Collection).where(Collection.id == collection_id)
    if not user.is_admin:
        query = query.where(exists().where(
            article_collection.c.collection_id == Collection.id,
            article_collection.c.article_id == Task.article_id, Task.reviewer_id == user.id))
    collection = db.session.scalar(query)
    if collection is None:
        raise CollectionNotFound("No collection with that id.")
    return collection


def of_article(article_id: int) -> list[Collection]:
    """The collections an article is in, by name."""
    return list(db.session.scalars(
        select(Collection).join(article_collection, article_collection.c.collection_id == Collection.id)
        .where(article_collection.c.article_id == article_id).order_by(func.lower(Collection.name))))


def add_articles(collection_id: int, article_ids: list[int], actor_id: int | None = None) -> int:
    """Put articles into a collection (those already in it stay); how many were added. Joins the
    caller's transaction when there is one (an import)."""
    with transaction():
        wanted = list(dict.fromkeys(article_ids))
        present: set[int] = set()
        for start in range(0, len(wanted), IN_CHUNK):
            present.update(db.session.scalars(select(article_collection.c.article_id).where(
                article_collection.c.collection_id == collection_id,
                article_collection.c.article_id.in_(wanted[start:start + IN_CHUNK]))))
        fresh = [article_id for article_id in wanted if article_id not in present]
        if fresh:
            db.session.execute(insert(article_collection), [
                {"article_id": article_id, "collection_id": collection_id} for article_id in fresh])
            audit.record("collection", collection_id, "add_articles", actor_id=actor_id,
                         after={"articles": fresh[:1000], "count": len(fresh)})
    return len(fresh)


def remove_article(collection_id: int, article_id: int, actor_id: int | None = None) -> None:
    """Take an article out of a collection (the article stays); audited."""
    with transaction():
        get(collection_id)
        removed = rows_changed(delete(article_collection).where(
            article_collection.c.collection_id == collection_id, article_collection.c.article_id == article_id))
        if removed:
            audit.record("collection", collection_id, "remove_article", actor_id=actor_id,
                         before={"article_id": article_id})


def in_collection(collection_id: int | None, article_id: Any = Article.id) -> ColumnElement[bool]:
    """SQL condition: the article (``article_id``, a column) is in the collection. The one filter
    by collection every list, export and figure uses."""
    return exists().where(article_collection.c.collection_id == collection_id,
                          article_collection.c.article_id == article_id)
