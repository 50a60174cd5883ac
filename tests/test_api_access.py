"""Access: open or private reads, editor-only mutations, keys checked."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import Engine

from claims.store import keys
from claims.store.db import session_scope

if TYPE_CHECKING:
    from tests.api_fixtures import Api, Seed

pytest_plugins = ["tests.api_fixtures"]
pytestmark = [pytest.mark.db, pytest.mark.usefixtures("no_tracebacks")]

READ = "{ claims(first: 1) { totalCount } }"
REVIEW = """mutation($id: ID!) { reviewClaim(input: {claimId: $id, verdict: FALSE,
  reviewer: "Desk B"}) { id verdict } }"""


def codes(payload: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in payload.get("errors", [])]


async def test_open_reads_need_no_key(api: "Api", hand_seed: "Seed") -> None:
    assert (await api.gql(READ))["claims"]["totalCount"] == 5


async def test_wrong_key_is_unauthenticated_even_for_open_reads(api: "Api") -> None:
    for header in ("Bearer clm_not-a-key", "Basic abc", "Bearer"):
        response = await api.http.post(
            "/graphql", json={"query": READ}, headers={"Authorization": header}
        )
        payload = response.json()
        assert codes(payload) == ["UNAUTHENTICATED"], payload
        assert "claims keys create" in payload["errors"][0]["message"]


async def test_mutations_need_an_editor(
    api: "Api", hand_seed: "Seed", reader_key: str, editor_key: str
) -> None:
    variables = {"id": hand_seed.gid("C1")}
    anonymous = (await api.post(REVIEW, variables)).json()
    assert codes(anonymous) == ["UNAUTHENTICATED"]
    assert "Authorization: Bearer KEY" in anonymous["errors"][0]["message"]
    reader = (await api.post(REVIEW, variables, key=reader_key)).json()
    assert codes(reader) == ["FORBIDDEN"]
    assert "role editor" in reader["errors"][0]["message"]
    editor = await api.gql(REVIEW, variables, key=editor_key)
    assert editor["reviewClaim"]["verdict"] == "FALSE"


async def test_admin_can_edit(
    api: "Api", hand_seed: "Seed", key_factory: Callable[..., str]
) -> None:
    admin = key_factory("admin")
    data = await api.gql(REVIEW, {"id": hand_seed.gid("C1")}, key=admin)
    assert data["reviewClaim"]["id"]


async def test_revoked_key_is_refused(
    api: "Api", engine: Engine, hand_seed: "Seed", editor_key: str
) -> None:
    await api.gql(REVIEW, {"id": hand_seed.gid("C1")}, key=editor_key)
    with session_scope(engine) as session:
        keys.revoke_key(session, "test-editor")
    payload = (await api.post(REVIEW, {"id": hand_seed.gid("C1")}, key=editor_key)).json()
    assert codes(payload) == ["UNAUTHENTICATED"]
    payload = (await api.post(READ, key=editor_key)).json()
    assert codes(payload) == ["UNAUTHENTICATED"]


async def test_private_server_needs_a_reader_key(
    make_api: Callable[..., Any], hand_seed: "Seed", reader_key: str, editor_key: str
) -> None:
    async with make_api(private=True) as api:
        payload = (await api.post(READ)).json()
        assert codes(payload) == ["UNAUTHENTICATED"]
        assert payload["data"] is None
        assert "reader" in payload["errors"][0]["message"]
        assert (await api.gql(READ, key=reader_key))["claims"]["totalCount"] == 5
        assert (await api.gql(READ, key=editor_key))["claims"]["totalCount"] == 5
        # Each root field checks: an unauthorised request learns nothing.
        payload = await api.post("{ a: sources { totalCount } b: documents { totalCount } }")
        assert codes(payload.json()) == ["UNAUTHENTICATED"]
