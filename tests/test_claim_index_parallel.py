"""A large batch of claims is parsed by a worker process while the app matches and writes
(services/claim_index.py, CLAIM_INDEX_PROCESSES): the index it makes is the one parsing in the
app's own process makes, and a worker that dies leaves the rest of the batch to the app."""

import contextlib
import os
import signal
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest
from sqlalchemy import select

from annotate import claim_keys
from annotate.extensions import db
from annotate.models import ClaimEntry, ClaimKey, ClaimTerm
from annotate.services import claim_index
from tests.test_claim_memory import _article

COUNTRIES = ("Veltrania", "Osmira", "Kaltria", "Brellia", "Quelland", "Marsovia")
WORDINGS = ("Exports from {c} fell {n}% in March, the trade ministry said.",
            "The trade ministry said {c}'s exports fell {n} percent in March.",
            "{c} saw its exports drop by {n} per cent in March, according to the trade ministry.")


@pytest.fixture
def batch(app_ctx):
    """Sentences of 18 claims (6 countries, 3 figures) in 3 wordings each, one article a claim."""
    sentence_ids = []
    for country in COUNTRIES:
        for number in (12, 15, 40):
            text = "Trade figures.\n\n" + " ".join(w.format(c=country, n=number) for w in WORDINGS)
            article = _article(app_ctx, text)
            sentence_ids += db.session.scalars(select(claim_index.Sentence.id)
                                               .where(claim_index.Sentence.article_id == article,
                                                      claim_index.Sentence.position > 0)).all()
    db.session.commit()
    yield sentence_ids
    claim_index._stop_pool()


def _indexed(app, sentence_ids, processes, monkeypatch) -> tuple[list, list, list]:
    """Index the batch (in chunks of 10, the worker taking every batch) and read back what was
    written; rolled back."""
    monkeypatch.setattr(claim_index, "PARALLEL_FROM", 1)
    monkeypatch.setattr(claim_index, "IN_CHUNK", 10)
    app.config["CLAIM_INDEX_PROCESSES"] = processes
    assert claim_index.index_sentences(sentence_ids) == len(sentence_ids)
    entries = db.session.execute(select(ClaimEntry.sentence_id, ClaimEntry.cluster_id, ClaimEntry.features)
                                 .order_by(ClaimEntry.sentence_id)).all()
    ids = dict(db.session.execute(select(ClaimEntry.id, ClaimEntry.sentence_id)).all())
    keys = sorted((key, ids[entry_id]) for key, entry_id in db.session.execute(select(ClaimKey.key, ClaimKey.entry_id)))
    terms = db.session.execute(select(ClaimTerm.key, ClaimTerm.entries).order_by(ClaimTerm.key)).all()
    db.session.rollback()
    # Clusters as the partition of sentences they make (their ids differ from run to run).
    first_of: dict[int, int] = {}
    partition = [(sentence_id, first_of.setdefault(cluster_id, sentence_id), features)
                 for sentence_id, cluster_id, features in entries]
    return partition, keys, terms


def _waiting_for_the_worker(monkeypatch) -> list[bool]:
    """Make the batch wait for each chunk the worker was given (a chunk of 10 is indexed faster
    than a worker starts), so that its answers are used; whether each was."""
    used = []
    real = claim_index._from_worker

    def waited(chunk, future):
        with contextlib.suppress(Exception):
            future.result(timeout=60)
        found = real(chunk, future)
        used.append(found is not None)
        return found

    monkeypatch.setattr(claim_index, "_from_worker", waited)
    return used


def test_a_batch_parsed_by_the_worker_is_indexed_as_one_parsed_here(app, batch, monkeypatch):
    used = _waiting_for_the_worker(monkeypatch)
    in_worker = _indexed(app, batch, 1, monkeypatch)
    assert used == [True] * 5  # 54 sentences in chunks of 10: the first parsed here, the 5 others by the worker
    here = _indexed(app, batch, 0, monkeypatch)
    assert in_worker == here
    partition = in_worker[0]
    assert len(partition) == 54 and len({cluster for _, cluster, _ in partition}) == 18  # the wordings joined


class FakePool:
    """Parses the first ``answers`` chunks it is given; then, ``then``: "broken" (as when its
    process is killed) or "slow" (never done); "dead": broken before the batch."""

    def __init__(self, answers: int, then: str):
        self.answers, self.then, self.given = answers, then, 0

    def submit(self, function, texts):
        if self.then == "dead":
            raise BrokenProcessPool("the worker died before this batch")
        future: Future = Future()
        self.given += 1
        if self.given <= self.answers:
            future.set_result(function(texts))
        elif self.then == "broken":
            future.set_exception(BrokenProcessPool("the worker died"))
        return future


@pytest.mark.parametrize("then", ["broken", "slow", "dead"])
def test_a_worker_that_dies_or_lags_leaves_the_rest_of_the_batch_to_the_app(app, batch, monkeypatch, then):
    here = _indexed(app, batch, 0, monkeypatch)
    pool = FakePool(2, then)
    monkeypatch.setattr(claim_index, "_parser_pool", lambda: pool)
    parsed_here = []
    real = claim_index._parsed_here
    monkeypatch.setattr(claim_index, "_parsed_here", lambda chunk: parsed_here.append(chunk) or real(chunk))
    assert _indexed(app, batch, 1, monkeypatch) == here
    if then == "dead":  # found dead when the batch is sent: all of it parsed here
        assert pool.given == 0 and [len(chunk) for chunk in parsed_here] == [10, 10, 10, 10, 10, 4]
        return
    assert pool.given == 5  # 54 sentences in chunks of 10: the first parsed here, the other 5 sent
    assert [len(chunk) for chunk in parsed_here] == [10, 10, 10, 4]  # the first, and the 3 the worker did not do


def test_the_worker_is_there_by_default_only_with_a_second_cpu(app_ctx, monkeypatch):
    app_ctx.config["CLAIM_INDEX_PROCESSES"] = None
    monkeypatch.setattr(claim_index.os, "cpu_count", lambda: 1)
    assert claim_index._parser_pool() is None
    monkeypatch.setattr(claim_index.os, "cpu_count", lambda: 2)
    try:
        assert claim_index._parser_pool() is not None
    finally:
        claim_index._stop_pool()
    app_ctx.config["CLAIM_INDEX_PROCESSES"] = 0
    assert claim_index._parser_pool() is None


def test_what_the_worker_sends_rebuilds_the_claim_it_parsed():
    text = "Exports from Veltrania fell 12% in March, the trade ministry said."
    [(features, keys)] = claim_keys.parsed_for_index([text])
    claim = claim_keys.claims.parse(text)
    assert claim_keys.claims.from_features(text, features) == claim
    assert keys == claim_keys.hashed(claim) and set(keys.values()) == {1, 2}


# Python 3.11's pool, finding its worker dead, sets an exception on a task this batch had
# cancelled, and its own thread reports InvalidStateError (CPython gh-107219, fixed in 3.12);
# the pool is broken either way, and the batch is not affected.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_worker_process_killed_between_batches_costs_nothing_but_its_help(app, batch, monkeypatch):
    here = _indexed(app, batch, 0, monkeypatch)
    used = _waiting_for_the_worker(monkeypatch)
    assert _indexed(app, batch, 1, monkeypatch) == here
    first = claim_index._pool
    for pid in _worker_pids(first):
        os.kill(pid, signal.SIGKILL)
    assert _indexed(app, batch, 1, monkeypatch) == here
    assert claim_index._pool is None or claim_index._pool is not first  # the broken pool was dropped
    used.clear()
    assert _indexed(app, batch, 1, monkeypatch) == here  # on a pool started anew, which helps again
    assert claim_index._pool is not first and used == [True] * 5


def _worker_pids(pool) -> list[int]:
    """The process id of the pool's one worker, as it answers."""
    future = pool.submit(os.getpid)
    return [future.result(timeout=60)]


def test_a_small_batch_never_starts_the_worker(app_ctx, batch, monkeypatch):
    def refuse():
        raise AssertionError("the pool was asked for")

    monkeypatch.setattr(claim_index, "_parser_pool", refuse)
    app_ctx.config["CLAIM_INDEX_PROCESSES"] = 1
    assert claim_index.index_sentences(batch) == len(batch)  # 54 claims, PARALLEL_FROM 2,000
    db.session.rollback()


class ForeignPool:
    """A worker that runs other rules (its features of another version) or fails on a chunk."""

    def __init__(self, kind: str):
        self.kind = kind

    def submit(self, function, texts):
        future: Future = Future()
        if self.kind == "other rules":
            future.set_result([([-1, *features[1:]], keys) for features, keys in function(texts)])
        else:
            future.set_exception(ValueError("the worker could not parse this"))
        return future


@pytest.mark.parametrize("kind", ["other rules", "failing"])
def test_what_a_worker_with_other_rules_or_an_error_sends_is_parsed_again_here(app, batch, monkeypatch, kind):
    here = _indexed(app, batch, 0, monkeypatch)
    monkeypatch.setattr(claim_index, "_parser_pool", lambda: ForeignPool(kind))
    assert _indexed(app, batch, 1, monkeypatch) == here
