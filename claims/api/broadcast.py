"""An in-process publish/subscribe hub for GraphQL subscriptions.

One server process serves every websocket, so a dict of queues is all the
fan-out needs; events are published only after their transaction commits,
so a subscriber never hears about a row it cannot read.
"""

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

log = logging.getLogger(__name__)

CONTRADICTION_FLAGGED = "contradictionFlagged"
DOCUMENT_INGESTED = "documentIngested"


class Broadcaster:
    def __init__(self, *, queue_size: int = 1000) -> None:
        self._queue_size = queue_size
        self._subscribers: dict[str, set[asyncio.Queue[Any]]] = {}

    def subscriber_count(self, topic: str) -> int:
        return len(self._subscribers.get(topic, ()))

    def publish(self, topic: str, item: Any) -> None:
        """Deliver to every current subscriber; must run on the event loop."""
        for queue in list(self._subscribers.get(topic, ())):
            try:
                queue.put_nowait(item)
            except asyncio.QueueFull:
                # A stalled client must not make the publisher wait or grow
                # memory without bound; it misses events instead.
                log.warning("subscriber to %s is %d events behind; dropping", topic, queue.qsize())

    async def subscribe(self, topic: str) -> AsyncIterator[Any]:
        queue: asyncio.Queue[Any] = asyncio.Queue(self._queue_size)
        self._subscribers.setdefault(topic, set()).add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._subscribers[topic].discard(queue)
