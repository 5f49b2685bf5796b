"""``bench/claims.py --scale``: the claim index at size (issue 15, "Scale").

    .venv/bin/python bench/claims.py --scale [--sentences 1000000] [--queries 300] [--new 5000]
                                             [--database-url URL]

Builds a throwaway database (SQLite by default; ``--database-url`` an empty PostgreSQL database,
whose ``claims_scale`` schema is dropped first and at the end) holding ``--sentences`` indexed claim
sentences: synthetic wire claims (an invented subject of 30,000, one of 60 measures, a direction,
a number, a month and a year; each claim written in two to four of eight phrasings), 25 to an
article. The index rows are bulk-written as the product writes them (the keys and key pairs
``claim_index`` makes of ``claims.parse(text)``, no more of a key once KEY_CAP entries hold it,
its ``claims.features``, the keys' counts), each claim's phrasings in one cluster.

Then, through the product's service (``annotate.services.claim_index``):

- indexing: ``--new`` further sentences (new claims and new phrasings of stored ones, in new
  articles) indexed by ``index_sentences`` in one transaction, each matched against the index
  and put into a cluster: sentences per second, the median of INDEX_ROUNDS such batches (the
  machine is shared: one batch of a few seconds is at the mercy of its neighbours);
- matching: ``--queries`` new phrasings (two thirds of stored claims, one third of claims the
  index does not hold) each answered by ``claim_index.matches``: median and 95th percentile, and
  how many found their claim's cluster (and how many of the unknown ones matched anything);
- the gold set (bench/claims_gold.json) indexed through the service one sentence at a time, as
  reviewers label claims, on top of the stored ones (then rolled back): the clusters the index
  gives scored as bench/claims.py scores ``claims.cluster``, so that what the index leaves out
  to be fast (capped keys, a read budget, a few candidates) shows as lost recall.

Printed with PASS/FAIL against the bars (median match under 50 ms, indexing at least 2,000
sentences a second) and the process's peak resident memory.
"""

import contextlib
import io
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

MATCH_BAR_MS, INDEX_BAR_PER_S = 50.0, 2000.0
INDEX_ROUNDS = 3
PER_ARTICLE = 25
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

SYLLABLES = ("ka", "lo", "ven", "tra", "mir", "sol", "da", "ren", "vol", "bri", "nor", "hal", "ste", "qua",
             "zel", "pra", "tor", "min", "ga", "ru", "fen", "lis", "mo", "dar", "kel", "vin", "sa", "ter")
KINDS = ("Bank", "Group", "Holdings", "Ministry", "Authority", "Council", "Federation", "Institute",
         "Airlines", "Energy", "Motors", "Telecom", "Mining", "Pharma", "Railways", "Port Authority")
MEASURES = ("exports", "imports", "profits", "revenue", "sales", "output", "spending", "debt", "prices",
            "wages", "orders", "shipments", "deliveries", "investment", "reserves", "lending", "deposits",
            "tax receipts", "tourist arrivals", "grain harvest", "oil production", "coal imports",
            "steel output", "car sales", "home sales", "rents", "fuel prices", "electricity demand",
            "passenger numbers", "job vacancies", "unemployment", "inflation", "the budget deficit",
            "the trade surplus", "military spending", "health spending", "school enrolment",
            "hospital admissions", "crop yields", "fish catches", "water use", "emissions",
            "bond yields", "share buybacks", "dividends", "operating costs", "staff numbers",
            "patent filings", "software sales", "chip exports", "gas reserves", "cargo volumes",
            "container traffic", "retail sales", "factory orders", "building permits", "loan defaults",
            "insurance claims", "visa applications", "asylum requests")
UP, DOWN = ("rose", "increased", "grew", "climbed"), ("fell", "dropped", "declined", "decreased")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Every phrasing names the subject inside the claim (not only as the speaker): "X said exports
# fell" and "Y said exports fell" are claims about no one in particular, which claims.py rightly
# takes for one claim.
PHRASINGS = (
    "{subject}'s {measure} {verb} {number} percent in {month} {year}.",
    "{Measure} at {subject} {verb} by {number}% in {month} {year}, the company said.",
    "According to officials, {measure} at {subject} {verb} {number} per cent in {month} {year}.",
    "In {month} {year}, {subject}'s {measure} {verb} by {number} percent.",
    "{Measure} at {subject} {verb} {number}% in {month} {year}, according to figures released on Monday.",
    "{subject}'s {measure} {verb} {number} per cent in {month} {year}, data showed.",
    "{Measure} at {subject} {verb} {number} per cent in {month} {year}.",
    "Officials said on Monday that {measure} at {subject} had {verb} by {number} percent in {month} {year}.",
)


def _subjects(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        names.add(f"{stem} {rng.choice(KINDS)}")
    return sorted(names)


class Claims:
    """Synthetic claims and their phrasings, reproducible from a seed."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.subjects = _subjects(self.rng, 30_000)

    def claim(self) -> dict:
        rng = self.rng
        return {"subject": rng.choice(self.subjects), "measure": rng.choice(MEASURES),
                "up": rng.random() < 0.5, "number": rng.randint(2, 60), "month": rng.choice(MONTHS),
                "year": rng.randint(2019, 2026)}

    def phrase(self, claim: dict, phrasing: int | None = None) -> str:
        rng = self.rng
        template = PHRASINGS[rng.randrange(len(PHRASINGS)) if phrasing is None else phrasing]
        verb = rng.choice(UP if claim["up"] else DOWN)
        if "had {verb}" in template:
            verb = {"rose": "risen", "grew": "grown"}.get(verb, verb)
        measure = claim["measure"]
        return template.format(subject=claim["subject"], measure=measure, Measure=measure[0].upper() + measure[1:],
                               verb=verb, number=claim["number"], month=claim["month"], year=claim["year"])


SCHEMA = "claims_scale"


def _app(url: str | None, cache_mb: int | None = None):
    """The app on a throwaway SQLite file (``cache_mb``: its SQLITE_CACHE_MB), or on the
    ``claims_scale`` schema of a PostgreSQL database."""
    from annotate import create_app

    if url is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='claims-scale-')) / 'scale.db'}"
    elif url.startswith("postgresql"):
        url += ("&" if "?" in url else "?") + f"options=-csearch_path%3D{SCHEMA}"
    settings = {"SECRET_KEY": "bench", "DATABASE_URL": url}
    if cache_mb is not None:
        settings["SQLITE_CACHE_MB"] = cache_mb
    return create_app(settings), url


def _insert(table, rows: list[dict]) -> None:
    from annotate.extensions import db

    for start in range(0, len(rows), 20_000):
        db.session.execute(insert(table), rows[start:start + 20_000])


def _articles(texts: list[str], first_article: int, first_sentence: int) -> tuple[list[dict], list[dict]]:
    """Articles of ``PER_ARTICLE`` sentences holding ``texts``; (article rows, sentence rows)."""
    import hashlib

    articles, sentences = [], []
    for offset in range(0, len(texts), PER_ARTICLE):
        chunk = texts[offset:offset + PER_ARTICLE]
        article_id = first_article + offset // PER_ARTICLE
        body = ""
        for position, text in enumerate(chunk):
            start = len(body) + (1 if body else 0)
            body = f"{body} {text}" if body else text
            sentences.append({"id": first_sentence + len(sentences), "article_id": article_id, "position": position,
                              "start": start, "end": start + len(text), "kind": "body"})
        articles.append({"id": article_id, "text": body, "text_length": len(body),
                         "text_sha256": hashlib.sha256(body.encode()).hexdigest(), "sentence_count": len(chunk),
                         "meta": {}, "created_at": EPOCH})
    return articles, sentences


def build(size: int, claims: Claims) -> tuple[list[dict], float, float]:
    """Write ``size`` indexed sentences, 50,000 at a time; the claims held, and the seconds spent
    parsing and writing."""
    from annotate import claims as matcher
    from annotate.claim_keys import hashed as _hashed
    from annotate.models import Article, ClaimCluster, ClaimEntry, ClaimKey, ClaimTerm, Sentence
    from annotate.services.claim_index import KEY_CAP

    held, texts, cluster_of = [], [], []
    while len(texts) < size:
        claim = claims.claim()
        held.append(claim)
        for phrasing in claims.rng.sample(range(len(PHRASINGS)), claims.rng.randint(2, 4)):
            texts.append(claims.phrase(claim, phrasing))
            cluster_of.append(len(held))
    texts, cluster_of = texts[:size], cluster_of[:size]
    parsing = writing = 0.0
    terms: Counter[int] = Counter()
    _insert(ClaimCluster.__table__, [{"id": n, "created_at": EPOCH} for n in range(1, len(held) + 1)])
    for first in range(0, size, 50_000):
        chunk = range(first, min(size, first + 50_000))
        started = time.perf_counter()
        parsed = [matcher.parse(texts[n]) for n in chunk]
        keys = [sorted(_hashed(claim)) for claim in parsed]
        features = [matcher.features(claim) for claim in parsed]
        parsing += time.perf_counter() - started
        started = time.perf_counter()
        articles, sentences = _articles([texts[n] for n in chunk], first // PER_ARTICLE + 1, first + 1)
        _insert(Article.__table__, articles)
        _insert(Sentence.__table__, sentences)
        _insert(ClaimEntry.__table__, [{"id": n + 1, "sentence_id": n + 1, "fact_check_id": None,
                                        "cluster_id": cluster_of[n], "text": texts[n], "features": features[i],
                                        "indexed_at": EPOCH} for i, n in enumerate(chunk)])
        rows = []
        for i, n in enumerate(chunk):  # as claim_index writes: a key past KEY_CAP entries no more
            for key in keys[i]:
                if terms[key] <= KEY_CAP:
                    terms[key] += 1
                    rows.append((key, n + 1))
        rows.sort()
        _insert(ClaimKey.__table__, [{"key": key, "entry_id": entry_id} for key, entry_id in rows])
        writing += time.perf_counter() - started
    started = time.perf_counter()
    _insert(ClaimTerm.__table__, [{"key": key, "entries": count} for key, count in sorted(terms.items())])
    return held, parsing, writing + time.perf_counter() - started


def measure_gold(size: int) -> tuple[float, float, float]:
    """Pairwise (precision, recall, F1) of the clusters the index gives the gold set's sentences,
    indexed one at a time in a shuffled order on top of the stored claims; rolled back."""
    from claims import DEFAULT_GOLD, load_gold, pair_scores

    from annotate.extensions import db
    from annotate.models import Article, ClaimEntry, Sentence
    from annotate.services import claim_index

    texts, gold, _ = load_gold(DEFAULT_GOLD)
    order = list(range(len(texts)))
    random.Random(5).shuffle(order)
    first_article = (db.session.scalar(select(Article.id).order_by(Article.id.desc()).limit(1)) or 0) + 1
    first_sentence = (db.session.scalar(select(Sentence.id).order_by(Sentence.id.desc()).limit(1)) or 0) + 1
    articles, sentences = _articles([texts[n] for n in order], first_article, first_sentence)
    _insert(Article.__table__, articles)
    _insert(Sentence.__table__, sentences)
    for row in sentences:
        claim_index.index_sentences([row["id"]])
    cluster = dict(db.session.execute(select(ClaimEntry.sentence_id, ClaimEntry.cluster_id)
                                      .where(ClaimEntry.sentence_id >= first_sentence)).all())
    db.session.rollback()
    predicted = [0] * len(texts)
    for row, n in zip(sentences, order, strict=True):
        predicted[n] = cluster[row["id"]]
    return pair_scores(gold, predicted)


def _cluster_alone() -> tuple[float, float, float]:
    from claims import DEFAULT_GOLD, load_gold, pair_scores

    from annotate import claims as matcher

    texts, gold, _ = load_gold(DEFAULT_GOLD)
    return pair_scores(gold, matcher.cluster(texts))


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_indexing(claims: Claims, held: list[dict], count: int, size: int) -> tuple[float, float]:
    """Index ``count`` new sentences through the service; (sentences per second, the seconds of
    those the commit took)."""
    from annotate.extensions import db
    from annotate.models import Article, Sentence
    from annotate.services import claim_index
    from annotate.services.transaction import transaction

    texts = [claims.phrase(claims.rng.choice(held) if n % 2 else claims.claim()) for n in range(count)]
    first_article = (db.session.scalar(select(Article.id).order_by(Article.id.desc()).limit(1)) or 0) + 1
    articles, sentences = _articles(texts, first_article, size + 1)
    with transaction():
        _insert(Article.__table__, articles)
        _insert(Sentence.__table__, sentences)
    started = time.perf_counter()
    with transaction():
        added = claim_index.index_sentences(row["id"] for row in sentences)
        indexed = time.perf_counter()
    took = time.perf_counter() - started
    assert added == count, (added, count)
    return count / took, time.perf_counter() - indexed


def measure_matching(claims: Claims, held: list[dict], queries: int) -> tuple[list[float], int, int, int]:
    """Time ``claim_index.matches`` on new phrasings; (seconds each, known found, known, unknown matched)."""
    from annotate.extensions import db
    from annotate.services import claim_index

    samples, found, known, stray = [], 0, 0, 0
    for n in range(queries):
        is_known = n % 3 != 2
        number = claims.rng.randrange(len(held))  # cluster ids are the held claims' numbers + 1
        text = claims.phrase(held[number] if is_known else claims.claim())
        started = time.perf_counter()
        matched = claim_index.matches(text)
        samples.append(time.perf_counter() - started)
        if is_known:
            known += 1
            found += number + 1 in {match.cluster_id for match in matched}
        elif matched:
            stray += 1
    db.session.rollback()
    return samples, found, known, stray


def run_scale(args) -> int:
    from annotate.cli import upgrade_database
    from annotate.extensions import db
    from annotate.services import claim_index

    app, url = _app(args.database_url, getattr(args, "sqlite_cache_mb", None))
    claims = Claims()
    with app.app_context():
        if url.startswith("postgresql"):
            with db.engine.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
        with contextlib.redirect_stderr(io.StringIO()):
            upgrade_database()
        cache = f" (page cache {app.config['SQLITE_CACHE_MB']} MB)" if db.engine.dialect.name == "sqlite" else ""
        print(f"database: {db.engine.dialect.name}{cache}; building {args.sentences:,} indexed sentences…", flush=True)
        held, parsed, wrote = build(args.sentences, claims)
        db.session.commit()
        if url.startswith("postgresql"):
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
        print(f"  {len(held):,} claims in {args.sentences:,} sentences: keys parsed in {parsed:.0f} s "
              f"({args.sentences / parsed:,.0f}/s), written in {wrote:.0f} s; peak RSS {_peak_mb():.0f} MB", flush=True)
        samples, found, known, stray = measure_matching(claims, held, args.queries)
        batches = [measure_indexing(claims, held, args.new, args.sentences + n * args.new) for n in range(INDEX_ROUNDS)]
        rates = [rate for rate, _ in batches]
        rate = statistics.median(rates)
        median_ms = statistics.median(samples) * 1000
        p95_ms = statistics.quantiles(samples, n=20)[-1] * 1000
        print(f"\nmatch one new sentence against {args.sentences:,} indexed ({len(samples)} queries): "
              f"median {median_ms:.1f} ms, p95 {p95_ms:.1f} ms — "
              f"{'PASS' if median_ms < MATCH_BAR_MS else 'FAIL'} (bar: median < {MATCH_BAR_MS:.0f} ms)")
        print(f"  found their claim's cluster: {found}/{known} new phrasings of stored claims; "
              f"{stray}/{len(samples) - known} claims the index does not hold matched something")
        workers = claim_index.parser_processes()
        parsing = f"parsed by {workers} worker process{'es' if workers > 1 else ''}" if workers else "parsed here"
        print(f"index {args.new:,} new sentences (match + cluster + write, one transaction; {parsing}), median of "
              f"{INDEX_ROUNDS} batches: {rate:,.0f} sentences/s ({', '.join(f'{r:,.0f}' for r in rates)}) — "
              f"{'PASS' if rate >= INDEX_BAR_PER_S else 'FAIL'} (bar: >= {INDEX_BAR_PER_S:,.0f}/s)")
        print(f"  seconds a batch, of which the commit: "
              f"{', '.join(f'{args.new / rate:.2f} ({commit:.2f})' for rate, commit in batches)}")
        gold_p, gold_r, gold_f = measure_gold(args.sentences + INDEX_ROUNDS * args.new)
        alone_p, alone_r, alone_f = _cluster_alone()
        print(f"gold set through the index, on top of {args.sentences + INDEX_ROUNDS * args.new:,} stored: pairwise "
              f"P {gold_p:.3f} R {gold_r:.3f} F1 {gold_f:.3f} (claims.cluster alone: P {alone_p:.3f} R {alone_r:.3f} "
              f"F1 {alone_f:.3f})")
        print(f"peak RSS {_peak_mb():.0f} MB")
        db.session.remove()
        if url.startswith("postgresql"):
            with db.engine.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA {SCHEMA} CASCADE")
        db.engine.dispose()
    if url.startswith("sqlite:///"):  # the throwaway file's folder (a million claims: gigabytes)
        shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent, ignore_errors=True)
    return 0 if median_ms < MATCH_BAR_MS and rate >= INDEX_BAR_PER_S else 1
