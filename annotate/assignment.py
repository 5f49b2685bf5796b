"""Handing out review work: each article to *k* distinct reviewers, least-loaded first.

Pure Python (no Flask, no database), so the rule can be tested on its own and reused by the
web pages, the CLI and the API alike.
"""

from collections.abc import Iterable, Mapping


class AssignmentError(ValueError):
    """The requested assignment is impossible (bad overlap, too few eligible reviewers)."""


def assign_round_robin(
    article_ids: Iterable[int],
    reviewer_ids: Iterable[int],
    k: int,
    load: Mapping[int, int] | None = None,
    existing: Iterable[tuple[int, int]] = frozenset(),
) -> list[tuple[int, int]]:
    """Give every article to ``k`` distinct reviewers and return the new (article, reviewer) pairs.

    Articles are handled in the order given. For each one the ``k`` eligible reviewers with the
    smallest current load are chosen (ties broken by the smaller reviewer id), and their load
    grows by one. ``load`` holds the work each reviewer already has (missing means 0);
    ``existing`` holds (article, reviewer) pairs that already exist, which are never repeated.
    A reviewer never gets the same article twice. Duplicate article or reviewer ids count once.

    Raises ``AssignmentError`` (a ``ValueError``) when ``k`` is below 1 or when some article has
    fewer than ``k`` eligible reviewers; nothing is returned then.
    """
    if isinstance(k, bool) or not isinstance(k, int):
        raise AssignmentError(f"overlap must be a whole number, got {k!r}")
    reviewers = sorted(set(reviewer_ids))
    if k < 1:
        raise AssignmentError(f"overlap must be at least 1, got {k}")
    if k > len(reviewers):
        raise AssignmentError(
            f"overlap {k} needs at least {k} reviewers, but {len(reviewers)} "
            f"{'was' if len(reviewers) == 1 else 'were'} chosen")
    loads = {reviewer: int((load or {}).get(reviewer, 0)) for reviewer in reviewers}
    taken: dict[int, set] = {}
    for article, reviewer in existing:
        taken.setdefault(article, set()).add(reviewer)

    pairs: list[tuple[int, int]] = []
    seen: set = set()
    for article in article_ids:
        if article in seen:
            continue
        seen.add(article)
        already = taken.get(article, ())
        eligible = [reviewer for reviewer in reviewers if reviewer not in already]
        if len(eligible) < k:
            raise AssignmentError(
                f"article {article} can go to only {len(eligible)} of the chosen reviewers "
                f"(the others already have it), fewer than the overlap {k}")
        chosen = sorted(eligible, key=lambda reviewer: (loads[reviewer], reviewer))[:k]
        for reviewer in chosen:
            loads[reviewer] += 1
            pairs.append((article, reviewer))
    return pairs
