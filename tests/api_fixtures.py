"""Fixtures for the API tests: apps, HTTP clients, keys and two data sets.

* ``hand_seed``: a few rows written directly (two outlets contradicting each
  other on a casualty count, a wire reprint, a quote, a review), so tests of
  the API's own logic do not move when extraction patterns change;
* ``seed_engine``: the seed corpus (``seeds/``) ingested by the real
  pipeline, which the day-to-day operations in ``graphql/operations`` run
  against.

Every response any test client receives is checked for leaked tracebacks
(``no_tracebacks``, autouse in each API test module that imports it).
"""

import json
import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from claims.api.app import create_app
from claims.api.ids import to_global_id
from claims.config import ApiLimits, Settings
from claims.readers import ReadError, discover, read_path
from claims.store import keys, migrate
from claims.store.db import make_engine, session_scope
from claims.store.models import (
    Claim,
    ClaimEntity,
    ClaimLink,
    Contradiction,
    Document,
    Entity,
    EntityAlias,
    Review,
    Source,
)
from claims.store.pipeline import claim_from_frame, content_hash
from claims.text.frames import ClaimKind, Frame, Qualifier

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
OPERATIONS = REPO / "graphql" / "operations"

# Every response body the API tests received, per test (see no_tracebacks).
BODIES: list[str] = []


# --- clients ---------------------------------------------------------------------


class Api:
    """An httpx client on the ASGI app, with GraphQL helpers."""

    def __init__(self, client: httpx.AsyncClient, app: Any) -> None:
        self.http = client
        self.app = app

    @property
    def state(self) -> Any:
        return self.app.state.api

    async def post(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        operation_name: str | None = None,
    ) -> httpx.Response:
        body: dict[str, Any] = {"query": query}
        if variables is not None:
            body["variables"] = variables
        if operation_name is not None:
            body["operationName"] = operation_name
        headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
        return await self.http.post("/graphql", json=body, headers=headers)

    async def gql(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        operation_name: str | None = None,
    ) -> dict[str, Any]:
        """The ``data`` of a successful request; fails the test on any error."""
        response = await self.post(query, variables, key=key, operation_name=operation_name)
        assert response.status_code == 200, response.text
        payload = response.json()
        assert "errors" not in payload, json.dumps(payload["errors"], indent=1)
        data: dict[str, Any] = payload["data"]
        return data

    async def errors(
        self, query: str, variables: dict[str, Any] | None = None, *, key: str | None = None
    ) -> list[dict[str, Any]]:
        response = await self.post(query, variables, key=key)
        payload = response.json()
        assert payload.get("errors"), payload
        errs: list[dict[str, Any]] = payload["errors"]
        return errs


async def _record(response: httpx.Response) -> None:
    await response.aread()
    BODIES.append(response.text)


@asynccontextmanager
async def api_client(
    engine: Engine, settings: Settings | None = None, *, pipeline: Any = None
) -> AsyncIterator[Api]:
    settings = settings or Settings(database_url=engine.url.render_as_string(False))
    app = create_app(settings, engine=engine, pipeline=pipeline)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://test", event_hooks={"response": [_record]}
    ) as client:
        yield Api(client, app)


@pytest.fixture
def no_tracebacks() -> Iterator[None]:
    """No response may carry a traceback or a source location."""
    start = len(BODIES)
    yield
    for body in BODIES[start:]:
        assert "Traceback" not in body, body[:2000]
        assert 'File "' not in body, body[:2000]
        assert "sqlalchemy" not in body.lower(), body[:2000]


@pytest.fixture
async def api(engine: Engine) -> AsyncIterator[Api]:
    async with api_client(engine) as client:
        yield client


@pytest.fixture
def make_api(engine: Engine) -> Callable[..., Any]:
    """``async with make_api(private=True) as api:`` for non-default settings."""

    def factory(pipeline: Any = None, limits: ApiLimits | None = None, **overrides: Any) -> Any:
        settings = Settings(
            database_url=engine.url.render_as_string(False), limits=limits or ApiLimits()
        ).with_overrides(**overrides)
        return api_client(engine, settings, pipeline=pipeline)

    return factory


def create_key(engine: Engine, role: str, name: str | None = None) -> str:
    with session_scope(engine) as session:
        _, key = keys.create_key(session, role=role, name=name)
    return key


@pytest.fixture
def key_factory(engine: Engine) -> Callable[..., str]:
    """``key_factory("reader")``: a new key with that role."""
    return lambda role, name=None: create_key(engine, role, name)


@pytest.fixture
def editor_key(engine: Engine) -> str:
    return create_key(engine, "editor", "test-editor")


@pytest.fixture
def reader_key(engine: Engine) -> str:
    return create_key(engine, "reader", "test-reader")


# --- hand-written rows -------------------------------------------------------------

MERIDIAN = (
    "An air strike in Idlib killed 33 Turkish soldiers on Thursday, officials said. "
    "Vladimir Putin said the loss of life was a tragedy."
)
LEDGER = (
    "At least 34 Turkish soldiers were killed in Idlib. The ceasefire takes effect at midnight."
)
WIRE = MERIDIAN + " (Wire copy.)"


@dataclass
class Seed:
    """Row ids of the hand seed, and their global IDs in ``gid``."""

    ids: dict[str, int] = field(default_factory=dict)

    def gid(self, name: str) -> str:
        kind = {
            "S": "Source",
            "D": "Document",
            "C": "Claim",
            "E": "Entity",
            "X": "Contradiction",
            "R": "Review",
        }[name[0]]
        return to_global_id(kind, self.ids[name])


def _frame(text: str, quote: str, kind: ClaimKind, **kw: Any) -> Frame:
    start = text.index(quote)
    return Frame(
        kind=kind,
        start=start,
        end=start + len(quote),
        sentence_start=0,
        sentence_end=len(text),
        language="en",
        text=quote,
        extractor="hand/1",
        normalized=kw.pop("normalized", quote.lower()),
        **kw,
    )


def _claim(document: Document, frame: Frame, *, speaker: Entity | None = None) -> Claim:
    frame.confidence = 0.9
    return claim_from_frame(
        frame,
        document_id=document.id,  # type: ignore[arg-type]
        language="en",
        speaker_id=speaker.id if speaker else None,
        search_text=frame.text.lower(),
    )


def write_hand_seed(engine: Engine) -> Seed:
    seed = Seed()
    with session_scope(engine) as s:
        meridian = Source(name="The Meridian Post", url="https://meridian.example")
        ledger = Source(name="The Harbor Ledger")
        wire = Source(name="Crossroads Wire")
        s.add_all([meridian, ledger, wire])
        s.flush()
        published = datetime(2020, 2, 28, 9, tzinfo=UTC)
        d1 = Document(
            source_id=meridian.id,
            title="Strike in Idlib",
            url="https://meridian.example/1",  # type: ignore[arg-type]
            language="en",
            published_at=published,
            text=MERIDIAN,
            content_hash=content_hash(MERIDIAN),
        )
        d2 = Document(
            source_id=ledger.id,
            title="34 killed",
            language="en",  # type: ignore[arg-type]
            published_at=published,
            text=LEDGER,
            content_hash=content_hash(LEDGER),
        )
        s.add_all([d1, d2])
        s.flush()
        d3 = Document(
            source_id=wire.id,
            title="Strike in Idlib (wire)",
            language="en",  # type: ignore[arg-type]
            published_at=published,
            text=WIRE,
            content_hash=content_hash(WIRE),
            copy_of_id=d1.id,
            copy_score=0.97,
        )
        putin = Entity(name="Vladimir Putin", kind="person")
        idlib = Entity(name="Idlib", kind="place")
        s.add_all([d3, putin, idlib])
        s.flush()
        s.add_all(
            [
                EntityAlias(entity_id=putin.id, alias="Vladimir Putin", folded="vladimir putin"),  # type: ignore[arg-type]
                EntityAlias(entity_id=putin.id, alias="بوتين", folded="بوتين"),  # type: ignore[arg-type]
                EntityAlias(entity_id=idlib.id, alias="Idlib", folded="idlib"),  # type: ignore[arg-type]
            ]
        )
        casualty = dict(
            subject="TR",
            predicate="killed",
            unit="soldier",
            place="Idlib",
            event_date=date(2020, 2, 27),
        )
        c1 = _claim(
            d1,
            _frame(
                MERIDIAN,
                "killed 33 Turkish soldiers",
                ClaimKind.CASUALTY,
                value=33.0,
                value_qualifier=Qualifier.EXACT,
                **casualty,
            ),
        )
        c2 = _claim(
            d1,
            _frame(
                MERIDIAN,
                "the loss of life was a tragedy",
                ClaimKind.STATEMENT,
                speaker="Vladimir Putin",
            ),
            speaker=putin,
        )
        c3 = _claim(
            d2,
            _frame(
                LEDGER,
                "At least 34 Turkish soldiers were killed",
                ClaimKind.CASUALTY,
                value=34.0,
                value_qualifier=Qualifier.AT_LEAST,
                **casualty,
            ),
        )
        c4 = _claim(
            d2,
            _frame(
                LEDGER,
                "The ceasefire takes effect at midnight",
                ClaimKind.EVENT,
                predicate="ceasefire",
            ),
        )
        c5 = _claim(
            d3,
            _frame(
                WIRE,
                "killed 33 Turkish soldiers",
                ClaimKind.CASUALTY,
                value=33.0,
                value_qualifier=Qualifier.EXACT,
                **casualty,
            ),
        )
        s.add_all([c1, c2, c3, c4, c5])
        s.flush()
        s.add_all(
            [
                ClaimEntity(claim_id=c1.id, entity_id=idlib.id),  # type: ignore[arg-type]
                ClaimEntity(claim_id=c2.id, entity_id=putin.id),  # type: ignore[arg-type]
                ClaimLink(
                    claim_a_id=c1.id,
                    claim_b_id=c3.id,
                    relation="CONTRADICTS",
                    score=94.0,  # type: ignore[arg-type]
                    explanation="33 vs at least 34",
                ),
                ClaimLink(
                    claim_a_id=c1.id,
                    claim_b_id=c5.id,
                    relation="AGREES",
                    score=99.0,  # type: ignore[arg-type]
                    explanation="33 and 33",
                ),
                ClaimLink(
                    claim_a_id=c3.id,
                    claim_b_id=c5.id,
                    relation="CONTRADICTS",
                    score=94.0,  # type: ignore[arg-type]
                    explanation="at least 34 vs 33",
                ),
            ]
        )
        x1 = Contradiction(
            claim_a_id=c1.id,
            claim_b_id=c3.id,
            reason="33 vs at least 34",  # type: ignore[arg-type]
            score=94.0,
        )
        x2 = Contradiction(
            claim_a_id=c3.id,
            claim_b_id=c5.id,
            reason="at least 34 vs 33",  # type: ignore[arg-type]
            score=94.0,
            status="DISMISSED",
            note="the wire copy is the same story",
            resolved_at=published,
        )
        r1 = Review(
            claim_id=c4.id,
            verdict="TRUE",
            reviewer="Desk A",  # type: ignore[arg-type]
            url="https://factcheck.example/ceasefire",
            created_at=datetime(2020, 3, 6, tzinfo=UTC),
        )
        s.add_all([x1, x2, r1])
        s.flush()
        for name, row in {
            "S1": meridian,
            "S2": ledger,
            "S3": wire,
            "D1": d1,
            "D2": d2,
            "D3": d3,
            "E1": putin,
            "E2": idlib,
            "C1": c1,
            "C2": c2,
            "C3": c3,
            "C4": c4,
            "C5": c5,
            "X1": x1,
            "X2": x2,
            "R1": r1,
        }.items():
            assert row.id is not None
            seed.ids[name] = row.id
    return seed


@pytest.fixture
def hand_seed(engine: Engine) -> Seed:
    return write_hand_seed(engine)


# --- the seed corpus through the real pipeline -------------------------------------


def ingest_seeds(engine: Engine) -> None:
    from claims.store.pipeline import Pipeline

    settings = Settings()

    def items() -> Iterator[Any]:
        for path in discover([SEEDS]):
            if isinstance(path, ReadError):
                yield path
                continue
            yield from read_path(path, max_chars=settings.max_document_chars)

    failed = [o.error for o in Pipeline(engine, settings=settings).ingest_many(items()) if o.failed]
    assert not failed, failed


@pytest.fixture(scope="session")
def seed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus ingested once into a SQLite file, copied per test."""
    path = tmp_path_factory.mktemp("seeded") / "claims.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    ingest_seeds(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_seed_template(pg_databases: Any) -> str:
    """The seed corpus ingested once into a PostgreSQL database that each
    test copies (CREATE DATABASE ... TEMPLATE)."""
    url: str = pg_databases.create()
    engine = make_engine(url)
    migrate.upgrade(engine)
    ingest_seeds(engine)
    engine.dispose()
    return url


@pytest.fixture
def seed_engine(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if backend == "sqlite":
        path = tmp_path / "seeded.db"
        shutil.copy(request.getfixturevalue("seed_template"), path)
        engine = make_engine(f"sqlite:///{path}")
    else:
        dbs = request.getfixturevalue("pg_databases")
        engine = make_engine(dbs.create(template=request.getfixturevalue("pg_seed_template")))
    yield engine
    engine.dispose()
