"""A claim: one checkable assertion, with the exact words that make it."""

import asyncio
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.dataloaders._base import Missing
from claims.api.errors import NotFound
from claims.api.ids import to_global_id
from claims.api.prefetch import later
from claims.api.provenance import origin_source_id
from claims.api.rowvalues import columns
from claims.api.types.enums import ClaimKind, MatchRelation, ValueQualifier, Verdict
from claims.api.types.node import Node
from claims.api.types.span import Span
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.claim_match import ClaimMatch
    from claims.api.types.contradiction import Contradiction
    from claims.api.types.document import Document
    from claims.api.types.entity import Entity
    from claims.api.types.review import Review
    from claims.api.types.source import Source

LazyClaimMatch = Annotated["ClaimMatch", strawberry.lazy("claims.api.types.claim_match")]
LazyContradiction = Annotated["Contradiction", strawberry.lazy("claims.api.types.contradiction")]
LazyDocument = Annotated["Document", strawberry.lazy("claims.api.types.document")]
LazyEntity = Annotated["Entity", strawberry.lazy("claims.api.types.entity")]
LazyReview = Annotated["Review", strawberry.lazy("claims.api.types.review")]
LazySource = Annotated["Source", strawberry.lazy("claims.api.types.source")]

_COLUMNS = frozenset(
    [
        "id",
        "kind",
        "text",
        "normalized",
        "language",
        "subject",
        "predicate",
        "object",
        "value",
        "unit",
        "value_qualifier",
        "time",
        "time_text",
        "event_date",
        "place",
        "scope",
        "negated",
        "confidence",
        "extractor",
        "created_at",
    ]
)


@strawberry.type(description="One checkable assertion, with its exact place in its document.")
class Claim(Node):
    row: strawberry.Private[models.Claim]

    @classmethod
    def of(cls, row: models.Claim) -> "Claim":
        # Scalars are copied into plain fields: graphql-core reads them with
        # its default resolver, several times faster than a resolver method.
        c = columns(row, _COLUMNS)
        qualifier = c["value_qualifier"]
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("Claim", c["id"])),
            kind=ClaimKind(c["kind"]),
            text=c["text"],
            normalized=c["normalized"],
            language=c["language"],
            subject=c["subject"],
            predicate=c["predicate"],
            object=c["object"],
            value=c["value"],
            unit=c["unit"],
            value_qualifier=ValueQualifier(qualifier) if qualifier else None,
            time=c["time"],
            time_text=c["time_text"],
            event_date=c["event_date"],
            place=c["place"],
            scope=c["scope"],
            negated=c["negated"],
            confidence=c["confidence"],
            extractor=c["extractor"],
            created_at=c["created_at"],
        )

    async def _document(self, info: Info) -> models.Document:
        doc = await info.context.loaders.documents.load(self.row.document_id)
        if doc is None:
            raise NotFound(f"the document of claim {self.row.id} no longer exists")
        return doc

    def _loaded_document(self, info: Info) -> models.Document | None:
        """The document if the loader already holds it (see prefetch), else None."""
        doc = info.context.loaders.documents.peek(self.row.document_id)
        if isinstance(doc, Missing):
            return None
        if doc is None:
            raise NotFound(f"the document of claim {self.row.id} no longer exists")
        return doc

    async def _span(self, info: Info, start: int, end: int) -> Span:
        doc = await self._document(info)
        return Span.of(doc.text, start, end)

    id: strawberry.ID
    kind: ClaimKind
    text: str = strawberry.field(
        description="The claim's own words in the source, equal to span.exact."
    )
    normalized: str = strawberry.field(
        description="A language-independent canonical form, used for matching."
    )
    language: str

    @strawberry.field(description="Where the claim's words sit in Document.text.")
    def span(self, info: Info) -> Span:
        # Relationship fields are plain functions: they answer from the
        # loaders when the page prefetched the value, else return the
        # awaitable that loads it (see claims.api.prefetch).
        doc = self._loaded_document(info)
        if doc is None:
            return later(self._span(info, self.row.span_start, self.row.span_end))
        return Span.of(doc.text, self.row.span_start, self.row.span_end)

    @strawberry.field(description="The whole sentence that holds the claim.")
    def sentence(self, info: Info) -> Span:
        doc = self._loaded_document(info)
        if doc is None:
            return later(self._span(info, self.row.sentence_start, self.row.sentence_end))
        return Span.of(doc.text, self.row.sentence_start, self.row.sentence_end)

    @strawberry.field
    def document(self, info: Info) -> LazyDocument:
        from claims.api.types.document import Document as DocumentType

        doc = self._loaded_document(info)
        if doc is None:
            return later(self._document_async(info))
        return DocumentType.of(doc)

    async def _document_async(self, info: Info) -> "Document":
        from claims.api.types.document import Document as DocumentType

        return DocumentType.of(await self._document(info))

    @strawberry.field(description="The outlet that published the claim's document.")
    def source(self, info: Info) -> LazySource:
        from claims.api.types.source import Source as SourceType

        doc = self._loaded_document(info)
        row = None if doc is None else info.context.loaders.sources.peek(doc.source_id)
        if doc is None or isinstance(row, Missing):
            return later(self._source_async(info))
        if row is None:
            raise NotFound(f"the source of claim {self.row.id} no longer exists")
        return SourceType.of(row)

    async def _source_async(self, info: Info) -> "Source":
        from claims.api.types.source import Source as SourceType

        doc = await self._document(info)
        row = await info.context.loaders.sources.load(doc.source_id)
        if row is None:
            raise NotFound(f"the source of claim {self.row.id} no longer exists")
        return SourceType.of(row)

    subject: str | None = strawberry.field(
        description="Who or what the claim is about (a side: 'TR'; a topic key)."
    )
    predicate: str | None = strawberry.field(
        description="Language-independent key: killed, wounded, ceasefire, ..."
    )
    object: str | None
    value: float | None = strawberry.field(
        description="The number claimed (seconds for durations)."
    )
    unit: str | None = strawberry.field(
        description="Singular English noun of what was counted, or 's'."
    )
    value_qualifier: ValueQualifier | None
    time: datetime | None = strawberry.field(
        description="When the claimed thing happens or happened, if stated."
    )
    time_text: str | None = strawberry.field(description="The words that gave `time`, as written.")
    event_date: date | None = strawberry.field(
        description="The date of the incident a count refers to, when stated."
    )
    place: str | None = strawberry.field(
        description="Canonical name of the place the claim is about."
    )
    scope: str | None = strawberry.field(
        description="incident (one event) or cumulative (a running total)."
    )

    @strawberry.field(description="Who made the claim, for statements and reported speech.")
    def speaker(self, info: Info) -> LazyEntity | None:
        from claims.api.types.entity import Entity as EntityType

        if self.row.speaker_id is None:
            return None
        row = info.context.loaders.entities.peek(self.row.speaker_id)
        if isinstance(row, Missing):
            return later(self._speaker_async(info, self.row.speaker_id))
        return EntityType.of(row) if row is not None else None

    async def _speaker_async(self, info: Info, speaker_id: int) -> "Entity | None":
        from claims.api.types.entity import Entity as EntityType

        row = await info.context.loaders.entities.load(speaker_id)
        return EntityType.of(row) if row is not None else None

    @strawberry.field(description="People, organisations and places the claim names.")
    async def entities(self, info: Info) -> list[LazyEntity]:
        from claims.api.types.entity import Entity as EntityType

        assert self.row.id is not None
        rows = await info.context.loaders.claim_entities.load(self.row.id)
        return [EntityType.of(r) for r in rows]

    negated: bool
    confidence: float = strawberry.field(
        description="0 to 1: how sure extraction is of this claim."
    )
    extractor: str = strawberry.field(
        description="Which extractor (and version) produced the claim."
    )
    created_at: datetime

    @strawberry.field(
        description="Stored claims the matcher linked to this one, best first. minScore "
        "(0 to 100) drops weaker matches."
    )
    def matches(self, info: Info, min_score: float | None = None) -> list[LazyClaimMatch]:
        assert self.row.id is not None
        loaders = info.context.loaders
        links = loaders.claim_links.peek(self.row.id)
        if isinstance(links, Missing):
            return later(self._matches_async(info, min_score))
        links = [link for link in links if min_score is None or link.score >= min_score]
        others = [loaders.claims.peek(self._other(link)) for link in links]
        if any(isinstance(other, Missing) for other in others):
            return later(self._matches_async(info, min_score))
        return self._match_list(links, others)  # type: ignore[arg-type]

    def _other(self, link: models.ClaimLink) -> int:
        return link.claim_b_id if link.claim_a_id == self.row.id else link.claim_a_id

    async def _matches_async(self, info: Info, min_score: float | None) -> list["ClaimMatch"]:
        assert self.row.id is not None
        loaders = info.context.loaders
        links = await loaders.claim_links.load(self.row.id)
        links = [link for link in links if min_score is None or link.score >= min_score]
        others = await loaders.claims.load_many([self._other(link) for link in links])
        return self._match_list(links, others)

    def _match_list(
        self, links: list[models.ClaimLink], others: list[models.Claim | None]
    ) -> list["ClaimMatch"]:
        from claims.api.types.claim_match import ClaimMatch as ClaimMatchType

        return [
            ClaimMatchType(
                claim=Claim.of(other),
                score=link.score,
                relation=MatchRelation(link.relation),
                explanation=link.explanation,
                origin=self.row,
            )
            for link, other in zip(links, others, strict=True)
            if other is not None
        ]

    @strawberry.field(description="How many stored claims agree with this one.")
    def agreement_count(self, info: Info) -> int:
        assert self.row.id is not None
        links = info.context.loaders.claim_links.peek(self.row.id)
        if isinstance(links, Missing):
            return later(self._agreement_count_async(info))
        return sum(1 for link in links if link.relation == "AGREES")

    async def _agreement_count_async(self, info: Info) -> int:
        assert self.row.id is not None
        links = await info.context.loaders.claim_links.load(self.row.id)
        return sum(1 for link in links if link.relation == "AGREES")

    @strawberry.field(
        description="How many other sources agree, counting each source once and a reprint "
        "as its original's source: the number of independent confirmations."
    )
    async def independent_agreement_count(self, info: Info) -> int:
        assert self.row.id is not None
        loaders = info.context.loaders
        links = await loaders.claim_links.load(self.row.id)
        other_ids = [
            link.claim_b_id if link.claim_a_id == self.row.id else link.claim_a_id
            for link in links
            if link.relation == "AGREES"
        ]
        others = [c for c in await loaders.claims.load_many(other_ids) if c is not None]
        mine, *theirs = await asyncio.gather(
            origin_source_id(loaders, self.row), *(origin_source_id(loaders, c) for c in others)
        )
        return len({s for s in theirs if s is not None and s != mine})

    @strawberry.field(description="Contradictions this claim is part of, any status.")
    async def contradictions(self, info: Info) -> list[LazyContradiction]:
        from claims.api.types.contradiction import Contradiction as ContradictionType

        assert self.row.id is not None
        rows = await info.context.loaders.claim_contradictions.load(self.row.id)
        return [ContradictionType.of(r) for r in rows]

    @strawberry.field(description="Fact-checkers' reviews, oldest first.")
    async def reviews(self, info: Info) -> list[LazyReview]:
        from claims.api.types.review import Review as ReviewType

        assert self.row.id is not None
        rows = await info.context.loaders.claim_reviews.load(self.row.id)
        return [ReviewType.of(r) for r in rows]

    @strawberry.field(description="The latest review's verdict; null if never reviewed.")
    async def verdict(self, info: Info) -> Verdict | None:
        assert self.row.id is not None
        rows = await info.context.loaders.claim_reviews.load(self.row.id)
        return Verdict(rows[-1].verdict) if rows else None
