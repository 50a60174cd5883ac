"""Alias strings of entities, by entity id."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session, col

from claims.api.dataloaders._grouped import GroupedLoader
from claims.store.models import EntityAlias


class EntityAliasesLoader(GroupedLoader[int, str]):
    def fetch(self, session: Session, keys: list[int]) -> Iterable[tuple[int, str]]:
        rows = session.execute(
            select(col(EntityAlias.entity_id), col(EntityAlias.alias))
            .where(col(EntityAlias.entity_id).in_(keys))
            .order_by(col(EntityAlias.id))
        )
        return [(entity_id, alias) for entity_id, alias in rows]
