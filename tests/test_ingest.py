"""The ingest pipeline: whole documents or nothing, and the same text only once.

These tests pin the store's guarantees with a small, predictable extractor
(a test double), so that a change in the real extractor's patterns cannot
hide or fake a storage bug. The real extractor is exercised end to end in
test_seed_corpus.py.
"""

import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import SQLModel

from claims.config import Settings
from claims.readers import IncomingDocument, ReadError
from claims.store.db import session_scope
from claims.store.matching import Matcher
from claims.store.models import (
    Claim,
    ClaimKey,
    ClaimLink,
    Contradiction,
    Document,
    Entity,
    Source,
)
from claims.store.pipeline import Pipeline, content_hash
from claims.text.frames import ClaimKind, Extraction, Frame, Qualifier

pytestmark = pytest.mark.db

COUNT = re.compile(r"(\d+) Turkish soldiers were killed")


def count_extractor(
    text: str,
    *,
    language: str | None = None,
    published_at: datetime | None = None,
    entities: list[dict[str, Any]] | None = None,
) -> Extraction:
    frames = [
        Frame(
            kind=ClaimKind.CASUALTY,
            start=m.start(),
            end=m.end(),
            sentence_start=m.start(),
            sentence_end=m.end(),
            language="en",
            text=m.group(0),
            subject="TR",
            predicate="killed",
            value=float(m.group(1)),
            unit="soldier",
            value_qualifier=Qualifier.EXACT,
            place="Idlib",
            event_date=datetime(2020, 2, 27).date(),
            scope="incident",
            normalized=f"CASUALTY killed soldier[TR] = {m.group(1)} @Idlib 2020-02-27",
            extractor="test-double/1",
        )
        for m in COUNT.finditer(text)
    ]
    return Extraction(language=language or "en", frames=frames)


def doc(text: str, source: str = "The Meridian Post", **kw: Any) -> IncomingDocument:
    return IncomingDocument(
        text=text,
        source_name=source,
        language=kw.pop("language", "en"),
        published_at=datetime(2020, 3, 5, 18, tzinfo=UTC),
        origin=kw.pop("origin", f"{source}.md"),
        **kw,
    )


def row_counts(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in SQLModel.metadata.sorted_tables
        }


@pytest.fixture
def pipeline(engine: Engine) -> Pipeline:
    return Pipeline(engine, settings=Settings(), extractor=count_extractor)


def test_a_document_is_stored_with_its_claims_and_exact_spans(
    pipeline: Pipeline, engine: Engine
) -> None:
    text = "Officials said 33 Turkish soldiers were killed on Thursday.\n"
    outcome = pipeline.ingest_one(doc(text))
    assert outcome.created and not outcome.failed
    (claim,) = outcome.claims
    assert text[claim.span_start : claim.span_end] == claim.text
    assert claim.text == "33 Turkish soldiers were killed"
    with session_scope(engine) as session:
        stored = session.get(Document, outcome.document.id)  # type: ignore[union-attr]
        assert stored is not None and stored.text == text
        assert stored.content_hash == content_hash(text)
        keys = session.scalars(select(ClaimKey.key).where(ClaimKey.claim_id == claim.id)).all()
        assert keys, "every claim is indexed under its blocking keys"


def test_re_ingesting_the_same_text_changes_nothing(pipeline: Pipeline, engine: Engine) -> None:
    text = "Reports say 33 Turkish soldiers were killed."
    first = pipeline.ingest_one(doc(text))
    before = row_counts(engine)
    again = pipeline.ingest_one(doc(text, source="Another Outlet"))
    # Precomposed and decomposed accents are the same text.
    nfd = pipeline.ingest_one(doc(unicodedata.normalize("NFD", text + " Café."), origin="x"))
    nfc = pipeline.ingest_one(doc(text + " Café.", origin="y"))
    assert not again.created
    assert again.document is not None and first.document is not None
    assert again.document.id == first.document.id
    assert nfd.created and not nfc.created
    after = row_counts(engine)
    assert after["document"] == before["document"] + 1
    assert after["source"] == before["source"]


def test_a_failure_mid_document_leaves_no_row_of_it(engine: Engine) -> None:
    class ExplodingMatcher(Matcher):
        def match_claims(self, session: Any, claims: Any) -> list[Contradiction]:
            # Claims, keys and the document row are flushed by now.
            assert claims
            raise RuntimeError("disk on fire")

    pipeline = Pipeline(engine, extractor=count_extractor)
    pipeline.ingest_one(doc("Earlier: 33 Turkish soldiers were killed.", source="Good Outlet"))
    before = row_counts(engine)

    exploding = Pipeline(engine, extractor=count_extractor, matcher=ExplodingMatcher())
    outcomes = list(
        exploding.ingest_many(
            [
                doc("Now 34 Turkish soldiers were killed.", source="Bad Outlet", origin="bad.md"),
                ReadError("broken.md", "front matter is not closed"),
            ]
        )
    )
    assert [o.failed for o in outcomes] == [True, True]
    assert "bad.md: internal error (RuntimeError): disk on fire" in (outcomes[0].error or "")
    assert row_counts(engine) == before
    with session_scope(engine) as session:
        names = session.scalars(select(Source.name)).all()
    assert "Bad Outlet" not in names


def test_a_bad_document_in_a_batch_does_not_take_the_good_ones_down(
    pipeline: Pipeline, engine: Engine
) -> None:
    outcomes = list(
        pipeline.ingest_many(
            [
                doc("One: 33 Turkish soldiers were killed.", origin="a.md"),
                doc("   ", origin="empty.md"),
                doc("Two: 35 Turkish soldiers were killed.", origin="c.md", language="not a tag"),
                doc("Three: 36 Turkish soldiers were killed.", origin="d.md"),
            ],
            batch_size=10,
        )
    )
    assert [o.failed for o in outcomes] == [False, True, True, False]
    assert outcomes[1].error == "empty.md: document text is empty"
    assert "language 'not a tag' is not a BCP 47 tag" in (outcomes[2].error or "")
    assert row_counts(engine)["document"] == 2


def test_an_extractor_span_that_does_not_quote_the_text_is_refused(engine: Engine) -> None:
    def lying_extractor(text: str, **_: Any) -> Extraction:
        extraction = count_extractor(text)
        extraction.frames[0].start += 1
        return extraction

    pipeline = Pipeline(engine, extractor=lying_extractor)
    outcome = pipeline.ingest_one(doc("So 33 Turkish soldiers were killed.", origin="lie.md"))
    assert outcome.failed
    assert "does not quote the text" in (outcome.error or "")
    assert row_counts(engine)["claim"] == 0


def test_a_conflicting_figure_opens_a_contradiction(pipeline: Pipeline, engine: Engine) -> None:
    pipeline.ingest_one(doc("The ministry said 33 Turkish soldiers were killed.", source="A"))
    outcome = pipeline.ingest_one(doc("Sources say 34 Turkish soldiers were killed.", source="B"))
    assert len(outcome.contradictions) == 1
    with session_scope(engine) as session:
        link = session.scalars(select(ClaimLink)).one()
        contradiction = session.scalars(select(Contradiction)).one()
        values = {c.id: c.value for c in session.scalars(select(Claim))}
    assert link.relation == "CONTRADICTS"
    assert {values[link.claim_a_id], values[link.claim_b_id]} == {33.0, 34.0}
    assert "33" in link.explanation and "34" in link.explanation
    assert contradiction.status == "OPEN"
    assert link.claim_a_id < link.claim_b_id


def test_a_dismissed_pair_is_never_raised_again(pipeline: Pipeline, engine: Engine) -> None:
    pipeline.ingest_one(doc("First: 33 Turkish soldiers were killed.", source="A"))
    pipeline.ingest_one(doc("Second: 34 Turkish soldiers were killed.", source="B"))
    with session_scope(engine) as session:
        contradiction = session.scalars(select(Contradiction)).one()
        contradiction.status = "DISMISSED"
        claim_ids = (contradiction.claim_a_id, contradiction.claim_b_id)
    with session_scope(engine) as session:
        claims = list(session.scalars(select(Claim).where(Claim.id.in_(claim_ids))))  # type: ignore[union-attr]
        newer = max(claims, key=lambda c: c.id or 0)
        opened = pipeline.matcher.match_claims(session, [newer])
    assert opened == []
    with session_scope(engine) as session:
        assert session.scalars(select(Contradiction)).one().status == "DISMISSED"


def test_one_speakers_denial_contradicts_anothers_assertion(engine: Engine) -> None:
    # Statements are keyed by speaker and by their longest words, so a
    # denial by one official meets another's assertion of the same words.
    pipeline = Pipeline(engine, settings=Settings())
    pipeline.ingest_one(
        doc("Lavrov said the Syrian army did not know where the Turkish troops were.", source="A")
    )
    outcome = pipeline.ingest_one(
        doc("Cavusoglu said the Syrian army knew where the Turkish troops were.", source="B")
    )
    assert len(outcome.contradictions) == 1
    with session_scope(engine) as session:
        link = session.scalars(select(ClaimLink).where(ClaimLink.relation == "CONTRADICTS")).one()
    assert "Sergei Lavrov" in link.explanation and "Mevlut Cavusoglu" in link.explanation


def test_a_new_speaker_is_one_person_in_both_scripts(engine: Engine) -> None:
    # Neither name is in the shipped entity data: the English report makes
    # "Olena Marchuk" an entity, and the Arabic report's "أولينا مارتشوك",
    # spelt with the same consonants, is that entity, so her words in the
    # two languages are compared.
    pipeline = Pipeline(engine, settings=Settings())
    pipeline.ingest_one(
        doc("Olena Marchuk said the convoy had reached the city before dawn.", source="A")
    )
    outcome = pipeline.ingest_one(
        doc(
            "وقالت المتحدثة باسم البلدية أولينا مارتشوك إن القافلة وصلت إلى المدينة قبل الفجر.",
            source="B",
            language="ar",
        )
    )
    (claim,) = [c for c in outcome.claims if c.kind == ClaimKind.STATEMENT]
    with session_scope(engine) as session:
        names = session.scalars(select(Entity.name).where(Entity.kind == "person")).all()
        speaker = session.get(Entity, claim.speaker_id)
    assert speaker is not None and speaker.name == "Olena Marchuk"
    assert "أولينا مارتشوك" not in names
