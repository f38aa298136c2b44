"""Benchmark: building a simulated fleet, the simulator's state per deployment, and a 100,000 audit.

Building (20,000 and 100,000 deployments by default), each size in a fresh child process:

  construct  ``ECESimulator(N)`` (draws nothing yet)
  build      ``await sim.start()``: the fleet is built in slices as the app starts
  stall      the longest the event loop went without running another task during the build
  RSS        the process's peak resident memory once the fleet is built
  history    drawing the plan histories of 1,000 deployments (built on first access)

State per deployment (tracemalloc, in a child per size): the bytes the simulator holds after
building the fleet, a full cursor walk of the deployment search (500 a page) and a GET of 200
deployments, at two fleet sizes; the row is the difference divided by the difference in size (what
one more deployment costs, without the fixed costs: code, caches of bounded size).  Limit: 5 KiB.

Audit peak RSS: ``ece-async audit --simulate 100000 --format jsonl -o /dev/null`` (client and
simulator in one process) in a child of a child, read with ``getrusage(RUSAGE_CHILDREN)`` so no
other child's peak counts.  Limit: 1 GiB.

Exits 1 when a memory figure is over its limit (memory does not depend on how busy the machine
is).  Times are reported, never gated: a stall longer than ``--max-stall`` seconds is flagged in
the output only, as it grows with the machine's load.  Slices are 20 ms; what stalls longer is
CPython's full garbage collection, which scans every object of the fleet built so far (a few
hundred ms at 100,000 deployments).  Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from typing import Any

STATE_LIMIT = 5 * 1024
AUDIT_LIMIT_MIB = 1024.0


async def _measure(count: int) -> dict[str, Any]:
    from ece_async.testing import ECESimulator

    started = time.perf_counter()
    sim = ECESimulator(count, seed=1, speed=0)
    construct = time.perf_counter() - started
    stall = 0.0
    running = True

    async def ticker() -> None:
        nonlocal stall
        last = time.perf_counter()
        while running:
            await asyncio.sleep(0)
            now = time.perf_counter()
            stall, last = max(stall, now - last), now

    task = asyncio.create_task(ticker())
    started = time.perf_counter()
    async with sim:
        build = time.perf_counter() - started
        running = False
        await task
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        for dep in list(sim.state.live())[:1000]:
            for r in dep.resources:
                r.history  # noqa: B018 - drawn on first access
        history = time.perf_counter() - started
    return {"construct": construct, "build": build, "stall": stall, "peak_mib": peak_mib, "history": history}


async def _state(count: int) -> dict[str, Any]:
    """Bytes traced after building ``count`` deployments and serving a search walk and some GETs."""
    import aiohttp

    from ece_async.testing import ECESimulator

    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    async with ECESimulator(count, seed=1, speed=0, start_time=1736942400) as sim:
        async with aiohttp.ClientSession(headers=sim.headers) as session:
            request: dict[str, Any] = {"size": 500, "sort": ["id"]}
            while True:
                async with session.post(sim.api_url + "/deployments/_search", json=request) as response:
                    page = await response.json()
                if not page["deployments"]:
                    break
                request = {"cursor": page["cursor"]}
            del page
            for deployment_id in sim.deployment_ids()[:200]:
                async with session.get(sim.api_url + f"/deployments/{deployment_id}") as response:
                    await response.read()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - base
    return {"bytes": held}


def _audit_child(count: int) -> dict[str, Any]:
    """Runs the audit as this process's only child; its peak RSS is then RUSAGE_CHILDREN's."""
    command = [sys.executable, "-m", "ece_async.cli", "audit", "--simulate", str(count)]
    command += ["--format", "jsonl", "-o", os.devnull]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):  # 1: findings
        raise SystemExit(f"audit failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return {"peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _build_rows(sizes: list[int], max_stall: float) -> None:
    header = ("deployments", "construct s", "build s", "stall ms", "peak RSS MiB", "1k histories s")
    print(" ".join(f"{h:>{w}}" for h, w in zip(header, (11, 11, 8, 9, 13, 15), strict=True)))
    worst = 0.0
    for count in sizes:
        r = _child("--child", str(count))
        worst = max(worst, r["stall"])
        print(
            f"{count:11d} {r['construct']:11.3f} {r['build']:8.2f} {r['stall'] * 1000:9.0f}"
            f" {r['peak_mib']:13.0f} {r['history']:15.2f}"
        )
    over = " OVER (reported, not gated: it grows with the machine's load)" if worst > max_stall else ""
    aim = max_stall * 1000
    print(f"longest event-loop stall while building: {worst * 1000:.0f} ms (aim {aim:.0f} ms){over}")


def _state_row(small: int, large: int) -> bool:
    held = {count: _child("--state-child", str(count))["bytes"] for count in (small, large)}
    per = float(held[large] - held[small]) / (large - small)
    print(
        f"simulator state per deployment: {per:,.0f} B (tracemalloc, built + searched + 200 GETs,"
        f" {small:,} -> {large:,} deployments: {held[small] / 2**20:.0f} -> {held[large] / 2**20:.0f} MiB;"
        f" limit {STATE_LIMIT:,} B)"
    )
    return per <= STATE_LIMIT


def _audit_row(count: int) -> bool:
    peak = float(_child("--audit-child", str(count))["peak_mib"])
    print(
        f"ece-async audit --simulate {count} --format jsonl -o /dev/null: peak RSS {peak:,.0f} MiB"
        f" (client and simulator; limit {AUDIT_LIMIT_MIB:,.0f} MiB)"
    )
    return peak <= AUDIT_LIMIT_MIB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deployments", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--max-stall", type=float, default=0.6)
    parser.add_argument(
        "--state-sizes", type=int, nargs=2, default=[5_000, 20_000], metavar=("SMALL", "LARGE")
    )
    parser.add_argument("--audit-deployments", type=int, default=100_000, help="0 skips the audit row")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--state-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--audit-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    for flag, run in (("child", _measure), ("state_child", _state)):
        if getattr(args, flag) is not None:
            print(json.dumps(asyncio.run(run(getattr(args, flag)))))
            return 0
    if args.audit_child is not None:
        print(json.dumps(_audit_child(args.audit_child)))
        return 0
    _build_rows(args.deployments, args.max_stall)
    ok = _state_row(*args.state_sizes)
    if args.audit_deployments:
        ok = _audit_row(args.audit_deployments) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
