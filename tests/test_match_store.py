"""Candidates from the store: the newest claims under each lookup key, by index."""

from datetime import date

import pytest
from sqlalchemy import Engine, event, insert

from claims.store.db import session_scope
from claims.store.matching import Matcher
from claims.store.models import Claim, ClaimKey, Document, Source
from claims.store.pipeline import claim_values
from claims.text.frames import ClaimKind, Frame

pytestmark = pytest.mark.db

DAY = date(2020, 2, 27)


def count(value: float, day: date = DAY) -> Frame:
    return Frame(
        ClaimKind.CASUALTY,
        0,
        0,
        0,
        0,
        "en",
        predicate="killed",
        unit="soldier",
        value=value,
        event_date=day,
        normalized=f"killed {value:g}",
        extractor="test",
    )


def store(engine: Engine, matcher: Matcher, frames: list[Frame]) -> list[int]:
    """One document per frame; returns the claim ids (1, 2, ...)."""
    with session_scope(engine) as session:
        session.execute(insert(Source), [{"id": 1, "name": "wire"}])
        session.execute(
            insert(Document),
            [
                {"id": i, "source_id": 1, "language": "en", "text": "", "content_hash": f"{i}"}
                for i in range(1, len(frames) + 1)
            ],
        )
        rows = [
            {
                "id": i,
                **claim_values(
                    f,
                    document_id=i,
                    language=f.language,
                    speaker_id=None,
                    search_text=matcher.search_text(f),
                ),
            }
            for i, f in enumerate(frames, start=1)
        ]
        session.execute(insert(Claim), rows)
        session.execute(
            insert(ClaimKey),
            [
                {"claim_id": i, "key": k}
                for i, f in enumerate(frames, start=1)
                for k in dict.fromkeys(matcher.keys(f))
            ],
        )
    return [r["id"] for r in rows]


def test_candidates_are_the_newest_under_each_key_once_each(engine: Engine) -> None:
    matcher = Matcher(per_key_limit=3)
    # Five counts of the day, one three days later (other keys), then the
    # query's own document.
    ids = store(engine, matcher, [count(30 + i) for i in range(5)] + [count(9, date(2020, 3, 1))])
    with session_scope(engine) as session:
        found = matcher.candidates(session, count(33), exclude_document=ids[-2])
        # The newest three of the day's key, less the excluded document:
        # the LIMIT applies per key, before the exclusion.
        assert sorted(i for i, _ in found) == [3, 4]
        assert {f["value"] for _, f in found} == {32.0, 33.0}
        everything = Matcher(per_key_limit=200).candidates(session, count(33), exclude_document=-1)
        assert sorted(i for i, _ in everything) == [1, 2, 3, 4, 5]


def test_a_frame_without_keys_reads_nothing(engine: Engine) -> None:
    matcher = Matcher()
    store(engine, matcher, [count(33)])
    unnamed = Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", text="killed soldiers 33")
    no_value = count(33)
    no_value.value = None
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    with session_scope(engine) as session:
        event.listen(engine, "before_cursor_execute", seen)
        try:
            for frame in (unnamed, no_value):
                assert not matcher.lookup_keys(frame)
                assert matcher.candidates(session, frame, exclude_document=-1) == []
        finally:
            event.remove(engine, "before_cursor_execute", seen)
    assert statements == []
