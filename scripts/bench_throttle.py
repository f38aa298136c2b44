"""Goodput against a throttling server: standard vs adaptive retry mode.

A local aiohttp server (in a separate process) admits ``--rate`` requests per
second (a sliding one-second window) and answers the rest 429
``billing_service.rate_limited`` (without ``Retry-After`` unless ``--retry-after N``).
The client sends ``--calls`` GETs at ``--concurrency``, once with
``RetryPolicy(mode="standard")`` and once with ``mode="adaptive"``,
and the script prints, per mode: wall time, calls completed and failed, goodput
(successful calls per second) and how many 429s the server sent.

A benchmark, not a test: the numbers depend on the machine.  It exits 1 when
adaptive mode fails a call, or sends more 429s than standard mode.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from bench_client import served_in_process

HERE = Path(__file__).resolve().parent


def _serve(rate: int, retry_after: int | None, conn: Any) -> None:
    from collections import deque

    from aiohttp import web
    from bench_server import serve_until_closed

    admitted: deque[float] = deque()
    counts = {"ok": 0, "throttled": 0}
    throttled_headers = {"x-cloud-error-codes": "billing_service.rate_limited"}
    if retry_after is not None:
        throttled_headers["Retry-After"] = str(retry_after)
    body = b'{"errors": [{"code": "billing_service.rate_limited", "message": "slow down"}]}'

    async def deployments(request: web.Request) -> web.Response:
        now = time.monotonic()
        while admitted and admitted[0] <= now - 1.0:
            admitted.popleft()
        if len(admitted) >= rate:
            counts["throttled"] += 1
            return web.Response(
                status=429, body=body, content_type="application/json", headers=throttled_headers
            )
        admitted.append(now)
        counts["ok"] += 1
        return web.json_response({"deployments": []})

    async def stats(request: web.Request) -> web.Response:
        snapshot = dict(counts)
        if request.query.get("reset"):
            counts.update(ok=0, throttled=0)
            admitted.clear()
        return web.json_response(snapshot)

    serve_until_closed(conn, [("GET", "/api/v1/deployments", deployments), ("GET", "/stats", stats)])


async def _stats(base: str, reset: bool = False) -> dict[str, int]:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/stats", params={"reset": "1"} if reset else None) as resp:
            data: dict[str, int] = await resp.json()
            return data


async def _run_mode(base: str, mode: str, args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(HERE.parent))
    from ece_async import ECEClient, RetryPolicy

    await _stats(base, reset=True)
    await asyncio.sleep(1.1)  # let the server's window empty
    policy = RetryPolicy(mode=mode, max_attempts=args.max_attempts, deadline=args.deadline)  # type: ignore[arg-type]
    started = time.monotonic()
    async with ECEClient(base, api_key="bench-key", max_concurrency=args.concurrency, retry=policy) as ece:
        results = await asyncio.gather(
            *(ece.deployments.list_deployments() for _ in range(args.calls)), return_exceptions=True
        )
    elapsed = time.monotonic() - started
    failed = sum(1 for r in results if isinstance(r, BaseException))
    counts = await _stats(base)
    done = args.calls - failed
    return {
        "mode": mode,
        "time": elapsed,
        "done": done,
        "failed": failed,
        "goodput": done / elapsed,
        "throttled": counts["throttled"],
        "attempts": counts["ok"] + counts["throttled"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=600)
    parser.add_argument("--rate", type=int, default=50, help="requests per second the server admits")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--max-attempts", type=int, default=30)
    parser.add_argument("--deadline", type=float, default=None)
    parser.add_argument("--retry-after", type=int, default=None, help="send Retry-After: N with each 429")
    parser.add_argument("--modes", default="standard,adaptive")
    args = parser.parse_args()

    rows = []
    with served_in_process(_serve, args.rate, args.retry_after) as base:
        for mode in args.modes.split(","):
            rows.append(asyncio.run(_run_mode(base, mode, args)))

    print(
        f"throttling: {args.calls} GETs, concurrency {args.concurrency}, server admits {args.rate}/s "
        f"(Retry-After: {args.retry_after}), max_attempts {args.max_attempts}"
    )
    print(
        f"{'mode':10} {'time s':>8} {'done':>6} {'failed':>7} {'goodput/s':>10} {'429s':>6} {'attempts':>9}"
    )
    for row in rows:
        print(
            f"{row['mode']:10} {row['time']:8.1f} {row['done']:6d} {row['failed']:7d} "
            f"{row['goodput']:10.1f} {row['throttled']:6d} {row['attempts']:9d}"
        )
    by_mode = {row["mode"]: row for row in rows}
    adaptive, standard = by_mode.get("adaptive"), by_mode.get("standard")
    if adaptive is not None and adaptive["failed"]:
        print("FAIL: adaptive mode failed calls")
        return 1
    if adaptive is not None and standard is not None and adaptive["throttled"] > standard["throttled"]:
        print("FAIL: adaptive mode drew more 429s than standard mode")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
