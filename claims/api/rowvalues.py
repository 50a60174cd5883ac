"""Reading many columns of an ORM row at once, without a descriptor per column.

Every attribute read on an ORM instance goes through SQLAlchemy's
instrumented descriptor; copying twenty columns of each of a page's claims
into their GraphQL objects made that a measurable share of a request. A
loaded row keeps its column values in its ``__dict__``: read them there when
all are present, else (a row built by hand, an expired attribute) through
the attributes as usual.
"""

from collections.abc import Mapping
from typing import Any


def columns(row: Any, names: frozenset[str]) -> Mapping[str, Any]:
    values: dict[str, Any] = row.__dict__
    if names <= values.keys():
        return values
    return {name: getattr(row, name) for name in names}
