"""The day-to-day operations in graphql/operations, run on the seed corpus
ingested by the real pipeline."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.api_fixtures import Api

pytest_plugins = ["tests.api_fixtures"]
pytestmark = [pytest.mark.db, pytest.mark.slow, pytest.mark.usefixtures("no_tracebacks")]


OPERATIONS = Path(__file__).resolve().parents[1] / "graphql" / "operations"


def op(name: str) -> str:
    return (OPERATIONS / f"{name}.graphql").read_text(encoding="utf-8")


@pytest.fixture
async def seeded(seed_engine: Any) -> Any:
    from tests.api_fixtures import api_client

    async with api_client(seed_engine) as client:
        yield client


async def run(api: "Api", file: str, operation: str, **variables: Any) -> dict[str, Any]:
    return await api.gql(op(file), variables, operation_name=operation)


async def source_ids(api: "Api") -> dict[str, str]:
    data = await run(api, "compare_sources", "Sources")
    return {e["node"]["name"]: e["node"]["id"] for e in data["sources"]["edges"]}


async def test_open_contradictions(seeded: "Api") -> None:
    data = await run(seeded, "open_contradictions", "OpenContradictions", first=100)
    conn = data["contradictions"]
    assert conn["totalCount"] >= 10
    pairs = []
    for edge in conn["edges"]:
        node = edge["node"]
        for side in (node["claimA"], node["claimB"]):
            assert side["span"]["exact"] == side["text"]
            assert side["source"]["name"] and side["document"]["title"]
        pairs.append((node["claimA"]["value"], node["claimB"]["value"], node["claimA"]["kind"]))
    # The strike's toll: 33 soldiers against 34 somewhere in the corpus.
    assert any(k == "CASUALTY" and {a, b} == {33, 34} for a, b, k in pairs), pairs
    more = await run(
        seeded,
        "open_contradictions",
        "OpenContradictions",
        first=2,
    )
    second = await run(
        seeded,
        "open_contradictions",
        "OpenContradictions",
        first=2,
        after=more["contradictions"]["pageInfo"]["endCursor"],
    )
    first_ids = {e["node"]["id"] for e in more["contradictions"]["edges"]}
    assert first_ids.isdisjoint(e["node"]["id"] for e in second["contradictions"]["edges"])


async def test_compare_two_sources(seeded: "Api") -> None:
    ids = await source_ids(seeded)
    data = await run(
        seeded,
        "compare_sources",
        "CompareSources",
        sourceA=ids["The Meridian Post"],
        sourceB=ids["The Harbor Ledger"],
    )
    cmp = data["compareSources"]
    assert cmp["sourceA"]["name"] == "The Meridian Post"
    assert cmp["agreements"], "the two English reports agree on something"
    for pair in cmp["agreements"] + cmp["contradictions"]:
        assert pair["a"]["span"]["exact"] == pair["a"]["text"]
    linked = {p["a"]["id"] for p in cmp["agreements"] + cmp["contradictions"]}
    assert linked.isdisjoint(c["id"] for c in cmp["onlyInA"])


async def test_everything_one_speaker_said(seeded: "Api") -> None:
    found = await run(seeded, "speaker_claims", "FindSpeaker", name="putin")
    putin = next(e for e in found["entities"] if e["name"] == "Vladimir Putin")
    data = await run(seeded, "speaker_claims", "ClaimsBySpeaker", speakerId=putin["id"])
    claims = [e["node"] for e in data["claims"]["edges"]]
    assert data["claims"]["totalCount"] >= 5
    assert {c["speaker"]["name"] for c in claims} == {"Vladimir Putin"}
    assert {c["language"] for c in claims} >= {"en", "ar"}, "quoted in both languages"


async def test_claims_about_a_place_and_time(seeded: "Api") -> None:
    data = await run(
        seeded,
        "place_and_time",
        "ClaimsAboutPlace",
        place="Idlib",
        publishedAfter="2020-03-01T00:00:00Z",
        publishedBefore="2020-03-10T00:00:00Z",
        kind="CASUALTY",
    )
    claims = [e["node"] for e in data["claims"]["edges"]]
    assert claims
    assert {c["place"] for c in claims} == {"Idlib"}
    assert {c["kind"] for c in claims} == {"CASUALTY"}
    assert all("2020-03-01" <= c["document"]["publishedAt"][:10] < "2020-03-10" for c in claims)
    none = await run(
        seeded,
        "place_and_time",
        "ClaimsAboutPlace",
        place="Idlib",
        publishedBefore="2000-01-01T00:00:00Z",
    )
    assert none["claims"]["totalCount"] == 0


async def test_has_this_been_said_before(seeded: "Api") -> None:
    data = await run(
        seeded,
        "said_before",
        "SaidBefore",
        text="34 Turkish soldiers were killed in Idlib on 27 February 2020.",
        language="en",
    )
    hits = data["searchClaims"]
    assert hits
    relations = {(h["relation"], h["claim"]["text"]) for h in hits}
    assert any(r == "CONTRADICTS" and "33" in t for r, t in relations), relations
    # Text without a claim falls back to fuzzy text search.
    words = await run(seeded, "said_before", "SaidBefore", text="loss of life was a tragedy")
    hits = words["searchClaims"]
    assert {h["relation"] for h in hits} == {"RELATED"}
    assert any("tragedy" in h["claim"]["text"] for h in hits), hits
