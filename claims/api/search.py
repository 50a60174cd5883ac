"""``searchClaims``: has this been said before?

The text goes through the same extraction as an ingested document, so its
claims are compared with stored ones by the same matcher that links claims
on ingest: "34 soldiers were killed" finds the stored "33 soldiers were
killed" as CONTRADICTS, not merely as similar words. Text that holds no
claim ("Idlib ceasefire") falls back to fuzzy text search, reported as
RELATED with the word similarity as score.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session

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
    for frame in extraction.frames:
        for claim, m in pipeline.matcher.compare_with_store(
            session, frame, exclude_document=NO_DOCUMENT
        ):
            assert claim.id is not None
            if m.relation is None:
                continue
            hit = Hit(claim, float(m.score), str(m.relation), m.explanation)
            if claim.id not in best or best[claim.id].score < hit.score:
                best[claim.id] = hit
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
