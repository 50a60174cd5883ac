"""API keys: shown once, stored as sha256 only, revocable."""

import hashlib

import pytest
from sqlalchemy import Engine, select

from claims.store import keys
from claims.store.db import session_scope
from claims.store.models import ApiKey

pytestmark = pytest.mark.db


def test_only_the_hash_is_stored(engine: Engine) -> None:
    with session_scope(engine) as session:
        _, key = keys.create_key(session, role="editor", name="desk")
    assert key.startswith("clm_") and len(key) > 40
    with session_scope(engine) as session:
        stored = session.scalars(select(ApiKey)).one()
        columns = {c: getattr(stored, c) for c in ApiKey.model_fields}
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert all(key not in str(v) for v in columns.values())


def test_authenticate_and_revoke(engine: Engine) -> None:
    with session_scope(engine) as session:
        _, key = keys.create_key(session, role="reader", name="r")
    with session_scope(engine) as session:
        principal = keys.authenticate(session, key)
        assert principal == keys.Principal(name="r", role="reader")
        assert keys.authenticate(session, key + "x") is None
        keys.revoke_key(session, "r")
    with session_scope(engine) as session:
        assert keys.authenticate(session, key) is None


def test_bad_role_and_duplicate_names_are_refused(engine: Engine) -> None:
    with session_scope(engine) as session:
        with pytest.raises(keys.KeyError_, match="role must be one of reader, editor, admin"):
            keys.create_key(session, role="owner")
        keys.create_key(session, role="admin", name="root")
        with pytest.raises(keys.KeyError_, match="already exists"):
            keys.create_key(session, role="admin", name="root")
        with pytest.raises(keys.KeyError_, match="no key named 'nobody'"):
            keys.revoke_key(session, "nobody")
