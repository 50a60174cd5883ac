"""Contradiction rows by id."""

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models


class ContradictionLoader(RowsByIdLoader[models.Contradiction]):
    model = models.Contradiction
