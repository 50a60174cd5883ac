"""The served schema: a superset of the contract, committed, and the
operations fact-checkers use all valid against it."""

from pathlib import Path

import pytest
from graphql import build_schema as parse_sdl
from graphql import find_breaking_changes, parse, validate

from claims.api.export_schema import SCHEMA_FILE, main, served_sdl
from claims.api.schema import build_schema

REPO = Path(__file__).resolve().parents[1]
# In CI the shared contract sits beside the clone; here, beside the repo.
CONTRACTS = [
    REPO / "graphql" / "contract.graphql",
    REPO.parent / "shared" / "contract" / "schema.graphql",
]
OPERATIONS = sorted((REPO / "graphql" / "operations").glob("*.graphql"))


@pytest.mark.parametrize("contract", CONTRACTS, ids=lambda p: str(p.relative_to(REPO.parent)))
def test_served_schema_keeps_the_contract(contract: Path) -> None:
    if not contract.exists():
        pytest.skip(f"{contract} is not here")
    old = parse_sdl(contract.read_text(encoding="utf-8"))
    new = parse_sdl(build_schema().as_str())
    assert find_breaking_changes(old, new) == []


def test_the_contract_copy_is_the_shared_contract() -> None:
    # A fresh clone has no ../shared; where it exists, our copy must be it.
    copy, shared = CONTRACTS
    if not shared.exists():
        pytest.skip(f"{shared} is not here")
    assert copy.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8"), (
        "graphql/contract.graphql differs from the shared contract: copy it over"
    )


def test_committed_schema_is_what_is_served() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == served_sdl(), (
        "graphql/schema.graphql is stale: run `python -m claims.api.export_schema`"
    )
    assert main(["--check"]) == 0


def test_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "schema.graphql"
    stale.write_text("type Query { old: Int }\n")
    assert main(["--check", "--output", str(stale)]) == 1
    assert main(["--output", str(stale)]) == 0
    assert main(["--check", "--output", str(stale)]) == 0


def test_every_contract_name_has_a_description_or_is_self_evident() -> None:
    # Enum values carry their meaning in the served schema.
    schema = build_schema()
    for enum in ("ClaimKind", "MatchRelation", "ContradictionStatus", "Verdict"):
        values = schema._schema.get_type(enum).values  # type: ignore[union-attr]
        assert all(v.description for v in values.values()), enum


@pytest.mark.parametrize("path", OPERATIONS, ids=lambda p: p.name)
def test_operations_are_valid(path: Path) -> None:
    schema = build_schema()._schema
    document = parse(path.read_text(encoding="utf-8"))
    assert validate(schema, document) == []


def test_there_are_operations() -> None:
    names = {p.stem for p in OPERATIONS}
    assert {
        "open_contradictions",
        "compare_sources",
        "speaker_claims",
        "place_and_time",
        "said_before",
    } <= names
