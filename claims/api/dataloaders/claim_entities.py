"""Entities a claim mentions, by claim id."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session, col

from claims.api.dataloaders._grouped import GroupedLoader
from claims.store.models import ClaimEntity, Entity


class ClaimEntitiesLoader(GroupedLoader[int, Entity]):
    def fetch(self, session: Session, keys: list[int]) -> Iterable[tuple[int, Entity]]:
        rows = session.execute(
            select(col(ClaimEntity.claim_id), Entity)
            .join(Entity, col(Entity.id) == col(ClaimEntity.entity_id))
            .where(col(ClaimEntity.claim_id).in_(keys))
            .order_by(col(ClaimEntity.claim_id), col(Entity.name))
        )
        return [(claim_id, entity) for claim_id, entity in rows]
