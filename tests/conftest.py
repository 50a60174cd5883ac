"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL tests run when ``CLAIMS_TEST_POSTGRES_URL`` points at a database
we may create databases next to (``.ci/run`` sets it). Without it they are
skipped with a visible reason, unless ``CLAIMS_REQUIRE_POSTGRES=1``, where a
missing server fails the run instead of quietly skipping half the suite.
"""

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from claims.store import migrate
from claims.store.db import make_engine, normalize_url

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("CLAIMS_TEST_POSTGRES_URL")
REQUIRE_PG = os.environ.get("CLAIMS_REQUIRE_POSTGRES") == "1"

BACKENDS = ["sqlite", "postgresql"]


def _skip_or_fail_without_pg() -> None:
    if PG_URL:
        return
    if REQUIRE_PG:
        pytest.fail("CLAIMS_REQUIRE_POSTGRES=1 but CLAIMS_TEST_POSTGRES_URL is not set")
    pytest.skip("PostgreSQL tests need CLAIMS_TEST_POSTGRES_URL (set by .ci/run)")


class PgDatabases:
    """Creates throwaway databases beside the one CLAIMS_TEST_POSTGRES_URL names."""

    def __init__(self, base_url: str) -> None:
        self.base = make_url(normalize_url(base_url))
        self._admin = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def create(self, *, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template`` (a URL whose
        database has no open connections): PostgreSQL copies files, which is
        much faster than migrating and ingesting again."""
        name = f"{self.base.database}_t{uuid.uuid4().hex[:10]}"
        copy = f' TEMPLATE "{make_url(template).database}"' if template else ""
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        self.created.append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self._admin.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    _skip_or_fail_without_pg()
    assert PG_URL is not None
    dbs = PgDatabases(PG_URL)
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test: cheaper than migrating."""
    path = tmp_path_factory.mktemp("template") / "claims.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_migrated_url(pg_databases: PgDatabases) -> str:
    url = pg_databases.create()
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


def _truncate_all(engine: Engine) -> None:
    from sqlmodel import SQLModel

    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        _skip_or_fail_without_pg()
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty, migrated database on the current backend."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "claims.db"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_migrated_url")
    engine = make_engine(url)
    _truncate_all(engine)
    engine.dispose()
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no tables at all, for migration tests."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    return dbs.create()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A database holding the whole seed corpus, ingested once per backend
    through the real pipeline. Tests must not write to it."""
    from claims.config import Settings
    from claims.readers import discover, read_path
    from claims.store.pipeline import Pipeline

    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path_factory.mktemp("seeded") / "claims.db"
        shutil.copy(template, path)
        url = f"sqlite:///{path}"
    else:
        _skip_or_fail_without_pg()
        dbs: PgDatabases = request.getfixturevalue("pg_databases")
        url = dbs.create()
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
    engine = make_engine(url)
    pipeline = Pipeline(engine, settings=Settings(database_url=url))
    items = (
        doc
        for path in discover([REPO / "seeds"])
        if isinstance(path, Path)
        for doc in read_path(path, max_chars=2_000_000)
    )
    failures = [o.error for o in pipeline.ingest_many(items) if o.failed]
    engine.dispose()
    assert not failures, failures
    yield url
