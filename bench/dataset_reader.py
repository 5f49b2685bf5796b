"""How fast a ``json`` export is read back: both passes of ``dataset_reader`` (schema and rules
checked on each) over a synthetic export, against a floor measured in the same run.

    .venv/bin/python bench/dataset_reader.py [--articles 10000] [--runs 3]

The export is made by the app itself (``annotate export``) from ``bench/_corpus.py``'s corpus.
The floor is ``json.load`` of the same file plus one walk over every value: what any reader
must at least do. Printed: seconds per pass (median), the ratio to the floor, articles per
second and the reader's peak traced memory (the document is read an article at a time, so it
stays far below the file's size).
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import build_corpus

from annotate import create_app
from annotate.dataset_reader import read_dataset

MAX_RUNS = 9


def make_export(folder: Path, articles: int) -> Path:
    """Build the corpus in SQLite and export it as json with the app's CLI."""
    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": f"sqlite:///{folder / 'corpus.db'}"})
    with app.app_context():
        build_corpus(articles=articles, annotations=articles * 5)
    path = folder / "export.json"
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", "-o", str(path)])
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return path


def walk(value) -> int:
    """Touch every value once (the least a checker does)."""
    if isinstance(value, dict):
        return sum(walk(item) for item in value.values()) + 1
    if isinstance(value, list):
        return sum(walk(item) for item in value) + 1
    return 1


def floor(path: Path) -> float:
    started = time.perf_counter()
    with path.open("rb") as stream:
        walk(json.load(stream))
    return time.perf_counter() - started


def both_passes(path: Path) -> tuple[float, float, int]:
    """Seconds of the checking pass, of the building pass, and the number of articles."""
    with path.open("rb") as stream:
        started = time.perf_counter()
        document = read_dataset(stream, path.name, 8 * 1024 * 1024)
        checked = time.perf_counter()
        count = sum(1 for _ in document.articles())
        return checked - started, time.perf_counter() - checked, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help=f"timed runs (1..{MAX_RUNS})")
    args = parser.parse_args()
    runs = max(1, min(args.runs, MAX_RUNS))
    with tempfile.TemporaryDirectory() as folder:
        path = make_export(Path(folder), args.articles)
        size = path.stat().st_size / 1e6
        floors, first, second = [], [], []
        for _ in range(runs):
            floors.append(floor(path))
            check, build, count = both_passes(path)
            first.append(check)
            second.append(build)
        tracemalloc.start()
        both_passes(path)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    base, one, two = statistics.median(floors), statistics.median(first), statistics.median(second)
    print(f"export: {count:,} articles, {size:.1f} MB; medians of {runs} runs")
    print(f"floor (json.load + walk): {base:.2f} s")
    print(f"pass 1 (check):  {one:.2f} s  {one / base:.2f}x the floor  {count / one:,.0f} articles/s")
    print(f"pass 2 (build):  {two:.2f} s  {two / base:.2f}x the floor  {count / two:,.0f} articles/s")
    print(f"peak traced memory of both passes: {peak:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
