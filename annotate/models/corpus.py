"""Articles, their sentences, and the registry of sources."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import ColumnElement

from annotate.labels import SENTENCE_KINDS, SOURCE_KINDS, SOURCE_STATES, sql_in
from annotate.models.base import Base, JSONType, UTCDateTime, utcnow

# An article without a title is shown by the opening of its text.
TITLE_CHARS = 100


def _text_length(context) -> int:
    return len(context.get_current_parameters()["text"])


class Article(Base):
    """An immutable original text plus its metadata; offsets always point into ``text``."""

    __tablename__ = "article"
    # The sentence-offset trigger reads the length from this index (see migration 0005).
    __table_args__ = (Index("ix_article_id_text_length", "id", "text_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    # Measured once when the article is written: the database's check of sentence offsets
    # compares with it rather than measuring the whole text for every sentence row.
    text_length: Mapped[int] = mapped_column(Integer, default=_text_length)
    text_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # Written with the article, whose sentences are made with it (migration 0008): progress
    # reads it instead of counting the sentences.
    sentence_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    title: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    publisher: Mapped[str | None] = mapped_column(String(200), index=True)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The UTC offset published_at was given in (minutes; NULL: unknown, read as UTC), so that
    # the article is dated on its own calendar day (migration 0009).
    published_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(16))
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    meta: Mapped[dict] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    sentences: Mapped[list["Sentence"]] = relationship(
        back_populates="article", order_by="Sentence.position", cascade="all, delete-orphan"
    )

    @hybrid_property
    def display_title(self) -> str:
        """The title, or the opening of the text when there is none (in Python and in SQL)."""
        return self.title if self.title is not None else self.text[:TITLE_CHARS]

    @display_title.inplace.expression
    @classmethod
    def _display_title_expression(cls) -> ColumnElement[str]:
        return func.coalesce(cls.title, func.substr(cls.text, 1, TITLE_CHARS))


class Sentence(Base):
    """A span ``[start, end)`` of an article's text, its position and its kind."""

    __tablename__ = "sentence"
    __table_args__ = (
        UniqueConstraint("article_id", "position"),
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        CheckConstraint(f"kind IN ({sql_in(SENTENCE_KINDS)})", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))

    article: Mapped[Article] = relationship(back_populates="sentences")

    @property
    def text(self) -> str:
        """The sentence's text, sliced from the article."""
        return self.article.text[self.start : self.end]


class Source(Base):
    """Who asserts a claim: a registry entry with aliases ("Shoigu" for "Sergei Shoigu")."""

    __tablename__ = "source"
    __table_args__ = (CheckConstraint(f"kind IN ({sql_in(SOURCE_KINDS)})", name="kind"),
                      CheckConstraint(f"status IN ({sql_in(SOURCE_STATES)})", name="status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    aliases: Mapped[list] = mapped_column(JSONType, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    # "proposed" (by a reviewer: on their own annotations only) until an admin approves it.
    status: Mapped[str] = mapped_column(String(16), default="approved", server_default="approved",
                                        index=True)
    # The reviewer who proposed it (users are never deleted, only disabled).
    proposed_by_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

