"""A stored claim matched to another claim or to a searched text."""

import asyncio
from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.context import Info
from claims.api.provenance import origin_source_id
from claims.api.types.enums import MatchRelation
from claims.store import models

if TYPE_CHECKING:
    from claims.api.types.claim import Claim

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]


@strawberry.type(description="A claim that matches, with how and how well.")
class ClaimMatch:
    claim: LazyClaim
    score: float = strawberry.field(description="0 to 100.")
    relation: MatchRelation
    explanation: str = strawberry.field(description="Why the matcher decided so, in words.")
    # The claim the match was found for; None for searchClaims, which
    # matches a text rather than a stored claim.
    origin: strawberry.Private[models.Claim | None] = None

    @strawberry.field(
        description="True when the matched claim comes from another source than the claim it "
        "was matched with, counting a reprint as its original's source; null for searchClaims."
    )
    async def independent(self, info: Info) -> bool | None:
        if self.origin is None:
            return None
        loaders = info.context.loaders
        mine, theirs = await asyncio.gather(
            origin_source_id(loaders, self.origin),
            origin_source_id(loaders, self.claim.row),
        )
        return mine is not None and theirs is not None and mine != theirs
