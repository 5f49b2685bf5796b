"""Reading articles: the admin's searchable list, and access to one article."""

from dataclasses import dataclass

from sqlalchemy import exists, func, or_, select

from annotate.extensions import db
from annotate.models import Annotation, Article, Sentence, Source, Task, User


@dataclass
class ArticleFilter:
    """What the article list is narrowed to."""

    q: str = ""
    assigned: str = ""  # "", "yes" or "no"
    publisher: str = ""


def search_articles(filters: ArticleFilter, page: int, per_page: int):
    """One page of articles matching ``filters``, newest first; returns (rows, has_next)."""
    has_task = exists().where(Task.article_id == Article.id)
    n_sentences = (select(func.count()).where(Sentence.article_id == Article.id)
                   .correlate(Article).scalar_subquery())
    n_tasks = select(func.count()).where(Task.article_id == Article.id).correlate(Article).scalar_subquery()
    query = select(
        Article.id, Article.publisher, Article.published_at,
        func.coalesce(Article.title, func.substr(Article.text, 1, 100)).label("title"),
        n_sentences.label("sentences"), n_tasks.label("tasks"),
    )
    if filters.q:
        pattern = "%" + escape_like(filters.q) + "%"
        query = query.where(or_(Article.title.ilike(pattern, escape="\\"),
                                Article.text.ilike(pattern, escape="\\")))
    if filters.assigned == "yes":
        query = query.where(has_task)
    elif filters.assigned == "no":
        query = query.where(~has_task)
    if filters.publisher:
        query = query.where(Article.publisher == filters.publisher)
    rows = db.session.execute(
        query.order_by(Article.id.desc()).limit(per_page + 1).offset((page - 1) * per_page)
    ).all()
    return rows[:per_page], len(rows) > per_page


def publishers() -> list[str]:
    """Every publisher named by an article, for the filter."""
    return list(db.session.scalars(
        select(Article.publisher).where(Article.publisher.is_not(None)).distinct().order_by(Article.publisher)
    ))


def readable_article(article_id: int, user: User) -> Article | None:
    """The article if ``user`` may read it (admins: any; reviewers: those assigned to them)."""
    query = select(Article).where(Article.id == article_id)
    if not user.is_admin:
        query = query.where(exists().where(Task.article_id == Article.id, Task.reviewer_id == user.id))
    return db.session.scalar(query)


def sentences_of(article_id: int) -> list[Sentence]:
    """An article's sentences in reading order."""
    return list(db.session.scalars(
        select(Sentence).where(Sentence.article_id == article_id).order_by(Sentence.position)
    ))


def escape_like(text: str) -> str:
    """Make ``%``, ``_`` and the escape character literal in a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
