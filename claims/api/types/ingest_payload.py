"""The result of ``ingestDocument``."""

from typing import TYPE_CHECKING, Annotated

import strawberry

if TYPE_CHECKING:
    from claims.api.types.claim import Claim
    from claims.api.types.contradiction import Contradiction
    from claims.api.types.document import Document

LazyClaim = Annotated["Claim", strawberry.lazy("claims.api.types.claim")]
LazyContradiction = Annotated["Contradiction", strawberry.lazy("claims.api.types.contradiction")]
LazyDocument = Annotated["Document", strawberry.lazy("claims.api.types.document")]


@strawberry.type
class IngestDocumentPayload:
    document: LazyDocument
    created: bool = strawberry.field(
        description="False when the same content was ingested before: nothing was duplicated."
    )
    claims: list[LazyClaim]
    contradictions: list[LazyContradiction] = strawberry.field(
        description="Contradictions that this document's claims raised against claims already "
        "stored."
    )
