"""A document as ingested: its text is what every claim span points into."""

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.dataloaders._base import Missing
from claims.api.errors import NotFound
from claims.api.ids import to_global_id
from claims.api.prefetch import later
from claims.api.rowvalues import columns
from claims.api.types.node import Node
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.claim import Claim
    from claims.api.types.source import Source

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]
LazySource = Annotated["Source", strawberry.lazy("claims.api.types.source")]

_COLUMNS = frozenset(
    [
        "id",
        "title",
        "url",
        "language",
        "published_at",
        "ingested_at",
        "updated_at",
        "content_hash",
        "text",
        "copy_score",
    ]
)


@strawberry.type(description="An article, report or transcript, stored exactly as ingested.")
class Document(Node):
    row: strawberry.Private[models.Document]

    @classmethod
    def of(cls, row: models.Document) -> "Document":
        # Scalars are copied into plain fields: graphql-core reads them with
        # its default resolver, several times faster than a resolver method.
        c = columns(row, _COLUMNS)
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("Document", c["id"])),
            title=c["title"],
            url=c["url"],
            language=c["language"],
            published_at=c["published_at"],
            ingested_at=c["ingested_at"],
            updated_at=c["updated_at"],
            content_hash=c["content_hash"],
            text=c["text"],
            copy_score=c["copy_score"],
        )

    id: strawberry.ID
    title: str | None
    url: str | None
    language: str = strawberry.field(description="BCP 47 tag, given or detected.")
    published_at: datetime | None
    ingested_at: datetime
    updated_at: datetime
    content_hash: str = strawberry.field(
        description="sha256 (hex) of the NFC-normalised text; the dedup key."
    )
    text: str = strawberry.field(description="The full text; every span offset points into it.")

    @strawberry.field
    def source(self, info: Info) -> LazySource:
        # Plain function: answers from the loader when prefetched (see
        # claims.api.prefetch), else returns the awaitable that loads it.
        from claims.api.types.source import Source as SourceType

        row = info.context.loaders.sources.peek(self.row.source_id)
        if isinstance(row, Missing):
            return later(self._source_async(info))
        if row is None:
            raise NotFound(f"the source of document {self.row.id} no longer exists")
        return SourceType.of(row)

    async def _source_async(self, info: Info) -> "Source":
        from claims.api.types.source import Source as SourceType

        row = await info.context.loaders.sources.load(self.row.source_id)
        if row is None:
            raise NotFound(f"the source of document {self.row.id} no longer exists")
        return SourceType.of(row)

    @strawberry.field(description="The document's claims in reading order.")
    async def claims(self, info: Info) -> list[LazyClaim]:
        from claims.api.types.claim import Claim as ClaimType

        assert self.row.id is not None
        rows = await info.context.loaders.document_claims.load(self.row.id)
        for row in rows:
            info.context.loaders.claims.prime(row.id, row)  # type: ignore[arg-type]
        return [ClaimType.of(r) for r in rows]

    @strawberry.field(
        description="The earlier document this one reprints almost word for word (a wire "
        "story run by another outlet); null for an original."
    )
    async def copy_of(self, info: Info) -> "Document | None":
        if self.row.copy_of_id is None:
            return None
        row = await info.context.loaders.documents.load(self.row.copy_of_id)
        return Document.of(row) if row is not None else None

    copy_score: float | None = strawberry.field(
        description="How close the copy is to its original, 0 to 1."
    )
