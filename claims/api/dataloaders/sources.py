"""Source rows by id."""

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models


class SourceLoader(RowsByIdLoader[models.Source]):
    model = models.Source
