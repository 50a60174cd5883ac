"""Claim rows by id."""

from typing import Any

from sqlalchemy.orm import defer

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models

# Columns of a claim the API never reads: the extraction frame (JSON, decoded
# per row) and the folded search text. Not loaded; reading one raises rather
# than quietly querying a detached row.
CLAIM_OPTIONS: tuple[Any, ...] = (
    defer(models.Claim.frame, raiseload=True),  # type: ignore[arg-type]
    defer(models.Claim.search_text, raiseload=True),  # type: ignore[arg-type]
)


class ClaimLoader(RowsByIdLoader[models.Claim]):
    model = models.Claim
    options = CLAIM_OPTIONS
