"""Whether the pages people wait on keep their speed as the database grows (issue 12, SPEC §5
"Scale"): the article page, a reviewer's queue, the admin's task list, the workspace and the
first record of an export, at 10,000 and at 1,000,000 sentences.

    .venv/bin/python bench/scale.py [--runs 15] [--database-url URL]

Builds two synthetic corpora with bench/_corpus.py (bulk inserts), the same shape at both sizes:
25-sentence articles, four labelled sentences in each reviewed article (two reviewers each, one
annotation per five sentences in all) with the audit trail of their saves, three reviewers,
and twenty sources reviewer1 proposed (not approved yet; half used on one annotation each).
10k: 400 articles, 2,000 annotations; 1M: 40,000 articles, 200,000 annotations. So a reviewer's
history grows with the database (~170 tasks, then ~17,000), as it does on a desk that keeps its
work. Each page is requested through the app (the Flask test client, logged in through the form
as the admin or as reviewer1) ``runs`` times on each corpus, the corpora in turn, so that a
slower minute of a shared machine falls on both; printed: the medians, their ratio, PASS when
the ratio is within 1.5x, and the peak resident memory of the process. The pages: the admin's
article page of the last article reviewer1 labelled, and the article list; reviewer1's queue
(``/tasks``); the admin's task list (``/admin/tasks``, and filtered by reviewer and state); the
workspace of reviewer1's last task in progress (its article has 25 sentences); and each export
format's download up to its first record (json: the first article; jsonl and claimreview: the
first line or item; csv: the first 64 KB piece), the response then closed.

By default two throwaway SQLite databases (not ANALYZEd: a deployment's are not either);
``--database-url`` names an empty PostgreSQL database instead, in which the corpora get the
schemas ``scale_10k`` and ``scale_1m`` (dropped first, and at the end; vacuumed and analyzed
after loading, as autovacuum would leave them).
"""

import argparse
import contextlib
import gc
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from _corpus import CLAIMREVIEW_SETTINGS, build_corpus  # noqa: E402
from sqlalchemy import func, insert, select, update  # noqa: E402

from annotate import create_app  # noqa: E402
from annotate.extensions import db  # noqa: E402
from annotate.models import Annotation, Sentence, Source, Task, utcnow  # noqa: E402

# Four labelled sentences per reviewed article: 250 of the 400 small articles are reviewed, so
# that an export's first batch (200 articles) is as full on the small corpus as on the large.
SIZES = {"10k": {"articles": 400, "sentences_per_article": 25, "annotations": 2_000,
                 "sentences_per_reviewed_article": 4},
         "1M": {"articles": 40_000, "sentences_per_article": 25, "annotations": 200_000,
                "sentences_per_reviewed_article": 4}}
BAR = 1.5
MAX_RUNS = 100
PASSWORD = "bench-password"  # noqa: S105  (throwaway accounts in a throwaway database)
REVIEWER = "reviewer1"
PROPOSALS = 20  # sources reviewer1 proposed, not approved yet; half of them used on one annotation
# How each export format's first record shows in the stream (csv: the first row after the header,
# which starts with the schema version).
FIRST_RECORD = {"json": '"sentences"', "jsonl": '"sentence_id"', "claimreview": '"ClaimReview"', "csv": "\r\n1,"}


def schema_url(url: str, schema: str) -> str:
    """``url`` with every connection's search path set to ``schema`` (libpq's ``options``)."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options={quote(f'-csearch_path={schema}')}"


def build(url: str, size: dict, schema: str | None):
    """A fresh app on ``url`` holding the corpus; the demo passwords set; (app, targets)."""
    from annotate.services import accounts

    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": url, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1",
                      **CLAIMREVIEW_SETTINGS})
    with app.app_context():
        if schema is not None:
            with db.engine.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}")
        started = time.perf_counter()
        counts = build_corpus(reviewers=3, audit=True, **size)
        if schema is not None:  # settled, as autovacuum leaves a database: statistics, visibility map
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
        took = time.perf_counter() - started
        accounts.set_demo_account("admin", "admin", PASSWORD)
        reviewer = accounts.set_demo_account(REVIEWER, "reviewer", PASSWORD)
        _propose_sources(reviewer.id)
        targets = _targets(reviewer.id)
        print(f"  built {counts['articles']:,} articles, {counts['sentences']:,} sentences, "
              f"{counts['annotations']:,} annotations, {counts['tasks']:,} tasks in {took:.1f} s; "
              f"{REVIEWER} has {targets['tasks']:,} tasks; peak RSS {peak_rss_mb():.0f} MB", flush=True)
        db.session.remove()
    return app, targets


def _propose_sources(reviewer_id: int) -> None:
    """``PROPOSALS`` sources the reviewer proposed (an admin has not approved them yet); half of
    them on one of the reviewer's latest annotations each, the others used nowhere."""
    with db.engine.begin() as connection:
        first = connection.scalar(select(func.max(Source.id))) + 1
        now = utcnow()
        connection.execute(insert(Source), [
            {"id": first + n, "name": f"Proposed source {n + 1}", "kind": "person", "aliases": [],
             "description": "", "status": "proposed", "proposed_by_id": reviewer_id,
             "created_at": now, "updated_at": now} for n in range(PROPOSALS)])
        latest = connection.scalars(select(Annotation.id).where(Annotation.reviewer_id == reviewer_id)
                                    .order_by(Annotation.id.desc()).limit(PROPOSALS // 2)).all()
        for n, annotation_id in enumerate(latest):
            connection.execute(update(Annotation).where(Annotation.id == annotation_id).values(source_id=first + n))


def _targets(reviewer_id: int) -> dict:
    """What the pages open: the last article the reviewer labelled, their last task in progress."""
    article_id = db.session.scalar(
        select(func.max(Sentence.article_id)).join(Annotation, Annotation.sentence_id == Sentence.id)
        .where(Annotation.reviewer_id == reviewer_id))
    task_id = db.session.scalar(select(func.max(Task.id)).where(Task.reviewer_id == reviewer_id,
                                                                Task.state == "in_progress"))
    tasks = db.session.scalar(select(func.count()).select_from(Task).where(Task.reviewer_id == reviewer_id))
    return {"article": article_id, "task": task_id, "reviewer": reviewer_id, "tasks": tasks}


def logged_in(app, username: str):
    """A test client with ``username``'s session."""
    client = app.test_client()
    form = client.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form)
    response = client.post("/login", data={"username": username, "password": PASSWORD,
                                            "csrf_token": csrf and csrf.group(1)})
    if response.status_code != 302:
        raise SystemExit(f"login as {username}: {response.status_code}")
    return client


def page(client, path: str):
    """A call that requests ``path`` and insists on 200."""
    def call():
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code} {response.get_data(as_text=True)[:300]}")
        response.close()
    return call


def first_record(client, fmt: str):
    """A call that downloads an export up to its first record, then closes the response."""
    path, marker = f"/admin/export/download?format={fmt}", FIRST_RECORD[fmt]

    def call():
        response = client.get(path, buffered=False)
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code}")
        try:
            for piece in response.response:
                if marker in (piece.decode() if isinstance(piece, bytes) else piece):
                    return
            raise SystemExit(f"{path}: the export holds no record")
        finally:
            response.close()
    return call


def calls_of(app, targets: dict) -> dict:
    """Every measured request of one corpus, by name: a call each."""
    admin, reviewer = logged_in(app, "admin"), logged_in(app, REVIEWER)
    calls = {
        "article page (admin)": page(admin, f"/articles/{targets['article']}"),
        "article list (admin)": page(admin, "/articles"),
        "reviewer's queue": page(reviewer, "/tasks"),
        "admin task list": page(admin, "/admin/tasks"),
        "admin task list, by reviewer+state": page(admin, f"/admin/tasks?reviewer={targets['reviewer']}"
                                                          "&state=submitted"),
        "workspace (25-sentence article)": page(reviewer, f"/tasks/{targets['task']}"),
    }
    for fmt in FIRST_RECORD:
        calls[f"export {fmt}, first record"] = first_record(admin, fmt)
    return calls


def timed_ms(call) -> float:
    """One call's time. Python's garbage collector runs first, outside the timing: its full
    collections come every few calls, and the 10k and 1M calls alternate, so without this they
    fell on the same corpus's calls every time (csv's first record at 1M: ~90 ms more every
    fourth call, 1.7-1.8x in the table; 1.04x with it)."""
    gc.collect()
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(corpora: dict, runs: int) -> dict[str, dict[str, float]]:
    """Median ms per request and corpus; each run asks every corpus once, in turn."""
    calls = {label: calls_of(app, targets) for label, (app, targets) in corpora.items()}
    names = next(iter(calls.values())).keys()
    medians: dict[str, dict[str, float]] = {}
    for name in names:
        times: dict[str, list[float]] = {label: [] for label in corpora}
        for label in corpora:
            calls[label][name]()  # warm: compiled statements, templates, caches
        for _ in range(runs):
            for label in corpora:
                times[label].append(timed_ms(calls[label][name]))
        medians[name] = {label: statistics.median(values) for label, values in times.items()}
        print(f"  {name}: " + ", ".join(f"{label} {ms:.1f} ms" for label, ms in medians[name].items()),
              flush=True)
    return medians


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(medians: dict, runs: int, database: str) -> bool:
    """Print the table; True when every page is within the bar."""
    small, large = SIZES
    print(f"\n{database}: median of {runs} requests, ms")
    print(f"{'page':38} {'at ' + small:>9} {'at ' + large:>9} {'ratio':>7} {'bar':>6}")
    passed = True
    for name, times in medians.items():
        ratio = times[large] / times[small] if times[small] else float("inf")
        ok = ratio <= BAR
        passed &= ok
        print(f"{name:38} {times[small]:9.1f} {times[large]:9.1f} {ratio:6.2f}x {BAR:5.1f}x  "
              + ("PASS" if ok else "FAIL"))
    print(f"peak RSS of the process (both corpora built and served): {peak_rss_mb():.0f} MB")
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help=f"timed requests per page and corpus (1..{MAX_RUNS})")
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: throwaway SQLite)")
    args = parser.parse_args()
    runs = max(1, min(args.runs, MAX_RUNS))
    corpora = {}
    with tempfile.TemporaryDirectory(prefix="annotate-bench-scale-") as scratch, contextlib.ExitStack() as cleanup:
        for label, size in SIZES.items():
            schema = f"scale_{label.lower()}" if args.database_url else None
            url = schema_url(args.database_url, schema) if schema else f"sqlite:///{Path(scratch) / label}.db"
            print(f"{label}: {size['articles']:,} articles x {size['sentences_per_article']} sentences", flush=True)
            corpora[label] = build(url, size, schema)
            cleanup.callback(_drop, corpora[label][0], schema)
        medians = measure(corpora, runs)
        database = "PostgreSQL" if args.database_url else "SQLite"
        passed = report(medians, runs, database)
    print(f"bar: every page within {BAR}x of its time at {next(iter(SIZES))}: " + ("PASS" if passed else "FAIL"))
    return 0 if passed else 1


def _drop(app, schema: str | None) -> None:
    """Close the app's connections; drop its PostgreSQL schema."""
    with app.app_context():
        db.session.remove()
        if schema is not None:
            with db.engine.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        db.engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
