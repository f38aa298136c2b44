"""Benchmark: a 1,000-deployment fleet upgrade on the simulator, killed with SIGKILL mid-run, resumed.

The simulator (``ECESimulator``, in this process, simulated time running 600 times real time)
serves 1,000 generated deployments, fails 5% of the plans on realistic steps and changes 2%
of the deployments just before their write ("someone else": the ``concurrent_change``
fault).  ``ece-async fleet upgrade`` runs as a user runs it, in a child process; once half the
deployments are written it gets SIGKILL, and ``ece-async fleet resume`` finishes the run.
Reported (and checked: exit 1 when any check fails):

* every deployment at the target, or reported failed/skipped/refused with a reason;
* 0 deployments written twice (the simulator's per-deployment write counts);
* 0 deployments left unknown in the journal;
* requests per deployment for the whole run (selection, validation, writes, following plans,
  the lookups of the resume), which must stay a small constant (under 4).

Run: ``make bench`` (or ``python scripts/bench_fleet.py --deployments 1000``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from ece_async import ECEClient
from ece_async.fleet import read_journal
from ece_async.testing import ECESimulator, FaultConfig, SimClock

TARGET = "8.16.1"
MAIN = "import sys; from ece_async.cli import main; sys.exit(main())"
SPEED = 600.0
WAVES = ("--canary", "0", "--concurrency", "50", "--per-zone", "40", "--poll-interval", "0.05")


async def _spawn(sim: ECESimulator, cwd: str, *args: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "ECE_URL": sim.url, "ECE_API_KEY": sim.api_key}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", MAIN, *args, cwd=cwd, env=env,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def _kill_halfway(sim: ECESimulator, child: asyncio.subprocess.Process, n: int) -> int:
    exited = asyncio.ensure_future(child.wait())
    while sum(sim.stats.writes.values()) < n // 2 and not exited.done():
        await asyncio.wait([exited], timeout=0.05)
    if not exited.done():
        child.send_signal(signal.SIGKILL)
    await exited
    return sum(sim.stats.writes.values())


async def _versions(sim: ECESimulator) -> dict[str, str]:
    async with ECEClient(sim.url, api_key=sim.api_key) as ece:
        body = await ece.request("POST", "/deployments/_search", json={"size": 10000})
    out = {}
    for d in body["deployments"]:
        for es in d["resources"].get("elasticsearch") or []:
            plan = ((es.get("info") or {}).get("plan_info") or {}).get("current") or {}
            out[d["id"]] = ((plan.get("plan") or {}).get("elasticsearch") or {}).get("version")
    return out


async def bench(n: int, seed: int) -> int:
    faults = FaultConfig(concurrent_change_rate=0.02)
    clock = SimClock(speed=SPEED)
    started = time.perf_counter()
    async with ECESimulator(n, seed=seed, clock=clock, plan_failure_rate=0.05, faults=faults) as sim:
        with tempfile.TemporaryDirectory() as cwd:
            upgrade = (
                "fleet",
                "upgrade",
                "--to",
                TARGET,
                "--yes",
                "--max-failures",
                str(n),
                "--journal",
                "j.jsonl",
            )
            child = await _spawn(sim, cwd, *upgrade, *WAVES)
            killed_at = await _kill_halfway(sim, child, n)
            resumed = await _spawn(sim, cwd, "fleet", "resume", "j.jsonl")
            _, err = await resumed.communicate()
            state = read_journal(Path(cwd) / "j.jsonl")
        versions = await _versions(sim)
        requests, writes, conflicts = sim.stats.total, sim.stats.writes, sim.stats.faults["concurrent_change"]
    wall = time.perf_counter() - started
    statuses = Counter(e.status for e in state.deployments.values())
    at_target = {i for i, v in versions.items() if v == TARGET}
    reported = {
        i for i, e in state.deployments.items() if e.status in ("failed", "skipped", "refused") and e.reason
    }
    unknown = sum(1 for e in state.deployments.values() if not e.final)
    missing = n - len(at_target | reported)
    twice = sum(1 for c in writes.values() if c > 1)
    print(f"fleet upgrade of {n} simulated deployments to {TARGET}, SIGKILL after {killed_at} writes, resume")
    print(f"  resume exit {resumed.returncode}, {wall:.1f} s wall; outcomes {dict(sorted(statuses.items()))}")
    print(f"  concurrent changes injected {conflicts}; at target {len(at_target)}")
    print(f"  reported with reason {len(reported)}")
    skipped = Counter((e.reason or "")[:80] for e in state.deployments.values() if e.status == "skipped")
    for reason, count in skipped.most_common(3):
        print(f"  skipped {count}: {reason}")
    ours = [i for i, e in state.deployments.items() if e.status == "skipped" and writes[i]]
    print(f"  skipped although our write was applied: {len(ours)}")
    print(f"  neither {missing}, unknown in the journal {unknown}, written twice {twice}")
    print(f"  requests per deployment: {requests / n:.2f} ({requests} requests)")
    ok = missing == 0 and unknown == 0 and twice == 0 and not ours and requests / n < 4
    if not ok:
        print("FAIL", err.decode()[-2000:])
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--deployments", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    return asyncio.run(bench(args.deployments, args.seed))


if __name__ == "__main__":
    sys.exit(main())
