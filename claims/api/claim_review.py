"""schema.org ClaimReview markup for a reviewed claim.

Fact-checkers publish this JSON-LD with their article so search engines can
show the verdict next to the claim (https://schema.org/ClaimReview).
"""

from typing import Any

from claims.api.types.enums import VERDICT_RATING
from claims.store import models

VERDICT_WORDS = {
    "TRUE": "True",
    "MOSTLY_TRUE": "Mostly true",
    "MIXED": "Mixed",
    "MISLEADING": "Misleading",
    "MOSTLY_FALSE": "Mostly false",
    "FALSE": "False",
    "UNVERIFIABLE": "Unverifiable",
}


def claim_review(
    claim: models.Claim,
    review: models.Review,
    document: models.Document,
    source: models.Source,
    speaker: models.Entity | None,
) -> dict[str, Any]:
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": VERDICT_WORDS[review.verdict],
    }
    if review.verdict in VERDICT_RATING:
        rating.update(ratingValue=VERDICT_RATING[review.verdict], bestRating=5, worstRating=1)
    appearance: dict[str, Any] = {"@type": "CreativeWork", "publisher": source.name}
    if document.url:
        appearance["url"] = document.url
    if document.title:
        appearance["headline"] = document.title
    if document.published_at:
        appearance["datePublished"] = document.published_at.isoformat()
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [appearance],
        "author": (
            {"@type": "Person", "name": speaker.name}
            if speaker is not None
            else {"@type": "Organization", "name": source.name}
        ),
    }
    if document.published_at:
        item["datePublished"] = document.published_at.date().isoformat()
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "datePublished": review.created_at.date().isoformat(),
        "author": {"@type": "Organization", "name": review.reviewer},
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if review.url:
        out["url"] = review.url
    return out
