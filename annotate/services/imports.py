"""Storing imported articles: one transaction per file, duplicates skipped and counted."""

import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import insert, select

from annotate.claimreview_reader import is_claim_review_feed
from annotate.dataset_reader import is_dataset, read_dataset
from annotate.errors import Conflict
from annotate.extensions import db
from annotate.importing import (
    MAX_ARTICLES_PER_CALL,
    ArticleRecord,
    ImportReport,
    RecordError,
    changed_meanwhile,
    derived_title,
    format_of,
    read_articles,
    validate,
)
from annotate.labelstudio_reader import is_label_studio, read_label_studio
from annotate.models import Article, Sentence
from annotate.segment import split_sentences
from annotate.services import claim_search
from annotate.services import collections as collection_service
from annotate.services.dataset_import import import_dataset
from annotate.services.fact_checks import import_fact_checks
from annotate.services.transaction import transaction

BATCH_SIZE = 500


def import_file(
    stream: BinaryIO,
    name: str,
    max_record_bytes: int,
    progress: Callable[[int], None] | None = None,
    collection: str | None = None,
    actor_id: int | None = None,
) -> ImportReport:
    """Import every article of one file, or none: a bad record rolls the whole file back.
    A ``json`` export (an object with ``schema_version`` and ``articles``) is imported back whole,
    and so is a Label Studio JSON export (a list of tasks with ``data``); a ClaimReview feed is
    stored as external fact-checks (``collection`` does not apply to them). With ``collection`` (a
    name; made when new, in the same transaction) every article of the file, new or already
    stored, is put into that collection. ``actor_id``: who imports (named by the audit events)."""
    reader = None
    if format_of(name) == ".json":
        reader = (read_dataset if is_dataset(stream) else
                  read_label_studio if is_label_studio(stream, max_record_bytes) else None)
        if reader is None and is_claim_review_feed(stream, max_record_bytes):
            return import_fact_checks(stream, name, max_record_bytes, progress)
    if reader is not None:
        return import_dataset(stream, name, max_record_bytes, progress, reader, collection, actor_id)
    records = read_articles(stream, name, max_record_bytes)
    with transaction(on_conflict=lambda: changed_meanwhile(name)):
        collection_id = collection_service.find_or_create(collection).id if collection else None
        report = store_articles(records, lambda: progress and progress(stream.tell()), collection_id)
        if report.articles + report.skipped == 0:  # an empty file is a mistake, not a success
            raise RecordError(name, None, "the file holds no article")
        return report


class ImportConflict(Conflict):
    """Articles of an API import were stored by a concurrent call meanwhile."""


def import_records(items: list, in_list: bool, max_record_bytes: int,
                   collection: str | None = None) -> tuple[ImportReport, list[int]]:
    """Import decoded article objects (the API's body), all or nothing, into ``collection`` when
    given (made when new); the report and the ids of the articles with these texts (new or
    already stored)."""
    if not 1 <= len(items) <= MAX_ARTICLES_PER_CALL:
        raise RecordError("body", None, f"Send 1 to {MAX_ARTICLES_PER_CALL} articles per call.")
    records = [validate(item, "body", f"item {n}" if in_list else None, max_record_bytes)
               for n, item in enumerate(items, start=1)]
    conflict = ImportConflict("Some of these articles were stored meanwhile; nothing was imported.")
    with transaction(on_conflict=lambda: conflict):
        collection_id = collection_service.find_or_create(collection).id if collection else None
        report = store_articles(records, collection_id=collection_id)
    ids = list(db.session.scalars(select(Article.id).where(
        Article.text_sha256.in_([r.text_sha256 for r in records])).order_by(Article.id)))
    return report, ids


def store_articles(records: Iterable[ArticleRecord], on_batch: Callable[[], Any] = lambda: None,
                   collection_id: int | None = None) -> ImportReport:
    """Add articles and their sentences in batches to the current transaction (no commit); with
    ``collection_id``, put every one of them (new or already stored) into that collection."""
    report = ImportReport()
    seen: set[str] = set()
    batch: list[ArticleRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH_SIZE:
            report.add(_store_batch(batch, seen, collection_id))
            batch = []
            on_batch()
    if batch:
        report.add(_store_batch(batch, seen, collection_id))
        on_batch()
    return report


def _store_batch(batch: list[ArticleRecord], seen: set[str], collection_id: int | None = None) -> ImportReport:
    """Store the batch's new articles with their sentences; put all of them into the collection."""
    hashes = [record.text_sha256 for record in batch]
    stored = dict(db.session.execute(select(Article.text_sha256, Article.id)
                                     .where(Article.text_sha256.in_(hashes))).all())
    fresh = []
    for record, digest in zip(batch, hashes, strict=True):
        if digest in stored or digest in seen:
            continue
        seen.add(digest)
        fresh.append((record, digest))
    report = ImportReport(skipped=len(batch) - len(fresh))
    if collection_id is not None and stored:
        collection_service.add_articles(collection_id, list(stored.values()))
    if not fresh:
        return report
    # A record without a language gets the one detected in its text: stored, and the rules it is split by.
    spans = [split_sentences(record.text, record.settle_language()) for record, _ in fresh]
    rows = [dict(record.columns(digest), sentence_count=len(found))
            for (record, digest), found in zip(fresh, spans, strict=True)]
    ids = db.session.scalars(
        insert(Article).returning(Article.id, sort_by_parameter_order=True), rows
    ).all()
    sentence_rows: list[dict] = []
    for article_id, found in zip(ids, spans, strict=True):
        sentence_rows.extend(
            {"article_id": article_id, "position": position, "start": span.start,
             "end": span.end, "kind": span.kind}
            for position, span in enumerate(found)
        )
    if sentence_rows:
        db.session.execute(insert(Sentence), sentence_rows)
        claim_search.index_articles(dict(zip(ids, (record.text for record, _ in fresh), strict=True)))
    if collection_id is not None:
        collection_service.add_articles(collection_id, list(ids))
    report.articles, report.sentences = len(fresh), len(sentence_rows)
    return report


PASTED = "pasted text"  # how the import page names the pasted article in its report


@dataclass
class UploadResult:
    """What became of one uploaded file or pasted text."""

    name: str
    report: ImportReport | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the file was imported."""
        return self.error is None


def import_upload(files, pasted_text: str, pasted_title: str | None, max_record_bytes: int,
                  collection: str | None = None, actor_id: int | None = None) -> list[UploadResult]:
    """Import uploaded ``(name, stream)`` files and pasted text, each on its own, all-or-nothing,
    into ``collection`` when given."""
    results = []
    for name, stream in files:
        results.append(_import_one(stream, name, max_record_bytes, collection=collection, actor_id=actor_id))
    if pasted_text.strip():
        record = {"text": pasted_text, "title": pasted_title or derived_title(pasted_text)}
        stream = io.BytesIO(json.dumps(record).encode("utf-8"))
        results.append(_import_one(stream, "pasted-text.json", max_record_bytes, shown_as=PASTED,
                                   collection=collection, actor_id=actor_id))
    return results


def _import_one(stream: BinaryIO, name: str, max_record_bytes: int, shown_as: str | None = None,
                collection: str | None = None, actor_id: int | None = None) -> UploadResult:
    try:
        report = import_file(stream, name, max_record_bytes, collection=collection, actor_id=actor_id)
    except RecordError as error:  # the result names the file: the message need not repeat it
        return UploadResult(shown_as or name, error=f"{error.where}: {error.message}" if error.where
                            else error.message)
    except collection_service.CollectionError as error:
        return UploadResult(shown_as or name, error=f"collection: {error}")
    return UploadResult(shown_as or name, report=report)
