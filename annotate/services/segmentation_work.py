"""Carrying work over a segmentation correction: the annotations, final labels and review
comments of merged or split sentences, each change audited, reviewers flagged.

The rules are in ``annotate.services.segmentation``'s docstring; this module applies them inside
its transaction (it never commits).
"""

from dataclasses import dataclass, field
from typing import NamedTuple

from annotate.extensions import db
from annotate.models import Annotation, FinalLabel, ReviewComment, Sentence, utcnow
from annotate.numbers import counted
from annotate.services import audit, claim_index, claim_search
from annotate.services.annotations import serialize

# The fields that make a judgement: two annotations that agree on these say the same thing.
JUDGEMENT = ("claim_type", "status", "source_id")


class Found(NamedTuple):
    """An annotation on an affected sentence, its reviewer's name and task (None: no task)."""

    annotation: Annotation
    reviewer: str
    task_id: int | None


@dataclass
class Work:
    """What lies on the sentences a correction touches."""

    annotations: list[Found]
    labels: list[FinalLabel]
    comments: list[ReviewComment]

    @property
    def empty(self) -> bool:
        """True when nothing lies on the sentences: the correction is free."""
        return not (self.annotations or self.labels or self.comments)

    def describe(self) -> str:
        """The work, in words: "2 annotations (rev1, rev2), 1 final label"."""
        parts = []
        if self.annotations:
            names = ", ".join(sorted({found.reviewer for found in self.annotations}))
            parts.append(f"{counted(len(self.annotations), 'annotation')} ({names})")
        if self.labels:
            parts.append(counted(len(self.labels), "final label"))
        if self.comments:
            parts.append(counted(len(self.comments), "review comment"))
        return ", ".join(parts)


@dataclass
class Carried:
    """What carrying did, for the audit summary and the admin's message."""

    touched: dict[str, list[int]] = field(default_factory=lambda: {
        "annotation": [], "final_label": [], "review_comment": []})
    flagged: dict[str, int] = field(default_factory=dict)  # reviewer name -> flagged sentences
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        """The audit summary: the ids of everything touched, the reviewers flagged."""
        return {"touched": self.touched, "flagged": sorted(self.flagged)}

    def flagged_names(self) -> list[str]:
        """The reviewers asked to re-check, by name."""
        return sorted(self.flagged)

    def message(self) -> str:
        """What the admin is told besides what happened to the sentences."""
        parts = [f" {counted(len(self.touched['annotation']), 'annotation')} carried over."] \
            if self.touched["annotation"] else []
        if self.flagged:
            parts.append(f" Asked to re-check: {', '.join(sorted(self.flagged))}.")
        return "".join(parts + [f" {note}" for note in self.notes])


def carry_merge(work: Work, first: Sentence, second: Sentence, actor_id: int) -> Carried:
    """Move the second sentence's work onto the first (see the rules in ``segmentation``)."""
    carried = Carried()
    by_reviewer: dict[int, dict[int, Found]] = {}
    for annotation, name, task_id in work.annotations:
        by_reviewer.setdefault(annotation.reviewer_id, {})[annotation.sentence_id] = Found(annotation, name, task_id)
    for found in by_reviewer.values():
        mine, theirs = found.get(first.id), found.get(second.id)
        if theirs is None:
            continue  # only the first sentence's: it stays as it is
        if mine is None:
            _move(theirs, first.id, "merge", actor_id, carried)
            continue
        keep, drop = (mine, theirs) if mine.annotation.claim_type is not None \
            or theirs.annotation.claim_type is None else (theirs, mine)
        _merge_pair(keep, drop, first, actor_id, carried)
    _merge_labels(work.labels, first, second, actor_id, carried)
    for comment in work.comments:
        if comment.sentence_id == second.id:
            comment.sentence_id = first.id
            carried.touched["review_comment"].append(comment.id)
            audit.record("review_comment", comment.id, "move", actor_id=actor_id,
                         before={"sentence_id": second.id}, after={"sentence_id": first.id})
    db.session.flush()
    # The search index holds the merged text (the second's row goes with the second sentence).
    claim_search.reindex_sentences([(first.id, first.article.text[first.start:second.end])])
    claim_index.reindex_sentences([first.id])  # the claim index too, by the merged text
    return carried


def _merge_pair(keep: Found, drop: Found, first: Sentence, actor_id: int, carried: Carried) -> None:
    """One reviewer annotated both sentences: keep one, delete the other (audited); agreeing
    ones pool their notes and evidence, differing ones flag the reviewer."""
    kept, dropped = keep.annotation, drop.annotation
    agree = all(getattr(kept, name) == getattr(dropped, name) for name in JUDGEMENT)
    before, gone = serialize(kept, kept.sentence_id), serialize(dropped, dropped.sentence_id)
    carried.touched["annotation"].append(dropped.id)
    audit.record("annotation", dropped.id, "delete", actor_id=actor_id, before=gone, after=None)
    db.session.delete(dropped)
    db.session.flush()  # the DELETE first: (sentence, reviewer) is unique
    if agree:
        notes = [note for note in (kept.note, dropped.note) if note]
        kept.note = "\n".join(dict.fromkeys(notes))
        kept.evidence = list({(item.get("url"), item.get("quote")): item
                              for item in [*(kept.evidence or []), *(dropped.evidence or [])]}.values())
    kept.sentence_id = first.id
    kept.version += 1
    db.session.flush()
    carried.touched["annotation"].append(kept.id)
    audit.record("annotation", kept.id, "merge", actor_id=actor_id, before=before, after=serialize(kept, first.id))
    if not agree:
        _flag(keep, first, actor_id, carried,
              f"Sentences were merged into this one. You had labelled both differently: {_label(gone)} "
              f"was removed (it is in the audit log), {_label(before)} was kept. Re-check this sentence.")


def _move(found: Found, sentence_id: int, why: str, actor_id: int, carried: Carried) -> None:
    """Move an annotation to another sentence of the article, with a new version; audited."""
    annotation = found.annotation
    before = serialize(annotation, annotation.sentence_id)
    annotation.sentence_id = sentence_id
    annotation.version += 1
    db.session.flush()
    carried.touched["annotation"].append(annotation.id)
    audit.record("annotation", annotation.id, why, actor_id=actor_id, before=before,
                 after=serialize(annotation, sentence_id))


def _merge_labels(labels: list[FinalLabel], first: Sentence, second: Sentence, actor_id: int,
                  carried: Carried) -> None:
    """The first sentence's final label stays; the second's moves onto it, or is deleted
    (audited) when there is one already, which the admin is told when they differed."""
    by_sentence = {label.sentence_id: label for label in labels}
    mine, theirs = by_sentence.get(first.id), by_sentence.get(second.id)
    if theirs is None:
        return
    carried.touched["final_label"].append(theirs.id)
    if mine is None:
        before = _label_shown(theirs)
        theirs.sentence_id = first.id
        db.session.flush()
        audit.record("final_label", theirs.id, "move", actor_id=actor_id, before=before, after=_label_shown(theirs))
        return
    gone = _label_shown(theirs)
    audit.record("final_label", theirs.id, "delete", actor_id=actor_id, before=gone, after=None)
    db.session.delete(theirs)
    db.session.flush()
    if any(getattr(mine, name) != getattr(theirs, name) for name in JUDGEMENT):
        carried.notes.append(f"The final labels differed: the first sentence's ({_label(_label_shown(mine))}) was "
                             f"kept; the second's ({_label(gone)}) is in the audit log.")


def carry_split(work: Work, first: Sentence, second: Sentence, actor_id: int) -> Carried:
    """Place each annotation on the part holding the start of its span (else the first part),
    flag its reviewer; the final label and the comments stay on the first part."""
    carried = Carried()
    for annotation, name, task_id in work.annotations:
        before = serialize(annotation, first.id)
        if annotation.span_start is not None and annotation.span_end is not None:
            annotation.sentence_id, annotation.span_start, annotation.span_end = _split_span(
                annotation.span_start, annotation.span_end, first, second)
        annotation.version += 1
        db.session.flush()
        carried.touched["annotation"].append(annotation.id)
        audit.record("annotation", annotation.id, "split", actor_id=actor_id, before=before,
                     after=serialize(annotation, annotation.sentence_id))
        part = "first" if annotation.sentence_id == first.id else "second"
        _flag(Found(annotation, name, task_id), first if part == "first" else second, actor_id, carried,
              f"The sentence you labelled was split in two; your label ({_label(before)}) was kept on "
              f"this, the {part} part. Re-check it, and label the other part.")
    for label in work.labels:
        carried.touched["final_label"].append(label.id)
        shown = _label_shown(label)
        audit.record("final_label", label.id, "split", actor_id=actor_id, before=shown, after=shown)
        carried.notes.append("The final label stayed on the first part: check it.")
    carried.touched["review_comment"].extend(comment.id for comment in work.comments)
    text = first.article.text
    claim_search.reindex_sentences([(part.id, text[part.start:part.end]) for part in (first, second)])
    claim_index.reindex_sentences([first.id, second.id])
    return carried


def _split_span(start: int, end: int, first: Sentence, second: Sentence) -> tuple[int, int | None, int | None]:
    """The part a span goes to and the span clipped to it (None when nothing of it is left)."""
    if start >= first.end:
        sentence_id, start = second.id, max(start, second.start)
    else:
        sentence_id, end = first.id, min(end, first.end)
    return (sentence_id, start, end) if end > start else (sentence_id, None, None)


def _flag(found: Found, sentence: Sentence, actor_id: int, carried: Carried, body: str) -> None:
    """Ask the reviewer to re-check a sentence: a comment to their task, shown at once."""
    carried.flagged[found.reviewer] = carried.flagged.get(found.reviewer, 0) + 1
    if found.task_id is None:
        return  # no task on the article any more: the audit log keeps the change
    comment = ReviewComment(task_id=found.task_id, sentence_id=sentence.id, author_id=actor_id, body=body,
                            returned_at=utcnow())
    db.session.add(comment)
    db.session.flush()
    carried.touched["review_comment"].append(comment.id)
    audit.record("review_comment", comment.id, "create", actor_id=actor_id,
                 after={"task_id": found.task_id, "sentence_id": sentence.id, "body": body})


def _label(values: dict) -> str:
    """An annotation's or final label's judgement in words: "checkable · Xinhua · supported"."""
    source = values.get("source")
    name = source.get("name") if isinstance(source, dict) else None
    if name is None and values.get("source_id") is not None:
        name = f"source {values['source_id']}"
    claim = (values.get("claim_type") or "undecided").replace("_", " ")
    return f"{claim} · {name or 'the article itself'} · {values.get('status')}"


def _label_shown(label: FinalLabel) -> dict:
    """A final label as the audit log keeps it."""
    return {"sentence_id": label.sentence_id, "claim_type": label.claim_type, "source_id": label.source_id,
            "status": label.status, "method": label.method, "decided_by_id": label.decided_by_id,
            "review_url": label.review_url}

