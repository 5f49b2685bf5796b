"""The desk's memory of claims (issue 15): claims are indexed as they are judged or imported,
grouped into clusters (``annotate.claims`` decides what is the same claim), matched for the
workspace ("Checked before"), and split or merged by admins.

What is indexed: a sentence once a reviewer or an admin calls it a claim (checkable or minor),
the claim sentences a dataset import brings, and every imported external fact-check. An entry
stays when the sentence's label changes later (the cluster still says where the words came
back); it goes with its sentence or fact-check.

The index is an inverted index in the database: ``claim_key`` holds each entry's keys (the
strings of ``claims.parse(text).keys``, hashed to 64 bits). Matching a text reads the posting
lists of its keys that are rare enough (a key that more than ``KEY_CAP`` entries hold says little
and would cost much to read; past it, a key is no longer written), keeps the ``CANDIDATES``
entries that share the most keys with it, and scores those with ``claims.similarity``. A new
entry joins the cluster of its best match, or starts one.
"""

import gc
import json
import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import cast

from flask import current_app
from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from annotate import claim_keys, claims
from annotate.errors import DomainError, NotFound
from annotate.extensions import db
from annotate.labels import CLAIM_TYPES
from annotate.models import (
    Annotation,
    Article,
    ClaimCluster,
    ClaimEntry,
    FactCheck,
    FinalLabel,
    Sentence,
    utcnow,
)
from annotate.services import audit
from annotate.services.transaction import transaction

# Claim types that put a sentence into the index (every type but "not a claim").
INDEXED_TYPES = tuple(kind for kind in CLAIM_TYPES if kind != "not_a_claim")
# A key held by more entries than this is left out of a match (too common to find a claim by).
KEY_CAP = 2000
# The entries sharing the most keys with a text that are scored against it.
CANDIDATES = 5
# The posting-list entries read for one text: its rarest keys first (names and numbers before
# common words), at least two keys, further ones while their lists fit in this many entries.
READ_BUDGET = 200
# A batch of at least this many claims is parsed in a second process (CLAIM_INDEX_PROCESSES)
# while this one matches and writes: parsing is a fifth of the work, and a large batch (an
# import, a backfill) has the chunks to keep both busy. A smaller one is parsed here.
PARALLEL_FROM = 2_000

# A text matched again (the workspace asks on every step) is parsed once; stored claims are read
# from their stored features, not parsed.
_parse = lru_cache(maxsize=2_000)(claims.parse)


@dataclass(frozen=True)
class Match:
    """An indexed claim that ``claims.same_claim`` finds the same as a text."""

    entry_id: int
    cluster_id: int
    score: float


class ClusterNotFound(NotFound):
    """No claim cluster with that id."""


class ClusterChangeInvalid(DomainError):
    """A split or merge that cannot be made (said why)."""


# --- matching ------------------------------------------------------------------------------------

# Read straight through the driver (``_raw``): a batch reads thousands of rows, and the driver's
# own tuples cost a fraction of result rows. ``{}``: the placeholders of a list of values.
_TERMS = "SELECT key, entries FROM claim_term WHERE key IN ({})"
_ENTRIES = "SELECT id, cluster_id, text, features FROM claim_entry WHERE id IN ({})"
# A posting list comes back as one row, its entry ids joined by commas (a row per entry costs
# a tuple per entry, and the collector's time with it).
_POSTINGS = {"sqlite": "SELECT key, group_concat(entry_id) FROM claim_key WHERE key IN ({}) GROUP BY key",
             "postgresql": "SELECT key, string_agg(entry_id::text, ',') FROM claim_key WHERE key IN ({}) GROUP BY key"}
IN_CHUNK = 500


def _raw(sql: str, values: list) -> list[tuple]:
    """The rows of ``sql`` for ``values``, run on the session's connection (in its transaction)."""
    connection = db.session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql.format(", ".join([marker] * len(values))), values)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _raw_many(sql: str, rows: list[tuple]) -> None:
    """Run ``sql`` (``{}``: its placeholders, one a column) for each of ``rows`` through the driver
    (the session's bind-parameter processing costs more than the writing of the index's rows)."""
    if not rows:
        return
    connection = db.session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql.format(", ".join([marker] * len(rows[0]))), rows)
    finally:
        cursor.close()


def _chunks(values: list) -> Iterable[list]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start:start + IN_CHUNK]


@dataclass
class _Known:
    """Index rows read for a batch of texts: the posting lists of each text's rarest keys, its
    candidates among the stored entries, and the claims of those candidates."""

    chosen: list[dict[int, int]] = field(default_factory=list)  # per text: the keys read, with weights
    stored: list[list[int]] = field(default_factory=list)  # per text: its candidates among stored entries
    postings: dict[int, list[int]] = field(default_factory=dict)  # of the entries indexed in this batch
    counts: dict[int, int] = field(default_factory=dict)  # key → entries holding it, before this batch
    entries: dict[int, tuple[int, claims.Claim]] = field(default_factory=dict)  # id → (cluster, claim)

    def read(self, hashed: list[dict[int, int]]) -> None:
        """Read what matching texts of these ``hashed`` keys needs, a few queries in all."""
        wanted = sorted({key for keys in hashed for key in keys})
        self.counts = {}
        for chunk in _chunks(wanted):
            self.counts.update(_raw(_TERMS, chunk))
        self.chosen = [_rarest(keys, self.counts) for keys in hashed]
        postings: dict[int, list[str]] = {}
        for chunk in _chunks(sorted({key for keys in self.chosen for key in keys if self.counts.get(key)})):
            for key, joined in _raw(_POSTINGS[db.engine.dialect.name], chunk):
                postings[key] = joined.split(",")  # ids as text: only the candidates become numbers
        self.stored = [list(map(int, _sharing(chosen, postings))) for chosen in self.chosen]
        self._load({entry for found in self.stored for entry in found})

    def _load(self, ids: set[int]) -> None:
        for chunk in _chunks(sorted(ids - self.entries.keys())):
            for entry_id, cluster_id, claim_text, stored in _raw(_ENTRIES, chunk):
                if isinstance(stored, str):  # JSON text where the driver does not decode it
                    stored = json.loads(stored)
                self.entries[entry_id] = (cluster_id, claims.from_features(claim_text, stored)
                                          or _parse(claim_text))

    def candidates(self, index: int) -> list[int]:
        """Text ``index``'s candidates: among the stored entries, and those indexed before it in
        this batch."""
        return self.stored[index] + _sharing(self.chosen[index], self.postings)

    def best(self, claim: claims.Claim, candidates: list[int]) -> list[Match]:
        """The ``candidates`` that are the same claim as ``claim``, best first."""
        found = []
        for entry_id in candidates:
            if entry_id not in self.entries:  # deleted since its key was read
                continue
            cluster_id, other = self.entries[entry_id]
            score = 1.0 if other.text == claim.text else claims.similarity(claim, other)
            if score >= claims.THRESHOLD:
                found.append(Match(entry_id, cluster_id, score))
        return sorted(found, key=lambda match: (-match.score, match.entry_id))

    def cluster_for(self, claim: claims.Claim, candidates: list[int], found: list[Match]) -> int | None:
        """The cluster a new claim joins: that of its best match, unless a claim of that cluster
        among its candidates conflicts with it (A is B, B is C, yet A is not C: another number,
        say); then the next best match's. None: a cluster of its own."""
        for match in found:
            members = [self.entries[entry][1] for entry in candidates
                       if entry in self.entries and self.entries[entry][0] == match.cluster_id]
            if not any(claims.conflicting(claim, member) for member in members):
                return match.cluster_id
        return None

    def add(self, entry_id: int, cluster_id: int, claim: claims.Claim, keys: dict[int, int]) -> None:
        """An entry indexed in this batch: later texts of the batch can match it (through any of
        its keys: a later text reads the lists of its own chosen keys)."""
        self.entries[entry_id] = (cluster_id, claim)
        for key in keys:
            self.postings.setdefault(key, []).append(entry_id)


def _sharing(chosen: dict[int, int], postings: dict[int, list]) -> list:
    """The entries of ``postings`` that share the most of a text's ``chosen`` keys, by weight,
    the CANDIDATES first."""
    shared = Counter(chain.from_iterable(postings[key] for key, weight in chosen.items() if key in postings
                                         for _ in range(weight)))
    least = 2 if sum(chosen.values()) >= 2 else 1  # claims.py never finds the same claim sharing fewer
    return [entry for entry, count in shared.most_common(CANDIDATES) if count >= least]


def _rarest(keys: dict[int, int], counts: dict[int, int]) -> dict[int, int]:
    """The keys (with their weights) whose posting lists are read for a text: never one held by
    more than KEY_CAP entries; the rarest first, at least two, more while their lists fit in
    READ_BUDGET entries."""
    usable = sorted((key for key in keys if counts.get(key, 0) <= KEY_CAP), key=lambda key: (counts.get(key, 0), key))
    chosen: dict[int, int] = {}
    budget = READ_BUDGET
    for key in usable:
        budget -= counts.get(key, 0)
        if budget < 0 and len(chosen) >= 2:
            break
        chosen[key] = keys[key]
    return chosen


def matches(text: str, exclude_article: int | None = None) -> list[Match]:
    """Indexed claims that are the same claim as ``text``, best first (none of the entries of
    the article ``exclude_article``, when given)."""
    claim = _parse(text)
    keys = claim_keys.hashed(claim)
    known = _Known()
    known.read([keys])
    found = known.best(claim, known.candidates(0))
    if exclude_article is None or not found:
        return found
    elsewhere = set(db.session.scalars(
        select(ClaimEntry.id).outerjoin(Sentence, Sentence.id == ClaimEntry.sentence_id)
        .where(ClaimEntry.id.in_([m.entry_id for m in found]),
               Sentence.article_id.is_(None) | (Sentence.article_id != exclude_article))))
    return [match for match in found if match.entry_id in elsewhere]


# --- indexing ------------------------------------------------------------------------------------

# Core statements on the tables (an ORM insert goes through the session's bulk machinery: 10x slower).
_CLUSTERS, _ENTRIES_TABLE = (cast(Table, model.__table__) for model in (ClaimCluster, ClaimEntry))
# New clusters in one statement: their ids in any order (a new cluster of a chunk is just one of them).
_NEW_CLUSTERS = insert(_CLUSTERS).returning(_CLUSTERS.c.id)


def _new_entries():
    """The insert of entries, returning (id, sentence_id, fact_check_id) of each written; none for
    an entry whose sentence or fact-check was indexed meanwhile by another writer (two reviewers
    calling one sentence a claim at once)."""
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    table = _ENTRIES_TABLE
    return (dialect.insert(table).on_conflict_do_nothing()
            .returning(table.c.id, table.c.sentence_id, table.c.fact_check_id))


_ADD_KEYS = "INSERT INTO claim_key (key, entry_id) VALUES ({})"
_COUNT_TERMS = ("INSERT INTO claim_term (key, entries) VALUES ({}) "
                "ON CONFLICT (key) DO UPDATE SET entries = claim_term.entries + excluded.entries")


@dataclass(frozen=True)
class _Item:
    """A claim to index: a sentence's or an external fact-check's."""

    text: str
    sentence_id: int | None = None
    fact_check_id: int | None = None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a chunk is matched and written: matching makes
    hundreds of thousands of short-lived sets and claims (freed by reference counting, no cycles
    among them), and each of them brings the next full collection of the whole heap nearer (a
    fifth to a third of the time of indexing went to collections). Cycles made meanwhile wait
    for the next collection after the chunk."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# A text as indexing needs it: its claim, its hashed keys with their weights, and the claim's
# features as stored.
_Parsed = tuple[claims.Claim, dict[int, int], list]
# The chunks in the worker's hands at once: enough to keep it ahead, few enough that its answers
# do not pile up in memory (a claim's answer costs ~2.5 KB until its chunk is indexed).
LOOK_AHEAD = 3
_pool_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_key = (0, 0)  # (processes, the process id that made it): a forked child makes its own


def _index(items: list[_Item]) -> int:
    """Index ``items``, each into the cluster of its best match (among the stored entries and
    those of the batch before it) or a new cluster; how many."""
    chunks = list(_chunks(items))
    with closing(_parsed_chunks(chunks, parallel=len(items) >= PARALLEL_FROM)) as parsed:
        for chunk in chunks:
            with _collector_paused():
                _index_chunk(chunk, next(parsed))
    return len(items)


def _parsed_here(chunk: list[_Item]) -> list[_Parsed]:
    """A chunk parsed in this process."""
    found = []
    for item in chunk:
        claim = _parse(item.text)
        found.append((claim, claim_keys.hashed(claim), claims.features(claim)))
    return found


def _parsed_chunks(chunks: list[list[_Item]], parallel: bool) -> Generator[list[_Parsed], None, None]:
    """Each chunk parsed, in order. With ``parallel`` the chunks after the first go to the worker
    process, LOOK_AHEAD at a time; a chunk the worker has parsed by the time it is wanted comes
    back as features (the claim is rebuilt from them), any other is parsed here: this process
    does not wait for a worker that is starting, behind, failing or dead."""
    pool = _parser_pool() if parallel else None
    pending: dict[int, Future] = {}

    def send(index: int) -> None:
        nonlocal pool
        if pool is None or index >= len(chunks):
            return
        try:
            pending[index] = pool.submit(claim_keys.parsed_for_index, [item.text for item in chunks[index]])
        except Exception:  # its process died since the last batch, or cannot start
            _stop_pool(pool)
            pool = None

    try:
        for index in range(1, 1 + LOOK_AHEAD):
            send(index)
        for index, chunk in enumerate(chunks):
            future = pending.pop(index, None)
            if index:  # the first is parsed here: chunks 1..LOOK_AHEAD went at the start
                send(index + LOOK_AHEAD)
            found = _from_worker(chunk, future) if future is not None else None
            yield found if found is not None else _parsed_here(chunk)
    finally:
        for future in pending.values():
            future.cancel()


def _from_worker(chunk: list[_Item], future: Future) -> list[_Parsed] | None:
    """The chunk as the worker parsed it; None (parse it here) when the worker has not yet, or
    failed on it (an error then shows here, with this process's traceback), or died, or runs
    other rules than this process (the code changed on disk since it started)."""
    if not future.done():
        future.cancel()
        return None
    try:
        found = future.result()
    except BrokenProcessPool:
        _stop_pool()
        return None
    except Exception:  # cancelled, or failed on this chunk
        return None
    parsed = []
    for item, (features, keys) in zip(chunk, found, strict=True):
        claim = claims.from_features(item.text, features)
        if claim is None:
            return None
        parsed.append((claim, keys, features))
    return parsed


def parser_processes() -> int:
    """How many worker processes parse large batches: CLAIM_INDEX_PROCESSES, by default one
    where the machine has a second CPU (0: none; none either where there is no forkserver)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return 0
    configured = current_app.config.get("CLAIM_INDEX_PROCESSES")
    return int((os.cpu_count() or 1) > 1) if configured is None else max(0, int(configured))


def _parser_pool() -> ProcessPoolExecutor | None:
    """This process's workers that parse large batches (each app process, a gunicorn worker say,
    has its own), started on first use and kept; None when parser_processes() is 0. They start
    from a fresh interpreter (forkserver), not as a copy of this process with its connections."""
    global _pool, _pool_key
    processes = parser_processes()
    if processes < 1:
        return None
    with _pool_lock:
        if _pool is None or _pool_key != (processes, os.getpid()):
            if _pool is not None and _pool_key[1] == os.getpid():
                _pool.shutdown(wait=False, cancel_futures=True)
            # (A pool made before this process forked is left alone: its threads stayed behind.)
            _pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("forkserver"))
            _pool_key = (processes, os.getpid())
        return _pool


def _stop_pool(pool: ProcessPoolExecutor | None = None) -> None:
    """Stop the workers (only if they are still ``pool``, when given): broken, or no longer wanted."""
    global _pool
    with _pool_lock:
        if _pool is None or (pool is not None and _pool is not pool):
            return
        if _pool_key[1] == os.getpid():
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def _index_chunk(chunk: list[_Item], parsed: list[_Parsed]) -> None:
    """Index a chunk: matched in memory first (an entry of the chunk has a provisional negative
    id, a new cluster a provisional negative number), then written a batch a table: its new
    clusters, its entries, its keys and their counts. (A function of its own: what the chunk
    made is freed when it returns, before the collector is on again, not examined by it.)"""
    known = _Known()
    known.read([keys for _, keys, _ in parsed])
    clusters: list[int] = []
    new_clusters = 0
    for index, (claim, keys, _) in enumerate(parsed):
        candidates = known.candidates(index)
        cluster_id = known.cluster_for(claim, candidates, known.best(claim, candidates))
        if cluster_id is None:
            new_clusters += 1
            cluster_id = -new_clusters
        clusters.append(cluster_id)
        known.add(-1 - index, cluster_id, claim, keys)
    _write(chunk, parsed, clusters, new_clusters, known.counts)


def _write(chunk: list[_Item], parsed: list[_Parsed], clusters: list[int],
           new_clusters: int, counts: dict[int, int]) -> None:
    """Write a matched chunk: ``clusters`` the cluster of each item (-n: the n-th new one). A key
    that more than KEY_CAP entries held before (``counts``) is written no more, neither in its
    posting list nor in its count: it is never read again (counts only grow; what a count past
    KEY_CAP says is only that it is past it)."""
    now = utcnow()
    made = (db.session.execute(_NEW_CLUSTERS, [{"created_at": now}] * new_clusters).scalars().all()
            if new_clusters else [])
    rows = [{"sentence_id": item.sentence_id, "fact_check_id": item.fact_check_id,
             "cluster_id": made[-1 - cluster_id] if cluster_id < 0 else cluster_id,
             "text": item.text, "features": features, "indexed_at": now}
            for item, (_, _, features), cluster_id in zip(chunk, parsed, clusters, strict=True)]
    written = {(sentence_id, fact_check_id): entry_id for entry_id, sentence_id, fact_check_id
               in db.session.execute(_new_entries(), rows)}
    keys = sorted((key, written[item.sentence_id, item.fact_check_id])
                  for item, (_, hashed, _) in zip(chunk, parsed, strict=True)
                  if (item.sentence_id, item.fact_check_id) in written for key in hashed)
    kept = [(key, entry_id) for key, entry_id in keys if counts.get(key, 0) <= KEY_CAP]
    _raw_many(_ADD_KEYS, kept)
    _raw_many(_COUNT_TERMS, sorted(Counter(key for key, _ in kept).items()))


def _sentence_texts(sentence_ids: Iterable[int]) -> list[tuple[int, str]]:
    """(id, text) of the sentences not indexed yet (their articles' texts read in one query)."""
    wanted = sorted(set(sentence_ids))
    if not wanted:
        return []
    connection = db.session.connection()  # Core rows: the ORM's row handling cost more than the reads
    indexed = set(connection.scalars(select(ClaimEntry.sentence_id).where(ClaimEntry.sentence_id.in_(wanted))))
    rows = connection.execute(select(Sentence.id, Sentence.article_id, Sentence.start, Sentence.end)
                              .where(Sentence.id.in_([i for i in wanted if i not in indexed]))
                              .order_by(Sentence.article_id, Sentence.position)).all()
    texts: dict[int, str] = {}
    for chunk in _chunks(sorted({row.article_id for row in rows})):
        texts.update(connection.execute(select(Article.id, Article.text).where(Article.id.in_(chunk))).all())
    return [(sentence_id, texts.get(article_id, "")[start:end]) for sentence_id, article_id, start, end in rows]


def index_sentences(sentence_ids: Iterable[int]) -> int:
    """Index the sentences among ``sentence_ids`` that are not in the index yet (in the
    caller's transaction); how many were added."""
    return _index([_Item(text, sentence_id=sentence_id) for sentence_id, text in _sentence_texts(sentence_ids)])


def index_fact_checks(fact_check_ids: Iterable[int]) -> int:
    """Index imported external fact-checks by the claim they reviewed (those not indexed yet)."""
    items = []
    for chunk in _chunks(sorted(set(fact_check_ids))):
        items += [_Item(claim, fact_check_id=fact_check_id) for fact_check_id, claim in db.session.execute(
            select(FactCheck.id, FactCheck.claim_reviewed)
            .outerjoin(ClaimEntry, ClaimEntry.fact_check_id == FactCheck.id)
            .where(FactCheck.id.in_(chunk), ClaimEntry.id.is_(None)).order_by(FactCheck.id))]
    return _index(items)


_JUDGED = (select(Annotation.sentence_id.label("id")).where(Annotation.claim_type.in_(INDEXED_TYPES))
           .union(select(FinalLabel.sentence_id).where(FinalLabel.claim_type.in_(INDEXED_TYPES)))).subquery()


def _judged_id():
    return _JUDGED.c.id


def _judged_unindexed():
    """The sentences that an annotation or a final label calls a claim and that are not indexed
    yet (claims judged before the index existed, or corrected since)."""
    indexed = select(ClaimEntry.sentence_id).where(ClaimEntry.sentence_id.is_not(None))
    return select(_JUDGED.c.id).where(_JUDGED.c.id.not_in(indexed))


def count_unindexed() -> int:
    """How many judged claims are not indexed yet."""
    return db.session.scalar(select(func.count()).select_from(_judged_unindexed().subquery())) or 0


def index_judged_claims(on_batch: Callable[[int], None] = lambda n: None, batch: int = 5_000) -> int:
    """Index every claim judged before the index existed, a transaction per ``batch`` (large
    enough for the parsing worker: PARALLEL_FROM); how many."""
    total = 0
    while True:
        with transaction():
            found = list(db.session.scalars(_judged_unindexed().order_by("id").limit(batch)))
            index_sentences(found)
        total += len(found)
        on_batch(len(found))
        if len(found) < batch:
            return total


def reindex_sentences(sentence_ids: Iterable[int]) -> None:
    """Sentences whose text changed (a split or a merge corrected them): out of the index, and
    back in where an annotation or a final label calls them a claim (in the caller's transaction)."""
    ids = sorted(set(sentence_ids))
    db.session.execute(delete(ClaimEntry).where(ClaimEntry.sentence_id.in_(ids)))
    index_sentences(db.session.scalars(_judged_unindexed().where(_judged_id().in_(ids))))


def labelled(sentence_id: int, claim_type: str | None) -> None:
    """A reviewer's or admin's label was saved: a claim joins the index (in the caller's transaction)."""
    if claim_type in INDEXED_TYPES:
        index_sentences([sentence_id])


# --- clusters: what an admin sees and changes ----------------------------------------------------

def cluster_of_sentence(sentence_id: int) -> int | None:
    """The cluster of an indexed sentence."""
    return db.session.scalar(select(ClaimEntry.cluster_id).where(ClaimEntry.sentence_id == sentence_id))


def cluster_sizes(after: int | None = None, limit: int = 50, least: int = 2) -> list[tuple[int, int]]:
    """(cluster id, members) of clusters with at least ``least`` members, newest first, past ``after``."""
    query = (select(ClaimEntry.cluster_id, func.count()).group_by(ClaimEntry.cluster_id)
             .having(func.count() >= least).order_by(ClaimEntry.cluster_id.desc()).limit(limit))
    if after is not None:
        query = query.where(ClaimEntry.cluster_id < after)
    return [(cluster_id, count) for cluster_id, count in db.session.execute(query)]


def members(cluster_id: int, limit: int | None = None) -> list[ClaimEntry]:
    """A cluster's entries (the first ``limit``), in the order they were indexed."""
    return list(db.session.scalars(select(ClaimEntry).where(ClaimEntry.cluster_id == cluster_id)
                                   .order_by(ClaimEntry.id).limit(limit)))


def existing(cluster_id: int) -> ClaimCluster:
    cluster = db.session.get(ClaimCluster, cluster_id)
    if cluster is None:
        raise ClusterNotFound("No claim cluster with that id.")
    return cluster


def split(cluster_id: int, entry_ids: Iterable[int], actor_id: int) -> int:
    """Move ``entry_ids`` (some, not all, of the cluster's entries) into a new cluster; audited.
    Returns the new cluster's id."""
    chosen = set(entry_ids)
    with transaction():
        existing(cluster_id)
        held = {entry.id for entry in members(cluster_id)}
        if not chosen or not chosen <= held:
            raise ClusterChangeInvalid("Choose claims of this cluster to move out.")
        if chosen == held:
            raise ClusterChangeInvalid("Leave at least one claim in the cluster: moving all of them changes nothing.")
        new_id = db.session.execute(_NEW_CLUSTERS, {"created_at": utcnow()}).scalar_one()
        db.session.execute(update(ClaimEntry).where(ClaimEntry.id.in_(sorted(chosen))).values(cluster_id=new_id))
        audit.record("claim_cluster", cluster_id, "split", actor_id=actor_id,
                     before={"entries": sorted(held)},
                     after={"entries": sorted(held - chosen), "moved_to": new_id, "moved": sorted(chosen)})
    return new_id


def merge(cluster_id: int, others: Iterable[int], actor_id: int) -> None:
    """Move every entry of the clusters ``others`` into ``cluster_id``; audited."""
    merged = sorted(set(others) - {cluster_id})
    with transaction():
        existing(cluster_id)
        if not merged:
            raise ClusterChangeInvalid("Choose another cluster to merge into this one.")
        for other in merged:
            if db.session.get(ClaimCluster, other) is None:
                raise ClusterChangeInvalid(f"There is no cluster {other}.")
        moved = sorted(db.session.scalars(select(ClaimEntry.id).where(ClaimEntry.cluster_id.in_(merged))))
        db.session.execute(update(ClaimEntry).where(ClaimEntry.cluster_id.in_(merged)).values(cluster_id=cluster_id))
        db.session.execute(delete(ClaimCluster).where(ClaimCluster.id.in_(merged)))
        audit.record("claim_cluster", cluster_id, "merge", actor_id=actor_id,
                     after={"merged": merged, "moved": moved})
