"""An admin's hand on one article: a pasted article given its metadata, metadata corrected after
import, an article deleted with all the work on it.

The text never changes (every sentence offset and annotation span points into it): only the
metadata does. A new language picks other sentence rules: the article is split again by them
while no work is on its sentences (``segmentation.resplit``); with work, the sentences are kept
and the message says so (the admin corrects them by hand if needed).

Metadata is checked by the import's own rules (``importing.validate``), so a value
the edit form takes is one a file could have brought, and the reverse.

Every change is audited: an edit with the changed fields before and after; a deletion with the
article's metadata, text hash and what went with it (counts), plus one event per deleted task,
so that each task's history ends with why it is gone. The rows go by the database's cascades
(sentences, tasks, annotations, final labels, review comments, collection memberships: all
``ON DELETE CASCADE``), so nothing is loaded into memory, whatever the article's size. The
stored counts need no care: ``article.sentence_count`` goes with the article and
``task.decided_count`` with its tasks.
"""

import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone

from sqlalchemy import delete, func, select

from annotate.errors import FieldErrors
from annotate.extensions import db
from annotate.importing import ArticleRecord, RecordError, derived_title, validate
from annotate.language import SUPPORTED_LANGUAGES, shown_language
from annotate.models import Annotation, Article, FinalLabel, ReviewComment, Sentence, Task
from annotate.numbers import counted
from annotate.services import audit, segmentation
from annotate.services import collections as collection_service
from annotate.services.articles import ArticleNotFound
from annotate.services.imports import PASTED, UploadResult, import_upload
from annotate.services.transaction import rows_changed, transaction

# The metadata an admin may change, and how a message names each field.
EDITABLE = {"title": "title", "url": "URL", "publisher": "publisher", "published_at": "publication date",
            "language": "language", "external_id": "external id"}
# The metadata the import page takes with a pasted text.
PASTED_FIELDS = ("title", "url", "publisher", "published_at")
# ``validate`` checks a whole record; metadata alone is checked with this stand-in text.
_STAND_IN = {"text": "-"}
# The import's messages end with the refused value when they quote it ("…: '2024-13-45'").
_ECHOED_VALUE = re.compile(r""": (?:'[^\n]*'|"[^\n]*")$""")


class ArticleMetadataInvalid(FieldErrors):
    """Metadata the import would refuse; ``errors`` names each field's problem."""

    code = "article_invalid"
    summary = "Nothing was saved: some of the article's details cannot be stored."


def _blank_as_none(value):
    """A form's empty field means "none"; anything else is checked as given."""
    return None if isinstance(value, str) and not value.strip() else value


def field_error(key: str, value) -> str | None:
    """What the import's rules say about one metadata value ("" or None: none), or None when
    it is fine; the message names the field as a form does ("The URL must be …")."""
    try:
        validate({**_STAND_IN, key: _blank_as_none(value)}, "article", None, 16)
    except RecordError as error:
        # The field shows the value: the message need not repeat it (nor stretch a phone's page).
        message = _ECHOED_VALUE.sub("", error.message)
        rest = message.removeprefix(f"'{key}' ")
        return f"The {EDITABLE.get(key, key)} {rest}" if rest != message else message
    return None


def read_metadata(values: Mapping[str, object]) -> ArticleRecord:
    """The editable metadata in ``values`` (missing or blank: none) checked by the import's
    rules, as a record (its text a stand-in); ``ArticleMetadataInvalid`` names every bad field."""
    errors = {key: message for key in EDITABLE if (message := field_error(key, values.get(key)))}
    if errors:
        raise ArticleMetadataInvalid(errors)
    return validate({**_STAND_IN, **{key: _blank_as_none(values.get(key)) for key in EDITABLE}},
                    "article", None, 16)


def published_text(moment: datetime | None, offset_minutes: int | None) -> str | None:
    """A publication time as the import reads it back to the same value: in the offset it was
    given in, or without one (a day alone when it is midnight) when none was given."""
    if moment is None:
        return None
    if offset_minutes is None:
        naive = moment.astimezone(UTC).replace(tzinfo=None)
        return naive.date().isoformat() if naive.time() == time() else naive.isoformat()
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes))).isoformat()


def metadata_of(article: Article) -> dict:
    """The article's editable metadata as the form shows it and the audit records it."""
    return {"title": article.title, "url": article.url, "publisher": article.publisher,
            "published_at": published_text(article.published_at, article.published_offset_minutes),
            "language": article.language, "external_id": article.external_id}


def _locked(article_id: int) -> Article:
    """The article, locked against concurrent edits, deletions and new tasks (PostgreSQL)."""
    article = db.session.get(Article, article_id, with_for_update=True, populate_existing=True)
    if article is None:
        raise ArticleNotFound("No article with that id.")
    return article


@dataclass
class LanguageChange:
    """What a change of an article's language did to its sentences."""

    before: str | None
    after: str | None
    counts: tuple[int, int] | None  # sentences before and after the new split; None: kept (work on them)

    def message(self) -> str:
        """For the admin: the new language and what became of the sentences."""
        if self.before == self.after:
            return f"The language is {shown_language(self.after)} already; nothing changed."
        said = f"The language is now {shown_language(self.after)}"
        if self.counts is None:
            return (f"{said}. The sentences were kept as they are: there is work on them (labels, comments, "
                    "claims) or they were corrected by hand, so they are not split again by the new "
                    "language's rules (correct a sentence by hand where needed).")
        return f"{said}; the article was split again by its rules: {counted(self.counts[1], 'sentence')} " \
               f"(were {self.counts[0]:,})."


class MetadataChanges(list[str]):
    """The names of the fields an edit changed; ``language`` says what a new language did."""

    language: LanguageChange | None = None


def update_metadata(article_id: int, values: Mapping[str, object], actor_id: int | None) -> MetadataChanges:
    """Set the article's editable metadata to ``values`` (missing or blank: none); the names of
    the fields that changed (none changed: nothing written, no event). A new language splits the
    article again by its rules while no work is on it (``LanguageChange``)."""
    record = read_metadata(values)
    with transaction():
        article = _locked(article_id)
        if record.language != article.language:  # hold its tasks too: no save may add work meanwhile
            article = segmentation.hold_article(article_id)
        before = metadata_of(article)
        for key in ("title", "url", "publisher", "language", "external_id"):
            setattr(article, key, getattr(record, key))
        article.published_at = record.published_at
        article.published_offset_minutes = record.published_offset_minutes
        after = metadata_of(article)
        changed = MetadataChanges(key for key in before if before[key] != after[key])
        if changed:
            audit.record("article", article_id, "edit_metadata", actor_id=actor_id,
                         before={key: before[key] for key in changed}, after={key: after[key] for key in changed})
        if "language" in changed:
            changed.language = LanguageChange(before["language"], after["language"],
                                              segmentation.resplit(article, actor_id))
    return changed


class LanguageInvalid(FieldErrors):
    """A language the article cannot be given (not one the segmenter has rules for)."""

    code = "language_invalid"


def change_language(article_id: int, language: str, actor_id: int | None) -> LanguageChange:
    """Give the article another of the supported languages (its other metadata unchanged)."""
    code = language.strip().lower()
    if code not in SUPPORTED_LANGUAGES:
        raise LanguageInvalid({"language": "choose one of the languages listed"},
                              f"“{language[:40]}” is not a language annotate has sentence rules for; "
                              "nothing was changed.")
    with transaction():
        current = metadata_of(_locked(article_id))
        changed = update_metadata(article_id, {**current, "language": code}, actor_id)
    return changed.language or LanguageChange(code, code, None)


def work_on(article_id: int) -> dict[str, int]:
    """What deleting the article would take with it: its sentences and the work on them."""
    sentences = select(Sentence.id).where(Sentence.article_id == article_id)
    tasks = select(Task.id).where(Task.article_id == article_id)

    def count(model, *where):
        return select(func.count()).select_from(model).where(*where).scalar_subquery()

    row = db.session.execute(select(
        count(Sentence, Sentence.article_id == article_id).label("sentences"),
        count(Annotation, Annotation.sentence_id.in_(sentences)).label("annotations"),
        count(Task, Task.article_id == article_id).label("tasks"),
        count(FinalLabel, FinalLabel.sentence_id.in_(sentences)).label("final_labels"),
        count(ReviewComment, ReviewComment.task_id.in_(tasks)).label("review_comments"))).one()
    return dict(row._mapping)


def describe_work(work: Mapping[str, int]) -> str:
    """The counts of ``work_on`` for people: "12 sentences, 3 annotations, 1 task, …"."""
    parts = [counted(work["sentences"], "sentence"), counted(work["annotations"], "annotation"),
             counted(work["tasks"], "task"), counted(work["final_labels"], "final label"),
             counted(work["review_comments"], "review comment")]
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def delete_article(article_id: int, actor_id: int | None) -> dict:
    """Delete the article with its sentences, tasks, annotations, final labels and review
    comments; what the audit event keeps of it (metadata, text hash, counts) is returned."""
    with transaction():
        article = _locked(article_id)
        gone = {"id": article.id, **metadata_of(article), "meta": article.meta or {},
                "text_sha256": article.text_sha256, "text_length": article.text_length,
                "collections": [collection.name for collection in collection_service.of_article(article_id)],
                **work_on(article_id)}
        for task in db.session.scalars(select(Task).where(Task.article_id == article_id).order_by(Task.id)):
            audit.record("task", task.id, "delete_article", actor_id=actor_id, after=None, before={
                "article_id": task.article_id, "reviewer_id": task.reviewer_id, "state": task.state,
                "due_date": task.due_date.isoformat() if task.due_date else None,
                "return_reason": task.return_reason})
        audit.record("article", article_id, "delete", actor_id=actor_id, before=gone, after=None)
        rows_changed(delete(Article).where(Article.id == article_id))
        db.session.expunge(article)
    return gone


def import_pasted(text: str, metadata: Mapping[str, str | None], max_record_bytes: int,
                  collection: str | None = None, actor_id: int | None = None) -> tuple[UploadResult, dict[str, str]]:
    """Import a pasted article with its metadata (``PASTED_FIELDS``; blank: none, and the title
    then its first line) exactly as a one-record ``.json`` file: the result, and when it was
    refused for a metadata value, each bad field's message (for the form)."""
    given = {key: value.strip() for key in PASTED_FIELDS if isinstance(value := metadata.get(key), str)
             and value.strip()}
    record = {"text": text, "title": derived_title(text), **given}
    stream = io.BytesIO(json.dumps(record).encode("utf-8"))
    [result] = import_upload([("pasted-text.json", stream)], "", None, max_record_bytes, collection, actor_id)
    result.name = PASTED
    if result.ok:
        return result, {}
    return result, {key: message for key, value in given.items() if (message := field_error(key, value))}
