"""Relay ``PageInfo``."""

import strawberry


@strawberry.type(description="Where a page sits in its list (Relay cursor connections).")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool = strawberry.field(
        description="True when the page was asked for with `after`: items precede it."
    )
    start_cursor: str | None
    end_cursor: str | None = strawberry.field(description="Pass as `after` to get the next page.")
