"""A document as ingested: its text is what every claim span points into."""

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.errors import NotFound
from claims.api.ids import to_global_id
from claims.api.types.node import Node
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.claim import Claim
    from claims.api.types.source import Source

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]
LazySource = Annotated["Source", strawberry.lazy("claims.api.types.source")]


@strawberry.type(description="An article, report or transcript, stored exactly as ingested.")
class Document(Node):
    row: strawberry.Private[models.Document]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Document", self.row.id))

    @strawberry.field
    def title(self) -> str | None:
        return self.row.title

    @strawberry.field
    def url(self) -> str | None:
        return self.row.url

    @strawberry.field(description="BCP 47 tag, given or detected.")
    def language(self) -> str:
        return self.row.language

    @strawberry.field
    def published_at(self) -> datetime | None:
        return self.row.published_at

    @strawberry.field
    def ingested_at(self) -> datetime:
        return self.row.ingested_at

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.row.updated_at

    @strawberry.field(description="sha256 (hex) of the NFC-normalised text; the dedup key.")
    def content_hash(self) -> str:
        return self.row.content_hash

    @strawberry.field(description="The full text; every span offset points into it.")
    def text(self) -> str:
        return self.row.text

    @strawberry.field
    async def source(self, info: Info) -> LazySource:
        from claims.api.types.source import Source as SourceType

        row = await info.context.loaders.sources.load(self.row.source_id)
        if row is None:
            raise NotFound(f"the source of document {self.row.id} no longer exists")
        return SourceType(row=row)

    @strawberry.field(description="The document's claims in reading order.")
    async def claims(self, info: Info) -> list[LazyClaim]:
        from claims.api.types.claim import Claim as ClaimType

        assert self.row.id is not None
        rows = await info.context.loaders.document_claims.load(self.row.id)
        for row in rows:
            info.context.loaders.claims.prime(row.id, row)  # type: ignore[arg-type]
        return [ClaimType(row=r) for r in rows]

    @strawberry.field(
        description="The earlier document this one reprints almost word for word (a wire "
        "story run by another outlet); null for an original."
    )
    async def copy_of(self, info: Info) -> "Document | None":
        if self.row.copy_of_id is None:
            return None
        row = await info.context.loaders.documents.load(self.row.copy_of_id)
        return Document(row=row) if row is not None else None

    @strawberry.field(description="How close the copy is to its original, 0 to 1.")
    def copy_score(self) -> float | None:
        return self.row.copy_score
