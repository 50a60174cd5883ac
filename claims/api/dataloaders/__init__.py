"""Per-request DataLoaders: every relationship field reads through one.

A loader collects the keys asked for in one tick of the event loop and
fetches them with one query, so a page of 100 claims costs as many
statements as a page of 5. Loaders are created per request (see
:class:`DataLoaders`), so their caches never serve another request's data.
"""

from dataclasses import dataclass

from claims.api.dataloaders._base import Batcher
from claims.api.dataloaders.claim_contradictions import ClaimContradictionsLoader
from claims.api.dataloaders.claim_entities import ClaimEntitiesLoader
from claims.api.dataloaders.claim_links import ClaimLinksLoader
from claims.api.dataloaders.claim_reviews import ClaimReviewsLoader
from claims.api.dataloaders.claims import ClaimLoader
from claims.api.dataloaders.contradictions import ContradictionLoader
from claims.api.dataloaders.document_claims import DocumentClaimsLoader
from claims.api.dataloaders.documents import DocumentLoader
from claims.api.dataloaders.entities import EntityLoader
from claims.api.dataloaders.entity_aliases import EntityAliasesLoader
from claims.api.dataloaders.reviews import ReviewLoader
from claims.api.dataloaders.source_document_counts import SourceDocumentCountLoader
from claims.api.dataloaders.source_documents import SourceDocumentsLoader
from claims.api.dataloaders.sources import SourceLoader
from claims.api.db import Sessions


@dataclass(slots=True)
class DataLoaders:
    claims: ClaimLoader
    documents: DocumentLoader
    sources: SourceLoader
    entities: EntityLoader
    contradictions: ContradictionLoader
    reviews: ReviewLoader
    entity_aliases: EntityAliasesLoader
    claim_entities: ClaimEntitiesLoader
    claim_links: ClaimLinksLoader
    claim_reviews: ClaimReviewsLoader
    claim_contradictions: ClaimContradictionsLoader
    document_claims: DocumentClaimsLoader
    source_documents: SourceDocumentsLoader
    source_document_counts: SourceDocumentCountLoader

    @classmethod
    def create(cls, sessions: Sessions) -> "DataLoaders":
        batcher = Batcher(sessions)
        return cls(
            claims=ClaimLoader(sessions, batcher),
            documents=DocumentLoader(sessions, batcher),
            sources=SourceLoader(sessions, batcher),
            entities=EntityLoader(sessions, batcher),
            contradictions=ContradictionLoader(sessions, batcher),
            reviews=ReviewLoader(sessions, batcher),
            entity_aliases=EntityAliasesLoader(sessions, batcher),
            claim_entities=ClaimEntitiesLoader(sessions, batcher),
            claim_links=ClaimLinksLoader(sessions, batcher),
            claim_reviews=ClaimReviewsLoader(sessions, batcher),
            claim_contradictions=ClaimContradictionsLoader(sessions, batcher),
            document_claims=DocumentClaimsLoader(sessions, batcher),
            source_documents=SourceDocumentsLoader(sessions, batcher),
            source_document_counts=SourceDocumentCountLoader(sessions, batcher),
        )
