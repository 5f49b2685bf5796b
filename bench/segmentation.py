"""Benchmark annotate.segment against pySBD and sentencex in one run.

Usage: python bench/segmentation.py [--golden PATH] [--seed PATH]
       python bench/segmentation.py --languages [LANG ...]

English mode (the default) measures accuracy on the 48 English "Golden Rules" cases, throughput on ~8 KB news-like
articles built from the golden texts and the seed article, throughput on one 5 MB string
(linearity), and peak memory; prints PASS/FAIL per quality bar and exits non-zero on a FAIL.
pySBD and sentencex are benchmark-only dependencies: `pip install pysbd sentencex`.

`--languages` scores every language (or those named) on pySBD's golden rules for it
(bench/segmentation_golden/, MIT, from pySBD's tests) and on invented wire-style cases
(bench/segmentation_news/), side by side with pySBD and sentencex; prints the speed against pySBD
on the same ~8 KB text in the same run, and how time grows from 1x to 8x that text; exits non-zero
unless each language meets its goal (see check_language).
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
    parser.add_argument("--languages", nargs="*", metavar="LANG",
                        help="score every language (or those named) instead of English alone")
    args = parser.parse_args(argv)
    if args.languages is not None:
        return run_languages(args.languages)
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


# --- --languages: every language the segmenter has rules for ---------------------------------

GOLDEN_DIR = REPO_ROOT / "bench" / "segmentation_golden"
NEWS_DIR = REPO_ROOT / "bench" / "segmentation_news"
LANGUAGE_TEXT_CHARS = 8 * 1024
LANGUAGE_REPEATS = 9  # timing rounds per language; the median counts
LINEAR_FACTOR = 8
LINEAR_LIMIT = 1.5  # time for 8x the text may be at most 1.5 * 8 times the time for 1x


def language_cases(language):
    """Return (golden cases, news cases) of a language as lists of (text, expected sentences)."""
    golden, news = [], []
    golden_path, news_path = GOLDEN_DIR / f"{language}.json", NEWS_DIR / f"{language}.json"
    if golden_path.is_file():
        data = json.loads(golden_path.read_text(encoding="utf-8"))
        golden = [(case["text"], case["expected"]) for case in data["cases"]]
    if news_path.is_file():
        data = json.loads(news_path.read_text(encoding="utf-8"))
        news = [(data["separator"].join(case["sentences"]), case["sentences"])
                for case in data["cases"]]
    return golden, news


def language_segmenters(language):
    """Return {name: segment function or None} for one language; None where unsupported."""
    import pysbd
    import sentencex

    from annotate.segment import split_sentences

    pysbd_segment = None
    if language in pysbd.languages.LANGUAGE_CODES:
        pysbd_segment = pysbd.Segmenter(language=language, clean=False, char_span=False).segment
    return {
        "annotate": lambda text: [span.text for span in split_sentences(text, language)],
        "pysbd": pysbd_segment,
        "sentencex": lambda text: list(sentencex.segment(language, text)),
    }


def passed(segment, cases):
    """Return how many cases a segmenter gets exactly right (stripped, non-empty sentences)."""
    if segment is None:
        return None
    count = 0
    for text, expected in cases:
        try:
            got = [s.strip() for s in segment(text) if s.strip()]
        except Exception:  # a crash on a case is a failed case, for every segmenter alike
            got = None
        count += got == expected
    return count


def language_text(cases, chars):
    """Join a language's case texts in paragraphs until the text is about chars long."""
    texts = [text for text, _ in cases]
    parts, size, index = [], 0, 0
    while size < chars:
        parts.append(texts[index % len(texts)])
        size += len(parts[-1]) + 2
        index += 1
    return "\n\n".join(parts)


def round_timings(jobs, repeats=LANGUAGE_REPEATS):
    """Return {key: [seconds of one run, per round]} for {key: (segment, text)}, interleaved.

    Every round runs every job, so a slow spell of this shared machine hits them alike; fast
    jobs repeat within a round until it lasts about 50 ms.
    """
    inner = {key: max(1, round(0.05 / max(run_once(segment, [text]), 1e-6)))
             for key, (segment, text) in jobs.items()}
    timings = {key: [] for key in jobs}
    for _ in range(repeats):
        for key, (segment, text) in jobs.items():
            timings[key].append(run_once(segment, [text] * inner[key]) / inner[key])
    return timings


def median_ratio(numerators, denominators):
    """Return the median over rounds of numerator / denominator (both timed in that round)."""
    return statistics.median(a / b for a, b in zip(numerators, denominators, strict=True))


def measure_language(language):
    """Score and time one language; return a dict of its figures."""
    golden, news = language_cases(language)
    segmenters = language_segmenters(language)
    row = {"language": language, "golden": len(golden), "news": len(news)}
    for name, segment in segmenters.items():
        row[name] = (passed(segment, golden), passed(segment, news))
    text = language_text(golden + news, LANGUAGE_TEXT_CHARS)
    ours = segmenters["annotate"]
    from annotate.segment import split_sentences

    # pySBD's own rules where it has them, else its English rules on the same text.
    reference = segmenters["pysbd"] or language_segmenters("en")["pysbd"]
    times = round_timings({
        "pysbd": (reference, text),
        "ours": (ours, text),
        "auto": (lambda t: split_sentences(t), text),
        "long": (ours, "\n\n".join([text] * LINEAR_FACTOR)),
    })
    row["speed"] = median_ratio(times["pysbd"], times["ours"])
    row["speed_auto"] = median_ratio(times["pysbd"], times["auto"])
    row["linear"] = median_ratio(times["long"], times["ours"]) / LINEAR_FACTOR
    return row


def check_language(row):
    """Return the goals a language misses: accuracy vs pySBD (or sentencex), speed, linearity."""
    def total(name):
        golden, news = row[name]
        return None if golden is None else golden + news

    missed = []
    ours, rival = total("annotate"), total("pysbd")
    rival_name = "pysbd"
    if rival is None:
        rival, rival_name = total("sentencex"), "sentencex"
    if ours < rival:
        missed.append(f"accuracy {ours} < {rival_name} {rival}")
    if row["speed"] < SPEED_BAR:
        missed.append(f"speed {row['speed']:.0f}x < {SPEED_BAR:.0f}x")
    if row["linear"] > LINEAR_LIMIT:
        missed.append(f"8x input took {row['linear']:.2f} x 8 the time")
    return missed


def run_languages(requested):
    """Run --languages: print one row per language, return 1 when a goal is missed."""
    from annotate.language import SUPPORTED_LANGUAGES

    languages = requested or sorted(SUPPORTED_LANGUAGES)
    print("accuracy: cases passed, golden (pySBD's rules) + news (ours, invented); speed: pySBD's time /"
          " annotate's on the same ~8 KB text (language given; auto = detected); linear: time(8x) /"
          " (8 * time(1x))\n")
    header = (f"{'lang':<5}{'golden':>7}{'news':>5} | {'annotate':>9} {'pysbd':>9} {'sentencex':>9} |"
              f" {'speed':>6} {'auto':>6} {'linear':>6} | goal")
    print(header)
    print("-" * len(header))
    failures = 0
    for language in languages:
        row = measure_language(language)
        missed = check_language(row)
        failures += bool(missed)
        cells = []
        for name in ("annotate", "pysbd", "sentencex"):
            golden, news = row[name]
            cells.append("n/a" if golden is None else f"{golden}+{news}")
        print(f"{language:<5}{row['golden']:>7}{row['news']:>5} | {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} |"
              f" {row['speed']:5.0f}x {row['speed_auto']:5.0f}x {row['linear']:6.2f} |"
              f" {'met' if not missed else 'MISSED: ' + '; '.join(missed)}")
    print(f"\n{len(languages) - failures}/{len(languages)} languages meet the goal "
          f"(accuracy >= pySBD's, or sentencex's where pySBD has no rules; >= {SPEED_BAR:.0f}x pySBD;"
          f" linear)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
