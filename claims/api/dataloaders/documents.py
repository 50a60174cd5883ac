"""Document rows by id."""

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models


class DocumentLoader(RowsByIdLoader[models.Document]):
    model = models.Document
