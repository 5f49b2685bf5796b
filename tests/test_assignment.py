"""``assign_round_robin``: the pure rule behind bulk assignment, with property tests."""

from collections import Counter

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotate.assignment import AssignmentError, assign_round_robin


def loads_after(pairs, reviewers, load=None):
    """Each reviewer's load once ``pairs`` are added to ``load``."""
    counts = Counter(reviewer for _, reviewer in pairs)
    return {r: (load or {}).get(r, 0) + counts[r] for r in reviewers}


def per_article(pairs):
    grouped = {}
    for article, reviewer in pairs:
        grouped.setdefault(article, []).append(reviewer)
    return grouped


# --- examples ---------------------------------------------------------------------------------

def test_round_robin_in_reviewer_id_order_from_zero():
    pairs = assign_round_robin([10, 11, 12, 13], [3, 1, 2], 1)
    assert pairs == [(10, 1), (11, 2), (12, 3), (13, 1)]


def test_overlap_two_over_three_reviewers():
    pairs = assign_round_robin([1, 2, 3], [7, 8, 9], 2)
    assert pairs == [(1, 7), (1, 8), (2, 9), (2, 7), (3, 8), (3, 9)]
    assert set(loads_after(pairs, [7, 8, 9]).values()) == {2}


def test_least_loaded_first_with_ties_by_id():
    pairs = assign_round_robin([1, 2, 3], [1, 2, 3], 1, load={1: 5, 2: 0, 3: 0})
    assert pairs == [(1, 2), (2, 3), (3, 2)]


def test_existing_pairs_are_never_repeated():
    pairs = assign_round_robin([1, 2], [1, 2, 3], 2, existing={(1, 1), (2, 2)})
    assert pairs == [(1, 2), (1, 3), (2, 1), (2, 3)]


def test_duplicates_count_once():
    pairs = assign_round_robin([1, 1, 2], [5, 5, 6], 2)
    assert pairs == [(1, 5), (1, 6), (2, 5), (2, 6)]


def test_no_articles_gives_no_pairs():
    assert assign_round_robin([], [1, 2], 2) == []


@pytest.mark.parametrize("k, message", [
    (0, "overlap must be at least 1, got 0"),
    (-2, "overlap must be at least 1, got -2"),
    (4, "overlap 4 needs at least 4 reviewers, but 3 were chosen"),
    ("2", "overlap must be a whole number, got '2'"),
    (True, "overlap must be a whole number, got True"),
])
def test_overlap_out_of_range_is_refused(k, message):
    with pytest.raises(AssignmentError) as caught:
        assign_round_robin([1], [1, 2, 3], k)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_no_reviewers_is_refused():
    with pytest.raises(AssignmentError, match="overlap 1 needs at least 1 reviewers, but 0 were"):
        assign_round_robin([1], [], 1)


def test_too_few_eligible_reviewers_for_one_article():
    with pytest.raises(AssignmentError) as caught:
        assign_round_robin([1, 2], [1, 2, 3], 2, existing={(2, 1), (2, 3)})
    assert str(caught.value) == ("article 2 can go to only 1 of the chosen reviewers (the others "
                                 "already have it), fewer than the overlap 2")


# --- properties -------------------------------------------------------------------------------

articles = st.lists(st.integers(0, 10_000), unique=True, max_size=60)
reviewer_sets = st.lists(st.integers(1, 500), unique=True, min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(articles=articles, reviewers=reviewer_sets, data=st.data())
def test_from_zero_every_article_gets_k_distinct_and_loads_differ_by_at_most_one(
        articles, reviewers, data):
    k = data.draw(st.integers(1, len(reviewers)), label="k")
    pairs = assign_round_robin(articles, reviewers, k)
    grouped = per_article(pairs)
    assert set(grouped) == set(articles)
    for article, chosen in grouped.items():
        assert len(chosen) == k and len(set(chosen)) == k, article
        assert set(chosen) <= set(reviewers)
    assert len(pairs) == len(set(pairs)) == len(articles) * k
    final = loads_after(pairs, reviewers).values()
    assert max(final) - min(final) <= 1


def smallest_possible_max(load, reviewers, n, k):
    """The smallest final maximum load any valid assignment reaches.

    A valid assignment gives reviewer r some x_r new articles with 0 <= x_r <= n (distinct
    articles) and sum x_r = n*k; every such vector can be realised (deal the reviewers'
    slots round the articles). So the answer is the least M >= max(load) with
    sum min(n, max(0, M - load_r)) >= n*k.
    """
    m = max(load[r] for r in reviewers)
    while sum(min(n, max(0, m - load[r])) for r in reviewers) < n * k:
        m += 1
    return m


def largest_possible_min(load, reviewers, n, k):
    """The largest final minimum load any valid assignment reaches: the greatest m with
    every m - load_r <= n and sum max(0, m - load_r) <= n*k."""
    m = min(load[r] for r in reviewers)
    while True:
        need = [max(0, m + 1 - load[r]) for r in reviewers]
        if max(need) > n or sum(need) > n * k:
            return m
        m += 1


@settings(max_examples=300, deadline=None)
@given(articles=articles, reviewers=reviewer_sets, data=st.data())
def test_with_existing_loads_the_spread_is_the_smallest_any_assignment_can_reach(
        articles, reviewers, data):
    """With arbitrary starting loads (no existing pairs) we assert, precisely:

    1. the final maximum load is the smallest final maximum of ANY valid assignment of these
       articles (each to k distinct reviewers), and
    2. the final minimum load is the largest final minimum of any valid assignment;
    hence 3. the final max-min spread is the smallest any valid assignment can reach (any
    assignment's spread is at least best-max minus best-min), and in particular
    4. it is never larger than max(starting spread, 1).
    """
    k = data.draw(st.integers(1, len(reviewers)), label="k")
    load = data.draw(st.fixed_dictionaries({r: st.integers(0, 40) for r in reviewers}), label="load")
    pairs = assign_round_robin(articles, reviewers, k, load=load)
    final = loads_after(pairs, reviewers, load)
    n = len(articles)
    assert all(len(set(chosen)) == k for chosen in per_article(pairs).values())
    assert max(final.values()) == smallest_possible_max(load, reviewers, n, k)
    assert min(final.values()) == largest_possible_min(load, reviewers, n, k)
    start_spread = max(load.values()) - min(load.values())
    assert max(final.values()) - min(final.values()) <= max(start_spread, 1)


@settings(max_examples=300, deadline=None)
@given(articles=st.lists(st.integers(0, 30), unique=True, max_size=30),
       reviewers=st.lists(st.integers(1, 8), unique=True, min_size=1, max_size=8), data=st.data())
def test_with_existing_pairs_never_repeats_a_pair_and_fails_only_when_it_must(
        articles, reviewers, data):
    """With existing (article, reviewer) pairs: no new pair repeats one, every article still gets
    exactly k distinct new reviewers, and an error comes exactly when some article has fewer
    than k reviewers without it."""
    k = data.draw(st.integers(1, len(reviewers)), label="k")
    existing = data.draw(st.sets(st.tuples(st.sampled_from(articles or [0]),
                                           st.sampled_from(reviewers)), max_size=40), label="existing")
    short = [a for a in articles
             if sum((a, r) not in existing for r in reviewers) < k]
    if short:
        with pytest.raises(AssignmentError, match=f"article {short[0]} can go to only"):
            assign_round_robin(articles, reviewers, k, existing=existing)
        return
    pairs = assign_round_robin(articles, reviewers, k, existing=existing)
    assert not set(pairs) & set(existing)
    grouped = per_article(pairs)
    assert set(grouped) == set(articles)
    assert all(len(chosen) == len(set(chosen)) == k for chosen in grouped.values())


@given(reviewers=reviewer_sets, k=st.integers(-5, 30))
def test_k_outside_one_to_reviewers_always_raises(reviewers, k):
    assume(k < 1 or k > len(reviewers))
    with pytest.raises(AssignmentError):
        assign_round_robin([1], reviewers, k)
