"""Entity rows by id."""

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models


class EntityLoader(RowsByIdLoader[models.Entity]):
    model = models.Entity
