"""A person, organisation or place that claims name or quote."""

import strawberry

from claims.api.context import Info
from claims.api.ids import to_global_id
from claims.api.types.node import Node
from claims.store import models


@strawberry.type(description="A person, organisation or place, with the names it goes by.")
class Entity(Node):
    row: strawberry.Private[models.Entity]

    @classmethod
    def of(cls, row: models.Entity) -> "Entity":
        # Scalars are copied into plain fields: graphql-core reads them with
        # its default resolver, several times faster than a resolver method.
        return cls(
            row=row,
            id=strawberry.ID(to_global_id("Entity", row.id)),
            name=row.name,
            kind=row.kind,
        )

    id: strawberry.ID
    name: str = strawberry.field(description="Canonical name, the same in every language.")
    kind: str = strawberry.field(description="person, organisation, place, ...")

    @strawberry.field(description="Names and spellings the entity is found under, in any script.")
    async def aliases(self, info: Info) -> list[str]:
        assert self.row.id is not None
        return await info.context.loaders.entity_aliases.load(self.row.id)
