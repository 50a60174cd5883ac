"""Reads: nodes, connections, filters, matches, comparisons (hand-written rows)."""

import base64
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.api_fixtures import Api, Seed

pytest_plugins = ["tests.api_fixtures"]

pytestmark = [pytest.mark.db, pytest.mark.usefixtures("no_tracebacks")]

CLAIM_FIELDS = """
  id kind text normalized language value unit valueQualifier negated confidence extractor
  span { start end exact prefix suffix }
  sentence { start end exact }
  document { id title text source { name } }
  source { id name }
  speaker { name aliases }
  entities { name kind }
  verdict
"""


async def test_claim_by_id_has_span_quoting_the_document(api: "Api", hand_seed: "Seed") -> None:
    data = await api.gql(
        f"query($id: ID!) {{ claim(id: $id) {{ {CLAIM_FIELDS} }} }}", {"id": hand_seed.gid("C1")}
    )
    claim = data["claim"]
    assert claim["id"] == hand_seed.gid("C1")
    assert base64.b64decode(claim["id"]).decode() == f"Claim:{hand_seed.ids['C1']}"
    assert claim["kind"] == "CASUALTY"
    assert claim["value"] == 33
    assert claim["valueQualifier"] == "EXACT"
    span = claim["span"]
    assert claim["document"]["text"][span["start"] : span["end"]] == span["exact"] == claim["text"]
    assert span["prefix"].endswith("An air strike in Idlib ")
    assert span["suffix"].startswith(" on Thursday")
    assert claim["source"]["name"] == "The Meridian Post"
    assert claim["entities"] == [{"name": "Idlib", "kind": "place"}]
    assert claim["speaker"] is None
    assert claim["verdict"] is None


async def test_node_routes_every_type(api: "Api", hand_seed: "Seed") -> None:
    for name, typename in [
        ("C2", "Claim"),
        ("D1", "Document"),
        ("S1", "Source"),
        ("E1", "Entity"),
        ("X1", "Contradiction"),
        ("R1", "Review"),
    ]:
        data = await api.gql(
            "query($id: ID!) { node(id: $id) { __typename id } }", {"id": hand_seed.gid(name)}
        )
        assert data["node"] == {"__typename": typename, "id": hand_seed.gid(name)}


async def test_missing_node_is_null(api: "Api", hand_seed: "Seed") -> None:
    gone = base64.b64encode(b"Claim:99999").decode()
    data = await api.gql(
        "query($id: ID!) { node(id: $id) { id } claim(id: $id) { id } }", {"id": gone}
    )
    assert data == {"node": None, "claim": None}


async def test_speaker_and_aliases(api: "Api", hand_seed: "Seed") -> None:
    data = await api.gql(
        "query($id: ID!) { claim(id: $id) { speaker { id name kind aliases } } }",
        {"id": hand_seed.gid("C2")},
    )
    speaker = data["claim"]["speaker"]
    assert speaker["name"] == "Vladimir Putin"
    assert set(speaker["aliases"]) == {"Vladimir Putin", "بوتين"}


async def _all_claims(api: "Api", first: int, flt: dict[str, Any] | None = None) -> list[str]:
    ids: list[str] = []
    after = None
    while True:
        data = await api.gql(
            """query($first: Int, $after: String, $filter: ClaimFilter) {
                 claims(first: $first, after: $after, filter: $filter) {
                   totalCount edges { cursor node { id } }
                   pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""",
            {"first": first, "after": after, "filter": flt},
        )
        conn = data["claims"]
        ids += [e["node"]["id"] for e in conn["edges"]]
        assert conn["pageInfo"]["hasPreviousPage"] is (after is not None)
        if conn["edges"]:
            assert conn["pageInfo"]["endCursor"] == conn["edges"][-1]["cursor"]
        if not conn["pageInfo"]["hasNextPage"]:
            assert conn["totalCount"] == len(ids)
            return ids
        after = conn["pageInfo"]["endCursor"]


async def test_claims_pages_with_cursors(api: "Api", hand_seed: "Seed") -> None:
    everything = await _all_claims(api, 100)
    assert everything == [hand_seed.gid(f"C{i}") for i in range(1, 6)]
    assert await _all_claims(api, 2) == everything
    data = await api.gql("{ claims { edges { node { id } } } }")
    assert len(data["claims"]["edges"]) == 5  # default page (20) holds all


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({"kind": "CASUALTY"}, ["C1", "C3", "C5"]),
        ({"language": "en", "kind": "EVENT"}, ["C4"]),
        ({"sourceId": "S2"}, ["C3", "C4"]),
        ({"documentId": "D1"}, ["C1", "C2"]),
        ({"speakerId": "E1"}, ["C2"]),
        ({"hasContradiction": True}, ["C1", "C3"]),
        ({"hasContradiction": False}, ["C2", "C4", "C5"]),
        ({"verdict": "TRUE"}, ["C4"]),
        ({"verdict": "FALSE"}, []),
        ({"text": "solidiers were kiled"}, ["C1", "C3", "C5"]),
        ({"text": "were killed in idlib"}, ["C3"]),
        ({"text": "Turkish soldiers", "kind": "CASUALTY"}, ["C1", "C3", "C5"]),
        ({"text": "ceasefire midnight"}, ["C4"]),
        ({"text": "zebra crossing"}, []),
    ],
)
async def test_claim_filters(
    api: "Api", hand_seed: "Seed", flt: dict[str, Any], expected: list[str]
) -> None:
    resolved = {k: hand_seed.gid(v) if k.endswith("Id") else v for k, v in flt.items()}
    ids = await _all_claims(api, 100, resolved)
    assert ids == [hand_seed.gid(name) for name in expected]


async def test_matches_both_directions_and_independence(api: "Api", hand_seed: "Seed") -> None:
    query = """query($id: ID!, $min: Float) { claim(id: $id) {
        agreementCount independentAgreementCount
        matches(minScore: $min) { score relation explanation independent claim { id } } } }"""
    c1 = (await api.gql(query, {"id": hand_seed.gid("C1")}))["claim"]
    assert [(m["claim"]["id"], m["relation"], m["independent"]) for m in c1["matches"]] == [
        (hand_seed.gid("C5"), "AGREES", False),  # the wire reprint of the same story
        (hand_seed.gid("C3"), "CONTRADICTS", True),
    ]
    # The reprint agrees, but it is the same source once copies count as
    # their original's: no independent confirmation.
    assert c1["agreementCount"] == 1
    assert c1["independentAgreementCount"] == 0
    c3 = (await api.gql(query, {"id": hand_seed.gid("C3"), "min": 0}))["claim"]
    assert {m["claim"]["id"] for m in c3["matches"]} == {hand_seed.gid("C1"), hand_seed.gid("C5")}
    c1_strict = (await api.gql(query, {"id": hand_seed.gid("C1"), "min": 95}))["claim"]
    assert [m["relation"] for m in c1_strict["matches"]] == ["AGREES"]


RELATION_FIELDS = """id text span { exact prefix suffix } sentence { exact }
    document { id title source { id name } } source { id name } speaker { id name }
    matches { score relation independent claim { id text document { id } source { name } } }
    agreementCount"""


async def test_prefetched_page_equals_claims_one_by_one(api: "Api", hand_seed: "Seed") -> None:
    # The claims page loads its relations up front and the fields answer
    # from the loaders; claim(id:) takes the awaiting path. Same answers.
    page = await api.gql("{ claims(first: 100) { edges { node { " + RELATION_FIELDS + " } } } }")
    nodes = [edge["node"] for edge in page["claims"]["edges"]]
    assert any(node["matches"] for node in nodes)
    assert any(node["speaker"] for node in nodes)
    for node in nodes:
        one = await api.gql(
            "query($id: ID!) { claim(id: $id) { " + RELATION_FIELDS + " } }", {"id": node["id"]}
        )
        assert one["claim"] == node
    # Fragments and aliases reach the prefetch too.
    aliased = await api.gql(
        "{ claims(first: 100) { edges { ...E } } } fragment E on ClaimEdge { node { "
        "d: document { id } ... on Claim { s: source { id } } } }"
    )
    assert [(e["node"]["d"]["id"], e["node"]["s"]["id"]) for e in aliased["claims"]["edges"]] == [
        (n["document"]["id"], n["source"]["id"]) for n in nodes
    ]


async def test_contradictions_newest_first_with_status(api: "Api", hand_seed: "Seed") -> None:
    query = """query($status: ContradictionStatus) { contradictions(status: $status) {
        totalCount edges { node { id status note reason score createdAt resolvedAt
          claimA { id text document { title } span { exact } }
          claimB { id text source { name } } } } } }"""
    every = (await api.gql(query))["contradictions"]
    assert [e["node"]["id"] for e in every["edges"]] == [hand_seed.gid("X2"), hand_seed.gid("X1")]
    open_ = (await api.gql(query, {"status": "OPEN"}))["contradictions"]
    assert open_["totalCount"] == 1
    node = open_["edges"][0]["node"]
    assert node["claimA"]["id"] == hand_seed.gid("C1")
    assert node["claimB"]["source"]["name"] == "The Harbor Ledger"
    assert node["resolvedAt"] is None


async def test_compare_sources(api: "Api", hand_seed: "Seed") -> None:
    query = """query($a: ID!, $b: ID!) { compareSources(sourceA: $a, sourceB: $b) {
        sourceA { name } sourceB { name }
        agreements { a { id } b { id } relation }
        contradictions { a { id } b { id } relation score explanation }
        onlyInA { id } onlyInB { id } } }"""
    cmp = (await api.gql(query, {"a": hand_seed.gid("S1"), "b": hand_seed.gid("S2")}))[
        "compareSources"
    ]
    assert cmp["sourceA"]["name"] == "The Meridian Post"
    assert cmp["agreements"] == []
    assert [(p["a"]["id"], p["b"]["id"]) for p in cmp["contradictions"]] == [
        (hand_seed.gid("C1"), hand_seed.gid("C3"))
    ]
    assert [c["id"] for c in cmp["onlyInA"]] == [hand_seed.gid("C2")]
    assert [c["id"] for c in cmp["onlyInB"]] == [hand_seed.gid("C4")]
    # Swapped, `a` is still the first source's claim.
    swapped = (await api.gql(query, {"a": hand_seed.gid("S2"), "b": hand_seed.gid("S1")}))[
        "compareSources"
    ]
    assert [(p["a"]["id"], p["b"]["id"]) for p in swapped["contradictions"]] == [
        (hand_seed.gid("C3"), hand_seed.gid("C1"))
    ]
    # S2 vs the wire: the contradiction there was DISMISSED, so it is not listed.
    wire = (await api.gql(query, {"a": hand_seed.gid("S2"), "b": hand_seed.gid("S3")}))[
        "compareSources"
    ]
    assert wire["contradictions"] == []
    assert [c["id"] for c in wire["onlyInA"]] == [hand_seed.gid("C4")]
    assert wire["onlyInB"] == []  # the CONTRADICTS link still ties C5 to S2


async def test_sources_documents_and_copies(api: "Api", hand_seed: "Seed") -> None:
    data = await api.gql("""{ sources(first: 10) { totalCount edges { node { name
        documents(first: 1) { totalCount pageInfo { hasNextPage }
          edges { node { title copyOf { title } claims { text } } } } } } } }""")
    sources = {e["node"]["name"]: e["node"]["documents"] for e in data["sources"]["edges"]}
    assert data["sources"]["totalCount"] == 3
    wire = sources["Crossroads Wire"]["edges"][0]["node"]
    assert wire["copyOf"] == {"title": "Strike in Idlib"}
    assert [c["text"] for c in wire["claims"]] == ["killed 33 Turkish soldiers"]
    assert sources["The Harbor Ledger"]["totalCount"] == 1
    docs = await api.gql("{ documents { totalCount edges { node { id contentHash language } } } }")
    assert docs["documents"]["totalCount"] == 3


async def test_entities_search_any_script(api: "Api", hand_seed: "Seed") -> None:
    found = await api.gql('{ entities(search: "بوتين") { id name } }')
    assert found["entities"] == [{"id": hand_seed.gid("E1"), "name": "Vladimir Putin"}]
    every = await api.gql("{ entities { name } }")
    assert [e["name"] for e in every["entities"]] == ["Idlib", "Vladimir Putin"]
    assert (await api.gql('{ entities(search: "IDLIB") { name } }'))["entities"] == [
        {"name": "Idlib"}
    ]


async def test_reviews_verdict_and_claim_review_json(api: "Api", hand_seed: "Seed") -> None:
    data = await api.gql(
        """query($id: ID!) {
             claim(id: $id) { verdict reviews { verdict reviewer url claim { id } } }
             claimReview(id: $id) }""",
        {"id": hand_seed.gid("C4")},
    )
    assert data["claim"]["verdict"] == "TRUE"
    assert data["claim"]["reviews"][0]["claim"]["id"] == hand_seed.gid("C4")
    review = data["claimReview"]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "The ceasefire takes effect at midnight"
    # TRUE is the top of the six-point scale (UNVERIFIABLE has no rating).
    assert review["reviewRating"]["ratingValue"] == review["reviewRating"]["bestRating"] == 6
    assert review["url"] == "https://factcheck.example/ceasefire"
    assert review["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "The Harbor Ledger",
    }
