"""Reading articles: the admin's searchable list, and access to one article."""

from dataclasses import dataclass

from sqlalchemy import Select, bindparam, exists, func, or_, select

from annotate.errors import DomainError, NotFound
from annotate.extensions import db
from annotate.models import Annotation, Article, Sentence, Source, Task, User
from annotate.services import collections as collection_service
from annotate.services.listing import LIKE_ESCAPE, contains_pattern, one_page

MAX_SEARCH = 200


@dataclass
class ArticleFilter:
    """What the article list is narrowed to."""

    q: str = ""
    assigned: str = ""  # "", "yes" or "no"
    publisher: str = ""
    collection: int | None = None

    @classmethod
    def from_args(cls, args, strict: bool = False) -> "ArticleFilter":
        """Read ``q``, ``assigned`` and ``publisher`` from query arguments; an unknown
        ``assigned`` is ignored, or refused when ``strict`` (the API)."""
        assigned = args.get("assigned", "")
        if assigned not in ("", "yes", "no"):
            if strict:
                raise ArticleQueryError("assigned must be yes or no.")
            assigned = ""
        return cls(q=args.get("q", "").strip()[:MAX_SEARCH], assigned=assigned,
                   publisher=args.get("publisher", "")[:MAX_SEARCH],
                   collection=collection_service.filter_arg(args.get("collection")))


class ArticleQueryError(DomainError):
    """An article list asked for in a way that cannot be read."""

    kind = "query"
    code = "bad_request"


def _filtered(query: Select, filters: ArticleFilter) -> Select:
    """``query`` narrowed to the articles that match ``filters``."""
    if filters.q:
        pattern = contains_pattern(filters.q)
        query = query.where(or_(Article.title.ilike(pattern, escape=LIKE_ESCAPE),
                                Article.text.ilike(pattern, escape=LIKE_ESCAPE)))
    has_task = exists().where(Task.article_id == Article.id)
    if filters.assigned == "yes":
        query = query.where(has_task)
    elif filters.assigned == "no":
        query = query.where(~has_task)
    if filters.publisher:
        query = query.where(Article.publisher == filters.publisher)
    if filters.collection is not None:
        query = query.where(collection_service.in_collection(filters.collection))
    return query


def search_articles(filters: ArticleFilter, page: int, per_page: int):
    """One page of articles matching ``filters``, newest first; returns (rows, has_next)."""
    n_sentences = (select(func.count()).where(Sentence.article_id == Article.id)
                   .correlate(Article).scalar_subquery())
    n_tasks = select(func.count()).where(Task.article_id == Article.id).correlate(Article).scalar_subquery()
    query = select(Article.id, Article.publisher, Article.published_at, Article.display_title.label("title"),
                   n_sentences.label("sentences"), n_tasks.label("tasks"))
    return one_page(_filtered(query, filters).order_by(Article.id.desc()), page, per_page)


def articles_after(cursor: int, limit: int, filters: ArticleFilter, user: User) -> list[Article]:
    """Up to ``limit`` articles after id ``cursor`` that match ``filters`` and that ``user`` may
    read (admins: all; reviewers: those assigned to them), by id."""
    query = select(Article).where(Article.id > cursor)
    if not user.is_admin:
        query = query.where(exists().where(Task.article_id == Article.id, Task.reviewer_id == user.id))
    return list(db.session.scalars(_filtered(query, filters).order_by(Article.id).limit(limit)))


def publishers() -> list[str]:
    """Every publisher named by an article, for the filter, in order.

    Found by walking the publisher index from one name to the next (a recursive query, one index
    lookup a publisher), not by reading every article's: a desk has few publishers and a great
    many articles, and a DISTINCT read them all (PostgreSQL has no skip scan)."""
    walk = select(func.min(Article.publisher).label("name")).cte("publishers", recursive=True)
    after = select(func.min(Article.publisher)).where(Article.publisher > walk.c.name).scalar_subquery()
    walk = walk.union_all(select(after).where(walk.c.name.is_not(None)))
    return list(db.session.scalars(select(walk.c.name).where(walk.c.name.is_not(None)).order_by(walk.c.name)))


class ArticleNotFound(NotFound):
    """No article with that id (or, for a reviewer, none assigned to them)."""


def get_article(article_id: int) -> Article:
    """The article with this id, or ``ArticleNotFound``."""
    article = db.session.get(Article, article_id)
    if article is None:
        raise ArticleNotFound("No article with that id.")
    return article


# Built once: an article with its sentences is the read the API serves most.
_ARTICLE = select(Article).where(Article.id == bindparam("article_id"))
_ASSIGNED_ARTICLE = _ARTICLE.where(exists().where(Task.article_id == Article.id,
                                                  Task.reviewer_id == bindparam("reviewer_id")))
_SENTENCES = select(Sentence.id, Sentence.position, Sentence.start, Sentence.end, Sentence.kind) \
    .where(Sentence.article_id == bindparam("article_id")).order_by(Sentence.position)


def readable_article(article_id: int, user: User) -> Article:
    """The article if ``user`` may read it (admins: any; reviewers: those assigned to them),
    else ``ArticleNotFound`` (the same answer for both, on purpose)."""
    if user.is_admin:
        article = db.session.scalar(_ARTICLE, {"article_id": article_id})
    else:
        article = db.session.scalar(_ASSIGNED_ARTICLE, {"article_id": article_id, "reviewer_id": user.id})
    if article is None:
        raise ArticleNotFound("No article with that id.")
    return article


def sentences_of(article_id: int) -> list:
    """An article's sentences in reading order: rows of id, position, start, end and kind."""
    return list(db.session.execute(_SENTENCES, {"article_id": article_id}))


def annotations_by_sentence(article_id: int) -> dict[int, list]:
    """Every reviewer's annotations of an article's sentences (for admins), in one query."""
    rows = db.session.execute(
        select(Annotation.sentence_id, User.username, Annotation.claim_type, Source.name.label("source"),
               Annotation.status, Annotation.note, Annotation.version)
        .join(Sentence, Sentence.id == Annotation.sentence_id)
        .join(User, User.id == Annotation.reviewer_id)
        .outerjoin(Source, Source.id == Annotation.source_id)
        .where(Sentence.article_id == article_id).order_by(User.username)
    ).all()
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.sentence_id, []).append(row)
    return grouped
