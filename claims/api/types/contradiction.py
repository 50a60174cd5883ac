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
    return ClaimType(row=row)


@strawberry.type(
    description="Two claims about the same thing that cannot both be true; raised by the "
    "matcher or flagged by a person."
)
class Contradiction(Node):
    row: strawberry.Private[models.Contradiction]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Contradiction", self.row.id))

    @strawberry.field(description="The claim stored first (the lower id).")
    async def claim_a(self, info: Info) -> LazyClaim:
        return await _claim(info, self.row.claim_a_id, self.row.id)

    @strawberry.field
    async def claim_b(self, info: Info) -> LazyClaim:
        return await _claim(info, self.row.claim_b_id, self.row.id)

    @strawberry.field(description="Why the claims conflict, in words.")
    def reason(self) -> str:
        return self.row.reason

    @strawberry.field(description="0 to 100: how sure the matcher is (100 when flagged by hand).")
    def score(self) -> float:
        return self.row.score

    @strawberry.field
    def status(self) -> ContradictionStatus:
        return ContradictionStatus(self.row.status)

    @strawberry.field(description="The fact-checker's note from resolving it.")
    def note(self) -> str | None:
        return self.row.note

    @strawberry.field(description="Name of the API key that flagged it; null if the matcher did.")
    def flagged_by(self) -> str | None:
        return self.row.flagged_by

    @strawberry.field
    def created_at(self) -> datetime:
        return self.row.created_at

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.row.updated_at

    @strawberry.field
    def resolved_at(self) -> datetime | None:
        return self.row.resolved_at
