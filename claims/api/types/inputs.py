"""Input types of the contract."""

from datetime import datetime

import strawberry

from claims.api.types.enums import ClaimKind, ContradictionStatus, Verdict


@strawberry.input(description="Narrow a list of claims; all given fields must hold.")
class ClaimFilter:
    kind: ClaimKind | None = None
    language: str | None = strawberry.field(default=None, description="BCP 47 tag, e.g. 'en'.")
    source_id: strawberry.ID | None = None
    document_id: strawberry.ID | None = None
    speaker_id: strawberry.ID | None = strawberry.field(
        default=None, description="An Entity ID: claims that entity made."
    )
    text: str | None = strawberry.field(
        default=None,
        description="Fuzzy text filter over the claim text and its normalized form "
        "(trigram similarity: tolerates typos and word order).",
    )
    has_contradiction: bool | None = strawberry.field(
        default=None,
        description="true: claims in an OPEN or CONFIRMED contradiction; false: in none.",
    )
    verdict: Verdict | None = strawberry.field(
        default=None, description="Claims whose latest review gave this verdict."
    )
    place: str | None = strawberry.field(
        default=None,
        description="Claims about this place: its canonical name or any alias ('Idlib', "
        "'إدلب'), case and accents ignored.",
    )
    published_after: datetime | None = strawberry.field(
        default=None, description="Claims in documents published at or after this time."
    )
    published_before: datetime | None = strawberry.field(
        default=None, description="Claims in documents published before this time."
    )


@strawberry.input
class SourceInput:
    name: str = strawberry.field(description="The outlet's name; sources are matched by name.")
    url: str | None = None


@strawberry.input
class IngestDocumentInput:
    text: str
    source: SourceInput
    title: str | None = None
    url: str | None = None
    language: str | None = strawberry.field(
        default=None, description="BCP 47 tag; detected when absent."
    )
    published_at: datetime | None = None


@strawberry.input
class ReviewClaimInput:
    claim_id: strawberry.ID
    verdict: Verdict
    note: str | None = None
    reviewer: str
    url: str | None = strawberry.field(default=None, description="The published fact-check.")


@strawberry.input
class FlagContradictionInput:
    claim_a_id: strawberry.ID
    claim_b_id: strawberry.ID
    reason: str


@strawberry.input
class ResolveContradictionInput:
    contradiction_id: strawberry.ID
    status: ContradictionStatus = strawberry.field(description="CONFIRMED or DISMISSED.")
    note: str | None = None
