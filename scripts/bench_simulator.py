"""Benchmark: building a simulated fleet (20,000 and 100,000 deployments by default).

Each size runs in a fresh child process, which reports:

  construct  ``ECESimulator(N)`` (draws nothing yet)
  build      ``await sim.start()``: the fleet is built in slices as the app starts
  stall      the longest the event loop went without running another task during the build
  RSS        the process's peak resident memory once the fleet is built
  history    drawing the plan histories of 1,000 deployments (built on first access)

Exits 1 when the loop stalled longer than ``--max-stall`` seconds.  Slices are 20 ms; what stalls
longer is CPython's full garbage collection, which scans every object of the fleet built so far
(a few hundred ms at 100,000 deployments).  Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from typing import Any


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deployments", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--max-stall", type=float, default=0.6)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(asyncio.run(_measure(args.child))))
        return 0
    header = ("deployments", "construct s", "build s", "stall ms", "peak RSS MiB", "1k histories s")
    print(" ".join(f"{h:>{w}}" for h, w in zip(header, (11, 11, 8, 9, 13, 15), strict=True)))
    worst = 0.0
    for count in args.deployments:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(count)], capture_output=True, text=True, check=False
        )
        if out.returncode != 0:
            raise SystemExit(f"benchmark child failed:\n{out.stderr[-3000:]}")
        r = json.loads(out.stdout.strip().splitlines()[-1])
        worst = max(worst, r["stall"])
        print(
            f"{count:11d} {r['construct']:11.3f} {r['build']:8.2f} {r['stall'] * 1000:9.0f}"
            f" {r['peak_mib']:13.0f} {r['history']:15.2f}"
        )
    limit = args.max_stall * 1000
    print(f"longest event-loop stall while building: {worst * 1000:.0f} ms (limit {limit:.0f} ms)")
    return 0 if worst <= args.max_stall else 1


if __name__ == "__main__":
    sys.exit(main())
