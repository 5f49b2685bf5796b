"""External fact-checks (issue 15.5): a ClaimReview feed stored in one transaction, all or
nothing, the reviews already stored (the same url and claim) skipped and counted.

The feed is read as it is stored (``claimreview_reader``), so a bad review found late rolls
back the batches stored before it: nothing of the file stays.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import insert, select

from annotate.claimreview_reader import ReviewRecord, read_claim_reviews
from annotate.extensions import db
from annotate.importing import ImportReport, changed_meanwhile
from annotate.models import FactCheck
from annotate.numbers import counted
from annotate.services import claim_index
from annotate.services.transaction import transaction

BATCH_SIZE = 500  # reviews a statement: older SQLite builds allow 999 values in one IN (...)


@dataclass
class FactCheckReport(ImportReport):
    """What a feed stored (``fact_checks``) and skipped (already stored: same url and claim)."""

    def summary(self) -> str:
        """One line for people: fact-checks imported, duplicates skipped."""
        return (f"{counted(self.fact_checks, 'fact-check')} imported; "
                f"{counted(self.skipped, 'duplicate')} skipped")


def import_fact_checks(stream: BinaryIO, name: str, max_record_bytes: int,
                       progress: Callable[[int], None] | None = None) -> FactCheckReport:
    """Import every review of a ClaimReview feed, or none: a bad review refuses the file."""
    reviews = read_claim_reviews(stream, name, max_record_bytes)
    with transaction(on_conflict=lambda: changed_meanwhile(name)):
        new_ids, skipped = store_fact_checks(reviews, lambda: progress and progress(stream.tell()))
    return FactCheckReport(fact_checks=len(new_ids), skipped=skipped)


def store_fact_checks(reviews: Iterable[ReviewRecord],
                      on_batch: Callable[[], Any] = lambda: None) -> tuple[list[int], int]:
    """Add the reviews not stored yet, in batches, to the current transaction (no commit); the
    new fact-checks' ids and the number of reviews skipped (stored already, or twice in ``reviews``)."""
    new_ids: list[int] = []
    seen: set[str] = set()
    skipped, batch = 0, []
    for review in reviews:
        batch.append(review)
        if len(batch) >= BATCH_SIZE:
            skipped += _store_batch(batch, seen, new_ids)
            batch = []
            on_batch()
    if batch:
        skipped += _store_batch(batch, seen, new_ids)
        on_batch()
    # Indexed for matching in this same transaction (all or nothing with them).
    claim_index.index_fact_checks(new_ids)
    return new_ids, skipped


def _store_batch(batch: list[ReviewRecord], seen: set[str], new_ids: list[int]) -> int:
    """Insert the batch's new reviews, adding their ids to ``new_ids``; the number skipped."""
    digests = [review.digest for review in batch]
    seen.update(db.session.scalars(select(FactCheck.digest).where(FactCheck.digest.in_(digests))))
    rows = []
    for review, digest in zip(batch, digests, strict=True):
        if digest not in seen:
            seen.add(digest)
            rows.append(review.columns())
    if rows:
        # One executemany, then the ids by digest: RETURNING in parameter order would make
        # SQLite insert the rows one statement each (SQLAlchemy has no sentinel column here).
        db.session.execute(insert(FactCheck), rows)
        fresh = [row["digest"] for row in rows]
        new_ids.extend(sorted(db.session.scalars(select(FactCheck.id).where(FactCheck.digest.in_(fresh)))))
    return len(batch) - len(rows)


def fact_check_view(fact_check: FactCheck) -> dict:
    """What the pages and exports show of a fact-check (``date_published`` in ISO 8601, UTC)."""
    published = fact_check.date_published
    return {"id": fact_check.id, "organisation": fact_check.organisation,
            "organisation_url": fact_check.organisation_url, "rating": fact_check.rating,
            "url": fact_check.url, "claim_reviewed": fact_check.claim_reviewed,
            "claim_author": fact_check.claim_author, "language": fact_check.language,
            "date_published": published.isoformat() if published is not None else None}

