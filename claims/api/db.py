"""Running synchronous storage code from async resolvers.

The store is plain synchronous SQLAlchemy. Each call here takes a fresh
session on a worker thread, so the event loop never blocks on a query and no
two sibling resolvers ever share a session (a Session is not thread-safe).
"""

from collections.abc import Callable
from typing import TypeVar

import anyio.to_thread
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

T = TypeVar("T")

Sessions = sessionmaker[Session]


async def read(sessions: Sessions, fn: Callable[[Session], T]) -> T:
    def run() -> T:
        with sessions() as session:
            return fn(session)

    return await anyio.to_thread.run_sync(run)


async def write(sessions: Sessions, fn: Callable[[Session], T]) -> T:
    """Run ``fn`` in one transaction that commits when it returns."""

    def run() -> T:
        with sessions() as session, session.begin():
            return fn(session)

    return await anyio.to_thread.run_sync(run)
