"""Reading the dataset for export: filters, batches of articles as plain records, streamed.

Each batch of articles costs five queries (articles, sentences, their tasks, their annotations,
adjudicated labels), whatever the batch holds; nothing keeps more than one batch in memory. An
annotation is exported only while its (article, reviewer) has a task: a revoked task's labels,
and those of a reviewer the task was reassigned away from, are in no export and count for no
final label. Filters choose the annotations exported; the final labels are always made from all
the handed-in work of the sentence (SPEC §4).
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta, timezone

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from annotate import claimreview, dataset, dataset_rows, labelstudio_writer
from annotate.errors import DomainError
from annotate.extensions import db
from annotate.labels import CLAIM_TYPES, DEFAULT_STATUS, STATUSES, TASK_STATES
from annotate.models import (
    Annotation,
    Article,
    ClaimEntry,
    FactCheck,
    FinalLabel,
    Sentence,
    Source,
    Task,
    User,
    utcnow,
)
from annotate.names import name_key
from annotate.numbers import day_end, day_start, parse_day, parse_id
from annotate.services import collections
from annotate.services.source_registry import APPROVED

BATCH_ARTICLES = 200
PROPOSALS_AT_ONCE = 500  # ids in one IN (...): below the 999 parameters of older SQLite builds


class ExportError(DomainError):
    """A filter or format that cannot be exported; the message says which."""

    kind = "query"
    code = "invalid_filter"


@dataclass
class ExportFilter:
    """What to export. Article, collection and task select articles; the others (task too)
    select annotations (and, when any is set, only the articles and sentences that have a
    matching one). ``task_states``: any of these states (none: every state)."""

    articles: list[int] = field(default_factory=list)
    collection: str | None = None
    collection_id: int | None = None  # the collection ``collection`` names, found by ``parse_filter``
    task: int | None = None
    task_states: list[str] = field(default_factory=list)
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
        return bool(self.task_states) or any(v is not None for v in (
            self.reviewer, self.status, self.claim_type, self.source, self.since, self.until, self.task))


def parse_filter(values) -> ExportFilter:
    """Build a filter from query-string or CLI values (a mapping; repeatable keys as lists, or
    a ``MultiDict``'s ``getlist``)."""
    def one(key):
        value = values.get(key)
        value = value.strip() if isinstance(value, str) else value
        return value or None

    ids = [parse_id(value) for value in _many(values, "article")]
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
    states = list(dict.fromkeys(_many(values, "task_state")))
    if any(state not in TASK_STATES for state in states):
        raise ExportError(f"task_state must be one of {', '.join(TASK_STATES)}")
    chosen = ExportFilter(articles=[i for i in ids if i is not None], collection=one("collection"),
                          task=parse_id(str(task)) if task else None, task_states=states,
                          reviewer=one("reviewer"), status=status, claim_type=claim_type,
                          source=one("source"), since=_date(one("since"), "since"),
                          until=_date(one("until"), "until"))
    _check_exists(chosen)
    return chosen


def _many(values, key: str) -> list[str]:
    """The non-empty values of a repeatable key (a form sends "" for a field left empty)."""
    given = values.getlist(key) if hasattr(values, "getlist") else values.get(key) or []
    given = [given] if isinstance(given, str) else given
    return [str(value).strip() for value in given if str(value).strip()]


def _check_exists(filters: ExportFilter) -> None:
    """Refuse a filter naming what is not here (it would silently export nothing); note the ids
    of the collection, reviewer and source named."""
    if filters.articles:
        found = set(db.session.scalars(select(Article.id).where(Article.id.in_(filters.articles))))
        missing = [str(i) for i in filters.articles if i not in found]
        if missing:
            raise ExportError(f"no article with id {', '.join(missing)}")
    if filters.task is not None and db.session.get(Task, filters.task) is None:
        raise ExportError(f"no task with id {filters.task}")
    _check_names(filters)
    if filters.since and filters.until and filters.since > filters.until:
        raise ExportError("since must not be after until")


def _check_names(filters: ExportFilter) -> None:
    """Find the collection, reviewer and source the filter names, or refuse it."""
    if filters.collection is not None:
        try:
            filters.collection_id = collections.named(filters.collection).id
        except collections.CollectionNotFound:
            raise ExportError(f"no collection named {filters.collection!r}") from None
    if filters.reviewer is not None:
        filters.reviewer_id = _reviewer_named(filters.reviewer)
        if filters.reviewer_id is None:
            raise ExportError(f"no reviewer named {filters.reviewer!r}")
    if filters.source is not None:
        filters.source_id = _source_named(filters.source)
        if filters.source_id is None:
            raise ExportError(f"no source named {filters.source!r} in the registry")


def _reviewer_named(text: str) -> int | None:
    """The user with this username (in any case), else the one with this id."""
    found = db.session.scalar(  # usernames are ASCII: SQL's lower() compares them
        select(User.id).where(func.lower(User.username) == text.lower()).limit(1))
    number = parse_id(text)
    if found is None and number is not None and db.session.get(User, number) is not None:
        return number
    return found


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
    day = parse_day(str(text))
    if day is None:
        raise ExportError(f"{name} must be a date YYYY-MM-DD")
    return day


def check_format(fmt: str | None) -> str:
    """The format, or ``ExportError`` naming the ones there are."""
    if fmt not in dataset.FORMATS:
        raise ExportError(f"format must be one of {', '.join(dataset.FORMATS)}")
    return fmt


def _annotation_conditions(filters: ExportFilter) -> list:
    """SQL conditions on the annotation itself that the filters set (its task's: ``_task_conditions``)."""
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
        conditions.append(Annotation.updated_at >= day_start(filters.since))
    end = day_end(filters.until) if filters.until is not None else None
    if end is not None:  # before the next midnight: the whole last day, its last instant too
        conditions.append(Annotation.updated_at < end)
    return conditions


def _task_conditions(filters: ExportFilter) -> list:
    """SQL conditions on the annotation's task that the filters set (``_task_chosen`` in Python)."""
    conditions = []
    if filters.task is not None:
        conditions.append(Task.id == filters.task)
    if filters.task_states:
        conditions.append(Task.state.in_(filters.task_states))
    return conditions


def _task_chosen(filters: ExportFilter, task_id: int, state: str) -> bool:
    """Whether the filters choose an annotation whose task is ``task_id`` in ``state``."""
    return ((filters.task is None or task_id == filters.task)
            and (not filters.task_states or state in filters.task_states))


# An annotation's task: the one of its (article, reviewer). Joined (inner) wherever annotations
# are read for export, so that an annotation without a task is never read.
TASK_OF_ANNOTATION = and_(Task.article_id == Sentence.article_id, Task.reviewer_id == Annotation.reviewer_id)


def _has_annotation(*conditions):
    """SQL condition: the article (correlated) has an annotation with a task, meeting
    ``conditions``. The task is looked up in a nested EXISTS, so that the database walks the
    article's sentences and their annotations, never every annotation of a task's reviewer."""
    with_task = exists().where(TASK_OF_ANNOTATION, *conditions)
    return exists().where(Sentence.article_id == Article.id, Annotation.sentence_id == Sentence.id, with_task)


ARTICLE_COLUMNS = (Article.id, Article.text, Article.text_sha256, Article.title, Article.url,
                   Article.publisher, Article.published_at, Article.published_offset_minutes,
                   Article.language, Article.external_id, Article.meta, Article.created_at)
ANNOTATION_COLUMNS = (Annotation.id, Annotation.sentence_id, Annotation.reviewer_id, Annotation.claim_type,
                      Annotation.source_id, Annotation.status, Annotation.note, Annotation.evidence,
                      Annotation.span_start, Annotation.span_end, Annotation.version,
                      Annotation.created_at, Annotation.updated_at)
# What each format holds, so that the others need not even be read: every sentence, the
# labelled ones, or those that may have a verdict (some annotation or decision other than
# "unverified": a unanimous verdict needs one, an adjudicated one is one).
SCOPES = {"json": "all", "labelstudio": "all", "jsonl": "labelled", "csv": "labelled",
          "claimreview": "verdicts"}


def _in_scope_condition(scope: str):
    """SQL condition: the article has a labelled sentence (``labelled``: an annotation with its
    task, or a final label) or one that may have a verdict (``verdicts``). Correlated EXISTS, so
    that each batch of the keyset reads looks at its own articles only, never the whole table.

    One EXISTS over the article's sentences, the "or" inside it: an "or" of two EXISTS over the
    article can be no semi-join, and PostgreSQL then answered each by hashing every annotation
    with its sentence and task (a scan of the whole sentence table at every batch)."""
    verdicts = scope == "verdicts"
    annotated = [Annotation.sentence_id == Sentence.id, TASK_OF_ANNOTATION]
    decided = [FinalLabel.sentence_id == Sentence.id]
    if verdicts:
        annotated.append(Annotation.status != DEFAULT_STATUS)
        decided.append(FinalLabel.status != DEFAULT_STATUS)
    return exists().where(Sentence.article_id == Article.id,
                          or_(exists().where(*annotated), exists().where(*decided)))


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
    if filters.collection_id is not None:
        query = query.where(collections.in_collection(filters.collection_id))
    if filters.task is not None:
        query = query.where(Article.id.in_(select(Task.article_id).where(Task.id == filters.task)))
    if filters.selects_annotations:  # an annotation the filters choose
        query = query.where(_has_annotation(*_annotation_conditions(filters), *_task_conditions(filters)))
    elif scope != "all":
        query = query.where(_in_scope_condition(scope))
    return query.order_by(Article.id)


def count_articles(filters: ExportFilter, fmt: str = "json") -> int:
    """How many articles the export will read (for progress bars)."""
    query = _article_query(filters, SCOPES[fmt]).subquery()
    return db.session.scalar(select(func.count()).select_from(query)) or 0


def sources() -> list[dict]:
    """The registry as the json format lists it (and the other formats name sources from): the
    approved sources, and of the reviewers' proposals only those that exported work uses (an
    annotation with its task, or a final label), so that each such label still names its source
    and the document re-imports. A proposal nobody's exported work uses (a typo, a flood of
    aliases) stays out of every dataset until an admin approves it."""
    registry = list(db.session.scalars(select(Source).order_by(Source.id)))
    used = _used_proposals([s.id for s in registry if s.status != APPROVED])
    proposer_ids = {s.proposed_by_id for s in registry if s.id in used and s.proposed_by_id}
    proposers = dict(db.session.execute(select(User.id, User.username).where(
        User.id.in_(proposer_ids))).all()) if proposer_ids else {}
    return [{"id": s.id, "name": s.name, "kind": s.kind, "aliases": list(s.aliases or []),
             "description": s.description, "created_at": s.created_at.isoformat(),
             "updated_at": s.updated_at.isoformat(),
             # A proposal stays one on the way back in (and its proposer's alone).
             **({"status": s.status, "proposed_by": proposers[s.proposed_by_id]}
                if s.status != APPROVED and s.proposed_by_id in proposers else {})}
            for s in registry if s.status == APPROVED or s.id in used]


def _used_proposals(proposals: list[int]) -> set[int]:
    """The proposed sources among ``proposals`` that exported work uses (an annotation with its
    task, or a final label). Looked up by the proposals' own ids, ``PROPOSALS_AT_ONCE`` at a
    time, so that each database reads the few annotations that name them off the source index:
    a correlated EXISTS per source made PostgreSQL scan every annotation for each proposal (its
    estimate for a source it has no statistics of is the average source's), 200 ms at 200,000
    annotations."""
    used: set[int] = set()
    for start in range(0, len(proposals), PROPOSALS_AT_ONCE):
        chunk = proposals[start:start + PROPOSALS_AT_ONCE]
        used.update(db.session.scalars(
            select(Annotation.source_id).join(Sentence, Sentence.id == Annotation.sentence_id)
            .join(Task, TASK_OF_ANNOTATION).where(Annotation.source_id.in_(chunk)).distinct()))
        used.update(db.session.scalars(select(FinalLabel.source_id).where(FinalLabel.source_id.in_(chunk)).distinct()))
    return used


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
    task_of: dict[tuple[int, int], tuple[int, str]] = {}  # (article id, reviewer id) → (task id, state)
    tasks: dict[int, dict[int, str]] = {}  # article id → reviewer id → the state of their task
    for task_id, article_id, reviewer_id, state in db.session.execute(
            select(Task.id, Task.article_id, Task.reviewer_id, Task.state).where(Task.article_id.in_(ids))):
        task_of[article_id, reviewer_id] = task_id, state
        tasks.setdefault(article_id, {})[reviewer_id] = state
    batch_sentences = _BatchSentences(ids, sentences)
    counted, exported = _annotations(batch_sentences, task_of, filters, scope)
    adjudicated = _adjudicated(batch_sentences)
    claims = _claims(batch_sentences)
    by_article: dict[int, list] = {article_id: [] for article_id in ids}
    filtered = filters.selects_annotations
    for sentence in sentences:
        if _in_scope(sentence.id, scope, exported, adjudicated, filtered):
            by_article[sentence.article_id].append(sentence)
    return [_article_record(article, by_article[article.id], (counted, exported),
                            tasks.get(article.id, {}), adjudicated, claims) for article in batch]


class _BatchSentences:
    """The sentences of a batch of articles, as SQL reads rows that belong to them.

    By their articles, and by the range of their ids too: an article's sentences are written
    together, so a batch's ids lie in one narrow range, which lets each database read the rows off
    the index on ``sentence_id`` (an index range scan). By the articles alone, PostgreSQL hashed
    the whole annotation table (or final_label) for every batch: its estimate for looking up
    thousands of sentences one by one is higher than for reading every row.
    """

    def __init__(self, article_ids: list[int], sentences: Sequence):
        self.article_ids = article_ids
        self.article_of = {sentence.id: sentence.article_id for sentence in sentences}
        self.span = (min(self.article_of), max(self.article_of)) if sentences else (0, -1)

    def rows_of(self, sentence_id):
        """Conditions on a ``sentence_id`` column (its table joined with ``Sentence``)."""
        return (Sentence.id == sentence_id, Sentence.article_id.in_(self.article_ids),
                sentence_id.between(*self.span))


def _annotations(sentences: _BatchSentences, task_of: dict, filters: ExportFilter,
                 scope: str) -> tuple[dict, dict]:
    """The annotations of the batch's sentences that have a task, by sentence: all of them (which
    final labels count) and those the filters choose (which are exported; the same dict when
    nothing filters annotations). Matched with their task here (``task_of``: the batch's tasks,
    read anyway): joined with task in SQL, the plans of both databases got worse."""
    conditions = _annotation_conditions(filters)
    chosen = [and_(*conditions).label("chosen")] if conditions else []
    query = (select(*ANNOTATION_COLUMNS, User.username, *chosen)
             .join(Sentence, and_(*sentences.rows_of(Annotation.sentence_id)))
             .join(User, User.id == Annotation.reviewer_id)
             .order_by(Annotation.sentence_id, User.username))
    if scope == "verdicts":  # all annotations of the sentences that may have a verdict, no others
        other = aliased(Annotation)
        voiced = select(other.sentence_id).where(*sentences.rows_of(other.sentence_id),
                                                 other.status != DEFAULT_STATUS).correlate(None)
        decided = select(FinalLabel.sentence_id).where(*sentences.rows_of(FinalLabel.sentence_id)).correlate(None)
        query = query.where(Annotation.sentence_id.in_(voiced.union(decided)))
    filtered = bool(conditions or _task_conditions(filters))
    counted: dict[int, list[dict]] = {}
    exported: dict[int, list[dict]] = {} if filtered else counted
    for row in db.session.execute(query):
        task = task_of.get((sentences.article_of[row.sentence_id], row.reviewer_id))
        if task is None:  # no task of its (article, reviewer): in no export
            continue
        record = annotation_record(row, row.username, task[1])
        counted.setdefault(row.sentence_id, []).append(record)
        if filtered and (row.chosen if conditions else True) and _task_chosen(filters, *task):
            exported.setdefault(row.sentence_id, []).append(record)
    return counted, exported


def annotation_record(annotation, username: str, task_state: str | None = None) -> dict:
    """One annotation (a model or a row with its columns) as the json format holds it; with
    ``task_state`` (the state of its task) when one is given."""
    span = None
    if annotation.span_start is not None:
        span = {"start": annotation.span_start, "end": annotation.span_end}
    record = {"id": annotation.id, "reviewer": username, "reviewer_id": annotation.reviewer_id}
    if task_state is not None:
        record["task_state"] = task_state
    record.update(claim_type=annotation.claim_type, source_id=annotation.source_id, status=annotation.status,
                  note=annotation.note, evidence=list(annotation.evidence or []), span=span,
                  version=annotation.version, created_at=annotation.created_at.isoformat(),
                  updated_at=annotation.updated_at.isoformat())
    return record


def _adjudicated(sentences: _BatchSentences) -> dict[int, dict]:
    rows = db.session.execute(
        select(FinalLabel.sentence_id, FinalLabel.claim_type, FinalLabel.source_id, FinalLabel.status,
               FinalLabel.method, FinalLabel.decided_at, FinalLabel.review_url, User.username)
        .join(Sentence, and_(*sentences.rows_of(FinalLabel.sentence_id)))
        .outerjoin(User, User.id == FinalLabel.decided_by_id)).all()
    return {row.sentence_id: {"claim_type": row.claim_type, "source_id": row.source_id,
                              "status": row.status, "method": row.method,
                              "decided_by": row.username, "decided_at": row.decided_at.isoformat(),
                              # only when set: a label without one reads as it always has
                              **({"review_url": row.review_url} if row.review_url else {})}
            for row in rows}


def _claims(sentences: _BatchSentences) -> dict[int, tuple[int, list[dict]]]:
    """The claim cluster of each indexed sentence of the batch, with the external fact-checks
    in that cluster (url, organisation, rating), in one query."""
    check = aliased(ClaimEntry)
    rows = db.session.execute(
        select(ClaimEntry.sentence_id, ClaimEntry.cluster_id, FactCheck.url, FactCheck.organisation, FactCheck.rating)
        .join(Sentence, and_(*sentences.rows_of(ClaimEntry.sentence_id)))
        .outerjoin(check, and_(check.cluster_id == ClaimEntry.cluster_id, check.fact_check_id.is_not(None)))
        .outerjoin(FactCheck, FactCheck.id == check.fact_check_id)
        .order_by(ClaimEntry.sentence_id, FactCheck.id))
    found: dict[int, tuple[int, list[dict]]] = {}
    for sentence_id, cluster_id, url, organisation, rating in rows:
        if sentence_id is None:  # (joined with a sentence: never)
            continue
        checks = found.setdefault(sentence_id, (cluster_id, []))[1]
        if url is not None:
            checks.append({"url": url, "organisation": organisation, "rating": rating})
    return found


def published_at(moment, offset_minutes: int | None) -> str | None:
    """An article's publication time in the UTC offset it was published in (UTC when unknown),
    so that it is dated on its own calendar day."""
    if moment is None:
        return None
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes or 0))).isoformat()


def _article_record(article, sentences, annotations: tuple[dict, dict], tasks: dict[int, str],
                    adjudicated, claims: dict[int, tuple[int, list[dict]]]) -> dict:
    """An article as the json format holds it: ``annotations`` are (counted, exported) by
    sentence; ``claims`` the cluster and external fact-checks of the indexed sentences."""
    text = article.text
    final_label = dataset.final_label
    counted, exported = annotations
    records = [{
        "id": sentence.id, "position": sentence.position, "start": sentence.start,
        "end": sentence.end, "text": text[sentence.start:sentence.end], "kind": sentence.kind,
        "annotations": exported.get(sentence.id, []),
        "final": final_label(counted.get(sentence.id, []), tasks, adjudicated.get(sentence.id)),
        "cluster_id": claims[sentence.id][0] if sentence.id in claims else None,
        "fact_checks": claims[sentence.id][1] if sentence.id in claims else [],
    } for sentence in sentences]
    return {
        "id": article.id, "text": text, "text_sha256": article.text_sha256, "title": article.title,
        "url": article.url, "publisher": article.publisher,
        "published_at": published_at(article.published_at, article.published_offset_minutes),
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
        return dataset_rows.write_jsonl(dataset_rows.rows(articles, by_id))
    if fmt == "csv":
        return dataset_rows.write_csv(dataset_rows.rows(articles, by_id))
    if fmt == "claimreview":
        claim_pages = _claim_pages(filters, config)  # checks the settings first
        return dataset.write_json_array(claimreview.claim_reviews(
            articles, by_id, claimreview.organization(config), claim_pages))
    return dataset.write_json_array(labelstudio_writer.label_studio_tasks(articles, by_id))


class ClaimReviewRefused(ExportError):
    """A ClaimReview export the configuration cannot make publishable; the message names the
    settings to set (answered like a refused filter: 400 on the API and the export page)."""

    code = "claimreview_settings"


def _claim_pages(filters: ExportFilter, config) -> str | None:
    """The base URL of the public claim pages, or None when every claim exported has its
    ``review_url``; ``ClaimReviewRefused`` before anything is written when a required setting is
    missing. Whether some claim lacks a ``review_url`` costs a first pass over the claims (the
    smallest format), made only while the claim pages are not configured."""
    try:
        claimreview.check_settings(config, needs_claim_pages=True)
        return config["PUBLIC_BASE_URL"]
    except claimreview.SettingsMissing:
        pass
    needed = claimreview.any_without_review_url(iter_articles(filters, scope=SCOPES["claimreview"]))
    try:
        claimreview.check_settings(config, needs_claim_pages=needed)
    except claimreview.SettingsMissing as missing:
        raise ClaimReviewRefused(
            "A claimreview export needs settings that are not configured: " + "; ".join(missing.missing)
            + ". Set them in instance/config.py or as ANNOTATE_* environment variables.",
            {"missing": [name.split(" ")[0] for name in missing.missing]}) from None
    return None
