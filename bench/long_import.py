"""Importing one long article: time against its length, and what a reviewer's save meanwhile sees.

    .venv/bin/python bench/long_import.py [--database-url URL] [--sizes 125000,250000,...]

For each size, a fresh database gets one article of that many characters (the largest cut to fit the
8 MiB limit on a record) (news-like prose,
paragraphs, a little non-ASCII) through ``annotate import`` (the service it calls); the time
is the median of ``--runs`` imports. The ratio column compares with the smallest size: linear
means 8x for 1 MB against 125 kB (the bar is under 10x). With ``--concurrent-save`` a reviewer
saves an annotation on SQLite while the largest import runs and the wait is printed (the save must
wait, not fail with "database is locked").
"""

import argparse
import io
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._corpus import WORDS


def article_text(chars: int, seed: int = 7) -> str:
    """News-like prose of about ``chars`` characters."""
    import random

    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 24)))
        sentence = sentence[0].upper() + sentence[1:] + rng.choice((".", ".", ".", "?", "!"))
        if rng.random() < 0.15:
            sentence += "\n\n"
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:chars].rstrip() + "."


def fresh_app(database_url: str | None, workdir: str):
    from annotate import create_app
    from annotate.cli import upgrade_database

    url = database_url or f"sqlite:///{workdir}/bench-{time.monotonic_ns()}.db"
    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": url})
    with app.app_context():
        from annotate.extensions import db
        from annotate.models.base import Base

        if database_url:  # a reused PostgreSQL database: start empty
            with db.engine.begin() as connection:
                for table in reversed(Base.metadata.sorted_tables):
                    if db.engine.dialect.has_table(connection, table.name):
                        connection.execute(table.delete())
        import contextlib
        with contextlib.redirect_stderr(io.StringIO()):
            upgrade_database()
    return app


def record_line(text: str, limit: int) -> bytes:
    """The jsonl line of an article with ``text``, cut so that it fits in ``limit`` bytes."""
    while True:
        body = (json.dumps({"text": text, "title": "Long"}, ensure_ascii=False) + "\n").encode()
        if len(body) <= limit:
            return body
        text = text[: len(text) - (len(body) - limit) - 16].rstrip() + "."


def import_once(app, text: str) -> tuple[float, int]:
    from annotate.services.imports import import_file

    body = record_line(text, app.config["MAX_RECORD_BYTES"])
    with app.app_context():
        started = time.perf_counter()
        report = import_file(io.BytesIO(body), "long.jsonl", app.config["MAX_RECORD_BYTES"])
        return time.perf_counter() - started, report.sentences


def concurrent_save(workdir: str, chars: int) -> None:
    """A reviewer saves while a long import holds SQLite's write lock."""
    from annotate.extensions import db
    from annotate.models import Article, Sentence, User
    from annotate.services import annotations, tasks
    from annotate.services.imports import import_file

    app = fresh_app(None, workdir)
    with app.app_context():
        import_file(io.BytesIO(b'{"text": "A short one. It has two sentences."}\n'), "s.jsonl",
                    app.config["MAX_RECORD_BYTES"])
        user = User(username="rev", role="reviewer", password_hash="!")  # noqa: S106 - never logs in
        db.session.add(user)
        db.session.commit()
        article_id = db.session.scalar(db.select(Article.id))
        tasks.assign_article(article_id, [user.id])
        sentence_id = db.session.scalar(db.select(Sentence.id).where(Sentence.article_id == article_id))
        user_id = user.id
    outcome: dict = {}

    def importer():
        outcome["import"] = import_once(app, article_text(chars, seed=11))[0]

    thread = threading.Thread(target=importer)
    thread.start()
    waits, failures, version = [], [], 0
    with app.app_context():
        while thread.is_alive():  # bounded by the import: one save every 50 ms while it runs
            started = time.perf_counter()
            try:
                version = annotations.save(sentence_id, user_id, {"version": version,
                                                                 "note": f"save {len(waits)}"})["version"]
                waits.append(time.perf_counter() - started)
            except Exception as error:  # printed: the figure is what happened
                failures.append(f"{time.perf_counter() - started:.2f} s: {error!r}"[:160])
                db.session.rollback()
            time.sleep(0.05)
    thread.join()
    print(f"saves during a {chars:,}-character import ({outcome['import']:.2f} s): {len(waits)} saved, "
          f"longest wait {max(waits, default=0):.2f} s, {len(failures)} failed"
          + (f" (first: {failures[0]})" if failures else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--sizes", default="125000,250000,500000,1000000,8388608")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--concurrent-save", action="store_true")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    import resource

    with tempfile.TemporaryDirectory() as workdir:
        print(f"database: {args.database_url or 'SQLite (temporary file)'}")
        print(f"{'characters':>12} {'sentences':>10} {'median s':>9} {'ratio':>7}")
        first = None
        for size in sizes:
            text = article_text(size)
            times, sentences = [], 0
            for _ in range(args.runs if size <= 1_000_000 else 1):
                app = fresh_app(args.database_url, workdir)
                elapsed, sentences = import_once(app, text)
                times.append(elapsed)
                with app.app_context():
                    from annotate.extensions import db
                    db.engine.dispose()
            median = statistics.median(times)
            first = first or (size, median)
            ratio = median / first[1]
            print(f"{size:>12,} {sentences:>10,} {median:>9.3f} {ratio:>6.1f}x"
                  + (f"   (size {size / first[0]:.0f}x)" if size != first[0] else ""))
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        if args.concurrent_save:
            concurrent_save(workdir, max(sizes))


if __name__ == "__main__":
    main()
