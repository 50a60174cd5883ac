"""Reviews of a claim, oldest first, by claim id (the last is the verdict)."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session

from claims.api.dataloaders._grouped import GroupedLoader
from claims.store.models import Review


class ClaimReviewsLoader(GroupedLoader[int, Review]):
    def fetch(self, session: Session, keys: list[int]) -> Iterable[tuple[int, Review]]:
        rows = session.scalars(
            select(Review)
            .where(Review.claim_id.in_(keys))  # type: ignore[attr-defined]
            .order_by(Review.created_at, Review.id)  # type: ignore[arg-type]
        )
        return [(row.claim_id, row) for row in rows]
