"""Schema extensions: an error code on every error, and unexpected errors masked.

Every error leaves the server with ``extensions.code``. Errors we raise on
purpose (:class:`ApiError`) already carry one; parse and validation errors
get one from what they are; anything else is a bug: its message is replaced
by one naming the request id, and the original goes to the log with its
traceback, never to the client (no traceback, no SQL).
"""

import logging
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import SchemaExtension

from claims.api import errors
from claims.api.errors import ApiError

log = logging.getLogger("claims.api")

# Messages of the limit checks strawberry ships (QueryDepthLimiter,
# MaxAliasesLimiter, MaxTokensLimiter) and what to tell the client to do.
_TOO_COMPLEX = {
    "exceeds maximum operation depth": "nest fewer levels of fields, or split the query",
    "aliases found. Allowed:": "use fewer aliases, or split the query",
    "tokens. Parsing aborted": "shorten the query, or split it into several requests",
}


def _request_id(context: Any) -> str:
    return str(getattr(context, "request_id", "-"))


class ErrorCodes(SchemaExtension):
    def __init__(self) -> None:
        self._stream_result_processed = False

    def classify(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, ApiError):
            error.extensions = {**(error.extensions or {}), **original.extensions}
            return error
        if error.extensions and error.extensions.get("code") in errors.CODES:
            return error  # already classified (a result seen twice)
        message = error.message
        for marker, advice in _TOO_COMPLEX.items():
            if marker in message:
                error.message = f"{message} Query too complex: {advice}."
                error.extensions = {"code": errors.QUERY_TOO_COMPLEX}
                return error
        if message.startswith("Variable '$"):
            # graphql-core coercing a variable: the client sent a bad value.
            error.extensions = {"code": errors.BAD_USER_INPUT}
            return error
        if original is None and error.path is None:
            code = (
                errors.GRAPHQL_PARSE_FAILED
                if isinstance(error, GraphQLSyntaxError)
                else errors.GRAPHQL_VALIDATION_FAILED
            )
            error.extensions = {"code": code}
            return error
        return self.mask(error)

    def mask(self, error: GraphQLError) -> GraphQLError:
        rid = _request_id(self.execution_context.context)
        original = error.original_error
        log.error(
            "request %s: unexpected error at %s: %s",
            rid,
            ".".join(str(p) for p in error.path or []) or "-",
            error.message,
            exc_info=(type(original), original, original.__traceback__) if original else None,
        )
        return GraphQLError(
            f"Unexpected server error (request id {rid}). It has been logged; retry, or "
            "report the request id.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions={"code": errors.INTERNAL_SERVER_ERROR, "requestId": rid},
        )

    def _process(self, result: Any) -> None:
        errs = getattr(result, "errors", None)
        if errs:
            result.errors = [self.classify(e) for e in errs]

    def on_operation(self) -> Iterator[None]:
        self._stream_result_processed = False
        yield
        if self._stream_result_processed:
            return
        result = self.execution_context.result
        self._process(getattr(result, "initial_result", result))

    def on_stream_result(self, result: Any) -> Iterator[None]:
        # Subscription events and streamed results pass here one by one.
        self._stream_result_processed = True
        self._process(result)
        yield None
