"""The per-request context every resolver receives as ``info.context``."""

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from strawberry.types import Info as _Info

from claims.api.broadcast import Broadcaster
from claims.api.dataloaders import DataLoaders
from claims.api.db import Sessions
from claims.config import Settings
from claims.store.keys import Principal

if TYPE_CHECKING:
    from claims.store.pipeline import Pipeline


@dataclass(slots=True)
class ApiState:
    """What lives as long as the app: shared by all requests."""

    settings: Settings
    engine: Engine
    sessions: Sessions
    broadcaster: Broadcaster
    pipeline_factory: Callable[[], "Pipeline"]
    # The pipeline keeps an entity cache that is not thread-safe, and on
    # SQLite writers queue anyway: one ingest at a time per process.
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    _pipeline: "Pipeline | None" = None

    @property
    def pipeline(self) -> "Pipeline":
        # Built on first use: importing extraction and loading its data is
        # slow, and a read-only server never needs it.
        if self._pipeline is None:
            self._pipeline = self.pipeline_factory()
        return self._pipeline


@dataclass(slots=True)
class Context:
    state: ApiState
    loaders: DataLoaders
    principal: Principal | None = None
    # A key was sent but is unknown or revoked: refused even where reads are
    # open, so a client never mistakes a typo in its key for anonymous access.
    bad_key: bool = False
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    request: Any = None
    response: Any = None
    # The graphql-transport-ws connection_init payload (strawberry sets it).
    connection_params: Any = None

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def sessions(self) -> Sessions:
        return self.state.sessions

    def reset_loaders(self) -> None:
        """Fresh loaders (empty caches), e.g. before each subscription event:
        a websocket context lives for many events, and cached rows go stale."""
        self.loaders = DataLoaders.create(self.state.sessions)


Info = _Info[Context, None]
