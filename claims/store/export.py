"""Export reviews as schema.org ClaimReview (JSON-LD), the format search
engines and fact-check aggregators read."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from claims.store.models import VERDICTS, Claim, Document, Entity, Review, Source

# schema.org ratings run worst (1) to best; our verdicts are listed best
# first, and UNVERIFIABLE is no point on that scale.
_SCALE = [v for v in VERDICTS if v != "UNVERIFIABLE"]
_RATING = {verdict: len(_SCALE) - i for i, verdict in enumerate(_SCALE)}
_LABEL = {v: v.replace("_", " ").capitalize() for v in VERDICTS}


def claim_review(
    review: Review, claim: Claim, document: Document, source: Source, speaker: Entity | None
) -> dict[str, Any]:
    """One ClaimReview object.

    The claim's author is its speaker when it has one, else the outlet that
    published it; ``appearance`` points at the article.
    """
    author: dict[str, Any] = (
        {"@type": "Person", "name": speaker.name}
        if speaker is not None
        else {"@type": "Organization", "name": source.name}
    )
    appearance: dict[str, Any] = {"@type": "CreativeWork", "publisher": source.name}
    if document.url:
        appearance["url"] = document.url
    if document.title:
        appearance["headline"] = document.title
    item: dict[str, Any] = {"@type": "Claim", "author": author, "appearance": appearance}
    if document.published_at:
        item["datePublished"] = document.published_at.date().isoformat()
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": _LABEL[review.verdict]}
    if review.verdict in _RATING:
        rating.update(
            ratingValue=_RATING[review.verdict], bestRating=max(_RATING.values()), worstRating=1
        )
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": review.created_at.date().isoformat(),
        "claimReviewed": claim.text,
        "author": {"@type": "Organization", "name": review.reviewer},
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if review.url:
        out["url"] = review.url
    if review.note:
        out["reviewBody"] = review.note
    return out


def claim_reviews(session: Session, *, claim_id: int | None = None) -> list[dict[str, Any]]:
    """Every review (or those of one claim) as ClaimReview, oldest first."""
    query = (
        select(Review, Claim, Document, Source, Entity)
        .join(Claim, col(Claim.id) == col(Review.claim_id))
        .join(Document, col(Document.id) == col(Claim.document_id))
        .join(Source, col(Source.id) == col(Document.source_id))
        .outerjoin(Entity, col(Entity.id) == col(Claim.speaker_id))
        .order_by(col(Review.created_at), col(Review.id))
    )
    if claim_id is not None:
        query = query.where(col(Review.claim_id) == claim_id)
    return [claim_review(r, c, d, s, e) for r, c, d, s, e in session.execute(query)]
