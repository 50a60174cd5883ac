"""Claim rows by id."""

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models


class ClaimLoader(RowsByIdLoader[models.Claim]):
    model = models.Claim
