"""The claim frame: what extraction produces and what matching compares.

This module is the hand-off point between the pure text layer and everything
above it. Storage persists a :class:`Frame` (its contract fields as columns,
the whole frame as JSON via :meth:`Frame.to_dict`) and rebuilds it with
:meth:`Frame.from_dict` when the matcher needs it, so adding a frame field
never needs a migration.

Conventions that matching relies on (extractors must keep them):

* ``start``/``end`` and ``sentence_start``/``sentence_end`` are offsets in
  code points into the *original* document text: ``text[start:end]`` is the
  claim's own words.
* ``predicate``, ``unit`` and ``subject`` are language-independent keys
  (``"killed"``, ``"soldier"``, ``"meeting:one_on_one"``), never the words of
  the source language; the words themselves are in the span.
* ``speaker``, ``place`` and the items of ``entities`` are canonical entity
  names from the entity data (``"Recep Tayyip Erdogan"``, ``"Idlib"``).
* ``normalized`` is a language-independent canonical form: an Arabic and an
  English claim about the same fact normalise alike.
"""

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class ClaimKind(StrEnum):
    CASUALTY = "CASUALTY"
    QUANTITY = "QUANTITY"
    DURATION = "DURATION"
    EVENT = "EVENT"
    STATEMENT = "STATEMENT"


class Qualifier(StrEnum):
    EXACT = "EXACT"
    APPROXIMATE = "APPROXIMATE"
    AT_LEAST = "AT_LEAST"
    AT_MOST = "AT_MOST"


@dataclass(slots=True)
class Frame:
    kind: ClaimKind
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    language: str
    # The claim's own words, ``document_text[start:end]``.
    text: str = ""
    subject: str | None = None
    predicate: str | None = None
    object: str | None = None
    value: float | None = None
    unit: str | None = None
    value_qualifier: Qualifier | None = None
    # When the claimed thing happens or happened, resolved against the
    # document's publication date; ``time_text`` keeps the words as said and
    # ``time_precision`` says how much of ``time`` is meaningful
    # ("minute", "hour", "day", "month", "year") or names a part of day
    # ("dawn", "midnight", "morning", "evening", "night").
    time: datetime | None = None
    time_text: str | None = None
    time_precision: str | None = None
    # Date of the event a count refers to (the strike, the offensive), when
    # the text places it; lets matching tell one incident from another.
    event_date: date | None = None
    place: str | None = None
    # "incident" for one event, "cumulative" for running totals ("since the
    # start of the offensive", "this month"); None when the text is silent.
    scope: str | None = None
    negated: bool = False
    speaker: str | None = None
    entities: tuple[str, ...] = ()
    confidence: float = 0.5
    normalized: str = ""
    extractor: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # When the document that makes the claim was published (aware). Matching
    # uses it to date claims whose text gives no date: a report is about the
    # days just before it. Storage fills it from the document on ingest.
    published_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (dates as ISO strings, enums as their values)."""
        out = asdict(self)
        out["kind"] = str(self.kind)
        out["value_qualifier"] = str(self.value_qualifier) if self.value_qualifier else None
        out["time"] = self.time.isoformat() if self.time else None
        out["event_date"] = self.event_date.isoformat() if self.event_date else None
        out["published_at"] = self.published_at.isoformat() if self.published_at else None
        out["entities"] = list(self.entities)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Frame":
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in data.items() if k in known}
        kw["kind"] = ClaimKind(kw["kind"])
        if kw.get("value_qualifier"):
            kw["value_qualifier"] = Qualifier(kw["value_qualifier"])
        if kw.get("time"):
            kw["time"] = datetime.fromisoformat(kw["time"])
        if kw.get("event_date"):
            kw["event_date"] = date.fromisoformat(kw["event_date"])
        if kw.get("published_at"):
            kw["published_at"] = datetime.fromisoformat(kw["published_at"])
        kw["entities"] = tuple(kw.get("entities") or ())
        return cls(**kw)


@dataclass(slots=True)
class Extraction:
    """The result of extracting one document."""

    language: str
    frames: list[Frame]
    # Entities the document mentions or introduces (canonical name ->
    # {"kind": ..., "aliases": [...]}), so storage can add new speakers and
    # places to the entity table.
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)


QUOTE_CONTEXT = 32


def quote_context(
    text: str, start: int, end: int, *, width: int = QUOTE_CONTEXT
) -> tuple[str, str]:
    """The W3C TextQuoteSelector prefix and suffix around a span.

    >>> quote_context("abcdef", 2, 4)
    ('ab', 'ef')
    """
    return text[max(0, start - width) : start], text[end : end + width]
