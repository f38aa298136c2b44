"""Call latency with a coordinator that accepts connections and never answers, beside a good one.

A good coordinator (a local aiohttp server in another process) answers at once; a
*blackhole* (a socket in this process that accepts and never answers) stands beside it.
The client sends ``--rate`` GETs per second for ``--duration`` seconds with
``Timeout(total=--timeout)``, once with the good coordinator alone and once with
``[blackhole, good]``, ``--rounds`` times alternating.  Per scenario it prints the
p50/p99 latency of the calls started after the first timeout window (``--warmup``, two
timeouts by default: the pool cannot know the blackhole is dead before the first call
sent there times out, and the calls sent there meanwhile fail over during the second),
the slowest call, and failed calls.  Each half-open probe of the blackhole afterwards
(one per backoff: 1 s, 2 s, 4 s, ...) is one call that takes a timeout.

The goal (issue 17): with the blackhole, p99 within 2x of good-alone (median over the
rounds of the per-round ratio) and no failed call; the script exits 1 otherwise.  A
benchmark, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench_client import served_in_process

HERE = Path(__file__).resolve().parent


def _serve(conn: Any) -> None:
    from aiohttp import web
    from bench_server import serve_until_closed

    async def deployments(request: web.Request) -> web.Response:
        return web.json_response({"deployments": []})

    serve_until_closed(conn, [("GET", "/api/v1/deployments", deployments)])


async def _blackhole() -> tuple[asyncio.Server, str, list[asyncio.StreamWriter]]:
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        while await reader.read(65536):
            pass

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", held


async def _scenario(bases: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Calls at a steady rate; the latency of each call started after the first timeout window."""
    sys.path.insert(0, str(HERE.parent))
    from ece_async import ECEClient, Timeout

    latencies: list[float] = []
    failed = 0

    async def one(start: float, counted: bool) -> None:
        nonlocal failed
        try:
            await ece.deployments.list_deployments()
        except Exception:
            failed += 1
            return
        if counted:
            latencies.append(time.monotonic() - start)

    async with ECEClient(bases, api_key="bench-key", timeout=Timeout(total=args.timeout)) as ece:
        began = time.monotonic()
        tasks = []
        for i in range(int(args.rate * args.duration)):
            due = began + i / args.rate
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            now = time.monotonic()
            tasks.append(asyncio.ensure_future(one(now, now - began >= args.warmup)))
        await asyncio.gather(*tasks)
    latencies.sort()
    return {
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "max": latencies[-1],
        "failed": failed,
        "calls": len(tasks),
    }


async def _round(good: str, args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    alone = await _scenario([good], args)
    server, hole, held = await _blackhole()
    try:
        beside = await _scenario([hole, good], args)
    finally:
        for writer in held:
            writer.close()
        server.close()
    return alone, beside


def _row(name: str, row: dict[str, Any]) -> str:
    return (
        f"{name:22} {row['p50'] * 1e3:8.1f} {row['p99'] * 1e3:8.1f} {row['max'] * 1e3:9.1f} "
        f"{row['failed']:7d} {row['calls']:6d}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per scenario")
    parser.add_argument("--rate", type=float, default=50.0, help="calls started per second")
    parser.add_argument("--timeout", type=float, default=2.0, help="Timeout(total=...) in seconds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=float, default=None, help="seconds not measured (2 timeouts)")
    args = parser.parse_args()
    if args.warmup is None:
        args.warmup = 2 * args.timeout

    ratios = []
    failed = 0
    print(
        f"coordinators: {args.rate:g} GETs/s for {args.duration:g} s, Timeout(total={args.timeout:g}), "
        f"{args.rounds} rounds; latency of calls started after the first {args.warmup:g} s"
    )
    print(f"{'scenario':22} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>9} {'failed':>7} {'calls':>6}")
    with served_in_process(_serve) as good:
        for _ in range(args.rounds):
            alone, beside = asyncio.run(_round(good, args))
            print(_row("good alone", alone))
            print(_row("blackhole + good", beside))
            ratios.append(beside["p99"] / alone["p99"])
            failed += alone["failed"] + beside["failed"]
    ratio = statistics.median(ratios)
    print(
        f"p99 blackhole+good / good alone = {ratio:.2f} (median of {args.rounds}; goal <= 2), "
        f"failed calls {failed}"
    )
    if ratio > 2.0 or failed:
        print("FAIL: the blackhole slows the client or fails calls")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
