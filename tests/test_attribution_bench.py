"""The attribution benchmark's gold stories are well-formed and its scoring can fail (issue 16).

The gold files (bench/attribution_stories.json, held out; bench/attribution_stories_dev.json)
must keep lining up with the segmenter, name only registry sources or names in the text, and
cover every phenomenon; the scorer is checked with stand-in suggesters, never with the rules
under test.
"""

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from annotate.segment import split_sentences

BENCH = Path(__file__).resolve().parent.parent / "bench"
TEST_FILE, DEV_FILE = BENCH / "attribution_stories.json", BENCH / "attribution_stories_dev.json"
GENERIC = {"anonymous official", "officials", "prosecutors", "police", "witnesses"}


def _load_module():
    spec = importlib.util.spec_from_file_location("_attribution_stories", BENCH / "_attribution_stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stories = _load_module()


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _sentences(gold):
    return [sentence for story in gold["stories"] for paragraph in story["paragraphs"] for sentence in paragraph]


@pytest.mark.parametrize("path", [TEST_FILE, DEV_FILE], ids=["test", "dev"])
def test_gold_is_well_formed(path):
    """Known tags; attributed sentences tagged; null ones plain or negative; sources nameable."""
    gold = _gold(path)
    names = [entry["name"] for entry in gold["registry"]]
    assert len(names) == len(set(names)) and set(names) >= GENERIC
    assert len({story["id"] for story in gold["stories"]}) == len(gold["stories"])
    for story in gold["stories"]:
        text, _ = stories.story_text(story)
        for paragraph in story["paragraphs"]:
            for sentence in paragraph:
                tags, source = sentence["phenomena"], sentence["source"]
                assert set(tags) <= set(stories.PHENOMENA), sentence
                if source is None:
                    assert tags in ([], ["negative"]), sentence
                else:
                    assert tags and "negative" not in tags, sentence
                    assert source in names or source in text, sentence


@pytest.mark.parametrize("path", [TEST_FILE, DEV_FILE], ids=["test", "dev"])
def test_gold_sentences_are_the_segmenters_sentences(path):
    """Every gold sentence is exactly one sentence of split_sentences, at the same offsets."""
    for story in _gold(path)["stories"]:
        text, spans = stories.story_text(story)
        cut = {(sentence.start, sentence.end) for sentence in split_sentences(text)}
        for start, end, gold in spans:
            assert text[start:end] == gold["text"]
            assert (start, end) in cut, (story["id"], gold["text"])


def test_held_out_set_is_big_enough_and_covers_every_phenomenon():
    """Issue 16: at least 25 stories, 400 sentences, each phenomenon at least 12 times."""
    gold = _gold(TEST_FILE)
    sentences = _sentences(gold)
    assert len(gold["stories"]) >= 25 and len(sentences) >= 400
    for phenomenon in stories.PHENOMENA:
        assert sum(phenomenon in sentence["phenomena"] for sentence in sentences) >= 12, phenomenon


def test_development_and_held_out_sets_share_no_story_or_source():
    """The rules' author sees only the development file: nothing specific may leak into it."""
    test, dev = _gold(TEST_FILE), _gold(DEV_FILE)
    assert not {s["id"] for s in test["stories"]} & {s["id"] for s in dev["stories"]}
    assert not {s["text"] for s in _sentences(test)} & {s["text"] for s in _sentences(dev)}
    specific = lambda gold: {e["name"] for e in gold["registry"]} - GENERIC  # noqa: E731
    assert not specific(test) & specific(dev)


def test_baseline_needs_a_name_and_a_cue_word():
    """The name-plus-cue baseline: earliest registry name, only with a cue word."""
    baseline = stories.Baseline([{"name": "Lena Marsh", "aliases": ["Marsh"]},
                                 {"name": "Bank of Quervia", "aliases": []}])
    assert baseline.source("Marsh said the Bank of Quervia would wait.") == "Lena Marsh"
    assert baseline.source("According to the Bank of Quervia, Marsh will stay.") == "Bank of Quervia"
    assert baseline.source("Marsh estimated that prices would fall.") is None
    assert baseline.source("She said prices would fall.") is None


def _suggester(answers):
    """A stand-in for suggest_sources that answers from a {sentence text: source} table."""
    def suggest(text, sentences, registry):
        return [SimpleNamespace(source=answers[s.text], confidence=1.0) if answers.get(s.text) else None
                for s in sentences]
    return suggest


def test_scorer_meets_the_goal_only_when_the_suggestions_are_right(capsys):
    """Gold answers meet the goal; no answers and wrong answers do not."""
    gold = _gold(DEV_FILE)
    right = {s["text"]: s["source"] for s in _sentences(gold)}
    assert stories.run(gold, split_sentences, _suggester(right)) is True
    assert stories.run(gold, split_sentences, _suggester({})) is False
    wrong = dict.fromkeys(right, "police")
    assert stories.run(gold, split_sentences, _suggester(wrong)) is False
    assert "NOT met" in capsys.readouterr().out
