"""Search every claim (issue 15, point 4): full-text search over all sentences, narrowed by
collection, claim type, status, source and publication date, for the /search page and
``GET /api/v1/claims``.

The index. One row per sentence in a table that is not a model (migration 0010): an FTS5 table
``sentence_fts`` on SQLite (with its own copy of the text), ``sentence_search`` (a GIN-indexed
``tsvector``) on PostgreSQL. Rows are written from Python where sentences are written (the
imports, the dataset import, segmentation corrections) in the writer's transaction, in bulk: the
text is at hand there, and cutting it in SQL would walk a long article's text once per sentence.
A sentence's row goes with it (a trigger on SQLite, a cascading foreign key on PostgreSQL), so an
article's delete takes its rows along.

Words. A word is a run of letters and digits, in any case: "3.5%" is 3 and 5, "shop.example.com"
is shop, example and com, on both databases (FTS5's ``unicode61`` cuts so; PostgreSQL is given the
words cut here, ``words_of``). Accents count (é is not e). ``q`` is cut the same way, and on SQLite
each word is quoted as an FTS5 string, so nothing typed is FTS5 syntax (quotes, ``*``, ``NEAR``,
``-``, parentheses, ``:``); PostgreSQL gets the words through ``plainto_tsquery``, which has no
syntax. A sentence matches when it holds every word. No stemming and no stop words (FTS5's
``unicode61``, PostgreSQL's ``simple``): the articles are in many languages, and one language's
stemmer or stop list would mangle the others. Without words, filters alone choose sentences (by
id); with neither, there is nothing to search.

Decided values, what the label filters match. A sentence's label is settled when it has a final
label that stands (``dataset.final_label``'s rule: an admin's decision, or an imported unanimous
one while the article has no tasks here). A settled sentence matches by its final label alone:
the desk's decision overrides what any reviewer said. An unsettled one matches when one
annotation that counts has the values asked for, all of them on that one annotation: for an
admin, those of reviewers whose task on the article is handed in (submitted or accepted, as the
export counts them). So a desk lead asking for ``status=refuted`` sees the decided refutations
and the sentences some reviewer judged refuted that are not decided yet, the disputed ones
included. A reviewer's filters match their own annotations only, and their results show neither
final labels nor anyone else's work (final labels are the admins', as everywhere else). Each
admin's result shows its final label (settled or unanimous) and those annotations.

Order and cursor. By relevance (FTS5's bm25, PostgreSQL's ts_rank), then sentence id; without
words, by sentence id. The cursor is the last sentence id seen, as in every API list: the next
page starts after that sentence's place in the order, its score computed afresh inside the same
statement (never a float sent through text and back), so pages neither overlap nor skip. A cursor
whose sentence no longer matches the words (deleted, or cut by a correction) is refused.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, column, exists, func, literal_column, or_, select, table
from sqlalchemy.orm import aliased

from annotate import dataset
from annotate.errors import DomainError
from annotate.extensions import db
from annotate.labels import CLAIM_TYPES, HANDED_IN_STATES, STATUSES
from annotate.models import Annotation, Article, FinalLabel, Sentence, Source, Task, User
from annotate.numbers import day_end, day_start, parse_day, parse_id
from annotate.services import collections as collection_service
from annotate.services import sources as source_service

MAX_QUERY = 400
# Letters and digits: what both databases' tokenizers keep as words ("_" separates, as there).
_WORD = re.compile(r"[^\W_]+")
IN_CHUNK = 500


def outside_the_models(name: str) -> bool:
    """Whether a table belongs to the search index (FTS5 adds shadow tables ``sentence_fts_*``):
    made by migration 0010, not by a model."""
    return name in ("sentence_fts", "sentence_search") or name.startswith("sentence_fts_")


class SearchError(DomainError):
    """A search asked for in a way that cannot be read; the message says which."""

    kind = "query"
    code = "bad_request"


# --- the index ----------------------------------------------------------------------------------


class _Fts5:
    """SQLite: FTS5 (the rowid the sentence id), bm25 the relevance (lower is better). Its
    ``unicode61`` tokenizer keeps letters and digits as words (categories L*, N*, Co), as
    ``words_of`` does, and folds case."""

    table = table("sentence_fts", column("rowid"), column("body"))
    key, body = table.c.rowid, table.c.body
    delete = "DELETE FROM sentence_fts WHERE rowid = ?"

    @staticmethod
    def add(rows: list[tuple[int, str]]) -> None:
        """Index (sentence id, text) rows: the driver's executemany (a long article's are many)."""
        db.session.connection().exec_driver_sql("INSERT INTO sentence_fts (rowid, body) VALUES (?, ?)", rows)

    def matches(self, words: list[str]):
        phrases = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        return literal_column("sentence_fts").op("MATCH")(phrases)

    def score(self, words: list[str]):
        return -func.bm25(literal_column("sentence_fts"))


class _Postgres:
    """PostgreSQL: the ``tsvector`` of a sentence's words, ts_rank the relevance. The words are
    cut here (``words_of``): PostgreSQL's parser would keep "3.5" or "example.com" whole and drop
    "<b>", and lower-case only ASCII under the C locale. The text is not kept twice: a page of
    results cuts it from the article (``substr`` reads the stored text up to the sentence only)."""

    table = table("sentence_search", column("sentence_id"), column("document"))
    key = table.c.sentence_id
    body = func.substr(Article.text, Sentence.start + 1, Sentence.end - Sentence.start)
    delete = "DELETE FROM sentence_search WHERE sentence_id = %s"
    # A statement per few thousand rows, its values in two arrays: a row at a time, a long
    # article's import took twice as long.
    insert = ("INSERT INTO sentence_search (sentence_id, document) SELECT id, to_tsvector('simple', words) "
              "FROM unnest(%s::integer[], %s::text[]) AS row (id, words)")
    rows_per_statement = 5000

    def add(self, rows: list[tuple[int, str]]) -> None:
        """Index (sentence id, text) rows."""
        for at in range(0, len(rows), self.rows_per_statement):
            chunk = rows[at:at + self.rows_per_statement]
            db.session.connection().exec_driver_sql(self.insert, (
                [sentence_id for sentence_id, _ in chunk], [words_of(body) for _, body in chunk]))

    def _query(self, words: list[str]):
        return func.plainto_tsquery(literal_column("'simple'"), " ".join(words))

    def matches(self, words: list[str]):
        return self.table.c.document.op("@@")(self._query(words))

    def score(self, words: list[str]):
        return func.ts_rank(self.table.c.document, self._query(words))


def _index() -> _Fts5 | _Postgres:
    return _Fts5() if db.engine.dialect.name == "sqlite" else _Postgres()


def words_of(body: str) -> str:
    """The words of a text (runs of letters and digits), in lower case, a space apart."""
    return " ".join(_WORD.findall(body.lower()))


def index_articles(texts: Mapping[int, str]) -> None:
    """Index every sentence of these new articles (id → text), in the current transaction."""
    ids = list(texts)
    rows: list[tuple[int, str]] = []
    for chunk in (ids[i:i + IN_CHUNK] for i in range(0, len(ids), IN_CHUNK)):
        found = db.session.execute(select(Sentence.id, Sentence.article_id, Sentence.start, Sentence.end)
                                   .where(Sentence.article_id.in_(chunk)))
        rows.extend((sentence_id, texts[article_id][start:end]) for sentence_id, article_id, start, end in found)
    if rows:
        _index().add(rows)


def reindex_sentences(sentences: Iterable[tuple[int, str]]) -> None:
    """Replace the index rows of these sentences (id, text): their spans changed."""
    rows = list(sentences)
    if rows:
        index = _index()
        db.session.connection().exec_driver_sql(index.delete, [(sentence_id,) for sentence_id, _ in rows])
        index.add(rows)


# --- reading a search ---------------------------------------------------------------------------


@dataclass
class ClaimQuery:
    """What a search asks for: its words and filters (ids found, values checked)."""

    q: str = ""
    words: list[str] = field(default_factory=list)
    collection_id: int | None = None
    claim_type: str | None = None
    status: str | None = None
    source_id: int | None = None
    since: date | None = None
    until: date | None = None

    @property
    def filtered(self) -> bool:
        """True when any filter is set."""
        return any(value is not None for value in (self.collection_id, self.claim_type, self.status,
                                                   self.source_id, self.since, self.until))

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for: no words and no filter."""
        return not self.words and not self.filtered


def read_query(args: Mapping[str, str], user: User) -> ClaimQuery:
    """The search that query arguments ask for (``q``, ``collection``, ``claim_type``, ``status``,
    ``source``, ``since``, ``until``), or ``SearchError`` saying what is wrong."""
    q = args.get("q", "")
    if len(q) > MAX_QUERY:
        raise SearchError(f"q may hold at most {MAX_QUERY} characters (it has {len(q):,}): search for fewer words")
    words = words_of(q).split()
    if q.strip() and not words:
        raise SearchError("q holds no word to search for (letters or digits)")
    query = ClaimQuery(q=q.strip(), words=list(dict.fromkeys(words)),
                       collection_id=_collection(args.get("collection", "")),
                       claim_type=_one_of(args, "claim_type", CLAIM_TYPES), status=_one_of(args, "status", STATUSES),
                       source_id=_source(args.get("source", ""), user),
                       since=_day(args, "since"), until=_day(args, "until"))
    if query.since and query.until and query.since > query.until:
        raise SearchError("since must not be after until")
    return query


def _collection(name: str) -> int | None:
    try:
        return collection_service.filter_arg(name)
    except collection_service.UnknownCollection as unknown:
        raise SearchError(unknown.message) from None


def _one_of(args: Mapping[str, str], name: str, values: tuple[str, ...]) -> str | None:
    value = args.get(name, "").strip()
    if value and value not in values:
        raise SearchError(f"{name} must be one of {', '.join(values)}")
    return value or None


def _day(args: Mapping[str, str], name: str) -> date | None:
    value = args.get(name, "").strip()
    day = parse_day(value) if value else None
    if value and day is None:
        raise SearchError(f"{name} must be a date YYYY-MM-DD")
    return day


def _source(label: str, user: User) -> int | None:
    """The source a ``source`` argument names (name, alias or id) among those ``user`` may see."""
    label = label.strip()
    if not label:
        return None
    for_reviewer = None if user.is_admin else user.id
    found = source_service.source_named(label, for_reviewer=for_reviewer)
    number = parse_id(label)
    if found is None and number is not None:
        found = source_service.usable_source(number, for_reviewer)
    if found is None:
        raise SearchError(f"no source named {label[:80]!r} in the registry")
    return found.id


# --- searching ----------------------------------------------------------------------------------


@dataclass
class Hit:
    """A sentence found: where it is, its text, where the words are in it (``highlights``,
    offsets into ``text``), its final label and the annotations that count (see above)."""

    sentence_id: int
    article_id: int
    article_title: str
    position: int
    text: str
    highlights: list[tuple[int, int]]
    final: dict | None = None
    labels: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The hit as the API shows it."""
        return {"sentence_id": self.sentence_id, "article_id": self.article_id, "article_title": self.article_title,
                "position": self.position, "text": self.text, "highlights": [list(span) for span in self.highlights],
                "final": self.final, "labels": self.labels}

    def parts(self) -> list[tuple[str, bool]]:
        """The text cut into pieces, each with whether it is a word searched for (for the page)."""
        pieces, at = [], 0
        for start, end in self.highlights:
            pieces += [(self.text[at:start], False), (self.text[start:end], True)]
            at = end
        return [piece for piece in [*pieces, (self.text[at:], False)] if piece[0]]


def search(query: ClaimQuery, user: User, cursor: int, limit: int) -> list[Hit]:
    """Up to ``limit`` sentences that match ``query`` and that ``user`` may read (admins: all;
    reviewers: those of articles assigned to them), after sentence ``cursor`` (0: from the start)
    in the search's order."""
    if query.empty:
        raise SearchError("send q (words to search for) or at least one filter")
    index = _index()
    statement = (select(Sentence.id, Sentence.article_id, Sentence.position, Article.display_title, index.body)
                 .select_from(index.table).join(Sentence, Sentence.id == index.key)
                 .join(Article, Article.id == Sentence.article_id).where(*_conditions(query, user)).limit(limit))
    if query.words:
        score = index.score(query.words)
        statement = statement.where(index.matches(query.words)).order_by(score.desc(), Sentence.id)
        if cursor:
            statement = statement.where(_after(index, query.words, cursor, score, user))
    else:
        statement = statement.where(Sentence.id > cursor).order_by(Sentence.id)
    hits = [Hit(sentence_id, article_id, title, position, body, highlights(body, query.words))
            for sentence_id, article_id, position, title, body in db.session.execute(statement)]
    _add_labels(hits, user)
    return hits


def _readable(user: User) -> list[ColumnElement[bool]]:
    """SQL conditions on the sentence: ``user`` may read it (admins: all; reviewers: the sentences
    of articles assigned to them)."""
    if user.is_admin:
        return []
    return [exists().where(Task.article_id == Sentence.article_id, Task.reviewer_id == user.id)]


def _after(index: _Fts5 | _Postgres, words: list[str], cursor: int, score, user: User):
    """SQL condition: the row comes after sentence ``cursor`` in the order (score, then id). A
    cursor the user may not read is refused like one that no longer matches (it says nothing of
    the sentence's words)."""
    if db.session.scalar(select(index.key).join(Sentence, Sentence.id == index.key)
                         .where(index.matches(words), index.key == cursor, *_readable(user))) is None:
        raise SearchError("the cursor's sentence no longer matches these words (it was changed or deleted): "
                          "start again from the first page")
    placed = (select(index.score(words)).select_from(index.table)
              .where(index.matches(words), index.key == cursor).correlate(None).scalar_subquery())
    return or_(score < placed, and_(score == placed, Sentence.id > cursor))


def _conditions(query: ClaimQuery, user: User) -> list[ColumnElement[bool]]:
    """SQL conditions on the sentence (and its article) for the filters and the user's access."""
    conditions = _readable(user)
    if query.collection_id is not None:
        conditions.append(collection_service.in_collection(query.collection_id, Sentence.article_id))
    if query.since is not None:
        conditions.append(Article.published_at >= day_start(query.since))
    end = day_end(query.until) if query.until is not None else None
    if end is not None:
        conditions.append(Article.published_at < end)
    labelled = _labelled(query, user)
    return conditions if labelled is None else [*conditions, labelled]


def _labelled(query: ClaimQuery, user: User) -> ColumnElement[bool] | None:
    """SQL condition for the label filters: the standing final label has the values, or, with
    none, one annotation that counts has them all."""
    wanted = {name: value for name, value in (("claim_type", query.claim_type), ("status", query.status),
                                              ("source_id", query.source_id)) if value is not None}
    if not wanted:
        return None
    if not user.is_admin:  # a reviewer's own annotation (final labels are the admins')
        return exists().where(Annotation.sentence_id == Sentence.id, Annotation.reviewer_id == user.id,
                              *(getattr(Annotation, name) == value for name, value in wanted.items()))
    any_task = aliased(Task)
    # Nested two deep: the sentence is named for correlation (automatic correlation looks one level up).
    stands = or_(FinalLabel.method != "unanimous",
                 ~exists().where(any_task.article_id == Sentence.article_id).correlate(Sentence))
    settled = exists().where(FinalLabel.sentence_id == Sentence.id, stands)
    decided = exists().where(FinalLabel.sentence_id == Sentence.id, stands,
                             *(getattr(FinalLabel, name) == value for name, value in wanted.items()))
    handed_in = aliased(Task)
    counts = exists().where(handed_in.article_id == Sentence.article_id,
                            handed_in.reviewer_id == Annotation.reviewer_id,
                            handed_in.state.in_(HANDED_IN_STATES)).correlate(Sentence, Annotation)
    judged = exists().where(Annotation.sentence_id == Sentence.id, counts,
                            *(getattr(Annotation, name) == value for name, value in wanted.items()))
    return or_(decided, and_(~settled, judged))


def highlights(body: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the words searched for are in ``body`` (start, end), in any case."""
    wanted = {word.lower() for word in words}
    return [found.span() for found in _WORD.finditer(body) if found.group().lower() in wanted] if wanted else []


def _add_labels(hits: list[Hit], user: User) -> None:
    """Give each hit its final label and the annotations that count (four queries a page)."""
    if not hits:
        return
    ids = [hit.sentence_id for hit in hits]
    tasks: dict[int, dict[int, str]] = {}  # article → reviewer → the state of their task
    for article_id, reviewer_id, state in db.session.execute(select(Task.article_id, Task.reviewer_id, Task.state)
                                                             .where(Task.article_id.in_({h.article_id for h in hits}))):
        tasks.setdefault(article_id, {})[reviewer_id] = state
    stored = {label.sentence_id: _stored(label) for label in db.session.scalars(
        select(FinalLabel).where(FinalLabel.sentence_id.in_(ids)))}
    annotations: dict[int, list[dict]] = {}
    for row in db.session.execute(
            select(Annotation.sentence_id, Annotation.reviewer_id, Annotation.claim_type, Annotation.source_id,
                   Annotation.status, Annotation.updated_at, User.username.label("reviewer"))
            .join(User, User.id == Annotation.reviewer_id).where(Annotation.sentence_id.in_(ids))
            .order_by(User.username)):
        annotations.setdefault(row.sentence_id, []).append(row._asdict())
    names = _source_names({a["source_id"] for found in annotations.values() for a in found}
                          | {label["source_id"] for label in stored.values()})
    for hit in hits:
        here, found = tasks.get(hit.article_id, {}), annotations.get(hit.sentence_id, [])
        final = dataset.final_label(found, here, stored.get(hit.sentence_id))
        if final is not None and user.is_admin:  # final labels are the admins'
            hit.final = {**_values(final, names), "method": final["method"]}
        hit.labels = [{"reviewer": a["reviewer"], **_values(a, names)} for a in found if _counts(a, here, user)]


def _source_names(ids: set[int | None]) -> dict[int, str]:
    ids.discard(None)
    return dict(db.session.execute(select(Source.id, Source.name).where(Source.id.in_(ids))).all()) if ids else {}


def _stored(label: FinalLabel) -> dict:
    return {"claim_type": label.claim_type, "source_id": label.source_id, "status": label.status,
            "method": label.method}


def _values(label: Mapping[str, Any], names: dict[int, str]) -> dict:
    """A label's claim type, status and source (id and name; None: the article itself)."""
    return {"claim_type": label["claim_type"], "status": label["status"], "source_id": label["source_id"],
            "source": names.get(label["source_id"])}


def _counts(annotation: Mapping[str, Any], tasks: dict[int, str], user: User) -> bool:
    """Whether ``user`` sees the annotation among a hit's labels (and the filters count it)."""
    if not user.is_admin:
        return annotation["reviewer_id"] == user.id
    return tasks.get(annotation["reviewer_id"]) in HANDED_IN_STATES
