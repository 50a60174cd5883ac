"""Matcher links touching a claim, by claim id, in both directions.

A link is stored once per pair (``claim_a_id < claim_b_id``); each claim of
the pair sees it.
"""

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlmodel import Session, col

from claims.api.dataloaders._grouped import GroupedLoader
from claims.store.models import ClaimLink


class ClaimLinksLoader(GroupedLoader[int, ClaimLink]):
    def fetch(self, session: Session, keys: list[int]) -> Iterable[tuple[int, ClaimLink]]:
        wanted = set(keys)
        rows = session.scalars(
            select(ClaimLink)
            .where(
                or_(
                    ClaimLink.claim_a_id.in_(keys),  # type: ignore[attr-defined]
                    ClaimLink.claim_b_id.in_(keys),  # type: ignore[attr-defined]
                )
            )
            .order_by(col(ClaimLink.score).desc(), col(ClaimLink.id))
        )
        out: list[tuple[int, ClaimLink]] = []
        for link in rows:
            if link.claim_a_id in wanted:
                out.append((link.claim_a_id, link))
            if link.claim_b_id in wanted:
                out.append((link.claim_b_id, link))
        return out
