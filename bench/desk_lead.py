"""How fast the desk lead's figures answer at size (issue 11, SPEC §5 "Scale"): the dashboard
(``GET /api/v1/stats`` and the page) and agreement (``GET /api/v1/agreement``), against a bare
query timed in the same run.

    .venv/bin/python bench/desk_lead.py [--runs 20] [--database-url URL]

Builds two synthetic corpora (bench/_corpus.py), every article also in one collection:
10,000 articles / 250,000 sentences / 50,000 annotations, and 40,000 articles / 1,000,000
sentences with the same 50,000 annotations. Each figure is requested through the app (test
client, an admin's token) ``runs`` times, as a reload finds it (the figures remembered while
the data is unchanged, services/figure_cache.py) and cold (forgotten before every request, so
every aggregate query runs); printed: the median in ms, its ratio to the bare
query (``SELECT count(*) FROM task``, also through the app's session) and, for the large
corpus, its ratio to the small one. Bars: every median under 100 ms on the small corpus, and
within 1.5x of it on the large one. By default throwaway SQLite databases; ``--database-url``
names an empty PostgreSQL database to use instead (its tables are dropped and made again).
"""

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from _corpus import build_corpus  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402

from annotate import create_app  # noqa: E402
from annotate.extensions import db  # noqa: E402
from annotate.models import Article, Base, Task, User, article_collection  # noqa: E402
from annotate.services import figure_cache  # noqa: E402

SMALL = {"articles": 10_000, "sentences_per_article": 25, "annotations": 50_000}
LARGE = {"articles": 40_000, "sentences_per_article": 25, "annotations": 50_000}
BAR_MS, BAR_GROWTH = 100.0, 1.5
MAX_RUNS = 100
HELD = ("stats (dashboard figures)", "stats of one collection", "agreement", "agreement of one collection",
        "dashboard page")
PASSWORD = "bench-password"  # noqa: S105  (a throwaway account in a throwaway database)
REQUESTS = {
    "stats (dashboard figures)": "/api/v1/stats",
    "stats of one collection": "/api/v1/stats?collection=Bench%20desk",
    "agreement": "/api/v1/agreement",
    "agreement of one collection": "/api/v1/agreement?collection=Bench%20desk",
    "dashboard page": "/admin",
    "disagreements (first page)": "/api/v1/disagreements",
}


def build(url: str, size: dict):
    """A fresh app on ``url`` with the corpus, every article in the collection "Bench desk"."""
    from annotate.services import collections, tokens

    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": url, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1"})
    with app.app_context():
        if url.startswith("postgresql"):
            with db.engine.begin() as connection:
                connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        started = time.perf_counter()
        counts = build_corpus(**size)
        desk = collections.create("Bench desk")
        with db.engine.begin() as connection:
            connection.execute(insert(article_collection).from_select(
                ["article_id", "collection_id"], select(Article.id, text(str(desk.id)))))
        if url.startswith("postgresql"):
            with db.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
        admin = db.session.scalar(select(User).where(User.role == "admin"))
        token = tokens.create_token(admin.id, "bench")[1]
        took = time.perf_counter() - started
        print(f"  built {counts['articles']:,} articles, {counts['sentences']:,} sentences, "
              f"{counts['annotations']:,} annotations, {counts['tasks']:,} tasks in {took:.1f} s")
    return app, token


def median_ms(call, runs: int) -> float:
    call()  # warm: compiled statements, caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(app, token: str, runs: int) -> dict[str, float]:
    """Median ms of the bare query and of every request."""
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}

    def bare():
        with app.app_context():
            db.session.scalar(select(func.count()).select_from(Task))

    page_client = app.test_client()  # the page answers a session, not a token
    form = page_client.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form)
    page_client.post("/login", data={"username": "admin", "password": PASSWORD, "csrf_token": csrf and csrf.group(1)})

    def get(path: str):
        def call():
            response = (page_client.get(path) if not path.startswith("/api/")
                        else client.get(path, headers=headers))
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code} {response.get_data(as_text=True)[:300]}")
        return call

    results = {"bare query": median_ms(bare, runs)}
    for name, path in REQUESTS.items():
        request = get(path)
        results[name] = median_ms(request, runs)

        def cold(request=request):
            figure_cache.forget()
            request()

        results[name + ", cold"] = median_ms(cold, runs)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help=f"timed requests per figure (1..{MAX_RUNS})")
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: throwaway SQLite)")
    args = parser.parse_args()
    runs = max(1, min(args.runs, MAX_RUNS))
    results = {}
    with tempfile.TemporaryDirectory(prefix="annotate-bench-desk-") as scratch:
        for label, size in (("small", SMALL), ("large", LARGE)):
            url = args.database_url or f"sqlite:///{Path(scratch) / (label + '.db')}"
            print(f"{label}: {size['articles']:,} articles x {size['sentences_per_article']} sentences")
            app, token = build(url, size)
            with app.app_context():
                from annotate.services import accounts

                accounts.set_demo_account("admin", "admin", PASSWORD)
            results[label] = measure(app, token, runs)
            with app.app_context():
                db.session.remove()
                if url.startswith("postgresql"):
                    Base.metadata.drop_all(db.engine)
                db.engine.dispose()
    failed = False
    print(f"\nmedian of {runs} requests, ms (ratio to the bare query of the same corpus):")
    print(f"{'':32} {'small':>16} {'large':>16} {'large/small':>12}")
    for name in results["small"]:
        small, large = results["small"][name], results["large"][name]
        growth = large / small if small else float("inf")
        held = name in HELD  # the bars: the dashboard and agreement, as a reload finds them
        bars = held and (small >= BAR_MS or growth > BAR_GROWTH)
        failed |= bars
        print(f"{name:32} {small:8.1f} ({small / results['small']['bare query']:5.1f}x)"
              f" {large:8.1f} ({large / results['large']['bare query']:5.1f}x) {growth:11.2f}x"
              + ("  FAIL" if bars else ""))
    print(f"\nbars (the dashboard and agreement as a reload finds them; the 'cold' rows, which recompute every "
          f"figure, and the disagreements are shown, not held to them): under {BAR_MS:.0f} ms on the small corpus, "
          f"within {BAR_GROWTH}x of it on the large: " + ("FAIL" if failed else "PASS"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
