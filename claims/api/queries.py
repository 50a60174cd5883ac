"""The root ``Query`` type."""

import asyncio
from typing import Any, cast

import strawberry
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col
from strawberry.scalars import JSON

from claims.api import prefetch, reads
from claims.api.context import Info
from claims.api.dataloaders.claims import CLAIM_OPTIONS
from claims.api.db import read
from claims.api.errors import BadUserInput, NotFound
from claims.api.filters import claim_conditions, decoded_ids
from claims.api.ids import decode_cursor, decode_id, parse_global_id
from claims.api.permissions import CanRead
from claims.api.search import search_claims
from claims.api.types.claim import Claim
from claims.api.types.claim_match import ClaimMatch
from claims.api.types.claim_pair import ClaimPair
from claims.api.types.connection import Connection, build_connection, page_size
from claims.api.types.contradiction import Contradiction
from claims.api.types.document import Document
from claims.api.types.entity import Entity
from claims.api.types.enums import ClaimKind, ContradictionStatus, MatchRelation
from claims.api.types.inputs import ClaimFilter
from claims.api.types.node import Node
from claims.api.types.review import Review
from claims.api.types.source import Source
from claims.api.types.source_comparison import SourceComparison
from claims.store import models
from claims.store.entities import fold_alias
from claims.store.export import claim_review

# searchClaims reads a sentence or a paragraph, not a document.
MAX_SEARCH_CHARS = 5000

read_access: Any = {"permission_classes": [CanRead]}


async def _load_node(info: Info, type_name: str, id_: int) -> Node | None:
    loaders = info.context.loaders
    if type_name == "Claim":
        claim = await loaders.claims.load(id_)
        return Claim.of(claim) if claim else None
    if type_name == "Document":
        document = await loaders.documents.load(id_)
        return Document.of(document) if document else None
    if type_name == "Source":
        source = await loaders.sources.load(id_)
        return Source.of(source) if source else None
    if type_name == "Entity":
        entity = await loaders.entities.load(id_)
        return Entity.of(entity) if entity else None
    if type_name == "Contradiction":
        contradiction = await loaders.contradictions.load(id_)
        return Contradiction.of(contradiction) if contradiction else None
    review = await loaders.reviews.load(id_)
    return Review.of(review) if review else None


def _limit(value: int | None, info: Info, *, argument: str = "limit") -> int:
    limits = info.context.settings.limits
    if value is None:
        return limits.page_default
    if not 0 <= value <= limits.page_max:
        raise BadUserInput(f"{argument} must be between 0 and {limits.page_max}, got {value}")
    return value


@strawberry.type
class Query:
    @strawberry.field(description="Any object by its global ID.", **read_access)
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        type_name, id_ = parse_global_id(id)
        return await _load_node(info, type_name, id_)

    @strawberry.field(**read_access)
    async def claim(self, info: Info, id: strawberry.ID) -> Claim | None:
        row = await info.context.loaders.claims.load(decode_id(id, "Claim"))
        return Claim.of(row) if row else None

    @strawberry.field(
        description="Claims, oldest first, narrowed by filter. first: 20 by default, at most 100.",
        **read_access,
    )
    async def claims(
        self,
        info: Info,
        filter: ClaimFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Claim]:
        size = page_size(first, info.context.settings.limits)
        after_id = decode_cursor("claim", after) if after else None
        ids = decoded_ids(filter)
        sessions = info.context.sessions
        conditions: list[Any] = []

        def run(session: Session) -> reads.Page:
            # The text filter runs its index lookup here, once; count() below
            # reuses the resulting condition.
            conditions.extend(claim_conditions(session, filter, ids))
            return reads.keyset_page(
                session,
                models.Claim,
                conditions,
                first=size,
                after_id=after_id,
                options=CLAIM_OPTIONS,
            )

        page = await read(sessions, run)

        async def count() -> int:
            return await read(sessions, lambda s: reads.count(s, models.Claim, conditions))

        loaders = info.context.loaders
        for row in page.rows:
            loaders.claims.prime(row.id, row)
        await prefetch.claims(loaders, page.rows, prefetch.connection_nodes(info.selected_fields))
        return build_connection(
            [Claim.of(r) for r in page.rows],
            [r.id for r in page.rows],
            cursor_kind="claim",
            has_next=page.has_next,
            has_previous=after_id is not None,
            count=count,
        )

    @strawberry.field(
        description="Claims that match a piece of text, e.g. '34 soldiers killed': the text is "
        "run through the same extraction, so relation tells agreement from contradiction.",
        **read_access,
    )
    async def search_claims(
        self,
        info: Info,
        text: str,
        language: str | None = None,
        kind: ClaimKind | None = None,
        min_score: float | None = None,
        limit: int | None = None,
    ) -> list[ClaimMatch]:
        if not text.strip():
            raise BadUserInput("text is empty: pass the sentence to look for")
        if len(text) > MAX_SEARCH_CHARS:
            raise BadUserInput(
                f"text is {len(text):,} characters, over the {MAX_SEARCH_CHARS:,} searchClaims "
                "reads: search one sentence or claim at a time"
            )
        size = _limit(limit, info)
        state = info.context.state
        hits = await read(
            state.sessions,
            lambda s: search_claims(
                s,
                state.pipeline,
                text,
                language=language,
                kind=kind.name if kind else None,
                min_score=min_score,
                limit=size,
            ),
        )
        return [
            ClaimMatch(
                claim=Claim.of(h.claim),
                score=h.score,
                relation=MatchRelation(h.relation),
                explanation=h.explanation,
            )
            for h in hits
        ]

    @strawberry.field(**read_access)
    async def document(self, info: Info, id: strawberry.ID) -> Document | None:
        row = await info.context.loaders.documents.load(decode_id(id, "Document"))
        return Document.of(row) if row else None

    @strawberry.field(description="Documents, oldest ingested first.", **read_access)
    async def documents(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Document]:
        return await _simple_page(info, models.Document, Document, "document", first, after)

    @strawberry.field(**read_access)
    async def source(self, info: Info, id: strawberry.ID) -> Source | None:
        row = await info.context.loaders.sources.load(decode_id(id, "Source"))
        return Source.of(row) if row else None

    @strawberry.field(description="Sources, in the order first seen.", **read_access)
    async def sources(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Source]:
        return await _simple_page(info, models.Source, Source, "source", first, after)

    @strawberry.field(
        description="Entities by name or alias (any script, case and accents ignored), "
        "alphabetical.",
        **read_access,
    )
    async def entities(
        self, info: Info, search: str | None = None, first: int | None = None
    ) -> list[Entity]:
        size = _limit(first, info, argument="first")
        folded = fold_alias(search) if search else ""

        def run(session: Session) -> list[models.Entity]:
            stmt = select(models.Entity)
            if folded:
                escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                stmt = stmt.where(
                    models.Entity.id.in_(  # type: ignore[union-attr]
                        select(col(models.EntityAlias.entity_id)).where(
                            models.EntityAlias.folded.like(f"%{escaped}%", escape="\\")  # type: ignore[attr-defined]
                        )
                    )
                )
            return list(session.scalars(stmt.order_by(models.Entity.name).limit(size)))  # type: ignore[arg-type]

        return [Entity.of(r) for r in await read(info.context.sessions, run)]

    @strawberry.field(
        description="Contradictions, newest first, optionally of one status.", **read_access
    )
    async def contradictions(
        self,
        info: Info,
        status: ContradictionStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Contradiction]:
        conditions = [col(models.Contradiction.status) == status.name] if status is not None else []
        return await _simple_page(
            info,
            models.Contradiction,
            Contradiction,
            "contradiction",
            first,
            after,
            conditions=conditions,
            newest_first=True,
        )

    @strawberry.field(
        description="What two sources say alike (agreements), say differently "
        "(contradictions) and say alone (onlyInA, onlyInB).",
        **read_access,
    )
    async def compare_sources(
        self, info: Info, source_a: strawberry.ID, source_b: strawberry.ID
    ) -> SourceComparison:
        a_id = decode_id(source_a, "Source", argument="sourceA")
        b_id = decode_id(source_b, "Source", argument="sourceB")
        if a_id == b_id:
            raise BadUserInput("sourceA and sourceB are the same source: pass two different ones")
        loaders = info.context.loaders
        row_a, row_b = await asyncio.gather(loaders.sources.load(a_id), loaders.sources.load(b_id))
        for row, arg, value in ((row_a, "sourceA", source_a), (row_b, "sourceB", source_b)):
            if row is None:
                raise NotFound(f"{arg}: no source with ID {value!r}")
        assert row_a is not None and row_b is not None
        cmp = await read(info.context.sessions, lambda s: reads.compare_sources(s, a_id, b_id))
        in_a = {c.id: c for c in cmp.claims_a}
        in_b = {c.id: c for c in cmp.claims_b}
        for c in (*cmp.claims_a, *cmp.claims_b):
            loaders.claims.prime(c.id, c)  # type: ignore[arg-type]

        def pair(x: int, y: int, score: float, relation: str, why: str) -> ClaimPair:
            a, b = (in_a[x], in_b[y]) if x in in_a else (in_a[y], in_b[x])
            return ClaimPair(
                a=Claim.of(a),
                b=Claim.of(b),
                score=score,
                relation=MatchRelation(relation),
                explanation=why,
            )

        verdicts = {(c.claim_a_id, c.claim_b_id): c for c in cmp.contradictions}
        linked: set[int] = set()
        agreements: list[ClaimPair] = []
        contradictions: list[ClaimPair] = []
        for link in cmp.links:
            linked.update((link.claim_a_id, link.claim_b_id))
            key = (link.claim_a_id, link.claim_b_id)
            if link.relation == "AGREES":
                agreements.append(
                    pair(*key, link.score, link.relation, link.explanation)  # type: ignore[misc]
                )
            elif link.relation == "CONTRADICTS":
                flagged = verdicts.pop(key, None)
                if flagged is None or flagged.status != "DISMISSED":
                    contradictions.append(
                        pair(*key, link.score, link.relation, link.explanation)  # type: ignore[misc]
                    )
        # Contradictions flagged by hand have no matcher link: add them too.
        for (x, y), flagged_row in verdicts.items():
            if flagged_row.status != "DISMISSED":
                linked.update((x, y))
                contradictions.append(
                    pair(x, y, flagged_row.score, "CONTRADICTS", flagged_row.reason)
                )
        return SourceComparison(
            source_a=Source.of(row_a),
            source_b=Source.of(row_b),
            agreements=agreements,
            contradictions=contradictions,
            only_in_a=[Claim.of(c) for c in cmp.claims_a if c.id not in linked],
            only_in_b=[Claim.of(c) for c in cmp.claims_b if c.id not in linked],
        )

    @strawberry.field(
        description="schema.org ClaimReview JSON-LD for a reviewed claim, from its latest "
        "review: publish it with the fact-check.",
        **read_access,
    )
    async def claim_review(self, info: Info, id: strawberry.ID) -> JSON:
        claim_id = decode_id(id, "Claim")
        loaders = info.context.loaders
        claim = await loaders.claims.load(claim_id)
        if claim is None:
            raise NotFound(f"no claim with ID {id!r}")
        reviews = await loaders.claim_reviews.load(claim_id)
        if not reviews:
            raise NotFound(f"claim {id!r} has no review yet: add one with reviewClaim first")
        document = await loaders.documents.load(claim.document_id)
        if document is None:
            raise NotFound(f"the document of claim {id!r} no longer exists")
        source, speaker = await asyncio.gather(
            loaders.sources.load(document.source_id),
            loaders.entities.load(claim.speaker_id) if claim.speaker_id else _none(),
        )
        if source is None:
            raise NotFound(f"the source of claim {id!r} no longer exists")
        return cast(JSON, claim_review(reviews[-1], claim, document, source, speaker))


async def _none() -> None:
    return None


async def _simple_page(
    info: Info,
    model: Any,
    wrap: Any,
    kind: str,
    first: int | None,
    after: str | None,
    *,
    conditions: list[Any] | None = None,
    newest_first: bool = False,
) -> Any:
    size = page_size(first, info.context.settings.limits)
    after_id = decode_cursor(kind, after) if after else None
    conds = conditions or []
    sessions = info.context.sessions
    page = await read(
        sessions,
        lambda s: reads.keyset_page(
            s, model, conds, first=size, after_id=after_id, newest_first=newest_first
        ),
    )

    async def count() -> int:
        return await read(sessions, lambda s: reads.count(s, model, conds))

    return build_connection(
        [wrap.of(r) for r in page.rows],
        [r.id for r in page.rows],
        cursor_kind=kind,
        has_next=page.has_next,
        has_previous=after_id is not None,
        count=count,
    )
