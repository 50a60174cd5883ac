"""Subscriptions over graphql-transport-ws, in process and over TCP from
``claims serve`` started as a subprocess."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from sqlalchemy import Engine

from claims.api.app import create_app
from claims.api.broadcast import CONTRADICTION_FLAGGED, DOCUMENT_INGESTED
from claims.config import Settings
from claims.store import migrate
from claims.store.db import make_engine

with warnings.catch_warnings():
    # Starlette suggests httpx2 for its TestClient; httpx is what we have.
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

pytest_plugins = ["tests.api_fixtures"]
pytestmark = [pytest.mark.db, pytest.mark.usefixtures("no_tracebacks")]

PROTOCOL = "graphql-transport-ws"
FLAGGED = """subscription { contradictionFlagged { id status reason
  claimA { text source { name } } claimB { text source { name } } } }"""
INGESTED = "subscription { documentIngested { id title source { name } claims { text } } }"
INGEST = """mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  created contradictions { id } } }"""
DOCS = [
    {
        "text": "An air strike in Idlib killed 33 Turkish soldiers on Thursday, officials said.",
        "source": {"name": "The Meridian Post"},
        "language": "en",
        "publishedAt": "2020-02-28T09:00:00Z",
        "title": "Strike",
    },
    {
        "text": "Officials said 34 Turkish soldiers were killed in an air strike in Idlib on "
        "Thursday.",
        "source": {"name": "The Harbor Ledger"},
        "language": "en",
        "publishedAt": "2020-02-28T10:00:00Z",
        "title": "Toll rises",
    },
]


def wait_for(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(0.01)


def test_subscriptions_in_process(engine: Engine, editor_key: str, hand_seed: Any) -> None:
    app = create_app(Settings(database_url=engine.url.render_as_string(False)), engine=engine)
    broadcaster = app.state.api.broadcaster
    auth = {"Authorization": f"Bearer {editor_key}"}
    with (
        TestClient(app) as client,
        client.websocket_connect("/graphql", subprotocols=[PROTOCOL]) as ws,
    ):
        ws.send_json({"type": "connection_init"})
        assert ws.receive_json()["type"] == "connection_ack"
        ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": FLAGGED}})
        ws.send_json({"id": "2", "type": "subscribe", "payload": {"query": INGESTED}})
        wait_for(
            lambda: (
                broadcaster.subscriber_count(CONTRADICTION_FLAGGED) == 1
                and broadcaster.subscriber_count(DOCUMENT_INGESTED) == 1
            )
        )
        flag = client.post(
            "/graphql",
            headers=auth,
            json={
                "query": """mutation($a: ID!, $b: ID!) { flagContradiction(input: {claimAId: $a,
                claimBId: $b, reason: "missed"}) { id } }""",
                "variables": {"a": hand_seed.gid("C2"), "b": hand_seed.gid("C4")},
            },
        )
        assert "errors" not in flag.json(), flag.text
        message = ws.receive_json()
        assert message["type"] == "next" and message["id"] == "1"
        event = message["payload"]["data"]["contradictionFlagged"]
        assert event["id"] == flag.json()["data"]["flagContradiction"]["id"]
        assert event["reason"] == "missed"
        assert event["claimA"]["source"]["name"] == "The Meridian Post"

        ingest = client.post(
            "/graphql", headers=auth, json={"query": INGEST, "variables": {"input": DOCS[0]}}
        )
        assert ingest.json()["data"]["ingestDocument"]["created"] is True
        message = ws.receive_json()
        assert message["id"] == "2"
        document = message["payload"]["data"]["documentIngested"]
        assert document["title"] == "Strike"
        assert any("33" in c["text"] for c in document["claims"])
        ws.send_json({"id": "1", "type": "complete"})
        ws.send_json({"id": "2", "type": "complete"})


def test_private_subscriptions_need_a_key(engine: Engine, reader_key: str) -> None:
    settings = Settings(database_url=engine.url.render_as_string(False), private=True)
    app = create_app(settings, engine=engine)
    with TestClient(app) as client:
        with client.websocket_connect("/graphql", subprotocols=[PROTOCOL]) as ws:
            ws.send_json({"type": "connection_init"})
            assert ws.receive_json()["type"] == "connection_ack"
            ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": FLAGGED}})
            message = ws.receive_json()
            assert message["type"] == "error"
            assert message["payload"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        with client.websocket_connect("/graphql", subprotocols=[PROTOCOL]) as ws:
            ws.send_json(
                {"type": "connection_init", "payload": {"Authorization": f"Bearer {reader_key}"}}
            )
            assert ws.receive_json()["type"] == "connection_ack"
            ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": FLAGGED}})
            wait_for(lambda: app.state.api.broadcaster.subscriber_count(CONTRADICTION_FLAGGED) == 1)


# --- claims serve, over TCP -----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Any:
    url = f"sqlite:///{tmp_path / 'served.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    from tests.api_fixtures import create_key

    key = create_key(engine, "editor", "served-editor")
    engine.dispose()
    port = free_port()
    claims = Path(sys.executable).with_name("claims")
    proc = subprocess.Popen(
        [str(claims), "serve", "--port", str(port), "--database-url", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"claims serve exited: {proc.stdout.read() if proc.stdout else ''}"
                )
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("claims serve did not come up")
            time.sleep(0.1)
        yield base, port, key
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.slow
async def test_served_over_tcp_with_a_websocket_subscription(served: Any) -> None:
    base, port, key = served
    async with websockets.connect(
        f"ws://127.0.0.1:{port}/graphql",
        subprotocols=[PROTOCOL],  # type: ignore[list-item]
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init"}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "c", "type": "subscribe", "payload": {"query": FLAGGED}}))
        # Another client ingests: the second document contradicts the first.
        async with httpx.AsyncClient(base_url=base, timeout=30) as other:
            for doc in DOCS:
                response = await other.post(
                    "/graphql",
                    json={"query": INGEST, "variables": {"input": doc}},
                    headers={"Authorization": f"Bearer {key}"},
                )
                assert "errors" not in response.json(), response.text
            raised = response.json()["data"]["ingestDocument"]["contradictions"]
            assert raised
            # Plain queries work over TCP too.
            page = await other.get(f"{base}/graphql", params={"query": "{ __typename }"})
            assert page.json() == {"data": {"__typename": "Query"}}
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout=20))
        assert message["type"] == "next"
        event = message["payload"]["data"]["contradictionFlagged"]
        assert event["id"] == raised[0]["id"]
        assert event["status"] == "OPEN"
        assert {event["claimA"]["source"]["name"], event["claimB"]["source"]["name"]} == {
            "The Meridian Post",
            "The Harbor Ledger",
        }
