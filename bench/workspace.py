"""What one step in the reviewer's workspace costs as articles grow (issue 12, point 3): the page
a reviewer opens (and, without JavaScript, gets again on every step), and with JavaScript the
JSON a step fetches instead.

    .venv/bin/python bench/workspace.py [--runs 5] [--sizes 100,2000,10000]

For each size a fresh SQLite database is made through the services: the fixtures' wire and desk
stories repeated into one article of exactly that many sentences, the fixtures' sources, a
reviewer's task with every fourth sentence of the first half decided. Then, logged in as that
reviewer (test client), printed per size: the page at the middle sentence (bytes, median ms of
``runs`` requests after one warm-up); where the app has it, a step with JavaScript (the panel of
the next sentence: bytes, median ms); and the part of either that is the source suggestion
(``services.workspace`` ``registry`` and ``suggestion_for`` alone, called as the page calls
them: median ms).
"""

import argparse
import contextlib
import io
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import select  # noqa: E402

from annotate import create_app  # noqa: E402
from annotate.extensions import db  # noqa: E402
from annotate.models import Article, Sentence, User  # noqa: E402
from annotate.segment import split_sentences  # noqa: E402

FIXTURES = REPO_ROOT / "fixtures"
PASSWORD = "bench-password"  # noqa: S105  (a throwaway account in a throwaway database)
SIZES = (100, 2_000, 10_000)
MAX_RUNS = 50


def article_text(sentences: int) -> str:
    """The fixtures' stories, one after another, cut after exactly ``sentences`` sentences."""
    stories = [json.loads(line)["text"] for name in ("wire_stories.jsonl", "desk_stories.jsonl")
               for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    parts, count = [], 0
    while count < sentences + 10:
        for story in stories:
            parts.append(story)
            count += len(split_sentences(story))
    text = "\n\n".join(parts)
    return text[:split_sentences(text)[sentences - 1].end]


def build(url: str, sentences: int):
    """A fresh app on ``url``: one article of ``sentences`` sentences assigned to a reviewer."""
    from annotate.cli import upgrade_database
    from annotate.services import accounts, annotations, imports, sources
    from annotate.services import tasks as task_service

    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": url, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1",
                      "MAX_RECORD_BYTES": 64 * 1024 * 1024})
    with app.app_context():
        with contextlib.redirect_stderr(io.StringIO()):  # Alembic's INFO lines
            upgrade_database()
        reviewer = accounts.create_user("reviewer", "reviewer", PASSWORD).id
        sources.import_sources(FIXTURES / "sources.json")
        record = json.dumps({"title": f"Bench article of {sentences:,} sentences", "text": article_text(sentences)})
        imports.import_file(io.BytesIO(record.encode()), "bench.json", app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [reviewer])
        ids = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                      .order_by(Sentence.position)))
        assert len(ids) == sentences, (len(ids), sentences)
        for sentence_id in ids[: sentences // 2: 4]:
            annotations.save(sentence_id, reviewer, {"version": 0, "claim_type": "checkable"})
        task_id = task_service.task_for(article_id, reviewer).id
    return app, task_id, ids


def median_ms(call, runs: int) -> tuple[float, int]:
    """Median ms of ``runs`` calls after one warm-up, and the size of the last answer in bytes."""
    call()
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), size


def logged_in(app):
    """A test client logged in as the reviewer."""
    client = app.test_client()
    form = client.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form)
    client.post("/login", data={"username": "reviewer", "password": PASSWORD, "csrf_token": csrf and csrf.group(1)})
    return client


def fetch(client, path: str):
    """A call that gets ``path`` and answers its size in bytes."""
    def call() -> int:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code} {response.get_data(as_text=True)[:300]}")
        return len(response.get_data())
    return call


def step_path(app, task_id: int, sentence_id: int) -> str | None:
    """The URL a step with JavaScript fetches, when the app has that route."""
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    if "api.workspace_panel" not in endpoints:
        return None
    return f"/api/v1/tasks/{task_id}/sentences/{sentence_id}"


def suggestion_ms(app, task_id: int, sentence_id: int, runs: int) -> float:
    """Median ms of the source suggestion for one sentence, as the page asks for it."""
    from annotate.services import workspace

    times = []
    with app.app_context():
        reviewer = db.session.scalar(select(User.id).where(User.username == "reviewer"))
        for _ in range(runs + 1):
            loaded = workspace.load(task_id, reviewer, sentence_id)
            started = time.perf_counter()
            try:
                sources = workspace.registry(reviewer)
            except TypeError:  # before issue 12: one registry for every reviewer
                sources = workspace.registry()
            workspace.suggestion_for(loaded, sources)
            times.append((time.perf_counter() - started) * 1000)
            db.session.rollback()
    return statistics.median(times[1:])


def measure(sentences: int, runs: int, scratch: Path) -> dict:
    """Build the database for ``sentences`` and time the page and a step."""
    started = time.perf_counter()
    app, task_id, ids = build(f"sqlite:///{scratch / f'ws-{sentences}.db'}", sentences)
    built = time.perf_counter() - started
    client = logged_in(app)
    middle = ids[len(ids) // 2]
    result = {"built": built}
    result["page"] = median_ms(fetch(client, f"/tasks/{task_id}?s={middle}"), runs)
    path = step_path(app, task_id, ids[len(ids) // 2 + 1])
    result["step"] = median_ms(fetch(client, path), runs) if path else None
    result["suggestion"] = suggestion_ms(app, task_id, middle, runs)
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help=f"timed requests per figure (1..{MAX_RUNS})")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="sentences per article, comma-separated")
    args = parser.parse_args()
    runs = max(1, min(args.runs, MAX_RUNS))
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"median of {runs} requests after one warm-up; SQLite; one reviewer's task at its middle sentence")
    print(f"{'sentences':>10} {'page bytes':>12} {'page ms':>9} {'step bytes':>11} {'step ms':>8} "
          f"{'suggestion ms':>14}")
    with tempfile.TemporaryDirectory(prefix="annotate-bench-ws-") as scratch:
        for sentences in sizes:
            result = measure(sentences, runs, Path(scratch))
            page_ms, page_bytes = result["page"]
            step = (f"{result['step'][1]:>11,} {result['step'][0]:>8.1f}" if result["step"]
                    else f"{'(reload)':>11} {page_ms:>8.1f}")
            print(f"{sentences:>10,} {page_bytes:>12,} {page_ms:>9.1f} {step} {result['suggestion']:>14.1f}"
                  f"   (built in {result['built']:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
