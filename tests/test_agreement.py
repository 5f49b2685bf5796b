"""annotate.agreement: agreement figures against reference implementations and textbook examples.

The references (krippendorff, scikit-learn, statsmodels) are test-only dependencies: the module
computes everything itself, from the aggregated counts the database can produce.
"""

import math
import random
import subprocess
import sys
import warnings
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa

from annotate.agreement import (
    FIELDS,
    FieldAgreement,
    PairCounts,
    PairKappa,
    agreement_of,
    field_agreement,
    format_table,
    pair_counts,
)

REPO_ROOT = Path(__file__).resolve().parent.parent

# Values as the three fields hold them; None is "the article itself" for source, a real category.
VALUE_POOL = ["checkable", "minor", "not_a_claim", None, 17]


# --- reference implementations --------------------------------------------------------------------

def _defined(value):
    """A reference figure as ours would say it: None for nan."""
    value = float(value)
    return None if math.isnan(value) else value


def reference_alpha(ratings, reviewers, values):
    """krippendorff.alpha over a reviewers × units matrix, nan for missing; None where undefined."""
    index = {value: number for number, value in enumerate(values)}
    matrix = np.full((len(reviewers), len(ratings)), np.nan)
    for column, by_reviewer in enumerate(ratings.values()):
        for row, reviewer in enumerate(reviewers):
            if reviewer in by_reviewer:
                matrix[row, column] = index[by_reviewer[reviewer]]
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            return _defined(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
        except ValueError:  # "There has to be more than one value in the domain."
            return None


def reference_fleiss(ratings, values):
    """statsmodels' fleiss_kappa over the units × values count table; None where undefined."""
    table = np.array([[list(by_reviewer.values()).count(value) for value in values]
                      for by_reviewer in ratings.values() if len(by_reviewer) >= 2])
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return _defined(fleiss_kappa(table, method="fleiss"))


def reference_cohen(ratings, reviewer_a, reviewer_b, values):
    """sklearn's cohen_kappa_score over the units both decided: (kappa or None, shared units)."""
    index = {value: number for number, value in enumerate(values)}
    shared = [by_reviewer for by_reviewer in ratings.values() if {reviewer_a, reviewer_b} <= by_reviewer.keys()]
    if len(shared) < 2:
        return None, len(shared)
    first = [index[by_reviewer[reviewer_a]] for by_reviewer in shared]
    second = [index[by_reviewer[reviewer_b]] for by_reviewer in shared]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _defined(cohen_kappa_score(first, second)), len(shared)


# --- random datasets --------------------------------------------------------------------------

def random_dataset(rng, same_size=False):
    """(ratings, reviewers, values): 2–6 reviewers, 2–200 units, 1–5 values, skewed so undefined cases occur.

    With ``same_size`` every unit is decided by the same number of reviewers (not the same ones).
    """
    reviewers = [f"reviewer{number}" for number in range(rng.randint(2, 6))]
    values = rng.sample(VALUE_POOL, rng.choice([1, 2, 2, 3, 4, 5]))
    weights = [rng.random() ** 3 + 1e-3 for _ in values]
    unit_count = rng.choice([rng.randint(2, 6), rng.randint(2, 200)])
    size = rng.randint(2, len(reviewers))
    presence = rng.uniform(0.2, 1.0)
    ratings = {}
    for unit in range(unit_count):
        if same_size:
            deciding = rng.sample(reviewers, size)
        else:
            deciding = [reviewer for reviewer in reviewers if rng.random() < presence]
        ratings[unit] = {reviewer: rng.choices(values, weights)[0] for reviewer in deciding}
    return ratings, reviewers, values


def check_against_references(ratings, reviewers, values, seed):
    """Compare every figure of ``agreement_of(ratings)`` with the references (to 1e-9)."""
    ours = agreement_of(ratings)
    decided = [by_reviewer for by_reviewer in ratings.values() if len(by_reviewer) >= 2]
    assert ours.units == len(decided), seed
    if len(decided) < 2:
        assert (ours.alpha, ours.fleiss_kappa) == (None, None), seed
    else:
        assert_close(ours.alpha, reference_alpha(ratings, reviewers, values), seed)
        if len({len(by_reviewer) for by_reviewer in decided}) == 1:
            assert_close(ours.fleiss_kappa, reference_fleiss(ratings, values), seed)
        else:
            assert ours.fleiss_kappa is None, seed
    by_names = {pair.reviewers: pair for pair in ours.pairs}
    for reviewer_a, reviewer_b in combinations(reviewers, 2):
        kappa, shared = reference_cohen(ratings, reviewer_a, reviewer_b, values)
        if shared == 0:
            assert (reviewer_a, reviewer_b) not in by_names, seed
            continue
        pair = by_names.pop((reviewer_a, reviewer_b))
        assert pair.units == shared, seed
        assert_close(pair.kappa, kappa, seed)
    assert not by_names, seed
    return ours


def assert_close(ours, reference, seed):
    if reference is None:
        assert ours is None, f"seed {seed}: ours {ours}, the reference is undefined"
    else:
        assert type(ours) is float, f"seed {seed}: ours {ours!r}, the reference {reference}"
        assert ours == pytest.approx(reference, abs=1e-9, rel=0), f"seed {seed}"


def test_random_data_with_missing_ratings_agrees_with_the_references():
    seen = {"alpha": 0, "undefined alpha": 0, "undefined pair": 0}
    for seed in range(250):
        ours = check_against_references(*random_dataset(random.Random(seed)), seed=seed)
        seen["alpha"] += ours.alpha is not None
        seen["undefined alpha"] += ours.alpha is None
        seen["undefined pair"] += any(pair.kappa is None for pair in ours.pairs)
    assert min(seen.values()) >= 10, seen  # both the defined and the undefined paths were exercised


def test_random_data_with_one_unit_size_agrees_with_the_references():
    fleiss = 0
    for seed in range(1000, 1200):
        ours = check_against_references(*random_dataset(random.Random(seed), same_size=True), seed=seed)
        fleiss += ours.fleiss_kappa is not None
    assert fleiss >= 100


# --- textbook examples ------------------------------------------------------------------------

def test_krippendorff_nominal_example_with_missing_data():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers × 12 units;
    # unit 12 has a single value and is not a unit.
    observers = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }
    ratings = {unit: {name: row[unit] for name, row in observers.items() if row[unit] is not None}
               for unit in range(12)}
    figures = agreement_of(ratings)
    assert figures.units == 11
    assert round(figures.alpha, 3) == 0.743
    assert figures.fleiss_kappa is None  # units of 2, 3 and 4 observers


def test_wikipedia_fleiss_kappa_example():
    # 10 subjects, 14 raters, 5 categories: how many raters put each subject in each category.
    table = [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]
    ratings = {}
    for subject, counts in enumerate(table):
        labels = [category for category, count in enumerate(counts, start=1) for _ in range(count)]
        ratings[subject] = {f"rater{number:02}": label for number, label in enumerate(labels)}
    figures = agreement_of(ratings)
    assert round(figures.fleiss_kappa, 3) == 0.210
    assert figures.fleiss_kappa == pytest.approx(fleiss_kappa(np.array(table)), abs=1e-12)


def test_wikipedia_cohen_kappa_example():
    cells = [("yes", "yes", 20), ("yes", "no", 5), ("no", "yes", 10), ("no", "no", 15)]
    pairs = [(a, b) for a, b, count in cells for _ in range(count)]
    ratings = {unit: {"alice": a, "bob": b} for unit, (a, b) in enumerate(pairs)}
    figures = agreement_of(ratings)
    assert figures.pairs == (PairKappa(("alice", "bob"), pytest.approx(0.4, abs=1e-12), 50),)
    assert figures.fleiss_kappa == pytest.approx(figures.alpha - (1 - figures.alpha) / (2 * 50 - 1))


# --- undefined figures ------------------------------------------------------------------------

def test_one_value_everywhere_is_undefined():
    ratings = {unit: {"alice": "checkable", "bob": "checkable", "carol": "checkable"} for unit in range(20)}
    figures = agreement_of(ratings)
    assert (figures.alpha, figures.fleiss_kappa, figures.units) == (None, None, 20)
    assert [(pair.kappa, pair.units) for pair in figures.pairs] == [(None, 20)] * 3


def test_a_single_unit_is_undefined():
    figures = agreement_of({1: {"alice": "supported", "bob": "refuted"}})
    assert figures == FieldAgreement(alpha=None, fleiss_kappa=None, units=1,
                                     pairs=(PairKappa(("alice", "bob"), None, 1),))


def test_no_ratings_at_all():
    assert agreement_of({}) == FieldAgreement(alpha=None, fleiss_kappa=None, units=0, pairs=())


def test_units_with_one_rating_are_dropped():
    kept = {3: {"alice": "minor", "bob": "minor"}, 4: {"alice": "checkable", "bob": "minor"},
            5: {"alice": "checkable", "bob": "checkable"}}
    lonely = {1: {"alice": "not_a_claim"}, 2: {"bob": "refuted"}, 6: {}}
    assert agreement_of({**kept, **lonely}) == agreement_of(kept)
    assert pair_counts({**kept, **lonely}) == pair_counts(kept)
    assert agreement_of(kept).units == 3


def test_a_pair_with_one_shared_unit_is_undefined_and_listed_last():
    ratings = {unit: {"alice": unit % 2, "bob": int(unit % 3 == 0)} for unit in range(10)}
    ratings[10] = {"alice": 1, "carol": 0}
    figures = agreement_of(ratings)
    assert figures.pairs[-1] == PairKappa(("alice", "carol"), None, 1)
    assert figures.pairs[0].reviewers == ("alice", "bob")
    assert figures.pairs[0].kappa is not None


def test_none_is_a_value_like_any_other():
    with_none = {0: {"a": None, "b": None}, 1: {"a": "s1", "b": None}, 2: {"a": "s1", "b": "s1"},
                 3: {"a": None, "b": "s2", "c": None}}
    named = {unit: {reviewer: "article" if value is None else value for reviewer, value in by_reviewer.items()}
             for unit, by_reviewer in with_none.items()}
    assert agreement_of(with_none) == agreement_of(named)
    assert agreement_of(with_none).alpha is not None


# --- counts, ordering and output --------------------------------------------------------------

def test_pair_counts_of_a_small_example():
    ratings = {"s1": {"bob": "x", "alice": "x", "carol": "y"}, "s2": {"alice": None, "bob": "x"}}
    counts = pair_counts(ratings)
    assert counts.units == {3: 1, 2: 1}
    assert counts.pairs == {(3, "x", "x"): 2, (3, "x", "y"): 2, (3, "y", "x"): 2,
                            (2, None, "x"): 1, (2, "x", None): 1}
    assert counts.reviewer_pairs == {("alice", "bob", "x", "x"): 1, ("alice", "carol", "x", "y"): 1,
                                     ("bob", "carol", "x", "y"): 1, ("alice", "bob", None, "x"): 1}


def test_counts_as_a_query_may_return_them():
    """Unsorted reviewer names and units of one rating in the counts change nothing."""
    rng = random.Random(7)
    ratings, _, _ = random_dataset(rng)
    counts = pair_counts(ratings)
    swapped = {(b, a, value_b, value_a): count for (a, b, value_a, value_b), count in counts.reviewer_pairs.items()}
    loose = PairCounts(units={**counts.units, 1: 5, 4: counts.units.get(4, 0)}, pairs=counts.pairs,
                       reviewer_pairs=swapped)
    assert field_agreement(loose) == field_agreement(counts) == agreement_of(ratings)


def test_pairs_lowest_kappa_first_then_names_and_as_dict():
    figures = field_agreement(PairCounts(units={}, pairs={}, reviewer_pairs={
        ("bob", "carol", "x", "x"): 3, ("bob", "carol", "y", "y"): 1, ("bob", "carol", "x", "y"): 1,
        ("alice", "dan", "x", "x"): 3, ("alice", "dan", "y", "y"): 1, ("alice", "dan", "x", "y"): 1,
        ("alice", "bob", "x", "y"): 1, ("alice", "bob", "y", "x"): 1,
        ("carol", "dan", "x", "x"): 1,
    }))
    assert [pair.reviewers for pair in figures.pairs] == [
        ("alice", "bob"), ("alice", "dan"), ("bob", "carol"), ("carol", "dan")]
    assert figures.as_dict() == {
        "alpha": None, "fleiss_kappa": None, "units": 0,
        "pairs": [{"reviewers": ["alice", "bob"], "kappa": -1.0, "units": 2},
                  {"reviewers": ["alice", "dan"], "kappa": pytest.approx(0.5454545454545454), "units": 5},
                  {"reviewers": ["bob", "carol"], "kappa": pytest.approx(0.5454545454545454), "units": 5},
                  {"reviewers": ["carol", "dan"], "kappa": None, "units": 1}],
    }


def test_format_table():
    figures = {
        "source": agreement_of({}),
        "claim_type": agreement_of({1: {"alice": "minor", "bob": "minor"}, 2: {"alice": "checkable", "bob": "minor"},
                                    3: {"alice": "checkable", "bob": "checkable"}}),
        "status": agreement_of({1: {"alice": "refuted", "bob": "refuted"}, 2: {"alice": "refuted", "bob": "refuted"}}),
    }
    assert format_table(figures) == (
        "field       alpha  Fleiss' kappa  units\n"
        "claim_type  0.444  0.333              3\n"
        "status      —      —                  2\n"
        "source      —      —                  0\n"
        "\n"
        "Cohen's kappa by reviewer pair, lowest first\n"
        "field       reviewers    kappa  units\n"
        "claim_type  alice – bob  0.400      3\n"
        "status      alice – bob  —          2\n"
    )
    assert "no two reviewers" in format_table({name: agreement_of({}) for name in FIELDS})


def test_the_module_is_pure():
    code = "import sys, annotate.agreement; assert not {'flask', 'sqlalchemy'} & set(sys.modules), sorted(sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
