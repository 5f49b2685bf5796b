"""Benchmark annotate.segment against pySBD and sentencex in one run.

Usage: python bench/segmentation.py [--golden PATH] [--seed PATH]

Measures accuracy on the 48 English "Golden Rules" cases, throughput on ~8 KB news-like
articles built from the golden texts and the seed article, throughput on one 5 MB string
(linearity), and peak memory; prints PASS/FAIL per quality bar and exits non-zero on a FAIL.
pySBD and sentencex are benchmark-only dependencies: `pip install pysbd sentencex`.
"""

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
DEFAULT_GOLDEN = SHARED / "bench" / "segmentation" / "golden_en.json"
DEFAULT_SEED = SHARED / "seeds" / "000_7c6843467a485547.txt"
ARTICLE_CHARS = 8 * 1024
ARTICLE_COUNT = 24
LONG_CHARS = 5 * 1024 * 1024
PYSBD_LONG_CHARS = 200 * 1024  # pySBD is quadratic: 5 MB would take hours
TIME_BUDGET = 15.0  # seconds of timing rounds, at least MIN_ROUNDS of them
MIN_ROUNDS = 5
MAX_ROUNDS = 15
ROUND_SECONDS = 0.2
SPEED_BAR = 50.0
LINEAR_BAR = 0.5

sys.path.insert(0, str(REPO_ROOT))


def load_segmenters():
    """Return {name: function(text) -> list of sentence strings}, ours first."""
    try:
        import pysbd
        import sentencex
    except ImportError as exc:
        sys.exit(f"missing benchmark dependency ({exc.name}): pip install pysbd sentencex")
    from annotate.segment import split_sentences

    pysbd_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return {
        "annotate": lambda text: [span.text for span in split_sentences(text)],
        "pysbd": pysbd_segmenter.segment,
        "sentencex": lambda text: list(sentencex.segment("en", text)),
    }


def golden_failures(segment, cases):
    """Return the ids of golden cases whose stripped, non-empty sentences differ."""
    failed = []
    for case in cases:
        got = [s.strip() for s in segment(case["text"]) if s.strip()]
        if got != case["expected"]:
            failed.append(case["id"])
    return failed


def build_articles(cases, seed_text):
    """Build ARTICLE_COUNT news-like ~8 KB articles.

    Each has a title, a read-time line, then paragraphs alternating between the seed article's
    paragraphs and golden texts, with a sub-heading now and then.
    """
    paragraphs = [p.strip() for p in seed_text.split("\n\n") if p.strip()][1:]
    golden = [case["text"] for case in cases]
    articles = []
    for number in range(ARTICLE_COUNT):
        parts = [f"Article {number}: Leaders Meet Again in Pyongyang\n2 mins read"]
        size = len(parts[0])
        index = number * 5
        while size < ARTICLE_CHARS:
            parts.append(paragraphs[index % len(paragraphs)])
            parts.append(golden[index % len(golden)])
            size += len(parts[-1]) + len(parts[-2]) + 4
            index += 1
        articles.append("\n\n".join(parts) + "\n")
    return articles


def mb(texts):
    """Return the UTF-8 size of texts in megabytes."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def run_once(segment, texts):
    """Return the seconds it takes to segment every text once."""
    began = time.perf_counter()
    for text in texts:
        segment(text)
    return time.perf_counter() - began


def interleaved_rates(jobs):
    """Return the median MB/s of each {key: (segment, texts)} job, and the number of rounds.

    Every round runs every job, so a slow spell of this noisy machine hits all of them alike and
    the ratios stay fair. Fast jobs repeat within a round until it lasts about ROUND_SECONDS.
    """
    repeats = {key: max(1, round(ROUND_SECONDS / run_once(*job))) for key, job in jobs.items()}
    timings = {key: [] for key in jobs}
    deadline = time.perf_counter() + TIME_BUDGET
    rounds = 0
    while rounds < MIN_ROUNDS or (rounds < MAX_ROUNDS and time.perf_counter() < deadline):
        for key, (segment, texts) in jobs.items():
            timings[key].append(run_once(segment, texts * repeats[key]) / repeats[key])
        rounds += 1
    rates = {key: mb(texts) / statistics.median(timings[key]) for key, (_, texts) in jobs.items()}
    return rates, rounds


def long_text(articles, chars):
    """Join articles with blank lines into one string of about chars characters."""
    parts, size, index = [], 0, 0
    while size < chars:
        parts.append(articles[index % len(articles)])
        size += len(parts[-1]) + 2
        index += 1
    return "\n\n".join(parts)[:chars]


def peak_memory_mb(segment, text):
    """Return the peak traced allocation, in MB, of segmenting text once."""
    tracemalloc.start()
    segment(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def bar(label, ok, detail):
    """Print one quality bar and return whether it passed."""
    print(f"  {'PASS' if ok else 'FAIL'}  {label}: {detail}")
    return ok


def main(argv=None):
    """Run the benchmark, print the table and the bars, return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--golden", type=Path, default=DEFAULT_GOLDEN,
                        help="golden_en.json (default: %(default)s)")
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED,
                        help="seed article used to build the test articles (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in (args.golden, args.seed):
        if not path.is_file():
            sys.exit(f"not found: {path} (pass --golden/--seed with the shared bench files)")
    cases = json.loads(args.golden.read_text(encoding="utf-8"))
    seed_text = args.seed.read_text(encoding="utf-8")
    segmenters = load_segmenters()
    articles = build_articles(cases, seed_text)
    long = long_text(articles, LONG_CHARS)
    pysbd_long = long_text(articles, PYSBD_LONG_CHARS)
    print(f"{len(articles)} articles, {mb(articles) / len(articles) * 1000:.1f} KB each; "
          f"long string {mb([long]):.2f} MB (pysbd: {mb([pysbd_long]) * 1000:.0f} KB); ", end="")
    jobs = {}
    for name, segment in segmenters.items():
        jobs[name, "articles"] = (segment, articles)
        if name != "pysbd":
            jobs[name, "long"] = (segment, [long])
    rates, rounds = interleaved_rates(jobs)
    # pySBD on a long input: one bounded run, apart, as it grows quadratically.
    rates["pysbd", "long"] = mb([pysbd_long]) / run_once(segmenters["pysbd"], [pysbd_long])
    print(f"median of {rounds} interleaved rounds\n")
    results = {
        name: (golden_failures(segment, cases), rates[name, "articles"], rates[name, "long"])
        for name, segment in segmenters.items()
    }
    report(results, len(cases), mb([long]), mb([pysbd_long]))
    peak = peak_memory_mb(segmenters["annotate"], long)
    print(f"\nannotate peak memory on the {mb([long]):.2f} MB string: {peak:.1f} MB "
          f"({peak / mb([long]):.1f}x the input)")
    return check_bars(results, len(cases))


def report(results, total, long_mb, pysbd_long_mb):
    """Print the side-by-side table and the golden cases each segmenter fails."""
    print(f"{'segmenter':<10} {'golden':>13} {'MB/s 8KB':>9} {'MB/s long':>10}  long input")
    for name, (failed, article_rate, long_rate) in results.items():
        passed = total - len(failed)
        size = f"{long_mb:.2f} MB"
        if name == "pysbd":
            size = f"{pysbd_long_mb * 1000:.0f} KB (quadratic: not run on {long_mb:.0f} MB)"
        print(f"{name:<10} {passed:>3}/{total} {100 * passed / total:5.1f}% "
              f"{article_rate:9.2f} {long_rate:10.2f}  {size}")
    print("\ngolden cases failed (ids):")
    for name, (failed, _, _) in results.items():
        print(f"  {name:<10} {', '.join(map(str, failed)) or 'none'}")


def check_bars(results, total):
    """Print PASS/FAIL per quality bar; return 0 when all pass, 1 otherwise."""
    ours_failed, ours_rate, ours_long = results["annotate"]
    sbd_failed, sbd_rate, _ = results["pysbd"]
    speedup = ours_rate / sbd_rate
    linear = ours_long / ours_rate
    print("\nbars:")
    oks = [
        bar("speed vs pysbd on 8 KB articles", speedup >= SPEED_BAR,
            f"{speedup:.1f}x (bar >= {SPEED_BAR:.0f}x)"),
        bar("linear: 5 MB rate / article rate", linear >= LINEAR_BAR,
            f"{linear:.2f} (bar >= {LINEAR_BAR})"),
        bar("accuracy vs pysbd", len(ours_failed) <= len(sbd_failed),
            f"{total - len(ours_failed)}/{total} vs {total - len(sbd_failed)}/{total}"),
    ]
    return 0 if all(oks) else 1


if __name__ == "__main__":
    sys.exit(main())
