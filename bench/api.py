"""API latency benchmark: a page of 50 claims with nested relations.

Loads 100,000 synthetic claims into a fresh SQLite file (bulk inserts, no
extraction), starts the app under uvicorn on a free port, and reports p50 /
p95 latency and requests per second for

* the page: 50 claims with document, source, speaker and matches (with
  each match's claim and source), and
* ``{ __typename }`` on the same server: the floor (HTTP + GraphQL
  overhead with no data).

    python bench/api.py [--claims 100000] [--requests 300] [--concurrency 1]
                        [--database FILE [--reuse]]

The server runs under uvicorn in a separate process, like `claims serve`.
"""

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select

from claims.api.synthetic import Sizes, load
from claims.store import migrate
from claims.store.db import make_engine
from claims.store.models import Claim

PAGE = """query Page($after: String) { claims(first: 50, after: $after) {
  pageInfo { endCursor }
  edges { node {
    id kind text value unit
    document { id title publishedAt }
    source { id name }
    speaker { id name }
    matches { score relation claim { id text } }
  } } } }"""
FLOOR = "{ __typename }"
SERVE = """
import uvicorn
from claims.api.app import create_app
from claims.config import Settings
uvicorn.run(create_app(Settings(database_url={url!r})), host="127.0.0.1", port={port},
            log_level="warning", access_log=False)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def measure(
    base: str, query: str, *, requests: int, concurrency: int, cursors: list[str | None]
) -> tuple[list[float], float]:
    latencies: list[float] = []
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        # Warm up: connections, the pipeline-free code paths, SQLite caches.
        for _ in range(10):
            (await client.post("/graphql", json={"query": query})).raise_for_status()
        queue = list(range(requests))

        async def worker() -> None:
            while queue:
                i = queue.pop()
                body = {"query": query, "variables": {"after": cursors[i % len(cursors)]}}
                start = time.perf_counter()
                response = await client.post("/graphql", json=body)
                latencies.append(time.perf_counter() - start)
                payload = response.json()
                if "errors" in payload:
                    raise RuntimeError(payload["errors"])

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, requests / elapsed


def report(name: str, latencies: list[float], rps: float) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p50 = statistics.median(ms)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(f"{name:<40} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   {rps:8.1f} req/s")


async def page_cursors(base: str, pages: int) -> list[str | None]:
    # Spread the pages over the store rather than reading page one again.
    cursors: list[str | None] = [None]
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        after: str | None = None
        for _ in range(pages):
            data = (
                await client.post(
                    "/graphql",
                    json={
                        "query": "query($a: String) { claims(first: 100, after: $a) "
                        "{ pageInfo { endCursor } } }",
                        "variables": {"a": after},
                    },
                )
            ).json()
            after = data["data"]["claims"]["pageInfo"]["endCursor"]
            cursors.append(after)
    return cursors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--database", type=Path, help="SQLite file (default: a temp file)")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --database: use the claims already in it if it has any (repeat runs)",
    )
    args = parser.parse_args()

    path = args.database or Path(tempfile.mkdtemp()) / "bench.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        held = conn.scalar(select(func.count()).select_from(Claim)) or 0
    if args.reuse and held:
        print(f"reusing the {held:,} claims in {path}")
    else:
        started = time.perf_counter()
        load(engine, Sizes(claims=args.claims))
        print(f"loaded {args.claims:,} claims into {path} in {time.perf_counter() - started:.1f} s")

    engine.dispose()
    port = free_port()
    # The server runs in its own process, as under `claims serve`, so the
    # load generator does not compete with it for the GIL.
    server = subprocess.Popen(
        [sys.executable, "-c", SERVE.format(url=url, port=port)], stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the server did not start") from None
            time.sleep(0.1)
    try:
        cursors = asyncio.run(page_cursors(base, 50))
        for name, query in (("{ __typename } (floor)", FLOOR), ("page of 50 claims, nested", PAGE)):
            latencies, rps = asyncio.run(
                measure(
                    base,
                    query,
                    requests=args.requests,
                    concurrency=args.concurrency,
                    cursors=cursors,
                )
            )
            report(name, latencies, rps)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
