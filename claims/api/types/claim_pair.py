"""Two claims the matcher linked (sourceA's first, in compareSources)."""

from typing import TYPE_CHECKING, Annotated

import strawberry

from claims.api.types.enums import MatchRelation

if TYPE_CHECKING:
    from claims.api.types.claim import Claim

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]


@strawberry.type(description="Two linked claims: `a` from the first source, `b` from the second.")
class ClaimPair:
    a: LazyClaim
    b: LazyClaim
    score: float = strawberry.field(description="0 to 100.")
    relation: MatchRelation
    explanation: str
