"""Reviews leave as schema.org ClaimReview; contradictions list for the terminal."""

import json

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from claims.cli import app
from claims.store.db import session_scope
from claims.store.export import claim_reviews
from claims.store.models import Claim, Review
from claims.store.pipeline import Pipeline
from claims.store.queries_cli import contradiction_rows
from tests.test_ingest import count_extractor, doc

pytestmark = pytest.mark.db


@pytest.fixture
def two_outlets(engine: Engine) -> Engine:
    pipeline = Pipeline(engine, extractor=count_extractor)
    pipeline.ingest_one(doc("The ministry said 33 Turkish soldiers were killed.", source="A"))
    pipeline.ingest_one(
        doc("Sources say 34 Turkish soldiers were killed.", source="B", url="https://b.example/1")
    )
    return engine


def test_claim_review_json_ld(two_outlets: Engine) -> None:
    with session_scope(two_outlets) as session:
        claim = session.scalars(select(Claim).where(Claim.value == 34)).one()
        session.add(
            Review(
                claim_id=claim.id,  # type: ignore[arg-type]
                verdict="FALSE",
                reviewer="Desk Seven",
                note="The ministry's figure is 33.",
                url="https://desk.example/r/1",
            )
        )
    with session_scope(two_outlets) as session:
        (review,) = claim_reviews(session)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "34 Turkish soldiers were killed"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 6,
        "worstRating": 1,
    }
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "B"}
    assert review["itemReviewed"]["appearance"]["url"] == "https://b.example/1"
    assert review["url"] == "https://desk.example/r/1"
    json.dumps(review)  # serialisable as is


def test_contradiction_rows_carry_both_quotes_and_sources(two_outlets: Engine) -> None:
    with session_scope(two_outlets) as session:
        (row,) = contradiction_rows(session, status="OPEN")
        assert contradiction_rows(session, status="DISMISSED") == []
    assert {row["a"]["source"], row["b"]["source"]} == {"A", "B"}
    assert {row["a"]["text"], row["b"]["text"]} == {
        "33 Turkish soldiers were killed",
        "34 Turkish soldiers were killed",
    }
    assert "33" in row["reason"] and "34" in row["reason"]


def test_contradictions_command(two_outlets: Engine, database_url: str) -> None:
    result = CliRunner().invoke(app, ["contradictions", "--json", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["status"] == "OPEN"
    bad = CliRunner().invoke(app, ["contradictions", "--status", "maybe"])
    assert bad.exit_code == 2 and "--status must be" in bad.output
