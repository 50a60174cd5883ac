"""The shape shared by loaders that fetch the rows related to a key."""

from collections.abc import Hashable, Iterable, Sequence
from typing import Generic, TypeVar

from sqlmodel import Session

from claims.api.dataloaders._base import Batcher, DataLoader
from claims.api.db import Sessions

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class GroupedLoader(DataLoader[K, list[V]], Generic[K, V]):
    """Lists of related rows per key, one query per batch.

    Subclasses implement :meth:`fetch`, which returns ``(key, value)`` pairs
    for all keys at once in the order the lists should have.
    """

    def __init__(self, sessions: Sessions, batcher: Batcher) -> None:
        super().__init__(batcher)
        self._sessions = sessions

    def fetch(self, session: Session, keys: list[K]) -> Iterable[tuple[K, V]]:
        raise NotImplementedError

    def fetch_batch(self, session: Session, keys: Sequence[K]) -> list[list[V]]:
        wanted = list(dict.fromkeys(keys))
        groups: dict[K, list[V]] = {key: [] for key in wanted}
        for key, value in self.fetch(session, wanted):
            groups[key].append(value)
        return [groups[key] for key in keys]
