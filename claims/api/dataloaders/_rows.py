"""The shape shared by loaders that fetch rows by primary key."""

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlmodel import Session

from claims.api.dataloaders._base import Batcher, DataLoader
from claims.api.db import Sessions

R = TypeVar("R")


class RowsByIdLoader(DataLoader[int, R | None], Generic[R]):
    """Rows of one table by id, one ``IN`` query per batch; None for ids
    that do not exist (a deleted row, a stale global ID)."""

    model: Any
    options: tuple[Any, ...] = ()

    def __init__(self, sessions: Sessions, batcher: Batcher) -> None:
        super().__init__(batcher)
        self._sessions = sessions

    def fetch_batch(self, session: Session, keys: Sequence[int]) -> list[R | None]:
        model = self.model
        wanted = list(dict.fromkeys(keys))
        by_id = {
            row.id: row
            for row in session.scalars(
                select(model).options(*self.options).where(model.id.in_(wanted))
            )
        }
        return [by_id.get(key) for key in keys]
