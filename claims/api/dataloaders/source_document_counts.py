"""Number of documents per source (``Source.documents.totalCount``)."""

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlmodel import Session, col

from claims.api.dataloaders._base import Batcher, DataLoader
from claims.api.db import Sessions
from claims.store.models import Document


class SourceDocumentCountLoader(DataLoader[int, int]):
    def __init__(self, sessions: Sessions, batcher: Batcher) -> None:
        super().__init__(batcher)
        self._sessions = sessions

    def fetch_batch(self, session: Session, keys: Sequence[int]) -> list[int]:
        wanted = list(dict.fromkeys(keys))
        rows = session.execute(
            select(col(Document.source_id), func.count())
            .where(col(Document.source_id).in_(wanted))
            .group_by(col(Document.source_id))
        )
        counts = {source_id: n for source_id, n in rows}
        return [counts.get(key, 0) for key in keys]
