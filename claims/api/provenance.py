"""Which source a claim really comes from.

A reprint of a wire story is not a second witness: a document marked as a
copy (``document.copy_of_id``) counts as its original's source when agreement
is weighed.
"""

from claims.api.dataloaders import DataLoaders
from claims.store import models


async def origin_source_id(loaders: DataLoaders, claim: models.Claim) -> int | None:
    doc = await loaders.documents.load(claim.document_id)
    if doc is None:
        return None
    if doc.copy_of_id is not None:
        original = await loaders.documents.load(doc.copy_of_id)
        if original is not None:
            return original.source_id
    return doc.source_id
