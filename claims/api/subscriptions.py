"""The root ``Subscription`` type, served over graphql-transport-ws."""

from collections.abc import AsyncGenerator
from typing import Any

import strawberry

from claims.api.broadcast import CONTRADICTION_FLAGGED, DOCUMENT_INGESTED
from claims.api.context import Info
from claims.api.permissions import CanRead
from claims.api.types.contradiction import Contradiction
from claims.api.types.document import Document

read_access: Any = {"permission_classes": [CanRead]}


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Every contradiction as it is raised, by ingest or flagged by hand.",
        **read_access,
    )
    async def contradiction_flagged(self, info: Info) -> AsyncGenerator[Contradiction, None]:
        async for row in info.context.state.broadcaster.subscribe(CONTRADICTION_FLAGGED):
            # One context serves the whole websocket: start each event with
            # empty loader caches so nested fields read current rows.
            info.context.reset_loaders()
            yield Contradiction.of(row)

    @strawberry.subscription(description="Every new document as it is stored.", **read_access)
    async def document_ingested(self, info: Info) -> AsyncGenerator[Document, None]:
        async for row in info.context.state.broadcaster.subscribe(DOCUMENT_INGESTED):
            info.context.reset_loaders()
            yield Document.of(row)
