"""The seed corpus, ingested through the real pipeline on both engines.

This is what `make run` loads; these tests say what a fact-checker finds in
it: every document, exact spans, resolved speakers, the reprint recognised
as a copy, and the planted disagreements raised as contradictions.
"""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.config import Settings
from claims.readers import discover, read_path
from claims.store.db import make_engine, session_scope
from claims.store.models import Claim, Contradiction, Document, Entity, Source
from claims.store.pipeline import Pipeline

pytestmark = pytest.mark.db

REPO = Path(__file__).resolve().parents[1]


def seed_documents() -> list[object]:
    return [
        doc
        for path in discover([REPO / "seeds"])
        if isinstance(path, Path)
        for doc in read_path(path, max_chars=2_000_000)
    ]


@pytest.fixture
def session(seeded_url: str) -> "object":
    engine = make_engine(seeded_url)
    with session_scope(engine) as s:
        yield s
    engine.dispose()


def test_every_seed_document_is_loaded(session: Session) -> None:
    docs = seed_documents()
    assert len(docs) >= 12
    stored = session.execute(select(func.count()).select_from(Document)).scalar_one()
    assert stored == len(docs)
    outlets = session.execute(select(func.count()).select_from(Source)).scalar_one()
    assert outlets >= 7
    languages = set(session.scalars(select(Document.language)))
    assert languages == {"ar", "en"}


def test_every_claim_quotes_its_document_exactly(session: Session) -> None:
    texts = {i: t for i, t in session.execute(select(Document.id, Document.text))}
    claims = list(session.scalars(select(Claim)))
    assert len(claims) > 100
    for claim in claims:
        text = texts[claim.document_id]
        assert text[claim.span_start : claim.span_end] == claim.text
        assert claim.sentence_start <= claim.span_start <= claim.span_end <= claim.sentence_end


def test_speakers_resolve_to_entities_across_scripts(session: Session) -> None:
    putin = session.scalars(select(Entity).where(Entity.name == "Vladimir Putin")).one()
    said = list(session.scalars(select(Claim).where(Claim.speaker_id == putin.id)))
    assert {c.language for c in said} == {"ar", "en"}


def test_the_reprint_is_recognised_as_a_copy(session: Session) -> None:
    copies = list(session.scalars(select(Document).where(Document.copy_of_id.is_not(None))))  # type: ignore[union-attr]
    assert copies, "the seed corpus holds one outlet reprinting another"
    for copy in copies:
        original = session.get(Document, copy.copy_of_id)
        assert original is not None and original.source_id != copy.source_id


def test_the_planted_death_toll_disagreement_is_a_contradiction(session: Session) -> None:
    rows = session.execute(select(Contradiction.claim_a_id, Contradiction.claim_b_id)).all()
    pairs = []
    for a_id, b_id in rows:
        a, b = session.get(Claim, a_id), session.get(Claim, b_id)
        assert a is not None and b is not None
        pairs.append((a, b))
    casualty_values = {
        frozenset({a.value, b.value})
        for a, b in pairs
        if a.kind == b.kind == "CASUALTY" and a.predicate == "killed"
    }
    assert frozenset({33.0, 34.0}) in casualty_values
    # Every contradiction comes with an explanation naming both sides' values.
    reasons = session.scalars(select(Contradiction.reason)).all()
    assert all(len(r) > 20 for r in reasons)


def test_re_ingesting_the_seeds_changes_nothing(seeded_url: str) -> None:
    engine = make_engine(seeded_url)
    with session_scope(engine) as s:
        before = s.execute(select(func.count()).select_from(Claim)).scalar_one()
    outcomes = list(Pipeline(engine, settings=Settings()).ingest_many(seed_documents()))  # type: ignore[arg-type]
    assert outcomes and all(not o.created and not o.failed for o in outcomes)
    with session_scope(engine) as s:
        assert s.execute(select(func.count()).select_from(Claim)).scalar_one() == before
    engine.dispose()
