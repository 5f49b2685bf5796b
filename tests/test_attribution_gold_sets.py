"""Every attribution gold file in bench/ (issue 16), the held-out sets and the development sets
alike, is well formed and cut as the segmenter cuts it; the held-out sets share no story, sentence
or specific source with any development set (the rules' author sees only those)."""

import pytest

from tests.test_attribution_bench import BENCH, GENERIC, _gold, _sentences, stories
from tests.test_attribution_bench import test_gold_is_well_formed as _well_formed
from tests.test_attribution_bench import test_gold_sentences_are_the_segmenters_sentences as _segmented

HELD_OUT = list(stories.HELD_OUT)
DEVELOPMENT = sorted(BENCH.glob("attribution_stories_dev*.json"))
ALL = HELD_OUT + DEVELOPMENT


def test_the_sets_are_there():
    assert len(HELD_OUT) == 233 and all(path.exists() for path in HELD_OUT)
    assert len(DEVELOPMENT) >= 9


@pytest.mark.parametrize("path", ALL, ids=[path.stem for path in ALL])
def test_every_gold_file_is_well_formed_and_segmented_as_its_sentences(path):
    _well_formed(path)
    _segmented(path)


# What separate writers came up with alike (annotate/attribution*.py names none of it):
# a party name, a stock apology quoted in two stories, stock lines of court copy and names.
COINCIDENCES = {("attribution_stories.json", "attribution_stories_dev4.json"): {"Renewal Party"},
                ("attribution_stories_heldout2.json", "attribution_stories_dev9.json"):
                    {"\u201cThat is on us, and it will not happen again.\u201d"},
                ("attribution_stories_heldout5.json", "attribution_stories_dev5.json"):
                    {"He faces up to 12 years in prison if convicted."},
                # the sixth set's writer could check names only against the development sets
                ("attribution_stories_heldout6.json", "attribution_stories_heldout4.json"): {"Clementine Rookwood"},
                ("attribution_stories_heldout4.json", "attribution_stories_heldout6.json"): {"Clementine Rookwood"},
                ("attribution_stories_heldout10.json", "attribution_stories_heldout3.json"):
                    {"If convicted, he faces up to 12 years in prison."},
                ("attribution_stories_heldout3.json", "attribution_stories_heldout10.json"):
                    {"If convicted, he faces up to 12 years in prison."},
                ("attribution_stories_heldout12.json", "attribution_stories_dev8.json"):
                    {"The trial is expected to last six weeks."},
                ("attribution_stories_heldout13.json", "attribution_stories_heldout6.json"): {"Barnaby Quillfeather"},
                ("attribution_stories_heldout6.json", "attribution_stories_heldout13.json"): {"Barnaby Quillfeather"},
                # a stock line of police copy (the sixteenth set's writer could read the twelfth)
                ("attribution_stories_heldout16.json", "attribution_stories_heldout12.json"):
                    {"They did not name the men."},
                ("attribution_stories_heldout12.json", "attribution_stories_heldout16.json"):
                    {"They did not name the men."},
                # the eightieth and eighty-first sets' writers, at the same time and apart, both
                # chose Ekegusii (Gusii) name shapes and both made up the same woman's name
                ("attribution_stories_heldout80.json", "attribution_stories_heldout81.json"): {"Kerubo Nyamweya"},
                ("attribution_stories_heldout81.json", "attribution_stories_heldout80.json"): {"Kerubo Nyamweya"},
                # the hundred-and-tenth set's writer checked runs of seven words, and this sentence has
                # four: the eighty-fourth set holds it too
                ("attribution_stories_heldout110.json", "attribution_stories_heldout84.json"): {"No one was hurt."},
                ("attribution_stories_heldout84.json", "attribution_stories_heldout110.json"): {"No one was hurt."}}


@pytest.mark.parametrize("held_out", HELD_OUT, ids=[path.stem for path in HELD_OUT])
def test_no_held_out_set_shares_a_story_sentence_or_source_with_a_development_set(held_out):
    test = _gold(held_out)
    specific = lambda gold: {e["name"] for e in gold["registry"]} - GENERIC  # noqa: E731
    for path in DEVELOPMENT + [other for other in HELD_OUT if other != held_out]:
        dev = _gold(path)
        shared = ({s["text"] for s in _sentences(test)} & {s["text"] for s in _sentences(dev)}) \
            | (specific(test) & specific(dev))
        assert not {s["id"] for s in test["stories"]} & {s["id"] for s in dev["stories"]}, path.name
        assert shared == COINCIDENCES.get((held_out.name, path.name), set()), (path.name, shared)


def test_the_rules_name_nothing_the_sets_share_by_coincidence():
    rules = "".join(path.read_text(encoding="utf-8") for path in (BENCH.parent / "annotate").glob("attribution*.py"))
    for shared in COINCIDENCES.values():
        for text in shared:
            assert text.strip("\u201c\u201d") not in rules, text


def test_the_second_held_out_set_covers_every_phenomenon():
    sentences = _sentences(_gold(HELD_OUT[1]))
    assert len(sentences) >= 300
    for phenomenon in stories.PHENOMENA:
        assert sum(phenomenon in sentence["phenomena"] for sentence in sentences) >= 25, phenomenon


# The held-out sets written in pairs, two writers at the same time, neither seeing the other's
# set; each pair scored once, with the rules frozen, while the next pair was being written.
PAIRS = [(6, 7), (8, 9), (10, 11), (12, 13), (14, 15), (16, 17), (18, 19), (20, 21), (22, 23), (24, 25), (26, 27),
         (28, 29), (30, 31), (32, 33), (34, 35), (36, 37), (38, 39), (40, 41), (42, 43),
         (44, 45), (46, 47), (48, 49), (50, 51), (52, 53), (54, 55), (56, 57), (58, 59), (60, 61), (62, 63), (64, 65),
         (66, 67), (68, 69), (70, 71), (72, 73), (74, 75), (76, 77), (78, 79), (80, 81), (82, 83), (84, 85), (86, 87),
         (88, 89), (90, 91), (92, 93), (94, 95), (96, 97), (98, 99), (100, 101), (102, 103),
         (104, 105), (106, 107), (108, 109), (110, 111), (112, 113),
         (114, 115), (116, 117), (118, 119),
         (120, 121), (122, 123), (124, 125), (126, 127), (128, 129), (130, 131), (132, 133),
         (134, 135), (136, 137), (138, 139), (140, 141), (142, 143), (144, 145), (146, 147), (148, 149),
         (150, 151), (152, 153), (154, 155), (156, 157), (158, 159), (160, 161), (162, 163), (164, 165),
         (166, 167), (168, 169), (170, 171), (172, 173), (174, 175), (176, 177),
         (178, 179), (180, 181), (182, 183), (184, 185), (186, 187),
         (188, 189),
         (190, 191), (192, 193), (194, 195), (196, 197), (198, 199),
         (200, 201), (202, 203), (204, 205),
         (206, 207), (208, 209), (210, 211), (212, 213), (214, 215),
         (216, 217), (218, 219), (220, 221), (222, 223), (224, 225), (226, 227), (228, 229), (230, 231),
         (232, 233)]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"heldout{a}+{b}" for a, b in PAIRS])
def test_each_pair_of_held_out_sets_is_a_benchmark_worth_the_name(pair):
    """Together at least 25 stories and 400 sentences, every phenomenon at least 10 times
    (issue 16)."""
    paths = [BENCH / f"attribution_stories_heldout{number}.json" for number in pair]
    assert all(path in HELD_OUT for path in paths)
    golds = [_gold(path) for path in paths]
    sentences = [sentence for gold in golds for sentence in _sentences(gold)]
    assert sum(len(gold["stories"]) for gold in golds) >= 25 and len(sentences) >= 400
    for phenomenon in stories.PHENOMENA:
        assert sum(phenomenon in sentence["phenomena"] for sentence in sentences) >= 10, phenomenon
