"""What two sources say alike, say differently, and say alone."""

from typing import TYPE_CHECKING, Annotated

import strawberry

if TYPE_CHECKING:
    from claims.api.types.claim import Claim
    from claims.api.types.claim_pair import ClaimPair
    from claims.api.types.source import Source

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]
LazyClaimPair = Annotated["ClaimPair", strawberry.lazy("claims.api.types.claim_pair")]
LazySource = Annotated["Source", strawberry.lazy("claims.api.types.source")]


@strawberry.type(description="Two sources side by side, from the links between their claims.")
class SourceComparison:
    source_a: LazySource
    source_b: LazySource
    agreements: list[LazyClaimPair] = strawberry.field(
        description="Claims of A and B the matcher found to agree."
    )
    contradictions: list[LazyClaimPair] = strawberry.field(
        description="Claims of A and B that cannot both be true (matcher links, minus pairs a "
        "fact-checker dismissed, plus pairs flagged by hand)."
    )
    only_in_a: list[LazyClaim] = strawberry.field(
        description="Claims of A with no AGREES, CONTRADICTS or RELATED link to a claim of B."
    )
    only_in_b: list[LazyClaim] = strawberry.field(
        description="Claims of B with no AGREES, CONTRADICTS or RELATED link to a claim of A."
    )
