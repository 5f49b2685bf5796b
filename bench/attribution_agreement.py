"""How far annotators agree on the attribution gold (issue 16), next to suggest_sources.

Usage: python bench/attribution_agreement.py GOLD RELABEL [RELABEL ...] [--show]

GOLD is a gold file of ``bench/attribution.py --stories`` (its writer's labels and the phenomena
it tags); each RELABEL holds the same stories labelled again, independently, by another annotator
who saw only the text and the registry (bench/attribution_agreement/). Overall and per phenomenon
of the gold, the script prints:

- each relabel scored against the writer's gold as if it were a system (P, R, F1), next to
  suggest_sources on the same sentences: how well a careful human does by the same measure;
- for every pair of annotators, the share of sentences given the same source and Cohen's kappa
  over the sources (null is a label like any other);
- suggest_sources against the majority label of all the annotators (sentences where no label has a
  majority are left out and counted), and on the sentences where every annotator agrees.

``--show`` lists the sentences where the annotators disagree. Exits non-zero on a relabel whose
stories or sentence texts differ from the gold's.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from annotate.attribution import suggest_sources  # noqa: E402
from annotate.segment import split_sentences  # noqa: E402
from bench._attribution_stories import PHENOMENA, Baseline, _cell, counts, ratios, run_story  # noqa: E402

NO_MAJORITY = object()


def sentences_of(data):
    """Every sentence record of a loaded file, in order."""
    return [sentence for story in data["stories"] for paragraph in story["paragraphs"] for sentence in paragraph]


def check_same_text(gold, relabel, name):
    """Raise SystemExit unless ``relabel`` has the gold's stories and sentence texts, in order."""
    if len(gold["stories"]) != len(relabel["stories"]):
        raise SystemExit(f"{name}: {len(relabel['stories'])} stories, the gold has {len(gold['stories'])}")
    for story, other in zip(gold["stories"], relabel["stories"], strict=True):
        mine = [sentence["text"] for paragraph in story["paragraphs"] for sentence in paragraph]
        theirs = [sentence["text"] for paragraph in other["paragraphs"] for sentence in paragraph]
        if mine != theirs:
            raise SystemExit(f"{name}: story {other.get('id')} does not hold the sentences of {story['id']}")


def kappa(first, second):
    """Observed agreement and Cohen's kappa of two equally long label lists (None is a label)."""
    if not first:
        return None, None
    observed = sum(1 for a, b in zip(first, second, strict=True) if a == b) / len(first)
    left, right = Counter(first), Counter(second)
    expected = sum(left[label] * right[label] for label in left) / len(first) ** 2
    return observed, (None if expected == 1 else (observed - expected) / (1 - expected))


def majority(labels):
    """The label more than half of ``labels`` give, else NO_MAJORITY."""
    label, count = Counter(labels).most_common(1)[0]
    return label if count * 2 > len(labels) else NO_MAJORITY


def system_labels(gold):
    """suggest_sources' source for every gold sentence, in order."""
    baseline = Baseline(gold["registry"])
    got = []
    for story in gold["stories"]:
        rows, _ = run_story(story, gold["registry"], baseline, split_sentences, suggest_sources)
        got += [row[3] for row in rows]
    return got


def _prf(reference, labels, picked, negative=False):
    """P, R, F1 cells and the suggestion count of ``labels`` against ``reference`` on ``picked``;
    for the ``negative`` sentences (null in the gold) only the count of sources given."""
    if negative:
        return f"{'sources given':>17} {sum(1 for i in picked if labels[i] is not None):7d}"
    tp, fp, fn, made = counts([(reference[i], labels[i]) for i in picked])
    return " ".join(_cell(value) for value in ratios(tp, fp, fn)) + f" {made:4d}"


def subsets(gold_sentences):
    """(name, indexes) for all sentences and for each phenomenon of the gold."""
    everything = list(range(len(gold_sentences)))
    return [("overall", everything)] + [
        (phenomenon, [i for i in everything if phenomenon in gold_sentences[i]["phenomena"]])
        for phenomenon in PHENOMENA]


def report(gold, relabels, names, show=False):
    """Print the tables; return the per-annotator label lists (the writer's first)."""
    gold_sentences = sentences_of(gold)
    annotators = [[sentence["source"] for sentence in gold_sentences]]
    annotators += [[sentence["source"] for sentence in sentences_of(relabel)] for relabel in relabels]
    ours = system_labels(gold)
    parts = subsets(gold_sentences)

    print("Against the writer's gold: each relabel as if it were a system, and suggest_sources (P R F1 sugg)")
    header = "".join(f"   {name[:24]:^25}" for name in [*names, "suggest_sources"])
    print(f"{'':16} {'sents':>5}{header}")
    for label, picked in parts:
        cells = "".join(f"   {_prf(annotators[0], labels, picked, label == 'negative')}"
                        for labels in [*annotators[1:], ours])
        print(f"{label:16} {len(picked):5d}{cells}")

    everyone = ["writer", *names]
    print("\nBetween annotators: same source (share) and Cohen's kappa")
    pairs = [(a, b) for a in range(len(everyone)) for b in range(a + 1, len(everyone))]
    print(f"{'':16} {'sents':>5}" + "".join(f"   {everyone[a][:9] + ' / ' + everyone[b][:9]:^21}" for a, b in pairs))
    for label, picked in parts:
        cells = []
        for a, b in pairs:
            same, k = kappa([annotators[a][i] for i in picked], [annotators[b][i] for i in picked])
            cells.append(f"   same {_cell(same)} k {_cell(k)}")
        print(f"{label:16} {len(picked):5d}" + "".join(cells))

    votes = [majority([labels[i] for labels in annotators]) for i in range(len(gold_sentences))]
    decided = {i for i, vote in enumerate(votes) if vote is not NO_MAJORITY}
    unanimous = {i for i in range(len(gold_sentences)) if len({labels[i] for labels in annotators}) == 1}
    print(f"\nsuggest_sources against the majority of the {len(annotators)} annotators "
          f"({len(gold_sentences) - len(decided)} sentences with no majority left out) and on the "
          f"{len(unanimous)} sentences where all agree (P R F1 sugg)")
    print(f"{'':16} {'sents':>5}   {'majority':^25}   {'unanimous':^25}")
    for label, picked in parts:
        on_decided = [i for i in picked if i in decided]
        on_unanimous = [i for i in picked if i in unanimous]
        negative = label == "negative"
        print(f"{label:16} {len(on_decided):5d}   {_prf(votes, ours, on_decided, negative)}   "
              f"{_prf(annotators[0], ours, on_unanimous, negative)}")
    if show:
        print("\nsentences where the annotators disagree (writer, relabels..., suggest_sources)")
        for i, sentence in enumerate(gold_sentences):
            if i not in unanimous:
                labels = " | ".join(str(labels[i]) for labels in annotators)
                print(f"  #{i} {','.join(sentence['phenomena'])}: {labels} | got {ours[i]}\n"
                      f"      {sentence['text'][:140]!r}")
    return annotators


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("relabels", type=Path, nargs="+")
    parser.add_argument("--show", action="store_true", help="list the sentences where annotators disagree")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    relabels = []
    for path in args.relabels:
        relabel = json.loads(path.read_text(encoding="utf-8"))
        check_same_text(gold, relabel, path)
        relabels.append(relabel)
    report(gold, relabels, [path.stem for path in args.relabels], args.show)


if __name__ == "__main__":
    main()
