"""Schema extensions: an error code on every error, and unexpected errors masked.

Every error leaves the server with ``extensions.code``. Errors we raise on
purpose (:class:`ApiError`) already carry one; parse and validation errors
get one from what they are; anything else is a bug: its message is replaced
by one naming the request id, and the original goes to the log with its
traceback, never to the client (no traceback, no SQL).
"""

import contextlib
import logging
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any

from graphql import DocumentNode, GraphQLError, GraphQLSyntaxError, parse
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

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


class DocumentCache:
    """Parsed documents, and the query texts that passed validation, for one
    schema: a client repeating a query (every real client does) pays for
    parsing and for the validation rules (the limits included) once.

    Bounded (least recently used first out). Only documents that validated
    without errors are remembered as valid; a failing one is validated again
    each time, so its errors are always fresh objects.
    """

    def __init__(self, maxsize: int = 256) -> None:
        self.maxsize = maxsize
        self._parsed: OrderedDict[tuple[str, tuple[tuple[str, Any], ...]], DocumentNode] = (
            OrderedDict()
        )
        self._valid: OrderedDict[str, None] = OrderedDict()

    def parse(self, query: str, options: Mapping[str, Any]) -> DocumentNode:
        key = (query, tuple(sorted(options.items())))
        document = self._parsed.get(key)
        if document is None:
            document = parse(query, **options)  # raises on syntax / too many tokens
            self._parsed[key] = document
            if len(self._parsed) > self.maxsize:
                self._parsed.popitem(last=False)
        else:
            self._parsed.move_to_end(key)
        return document

    def is_valid(self, query: str) -> bool:
        if query in self._valid:
            self._valid.move_to_end(query)
            return True
        return False

    def mark_valid(self, query: str) -> None:
        self._valid[query] = None
        if len(self._valid) > self.maxsize:
            self._valid.popitem(last=False)


class CachedDocuments(SchemaExtension):
    """Parse and validate through a :class:`DocumentCache` (after the limit
    extensions have set their parse options and validation rules)."""

    def __init__(self, cache: DocumentCache) -> None:
        self.cache = cache

    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is None and ctx.query:
            # A query that does not parse is left to strawberry's own parse,
            # which turns the failure into the usual GraphQL error.
            with contextlib.suppress(Exception):
                ctx.graphql_document = self.cache.parse(ctx.query, ctx.parse_options)
        yield

    def on_validate(self) -> Iterator[None]:
        ctx = self.execution_context
        query = ctx.query
        if query and ctx.pre_execution_errors is None and ctx.graphql_document is not None:
            if self.cache.is_valid(query):
                ctx.pre_execution_errors = []
            else:
                found = validate_document(
                    ctx.schema._schema, ctx.graphql_document, ctx.validation_rules
                )
                ctx.pre_execution_errors = found
                if not found:
                    self.cache.mark_valid(query)
        yield
