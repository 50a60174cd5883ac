"""``build_schema()``: the one place the schema is assembled."""

from collections.abc import Callable
from typing import Any, cast

import strawberry
from graphql import GraphQLError, GraphQLObjectType
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext
from strawberry.types.field import StrawberryField

from claims.api.extensions import CachedDocuments, DocumentCache, ErrorCodes
from claims.api.mutations import Mutation
from claims.api.queries import Query
from claims.api.subscriptions import Subscription
from claims.api.types.claim import Claim
from claims.api.types.contradiction import Contradiction
from claims.api.types.document import Document
from claims.api.types.entity import Entity
from claims.api.types.review import Review
from claims.api.types.source import Source
from claims.config import ApiLimits


class ClaimsSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # ErrorCodes logs unexpected errors with the request id; expected
        # ones (bad input, auth) are the client's business, not the log's.
        return None


def build_schema(
    limits: ApiLimits | None = None, *, introspection: bool = True
) -> strawberry.Schema:
    limits = limits or ApiLimits()
    extensions: list[Any] = [
        # The error extension first: its on_operation runs last on the way
        # out, so it sees every error the others added.
        ErrorCodes,
        # Factories, so each request gets fresh extension instances.
        lambda: MaxTokensLimiter(max_token_count=limits.max_tokens),
        lambda: QueryDepthLimiter(max_depth=limits.max_depth),
        lambda: MaxAliasesLimiter(max_alias_count=limits.max_aliases),
    ]
    if not introspection:
        extensions.append(DisableIntrospection)
    # Last: parses and validates with the options and rules set above.
    documents = DocumentCache()
    extensions.append(lambda: CachedDocuments(documents))
    schema = ClaimsSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        # Nodes are returned through the Node interface; list them so they are
        # in the schema even where no field names them directly.
        types=[Claim, Document, Source, Entity, Contradiction, Review],
        extensions=extensions,
        config=StrawberryConfig(batching_config={"max_operations": limits.max_batch}),
    )
    _plain_attributes(schema)
    _direct_resolvers(schema)
    return schema


def _attribute(name: str) -> Callable[..., Any]:
    def resolve(source: Any, info: Any, **kwargs: Any) -> Any:
        return getattr(source, name)

    resolve._is_default = True  # type: ignore[attr-defined]  # strawberry's marker
    return resolve


def _plain_attributes(schema: strawberry.Schema) -> None:
    """Fields without a resolver read one attribute of their object. Strawberry
    resolves them through three nested calls; a page of claims has hundreds
    of such fields, so read the attribute directly (the same getattr)."""
    for named in schema._schema.type_map.values():
        if not isinstance(named, GraphQLObjectType) or named.name.startswith("__"):
            continue
        for gql_field in named.fields.values():
            field = (gql_field.extensions or {}).get("strawberry-definition")
            resolve = gql_field.resolve
            if (
                isinstance(field, StrawberryField)
                and field.is_basic_field
                and not field.is_subscription
                and getattr(resolve, "__name__", "") == "_get_basic_result"
            ):
                gql_field.resolve = _attribute(field.python_name)


def _direct(field: StrawberryField, info_class: Any) -> Callable[..., Any] | None:
    """A resolver calling ``field``'s method directly, or None where the field
    needs strawberry's full path (arguments, extensions, async, other
    parameters than ``self`` and ``info``)."""
    resolver = field.base_resolver
    if (
        resolver is None
        or field.arguments
        or field.extensions
        or field.is_async
        or field.is_subscription
        or resolver.self_parameter is None
        or resolver.info_parameter is None
        or resolver.parent_parameter is not None
        or resolver.root_parameter is not None
        or len(resolver.signature.parameters) != 2
    ):
        return None
    func = cast(Callable[..., Any], resolver.wrapped_func)
    info_name = resolver.info_parameter.name

    def resolve(source: Any, info: Any, **kwargs: Any) -> Any:
        return func(source, **{info_name: info_class(_raw_info=info, _field=field)})

    return resolve


def _direct_resolvers(schema: strawberry.Schema) -> None:
    """Sync methods with no arguments (``Claim.document``, ``Claim.source``,
    ...) are called directly, with the same ``Info``, skipping strawberry's
    argument conversion and extension chain: a page of claims resolves
    hundreds of them."""
    for named in schema._schema.type_map.values():
        if not isinstance(named, GraphQLObjectType) or named.name.startswith("__"):
            continue
        for gql_field in named.fields.values():
            field = (gql_field.extensions or {}).get("strawberry-definition")
            if not isinstance(field, StrawberryField):
                continue
            if getattr(gql_field.resolve, "__name__", "") != "_resolver":
                continue  # async, or strawberry changed: keep its resolver
            resolve = _direct(field, schema.config.info_class)
            if resolve is not None:
                gql_field.resolve = resolve
