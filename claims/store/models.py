"""The claim store's tables.

Following SQLModel's rule, each table has plain data models beside it
(``ClaimBase`` holds the fields, ``ClaimCreate`` is what callers hand in) and
exactly one ``table=True`` model; tables inherit only from data models.

There are deliberately no ORM relationships: the API reads related rows
through per-request DataLoaders and the pipeline through explicit queries,
so nothing ever lazy-loads (which would break under async and hide N+1s).
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from claims.store.types import UTCDateTime, utcnow

# One naming convention so that constraint names are the same on every
# engine and Alembic's batch mode on SQLite can find them again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _ts(*, index: bool = False, nullable: bool = False) -> Any:
    # The column default too, so bulk Core inserts get timestamps.
    return Field(
        default_factory=utcnow,
        sa_column=Column(UTCDateTime(), nullable=nullable, index=index, default=utcnow),
    )


def _opt_ts() -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
        ),
    )


# --- sources -----------------------------------------------------------------


class SourceBase(SQLModel):
    name: str = Field(max_length=200)
    url: str | None = Field(default=None, max_length=2000)


class SourceCreate(SourceBase):
    pass


class Source(SourceBase, table=True):
    __tablename__ = "source"
    __table_args__ = (UniqueConstraint("name"),)

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)


# --- documents ---------------------------------------------------------------


class DocumentBase(SQLModel):
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    language: str = Field(max_length=35)
    published_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True, index=True)
    )


class DocumentCreate(DocumentBase):
    """What an ingest source hands to the pipeline; ``language`` may be empty
    (detected) and ``source`` names the outlet."""

    text: str
    source: SourceCreate
    language: str = Field(default="", max_length=35)


class Document(DocumentBase, table=True):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("content_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = _fk("source.id")
    # Stored exactly as given: every claim span indexes this string.
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64)
    copy_of_id: int | None = _fk("document.id", nullable=True, ondelete="SET NULL")
    copy_score: float | None = None
    ingested_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)


class DocumentShingle(SQLModel, table=True):
    """Fingerprint hashes of a document, indexed so that a reprint can find
    the story it copies without scanning every stored text."""

    __tablename__ = "document_shingle"
    __table_args__ = (Index("ix_document_shingle_shingle_document", "shingle", "document_id"),)

    document_id: int = Field(
        sa_column=Column(Integer, ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    )
    shingle: str = Field(primary_key=True, max_length=32)


# --- entities ----------------------------------------------------------------


class EntityBase(SQLModel):
    name: str = Field(max_length=300)
    kind: str = Field(default="person", max_length=40)


class Entity(EntityBase, table=True):
    __tablename__ = "entity"
    __table_args__ = (UniqueConstraint("name"),)

    id: int | None = Field(default=None, primary_key=True)
    # Roles ("president:TR") and other entity data the extractor uses.
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)


class EntityAlias(SQLModel, table=True):
    __tablename__ = "entity_alias"
    __table_args__ = (UniqueConstraint("entity_id", "folded"),)

    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = _fk("entity.id")
    alias: str = Field(max_length=300)
    # The alias folded for lookup (case, diacritics, letter variants).
    folded: str = Field(max_length=300, index=True)


# --- claims ------------------------------------------------------------------


class ClaimBase(SQLModel):
    kind: str = Field(max_length=20)
    language: str = Field(max_length=35)
    span_start: int
    span_end: int
    sentence_start: int
    sentence_end: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    subject: str | None = Field(default=None, max_length=300)
    predicate: str | None = Field(default=None, max_length=100)
    object: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    value: float | None = None
    unit: str | None = Field(default=None, max_length=50)
    value_qualifier: str | None = Field(default=None, max_length=20)
    time: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    time_text: str | None = Field(default=None, max_length=300)
    place: str | None = Field(default=None, max_length=300)
    event_date: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    scope: str | None = Field(default=None, max_length=20)
    negated: bool = False
    confidence: float = 0.5
    extractor: str = Field(max_length=100)
    normalized: str = Field(sa_column=Column(Text, nullable=False))


class ClaimCreate(ClaimBase):
    speaker: str | None = None
    entities: list[str] = Field(default_factory=list)
    frame: dict[str, Any] = Field(default_factory=dict)


class Claim(ClaimBase, table=True):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_kind_predicate", "kind", "predicate"),
        Index("ix_claim_document_span", "document_id", "span_start"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = _fk("document.id")
    speaker_id: int | None = _fk("entity.id", nullable=True, ondelete="SET NULL")
    # Folded text for fuzzy search; the trigram index (FTS5 / pg_trgm) covers it.
    search_text: str = Field(sa_column=Column(Text, nullable=False))
    # The whole frame as extracted, so the matcher can rebuild it exactly.
    frame: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)


class ClaimEntity(SQLModel, table=True):
    __tablename__ = "claim_entity"

    claim_id: int = Field(
        sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    )
    entity_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("entity.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class ClaimKey(SQLModel, table=True):
    """Blocking keys: candidates for matching come from this index, so the
    cost of matching one claim does not grow with the store."""

    __tablename__ = "claim_key"
    __table_args__ = (Index("ix_claim_key_key_claim", "key", "claim_id"),)

    claim_id: int = Field(
        sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    )
    key: str = Field(sa_column=Column(String(200), primary_key=True))


# --- matching results ----------------------------------------------------------


class ClaimLink(SQLModel, table=True):
    """A scored relation between two claims; ``claim_a_id < claim_b_id``."""

    __tablename__ = "claim_link"
    __table_args__ = (UniqueConstraint("claim_a_id", "claim_b_id"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_a_id: int = _fk("claim.id")
    claim_b_id: int = _fk("claim.id")
    relation: str = Field(max_length=20, index=True)
    score: float
    explanation: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = _ts()


class ContradictionBase(SQLModel):
    reason: str = Field(sa_column=Column(Text, nullable=False))
    score: float = 100.0
    status: str = Field(default="OPEN", max_length=20)
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Contradiction(ContradictionBase, table=True):
    __tablename__ = "contradiction"
    # One row per pair, ever: a dismissed pair stays dismissed.
    __table_args__ = (
        UniqueConstraint("claim_a_id", "claim_b_id"),
        Index("ix_contradiction_status_id", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_a_id: int = _fk("claim.id")
    claim_b_id: int = _fk("claim.id")
    flagged_by: str | None = Field(default=None, max_length=200)
    created_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)
    resolved_at: datetime | None = _opt_ts()


# --- reviews -----------------------------------------------------------------


class ReviewBase(SQLModel):
    verdict: str = Field(max_length=20)
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reviewer: str = Field(max_length=200)
    url: str | None = Field(default=None, max_length=2000)


class ReviewCreate(ReviewBase):
    claim_id: int


class Review(ReviewBase, table=True):
    __tablename__ = "review"
    __table_args__ = (Index("ix_review_claim_created", "claim_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(
        sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False)
    )
    created_at: datetime = _ts()


# --- access ------------------------------------------------------------------


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"
    __table_args__ = (UniqueConstraint("name"), UniqueConstraint("key_hash"))

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    role: str = Field(max_length=20)
    # sha256 hex of the key; the key itself is shown once and never stored.
    key_hash: str = Field(max_length=64)
    created_at: datetime = _ts()
    revoked_at: datetime | None = _opt_ts()


ROLES = ("reader", "editor", "admin")
RELATIONS = ("AGREES", "CONTRADICTS", "RELATED")
STATUSES = ("OPEN", "CONFIRMED", "DISMISSED")
VERDICTS = ("TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE")
