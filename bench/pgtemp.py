"""A throwaway PostgreSQL database beside the one a URL names, for benchmarks."""

import uuid
from collections.abc import Callable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from claims.store.db import normalize_url


def pg_database(base_url: str) -> tuple[str, Callable[[], None]]:
    """Create a fresh database; returns its URL and a function that drops it."""
    base = make_url(normalize_url(base_url))
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"{base.database}_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return base.set(database=name).render_as_string(hide_password=False), drop
