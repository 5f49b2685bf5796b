"""The desk's memory of claims (issue 15): claims indexed across articles and grouped into
clusters (one verdict fits every member), and external fact-checks imported from ClaimReview
feeds, matched like any other claim."""

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from annotate.models.base import Base, JSONType, UTCDateTime, utcnow


class ClaimCluster(Base):
    """One claim as a fact-checker sees it: every member gets the same verdict."""

    __tablename__ = "claim_cluster"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FactCheck(Base):
    """A fact-check published elsewhere (one ClaimReview item of an imported feed)."""

    __tablename__ = "fact_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    # sha256 of the review's URL and claim: the same review imported twice is stored once.
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    claim_reviewed: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(2000))
    organisation: Mapped[str] = mapped_column(String(200))
    organisation_url: Mapped[str | None] = mapped_column(String(2000))
    rating: Mapped[str] = mapped_column(String(200))  # the rating's alternateName, else its name
    claim_author: Mapped[str | None] = mapped_column(String(200))
    date_published: Mapped[datetime | None] = mapped_column(UTCDateTime)
    language: Mapped[str | None] = mapped_column(String(16))
    raw: Mapped[dict] = mapped_column(JSONType, default=dict)  # the review as imported
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClaimEntry(Base):
    """One indexed claim: a sentence judged a claim, or an external fact-check's claim."""

    __tablename__ = "claim_entry"
    __table_args__ = (
        CheckConstraint("(sentence_id IS NULL) != (fact_check_id IS NULL)", name="one_of"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sentence_id: Mapped[int | None] = mapped_column(ForeignKey("sentence.id", ondelete="CASCADE"), unique=True)
    fact_check_id: Mapped[int | None] = mapped_column(ForeignKey("fact_check.id", ondelete="CASCADE"),
                                                      unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("claim_cluster.id"), index=True)
    # The claim's text as indexed (a sentence's slice of its article, a fact-check's claimReviewed):
    # matching scores candidates on it without reading their articles.
    text: Mapped[str] = mapped_column(Text)
    # claims.features(parse(text)): scored as a candidate without being parsed again.
    features: Mapped[list] = mapped_column(JSONType, default=list)
    indexed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClaimKey(Base):
    """The inverted index: one row per (key, entry); keys are 64-bit hashes of claims.py's keys."""

    __tablename__ = "claim_key"
    # On SQLite a table clustered on its primary key: a key's posting list is one run of the file
    # (with a rowid, each row read from the index is looked up again in the table).
    __table_args__ = (Index("ix_claim_key_entry", "entry_id"), {"sqlite_with_rowid": False})

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("claim_entry.id", ondelete="CASCADE"), primary_key=True)


class ClaimTerm(Base):
    """How many entries hold each key (its posting list's length): a key held by too many says
    little about a claim and is not read when matching. Counted up as entries are indexed; an
    entry deleted with its sentence leaves its count (an overestimate only ever skips a key)."""

    __tablename__ = "claim_term"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entries: Mapped[int] = mapped_column(Integer)
