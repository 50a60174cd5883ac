"""Relay global IDs and pagination cursors.

A global ID is base64 of ``"Type:id"``: opaque to clients, but it names the
type, so ``node(id:)`` can route it and a Claim ID passed where a Source ID
is expected is refused with a clear message instead of silently reading the
wrong table.
"""

import base64
import binascii

from claims.api.errors import BadUserInput

NODE_TYPES = ("Claim", "Document", "Source", "Entity", "Contradiction", "Review")


def to_global_id(type_name: str, id_: int | None) -> str:
    if id_ is None:  # only rows not yet flushed have no id; never served
        raise ValueError(f"{type_name} row has no id")
    return base64.b64encode(f"{type_name}:{id_}".encode()).decode("ascii")


def parse_global_id(value: str) -> tuple[str, int]:
    """``(type, id)`` from a global ID; BAD_USER_INPUT if it is not one."""
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True).decode("utf-8")
        type_name, _, num = raw.partition(":")
        id_ = int(num)
    except (binascii.Error, UnicodeError, ValueError):
        raise BadUserInput(
            f"{value!r} is not an ID from this API: pass the `id` field of a node as returned"
        ) from None
    if type_name not in NODE_TYPES or id_ < 1:
        raise BadUserInput(f"{value!r} is not an ID from this API")
    return type_name, id_


def decode_id(value: str, expected: str, *, argument: str = "id") -> int:
    """The row id in a global ID that must name ``expected``."""
    type_name, id_ = parse_global_id(value)
    if type_name != expected:
        raise BadUserInput(f"{argument} is the ID of a {type_name}, expected a {expected} ID")
    return id_


def encode_cursor(kind: str, id_: int) -> str:
    return base64.b64encode(f"{kind}-cursor:{id_}".encode()).decode("ascii")


def decode_cursor(kind: str, cursor: str) -> int:
    try:
        raw = base64.b64decode(cursor.encode("ascii"), validate=True).decode("utf-8")
        prefix, _, num = raw.partition(":")
        id_ = int(num)
    except (binascii.Error, UnicodeError, ValueError):
        prefix, id_ = "", 0
    if prefix != f"{kind}-cursor" or id_ < 1:
        raise BadUserInput(
            f"after={cursor!r} is not a cursor of this list: pass pageInfo.endCursor "
            "from the previous page of the same field"
        )
    return id_
