"""Collections: named sets of articles (a campaign, a desk) with their guidelines."""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from annotate.models.base import Base, UTCDateTime, utcnow

# Which articles are in which collections (an article may be in several).
article_collection = Table(
    "article_collection",
    Base.metadata,
    Column("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True),
    Column("collection_id", Integer, ForeignKey("collection.id", ondelete="CASCADE"), primary_key=True),
    # Every filter by collection starts from the collection's articles.
    Index("ix_article_collection_collection", "collection_id", "article_id"),
)


class Collection(Base):
    """A named set of articles and the guidelines its reviewers work by (Markdown)."""

    __tablename__ = "collection"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    guidelines: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
