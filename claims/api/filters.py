"""SQL for the ``claims(filter:)`` argument."""

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from claims.api.ids import decode_id
from claims.api.text_search import text_condition
from claims.api.types.inputs import ClaimFilter
from claims.store.entities import fold_alias
from claims.store.models import Claim, Contradiction, Document, Entity, EntityAlias, Review

ACTIVE_STATUSES = ("OPEN", "CONFIRMED")


def decoded_ids(flt: ClaimFilter | None) -> dict[str, int]:
    """The filter's IDs as row ids; done before any query so a wrong ID is a
    BAD_USER_INPUT, not an empty page."""
    if flt is None:
        return {}
    out: dict[str, int] = {}
    if flt.source_id is not None:
        out["source"] = decode_id(flt.source_id, "Source", argument="filter.sourceId")
    if flt.document_id is not None:
        out["document"] = decode_id(flt.document_id, "Document", argument="filter.documentId")
    if flt.speaker_id is not None:
        out["speaker"] = decode_id(flt.speaker_id, "Entity", argument="filter.speakerId")
    return out


def _place_names(session: Session, place: str) -> list[str]:
    """The canonical names a place filter means: claims store the canonical
    name, people type any alias in any script."""
    folded = fold_alias(place)
    names = set(
        session.scalars(
            select(col(Entity.name))
            .join(EntityAlias, col(EntityAlias.entity_id) == col(Entity.id))
            .where(col(EntityAlias.folded) == folded)
        )
    )
    return sorted(names | {place.strip()})


def claim_conditions(
    session: Session, flt: ClaimFilter | None, ids: dict[str, int]
) -> list[ColumnElement[bool]]:
    if flt is None:
        return []
    conds: list[ColumnElement[bool]] = []
    if flt.kind is not None:
        conds.append(col(Claim.kind) == flt.kind.name)
    if flt.language:
        conds.append(Claim.language == flt.language)  # type: ignore[arg-type]
    if "source" in ids:
        conds.append(
            Claim.document_id.in_(  # type: ignore[attr-defined]
                select(col(Document.id)).where(col(Document.source_id) == ids["source"])
            )
        )
    if "document" in ids:
        conds.append(Claim.document_id == ids["document"])  # type: ignore[arg-type]
    if "speaker" in ids:
        conds.append(Claim.speaker_id == ids["speaker"])  # type: ignore[arg-type]
    if flt.has_contradiction is not None:
        # Two EXISTS rather than one OR inside: each walks its own index.
        active = Contradiction.status.in_(ACTIVE_STATUSES)  # type: ignore[attr-defined]
        in_any = or_(
            exists().where(col(Contradiction.claim_a_id) == col(Claim.id), active),
            exists().where(col(Contradiction.claim_b_id) == col(Claim.id), active),
        )
        conds.append(in_any if flt.has_contradiction else ~in_any)
    if flt.verdict is not None:
        latest = (
            select(col(Review.verdict))
            .where(col(Review.claim_id) == col(Claim.id))
            .order_by(col(Review.created_at).desc(), col(Review.id).desc())
            .limit(1)
            .scalar_subquery()
        )
        conds.append(latest == flt.verdict.name)
    if flt.place:
        conds.append(col(Claim.place).in_(_place_names(session, flt.place)))
    if flt.published_after is not None or flt.published_before is not None:
        published = select(col(Document.id))
        if flt.published_after is not None:
            published = published.where(col(Document.published_at) >= flt.published_after)
        if flt.published_before is not None:
            published = published.where(col(Document.published_at) < flt.published_before)
        conds.append(col(Claim.document_id).in_(published))
    if flt.text is not None and flt.text.strip():
        conds.append(text_condition(session, flt.text))
    return conds
