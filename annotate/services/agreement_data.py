"""Agreement figures of the work handed in (submitted or accepted tasks), for a collection, an
article or a date range: the counts annotate/agreement.py needs, aggregated in SQL.

A unit is a sentence that at least two reviewers decided (gave a claim type) in handed-in
tasks. One query counts, over pairs of different reviewers on the same unit, each combination of
the unit's size, the two reviewers and the three fields' values. Each field's counts are then
summed out of these in Python: the rows are combinations of values, never annotations, so their
number does not grow with the corpus.
"""

from collections import Counter
from collections.abc import Hashable
from dataclasses import astuple, dataclass
from datetime import date

from sqlalchemy import Select, and_, func, select

from annotate import agreement
from annotate.errors import DomainError
from annotate.extensions import db
from annotate.labels import HANDED_IN_STATES
from annotate.models import Annotation, Sentence, Task, User
from annotate.numbers import day_end, day_start, parse_day, parse_id
from annotate.services.collections import filter_arg, in_collection
from annotate.services.figure_cache import remembered

FIELDS = agreement.FIELDS
ARTICLE_ITSELF = 0  # the source value of "the article itself" in SQL (ids start at 1)


class AgreementQueryError(DomainError):
    """Agreement asked for with a filter that cannot be read."""

    kind = "query"
    code = "bad_request"


@dataclass
class Scope:
    """Which handed-in work the figures rest on."""

    collection: int | None = None
    article: int | None = None
    since: date | None = None
    until: date | None = None  # inclusive: the whole day

    @classmethod
    def from_args(cls, args, accepted: tuple[str, ...] = ("collection", "article", "since", "until")) -> "Scope":
        """Read ``collection`` (name or id), ``article`` (id), ``since`` and ``until`` (dates), those
        of them ``accepted``: another one given is refused, not silently ignored."""
        ignored = sorted(name for name in ("collection", "article", "since", "until")
                         if name not in accepted and args.get(name))
        if ignored:
            raise AgreementQueryError(f"{', '.join(ignored)}: not a filter here; these are: {', '.join(accepted)}")
        article = args.get("article") or None
        if article is not None and parse_id(article) is None:
            raise AgreementQueryError("article must be an article id")
        scope = cls(filter_arg(args.get("collection")), parse_id(article) if article else None,
                    _date(args.get("since"), "since"), _date(args.get("until"), "until"))
        if scope.since and scope.until and scope.since > scope.until:
            raise AgreementQueryError("since must not be after until")
        return scope


def _date(text, name: str) -> date | None:
    if not text:
        return None
    day = parse_day(text)
    if day is None:
        raise AgreementQueryError(f"{name} must be a date YYYY-MM-DD")
    return day


def decided(scope: Scope) -> Select:
    """The decided annotations of handed-in tasks in ``scope``: sentence, reviewer and the three
    fields' values (the article itself as ARTICLE_ITSELF)."""
    query = (select(Annotation.sentence_id, Annotation.reviewer_id,
                    Annotation.claim_type.label("claim_type"), Annotation.status.label("status"),
                    func.coalesce(Annotation.source_id, ARTICLE_ITSELF).label("source"))
             .join(Sentence, Sentence.id == Annotation.sentence_id)
             .join(Task, and_(Task.article_id == Sentence.article_id, Task.reviewer_id == Annotation.reviewer_id))
             .where(Annotation.claim_type.is_not(None), Task.state.in_(HANDED_IN_STATES)))
    if scope.collection is not None:
        query = query.where(in_collection(scope.collection, Sentence.article_id))
    if scope.article is not None:
        query = query.where(Sentence.article_id == scope.article)
    if scope.since is not None:
        query = query.where(Annotation.updated_at >= day_start(scope.since))
    end = day_end(scope.until) if scope.until is not None else None
    if end is not None:  # up to the next midnight: the whole last day counts
        query = query.where(Annotation.updated_at < end)
    return query


def _pair_rows(scope: Scope) -> list:
    """Unordered pairs of different reviewers on the same unit (reviewer a < reviewer b by id),
    counted by the unit's size, the two reviewers and their values: one query."""
    rows = decided(scope).cte("decided")
    sizes = (select(rows.c.sentence_id, func.count().label("m")).group_by(rows.c.sentence_id)
             .having(func.count() >= 2).subquery("sizes"))
    a, b = rows.alias("a"), rows.alias("b")
    keys = [sizes.c.m, a.c.reviewer_id, b.c.reviewer_id, *(c for f in FIELDS for c in (a.c[f], b.c[f]))]
    return list(db.session.execute(
        select(*keys, func.count()).select_from(a)
        .join(b, and_(a.c.sentence_id == b.c.sentence_id, a.c.reviewer_id < b.c.reviewer_id))
        .join(sizes, sizes.c.sentence_id == a.c.sentence_id).group_by(*keys)).all())


def _value(field: str, value: Hashable) -> Hashable:
    return None if field == "source" and value == ARTICLE_ITSELF else value


def field_counts(scope: Scope) -> dict[str, agreement.PairCounts]:
    """Each field's pair counts in ``scope``, summed out of the joint counts of one query. A unit
    of m reviewers holds m(m-1)/2 unordered pairs, which gives the number of units per size."""
    rows = _pair_rows(scope)
    names = dict(db.session.execute(select(User.id, User.username)).all())
    pairs_per_size: Counter = Counter()
    for m, _, _, *_values, count in rows:
        pairs_per_size[m] += count
    units = {m: total * 2 // (m * (m - 1)) for m, total in pairs_per_size.items()}
    counts = {}
    for number, field in enumerate(FIELDS):
        pairs: Counter = Counter()
        reviewer_pairs: Counter = Counter()
        for m, first, second, *values, count in rows:
            one, other = _value(field, values[2 * number]), _value(field, values[2 * number + 1])
            pairs[m, one, other] += count  # each unordered pair is two ordered ones
            pairs[m, other, one] += count
            (name_a, value_a), (name_b, value_b) = sorted(((names[first], one), (names[second], other)),
                                                          key=lambda pair: pair[0])
            reviewer_pairs[name_a, name_b, value_a, value_b] += count
        counts[field] = agreement.PairCounts(units, dict(pairs), dict(reviewer_pairs))
    return counts


def figures(scope: Scope) -> dict[str, agreement.FieldAgreement]:
    """Krippendorff's alpha, Fleiss' kappa and Cohen's kappa per reviewer pair, per field
    (remembered until the data changes: services/figure_cache.py)."""
    return remembered("agreement", astuple(scope), lambda: {
        field: agreement.field_agreement(counts) for field, counts in field_counts(scope).items()})


def as_json(scope: Scope) -> dict:
    """The API's and the CLI's answer: ``{"fields": {field: {...}}}``."""
    return {"fields": {field: value.as_dict() for field, value in figures(scope).items()}}

