"""Read-side queries for the terminal (``claims contradictions``)."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased
from sqlmodel import col

from claims.store.models import Claim, Contradiction, Document, Source


def contradiction_rows(
    session: Session, *, status: str | None = "OPEN", limit: int = 50
) -> list[dict[str, Any]]:
    """Contradictions newest first, each with both claims and their sources,
    in one query."""
    ca, cb = aliased(Claim), aliased(Claim)
    da, db = aliased(Document), aliased(Document)
    sa, sb = aliased(Source), aliased(Source)
    query = (
        select(Contradiction, ca, cb, col(sa.name), col(sb.name), col(da.url), col(db.url))
        .join(ca, col(ca.id) == col(Contradiction.claim_a_id))
        .join(cb, col(cb.id) == col(Contradiction.claim_b_id))
        .join(da, col(da.id) == col(ca.document_id))
        .join(db, col(db.id) == col(cb.document_id))
        .join(sa, col(sa.id) == col(da.source_id))
        .join(sb, col(sb.id) == col(db.source_id))
        .order_by(col(Contradiction.id).desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(col(Contradiction.status) == status)
    rows = []
    for con, a, b, source_a, source_b, url_a, url_b in session.execute(query):
        rows.append(
            {
                "id": con.id,
                "status": con.status,
                "reason": con.reason,
                "score": con.score,
                "note": con.note,
                "created_at": con.created_at.isoformat(),
                "a": _side(a, source_a, url_a),
                "b": _side(b, source_b, url_b),
            }
        )
    return rows


def _side(claim: Claim, source: str, url: str | None) -> dict[str, Any]:
    return {
        "claim_id": claim.id,
        "text": claim.text,
        "span": [claim.span_start, claim.span_end],
        "language": claim.language,
        "source": source,
        "url": url,
    }
