"""Importing a ``json`` export back (issue 5, "Lossless"), or a Label Studio export: ids,
versions, timestamps and final labels kept, everything in one transaction.

Into an empty database the import restores the export: exporting again gives the same document
but for ``exported_at``. Into one that already holds some of it (the database it came from, say)
it merges, with one rule for ``json`` and Label Studio files (issue 13.4): what is missing is
added, what has the same content is unchanged, a changed annotation becomes a new version, and
anything else that differs refuses the whole file (nothing is imported, ``annotate import``
exits non-zero and names the file, the record and the reason):

- articles match by ``text_sha256``; one merges when each of the file's sentences is the stored
  sentence at its position (same offsets and kind), otherwise it is refused with all it holds;
- sources match by name or alias (case-insensitive), users by username; the stored ones are kept;
- annotations match by (sentence, reviewer). The same content (claim type, source, status,
  note, evidence, span) is the same annotation whatever the file says of its version and
  timestamps (Label Studio replaces those): unchanged. A different content becomes the stored
  version + 1 by the importing admin (``--actor`` on the command line, the uploader on the web),
  with an ``import`` audit event holding the version before and after: the file's version is
  not compared, so a file edited anywhere can be merged back, and the audit event keeps what it
  replaced. An annotation here that the file lacks is kept as it is (a Label Studio export
  holds decided annotations only);
- tasks: each (article, reviewer) with annotations in the file gets a task in the state its
  annotations carry (``task_state``; "submitted" when the file has none), no due date, unless
  one is here already, which is kept as it is;
- final labels: the stored or derived (unanimous) final label of the sentence, if identical
  (its decision time aside), merges, if different refuses the file; when there is none it is
  added and stored, method included. A unanimous one on an article with reviewers (tasks) here
  merges whatever it says: it is derived, and the reviewers here derive it again;
- ids: the file's where free here, new ones otherwise, with every reference following.

A document that breaks the schema or the rules, or holds anything refused above, is refused
whole (``RecordError`` naming the record). Users missing here become disabled reviewer accounts
with a password nobody knows; each created user, source, annotation, task and final label, and
each new version of an annotation, gets an ``import`` audit event naming the importing admin.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from sqlalchemy import CursorResult, func, insert, select, text, update
from werkzeug.security import generate_password_hash

from annotate import dataset
from annotate.dataset_reader import Dataset, ExportedAnnotation, ExportedArticle, ExportedFinal, read_dataset
from annotate.extensions import db
from annotate.importing import ImportReport, RecordError, changed_meanwhile
from annotate.models import Annotation, Article, AuditEvent, FinalLabel, Sentence, Source, Task, User, utcnow
from annotate.names import name_key
from annotate.services import claim_index, claim_search, collections
from annotate.services import sources as source_service
from annotate.services.accounts import USERNAME, password_method
from annotate.services.transaction import transaction

BATCH_ARTICLES = 200
# File ids are kept up to here (a round trip keeps its ids); past it they get fresh ones, so that
# the id sequences keep a billion ids of room (2,147,483,647 is the end of PostgreSQL's integer).
ID_KEEP_LIMIT = 2 ** 30
IN_CHUNK = 500  # values per IN (...): older SQLite builds allow 999 variables a statement
REFUSALS_SHOWN = 3
Model = type[User | Source | Article | Sentence | Annotation | Task | FinalLabel]
TABLES: dict[str, Model] = {"user": User, "source": Source, "article": Article, "sentence": Sentence,
          "annotation": Annotation, "task": Task, "final_label": FinalLabel}
ANNOTATION_COLUMNS = ("sentence_id", "reviewer_id", "claim_type", "source_id", "status", "note", "evidence",
                      "span_start", "span_end", "version", "created_at", "updated_at")
# What an annotation says, as against its version and timestamps: equal here and in the file, it is unchanged.
ANNOTATION_CONTENT = ("claim_type", "source_id", "status", "note", "evidence", "span_start", "span_end")


@dataclass
class DatasetReport(ImportReport):
    """What a dataset import added, merged and refused. ``articles`` and ``sentences`` count
    the added ones, ``skipped`` the merged articles and ``refused`` the refused ones."""

    articles_merged: int = 0
    articles_refused: int = 0
    sources_added: int = 0
    sources_merged: int = 0
    annotations_added: int = 0
    annotations_merged: int = 0  # the same content here: unchanged
    annotations_updated: int = 0  # a new version here
    annotations_refused: int = 0
    finals_added: int = 0
    finals_merged: int = 0
    finals_refused: int = 0
    tasks_added: int = 0
    users_created: int = 0
    refusals: list[str] = field(default_factory=list)  # the first few reasons, for people
    refusal_count: int = 0

    def refuse(self, where: str, message: str) -> None:
        """Note why a record of the file was refused (the first few reasons are kept)."""
        self.refusal_count += 1
        if len(self.refusals) < REFUSALS_SHOWN:
            self.refusals.append(f"{where}: {message}")

    def refusal_summary(self) -> str:
        """Why the file was refused: how many records, and the first reasons."""
        more = self.refusal_count - len(self.refusals)
        return (f"{self.refusal_count:,} record(s) refused: " + "; ".join(self.refusals)
                + (f" (and {more:,} more)" if more > 0 else ""))

    def summary(self) -> str:
        """One line for people: added, merged and refused, and the first reasons for refusing."""
        line = (f"dataset: articles {self.articles:,} added, {self.articles_merged:,} merged, "
                f"{self.articles_refused:,} refused ({self.sentences:,} sentences added); "
                f"sources {self.sources_added:,} added, {self.sources_merged:,} merged; "
                f"annotations {self.annotations_added:,} added, {self.annotations_updated:,} updated, "
                f"{self.annotations_merged:,} unchanged, {self.annotations_refused:,} refused; "
                f"final labels {self.finals_added:,} added, "
                f"{self.finals_merged:,} merged, {self.finals_refused:,} refused; "
                f"tasks {self.tasks_added:,} added; {self.users_created:,} users created (disabled reviewers)")
        if self.refusals:
            more = self.refusal_count - len(self.refusals)
            line += "; refused: " + "; ".join(self.refusals)
            line += f" (and {more:,} more)" if more > 0 else ""
        return line


def import_dataset(stream: BinaryIO, name: str, max_record_bytes: int,
                   progress: Callable[[int], None] | None = None, reader=read_dataset,
                   collection: str | None = None, actor_id: int | None = None) -> DatasetReport:
    """Import a ``json`` export (or, with ``labelstudio_reader.read_label_studio`` as the reader, a
    Label Studio export): checked whole first, then stored in one transaction, or nothing. With
    ``collection`` (made when new) its articles, added or merged, are put into that collection.
    ``actor_id``: who imports (the audit events of what is added name them)."""
    start = stream.tell()
    half = (stream.seek(0, 2) - start) // 2
    stream.seek(start)
    document = reader(stream, name, max_record_bytes, lambda at: progress and progress((at - start) // 2))
    with transaction(on_conflict=lambda: changed_meanwhile(name)):
        collection_id = collections.find_or_create(collection).id if collection else None
        importer = _Importer(document, collection_id, actor_id)
        report = importer.run(lambda at: progress and progress(half + (at - start) // 2))
        if report.refusal_count:  # all or nothing: the transaction rolls back
            raise RecordError(name, None, report.refusal_summary())
        return report


def _untimed(key: tuple) -> tuple:
    """A final label's key without its decision time: a unanimous label's is derived from the
    annotations' times, which a merge may have just renewed."""
    return tuple(value for value in key if not isinstance(value, datetime))


def _judged_a_claim(sentence) -> bool:
    """A sentence of the file that some annotation or its final label calls a claim (indexed)."""
    return any(judgement.claim_type in claim_index.INDEXED_TYPES
               for judgement in [*sentence.annotations, *([sentence.final] if sentence.final else [])])


def _chunks(values: list) -> list[list]:
    return [values[i:i + IN_CHUNK] for i in range(0, len(values), IN_CHUNK)]


class _Importer:
    """One dataset import: the file's ids mapped to ids here; records added, merged or refused."""

    def __init__(self, document: Dataset, collection_id: int | None = None, actor_id: int | None = None):
        self.collection_id, self.actor_id = collection_id, actor_id
        self.document, self.name, self.report = document, document.name, DatasetReport()
        self.next_ids: dict[str, int] = {}
        self.ceilings: dict[str, int] = {}  # the largest file id kept, per table
        self.users: dict[str, int] = {}  # lower-case username → user id here
        self.sources: dict[int, int] = {}  # the file's source id → source id here
        self.source_refs: dict[int, dict] = {}  # source id here → what audit events show of it
        self.events: list[dict] = []

    def run(self, on_progress: Callable[[int], None]) -> DatasetReport:
        """Add users and sources, then the articles in batches; the caller commits."""
        self._start_ids()
        self._users()
        self._sources()
        batch: list[ExportedArticle] = []
        for article in self.document.articles(on_progress):
            batch.append(article)
            if len(batch) >= BATCH_ARTICLES:
                self._articles(batch)
                batch = []
        self._articles(batch)
        self._flush_events()
        self._move_sequences()
        self.report.skipped, self.report.refused = self.report.articles_merged, self.report.articles_refused
        return self.report

    # --- ids ---

    def _start_ids(self) -> None:
        """A file's ids of one kind are kept where free here, unless one of them is past
        ``ID_KEEP_LIMIT``: then all of that kind get fresh ones (references remapped). A round
        trip keeps its ids, while an id such as 2,147,483,647 cannot push the id sequences to
        their end. New ids start past every id that can be kept."""
        for table, model in TABLES.items():
            here = db.session.scalar(select(func.max(model.id))) or 0
            in_file = self.document.max_ids.get(table, 0)
            self.ceilings[table] = ID_KEEP_LIMIT if in_file <= ID_KEEP_LIMIT else 0
            self.next_ids[table] = max(here, min(in_file, self.ceilings[table])) + 1

    def _new_id(self, table: str) -> int:
        self.next_ids[table] += 1
        return self.next_ids[table] - 1

    def _ids_here(self, table: str, wanted: list[int]) -> dict[int, int]:
        """The file's ids mapped to ids here: the same where free, new ones where taken."""
        model, taken = TABLES[table], set[int]()
        for chunk in _chunks(wanted):
            taken.update(db.session.scalars(select(model.id).where(model.id.in_(chunk))))
        ceiling = self.ceilings[table]
        return {file_id: self._new_id(table) if file_id in taken or file_id > ceiling else file_id
                for file_id in wanted}

    def _event(self, entity_type: str, entity_id: int, after: dict, before: dict | None = None) -> None:
        self.events.append({"at": utcnow(), "actor_id": self.actor_id, "entity_type": entity_type,
                            "entity_id": entity_id, "action": "import", "before": before,
                            "after": {**after, "file": self.name}})

    def _flush_events(self) -> None:
        if self.events:
            db.session.execute(insert(AuditEvent), self.events)
        self.events = []

    # --- users and sources ---

    def _users(self) -> None:
        """Map the people the file names to users here, creating disabled reviewers for the rest."""
        people = self.document.people
        for chunk in _chunks(list(people)):
            query = select(User.id, User.username).where(func.lower(User.username).in_(chunk))
            self.users.update((username.lower(), user_id) for user_id, username in db.session.execute(query))
        missing = [person for key, person in people.items() if key not in self.users]
        for person in missing:
            if not USERNAME.match(person.username):
                raise RecordError(self.name, person.where, f"{person.username!r} has no account here and cannot "
                                  "be one (2 to 80 letters, digits, '.', '_' or '-')")
        kept = self._ids_here("user", [person.id for person in missing if person.id is not None])
        for person in missing:
            user_id = kept[person.id] if person.id is not None else self._new_id("user")
            # Nobody knows this password: the account exists for the record, disabled.
            password_hash = generate_password_hash(secrets.token_urlsafe(32), method=password_method())
            db.session.execute(insert(User), [{"id": user_id, "username": person.username, "role": "reviewer",
                                               "active": False, "password_hash": password_hash}])
            self.users[person.username.lower()] = user_id
            self._event("user", user_id, {"username": person.username, "role": "reviewer", "active": False})
            self.report.users_created += 1

    def _sources(self) -> None:
        """Map the file's sources to sources here by name or alias, registering the missing ones.
        A file's source matches an approved one here, or (a proposal) its proposer's own; a
        proposal comes in as its proposer's proposal, never approved by the way."""
        stored = {}  # names and aliases are one key space: a file's "Shoigu" is "Sergei Shoigu" here
        proposals = {}  # (proposer id, label key) → a reviewer's proposal here
        for row in db.session.execute(select(Source.id, Source.name, Source.kind, Source.aliases, Source.status,
                                             Source.proposed_by_id)):
            for label in (row.name, *(row.aliases or [])):
                if row.status == "approved":
                    stored[name_key(label)] = row
                else:
                    proposals[(row.proposed_by_id, name_key(label))] = row
        fresh = []
        for source in self.document.sources:
            proposer = self.users[source.proposed_by.lower()] if source.proposed_by else None
            found = stored.get(name_key(source.name)) or proposals.get((proposer, name_key(source.name)))
            if found is None:
                fresh.append(source)
                continue
            self.sources[source.id] = found.id
            self.source_refs[found.id] = {"id": found.id, "name": found.name, "kind": found.kind}
            self.report.sources_merged += 1
        kept = self._ids_here("source", [source.id for source in fresh])
        for source in fresh:
            draft = source_service.SourceDraft(source.name, source.kind, source.aliases, source.description)
            try:
                values = source_service.validate(draft)
            except source_service.SourceError as error:
                raise RecordError(self.name, source.where, f"cannot be registered here: {error}") from None
            source_id = kept[source.id]
            proposer = self.users[source.proposed_by.lower()] if source.proposed_by else None
            values.update(status="proposed" if proposer else "approved", proposed_by_id=proposer)
            db.session.execute(insert(Source), [{"id": source_id, **values, "created_at": source.created_at,
                                                 "updated_at": source.updated_at}])
            self.sources[source.id] = source_id
            self.source_refs[source_id] = {"id": source_id, "name": values["name"], "kind": values["kind"]}
            self._event("source", source_id, values)
            self.report.sources_added += 1

    # --- articles ---

    def _articles(self, batch: list[ExportedArticle]) -> None:
        """Add or merge a batch of articles, then their annotations and final labels."""
        if not batch:
            return
        stored: dict[str, int] = {}
        for chunk in _chunks([article.record.text_sha256 for article in batch]):
            stored.update(db.session.execute(
                select(Article.text_sha256, Article.id).where(Article.text_sha256.in_(chunk))).all())
        sentences: dict[int, int] = {}  # the file's sentence id → sentence id here
        fresh = [article for article in batch if article.record.text_sha256 not in stored]
        added = self._add_articles(fresh, sentences)
        merged = self._merge_articles([(article, stored[article.record.text_sha256]) for article in batch
                                       if article.record.text_sha256 in stored], sentences)
        self._annotations(added + merged, sentences, {article_id for _, article_id in merged})
        self._tasks(added + merged, {article_id for _, article_id in merged})
        self._finals(added + merged, sentences, {article_id for _, article_id in merged})
        claim_index.index_sentences(sentences[s.id] for article, _ in added + merged for s in article.sentences
                                    if _judged_a_claim(s))
        if self.collection_id is not None:
            collections.add_articles(self.collection_id, [article_id for _, article_id in added + merged])
        self._flush_events()

    def _add_articles(self, fresh: list[ExportedArticle], sentences: dict[int, int]) -> list[tuple]:
        kept = self._ids_here("article", [article.id for article in fresh])
        sentences.update(self._ids_here("sentence", [s.id for article in fresh for s in article.sentences]))
        rows: list[dict] = []
        sentence_rows: list[dict] = []
        for article in fresh:
            record = article.record
            rows.append({**record.columns(), "id": kept[article.id], "created_at": article.created_at,
                         "sentence_count": len(article.sentences)})
            sentence_rows.extend({"id": sentences[s.id], "article_id": kept[article.id], "position": s.position,
                                  "start": s.start, "end": s.end, "kind": s.kind} for s in article.sentences)
        if rows:
            db.session.execute(insert(Article), rows)
        if sentence_rows:
            db.session.execute(insert(Sentence), sentence_rows)
            claim_search.index_articles({kept[article.id]: article.record.text for article in fresh})
        self.report.articles += len(rows)
        self.report.sentences += len(sentence_rows)
        return [(article, kept[article.id]) for article in fresh]

    def _merge_articles(self, pairs: list[tuple[ExportedArticle, int]], sentences: dict[int, int]) -> list[tuple]:
        """Articles stored with the same text merge when their sentences are the stored ones."""
        at_position = {}
        for chunk in _chunks([article_id for _, article_id in pairs]):
            for row in db.session.execute(select(Sentence.id, Sentence.article_id, Sentence.position, Sentence.start,
                                                 Sentence.end, Sentence.kind).where(Sentence.article_id.in_(chunk))):
                at_position[row.article_id, row.position] = row
        merged = []
        for article, article_id in pairs:
            rows = [at_position.get((article_id, s.position)) for s in article.sentences]
            differs = next((s for s, row in zip(article.sentences, rows, strict=True)
                            if row is None or (row.start, row.end, row.kind) != (s.start, s.end, s.kind)), None)
            if differs is not None:
                self._refuse_article(article, f"the article stored with this text (id {article_id}) is segmented "
                                     f"differently (at {differs.where}); nothing of it was merged")
                continue
            sentences.update((s.id, row.id) for s, row in zip(article.sentences, rows, strict=True) if row)
            merged.append((article, article_id))
        self.report.articles_merged += len(merged)
        return merged

    def _refuse_article(self, article: ExportedArticle, message: str) -> None:
        self.report.articles_refused += 1
        self.report.annotations_refused += sum(len(s.annotations) for s in article.sentences)
        self.report.finals_refused += sum(s.final is not None for s in article.sentences)
        self.report.refuse(article.where, message)

    # --- annotations ---

    def _annotations(self, kept: list[tuple], sentences: dict[int, int], merged: set[int]) -> None:
        """Add the annotations missing here; the same content is unchanged, a different one a new version."""
        stored = {}
        for chunk in _chunks([sentences[s.id] for article, article_id in kept if article_id in merged
                              for s in article.sentences]):
            query = select(Annotation.id, *(getattr(Annotation, column) for column in ANNOTATION_COLUMNS))
            for row in db.session.execute(query.where(Annotation.sentence_id.in_(chunk))):
                stored[row.sentence_id, row.reviewer_id] = row
        fresh = []
        for article, _ in kept:
            for sentence in article.sentences:
                for annotation in sentence.annotations:
                    values = self._annotation_values(annotation, sentences[sentence.id])
                    here = stored.get((values["sentence_id"], values["reviewer_id"]))
                    if here is None:
                        fresh.append((annotation, values))
                    elif all(getattr(here, column) == values[column] for column in ANNOTATION_CONTENT):
                        self.report.annotations_merged += 1
                    else:
                        self._new_version(here._asdict(), values)
        kept_ids = self._ids_here("annotation", [annotation.id for annotation, _ in fresh])
        rows = [{"id": kept_ids[annotation.id], **values} for annotation, values in fresh]
        if rows:
            db.session.execute(insert(Annotation), rows)
        for added in rows:
            self._event("annotation", added["id"], self._annotation_event(added))
        self.report.annotations_added += len(rows)

    def _new_version(self, here: dict, values: dict) -> None:
        """The file's content as the next version of the annotation here, by the importing admin."""
        changed = {column: values[column] for column in ANNOTATION_CONTENT}
        changed.update(version=here["version"] + 1, updated_at=utcnow())
        written = db.session.execute(update(Annotation).where(Annotation.id == here["id"],
                                                              Annotation.version == here["version"]).values(changed))
        if not isinstance(written, CursorResult) or written.rowcount != 1:
            raise changed_meanwhile(self.name)  # saved by its reviewer during the import
        self._event("annotation", here["id"], self._annotation_event({**here, **changed}),
                    before=self._annotation_event(here))
        self.report.annotations_updated += 1

    def _annotation_values(self, annotation: ExportedAnnotation, sentence_id: int) -> dict:
        span = annotation.span or {"start": None, "end": None}
        return {"sentence_id": sentence_id, "reviewer_id": self.users[annotation.reviewer.lower()],
                "claim_type": annotation.claim_type, "source_id": self._source(annotation.source_id),
                "status": annotation.status, "note": annotation.note, "evidence": annotation.evidence,
                "span_start": span["start"], "span_end": span["end"], "version": annotation.version,
                "created_at": annotation.created_at, "updated_at": annotation.updated_at}

    def _annotation_event(self, row: dict) -> dict:
        """What the workspace's history shows of an annotation (as ``annotations.serialize``)."""
        span = None if row["span_start"] is None else {"start": row["span_start"], "end": row["span_end"]}
        return {"sentence_id": row["sentence_id"], "version": row["version"], "claim_type": row["claim_type"],
                "status": row["status"], "source": self._source_ref(row["source_id"]),
                "source_id": row["source_id"], "span": span, "note": row["note"], "evidence": row["evidence"],
                "updated_at": row["updated_at"].isoformat()}

    def _source(self, file_id: int | None) -> int | None:
        return None if file_id is None else self.sources[file_id]

    def _source_ref(self, source_id: int | None) -> dict | None:
        """What audit events show of a source here (one the file does not name is read once)."""
        if source_id is not None and source_id not in self.source_refs:
            row = db.session.execute(select(Source.id, Source.name, Source.kind).where(Source.id == source_id)).one()
            self.source_refs[source_id] = {"id": row.id, "name": row.name, "kind": row.kind}
        return None if source_id is None else self.source_refs[source_id]

    # --- tasks ---

    def _tasks(self, kept: list[tuple], merged: set[int]) -> None:
        """A task for each (article, reviewer) with annotations in the file, in the file's state,
        unless one is here (kept as it is); no due date."""
        here: set[tuple[int, int]] = set()
        for chunk in _chunks(list(merged)):
            here.update((article_id, reviewer_id) for article_id, reviewer_id in db.session.execute(
                select(Task.article_id, Task.reviewer_id).where(Task.article_id.in_(chunk))))
        rows = []
        for article, article_id in kept:
            for reviewer, state in article.task_states.items():
                pair = (article_id, self.users[reviewer])
                if pair not in here:
                    here.add(pair)
                    rows.append({"id": self._new_id("task"), "article_id": article_id, "reviewer_id": pair[1],
                                 "state": state, "due_date": None, "return_reason": None})
        if rows:
            db.session.execute(insert(Task), rows)
        for row in rows:
            self._event("task", row["id"], {key: value for key, value in row.items() if key != "id"})
        self.report.tasks_added += len(rows)

    # --- final labels ---

    def _finals(self, kept: list[tuple], sentences: dict[int, int], merged: set[int]) -> None:
        """Add final labels where the sentence has none here; identical ones merge, others are refused."""
        wanted = [(article_id, sentence) for article, article_id in kept
                  for sentence in article.sentences if sentence.final is not None]
        here, reviewed = self._finals_here([sentences[s.id] for article_id, s in wanted if article_id in merged],
                                           merged)
        rows = []
        for article_id, sentence in wanted:
            final, sentence_id = sentence.final, sentences[sentence.id]
            mine, theirs = self._final_key(final), here.get(sentence_id)
            # A unanimous label is derived: where the article has reviewers here, theirs stands.
            if (theirs is not None and _untimed(theirs) == _untimed(mine)) or (
                    final.method == "unanimous" and article_id in reviewed):
                self.report.finals_merged += 1
            elif theirs is not None:
                self.report.finals_refused += 1
                self.report.refuse(final.where, "differs from the final label here")
            else:
                claim_type, source_id, status, method, decided_by_id, decided_at, review_url = mine
                rows.append({"id": self._new_id("final_label"), "sentence_id": sentence_id,
                             "claim_type": claim_type, "source_id": source_id, "status": status, "method": method,
                             "decided_by_id": decided_by_id, "decided_at": decided_at, "review_url": review_url})
                self._event("final_label", rows[-1]["id"], {
                    "sentence_id": sentence_id, "claim_type": claim_type, "source_id": source_id, "status": status,
                    "method": method, "decided_by": final.decided_by, "decided_at": decided_at.isoformat(),
                    **({"review_url": review_url} if review_url else {})})
        if rows:
            db.session.execute(insert(FinalLabel), rows)
        self.report.finals_added += len(rows)

    def _final_key(self, final: ExportedFinal) -> tuple:
        decided_by = None if final.decided_by is None else self.users[final.decided_by.lower()]
        return (final.claim_type, self._source(final.source_id), final.status, final.method, decided_by,
                final.decided_at, final.review_url)

    def _finals_here(self, sentence_ids: list[int], article_ids: set[int]) -> tuple[dict, set]:
        """The final label of each sentence here, stored or derived as the export derives it,
        and the articles that have reviewers (tasks) here."""
        tasks: dict[int, dict[int, str]] = {}  # article id → reviewer id → the state of their task
        for chunk in _chunks(list(article_ids)):
            for article_id, reviewer_id, state in db.session.execute(
                    select(Task.article_id, Task.reviewer_id, Task.state).where(Task.article_id.in_(chunk))):
                tasks.setdefault(article_id, {})[reviewer_id] = state
        stored: dict[int, dict] = {}
        annotations: dict[int, list] = {}
        article_of: dict[int, int] = {}
        for chunk in _chunks(sentence_ids):
            for label, article_id in db.session.execute(
                    select(FinalLabel, Sentence.article_id).join(Sentence, Sentence.id == FinalLabel.sentence_id)
                    .where(FinalLabel.sentence_id.in_(chunk))):
                article_of[label.sentence_id] = article_id
                stored[label.sentence_id] = {"claim_type": label.claim_type, "source_id": label.source_id,
                                             "status": label.status, "method": label.method,
                                             "decided_by": label.decided_by_id, "decided_at": label.decided_at,
                                             "review_url": label.review_url}
            query = (select(Annotation.sentence_id, Annotation.reviewer_id, Annotation.claim_type,
                            Annotation.source_id, Annotation.status, Annotation.updated_at, Sentence.article_id)
                     .join(Sentence, Sentence.id == Annotation.sentence_id).where(Annotation.sentence_id.in_(chunk)))
            for row in db.session.execute(query):
                article_of[row.sentence_id] = row.article_id
                annotations.setdefault(row.sentence_id, []).append({
                    "reviewer_id": row.reviewer_id, "claim_type": row.claim_type, "source_id": row.source_id,
                    "status": row.status, "updated_at": row.updated_at.isoformat()})
        labels = {}
        for sentence_id in stored.keys() | annotations.keys():
            final = dataset.final_label(annotations.get(sentence_id, []),
                                        tasks.get(article_of[sentence_id], {}), stored.get(sentence_id))
            if final is not None:
                decided_at = final["decided_at"]
                labels[sentence_id] = (final["claim_type"], final["source_id"], final["status"], final["method"],
                                       final["decided_by"], decided_at if isinstance(decided_at, datetime)
                                       else datetime.fromisoformat(decided_at), final.get("review_url"))
        return labels, set(tasks)

    # --- PostgreSQL ---

    def _move_sequences(self) -> None:
        """On PostgreSQL, move each id sequence past the largest id (never back), so that later
        inserts do not collide with the ids this import gave explicitly."""
        if db.session.get_bind().dialect.name != "postgresql":
            return
        quote = db.session.get_bind().dialect.identifier_preparer.quote
        for table in TABLES:  # our own table names, quoted: no outside text reaches the SQL
            db.session.execute(text(
                f"SELECT setval(seq, top) FROM (SELECT pg_get_serial_sequence(:table, 'id') AS seq, "  # noqa: S608
                f"(SELECT max(id) FROM {quote(table)}) AS top) AS s "
                "WHERE top > COALESCE(pg_sequence_last_value(seq::regclass), 0)"), {"table": quote(table)})
