"""The DataLoader all loaders derive from, and the per-request batcher.

Like the classic DataLoader, ``load(key)`` returns a future and keys asked
for together are fetched by one query. Unlike strawberry's, the batches of
one request run in rounds, one round at a time, each chosen only after the
resolvers woken by the previous round have settled and queued their next
keys. With database
calls finishing on worker threads at unpredictable moments, dispatch-on-
next-tick splits a level of the query into more or fewer batches from run
to run; here the statements a query costs depend on its shape alone, so a
page of 100 claims costs exactly what a page of 5 does (see
tests/test_api_n_plus_one.py). Only one query of a request is ever in
flight, which also keeps a request to one pooled connection at a time.

All loaders with keys waiting when a round is chosen are fetched together:
one trip to a worker thread and one session for the round, each loader
still one query. A trip to a thread costs little on an idle machine but a
scheduler wait on a busy one; a page with several relations per level would
otherwise make one trip per relation.
"""

import asyncio
from collections.abc import Awaitable, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import anyio.to_thread
from sqlmodel import Session

from claims.api.db import Sessions

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Missing:
    """Returned by :meth:`DataLoader.peek` for a value not loaded (yet)."""

    __slots__ = ()


MISSING = Missing()

# Event-loop turns with no new key before a batch is chosen: resolvers woken
# by a batch need a few turns to get through graphql-core's gathers.
SETTLE_TURNS = 4


class Batcher:
    """Runs the batches of one request's loaders, one round at a time."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._pending: dict[DataLoader[object, object], None] = {}
        self._changes = 0
        self._pump: asyncio.Task[None] | None = None

    def enqueue(self, loader: "DataLoader[object, object]") -> None:
        self._changes += 1
        self._pending.setdefault(loader, None)
        if self._pump is None:
            self._pump = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            while True:
                quiet = 0
                while quiet < SETTLE_TURNS:
                    seen = self._changes
                    await asyncio.sleep(0)
                    quiet = quiet + 1 if self._changes == seen else 0
                if not self._pending:
                    return
                # Loaders in the order they first waited; each one's queue
                # is taken now, so keys added meanwhile go to the next round.
                work = [(loader, loader.take()) for loader in self._pending]
                self._pending.clear()
                work = [(loader, queue) for loader, queue in work if queue]
                if work:
                    outcomes = await anyio.to_thread.run_sync(self._fetch_round, work)
                    for (loader, queue), outcome in zip(work, outcomes, strict=True):
                        loader.settle(queue, outcome)
        finally:
            self._pump = None

    def _fetch_round(
        self, work: "list[tuple[DataLoader[Any, Any], dict[Any, asyncio.Future[Any]]]]"
    ) -> list[list[Any] | BaseException]:
        """On a worker thread: every loader's query of the round, one session."""
        outcomes: list[list[Any] | BaseException] = []
        with self._sessions() as session:
            for loader, queue in work:
                try:
                    outcomes.append(loader.fetch_batch(session, list(queue)))
                except Exception as exc:
                    # The others of the round still get their rows (PostgreSQL
                    # refuses further statements until the failed one is
                    # rolled back).
                    session.rollback()
                    outcomes.append(exc)
        return outcomes


class DataLoader(Generic[K, V]):
    def __init__(self, batcher: Batcher) -> None:
        self._batcher = batcher
        self._cache: dict[K, asyncio.Future[V]] = {}
        self._queue: dict[K, asyncio.Future[V]] = {}

    def fetch_batch(self, session: Session, keys: Sequence[K]) -> list[V]:
        """Values for ``keys``, in order; one query. Runs on a worker thread."""
        raise NotImplementedError

    def load(self, key: K) -> Awaitable[V]:
        future = self._cache.get(key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._cache[key] = self._queue[key] = future
            self._batcher.enqueue(self)  # type: ignore[arg-type]
        return future

    def load_many(self, keys: Iterable[K]) -> Awaitable[list[V]]:
        return asyncio.gather(*(self.load(key) for key in keys))

    def peek(self, key: K) -> V | Missing:
        """The value for ``key`` if it is already loaded, else ``MISSING``
        (never asked for, still pending, or failed: the caller then awaits
        :meth:`load`, which raises the failure where it belongs)."""
        future = self._cache.get(key)
        if future is None or not future.done() or future.cancelled():
            return MISSING
        if future.exception() is not None:
            return MISSING
        return future.result()

    def prime(self, key: K, value: V) -> None:
        """Seed the cache with a row already in hand (no query for it)."""
        if key not in self._cache:
            future = asyncio.get_running_loop().create_future()
            future.set_result(value)
            self._cache[key] = future

    def take(self) -> dict[K, "asyncio.Future[V]"]:
        """The keys waiting (with their futures), leaving none."""
        queue, self._queue = self._queue, {}
        return queue

    @staticmethod
    def settle(queue: dict[K, "asyncio.Future[V]"], outcome: list[V] | BaseException) -> None:
        if isinstance(outcome, BaseException):
            for future in queue.values():
                if not future.done():
                    future.set_exception(outcome)
            return
        for future, value in zip(queue.values(), outcome, strict=True):
            if not future.done():
                future.set_result(value)
