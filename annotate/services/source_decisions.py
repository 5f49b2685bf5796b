"""What an admin decides about a source beyond editing it: approving a reviewer's proposal
(from then on everyone's), and merging one source into another (its annotations and final
labels move, its names become aliases of the other, it is deleted). Each decision is one
transaction with its audit events; a refused one raises ``SourceError`` and changes nothing.
"""

from dataclasses import dataclass

from sqlalchemy import func, select, update

from annotate.extensions import db
from annotate.models import Annotation, FinalLabel, Source
from annotate.names import name_key
from annotate.services import audit
from annotate.services.source_registry import APPROVED, PROPOSED
from annotate.services.sources import MAX_ALIASES, SourceError, SourceNotFound, fields_of
from annotate.services.transaction import rows_changed, transaction


def approve_source(source_id: int, actor_id: int | None) -> bool:
    """Approve a proposed source, with its audit event: from now on everyone's. False when it
    was approved already; ``SourceNotFound`` when there is no such source."""
    with transaction():
        source = db.session.scalar(select(Source).where(Source.id == source_id).with_for_update())
        if source is None:
            raise SourceNotFound("No source with that id.")
        if source.status == APPROVED:
            return False
        source.status = APPROVED
        audit.record("source", source.id, "approve", actor_id=actor_id,
                     before={"status": PROPOSED, "proposed_by_id": source.proposed_by_id},
                     after={"status": APPROVED})
    return True


@dataclass
class MergeReport:
    """What a merge moved."""

    annotations: int
    final_labels: int


def merge_usage(source_id: int) -> MergeReport:
    """How many annotations and final labels a merge of ``source_id`` would move."""
    return MergeReport(*db.session.execute(select(
        select(func.count()).where(Annotation.source_id == source_id).scalar_subquery(),
        select(func.count()).where(FinalLabel.source_id == source_id).scalar_subquery(),
    )).one())


def merge_sources(source_id: int, target_id: int, actor_id: int | None) -> MergeReport:
    """Move everything of one source onto another, keep its names as aliases, delete it. The
    target must be approved (a proposal merged into it becomes everyone's under its name) and
    keep at most MAX_ALIASES aliases."""
    if source_id == target_id:
        raise SourceError({"target_id": "a source cannot be merged into itself"})
    with transaction():
        # Lock both rows (PostgreSQL) so no annotation picks up the merged source meanwhile.
        found = {row.id: row for row in db.session.scalars(
            select(Source).where(Source.id.in_((source_id, target_id))).with_for_update())}
        if source_id not in found or target_id not in found:
            raise SourceError({"target_id": "that source no longer exists; choose another"})
        merged, target = found[source_id], found[target_id]
        _check_merge(merged, target)
        before_merged, before_target = fields_of(merged), fields_of(target)
        report = MergeReport(
            _move(Annotation, source_id, target_id, version=Annotation.version + 1),
            _move(FinalLabel, source_id, target_id),
        )
        target.aliases = _merged_aliases(target, merged)
        db.session.delete(merged)
        audit.record("source", source_id, "merge", actor_id=actor_id, before=before_merged,
                     after={"merged_into": target_id, "annotations_moved": report.annotations,
                            "final_labels_moved": report.final_labels})
        audit.record("source", target_id, "update", actor_id=actor_id, before=before_target,
                     after=fields_of(target))
    return report


def _check_merge(merged: Source, target: Source) -> None:
    """Refuse a merge into a proposal, or one that would leave the target too many aliases."""
    if target.status != APPROVED:
        raise SourceError({"target_id": f"“{target.name}” is a proposal: approve it first, or merge into "
                                        "an approved source"})
    aliases = len(_merged_aliases(target, merged))
    if aliases > MAX_ALIASES:
        raise SourceError({"target_id": f"“{target.name}” would have {aliases} aliases (at most {MAX_ALIASES}): "
                                        f"remove some from “{merged.name}” or “{target.name}” first"})


def _move(model, source_id: int, target_id: int, **values) -> int:
    """One bulk UPDATE from one source to the other; the number of rows moved."""
    return rows_changed(
        update(model).where(model.source_id == source_id).values(source_id=target_id, **values)
        .execution_options(synchronize_session=False))


def _merged_aliases(target: Source, merged: Source) -> list[str]:
    """The target's aliases, then the merged source's name and aliases, without repeats."""
    seen = {name_key(target.name)}
    aliases = []
    for alias in [*(target.aliases or []), merged.name, *(merged.aliases or [])]:
        if name_key(alias) not in seen:
            seen.add(name_key(alias))
            aliases.append(alias)
    return aliases


def merge_targets(source_id: int) -> list[Source]:
    """Every approved source another one could be merged into, by name."""
    return list(db.session.scalars(
        select(Source).where(Source.id != source_id, Source.status == APPROVED)
        .order_by(func.lower(Source.name), Source.id)))
