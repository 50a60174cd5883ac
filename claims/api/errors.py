"""Errors the API reports on purpose, each with a stable ``extensions.code``.

Clients branch on the code, people read the message: every message says what
to change. Anything raised that is not an :class:`ApiError` is a bug; the
:class:`~claims.api.extensions.ErrorCodes` extension masks it and logs it
with the request id instead of leaking a traceback or SQL.
"""

from typing import Any

BAD_USER_INPUT = "BAD_USER_INPUT"
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
NOT_FOUND = "NOT_FOUND"
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"

CODES = (
    BAD_USER_INPUT,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    QUERY_TOO_COMPLEX,
    PAYLOAD_TOO_LARGE,
    INTERNAL_SERVER_ERROR,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
)


class ApiError(Exception):
    """An error whose message is safe and useful to show the client.

    graphql-core copies ``extensions`` from the original exception onto the
    GraphQL error it reports, so raising one of these from a resolver is all
    a resolver has to do.
    """

    code = BAD_USER_INPUT

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extensions: dict[str, Any] = {"code": self.code, **extra}


class BadUserInput(ApiError):
    code = BAD_USER_INPUT


class Unauthenticated(ApiError):
    code = UNAUTHENTICATED


class Forbidden(ApiError):
    code = FORBIDDEN


class NotFound(ApiError):
    code = NOT_FOUND


class QueryTooComplex(ApiError):
    code = QUERY_TOO_COMPLEX


def error_body(message: str, code: str, **extra: Any) -> dict[str, Any]:
    """A GraphQL-shaped response body for errors raised outside GraphQL
    execution (HTTP limits, unreadable bodies), so clients parse one shape."""
    return {"data": None, "errors": [{"message": message, "extensions": {"code": code, **extra}}]}


class InternalError(ApiError):
    """A failure we caught and logged ourselves; the message names the
    request id so an operator can find the details in the log."""

    code = INTERNAL_SERVER_ERROR
