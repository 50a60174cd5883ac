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

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Review", self.row.id))

    @strawberry.field
    async def claim(self, info: Info) -> LazyClaim:
        from claims.api.types.claim import Claim as ClaimType

        row = await info.context.loaders.claims.load(self.row.claim_id)
        if row is None:
            raise NotFound(f"the claim of review {self.row.id} no longer exists")
        return ClaimType(row=row)

    @strawberry.field
    def verdict(self) -> Verdict:
        return Verdict(self.row.verdict)

    @strawberry.field
    def note(self) -> str | None:
        return self.row.note

    @strawberry.field(description="Who reviewed: a name or organisation.")
    def reviewer(self) -> str:
        return self.row.reviewer

    @strawberry.field(description="Where the full fact-check is published.")
    def url(self) -> str | None:
        return self.row.url

    @strawberry.field
    def created_at(self) -> datetime:
        return self.row.created_at
