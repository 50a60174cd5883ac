"""Contradictions a claim is part of, by claim id, in both directions."""

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlmodel import Session

from claims.api.dataloaders._grouped import GroupedLoader
from claims.store.models import Contradiction


class ClaimContradictionsLoader(GroupedLoader[int, Contradiction]):
    def fetch(self, session: Session, keys: list[int]) -> Iterable[tuple[int, Contradiction]]:
        wanted = set(keys)
        rows = session.scalars(
            select(Contradiction)
            .where(
                or_(
                    Contradiction.claim_a_id.in_(keys),  # type: ignore[attr-defined]
                    Contradiction.claim_b_id.in_(keys),  # type: ignore[attr-defined]
                )
            )
            .order_by(Contradiction.id)  # type: ignore[arg-type]
        )
        out: list[tuple[int, Contradiction]] = []
        for row in rows:
            if row.claim_a_id in wanted:
                out.append((row.claim_a_id, row))
            if row.claim_b_id in wanted:
                out.append((row.claim_b_id, row))
        return out
