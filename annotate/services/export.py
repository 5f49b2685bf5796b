"""Reading the dataset for export: filters, batches of articles as plain records, streamed.

Each batch of articles costs five queries (articles, sentences, annotations, task reviewers,
adjudicated labels), whatever the batch holds; nothing keeps more than one batch in memory.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import exists, func, select
from sqlalchemy.orm import aliased

from annotate import dataset
from annotate.errors import DomainError
from annotate.extensions import db
from annotate.labels import CLAIM_TYPES, DEFAULT_STATUS, STATUSES
from annotate.models import Annotation, Article, FinalLabel, Sentence, Source, Task, User, utcnow
from annotate.names import name_key
from annotate.numbers import parse_id

BATCH_ARTICLES = 200


class ExportError(DomainError):
    """A filter or format that cannot be exported; the message says which."""

    kind = "query"
    code = "invalid_filter"


@dataclass
class ExportFilter:
    """What to export. Article and task select articles; the others select annotations
    (and, when any is set, only the articles and sentences that have a matching one)."""

    articles: list[int] = field(default_factory=list)
    task: int | None = None
    reviewer: str | None = None
    status: str | None = None
    claim_type: str | None = None
    source: str | None = None
    source_id: int | None = None  # the source and reviewer that ``source`` and ``reviewer`` name,
    reviewer_id: int | None = None  # found by ``parse_filter`` (by name first, then by id)
    since: date | None = None
    until: date | None = None

    @property
    def selects_annotations(self) -> bool:
        """True when annotation-level filters are set."""
        return any(v is not None for v in (self.reviewer, self.status, self.claim_type,
                                            self.source, self.since, self.until, self.task))


def parse_filter(values) -> ExportFilter:
    """Build a filter from query-string or CLI values (a mapping with ``getlist``-like lists)."""
    def one(key):
        value = values.get(key)
        value = value.strip() if isinstance(value, str) else value
        return value or None

    articles = values.getlist("article") if hasattr(values, "getlist") else list(values.get("article") or [])
    ids = [parse_id(str(value).strip()) for value in articles if str(value).strip()]  # a form sends ""
    if None in ids:
        raise ExportError("article must be article ids (whole numbers)")
    task = one("task")
    if task is not None and parse_id(str(task)) is None:
        raise ExportError("task must be a task id (a whole number)")
    status, claim_type = one("status"), one("claim_type")
    if status is not None and status not in STATUSES:
        raise ExportError(f"status must be one of {', '.join(STATUSES)}")
    if claim_type is not None and claim_type not in CLAIM_TYPES:
        raise ExportError(f"claim_type must be one of {', '.join(CLAIM_TYPES)}")
    chosen = ExportFilter(articles=[i for i in ids if i is not None], task=parse_id(str(task)) if task else None,
                          reviewer=one("reviewer"), status=status, claim_type=claim_type,
                          source=one("source"), since=_date(one("since"), "since"),
                          until=_date(one("until"), "until"))
    _check_exists(chosen)
    return chosen


def _check_exists(filters: ExportFilter) -> None:
    """Refuse a filter naming what is not here (it would silently export nothing); note the ids
    of the reviewer and source named."""
    if filters.articles:
        found = set(db.session.scalars(select(Article.id).where(Article.id.in_(filters.articles))))
        missing = [str(i) for i in filters.articles if i not in found]
        if missing:
            raise ExportError(f"no article with id {', '.join(missing)}")
    if filters.task is not None and db.session.get(Task, filters.task) is None:
        raise ExportError(f"no task with id {filters.task}")
    if filters.reviewer is not None:  # usernames are ASCII: SQL's lower() compares them
        filters.reviewer_id = db.session.scalar(
            select(User.id).where(func.lower(User.username) == filters.reviewer.lower()).limit(1))
        number = parse_id(filters.reviewer)
        if filters.reviewer_id is None and number is not None and db.session.get(User, number) is not None:
            filters.reviewer_id = number
        if filters.reviewer_id is None:
            raise ExportError(f"no reviewer named {filters.reviewer!r}")
    if filters.source is not None:
        filters.source_id = _source_named(filters.source)
        if filters.source_id is None:
            raise ExportError(f"no source named {filters.source!r} in the registry")
    if filters.since and filters.until and filters.since > filters.until:
        raise ExportError("since must not be after until")


def _source_named(text: str) -> int | None:
    """The source with this name (compared as the registry compares names, in any case), else
    the one with this id."""
    key = name_key(text)
    for source_id, name in db.session.execute(select(Source.id, Source.name)):
        if name_key(name) == key:
            return source_id
    number = parse_id(text)
    return number if number is not None and db.session.get(Source, number) is not None else None


def _date(text, name: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ExportError(f"{name} must be a date YYYY-MM-DD") from None


def check_format(fmt: str | None) -> str:
    """The format, or ``ExportError`` naming the ones there are."""
    if fmt not in dataset.FORMATS:
        raise ExportError(f"format must be one of {', '.join(dataset.FORMATS)}")
    return fmt


def _annotation_conditions(filters: ExportFilter) -> list:
    conditions = []
    if filters.reviewer is not None:
        conditions.append(Annotation.reviewer_id == filters.reviewer_id)
    if filters.status is not None:
        conditions.append(Annotation.status == filters.status)
    if filters.claim_type is not None:
        conditions.append(Annotation.claim_type == filters.claim_type)
    if filters.source is not None:
        conditions.append(Annotation.source_id == filters.source_id)
    if filters.since is not None:
        conditions.append(Annotation.updated_at >= datetime.combine(filters.since, time.min, UTC))
    if filters.until is not None:
        conditions.append(Annotation.updated_at < datetime.combine(filters.until, time.max, UTC))
    if filters.task is not None:
        task = select(Task.article_id, Task.reviewer_id).where(Task.id == filters.task).subquery()
        conditions.append(exists().where(task.c.reviewer_id == Annotation.reviewer_id,
                                         task.c.article_id == Sentence.article_id))
    return conditions


ARTICLE_COLUMNS = (Article.id, Article.text, Article.text_sha256, Article.title, Article.url,
                   Article.publisher, Article.published_at, Article.language, Article.external_id,
                   Article.meta, Article.created_at)
ANNOTATION_COLUMNS = (Annotation.id, Annotation.sentence_id, Annotation.reviewer_id, Annotation.claim_type,
                      Annotation.source_id, Annotation.status, Annotation.note, Annotation.evidence,
                      Annotation.span_start, Annotation.span_end, Annotation.version,
                      Annotation.created_at, Annotation.updated_at)
# What each format holds, so that the others need not even be read: every sentence, the
# labelled ones, or those that may have a verdict (some annotation or decision other than
# "unverified": a unanimous verdict needs one, an adjudicated one is one).
SCOPES = {"json": "all", "labelstudio": "all", "jsonl": "labelled", "csv": "labelled",
          "claimreview": "verdicts"}


def _scope_articles(scope: str):
    """Ids of the articles with a labelled sentence (``labelled``) or a possible verdict."""
    annotated = select(Sentence.article_id).join(Annotation, Annotation.sentence_id == Sentence.id)
    decided = select(Sentence.article_id).join(FinalLabel, FinalLabel.sentence_id == Sentence.id)
    if scope == "verdicts":
        annotated = annotated.where(Annotation.status != DEFAULT_STATUS)
        decided = decided.where(FinalLabel.status != DEFAULT_STATUS)
    return annotated.union(decided)


def _in_scope(sentence_id: int, scope: str, annotations: dict, adjudicated: dict, filtered: bool) -> bool:
    """Whether a sentence belongs in an export of ``scope`` (see SCOPES)."""
    if scope == "all" and not filtered:
        return True
    mine, decision = annotations.get(sentence_id), None if filtered else adjudicated.get(sentence_id)
    if scope == "verdicts":
        return any(a["status"] != DEFAULT_STATUS for a in mine or ()) or (
            decision is not None and decision["status"] != DEFAULT_STATUS)
    return bool(mine) or decision is not None


def _article_query(filters: ExportFilter, scope: str = "all"):
    query = select(*ARTICLE_COLUMNS)
    if filters.articles:
        query = query.where(Article.id.in_(filters.articles))
    if filters.task is not None:
        query = query.where(Article.id.in_(select(Task.article_id).where(Task.id == filters.task)))
    if filters.selects_annotations:
        matching = (select(Sentence.article_id).join(Annotation, Annotation.sentence_id == Sentence.id)
                    .join(User, User.id == Annotation.reviewer_id).where(*_annotation_conditions(filters)))
        query = query.where(Article.id.in_(matching))
    elif scope != "all":
        query = query.where(Article.id.in_(_scope_articles(scope)))
    return query.order_by(Article.id)


def count_articles(filters: ExportFilter, fmt: str = "json") -> int:
    """How many articles the export will read (for progress bars)."""
    query = _article_query(filters, SCOPES[fmt]).subquery()
    return db.session.scalar(select(func.count()).select_from(query)) or 0


def sources() -> list[dict]:
    """Every registered source, as the json format lists it."""
    return [{"id": s.id, "name": s.name, "kind": s.kind, "aliases": list(s.aliases or []),
             "description": s.description, "created_at": s.created_at.isoformat(),
             "updated_at": s.updated_at.isoformat()}
            for s in db.session.scalars(select(Source).order_by(Source.id))]


def iter_articles(filters: ExportFilter, on_batch=lambda n: None, scope: str = "all") -> Iterator[dict]:
    """Articles as json-format records, read in batches by id (keyset, no OFFSET), holding the
    sentences of ``scope`` (see SCOPES)."""
    last_id = 0
    query = _article_query(filters, scope)
    while True:
        batch = list(db.session.execute(query.where(Article.id > last_id).limit(BATCH_ARTICLES)).all())
        if not batch:
            return
        last_id = batch[-1].id
        yield from _records(batch, filters, scope)
        on_batch(len(batch))


def _records(batch: list, filters: ExportFilter, scope: str) -> list[dict]:
    ids = [article.id for article in batch]
    sentences = db.session.execute(
        select(Sentence.id, Sentence.article_id, Sentence.position, Sentence.start, Sentence.end,
               Sentence.kind).where(Sentence.article_id.in_(ids))
        .order_by(Sentence.article_id, Sentence.position)).all()
    annotations = _annotations(ids, filters, scope)
    reviewers: dict[int, set[int]] = {}
    for article_id, reviewer_id in db.session.execute(
            select(Task.article_id, Task.reviewer_id).where(Task.article_id.in_(ids))):
        reviewers.setdefault(article_id, set()).add(reviewer_id)
    adjudicated = _adjudicated(ids)
    by_article: dict[int, list] = {article_id: [] for article_id in ids}
    filtered = filters.selects_annotations
    for sentence in sentences:
        if _in_scope(sentence.id, scope, annotations, adjudicated, filtered):
            by_article[sentence.article_id].append(sentence)
    return [_article_record(article, by_article[article.id], annotations,
                            reviewers.get(article.id, set()), adjudicated) for article in batch]


def _annotations(article_ids: list[int], filters: ExportFilter, scope: str) -> dict[int, list[dict]]:
    query = (select(*ANNOTATION_COLUMNS, User.username).join(Sentence, Sentence.id == Annotation.sentence_id)
             .join(User, User.id == Annotation.reviewer_id)
             .where(Sentence.article_id.in_(article_ids), *_annotation_conditions(filters))
             .order_by(Annotation.sentence_id, User.username))
    if scope == "verdicts":  # all annotations of the sentences that may have a verdict, no others
        other = aliased(Annotation)
        verdicts = (select(other.sentence_id).join(Sentence, Sentence.id == other.sentence_id)
                    .where(Sentence.article_id.in_(article_ids), other.status != DEFAULT_STATUS)
                    .union(select(FinalLabel.sentence_id).join(Sentence, Sentence.id == FinalLabel.sentence_id)
                           .where(Sentence.article_id.in_(article_ids))))
        query = query.where(Annotation.sentence_id.in_(verdicts))
    rows = db.session.execute(query).all()
    grouped: dict[int, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row.sentence_id, []).append(annotation_record(row, row.username))
    return grouped


def annotation_record(annotation, username: str) -> dict:
    """One annotation (a model or a row with its columns) as the json format holds it."""
    span = None
    if annotation.span_start is not None:
        span = {"start": annotation.span_start, "end": annotation.span_end}
    return {"id": annotation.id, "reviewer": username, "reviewer_id": annotation.reviewer_id,
            "claim_type": annotation.claim_type, "source_id": annotation.source_id,
            "status": annotation.status, "note": annotation.note,
            "evidence": list(annotation.evidence or []), "span": span, "version": annotation.version,
            "created_at": annotation.created_at.isoformat(), "updated_at": annotation.updated_at.isoformat()}


def _adjudicated(article_ids: list[int]) -> dict[int, dict]:
    rows = db.session.execute(
        select(FinalLabel.sentence_id, FinalLabel.claim_type, FinalLabel.source_id, FinalLabel.status,
               FinalLabel.method, FinalLabel.decided_at, User.username)
        .join(Sentence, Sentence.id == FinalLabel.sentence_id)
        .outerjoin(User, User.id == FinalLabel.decided_by_id)
        .where(Sentence.article_id.in_(article_ids))).all()
    return {row.sentence_id: {"claim_type": row.claim_type, "source_id": row.source_id,
                              "status": row.status, "method": row.method,
                              "decided_by": row.username, "decided_at": row.decided_at.isoformat()}
            for row in rows}


def _article_record(article, sentences, annotations, reviewer_ids, adjudicated) -> dict:
    text = article.text
    final_label = dataset.final_label
    records = [{
        "id": sentence.id, "position": sentence.position, "start": sentence.start,
        "end": sentence.end, "text": text[sentence.start:sentence.end], "kind": sentence.kind,
        "annotations": annotations.get(sentence.id, []),
        "final": final_label(annotations.get(sentence.id, []), reviewer_ids, adjudicated.get(sentence.id)),
    } for sentence in sentences]
    return {
        "id": article.id, "text": text, "text_sha256": article.text_sha256, "title": article.title,
        "url": article.url, "publisher": article.publisher,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "language": article.language, "external_id": article.external_id, "meta": article.meta or {},
        "created_at": article.created_at.isoformat(), "sentences": records,
    }


def stream(fmt: str, filters: ExportFilter, config: dict, on_batch=lambda n: None) -> Iterator[str]:
    """The export in ``fmt``, as pieces of text."""
    articles = iter_articles(filters, on_batch, scope=SCOPES[fmt])
    if fmt == "json":
        header = {"schema_version": dataset.SCHEMA_VERSION, "exported_at": utcnow().isoformat(),
                  "label_set": dataset.label_set()}
        return dataset.write_json(header, sources(), articles)
    by_id = {source["id"]: source for source in sources()}
    if fmt == "jsonl":
        return dataset.write_jsonl(dataset.rows(articles, by_id))
    if fmt == "csv":
        return dataset.write_csv(dataset.rows(articles, by_id))
    if fmt == "claimreview":
        organization = {"@type": "Organization", "name": config["REVIEWING_ORGANIZATION"]}
        if config.get("REVIEWING_ORGANIZATION_URL"):
            organization["url"] = config["REVIEWING_ORGANIZATION_URL"]
        return dataset.write_json_array(dataset.claim_reviews(articles, by_id, organization,
                                                              config["PUBLIC_BASE_URL"].rstrip("/")))
    return dataset.write_json_array(dataset.label_studio_tasks(articles, by_id))
