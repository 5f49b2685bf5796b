"""Benchmark annotate.claims.cluster against the hand-made gold set, beside two lexical baselines.

Usage: python bench/claims.py [--gold PATH] [--repeats N] [--show-errors]
       python bench/claims.py --scale [--sentences N] [--queries N] [--new N] [--database-url URL]
                               [--sqlite-cache-mb MB]

Loads bench/claims_gold.json (clusters of paraphrases; hard negatives, each its own cluster) and
prints, in one run:

- pairwise precision, recall and F1 of ``annotate.claims.cluster``, and of two baselines
  clustered by connected components at the threshold that gives each its best F1 on this same
  gold set (a sweep; so the baselines are shown at their most flattering): rapidfuzz's
  ``fuzz.token_set_ratio`` and the cosine of word TF-IDF vectors (scikit-learn);
- per kind of hard negative, how many each method wrongly merged with any other sentence;
- timings (median of several runs): ``parse`` per sentence, ``similarity`` per pair, ``cluster``
  on the whole gold set.

Exits 1 when ours misses the bar (precision >= 0.95, recall >= 0.85, F1 above both baselines).
``--scale`` hands over to ``run_scale(args)`` in bench/_claims_scale.py.
"""

import argparse
import importlib
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO_ROOT / "bench" / "claims_gold.json"
TARGET_PRECISION, TARGET_RECALL = 0.95, 0.85

sys.path.insert(0, str(REPO_ROOT))

from annotate import claims  # noqa: E402


def load_gold(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Texts, their gold cluster ids and their hard-negative kinds ("" for a cluster's paraphrase)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    texts, labels, kinds = [], [], []
    for group in gold["clusters"]:
        for sentence in group["sentences"]:
            texts.append(sentence)
            labels.append(group["id"])
            kinds.append("")
    for number, negative in enumerate(gold["hard_negatives"]):
        texts.append(negative["text"])
        labels.append(f"hn{number}")
        kinds.append(negative["kind"])
    return texts, labels, kinds


def pair_scores(gold: list[str], predicted: list[int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against the gold one."""
    true_positive = false_positive = false_negative = 0
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            same_gold, same_predicted = gold[i] == gold[j], predicted[i] == predicted[j]
            true_positive += same_gold and same_predicted
            false_positive += same_predicted and not same_gold
            false_negative += same_gold and not same_predicted
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 1.0
    recall = true_positive / (true_positive + false_negative) if true_positive + false_negative else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def components(matrix, threshold: float) -> list[int]:
    """Connected components of the graph "score >= threshold" (a dense square matrix)."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]
    from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

    _, labels = connected_components(csr_matrix(matrix >= threshold), directed=False)
    return [int(label) for label in labels]


def best_threshold(matrix, gold: list[str], thresholds) -> tuple[float, list[int], tuple[float, float, float]]:
    """The threshold with the best pairwise F1, its clustering and its scores."""
    best = None
    for threshold in thresholds:
        labels = components(matrix, threshold)
        scores = pair_scores(gold, labels)
        if best is None or scores[2] > best[2][2]:
            best = (threshold, labels, scores)
    assert best is not None
    return best


def rapidfuzz_matrix(texts: list[str]):
    """token_set_ratio of every pair (0..100)."""
    from rapidfuzz import fuzz, process, utils

    return process.cdist(texts, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process)


def tfidf_matrix(texts: list[str]):
    """Cosine of word TF-IDF vectors of every pair (0..1)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]

    vectors = TfidfVectorizer().fit_transform(texts)
    return (vectors @ vectors.T).toarray()


def merged_negatives(labels: list[int], kinds: list[str]) -> Counter[str]:
    """Per kind, the hard negatives that share their predicted cluster with any other sentence."""
    sizes = Counter(labels)
    return Counter(kind for label, kind in zip(labels, kinds, strict=True) if kind and sizes[label] > 1)


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timings(texts: list[str], repeats: int) -> dict[str, float]:
    """parse per sentence and similarity per pair in microseconds, cluster of the whole set in ms."""
    parsed = [claims.parse(text) for text in texts]
    pairs = [(parsed[i], parsed[j]) for i in range(len(parsed)) for j in range(i + 1, min(len(parsed), i + 20))]
    claims.canonical.cache_clear()  # time parse with a cold word cache too
    cold = median_seconds(lambda: [claims.parse(text) for text in texts], 1) / len(texts) * 1e6
    return {
        "reference_us": median_seconds(lambda: sum(range(1000)), repeats * 20) * 1e6,
        "parse_cold_us": cold,
        "parse_us": median_seconds(lambda: [claims.parse(text) for text in texts], repeats) / len(texts) * 1e6,
        "similarity_us": median_seconds(lambda: [claims.similarity(a, b) for a, b in pairs], repeats)
        / len(pairs) * 1e6,
        "cluster_ms": median_seconds(lambda: claims.cluster(texts), repeats) * 1e3,
    }


def print_errors(texts: list[str], gold: list[str], predicted: list[int]) -> None:
    """Every wrongly merged and every wrongly split pair, for tuning."""
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if (gold[i] == gold[j]) != (predicted[i] == predicted[j]):
                tag = "SPLIT" if gold[i] == gold[j] else "MERGED"
                score = claims.similarity(claims.parse(texts[i]), claims.parse(texts[j]))
                print(f"  {tag} {score:.2f} [{gold[i]}] {texts[i]}\n{'':>14}[{gold[j]}] {texts[j]}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 when ours meets the bar, 1 when not, 2 when --scale is unavailable."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--show-errors", action="store_true", help="list every wrong pair of ours")
    parser.add_argument("--scale", action="store_true", help="the scale benchmark (bench/_claims_scale.py)")
    parser.add_argument("--sentences", type=int, default=1_000_000, help="--scale: indexed sentences")
    parser.add_argument("--queries", type=int, default=300, help="--scale: match queries")
    parser.add_argument("--new", type=int, default=5000, help="--scale: sentences indexed in one go")
    parser.add_argument("--database-url", default=None, help="--scale: an empty PostgreSQL database (else SQLite)")
    parser.add_argument("--sqlite-cache-mb", type=int, default=None,
                        help="--scale on SQLite: the page cache (the app's SQLITE_CACHE_MB; default the app's)")
    args = parser.parse_args(argv)
    if args.scale:
        return run_scale_bench(args)
    texts, gold, kinds = load_gold(args.gold)
    kind_counts = Counter(kind for kind in kinds if kind)
    print(f"gold: {args.gold.name}: {len(texts)} sentences, {len(set(gold)) - sum(kind_counts.values())} clusters "
          f"of paraphrases ({len(texts) - sum(kind_counts.values())} sentences), "
          f"{sum(kind_counts.values())} hard negatives")
    print("hard negatives by kind: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kind_counts.items())))

    ours = claims.cluster(texts)
    fuzz_threshold, fuzz_labels, fuzz_scores = best_threshold(rapidfuzz_matrix(texts), gold, range(30, 101))
    tfidf_threshold, tfidf_labels, tfidf_scores = best_threshold(
        tfidf_matrix(texts), gold, [step / 100 for step in range(5, 100)]
    )
    rows = [
        (f"annotate.claims (THRESHOLD {claims.THRESHOLD})", pair_scores(gold, ours), ours),
        (f"rapidfuzz token_set_ratio >= {fuzz_threshold}", fuzz_scores, fuzz_labels),
        (f"TF-IDF cosine >= {tfidf_threshold:.2f}", tfidf_scores, tfidf_labels),
    ]
    print(f"\n{'method':<46} {'precision':>9} {'recall':>7} {'F1':>6} {'clusters':>9}")
    for name, (precision, recall, f1), labels in rows:
        print(f"{name:<46} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {len(set(labels)):>9}")
    print(f"(gold clusters: {len(set(gold))}; baselines at their best threshold on this gold set)")

    print(f"\nhard negatives wrongly merged, by kind (of {sum(kind_counts.values())}):")
    print(f"{'kind':<24} {'count':>5} {'ours':>5} {'rapidfuzz':>9} {'TF-IDF':>7}")
    merged = [merged_negatives(labels, kinds) for _, _, labels in rows]
    for kind in sorted(kind_counts):
        print(f"{kind:<24} {kind_counts[kind]:>5} {merged[0][kind]:>5} {merged[1][kind]:>9} {merged[2][kind]:>7}")
    print(f"{'total':<24} {sum(kind_counts.values()):>5} {sum(merged[0].values()):>5} "
          f"{sum(merged[1].values()):>9} {sum(merged[2].values()):>7}")

    timing = timings(texts, args.repeats)
    print(f"\ntimings (median of {args.repeats} runs): parse {timing['parse_us']:.1f} us/sentence "
          f"(cold word cache {timing['parse_cold_us']:.1f} us), similarity {timing['similarity_us']:.1f} us/pair, "
          f"cluster of {len(texts)} sentences {timing['cluster_ms']:.1f} ms")
    print(f"(this machine's speed: sum(range(1000)) takes {timing['reference_us']:.1f} us here)")
    if args.show_errors:
        print("\nour wrong pairs:")
        print_errors(texts, gold, ours)
    return verdict(rows)


def verdict(rows) -> int:
    """Print whether ours meets the bar; the exit status."""
    precision, recall, f1 = rows[0][1]
    baseline_f1 = max(rows[1][1][2], rows[2][1][2])
    met = precision >= TARGET_PRECISION and recall >= TARGET_RECALL and f1 > baseline_f1
    print(f"\ngoal (precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}, F1 above both baselines): "
          f"{'met' if met else 'NOT met'}")
    return 0 if met else 1


def run_scale_bench(args: argparse.Namespace) -> int:
    """Hand over to bench/_claims_scale.py (written separately); exit 2 when it is not there."""
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    try:
        run_scale = importlib.import_module("_claims_scale").run_scale
    except (ImportError, AttributeError) as error:
        print(f"--scale needs bench/_claims_scale.py with run_scale(args), which is not available: {error}",
              file=sys.stderr)
        return 2
    return int(run_scale(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
