"""Claims of a document in reading order, by document id."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session

from claims.api.dataloaders._grouped import GroupedLoader
from claims.api.dataloaders.claims import CLAIM_OPTIONS
from claims.store.models import Claim


class DocumentClaimsLoader(GroupedLoader[int, Claim]):
    def fetch(self, session: Session, keys: list[int]) -> Iterable[tuple[int, Claim]]:
        rows = session.scalars(
            select(Claim)
            .options(*CLAIM_OPTIONS)
            .where(Claim.document_id.in_(keys))  # type: ignore[attr-defined]
            .order_by(Claim.document_id, Claim.span_start, Claim.id)  # type: ignore[arg-type]
        )
        return [(row.document_id, row) for row in rows]
