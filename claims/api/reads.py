"""The root queries' SQL: pages, comparisons and search, run on worker threads.

Resolvers in ``queries.py`` validate arguments, then call these through
``db.read`` with a fresh session each.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from claims.store.models import Claim, ClaimLink, Contradiction, Document


@dataclass(slots=True)
class Page:
    rows: list[Any]
    has_next: bool


def keyset_page(
    session: Session,
    model: Any,
    conditions: Sequence[ColumnElement[bool]],
    *,
    first: int,
    after_id: int | None,
    newest_first: bool = False,
    options: Sequence[Any] = (),
) -> Page:
    """One page ordered by id; the cursor is the last id seen, so a page
    costs an index range scan however deep into the list it is."""
    stmt = select(model).options(*options).where(*conditions)
    if after_id is not None:
        id_col = col(model.id)
        stmt = stmt.where(id_col < after_id if newest_first else id_col > after_id)
    stmt = stmt.order_by(model.id.desc() if newest_first else model.id).limit(first + 1)
    rows = list(session.scalars(stmt))
    return Page(rows=rows[:first], has_next=len(rows) > first)


def count(session: Session, model: Any, conditions: Sequence[ColumnElement[bool]]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0)


@dataclass(slots=True)
class Comparison:
    claims_a: list[Claim]
    claims_b: list[Claim]
    links: list[ClaimLink]
    contradictions: list[Contradiction]


def compare_sources(session: Session, source_a: int, source_b: int) -> Comparison:
    def claims_of(source_id: int) -> list[Claim]:
        return list(
            session.scalars(
                select(Claim)
                .join(Document, col(Document.id) == col(Claim.document_id))
                .where(col(Document.source_id) == source_id)
                .order_by(col(Claim.id))
            )
        )

    def ids_of(source_id: int) -> Any:
        return (
            select(col(Claim.id))
            .join(Document, col(Document.id) == col(Claim.document_id))
            .where(col(Document.source_id) == source_id)
        )

    def across(model: Any) -> ColumnElement[bool]:
        return or_(
            and_(model.claim_a_id.in_(ids_of(source_a)), model.claim_b_id.in_(ids_of(source_b))),
            and_(model.claim_a_id.in_(ids_of(source_b)), model.claim_b_id.in_(ids_of(source_a))),
        )

    return Comparison(
        claims_a=claims_of(source_a),
        claims_b=claims_of(source_b),
        links=list(
            session.scalars(
                select(ClaimLink).where(across(ClaimLink)).order_by(ClaimLink.score.desc())  # type: ignore[attr-defined]
            )
        ),
        contradictions=list(session.scalars(select(Contradiction).where(across(Contradiction)))),
    )
