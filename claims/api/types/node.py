"""The Relay ``Node`` interface: anything fetchable by ``node(id:)``."""

import strawberry


@strawberry.interface(
    description="An object with a global ID. IDs are opaque: fetch any object again with "
    "`node(id:)`."
)
class Node:
    id: strawberry.ID = strawberry.field(description="Global ID, stable across requests.")
