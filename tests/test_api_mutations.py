"""Mutations: ingest through the real pipeline, reviews, flagging, resolving."""

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.api_fixtures import Api, Seed

pytest_plugins = ["tests.api_fixtures"]
pytestmark = [pytest.mark.db, pytest.mark.usefixtures("no_tracebacks")]

INGEST = """mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  created document { id title language source { name } claims { id } }
  claims { id kind text value span { exact } }
  contradictions { id status reason claimA { text source { name } } claimB { text } } } }"""

FIRST = {
    "text": "An air strike in Idlib killed 33 Turkish soldiers on Thursday, officials said.",
    "source": {"name": "The Meridian Post", "url": "https://meridian.example"},
    "title": "Strike",
    "language": "en",
    "publishedAt": "2020-02-28T09:00:00Z",
}
SECOND = {
    "text": "Officials said 34 Turkish soldiers were killed in an air strike in Idlib on Thursday.",
    "source": {"name": "The Harbor Ledger"},
    "language": "en",
    "publishedAt": "2020-02-28T10:00:00Z",
}
RESOLVE = """mutation($id: ID!, $status: ContradictionStatus!) { resolveContradiction(
  input: {contradictionId: $id, status: $status, note: "checked"}) {
  id status note resolvedAt updatedAt } }"""


async def ingest(api: "Api", key: str, doc: dict[str, Any]) -> dict[str, Any]:
    data = await api.gql(INGEST, {"input": doc}, key=key)
    payload: dict[str, Any] = data["ingestDocument"]
    return payload


async def test_ingest_raises_the_contradiction_once(api: "Api", editor_key: str) -> None:
    first = await ingest(api, editor_key, FIRST)
    assert first["created"] is True
    assert first["document"]["source"]["name"] == "The Meridian Post"
    casualty = [c for c in first["claims"] if c["kind"] == "CASUALTY"]
    assert [c["value"] for c in casualty] == [33]
    assert all(c["span"]["exact"] == c["text"] for c in first["claims"])
    assert first["contradictions"] == []

    second = await ingest(api, editor_key, SECOND)
    assert len(second["contradictions"]) == 1
    contradiction = second["contradictions"][0]
    assert contradiction["status"] == "OPEN"
    assert "34" in contradiction["reason"] and "33" in contradiction["reason"]
    assert {contradiction["claimA"]["source"]["name"]} == {"The Meridian Post"}

    again = await ingest(api, editor_key, SECOND)
    assert again["created"] is False
    assert again["document"]["id"] == second["document"]["id"]
    assert again["contradictions"] == []

    # Dismissed, it leaves the open list and is not raised again when the
    # matcher meets the same pair.
    await api.gql(RESOLVE, {"id": contradiction["id"], "status": "DISMISSED"}, key=editor_key)
    still_open = await api.gql("{ contradictions(status: OPEN) { edges { node { id } } } }")
    assert contradiction["id"] not in str(still_open)
    third = await ingest(
        api,
        editor_key,
        {**SECOND, "text": SECOND["text"] + " More soon.", "source": {"name": "Lakeshore Daily"}},
    )
    assert contradiction["id"] not in {c["id"] for c in third["contradictions"]}


async def test_ingest_refusals_say_why(api: "Api", editor_key: str) -> None:
    for doc, expected in [
        ({**FIRST, "text": "   "}, "empty"),
        ({**FIRST, "language": "english please"}, "BCP 47"),
        ({**FIRST, "source": {"name": " "}}, "source.name is empty"),
    ]:
        payload = (await api.post(INGEST, {"input": doc}, key=editor_key)).json()
        assert payload["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", payload
        assert expected in payload["errors"][0]["message"], payload


async def test_review_sets_the_verdict(api: "Api", hand_seed: "Seed", editor_key: str) -> None:
    review = """mutation($id: ID!, $v: Verdict!) { reviewClaim(input: {claimId: $id,
      verdict: $v, reviewer: "Desk B", note: "figures checked", url: "https://fc.example/1"})
      { id verdict note reviewer url createdAt claim { id } } }"""
    first = await api.gql(review, {"id": hand_seed.gid("C1"), "v": "MOSTLY_TRUE"}, key=editor_key)
    assert first["reviewClaim"]["claim"]["id"] == hand_seed.gid("C1")
    await api.gql(review, {"id": hand_seed.gid("C1"), "v": "FALSE"}, key=editor_key)
    data = await api.gql(
        "query($id: ID!) { claim(id: $id) { verdict reviews { verdict } } claimReview(id: $id) }",
        {"id": hand_seed.gid("C1")},
    )
    assert data["claim"]["verdict"] == "FALSE"
    assert [r["verdict"] for r in data["claim"]["reviews"]] == ["MOSTLY_TRUE", "FALSE"]
    assert data["claimReview"]["reviewRating"]["ratingValue"] == 1
    missing = (await api.post(review, {"id": "Q2xhaW06OTk5", "v": "TRUE"}, key=editor_key)).json()
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_flag_and_resolve(api: "Api", hand_seed: "Seed", editor_key: str) -> None:
    flag = """mutation($a: ID!, $b: ID!) { flagContradiction(input: {claimAId: $a, claimBId: $b,
      reason: "the ceasefire and the toll cannot both be from the same day"}) {
      id status score flaggedBy claimA { id } claimB { id } } }"""
    # Given in either order, the pair is stored lower id first.
    data = await api.gql(flag, {"a": hand_seed.gid("C4"), "b": hand_seed.gid("C2")}, key=editor_key)
    flagged = data["flagContradiction"]
    assert flagged["status"] == "OPEN"
    assert flagged["flaggedBy"] == "test-editor"
    assert (flagged["claimA"]["id"], flagged["claimB"]["id"]) == (
        hand_seed.gid("C2"),
        hand_seed.gid("C4"),
    )

    again = (
        await api.post(flag, {"a": hand_seed.gid("C2"), "b": hand_seed.gid("C4")}, key=editor_key)
    ).json()
    assert again["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "already form contradiction" in again["errors"][0]["message"]
    existing = (
        await api.post(flag, {"a": hand_seed.gid("C1"), "b": hand_seed.gid("C3")}, key=editor_key)
    ).json()
    assert "status OPEN" in existing["errors"][0]["message"]
    missing = (
        await api.post(flag, {"a": hand_seed.gid("C1"), "b": "Q2xhaW06OTk5"}, key=editor_key)
    ).json()
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "claimBId" in missing["errors"][0]["message"]
    same = (
        await api.post(flag, {"a": hand_seed.gid("C1"), "b": hand_seed.gid("C1")}, key=editor_key)
    ).json()
    assert same["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"

    resolved = await api.gql(RESOLVE, {"id": flagged["id"], "status": "CONFIRMED"}, key=editor_key)
    assert resolved["resolveContradiction"]["status"] == "CONFIRMED"
    assert resolved["resolveContradiction"]["note"] == "checked"
    assert resolved["resolveContradiction"]["resolvedAt"] is not None
    reopen = (
        await api.post(RESOLVE, {"id": flagged["id"], "status": "OPEN"}, key=editor_key)
    ).json()
    assert "CONFIRMED or DISMISSED" in reopen["errors"][0]["message"]
    # The flagged pair now shows in compareSources as a contradiction.
    cmp = await api.gql(
        "query($a: ID!, $b: ID!) { compareSources(sourceA: $a, sourceB: $b) "
        "{ contradictions { a { id } } } }",
        {"a": hand_seed.gid("S1"), "b": hand_seed.gid("S2")},
    )
    assert {p["a"]["id"] for p in cmp["compareSources"]["contradictions"]} == {
        hand_seed.gid("C1"),
        hand_seed.gid("C2"),
    }
