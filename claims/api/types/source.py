"""A publisher: the outlet whose documents make claims."""

from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.ids import decode_cursor, to_global_id
from claims.api.types.connection import Connection, build_connection, page_size
from claims.api.types.node import Node
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.document import Document

LazyDocument = Annotated["Document", strawberry.lazy("claims.api.types.document")]


@strawberry.type(description="An outlet that publishes documents (a newspaper, an agency).")
class Source(Node):
    row: strawberry.Private[models.Source]

    @classmethod
    def of(cls, row: models.Source) -> "Source":
        # Scalars are copied into plain fields: graphql-core reads them with
        # its default resolver, several times faster than a resolver method.
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("Source", row.id)),
            name=row.name,
            url=row.url,
        )

    id: strawberry.ID
    name: str
    url: str | None

    @strawberry.field(description="The source's documents, oldest ingested first.")
    async def documents(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[LazyDocument]:
        from claims.api.types.document import Document as DocumentType

        size = page_size(first, info.context.settings.limits)
        after_id = decode_cursor("document", after) if after else None
        assert self.row.id is not None
        source_id = self.row.id
        docs, has_next = await info.context.loaders.source_documents.load(
            (source_id, size, after_id)
        )
        loaders = info.context.loaders

        async def count() -> int:
            return await loaders.source_document_counts.load(source_id)

        for doc in docs:
            loaders.documents.prime(doc.id, doc)  # type: ignore[arg-type]
        return build_connection(
            [DocumentType.of(d) for d in docs],
            [d.id for d in docs],  # type: ignore[misc]
            cursor_kind="document",
            has_next=has_next,
            has_previous=after_id is not None,
            count=count,
        )
