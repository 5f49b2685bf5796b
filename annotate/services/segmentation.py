"""Correcting an article's segmentation: a sentence's kind, two adjacent sentences merged into
one, one sentence split in two at a character position. Admins only (the views say so).

The text never changes, only the spans over it. A merged sentence keeps the kind the two had
in common, else it is ``body``; both parts of a split keep the sentence's kind. A correction that touches no work (no
annotation, final label or review comment on the affected sentences) is simply made; one that
does is refused with ``WorkAffected`` (saying what it would touch) unless the caller asks for the
work to be carried over, which is done like this:

- merge: the merged sentence keeps the first one's id, so its work stays. The second one's work
  moves onto it (its annotations keep their spans, which lie inside the merged span). A reviewer
  who annotated both keeps one annotation: the first, unless only the second is decided. When
  the two agree (claim type, status, source) the other's note and evidence are added to it;
  when they differ the other one is deleted, its values kept in the audit event, and the
  reviewer is flagged. Final labels likewise (the first kept; a differing second one deleted,
  audited, named in the message to the admin). Review comments move.
- split: the first part keeps the sentence's id. An annotation goes to the part that holds the
  start of its span (clipped to that part), else stays on the first part; every one is flagged,
  as its reviewer judged a sentence that no longer exists as such. The final label and comments
  stay on the first part.

"Flagged" is a review comment on the sentence, to the reviewer's task, published at once
(``returned_at`` set): the workspace shows it on that sentence ("re-check this sentence") as it
shows an admin's comments on a returned task; no schema change was needed for it. Each moved or
kept annotation also gets a new version, so a tab that had it open gets a conflict instead of
overwriting it. Every change is audited (before and after), and one event on the article sums up
the correction with the ids of everything it touched, so that the article's history finds the
events of sentences and annotations that no longer exist.

A change of the article's language splits it again by the new language's rules (``resplit``)
while no work is on any of its sentences; with work, the sentences stay as they are.

Counts stay true: ``article.sentence_count`` is written here; ``task.decided_count`` follows
from the annotation triggers, since work only moves between sentences of one article (an
UPDATE of ``sentence_id`` changes no task's count) and every annotation removed is a DELETE.
"""

from dataclasses import dataclass, field

from sqlalchemy import delete, exists, insert, or_, select, update

from annotate.errors import Conflict, Invalid, NotFound
from annotate.extensions import db
from annotate.labels import SENTENCE_KINDS
from annotate.models import (
    Annotation,
    Article,
    AuditEvent,
    ClaimEntry,
    FinalLabel,
    ReviewComment,
    Sentence,
    Task,
    User,
)
from annotate.segment import split_sentences
from annotate.segment_rules import WHITESPACE
from annotate.services import audit, claim_search
from annotate.services.segmentation_work import Found, Work, carry_merge, carry_split
from annotate.services.transaction import rows_changed, transaction


class SegmentationInvalid(Invalid):
    """A correction that cannot be made as asked (not adjacent, a position at an edge, …)."""

    code = "segmentation_invalid"


class SentenceNotFound(NotFound):
    """No such sentence in this article."""


class WorkAffected(Conflict):
    """The correction touches work; ``details`` says what. Ask again with ``carry_over``."""

    code = "work_affected"


@dataclass
class Correction:
    """What a correction did: the sentences it left, the reviewers it flagged, a message."""

    sentence_ids: list[int]
    message: str
    flagged: list[str] = field(default_factory=list)


def set_kind(article_id: int, sentence_id: int, kind: str, actor_id: int) -> Correction:
    """Give a sentence another kind (title, heading, meta, body); work is not affected."""
    if kind not in SENTENCE_KINDS:
        raise SegmentationInvalid(f"the kind must be one of {', '.join(SENTENCE_KINDS)}",
                                  {"kind": "unknown kind"})
    with transaction():
        sentence = _sentence(article_id, sentence_id)
        before = _shown(sentence)
        if sentence.kind != kind:
            sentence.kind = kind
            audit.record("sentence", sentence.id, "kind", actor_id=actor_id, before=before, after=_shown(sentence))
    return Correction([sentence_id], f"Sentence {before['position'] + 1} is now {kind}.")


def merge(article_id: int, first_id: int, second_id: int, actor_id: int,
          carry_over: bool = False) -> Correction:
    """Merge two adjacent sentences of an article into one (the first's id stays)."""
    with transaction():
        article = hold_article(article_id)
        first, second = sorted((_sentence(article_id, first_id), _sentence(article_id, second_id)),
                               key=lambda s: s.position)
        if first.id == second.id or second.position != first.position + 1:
            raise SegmentationInvalid("only two adjacent sentences can be merged",
                                      {"sentences": "not adjacent"})
        work = _work_on([first.id, second.id])
        _check_carry(work, carry_over, "merge")
        before = [_shown(first), _shown(second)]
        carried = carry_merge(work, first, second, actor_id)
        first.end = second.end
        first.kind = first.kind if first.kind == second.kind else "body"
        db.session.delete(second)
        db.session.flush()
        _shift(article_id, second.position, -1)
        article.sentence_count -= 1
        after = _shown(first)
        audit.record("sentence", first.id, "merge", actor_id=actor_id, before=before[0], after=after)
        audit.record("sentence", second.id, "delete", actor_id=actor_id, before=before[1],
                     after={"merged_into": first.id})
        audit.record("article", article_id, "merge_sentences", actor_id=actor_id,
                     before={"sentences": before}, after={"sentence": after, **carried.summary()})
    message = f"Sentences {first.position + 1} and {first.position + 2} are now one."
    return Correction([first.id], message + carried.message(), carried.flagged_names())


def merge_with_next(article_id: int, sentence_id: int, actor_id: int, carry_over: bool = False) -> Correction:
    """Merge a sentence with the one after it."""
    with transaction():
        sentence = _sentence(article_id, sentence_id)
        following = db.session.scalar(select(Sentence.id).where(Sentence.article_id == article_id,
                                                                Sentence.position == sentence.position + 1))
        if following is None:
            raise SegmentationInvalid("the last sentence has no next one to merge with",
                                      {"sentences": "no next sentence"})
        return merge(article_id, sentence_id, following, actor_id, carry_over)


def split_at_offset(article_id: int, sentence_id: int, offset: int, actor_id: int,
                    carry_over: bool = False) -> Correction:
    """Split a sentence ``offset`` characters into it (1 to its length - 1)."""
    with transaction():
        sentence = _sentence(article_id, sentence_id)
        return split(article_id, sentence_id, sentence.start + offset, actor_id, carry_over)


def split(article_id: int, sentence_id: int, at: int, actor_id: int, carry_over: bool = False) -> Correction:
    """Split a sentence in two where the text offset ``at`` falls (the first part keeps the id);
    the whitespace around the cut belongs to neither part."""
    with transaction():
        article = hold_article(article_id)
        sentence = _sentence(article_id, sentence_id)
        first_end, second_start = _cut(article.text, sentence, at)
        work = _work_on([sentence.id])
        _check_carry(work, carry_over, "split")
        before = _shown(sentence)
        _shift(article_id, sentence.position, 1)
        sentence.end = first_end
        second = Sentence(article_id=article_id, position=sentence.position + 1, start=second_start,
                          end=before["end"], kind=sentence.kind)
        db.session.add(second)
        db.session.flush()
        carried = carry_split(work, sentence, second, actor_id)
        article.sentence_count += 1
        parts = [_shown(sentence), _shown(second)]
        audit.record("sentence", sentence.id, "split", actor_id=actor_id, before=before, after=parts[0])
        audit.record("sentence", second.id, "create", actor_id=actor_id, after={**parts[1], "split_from": sentence.id})
        audit.record("article", article_id, "split_sentence", actor_id=actor_id,
                     before={"sentence": before}, after={"sentences": parts, **carried.summary()})
    message = f"Sentence {before['position'] + 1} is now two sentences."
    return Correction([sentence.id, second.id], message + carried.message(), carried.flagged_names())


def _sentence(article_id: int, sentence_id: int) -> Sentence:
    """A sentence of this article, or ``SentenceNotFound`` (also for another article's)."""
    # Read afresh (not the session's copy): once the article is held, a correction committed
    # meanwhile shows in the positions and offsets.
    sentence = db.session.get(Sentence, sentence_id, populate_existing=True)
    if sentence is None:
        raise SentenceNotFound(f"No sentence {sentence_id}.")
    if sentence.article_id != article_id:
        raise SentenceNotFound(f"Sentence {sentence_id} is not a sentence of article {article_id}.")
    return sentence


def _cut(text: str, sentence: Sentence, at: int) -> tuple[int, int]:
    """Where the first part ends and the second starts when ``sentence`` is cut at ``at``."""
    if not sentence.start < at < sentence.end:
        raise SegmentationInvalid(
            f"the position must fall inside the sentence, between its first and last character "
            f"(1 to {sentence.end - sentence.start - 1} characters into it)", {"at": "outside the sentence"})
    head, tail = text[sentence.start:at], text[at:sentence.end]
    first_end = sentence.start + len(head.rstrip(WHITESPACE))
    second_start = at + len(tail) - len(tail.lstrip(WHITESPACE))
    if first_end == sentence.start or second_start == sentence.end:
        raise SegmentationInvalid("a part would hold only spaces: choose a position between words",
                                  {"at": "at the sentence's edge"})
    return first_end, second_start


def hold_article(article_id: int) -> Article:
    """The article, its row and its tasks' rows held for this transaction (a write that changes
    nothing: on PostgreSQL a row lock, on SQLite the database's write lock), read afresh. A
    second correction of the article waits for this one, and so does a reviewer's save, which
    holds its task row (``hold_if_open``); so the work read next is all the work there is."""
    held = rows_changed(update(Article).where(Article.id == article_id)
                        .values(sentence_count=Article.sentence_count).execution_options(synchronize_session=False))
    if held != 1:
        raise SentenceNotFound(f"No article {article_id}.")
    rows_changed(update(Task).where(Task.article_id == article_id)
                 .values(state=Task.state, updated_at=Task.updated_at)
                 .execution_options(synchronize_session=False))
    return db.session.get_one(Article, article_id, populate_existing=True)


def resplit(article: Article, actor_id: int | None) -> tuple[int, int] | None:
    """Split an article held by ``hold_article`` again by the rules of its language, when no
    sentence of it has work (annotation, final label, review comment, claim in the index) and no
    admin has corrected its sentences by hand: its sentence counts before and after. None when
    there is: the sentences stay, as the work points at them.

    The article's sentence rows are held first (on PostgreSQL a final label or a comment, which
    do not hold the article, could otherwise land between the check and the delete). The new
    sentences are written before the old ones are deleted, so they get new ids (SQLite would
    give a deleted row's id again): a save still aimed at an old sentence finds it gone rather
    than landing on a new sentence that has its number."""
    old = db.session.execute(select(Sentence).where(Sentence.article_id == article.id)
                             .order_by(Sentence.position).with_for_update()).scalars().all()
    if _has_work(article.id):
        return None
    before = [_shown(sentence) for sentence in old]
    found = [(span.start, span.end, span.kind) for span in split_sentences(article.text, article.language)]
    if found == [(shown["start"], shown["end"], shown["kind"]) for shown in before]:
        return len(before), len(found)
    old_ids = [shown["id"] for shown in before]
    rows_changed(update(Sentence).where(Sentence.article_id == article.id)  # their positions free
                 .values(position=-1 - Sentence.position).execution_options(synchronize_session=False))
    db.session.execute(insert(Sentence), [{"article_id": article.id, "position": position, "start": start,
                                           "end": end, "kind": kind}
                                          for position, (start, end, kind) in enumerate(found)])
    for chunk in (old_ids[i:i + 500] for i in range(0, len(old_ids), 500)):
        rows_changed(delete(Sentence).where(Sentence.id.in_(chunk))
                     .execution_options(synchronize_session=False))  # their search rows go with them
    for sentence in old:
        db.session.expunge(sentence)
    db.session.expire(article, ["sentences"])
    claim_search.index_articles({article.id: article.text})
    article.sentence_count = len(found)
    after = [_shown(sentence) for sentence in db.session.scalars(
        select(Sentence).where(Sentence.article_id == article.id).order_by(Sentence.position))]
    audit.record("article", article.id, "resplit_sentences", actor_id=actor_id,
                 before={"sentences": before}, after={"language": article.language, "sentences": after})
    return len(before), len(found)


_HAND_CORRECTIONS = ("kind", "merge", "split")


def _has_work(article_id: int) -> bool:
    """Whether any sentence of the article has an annotation, a final label, a review comment
    or an entry in the claim index, or was corrected by hand (its kind set, split or merged)."""
    sentence_ids = select(Sentence.id).where(Sentence.article_id == article_id)
    return bool(db.session.scalar(select(or_(
        exists().where(Annotation.sentence_id.in_(sentence_ids)),
        exists().where(FinalLabel.sentence_id.in_(sentence_ids)),
        exists().where(ReviewComment.sentence_id.in_(sentence_ids)),
        exists().where(ClaimEntry.sentence_id.in_(sentence_ids)),
        exists().where(AuditEvent.entity_type == "sentence", AuditEvent.entity_id.in_(sentence_ids),
                       AuditEvent.action.in_(_HAND_CORRECTIONS))))))


def _work_on(sentence_ids: list[int]) -> Work:
    """The annotations (with their reviewers' names and tasks), final labels and comments on
    these sentences."""
    annotations = [Found(*row) for row in db.session.execute(
        select(Annotation, User.username, Task.id)
        .join(User, User.id == Annotation.reviewer_id)
        .join(Sentence, Sentence.id == Annotation.sentence_id)
        .outerjoin(Task, (Task.article_id == Sentence.article_id) & (Task.reviewer_id == Annotation.reviewer_id))
        .where(Annotation.sentence_id.in_(sentence_ids)).order_by(Annotation.id))]
    labels = list(db.session.scalars(select(FinalLabel).where(FinalLabel.sentence_id.in_(sentence_ids))))
    comments = list(db.session.scalars(select(ReviewComment).where(ReviewComment.sentence_id.in_(sentence_ids))
                                       .order_by(ReviewComment.id)))
    return Work(annotations, labels, comments)


def _check_carry(work: Work, carry_over: bool, action: str) -> None:
    """Refuse a correction that touches work unless the caller asked to carry it over."""
    if work.empty or carry_over:
        return
    reviewers = sorted({found.reviewer for found in work.annotations})
    raise WorkAffected(
        f"this {action} touches {work.describe()}: confirm to carry the work over "
        "(reviewers are asked to re-check; every change is in the audit log)",
        {"annotations": len(work.annotations), "reviewers": reviewers, "final_labels": len(work.labels),
         "comments": len(work.comments)})


def _shift(article_id: int, after: int, by: int) -> None:
    """Move the positions after ``after`` by ``by``. Positions are unique per article and one
    UPDATE may meet a row it has not moved yet, so they pass through negative numbers."""
    rows_changed(update(Sentence).where(Sentence.article_id == article_id, Sentence.position > after)
                 .values(position=-(Sentence.position + by) - 1).execution_options(synchronize_session=False))
    rows_changed(update(Sentence).where(Sentence.article_id == article_id, Sentence.position < 0)
                 .values(position=-Sentence.position - 1).execution_options(synchronize_session=False))


def _shown(sentence: Sentence) -> dict:
    """A sentence as the audit log keeps it."""
    return {"id": sentence.id, "position": sentence.position, "start": sentence.start, "end": sentence.end,
            "kind": sentence.kind}

