"""Loading a page's relations before its fields resolve.

An ``async`` resolver costs graphql-core a coroutine, a task and a gather
per object: on a page of 50 claims with their document, source, speaker and
matches that overhead, not SQL, was most of the request. So the root
resolvers that return a page of claims look at what the query selects under
it and load those relations for the whole page first, through the same
per-request DataLoaders (one batched query per relation, as before). The
relationship fields of :class:`~claims.api.types.claim.Claim` and
:class:`~claims.api.types.document.Document` are plain functions that answer
from the loaders' caches when the value is there, and return an awaitable
(the loader path) when it is not, so fields reached any other way still work,
only a little slower.

Prefetching is an optimisation only: a failed load is left for the field's
own resolver to raise at its own path.
"""

import asyncio
from collections.abc import Awaitable, Iterable, Sequence
from typing import Any

from strawberry.types.nodes import SelectedField, Selection

from claims.api.dataloaders import DataLoaders
from claims.store import models

Fields = dict[str, list[Selection]]

# Claim fields that read the claim's document.
_NEEDS_DOCUMENT = ("document", "span", "sentence", "source")
# Claim fields that read the claim's matcher links.
_NEEDS_LINKS = ("matches", "agreementCount")


def fields_of(selections: Iterable[Selection]) -> Fields:
    """Selected field name -> the selections under it, fragments flattened
    (aliases of one field merged). Directives are ignored: at worst a field
    skipped by ``@skip`` is loaded for nothing."""
    out: Fields = {}
    for sel in selections:
        if isinstance(sel, SelectedField):
            out.setdefault(sel.name, []).extend(sel.selections)
        else:
            for name, subs in fields_of(sel.selections).items():
                out.setdefault(name, []).extend(subs)
    return out


def connection_nodes(field: Iterable[Selection]) -> Fields:
    """The fields selected on ``edges { node { ... } }`` of a connection,
    given the connection field itself (``info.selected_fields``)."""
    edges = fields_of(sub for sel in field for sub in sel.selections).get("edges", [])
    return fields_of(fields_of(edges).get("node", []))


async def _settle(jobs: Sequence[Awaitable[Any]]) -> None:
    # Failures stay in the loaders' futures for the fields to raise.
    if jobs:
        await asyncio.gather(*jobs, return_exceptions=True)


async def claims(loaders: DataLoaders, rows: Sequence[models.Claim], fields: Fields) -> None:
    """Load what ``fields`` (selected on each of ``rows``) will read."""
    if not rows or not fields:
        return
    jobs: list[Awaitable[Any]] = []
    if any(name in fields for name in _NEEDS_DOCUMENT):
        doc_fields = fields_of(fields.get("document", []))
        jobs.append(
            _documents(
                loaders,
                {row.document_id for row in rows},
                doc_fields,
                sources="source" in fields or "source" in doc_fields,
            )
        )
    if "speaker" in fields:
        speakers = {row.speaker_id for row in rows if row.speaker_id is not None}
        jobs.append(loaders.entities.load_many(speakers))
    if any(name in fields for name in _NEEDS_LINKS):
        jobs.append(_matches(loaders, rows, fields_of(fields.get("matches", []))))
    await _settle(jobs)


async def _documents(
    loaders: DataLoaders, ids: Iterable[int], fields: Fields, *, sources: bool
) -> None:
    docs = await loaders.documents.load_many(ids)
    if sources:
        await loaders.sources.load_many({doc.source_id for doc in docs if doc is not None})


async def _matches(loaders: DataLoaders, rows: Sequence[models.Claim], fields: Fields) -> None:
    ids = [row.id for row in rows if row.id is not None]
    groups = await loaders.claim_links.load_many(ids)
    if "claim" not in fields:
        return
    others: dict[int, None] = {}
    for claim_id, links in zip(ids, groups, strict=True):
        for link in links:
            others[link.claim_b_id if link.claim_a_id == claim_id else link.claim_a_id] = None
    found = await loaders.claims.load_many(others)
    await claims(loaders, [c for c in found if c is not None], fields_of(fields["claim"]))


def later(awaitable: Awaitable[Any]) -> Any:
    """What a relationship field returns when its value is not loaded yet:
    the awaitable itself, which graphql-core awaits (typed ``Any`` so the
    field keeps its declared return type)."""
    return awaitable
