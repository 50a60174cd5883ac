"""Two claims that cannot both be true, and what a fact-checker made of it."""

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.errors import NotFound
from claims.api.ids import to_global_id
from claims.api.types.enums import ContradictionStatus
from claims.api.types.node import Node
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.claim import Claim

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]


async def _claim(info: Info, claim_id: int, contradiction_id: int | None) -> LazyClaim:
    from claims.api.types.claim import Claim as ClaimType

    row = await info.context.loaders.claims.load(claim_id)
    if row is None:
        raise NotFound(f"a claim of contradiction {contradiction_id} no longer exists")
    return ClaimType.of(row)


@strawberry.type(
    description="Two claims about the same thing that cannot both be true; raised by the "
    "matcher or flagged by a person."
)
class Contradiction(Node):
    row: strawberry.Private[models.Contradiction]

    @classmethod
    def of(cls, row: models.Contradiction) -> "Contradiction":
        # Scalars are copied into plain fields: graphql-core reads them with
        # its default resolver, several times faster than a resolver method.
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("Contradiction", row.id)),
            reason=row.reason,
            score=row.score,
            status=ContradictionStatus(row.status),
            note=row.note,
            flagged_by=row.flagged_by,
            created_at=row.created_at,
            updated_at=row.updated_at,
            resolved_at=row.resolved_at,
        )

    id: strawberry.ID

    @strawberry.field(description="The claim stored first (the lower id).")
    async def claim_a(self, info: Info) -> LazyClaim:
        return await _claim(info, self.row.claim_a_id, self.row.id)

    @strawberry.field
    async def claim_b(self, info: Info) -> LazyClaim:
        return await _claim(info, self.row.claim_b_id, self.row.id)

    reason: str = strawberry.field(description="Why the claims conflict, in words.")
    score: float = strawberry.field(
        description="0 to 100: how sure the matcher is (100 when flagged by hand)."
    )
    status: ContradictionStatus
    note: str | None = strawberry.field(description="The fact-checker's note from resolving it.")
    flagged_by: str | None = strawberry.field(
        description="Name of the API key that flagged it; null if the matcher did."
    )
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
