"""Reviewing a reviewer's task in context (admins): the whole article with that reviewer's
labels, spans, notes, evidence and history, sentence by sentence; comments on sentences that
reach the reviewer when the task is returned.

A comment is the admin's until the task is returned (``returned_at`` empty): returning the task
publishes every pending comment of it, in the same transaction as the state change; from then on
the reviewer sees it on its sentence in the workspace.
"""

from dataclasses import dataclass, field

from sqlalchemy import select, update

from annotate.errors import Invalid
from annotate.extensions import db
from annotate.models import Annotation, Article, ReviewComment, Sentence, Task, User, utcnow
from annotate.numbers import parse_id
from annotate.services import audit
from annotate.services.listing import neighbours
from annotate.services.tasks import TaskConflict, TaskNotFound, clean_reason, return_task
from annotate.services.transaction import transaction

MAX_COMMENT = 2000
MAX_COMMENTS = 500


class CommentInvalid(Invalid):
    """A comment that cannot be stored (empty, too long, not a sentence of the task)."""


@dataclass
class CommentView:
    """A comment as the pages show it."""

    id: int
    sentence_id: int
    body: str
    author: str | None
    created_at: str
    returned: bool


@dataclass
class TaskReview:
    """One task as the admin reviews it: the article, the reviewer's annotations, the comments."""

    task: Task
    article: Article
    reviewer: str
    sentences: list[Sentence]
    annotations: dict[int, Annotation]  # by sentence id
    comments: dict[int, list[CommentView]] = field(default_factory=dict)  # by sentence id
    current: Sentence | None = None

    @property
    def decided(self) -> int:
        """Sentences the reviewer gave a claim type."""
        return sum(1 for a in self.annotations.values() if a.claim_type is not None)

    @property
    def pending(self) -> int:
        """Comments written but not yet sent back to the reviewer."""
        return sum(1 for items in self.comments.values() for c in items if not c.returned)

    def neighbours(self) -> tuple[Sentence | None, Sentence | None]:
        """The sentences before and after the current one."""
        return neighbours(self.sentences, self.current)


def task_review(task_id: int, sentence_id: int | None = None) -> TaskReview:
    """A task in context, at a sentence (the first by default); ``TaskNotFound`` otherwise."""
    row = db.session.execute(select(Task, User.username).join(User, User.id == Task.reviewer_id)
                             .where(Task.id == task_id)).first()
    if row is None:
        raise TaskNotFound("No task with that id.")
    task, reviewer = row
    sentences = list(db.session.scalars(select(Sentence).where(Sentence.article_id == task.article_id)
                                        .order_by(Sentence.position)))
    found = {a.sentence_id: a for a in db.session.scalars(
        select(Annotation).join(Sentence, Sentence.id == Annotation.sentence_id)
        .where(Sentence.article_id == task.article_id, Annotation.reviewer_id == task.reviewer_id))}
    current = next((s for s in sentences if s.id == sentence_id), None) if sentence_id else None
    if sentence_id and current is None:
        raise TaskNotFound("No sentence with that id in this task.")
    return TaskReview(task, task.article, reviewer, sentences, found, comments_of(task.id),
                      current or (sentences[0] if sentences else None))


def comments_of(task_id: int, returned_only: bool = False) -> dict[int, list[CommentView]]:
    """A task's comments by sentence, oldest first (the reviewer's view: the returned ones)."""
    query = (select(ReviewComment, User.username).outerjoin(User, User.id == ReviewComment.author_id)
             .where(ReviewComment.task_id == task_id).order_by(ReviewComment.id))
    if returned_only:
        query = query.where(ReviewComment.returned_at.is_not(None))
    grouped: dict[int, list[CommentView]] = {}
    for comment, author in db.session.execute(query):
        grouped.setdefault(comment.sentence_id, []).append(CommentView(
            comment.id, comment.sentence_id, comment.body, author, comment.created_at.isoformat(),
            comment.returned_at is not None))
    return grouped


def _clean_body(body: object) -> str:
    if not isinstance(body, str) or not body.strip():
        raise CommentInvalid("write the comment: it must not be empty", {"body": "required"})
    if len(body) > MAX_COMMENT or "\x00" in body:
        raise CommentInvalid(f"a comment may have at most {MAX_COMMENT} characters",
                             {"body": f"at most {MAX_COMMENT} characters"})
    return body.strip()


def _sentence_of(task: Task, sentence_id: object) -> int:
    """The id of a sentence of the task's article, or ``CommentInvalid``."""
    number = parse_id(sentence_id) if isinstance(sentence_id, int) else None  # JSON numbers only, in range
    found = db.session.scalar(select(Sentence.id).where(
        Sentence.id == number, Sentence.article_id == task.article_id)) if number is not None else None
    if found is None:
        raise CommentInvalid(f"sentence {str(sentence_id)[:20]} is not a sentence of this task's article",
                             {"sentence_id": "not a sentence of the task's article"})
    return found


def _add(task: Task, sentence_id: object, body: object, actor_id: int | None) -> ReviewComment:
    comment = ReviewComment(task_id=task.id, sentence_id=_sentence_of(task, sentence_id),
                            author_id=actor_id, body=_clean_body(body))
    db.session.add(comment)
    db.session.flush()
    audit.record("review_comment", comment.id, "create", actor_id=actor_id,
                 after={"task_id": task.id, "sentence_id": comment.sentence_id, "body": comment.body})
    return comment


def _reviewable(task_id: int) -> Task:
    task = db.session.get(Task, task_id)
    if task is None:
        raise TaskNotFound("No task with that id.")
    if task.state != "submitted":
        raise TaskConflict(f"task {task.id} is {task.state.replace('_', ' ')}: comments go with a return, "
                           "and only a submitted task can be returned")
    return task


def add_comment(task_id: int, sentence_id: int, body: str, actor_id: int | None = None) -> ReviewComment:
    """Write a comment on a sentence of a submitted task; the reviewer sees it once the task is returned."""
    with transaction():
        return _add(_reviewable(task_id), sentence_id, body, actor_id)


def return_with_comments(task_id: int, reason: str, comments: object = None,
                         actor_id: int | None = None) -> Task:
    """Return a submitted task with a reason; the pending comments and ``comments`` (a list of
    ``{"sentence_id", "body"}``) reach the reviewer with it. All in one transaction."""
    if comments is not None and (not isinstance(comments, list) or len(comments) > MAX_COMMENTS
                                 or not all(isinstance(item, dict) for item in comments)):
        raise CommentInvalid(f"comments must be a list of at most {MAX_COMMENTS} objects with sentence_id "
                             "and body", {"comments": "a list of {sentence_id, body}"})
    reason = clean_reason(reason)
    with transaction():
        task = _reviewable(task_id)
        for item in comments or []:
            _add(task, item.get("sentence_id"), item.get("body"), actor_id)
        returned = return_task(task_id, reason, actor_id)
        db.session.execute(update(ReviewComment).where(ReviewComment.task_id == task_id,
                                                       ReviewComment.returned_at.is_(None))
                           .values(returned_at=utcnow()).execution_options(synchronize_session=False))
    return returned
