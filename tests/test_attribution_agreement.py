"""The annotator-agreement script of the attribution bench (issue 16): its kappa, majority and
text check are right on small hand-worked cases, and it refuses a relabel of other sentences."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load():
    spec = importlib.util.spec_from_file_location("attribution_agreement", REPO / "bench" / "attribution_agreement.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(REPO))
    spec.loader.exec_module(module)
    return module


agreement = _load()


def test_kappa_of_identical_labels_is_one_and_of_chance_labels_is_zero():
    assert agreement.kappa(["A", None, "B"], ["A", None, "B"]) == (1.0, 1.0)
    # Each side half A, half None, agreeing on half the sentences: what chance gives.
    observed, k = agreement.kappa(["A", "A", None, None], ["A", None, "A", None])
    assert observed == 0.5 and k == 0.0


def test_kappa_worked_by_hand():
    # 10 sentences: 7 agree; marginals A 5/6, None 5/4: expected (5*6 + 5*4)/100 = 0.5.
    first = ["A"] * 5 + [None] * 5
    second = ["A"] * 4 + [None] + ["A"] * 2 + [None] * 3
    observed, k = agreement.kappa(first, second)
    assert observed == pytest.approx(0.7) and k == pytest.approx(0.4)


def test_kappa_is_undefined_when_everyone_gives_one_label_or_nothing():
    assert agreement.kappa([None, None], [None, None]) == (1.0, None)
    assert agreement.kappa([], []) == (None, None)


def test_majority_needs_more_than_half():
    assert agreement.majority(["A", "A", None]) == "A"
    assert agreement.majority([None, None, "B"]) is None
    assert agreement.majority(["A", "B", None]) is agreement.NO_MAJORITY
    assert agreement.majority(["A", "B"]) is agreement.NO_MAJORITY


def _file(*texts, sources=None):
    sources = sources or [None] * len(texts)
    return {"registry": [], "stories": [{"id": "s1", "title": "T", "paragraphs": [
        [{"text": text, "source": source, "phenomena": []} for text, source in zip(texts, sources, strict=True)]]}]}


def test_a_relabel_of_other_sentences_is_refused():
    gold = _file("One.", "Two.")
    agreement.check_same_text(gold, _file("One.", "Two.", sources=["X", None]), "same")
    with pytest.raises(SystemExit, match="does not hold the sentences"):
        agreement.check_same_text(gold, _file("One.", "Two!"), "changed")
    with pytest.raises(SystemExit, match="1 stories"):
        agreement.check_same_text({"stories": gold["stories"] * 2}, gold, "short")


def test_the_report_scores_a_relabel_against_the_writer(tmp_path, capsys):
    gold = json.loads((REPO / "bench" / "attribution_stories_dev.json").read_text(encoding="utf-8"))
    relabel = json.loads(json.dumps(gold))
    sentences = [s for story in relabel["stories"] for paragraph in story["paragraphs"] for s in paragraph]
    attributed = [s for s in sentences if s["source"]]
    for sentence in attributed[:10]:  # ten sources dropped: recall falls by exactly ten, precision stays 1
        sentence["source"] = None
    annotators = agreement.report(gold, [relabel], ["relabel"])
    assert annotators[1].count(None) == annotators[0].count(None) + 10
    overall = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("overall"))
    precision, recall = overall.split()[2:4]
    assert precision == "1.000"
    assert float(recall) == pytest.approx((len(attributed) - 10) / len(attributed), abs=5e-4)
