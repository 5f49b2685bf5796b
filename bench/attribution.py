"""Benchmark annotate.attribution.suggest_sources against a hand-made gold set.

Usage: python bench/attribution.py [--gold PATH] [--flood ALIASES]
       python bench/attribution.py --stories [PATH ...] [--show-errors]

Loads the fixture articles, the registry (fixtures/sources.json) and the gold
(bench/attribution_gold.json: every body sentence, its expected source or null), then prints
precision, recall and F1 (a suggestion is right when its source equals the gold source; a
wrong source counts as a false positive and a false negative; None against null is a true
negative), a per-article breakdown, every disagreement, the throughput (sentences per second,
median of bounded repeats over the fixture articles) and the peak memory of one pass.

Then (issue 12) the seed article against a flooded registry: the fixtures' sources plus
``--flood`` aliases (75,000 by default; 0 skips it) of 200 characters, 50 a source, as the
limits allow: the time to index the registry once, an article's suggestions against that index
(median of several runs), and an article's suggestions when the registry is passed as entries
(indexed for the call, as the workspace did on every page before: the first call and the median
of the next). Exits non-zero when the seed article's expectations (issue 4) fail.

``--stories`` (issue 16) runs only the benchmark on invented wire stories instead
(bench/_attribution_stories.py; by default every held-out set, bench/_attribution_stories.HELD_OUT:
bench/attribution_stories.json, bench/attribution_stories_heldout2.json ..., each and then together;
or the files named, such as the development sets bench/attribution_stories_dev*.json): precision,
recall and F1 overall and
per phenomenon, next to a name-plus-cue-word baseline, ``--show-errors`` listing the
disagreements; exits non-zero unless precision >= 0.95 and recall >= 0.85 overall (of all the
sets together).
"""

import argparse
import json
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "fixtures"
DEFAULT_GOLD = REPO_ROOT / "bench" / "attribution_gold.json"
SEED_FILE = "fixtures/000_7c6843467a485547.txt"
REPEATS = 7
REPEAT_SECONDS = 0.3
LONG_ARTICLE_CHARS = 200_000
FLOOD_ALIASES, FLOOD_ALIAS_CHARS, FLOOD_PER_SOURCE = 75_000, 200, 50
FLOOD_RUNS = 5

# Issue 4: the seed suggests these sources (sentence prefix -> name) and nothing elsewhere.
SEED_EXPECTED = {
    "The letter conveyed": "Xi Jinping",
    "Xinhua, China\u2019s official news agency, reported": "Xinhua",
    "While the contents of President Xi Jinping\u2019s letter": "Xi Jinping",
    "Xi Jinping acknowledged": "Xi Jinping",
    "Shoigu highlighted": "Sergei Shoigu",
}

sys.path.insert(0, str(REPO_ROOT))

from annotate.attribution import suggest_sources  # noqa: E402
from annotate.attribution_registry import Registry  # noqa: E402
from annotate.segment import split_sentences  # noqa: E402
from bench import _attribution_stories as stories  # noqa: E402


def load_articles():
    """Return {(file, external_id): text} for the seed and the fixture articles."""
    articles = {(SEED_FILE, None): (REPO_ROOT / SEED_FILE).read_text(encoding="utf-8")}
    for line in (FIXTURES / "wire_stories.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            articles[("fixtures/wire_stories.jsonl", record["external_id"])] = record["text"]
    for record in json.loads((FIXTURES / "tricky.json").read_text(encoding="utf-8")):
        articles[("fixtures/tricky.json", record["external_id"])] = record["text"]
    return articles


def score(rows):
    """Return (tp, fp, fn, tn) for rows of (gold, got)."""
    tp = sum(1 for gold, got in rows if got is not None and got == gold)
    fp = sum(1 for gold, got in rows if got is not None and got != gold)
    fn = sum(1 for gold, got in rows if gold is not None and got != gold)
    tn = sum(1 for gold, got in rows if gold is None and got is None)
    return tp, fp, fn, tn


def ratios(tp, fp, fn):
    """Return precision, recall, F1 (1.0 when there is nothing to find or to get wrong)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(gold, articles, registry):
    """Compare suggestions with the gold; return (rows per article, disagreements)."""
    per_article, disagreements = {}, []
    for entry in gold["articles"]:
        key = (entry["file"], entry["external_id"])
        text = articles[key]
        sentences = split_sentences(text)
        suggestions = suggest_sources(text, sentences, registry)
        rows = []
        for case in entry["sentences"]:
            sentence = sentences[case["index"]]
            if not sentence.text.startswith(case["prefix"]):
                sys.exit(f"gold drifted from the segmentation: {key} #{case['index']}: "
                         f"{sentence.text[:60]!r} does not start with {case['prefix']!r}")
            suggestion = suggestions[case["index"]]
            got = suggestion.source if suggestion else None
            rows.append((case["source"], got))
            if got != case["source"]:
                disagreements.append((key, case, suggestion))
        per_article[key] = rows
    return per_article, disagreements


def seed_failures(articles, registry):
    """Return the seed sentences whose suggestion differs from issue 4's expectations."""
    text = articles[(SEED_FILE, None)]
    sentences = split_sentences(text)
    failures = []
    for sentence, suggestion in zip(sentences, suggest_sources(text, sentences, registry), strict=True):
        expected = next((name for prefix, name in SEED_EXPECTED.items()
                         if sentence.text.startswith(prefix)), None)
        got = suggestion.source if suggestion else None
        if got != expected:
            failures.append(f"{sentence.text[:50]!r}: expected {expected}, got {got}")
    return failures


def throughput(inputs, registry):
    """Median sentences per second over REPEATS bounded repeats of all inputs (``registry``: a
    `Registry` indexed once, or entries, indexed on every call)."""
    count = sum(len(sentences) for _, sentences in inputs)
    rates = []
    for _ in range(REPEATS):
        done, started = 0, time.perf_counter()
        while True:
            for text, sentences in inputs:
                suggest_sources(text, sentences, registry)
            done += count
            elapsed = time.perf_counter() - started
            if elapsed >= REPEAT_SECONDS:
                break
        rates.append(done / elapsed)
    return statistics.median(rates)


def peak_memory(inputs, registry):
    """Peak bytes tracemalloc sees during one pass over the inputs."""
    tracemalloc.start()
    for text, sentences in inputs:
        suggest_sources(text, sentences, registry)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def flood_registry(entries, aliases, seed=12):
    """The entries plus ``aliases`` made-up aliases of FLOOD_ALIAS_CHARS characters (capitalised
    made-up words), FLOOD_PER_SOURCE a source."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10))).capitalize()
             for _ in range(5000)]

    def alias(number):
        text = f"{number:05d}"
        while len(text) < FLOOD_ALIAS_CHARS:
            text += " " + rng.choice(words)
        return text[:FLOOD_ALIAS_CHARS].rstrip()

    flood = [{"name": f"Flood source {start // FLOOD_PER_SOURCE}", "kind": "other",
              "aliases": [alias(n) for n in range(start, min(start + FLOOD_PER_SOURCE, aliases))]}
             for start in range(0, aliases, FLOOD_PER_SOURCE)]
    return [*entries, *flood]


def timed(call):
    """Seconds ``call()`` takes, and what it returns."""
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def flood_report(text, entries, aliases):
    """Print the cost of the seed article against a registry flooded with ``aliases`` aliases."""
    registry = flood_registry(entries, aliases)
    sentences = split_sentences(text)
    total = sum(len(entry["aliases"]) for entry in registry)
    print(f"\nflooded registry: {len(registry):,} sources, {total:,} aliases "
          f"({sum(len(a) for entry in registry for a in entry['aliases']) / 1e6:.1f} MB)")
    build, index = timed(lambda: Registry(registry))
    once = [timed(lambda: suggest_sources(text, sentences, index))[0] for _ in range(FLOOD_RUNS)]
    print(f"  indexed once:          build {build:.2f} s, then {statistics.median(once) * 1000:.2f} ms an article "
          f"(median of {FLOOD_RUNS})")
    first, _ = timed(lambda: suggest_sources(text, sentences, registry))
    again = [timed(lambda: suggest_sources(text, sentences, registry))[0] for _ in range(FLOOD_RUNS - 2)]
    print(f"  indexed on every call: first {first:.2f} s, then {statistics.median(again):.2f} s an article "
          f"(median of {FLOOD_RUNS - 2}; the workspace before issue 12: every page)")


def report(per_article, disagreements):
    """Print the overall and per-article scores and the disagreements."""
    rows = [row for article_rows in per_article.values() for row in article_rows]
    tp, fp, fn, tn = score(rows)
    precision, recall, f1 = ratios(tp, fp, fn)
    print(f"sentences {len(rows)}  tp {tp}  fp {fp}  fn {fn}  tn {tn}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print("\nper article:")
    for (file, external_id), article_rows in per_article.items():
        a_tp, a_fp, a_fn, a_tn = score(article_rows)
        a_p, a_r, a_f1 = ratios(a_tp, a_fp, a_fn)
        name = external_id or Path(file).name
        print(f"  {name:24} n={len(article_rows):2} tp={a_tp} fp={a_fp} fn={a_fn} tn={a_tn}  "
              f"P={a_p:.2f} R={a_r:.2f} F1={a_f1:.2f}")
    print(f"\ndisagreements: {len(disagreements)}")
    for (file, external_id), case, suggestion in disagreements:
        got = "None" if suggestion is None else (
            f"{suggestion.source} ({suggestion.basis}, {suggestion.confidence})")
        print(f"  {external_id or Path(file).name} #{case['index']} {case['prefix'][:40]!r}: "
              f"gold {case['source']}, got {got}")


def main():
    """Run the benchmark; exit 1 when the seed expectations fail."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--flood", type=int, default=FLOOD_ALIASES, metavar="ALIASES",
                        help=f"aliases of the flooded registry (default {FLOOD_ALIASES:,}; 0: skip)")
    parser.add_argument("--stories", type=Path, nargs="*", metavar="PATH",
                        help="score the invented wire stories instead (default: the held-out sets, "
                             "each and together)")
    parser.add_argument("--show-errors", action="store_true", help="with --stories: list the disagreements")
    args = parser.parse_args()
    if args.stories is not None:
        named = [(path.name, json.loads(path.read_text(encoding="utf-8"))) for path in args.stories or stories.HELD_OUT]
        return 0 if stories.run_sets(named, split_sentences, suggest_sources, args.show_errors) else 1
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    registry = json.loads((REPO_ROOT / gold["registry"]).read_text(encoding="utf-8"))
    articles = load_articles()
    report(*evaluate(gold, articles, registry))

    inputs = [(text, split_sentences(text)) for text in articles.values()]
    seed = articles[(SEED_FILE, None)]
    long_text = "\n\n".join([seed] * (LONG_ARTICLE_CHARS // len(seed) + 1))
    long_input = [(long_text, split_sentences(long_text))]
    index = Registry(registry)
    print(f"\nthroughput: {throughput(inputs, index):,.0f} sentences/s "
          f"(fixture articles, registry indexed once, median of {REPEATS} repeats of >= {REPEAT_SECONDS} s)")
    print(f"            {throughput(inputs, registry):,.0f} sentences/s "
          f"(fixture articles, registry indexed on every call)")
    print(f"            {throughput(long_input, index):,.0f} sentences/s "
          f"(one {len(long_text) // 1000} KB article)")
    print(f"peak memory: {peak_memory(inputs, registry) / 1024:.0f} KiB (fixture articles), "
          f"{peak_memory(long_input, registry) / 1024:.0f} KiB (long article)")

    if args.flood:
        flood_report(seed, registry, args.flood)

    failures = seed_failures(articles, registry)
    print(f"\nseed expectations: {'FAIL' if failures else 'PASS'}")
    for failure in failures:
        print(f"  {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
