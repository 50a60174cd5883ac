"""Request-body checks that run before any GraphQL parsing (pure ASGI).

A body over the limit is refused with HTTP 413 as soon as that is known:
from Content-Length when the client sends it, else while the bytes stream
in, so a huge or endless upload is never buffered whole. A JSON body that is
not valid UTF-8 or not valid JSON gets HTTP 400 with a message saying where;
a batch with too many operations is refused before any of them runs.
"""

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claims.api import errors
from claims.config import ApiLimits


async def send_error(send: Send, status: int, message: str, code: str) -> None:
    body = json.dumps(errors.error_body(message, code)).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _Refused(Exception):
    def __init__(self, status: int, message: str, code: str) -> None:
        self.status, self.message, self.code = status, message, code


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, limits: ApiLimits, path: str = "/graphql") -> None:
        self.app = app
        self.limits = limits
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(scope, receive)
            if scope["path"].rstrip("/") == self.path:
                self._check_graphql(scope, body)
        except _Refused as refused:
            await send_error(send, refused.status, refused.message, refused.code)
            return

        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # http.disconnect, when the client goes

        await self.app(scope, replay, send)

    def _too_large(self, size: str) -> _Refused:
        limit = self.limits.max_body_bytes
        return _Refused(
            413,
            f"request body is {size}, over the limit of {limit:,} bytes: send a smaller "
            "request (CLAIMS_MAX_BODY_BYTES sets the limit)",
            errors.PAYLOAD_TOO_LARGE,
        )

    async def _read(self, scope: Scope, receive: Receive) -> bytes:
        limit = self.limits.max_body_bytes
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    raise _Refused(
                        400, "Content-Length is not a number", errors.BAD_USER_INPUT
                    ) from None
                if declared > limit:
                    raise self._too_large(f"{declared:,} bytes")
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Refused(400, "client disconnected", errors.BAD_USER_INPUT)
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                raise self._too_large(f"more than {limit:,} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _check_graphql(self, scope: Scope, body: bytes) -> None:
        content_type = ""
        for name, value in scope.get("headers", []):
            if name == b"content-type":
                content_type = value.decode("latin-1").lower()
        if "json" not in content_type:
            return  # strawberry answers other types itself
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Refused(
                400,
                f"request body is not valid UTF-8 (byte 0x{body[exc.start]:02x} at offset "
                f"{exc.start}): send JSON encoded as UTF-8",
                errors.BAD_USER_INPUT,
            ) from None
        try:
            data: Any = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _Refused(
                400,
                f"request body is not valid JSON: {exc.msg} at line {exc.lineno} column "
                f'{exc.colno}; send {{"query": "...", "variables": {{...}}}}',
                errors.BAD_USER_INPUT,
            ) from None
        if isinstance(data, list):
            if not data:
                raise _Refused(
                    400, "the batch is empty: send at least one operation", errors.BAD_USER_INPUT
                )
            if len(data) > self.limits.max_batch:
                raise _Refused(
                    400,
                    f"the batch holds {len(data)} operations, over the limit of "
                    f"{self.limits.max_batch}: split it into smaller batches",
                    errors.QUERY_TOO_COMPLEX,
                )
        elif not isinstance(data, dict):
            raise _Refused(
                400,
                'request body must be a JSON object {"query": ...} or a list of them',
                errors.BAD_USER_INPUT,
            )
