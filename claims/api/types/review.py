"""A fact-checker's verdict on a claim."""

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.errors import NotFound
from claims.api.ids import to_global_id
from claims.api.types.enums import Verdict
from claims.api.types.node import Node
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.claim import Claim

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]


@strawberry.type(description="A fact-checker's verdict on a claim; the latest one is the verdict.")
class Review(Node):
    row: strawberry.Private[models.Review]

    @classmethod
    def of(cls, row: models.Review) -> "Review":
        # Scalars are copied into plain fields: graphql-core reads them with
        # its default resolver, several times faster than a resolver method.
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("Review", row.id)),
            verdict=Verdict(row.verdict),
            note=row.note,
            reviewer=row.reviewer,
            url=row.url,
            created_at=row.created_at,
        )

    id: strawberry.ID

    @strawberry.field
    async def claim(self, info: Info) -> LazyClaim:
        from claims.api.types.claim import Claim as ClaimType

        row = await info.context.loaders.claims.load(self.row.claim_id)
        if row is None:
            raise NotFound(f"the claim of review {self.row.id} no longer exists")
        return ClaimType.of(row)

    verdict: Verdict
    note: str | None
    reviewer: str = strawberry.field(description="Who reviewed: a name or organisation.")
    url: str | None = strawberry.field(description="Where the full fact-check is published.")
    created_at: datetime
