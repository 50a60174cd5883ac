"""API keys: created once, stored only as sha256, compared in constant time."""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlmodel import col, select

from claims.store.models import ROLES, ApiKey
from claims.store.types import utcnow

KEY_PREFIX = "clm_"


class KeyError_(ValueError):
    """A key operation that cannot be done, with the reason."""


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    role: str

    def can(self, role: str) -> bool:
        """Roles are ordered: admin can do what an editor can, who can do
        what a reader can.

        >>> Principal("a", "editor").can("reader"), Principal("a", "reader").can("editor")
        (True, False)
        """
        return ROLES.index(self.role) >= ROLES.index(role)


def create_key(session: Session, *, role: str, name: str | None = None) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the key itself, which is never stored."""
    if role not in ROLES:
        raise KeyError_(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    name = (name or f"{role}-{secrets.token_hex(3)}").strip()
    if not name:
        raise KeyError_("key name is empty")
    if session.scalars(select(ApiKey).where(col(ApiKey.name) == name)).first() is not None:
        raise KeyError_(f"a key named {name!r} already exists")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, role=role, key_hash=hash_key(key))
    session.add(row)
    session.flush()
    return row, key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(col(ApiKey.id))))


def revoke_key(session: Session, name: str) -> ApiKey:
    row = session.scalars(select(ApiKey).where(col(ApiKey.name) == name)).first()
    if row is None:
        raise KeyError_(f"no key named {name!r}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        session.flush()
    return row


def authenticate(session: Session, key: str) -> Principal | None:
    """The principal for a presented key, or None if unknown or revoked.

    The lookup is by hash (an index seek), and the final comparison is
    constant-time so response timing does not leak how much of a hash matched.
    """
    digest = hash_key(key)
    row = session.scalars(select(ApiKey).where(col(ApiKey.key_hash) == digest)).first()
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    if row.revoked_at is not None:
        return None
    return Principal(name=row.name, role=row.role)
