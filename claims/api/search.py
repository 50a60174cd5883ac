"""``searchClaims``: has this been said before?

The text goes through the same extraction as an ingested document, so its
claims are compared with stored ones by the same matcher that links claims
on ingest: "34 soldiers were killed" finds the stored "33 soldiers were
killed" as CONTRADICTS, not merely as similar words. Text that holds no
claim ("Idlib ceasefire") falls back to fuzzy text search, reported as
RELATED with the word similarity as score.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import Session, col

from claims.api.text_search import ranked_ids
from claims.store import entities as entity_store
from claims.store.models import Claim

if TYPE_CHECKING:
    from claims.store.pipeline import Pipeline

# Matches compare_with_store's "no document": nothing is excluded.
NO_DOCUMENT = -1


@dataclass(slots=True)
class Hit:
    claim: Claim
    score: float
    relation: str
    explanation: str


def search_claims(
    session: Session,
    pipeline: "Pipeline",
    text: str,
    *,
    language: str | None,
    kind: str | None,
    min_score: float | None,
    limit: int,
) -> list[Hit]:
    extraction = pipeline.extractor(
        text, language=language, entities=entity_store.entity_data(session)
    )
    best: dict[int, Hit] = {}
    matched: dict[int, Any] = {}
    for frame in extraction.frames:
        for claim_id, m in pipeline.matcher.compare_with_store(
            session, frame, exclude_document=NO_DOCUMENT
        ):
            if claim_id not in matched or matched[claim_id].score < m.score:
                matched[claim_id] = m
    if matched:
        for claim in session.scalars(select(Claim).where(col(Claim.id).in_(matched))):
            assert claim.id is not None
            m = matched[claim.id]
            best[claim.id] = Hit(claim, float(m.score), str(m.relation), m.explanation)
    if not extraction.frames:
        ranked = ranked_ids(session, text, limit=max(limit * 5, 100))
        rows = {
            c.id: c
            for c in session.scalars(
                select(Claim).where(Claim.id.in_([i for i, _ in ranked]))  # type: ignore[union-attr]
            )
        }
        for claim_id, similarity in ranked:
            if claim_id in rows:
                best[claim_id] = Hit(
                    rows[claim_id],
                    round(similarity * 100, 1),
                    "RELATED",
                    f"no checkable claim in the text; {similarity:.0%} of its wording "
                    "appears in this claim",
                )
    hits = [
        h
        for h in best.values()
        if (kind is None or h.claim.kind == kind) and (min_score is None or h.score >= min_score)
    ]
    hits.sort(key=lambda h: (-h.score, h.claim.id))
    return hits[:limit]
