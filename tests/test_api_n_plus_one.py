"""No N+1: a page of 100 claims costs as many SQL statements as a page of 5.

Every relationship field reads through a per-request DataLoader, so each
level of nesting is one batched query whatever the page size.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import Engine, event

from claims.api.synthetic import Sizes, load

if TYPE_CHECKING:
    from tests.api_fixtures import Api

pytest_plugins = ["tests.api_fixtures"]
pytestmark = [pytest.mark.db, pytest.mark.usefixtures("no_tracebacks")]

PAGE = """query($first: Int) { claims(first: $first) { totalCount edges { node {
  id text span { exact prefix } sentence { exact }
  document { id title copyOf { id } source { id name } }
  source { id name documents(first: 2) { totalCount edges { node { id } } } }
  speaker { id name aliases }
  entities { name }
  matches { score relation independent claim { id text document { id } source { name } } }
  agreementCount independentAgreementCount
  contradictions { id status }
  reviews { verdict reviewer claim { id } }
  verdict } } } }"""


@pytest.fixture
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    yield seen
    event.remove(engine, "before_cursor_execute", count)


async def test_page_of_100_costs_the_same_as_page_of_5(
    api: "Api", engine: Engine, statements: list[str]
) -> None:
    load(engine, Sizes(claims=300, claims_per_document=3, documents_per_source=10))
    costs = {}
    for first in (5, 100):
        await api.gql(PAGE, {"first": 5})  # warm: pool connections, caches
        statements.clear()
        data = await api.gql(PAGE, {"first": first})
        edges = data["claims"]["edges"]
        assert len(edges) == first
        # The page really exercised the relationships.
        assert any(e["node"]["speaker"] for e in edges)
        assert any(e["node"]["matches"] for e in edges)
        assert any(e["node"]["reviews"] for e in edges)
        costs[first] = [
            s
            for s in statements
            if not s.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA"))
        ]
    assert len(costs[100]) == len(costs[5]), "\n\n".join(costs[100])
    # One statement per relationship level, not per row: a small fixed number.
    assert len(costs[5]) < 25, "\n\n".join(costs[5])
