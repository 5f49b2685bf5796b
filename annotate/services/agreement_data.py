"""Agreement figures of the work handed in (submitted or accepted tasks), for a collection, an
article or a date range: the counts annotate/agreement.py needs, aggregated in SQL.

A unit is a sentence that at least two reviewers decided (gave a claim type) in handed-in
tasks. One query counts, over ordered pairs of different reviewers on the same unit, each
combination of the three fields' values with the unit's size; another counts the same per pair
of reviewers. Each field's counts are then summed out of these in Python: the rows are
combinations of values, never annotations, so their number does not grow with the corpus.
"""

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, and_, func, select

from annotate import agreement
from annotate.errors import DomainError
from annotate.extensions import db
from annotate.labels import HANDED_IN_STATES
from annotate.models import Annotation, Sentence, Task, User
from annotate.numbers import parse_id
from annotate.services.collections import filter_arg, in_collection

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
    def from_args(cls, args) -> "Scope":
        """Read ``collection`` (name or id), ``article`` (id), ``since`` and ``until`` (dates)."""
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
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise AgreementQueryError(f"{name} must be a date YYYY-MM-DD") from None


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
        query = query.where(Annotation.updated_at >= datetime.combine(scope.since, time.min, UTC))
    if scope.until is not None:  # up to the next midnight: the whole last day counts
        query = query.where(Annotation.updated_at < datetime.combine(scope.until + timedelta(days=1), time.min, UTC))
    return query


def _pair_rows(scope: Scope):
    """Ordered pairs of different reviewers on the same unit, counted by the unit's size and the
    two annotations' values; and by the two reviewers (a < b) and their values."""
    rows = decided(scope).cte("decided")
    sizes = (select(rows.c.sentence_id, func.count().label("m")).group_by(rows.c.sentence_id)
             .having(func.count() >= 2).cte("sizes"))
    a, b = rows.alias("a"), rows.alias("b")
    values = [column for field in FIELDS for column in (a.c[field], b.c[field])]
    joined = (select().select_from(a).join(b, and_(a.c.sentence_id == b.c.sentence_id,
                                                 a.c.reviewer_id != b.c.reviewer_id))
              .join(sizes, sizes.c.sentence_id == a.c.sentence_id))
    by_size = db.session.execute(joined.add_columns(sizes.c.m, *values, func.count())
                                 .group_by(sizes.c.m, *values)).all()
    by_reviewers = db.session.execute(
        joined.add_columns(a.c.reviewer_id, b.c.reviewer_id, *values, func.count())
        .where(a.c.reviewer_id < b.c.reviewer_id).group_by(a.c.reviewer_id, b.c.reviewer_id, *values)).all()
    units = db.session.execute(select(sizes.c.m, func.count()).group_by(sizes.c.m)).all()
    return by_size, by_reviewers, units


def _value(field: str, value: Hashable) -> Hashable:
    return None if field == "source" and value == ARTICLE_ITSELF else value


def field_counts(scope: Scope) -> dict[str, agreement.PairCounts]:
    """Each field's pair counts in ``scope``, summed out of the joint counts."""
    by_size, by_reviewers, units = _pair_rows(scope)
    names = dict(db.session.execute(select(User.id, User.username)).all())
    counts = {}
    for number, field in enumerate(FIELDS):
        pairs: Counter = Counter()
        for m, *values, count in by_size:
            pairs[m, _value(field, values[2 * number]), _value(field, values[2 * number + 1])] += count
        reviewer_pairs: Counter = Counter()
        for first, second, *values, count in by_reviewers:
            one, other = _value(field, values[2 * number]), _value(field, values[2 * number + 1])
            (name_a, value_a), (name_b, value_b) = sorted(((names[first], one), (names[second], other)),
                                                          key=lambda pair: pair[0])
            reviewer_pairs[name_a, name_b, value_a, value_b] += count
        counts[field] = agreement.PairCounts(dict(units), dict(pairs), dict(reviewer_pairs))
    return counts


def figures(scope: Scope) -> dict[str, agreement.FieldAgreement]:
    """Krippendorff's alpha, Fleiss' kappa and Cohen's kappa per reviewer pair, per field."""
    return {field: agreement.field_agreement(counts) for field, counts in field_counts(scope).items()}


def as_json(scope: Scope) -> dict:
    """The API's and the CLI's answer: ``{"fields": {field: {...}}}``."""
    return {"fields": {field: value.as_dict() for field, value in figures(scope).items()}}

