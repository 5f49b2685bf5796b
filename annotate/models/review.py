"""Review work: tasks, each reviewer's annotations, and the final label of a sentence."""

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from annotate.labels import CLAIM_TYPES, DEFAULT_STATUS, STATUSES, TASK_STATES, sql_in
from annotate.models.accounts import User
from annotate.models.base import Base, JSONType, UTCDateTime, utcnow
from annotate.models.corpus import Article, Sentence, Source

_SPAN_CHECK = (
    "(span_start IS NULL AND span_end IS NULL) OR "
    "(span_start >= 0 AND span_end > span_start)"
)


class Task(Base):
    """An article assigned to a reviewer, with a due date and a state."""

    __tablename__ = "task"
    __table_args__ = (
        UniqueConstraint("article_id", "reviewer_id"),
        CheckConstraint(f"state IN ({sql_in(TASK_STATES)})", name="state"),
        # My tasks: a reviewer's open tasks, soonest due first.
        Index("ix_task_reviewer_state_due", "reviewer_id", "state", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    state: Mapped[str] = mapped_column(String(16), default="assigned")
    due_date: Mapped[date | None] = mapped_column(Date)
    return_reason: Mapped[str | None] = mapped_column(Text)
    # Sentences of the article that the reviewer has given a claim type: kept by the database's
    # triggers on annotations and on the task's reviewer (migration 0008), so an object loaded
    # before a save holds the count of that moment; read it with a query (task_queries.progress).
    decided_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship()
    reviewer: Mapped[User] = relationship()


# A reviewer's queue (My tasks, the next task): open work first and accepted last, soonest due
# first and no due date last, then the oldest task. services/task_queries.py orders the queue by
# exactly these expressions and the index holds them after the reviewer, so that a page of the
# queue is read off the index in order rather than by sorting every task the reviewer ever had
# (a desk keeps its history: it grows with the database). The literal stays in the SQL text:
# a bound parameter would not match the index's expression.
TASK_QUEUE_ORDER = (Task.state == literal_column("'accepted'"), Task.due_date.is_(None), Task.due_date, Task.id)
Index("ix_task_queue", Task.reviewer_id, *TASK_QUEUE_ORDER)


class Annotation(Base):
    """One reviewer's judgement of one sentence; ``version`` guards against stale saves."""

    __tablename__ = "annotation"
    __table_args__ = (
        UniqueConstraint("sentence_id", "reviewer_id"),
        CheckConstraint(f"claim_type IS NULL OR claim_type IN ({sql_in(CLAIM_TYPES)})",
                        name="claim_type"),
        CheckConstraint(f"status IN ({sql_in(STATUSES)})", name="status"),
        CheckConstraint(_SPAN_CHECK, name="span"),
        CheckConstraint("version >= 1", name="version"),
        # Export and agreement read all annotations of one reviewer, or of one source.
        Index("ix_annotation_reviewer_sentence", "reviewer_id", "sentence_id"),
        # The dashboard's annotations per day and the agreement's date filters.
        Index("ix_annotation_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sentence_id: Mapped[int] = mapped_column(ForeignKey("sentence.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    claim_type: Mapped[str | None] = mapped_column(String(16))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=DEFAULT_STATUS)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list] = mapped_column(JSONType, default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    sentence: Mapped[Sentence] = relationship()
    reviewer: Mapped[User] = relationship()
    source: Mapped[Source | None] = relationship()


class FinalLabel(Base):
    """The settled label of a sentence: unanimous, or decided by an admin (``decided_by``)."""

    __tablename__ = "final_label"
    __table_args__ = (
        CheckConstraint(f"claim_type IS NULL OR claim_type IN ({sql_in(CLAIM_TYPES)})",
                        name="claim_type"),
        CheckConstraint(f"status IN ({sql_in(STATUSES)})", name="status"),
        CheckConstraint("method IN ('unanimous', 'adjudicated')", name="method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sentence_id: Mapped[int] = mapped_column(
        ForeignKey("sentence.id", ondelete="CASCADE"), unique=True
    )
    claim_type: Mapped[str | None] = mapped_column(String(16))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=DEFAULT_STATUS)
    method: Mapped[str] = mapped_column(String(16))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Where the desk published its verdict (an http(s) URL): the ClaimReview's ``url``.
    review_url: Mapped[str | None] = mapped_column(String(2000))

    sentence: Mapped[Sentence] = relationship()
    source: Mapped[Source | None] = relationship()


class ReviewComment(Base):
    """An admin's comment on one sentence of a task under review. It stays with the admin until
    the task is returned (``returned_at``); from then on the reviewer sees it on that sentence."""

    __tablename__ = "review_comment"
    __table_args__ = (Index("ix_review_comment_task_sentence", "task_id", "sentence_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    sentence_id: Mapped[int] = mapped_column(ForeignKey("sentence.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
