"""Adaptive mode per route group: unrelated calls/s with and without a throttled billing endpoint beside.

A local aiohttp server (in a separate process) admits ``--billing-rate`` billing requests per
second (``GET /billing/costs/{org}``, a sliding one-second window; the rest get 429
``billing_service.rate_limited``) and answers platform calls (``GET /platform``) at once.  For
each retry mode, the client runs ``--workers`` loops of platform calls for ``--seconds``, alone
and with ``--billing-workers`` loops hammering billing beside them, and the script prints the
platform calls per second (median of ``--repeats`` runs) and each row's ratio to the standard-mode
run without billing, measured in the same run.

A benchmark, not a test: the numbers depend on the machine.  It exits 1 when, with billing
beside, adaptive mode makes fewer than ``--min-ratio`` times the platform calls/s of standard
mode under the same load (one throttled endpoint must not slow the whole client: with one
client-wide adaptive rate it was 0.03x).
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


def _serve(billing_rate: int, conn: Any) -> None:
    from collections import deque

    from aiohttp import web
    from bench_server import serve_until_closed

    admitted: deque[float] = deque()
    body = b'{"errors": [{"code": "billing_service.rate_limited", "message": "slow down"}]}'
    throttled = {"x-cloud-error-codes": "billing_service.rate_limited"}

    async def billing(request: web.Request) -> web.Response:
        now = time.monotonic()
        while admitted and admitted[0] <= now - 1.0:
            admitted.popleft()
        if len(admitted) >= billing_rate:
            return web.Response(status=429, body=body, content_type="application/json", headers=throttled)
        admitted.append(now)
        return web.json_response({"costs": {"total": 0}})

    async def platform(request: web.Request) -> web.Response:
        return web.json_response({"version": "3.7.0"})

    serve_until_closed(
        conn, [("GET", "/api/v1/billing/costs/{org}", billing), ("GET", "/api/v1/platform", platform)]
    )


async def _run(base: str, mode: str, with_billing: bool, args: argparse.Namespace) -> float:
    """Platform calls per second over ``args.seconds``, with or without billing beside."""
    sys.path.insert(0, str(HERE.parent))
    from ece_async import ECEClient, ECEError, RetryPolicy

    policy = RetryPolicy(mode=mode, max_attempts=3, deadline=None)  # type: ignore[arg-type]
    done = 0
    stop_at = 0.0

    async with ECEClient(base, api_key="bench-key", max_concurrency=64, retry=policy) as ece:

        async def platform() -> None:
            nonlocal done
            while time.monotonic() < stop_at:
                await ece.transport.request("GET", "/platform", operation_id="get-platform")
                done += 1

        async def billing() -> None:
            while time.monotonic() < stop_at:
                try:
                    await ece.transport.request(
                        "GET", "/billing/costs/org-1", operation_id="get-costs-overview"
                    )
                except ECEError:
                    pass

        await ece.transport.request("GET", "/platform", operation_id="get-platform")  # connect first
        started = time.monotonic()
        stop_at = started + args.seconds
        beside = [
            asyncio.ensure_future(billing()) for _ in range(args.billing_workers if with_billing else 0)
        ]
        await asyncio.gather(*(platform() for _ in range(args.workers)))
        elapsed = time.monotonic() - started
        for task in beside:  # a billing call may wait for its turn well past the end: not counted
            task.cancel()
        await asyncio.gather(*beside, return_exceptions=True)
    return done / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=16, help="concurrent loops of platform calls")
    parser.add_argument("--billing-workers", type=int, default=4, help="concurrent loops of billing calls")
    parser.add_argument("--billing-rate", type=int, default=2, help="billing requests per second admitted")
    parser.add_argument("--min-ratio", type=float, default=0.5)
    args = parser.parse_args()

    cases = [(mode, billing) for mode in ("standard", "adaptive") for billing in (False, True)]
    runs: dict[tuple[str, bool], list[float]] = {case: [] for case in cases}
    with served_in_process(_serve, args.billing_rate) as base:
        for _ in range(args.repeats):  # interleaved, so drift in the machine's load hits every case alike
            for mode, billing in cases:
                runs[(mode, billing)].append(asyncio.run(_run(base, mode, billing, args)))

    medians = {case: statistics.median(values) for case, values in runs.items()}
    baseline = medians[("standard", False)]
    print(
        f"adaptive per route group: platform calls/s, {args.workers} loops, {args.seconds:.0f} s runs, "
        f"median of {args.repeats}; billing beside: {args.billing_workers} loops against "
        f"{args.billing_rate}/s"
    )
    print(f"{'mode':10} {'billing beside':>15} {'platform calls/s':>17} {'vs standard alone':>18}")
    for mode, billing in cases:
        rate = medians[(mode, billing)]
        print(f"{mode:10} {'yes' if billing else 'no':>15} {rate:17.0f} {rate / baseline:17.2f}x")
    ratio = medians[("adaptive", True)] / medians[("standard", True)]
    print(f"billing beside: adaptive mode makes {ratio:.2f}x the platform calls/s of standard mode")
    if ratio < args.min_ratio:
        print(f"FAIL: below {args.min_ratio:.2f}x: billing's throttle slows the rest of the client")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
