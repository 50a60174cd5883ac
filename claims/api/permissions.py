"""Who may do what: reads are open (or need a reader key when the server is
private), mutations need an editor key.

Keys arrive as ``Authorization: Bearer KEY`` and are checked once per
request (see ``app.py``); here each root field checks the result.
"""

from typing import Any

from strawberry.permission import BasePermission

from claims.api.context import Info
from claims.api.errors import Forbidden, Unauthenticated

HOW = "send an API key from `claims keys create` as `Authorization: Bearer KEY`"


def require(info: Info, role: str | None) -> None:
    """Raise UNAUTHENTICATED / FORBIDDEN unless the request may act as ``role``
    (None: anyone, unless the key sent is wrong)."""
    ctx = info.context
    if ctx.bad_key:
        raise Unauthenticated(
            "the API key sent is unknown or revoked: check it, or create a new one with "
            "`claims keys create`"
        )
    if role is None:
        return
    if ctx.principal is None:
        what = "reading this server" if role == "reader" else "this operation"
        raise Unauthenticated(f"{what} needs a key with role {role}: {HOW}")
    if not ctx.principal.can(role):
        raise Forbidden(
            f"key {ctx.principal.name!r} has role {ctx.principal.role!r}; this operation needs "
            f"a key with role {role} (`claims keys create --role {role}`)"
        )


class CanRead(BasePermission):
    message = "not allowed to read"

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        require(info, "reader" if info.context.settings.private else None)
        return True


class CanEdit(BasePermission):
    message = "not allowed to change data"

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        require(info, "editor")
        return True
