"""One page of a source's documents, for each source in a batch.

The key is ``(source_id, first, after_id)``. Pages of many sources come from
one query: a window function numbers each source's documents after the
cursor, and the outer query keeps the first ``first + 1`` of each (the extra
row says whether there is a next page). Works on SQLite >= 3.25 and
PostgreSQL alike.
"""

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlmodel import Session, col

from claims.api.dataloaders._base import Batcher, DataLoader
from claims.api.db import Sessions
from claims.store.models import Document

PageKey = tuple[int, int, int | None]
Page = tuple[list[Document], bool]


class SourceDocumentsLoader(DataLoader[PageKey, Page]):
    def __init__(self, sessions: Sessions, batcher: Batcher) -> None:
        super().__init__(batcher)
        self._sessions = sessions

    def fetch_batch(self, session: Session, keys: Sequence[PageKey]) -> list[Page]:
        wanted = list(dict.fromkeys(keys))
        rows = self._fetch(session, wanted)
        pages: dict[PageKey, Page] = {}
        for key in wanted:
            docs = rows.get(key, [])
            pages[key] = (docs[: key[1]], len(docs) > key[1])
        return [pages[key] for key in keys]

    def _fetch(self, session: Session, keys: list[PageKey]) -> dict[PageKey, list[Document]]:
        # Keys with the same page size and cursor share one windowed query
        # (in practice: all of them, since siblings ask for the same page).
        out: dict[PageKey, list[Document]] = {}
        groups: dict[tuple[int, int | None], list[int]] = {}
        for source_id, size, after in keys:
            groups.setdefault((size, after), []).append(source_id)
        for (size, after), source_ids in groups.items():
            ranked = (
                select(
                    col(Document.id).label("doc_id"),
                    func.row_number()
                    .over(partition_by=col(Document.source_id), order_by=col(Document.id))
                    .label("rn"),
                )
                .where(
                    col(Document.source_id).in_(source_ids),
                    col(Document.id) > (after or 0),
                )
                .subquery()
            )
            docs = session.scalars(
                select(Document)
                .join(ranked, ranked.c.doc_id == col(Document.id))
                .where(ranked.c.rn <= size + 1)
                .order_by(col(Document.source_id), col(Document.id))
            )
            for doc in docs:
                out.setdefault((doc.source_id, size, after), []).append(doc)
        return out
