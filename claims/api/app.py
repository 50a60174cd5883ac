"""``create_app(settings)``: the ASGI app ``claims serve`` runs.

Easy to start in a test: ``create_app(settings, engine=engine)`` and an
``httpx.AsyncClient(transport=httpx.ASGITransport(app))``.
"""

import json
import logging
from typing import Any

import anyio.to_thread
from cross_web import HTTPException
from sqlalchemy import Engine, text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL
from strawberry.types.unset import UnsetType

from claims.api import errors
from claims.api.broadcast import Broadcaster
from claims.api.context import ApiState, Context
from claims.api.dataloaders import DataLoaders
from claims.api.limits import BodyLimitMiddleware
from claims.api.schema import build_schema
from claims.config import Settings, load_settings
from claims.store.db import engine_from_settings, session_factory
from claims.store.keys import Principal, authenticate

log = logging.getLogger("claims.api")


def _bearer(value: str | None) -> str | None:
    """The key in an ``Authorization: Bearer KEY`` header ("" if malformed)."""
    if value is None:
        return None
    scheme, _, key = value.strip().partition(" ")
    return key.strip() if scheme.lower() == "bearer" else ""


class ClaimsGraphQL(GraphQL[Context, None]):
    def __init__(self, state: ApiState, **kwargs: Any) -> None:
        super().__init__(
            build_schema(state.settings.limits, introspection=state.settings.introspection),
            **kwargs,
        )
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope=scope, receive=receive))
        except HTTPException as exc:
            # strawberry answers transport problems in plain text; clients
            # parse one shape, so give them a GraphQL error body with a code.
            code = errors.NOT_FOUND if exc.status_code == 404 else errors.BAD_USER_INPUT
            reason = exc.reason
            if "not allowed when using GET" in reason:
                reason += ": send mutations as POST with a JSON body"
            response = JSONResponse(errors.error_body(reason, code), status_code=exc.status_code)
        await response(scope, receive, send)

    async def _principal(self, key: str | None) -> tuple[Principal | None, bool]:
        if key is None:
            return None, False
        if not key:
            return None, True

        def check() -> Principal | None:
            with self.state.sessions() as session:
                return authenticate(session, key)

        principal = await anyio.to_thread.run_sync(check)
        return principal, principal is None

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        principal, bad_key = await self._principal(_bearer(request.headers.get("authorization")))
        ctx = Context(
            state=self.state,
            loaders=DataLoaders.create(self.state.sessions),
            principal=principal,
            bad_key=bad_key,
            request=request,
            response=response,
        )
        if isinstance(response, Response):
            response.headers["X-Request-Id"] = ctx.request_id
        return ctx

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        # Browsers cannot set headers on a websocket: accept the key in the
        # connection_init payload too ({"Authorization": "Bearer KEY"}).
        params = context.connection_params or {}
        raw = (
            params.get("Authorization") or params.get("authorization")
            if isinstance(params, dict)
            else None
        )
        if raw is not None:
            principal, bad_key = await self._principal(_bearer(str(raw)))
            if bad_key:
                raise ConnectionRejectionError({"message": "unknown or revoked API key"})
            context.principal, context.bad_key = principal, False
        elif context.bad_key:
            raise ConnectionRejectionError({"message": "unknown or revoked API key"})
        return await super().on_ws_connect(context)

    def encode_json(self, data: object) -> str:
        # Compact output: a page of claims is mostly text, not indentation.
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    pipeline: Any = None,
) -> Starlette:
    """The API as an ASGI app: ``/graphql`` (POST, GET for queries,
    websockets for subscriptions, the GraphiQL IDE for browsers) and
    ``/healthz``. ``pipeline`` replaces the ingest pipeline (tests)."""
    settings = settings or load_settings()
    engine = engine or engine_from_settings(settings)

    def make_pipeline() -> Any:
        if pipeline is not None:
            return pipeline
        from claims.store.pipeline import Pipeline

        return Pipeline(engine, settings=settings)

    state = ApiState(
        settings=settings,
        engine=engine,
        sessions=session_factory(engine),
        broadcaster=Broadcaster(),
        pipeline_factory=make_pipeline,
    )
    graphql_app = ClaimsGraphQL(
        state,
        graphql_ide="graphiql" if settings.ide else None,
        allow_queries_via_get=True,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL),
    )

    async def healthz(request: Request) -> JSONResponse:
        def ping() -> None:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        try:
            await anyio.to_thread.run_sync(ping)
        except Exception:
            log.exception("health check: database unreachable")
            return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})

    app = Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/graphql", graphql_app, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql_app),
        ]
    )
    app.state.api = state
    app.add_middleware(BodyLimitMiddleware, limits=settings.limits)
    return app
