"""A person, organisation or place that claims name or quote."""

import strawberry

from claims.api.context import Info
from claims.api.ids import to_global_id
from claims.api.types.node import Node
from claims.store import models


@strawberry.type(description="A person, organisation or place, with the names it goes by.")
class Entity(Node):
    row: strawberry.Private[models.Entity]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Entity", self.row.id))

    @strawberry.field(description="Canonical name, the same in every language.")
    def name(self) -> str:
        return self.row.name

    @strawberry.field(description="person, organisation, place, ...")
    def kind(self) -> str:
        return self.row.kind

    @strawberry.field(description="Names and spellings the entity is found under, in any script.")
    async def aliases(self, info: Info) -> list[str]:
        assert self.row.id is not None
        return await info.context.loaders.entity_aliases.load(self.row.id)
