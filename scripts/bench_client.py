"""How much CPU the ECEClient facade costs on top of plain aiohttp + orjson.

A local aiohttp server (in a separate process, so its CPU is not counted)
serves one deployment payload (~50 KB).  This process then measures its own CPU
time (``time.process_time``) for N GETs at concurrency C, several rounds, for:

  plain   aiohttp + ``orjson.loads`` only (the baseline)
  decode  aiohttp + ``orjson.loads`` + the generated model decoder (same work as
          the client minus the facade: the facade's own cost is client - decode)
  client  ``ECEClient.deployments.get_deployment`` (decoded into models)
  eager   for information: aiohttp + ``orjson.loads`` + ``Model.from_dict``, i.e. every one
          of the ~190 nested objects built up front (responses decode lazily instead:
          each object on first access)

It prints CPU microseconds per request (the median over rounds) and the ratios,
and exits 1 when client/plain exceeds ``--max-ratio`` (1.5).  ``--baseline decode``
gates on client/decode instead: the facade's own cost, without the model decoding
both sides then do.  A benchmark, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import orjson

HERE = Path(__file__).resolve().parent
DEFAULT_PAYLOAD = (
    HERE.parent.parent / "shared" / "ece-api" / "samples" / "deployment_integrations_server_get.json"
)
PATH = "/api/v1/deployments/{deployment_id}"


def synthetic_deployment(target_bytes: int = 50_000) -> bytes:
    """A DeploymentGetResponse-shaped document of about ``target_bytes``."""
    instances = []
    i = 0
    doc: dict[str, Any] = {
        "id": "f" * 32,
        "name": "bench",
        "alias": "bench",
        "healthy": True,
        "resources": {"elasticsearch": [], "kibana": [], "apm": [], "enterprise_search": []},
        "metadata": {"last_modified": "2024-01-01T00:00:00Z", "owner_id": "1", "hidden": False},
    }
    while len(orjson.dumps(doc)) < target_bytes:
        instances.append(
            {
                "instance_name": f"instance-{i:010d}",
                "healthy": True,
                "container_started": True,
                "service_running": True,
                "maintenance_mode": False,
                "memory": {"instance_capacity": 4096, "memory_pressure": 12},
                "disk": {"disk_space_available": 131072, "disk_space_used": 1024},
                "allocator_id": f"10.0.0.{i % 250}",
                "zone": f"zone-{i % 3}",
                "service_roles": ["master", "data", "ingest"],
                "service_version": "8.15.0",
            }
        )
        i += 1
        doc["resources"]["elasticsearch"] = [
            {
                "ref_id": "main-elasticsearch",
                "id": "e" * 32,
                "region": "ece-region",
                "info": {
                    "cluster_id": "e" * 32,
                    "cluster_name": "bench",
                    "deployment_id": "f" * 32,
                    "healthy": True,
                    "status": "started",
                    "topology": {"healthy": True, "instances": instances},
                    "plan_info": {"healthy": True, "history": []},
                    "metadata": {"version": 42, "endpoint": "bench.example", "last_modified": "2024-01-01"},
                },
            }
        ]
    return orjson.dumps(doc)


def _serve(payload: bytes, conn: Any) -> None:
    from aiohttp import web

    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=payload, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_get(PATH, handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        conn.send(port)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_reader(conn.fileno(), stop.set)
        await stop.wait()
        await runner.cleanup()

    asyncio.run(main())


@contextmanager
def served_in_process(target: Callable[..., None], *args: Any) -> Iterator[str]:
    """The base URL of a local server run by ``target(*args, conn)`` in another process (so its
    CPU is not counted); ``target`` sends its port on ``conn`` and stops when ``conn`` is readable."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=target, args=(*args, child), daemon=True)
    server.start()
    try:
        if not parent.poll(30):
            raise RuntimeError("server did not start")
        yield f"http://127.0.0.1:{parent.recv()}"
    finally:
        parent.send("stop")
        server.join(10)
        if server.is_alive():
            server.terminate()


async def _gather(n: int, concurrency: int, one: Callable[[], Awaitable[None]]) -> float:
    sem = asyncio.Semaphore(concurrency)

    async def bounded() -> None:
        async with sem:
            await one()

    start = time.process_time()
    await asyncio.gather(*(bounded() for _ in range(n)))
    return (time.process_time() - start) / n * 1e6


async def run(base: str, args: argparse.Namespace) -> dict[str, list[float]]:
    sys.path.insert(0, str(HERE.parent))
    from ece_async import ECEClient
    from ece_async._generated import OPERATIONS  # noqa: F401  (the same import the client pays)
    from ece_async.models import DeploymentGetResponse
    from ece_generated.api.deployments import get_deployment as op

    url = f"{base}/api/v1/deployments/abc"
    results: dict[str, list[float]] = {"plain": [], "decode": [], "client": [], "eager": []}
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with ECEClient(base, api_key="bench-key", max_concurrency=args.concurrency) as ece:

            async def plain() -> None:
                async with session.get(url) as resp:
                    body = await resp.read()
                orjson.loads(body)

            async def decode() -> None:
                async with session.get(url) as resp:
                    body = await resp.read()
                op.parse_response(200, orjson.loads(body))

            async def client() -> None:
                await ece.deployments.get_deployment(deployment_id="abc")

            async def eager() -> None:
                async with session.get(url) as resp:
                    body = await resp.read()
                DeploymentGetResponse.from_dict(orjson.loads(body))

            cases = {"plain": plain, "decode": decode, "client": client, "eager": eager}
            for fn in cases.values():  # warm up connections, decoders, caches
                await _gather(args.concurrency * 2, args.concurrency, fn)
            for _ in range(args.rounds):
                for name, fn in cases.items():
                    results[name].append(await _gather(args.requests, args.concurrency, fn))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--payload", type=Path, default=DEFAULT_PAYLOAD if DEFAULT_PAYLOAD.exists() else None)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--max-ratio", type=float, default=1.5)
    parser.add_argument("--baseline", choices=("plain", "decode"), default="plain")
    args = parser.parse_args()

    payload = args.payload.read_bytes() if args.payload is not None else synthetic_deployment()
    source = str(args.payload) if args.payload is not None else "synthetic"
    with served_in_process(_serve, payload) as base:
        results = asyncio.run(run(base, args))

    med = {name: statistics.median(values) for name, values in results.items()}
    print(
        f"payload: {source} ({len(payload) / 1024:.1f} KiB), "
        f"{args.requests} requests x {args.rounds} rounds, "
        f"concurrency {args.concurrency}, python {sys.version.split()[0]}, aiohttp {aiohttp.__version__}, "
        f"pid {os.getpid()}"
    )
    print(f"{'':8} {'CPU us/request (median)':>24} {'min':>9} {'max':>9} {'x plain':>8}")
    for name, values in results.items():
        print(
            f"{name:8} {med[name]:24.1f} {min(values):9.1f} {max(values):9.1f} "
            f"{med[name] / med['plain']:8.2f}"
        )
    facade = med["client"] - med["decode"]
    print(
        f"model decoding costs {med['decode'] - med['plain']:.1f} us/request; "
        f"the facade itself {facade:.1f} us/request"
    )
    ratio = med["client"] / med[args.baseline]
    print(f"client / {args.baseline} = {ratio:.2f} (limit {args.max_ratio})")
    if ratio > args.max_ratio:
        print(f"FAIL: client CPU per request is {ratio:.2f}x {args.baseline} (limit {args.max_ratio})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
