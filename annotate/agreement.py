"""Inter-annotator agreement: how far reviewers who labelled the same sentences agree, one field at a time.

Why: before labels become a dataset, a curator needs to know whether the guidelines are read the
same way by everyone. Krippendorff's alpha (any number of reviewers per sentence) and Fleiss' kappa
(same number everywhere) say it for a whole field; Cohen's kappa for every pair of reviewers shows
*who* reads them differently, lowest first.

A *unit* is a sentence decided by at least two reviewers; its ratings map reviewer name → value.
``None`` is a real value (for ``source`` it means the article itself), not a missing rating.

Everything is computed from aggregated counts (``PairCounts``), which the database builds with
GROUP BY queries without loading every annotation; ``pair_counts`` builds the same counts from raw
ratings for tests and small callers. Pure: no Flask, no database. The arithmetic stays exact
(integers and fractions) until the final float, so an undefined figure (fewer than two units, a
single value, chance agreement 1) is caught exactly and returned as ``None``, never as nan.
"""

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations
from typing import Any

FIELDS = ("claim_type", "status", "source")

Ratings = Mapping[Hashable, Mapping[str, Hashable]]
"""Unit (sentence) → reviewer name → value."""


@dataclass(frozen=True)
class PairCounts:
    """What agreement needs, as SQL can aggregate it.

    ``units``: unit size m (number of reviewers who decided the sentence, >= 2) → number of units of
    that size. ``pairs``: (m, value_a, value_b) → ordered pairs of different reviewers, within units
    of size m, who gave value_a and value_b. ``reviewer_pairs``: (reviewer_a, reviewer_b, value_a,
    value_b) → units both decided, reviewer_a giving value_a and reviewer_b value_b, with
    reviewer_a < reviewer_b. Sizes below 2 are ignored, so a query need not filter them out.
    """

    units: Mapping[int, int]
    pairs: Mapping[tuple[int, Hashable, Hashable], int]
    reviewer_pairs: Mapping[tuple[str, str, Hashable, Hashable], int]


@dataclass(frozen=True)
class PairKappa:
    """Cohen's kappa of two reviewers (names sorted) over the ``units`` they both decided."""

    reviewers: tuple[str, str]
    kappa: float | None
    units: int


@dataclass(frozen=True)
class FieldAgreement:
    """Agreement on one field; ``None`` wherever a figure is undefined.

    ``fleiss_kappa`` is defined only when every unit has the same number of reviewers. ``pairs``
    holds every reviewer pair with a shared unit, lowest kappa first (undefined last), then by names.
    """

    alpha: float | None
    fleiss_kappa: float | None
    units: int
    pairs: tuple[PairKappa, ...]

    def as_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready plain data."""
        return {
            "alpha": self.alpha,
            "fleiss_kappa": self.fleiss_kappa,
            "units": self.units,
            "pairs": [{"reviewers": list(pair.reviewers), "kappa": pair.kappa, "units": pair.units}
                      for pair in self.pairs],
        }


def pair_counts(ratings: Ratings) -> PairCounts:
    """Aggregate raw ratings into ``PairCounts``; units with fewer than two ratings are dropped."""
    units: Counter[int] = Counter()
    pairs: Counter[tuple[int, Hashable, Hashable]] = Counter()
    reviewer_pairs: Counter[tuple[str, str, Hashable, Hashable]] = Counter()
    for by_reviewer in ratings.values():
        size = len(by_reviewer)
        if size < 2:
            continue
        units[size] += 1
        values = Counter(by_reviewer.values())
        for value_a, count_a in values.items():
            for value_b, count_b in values.items():
                pairs[(size, value_a, value_b)] += count_a * (count_b - 1 if value_a == value_b else count_b)
        for reviewer_a, reviewer_b in combinations(sorted(by_reviewer), 2):
            reviewer_pairs[(reviewer_a, reviewer_b, by_reviewer[reviewer_a], by_reviewer[reviewer_b])] += 1
    return PairCounts(units=dict(units), pairs=dict(+pairs), reviewer_pairs=dict(reviewer_pairs))


def field_agreement(counts: PairCounts) -> FieldAgreement:
    """Krippendorff's alpha, Fleiss' kappa and pairwise Cohen's kappa from aggregated counts."""
    sizes = {size: number for size, number in counts.units.items() if size >= 2 and number > 0}
    units = sum(sizes.values())
    return FieldAgreement(
        alpha=_alpha(counts.pairs, sizes) if units >= 2 else None,
        fleiss_kappa=_fleiss_kappa(counts.pairs, sizes) if units >= 2 else None,
        units=units,
        pairs=_pair_kappas(counts.reviewer_pairs),
    )


def agreement_of(ratings: Ratings) -> FieldAgreement:
    """Agreement straight from raw ratings (unit → reviewer → value)."""
    return field_agreement(pair_counts(ratings))


def _alpha(pairs: Mapping[tuple[int, Hashable, Hashable], int], sizes: Mapping[int, int]) -> float | None:
    """Nominal Krippendorff's alpha from the coincidence matrix; None when no disagreement is expected."""
    value_totals: dict[Hashable, Fraction] = {}  # n_c: pairable values c
    observed = Fraction(0)  # sum of o_ck over c != k
    for (size, value_a, value_b), count in pairs.items():
        if size not in sizes:
            continue
        coincidences = Fraction(count, size - 1)
        value_totals[value_a] = value_totals.get(value_a, Fraction(0)) + coincidences
        if value_a != value_b:
            observed += coincidences
    total = sum(value_totals.values(), Fraction(0))
    expected = total * total - sum(n_c * n_c for n_c in value_totals.values())  # sum of n_c·n_k over c != k
    if expected == 0:
        return None
    return float(1 - (total - 1) * observed / expected)


def _fleiss_kappa(pairs: Mapping[tuple[int, Hashable, Hashable], int], sizes: Mapping[int, int]) -> float | None:
    """Fleiss' kappa when every unit has one size m; None otherwise or when chance agreement is 1.

    With T = N·m ratings, t_j ratings of value j (sum of its pairs over m − 1), A agreeing ordered
    pairs and S = Σ t_j², kappa = (P̄ − P_e) / (1 − P_e) = (A·T − S·(m − 1)) / ((m − 1)·(T² − S)).
    """
    if len(sizes) != 1:
        return None
    [(size, number)] = sizes.items()
    value_pairs: Counter[Hashable] = Counter()
    agreeing = 0
    for (pair_size, value_a, value_b), count in pairs.items():
        if pair_size == size:
            value_pairs[value_a] += count
            agreeing += count if value_a == value_b else 0
    ratings = number * size
    squares = sum((count // (size - 1)) ** 2 for count in value_pairs.values())
    denominator = (size - 1) * (ratings * ratings - squares)
    if denominator == 0:
        return None
    return float(Fraction(agreeing * ratings - squares * (size - 1), denominator))


def _pair_kappas(reviewer_pairs: Mapping[tuple[str, str, Hashable, Hashable], int]) -> tuple[PairKappa, ...]:
    """Cohen's kappa for every reviewer pair, lowest first (undefined last), then by names."""
    tables: dict[tuple[str, str], Counter[tuple[Hashable, Hashable]]] = {}
    for (reviewer_a, reviewer_b, value_a, value_b), count in reviewer_pairs.items():
        if reviewer_a > reviewer_b:
            reviewer_a, reviewer_b, value_a, value_b = reviewer_b, reviewer_a, value_b, value_a
        tables.setdefault((reviewer_a, reviewer_b), Counter())[(value_a, value_b)] += count
    kappas = [PairKappa(reviewers, _cohen_kappa(table), sum(table.values())) for reviewers, table in tables.items()]
    return tuple(sorted(kappas, key=lambda pair: (pair.kappa is None, pair.kappa or 0.0, pair.reviewers)))


def _cohen_kappa(table: Mapping[tuple[Hashable, Hashable], int]) -> float | None:
    """Cohen's kappa of a contingency table; None below two units or when chance agreement is 1.

    With n units, A agreeing and C = Σ_c first_c·second_c, kappa = (n·A − C) / (n² − C).
    """
    units = sum(table.values())
    if units < 2:
        return None
    agreeing = sum(count for (value_a, value_b), count in table.items() if value_a == value_b)
    first: Counter[Hashable] = Counter()
    second: Counter[Hashable] = Counter()
    for (value_a, value_b), count in table.items():
        first[value_a] += count
        second[value_b] += count
    chance = sum(count * second[value] for value, count in first.items())
    if units * units == chance:
        return None
    return float(Fraction(units * agreeing - chance, units * units - chance))


def format_table(figures: Mapping[str, FieldAgreement]) -> str:
    """Render agreement per field as plain text for the CLI: "—" for undefined, 3 decimals."""
    names = [name for name in FIELDS if name in figures] + [name for name in figures if name not in FIELDS]
    fields = [("field", "alpha", "Fleiss' kappa", "units")]
    fields += [(name, _figure(figures[name].alpha), _figure(figures[name].fleiss_kappa), str(figures[name].units))
               for name in names]
    pairs = [(name, " – ".join(pair.reviewers), _figure(pair.kappa), str(pair.units))
             for name in names for pair in figures[name].pairs]
    lines = [*_grid(fields), "", "Cohen's kappa by reviewer pair, lowest first"]
    if pairs:
        lines += _grid([("field", "reviewers", "kappa", "units"), *pairs])
    else:
        lines.append("no two reviewers decided the same sentences")
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    """One figure to 3 decimals, or "—" when undefined."""
    return "—" if value is None else f"{value:.3f}"


def _grid(rows: Sequence[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns, except the last (a count), which is right-aligned."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return ["  ".join([*(cell.ljust(width) for cell, width in zip(row[:-1], widths[:-1], strict=True)),
                       row[-1].rjust(widths[-1])]).rstrip()
            for row in rows]
