"""The root ``Mutation`` type: all of it needs an editor key."""

import logging
from typing import Any

import anyio.to_thread
import strawberry
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlmodel import col

from claims.api.broadcast import CONTRADICTION_FLAGGED, DOCUMENT_INGESTED
from claims.api.context import Info
from claims.api.db import write
from claims.api.errors import BadUserInput, InternalError, NotFound
from claims.api.ids import decode_id, to_global_id
from claims.api.permissions import CanEdit
from claims.api.types.claim import Claim
from claims.api.types.contradiction import Contradiction
from claims.api.types.document import Document
from claims.api.types.ingest_payload import IngestDocumentPayload
from claims.api.types.inputs import (
    FlagContradictionInput,
    IngestDocumentInput,
    ResolveContradictionInput,
    ReviewClaimInput,
)
from claims.api.types.review import Review
from claims.readers import IncomingDocument
from claims.store import models
from claims.store.types import utcnow

log = logging.getLogger(__name__)

edit_access: Any = {"permission_classes": [CanEdit]}
ORIGIN = "ingestDocument"


def _required(value: str, argument: str, *, max_len: int | None = None) -> str:
    value = value.strip()
    if not value:
        raise BadUserInput(f"{argument} is empty")
    if max_len is not None and len(value) > max_len:
        raise BadUserInput(f"{argument} is {len(value)} characters, over the limit of {max_len}")
    return value


def _optional(value: str | None, argument: str, *, max_len: int) -> str | None:
    if value is None or not value.strip():
        return None
    return _required(value, argument, max_len=max_len)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Store a document, extract its claims and match them against the store, "
        "exactly as `claims ingest` does. Ingesting the same text again changes nothing.",
        **edit_access,
    )
    async def ingest_document(
        self, info: Info, input: IngestDocumentInput
    ) -> IngestDocumentPayload:
        incoming = IncomingDocument(
            text=input.text,
            source_name=_required(input.source.name, "input.source.name", max_len=200),
            source_url=_optional(input.source.url, "input.source.url", max_len=2000),
            title=_optional(input.title, "input.title", max_len=1000),
            url=_optional(input.url, "input.url", max_len=2000),
            language=_optional(input.language, "input.language", max_len=35),
            published_at=input.published_at,
            origin=ORIGIN,
        )
        state = info.context.state

        def run() -> Any:
            with state.ingest_lock:
                return state.pipeline.ingest_one(incoming)

        outcome = await anyio.to_thread.run_sync(run)
        if outcome.error is not None:
            reason = outcome.error.removeprefix(f"{ORIGIN}: ")
            if reason.startswith(("internal error", "conflicting write")):
                # The pipeline's message may quote a database error: log it,
                # show only where to look.
                log.error("request %s: ingest failed: %s", info.context.request_id, reason)
                raise InternalError(
                    f"ingesting the document failed unexpectedly (request id "
                    f"{info.context.request_id}); retry, or report the request id"
                )
            raise BadUserInput(f"document refused: {reason}")
        assert outcome.document is not None
        loaders = info.context.loaders
        for claim in outcome.claims:
            loaders.claims.prime(claim.id, claim)
        loaders.documents.prime(outcome.document.id, outcome.document)
        # The pipeline has committed: subscribers can read what we announce.
        broadcaster = state.broadcaster
        if outcome.created:
            broadcaster.publish(DOCUMENT_INGESTED, outcome.document)
        for row in outcome.contradictions:
            broadcaster.publish(CONTRADICTION_FLAGGED, row)
        return IngestDocumentPayload(
            document=Document.of(outcome.document),
            created=outcome.created,
            claims=[Claim.of(c) for c in outcome.claims],
            contradictions=[Contradiction.of(c) for c in outcome.contradictions],
        )

    @strawberry.mutation(description="Record a fact-checker's verdict on a claim.", **edit_access)
    async def review_claim(self, info: Info, input: ReviewClaimInput) -> Review:
        claim_id = decode_id(input.claim_id, "Claim", argument="input.claimId")
        reviewer = _required(input.reviewer, "input.reviewer", max_len=200)
        url = _optional(input.url, "input.url", max_len=2000)

        def run(session: Session) -> models.Review:
            if session.get(models.Claim, claim_id) is None:
                raise NotFound(f"input.claimId: no claim with ID {input.claim_id!r}")
            row = models.Review(
                claim_id=claim_id,
                verdict=input.verdict.name,
                note=input.note,
                reviewer=reviewer,
                url=url,
            )
            session.add(row)
            session.flush()
            return row

        return Review.of(await write(info.context.sessions, run))

    @strawberry.mutation(
        description="Record a contradiction the matcher missed (status OPEN). Fails if the two "
        "claims already form one, whatever its status.",
        **edit_access,
    )
    async def flag_contradiction(self, info: Info, input: FlagContradictionInput) -> Contradiction:
        a = decode_id(input.claim_a_id, "Claim", argument="input.claimAId")
        b = decode_id(input.claim_b_id, "Claim", argument="input.claimBId")
        if a == b:
            raise BadUserInput("input.claimAId and input.claimBId are the same claim")
        reason = _required(input.reason, "input.reason", max_len=10_000)
        flagged_by = info.context.principal.name if info.context.principal else None
        pair = (min(a, b), max(a, b))

        def existing_error(session: Session) -> BadUserInput | None:
            row = session.scalars(
                select(models.Contradiction).where(
                    col(models.Contradiction.claim_a_id) == pair[0],
                    col(models.Contradiction.claim_b_id) == pair[1],
                )
            ).first()
            if row is None:
                return None
            return BadUserInput(
                f"these claims already form contradiction {to_global_id('Contradiction', row.id)} "
                f"(status {row.status}); change it with resolveContradiction instead"
            )

        def run(session: Session) -> models.Contradiction:
            found = {
                c.id
                for c in session.scalars(
                    select(models.Claim).where(models.Claim.id.in_(pair))  # type: ignore[union-attr]
                )
            }
            for id_, gid, arg in (
                (a, input.claim_a_id, "claimAId"),
                (b, input.claim_b_id, "claimBId"),
            ):
                if id_ not in found:
                    raise NotFound(f"input.{arg}: no claim with ID {gid!r}")
            if (error := existing_error(session)) is not None:
                raise error
            row = models.Contradiction(
                claim_a_id=pair[0],
                claim_b_id=pair[1],
                reason=reason,
                score=100.0,
                status="OPEN",
                flagged_by=flagged_by,
            )
            session.add(row)
            session.flush()
            return row

        sessions = info.context.sessions
        try:
            row = await write(sessions, run)
        except IntegrityError:
            # Another editor flagged the same pair between our check and insert.
            error = await write(sessions, existing_error)
            if error is None:
                raise
            raise error from None
        info.context.state.broadcaster.publish(CONTRADICTION_FLAGGED, row)
        return Contradiction.of(row)

    @strawberry.mutation(
        description="Close a contradiction as CONFIRMED or DISMISSED, with a note. A dismissed "
        "pair is never raised again by the matcher.",
        **edit_access,
    )
    async def resolve_contradiction(
        self, info: Info, input: ResolveContradictionInput
    ) -> Contradiction:
        id_ = decode_id(input.contradiction_id, "Contradiction", argument="input.contradictionId")
        if input.status.name == "OPEN":
            raise BadUserInput("input.status must be CONFIRMED or DISMISSED to resolve")

        def run(session: Session) -> models.Contradiction:
            row = session.get(models.Contradiction, id_)
            if row is None:
                raise NotFound(
                    f"input.contradictionId: no contradiction with ID {input.contradiction_id!r}"
                )
            now = utcnow()
            row.status = input.status.name
            row.note = input.note
            row.resolved_at = now
            row.updated_at = now
            session.add(row)
            session.flush()
            return row

        return Contradiction.of(await write(info.context.sessions, run))
