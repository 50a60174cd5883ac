"""Entities and their aliases in the store.

The extractor resolves names against entity data; the store is where that
data grows as documents introduce new speakers and places. Seeds come from
the data file the extractor ships (``claims/text/data/entities.yaml``).
"""

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlmodel import Session, col, select

from claims.store.models import Entity, EntityAlias
from claims.store.types import utcnow


def fold_alias(alias: str) -> str:
    """Case- and mark-insensitive key for alias lookup.

    >>> fold_alias("Erdoğan") == fold_alias("ERDOGAN")
    True
    """
    decomposed = unicodedata.normalize("NFKD", alias.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("\u0640", "").split())[:300]


def upsert_entities(session: Session, items: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Create or extend entities by canonical name; returns name -> id."""
    wanted = {str(item["name"]): item for item in items if item.get("name")}
    if not wanted:
        return {}
    rows = {e.name: e for e in session.scalars(select(Entity).where(col(Entity.name).in_(wanted)))}
    for name, item in wanted.items():
        entity = rows.get(name)
        data = {k: v for k, v in item.items() if k not in {"name", "kind", "aliases"}}
        if entity is None:
            entity = Entity(name=name, kind=str(item.get("kind") or "person"), data=data)
            session.add(entity)
            rows[name] = entity
        elif data and any(entity.data.get(k) != v for k, v in data.items()):
            entity.data = {**entity.data, **data}
            entity.updated_at = utcnow()
            session.add(entity)
    session.flush()
    ids = {name: e.id for name, e in rows.items() if e.id is not None}
    existing = {
        (a.entity_id, a.folded)
        for a in session.scalars(
            select(EntityAlias).where(col(EntityAlias.entity_id).in_(ids.values()))
        )
    }
    for name, item in wanted.items():
        for alias in [name, *(item.get("aliases") or [])]:
            key = (ids[name], fold_alias(str(alias)))
            if key[1] and key not in existing:
                existing.add(key)
                session.add(EntityAlias(entity_id=ids[name], alias=str(alias)[:300], folded=key[1]))
    session.flush()
    return ids


def ids_for_names(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Entity ids by canonical name, creating any name not yet known."""
    wanted = {n for n in names if n}
    if not wanted:
        return {}
    found = {
        name: id_
        for id_, name in session.execute(
            select(col(Entity.id), col(Entity.name)).where(col(Entity.name).in_(wanted))
        ).all()
    }
    missing = wanted - found.keys()
    if missing:
        found.update(upsert_entities(session, [{"name": n} for n in sorted(missing)]))
    return found


def entity_data(session: Session) -> list[dict[str, Any]]:
    """Everything the extractor needs to resolve names, as plain dicts."""
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in session.execute(
        select(col(EntityAlias.entity_id), col(EntityAlias.alias))
    ):
        aliases.setdefault(entity_id, []).append(alias)
    out = []
    for entity in session.scalars(select(Entity)):
        out.append(
            {
                **entity.data,
                "name": entity.name,
                "kind": entity.kind,
                "aliases": aliases.get(entity.id or 0, []),
            }
        )
    return out


@lru_cache(maxsize=1)
def _shipped_cached() -> tuple[dict[str, Any], ...]:
    from claims.text.entities import load_entity_data

    return tuple(load_entity_data())


def _shipped() -> list[dict[str, Any]]:
    # Parsing the YAML takes a quarter of a second; read it once a process.
    return [dict(item) for item in _shipped_cached()]


def seed_shipped(session: Session) -> None:
    """Make sure the entities the project ships are in the table.

    Cheap when they are: one lookup of the shipped names. Runs before the
    first ingest of a pipeline, so a fresh database resolves speakers from
    the start and the API can list them.
    """
    shipped = _shipped()
    names = [str(item["name"]) for item in shipped]
    present = set(session.scalars(select(col(Entity.name)).where(col(Entity.name).in_(names))))
    if len(present) < len(set(names)):
        upsert_entities(session, shipped)
