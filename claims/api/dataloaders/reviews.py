"""Review rows by id."""

from claims.api.dataloaders._rows import RowsByIdLoader
from claims.store import models


class ReviewLoader(RowsByIdLoader[models.Review]):
    model = models.Review
