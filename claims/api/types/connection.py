"""Generic Relay connections: ``Connection[Claim]`` is ``ClaimConnection``.

Strawberry names a generic after its type arguments, so one class serves
every connection of the contract with the contract's names.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

import strawberry

from claims.api.errors import BadUserInput
from claims.api.ids import encode_cursor
from claims.api.types.page_info import PageInfo
from claims.config import ApiLimits

T = TypeVar("T")


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    page_info: PageInfo
    edges: list[Edge[T]]
    # Counting costs a query of its own; run it only when a client asks.
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many items the whole list holds, over all pages.")
    async def total_count(self) -> int:
        return await self.count()


def page_size(first: int | None, limits: ApiLimits) -> int:
    """The validated ``first`` argument (BAD_USER_INPUT when out of range)."""
    if first is None:
        return limits.page_default
    if first < 0:
        raise BadUserInput(f"first must be between 0 and {limits.page_max}, got {first}")
    if first > limits.page_max:
        raise BadUserInput(
            f"first is {first}, over the maximum page size of {limits.page_max}: ask for at "
            f"most {limits.page_max} and page on with after: pageInfo.endCursor"
        )
    return first


def build_connection(
    items: Sequence[T],
    ids: Sequence[int],
    *,
    cursor_kind: str,
    has_next: bool,
    has_previous: bool,
    count: Callable[[], Awaitable[int]],
) -> Connection[T]:
    cursors = [encode_cursor(cursor_kind, id_) for id_ in ids]
    return Connection(
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=has_previous,
            start_cursor=cursors[0] if cursors else None,
            end_cursor=cursors[-1] if cursors else None,
        ),
        edges=[Edge(cursor=c, node=n) for c, n in zip(cursors, items, strict=True)],
        count=count,
    )
