"""Benchmark: a 1,000-deployment fleet upgrade, killed with SIGKILL in the middle and resumed.

The fleet is the fleet tests' fake ECE (tests/fleet/fake_ece.py) in this process; the
command runs as a user runs it, ``ece-async fleet upgrade`` in a child process, with 5% of
the plans failing and 2% of the deployments changed by "someone else" just before their
write.  Once half the writes are in, the child gets SIGKILL; ``ece-async fleet resume``
finishes the run.  Reported (and checked: exit 1 when any fails):

* every deployment at the target, or reported failed/skipped with a reason;
* 0 deployments written twice (updates counted on the server's side);
* 0 deployments left unknown in the journal;
* requests per deployment for the whole run, against what following each plan with one GET
  per deployment per poll would have cost (the same polls, counted on the server).

Run: ``make bench`` (or ``python scripts/bench_fleet.py --deployments 1000``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fleet"))

from fake_ece import FakeECE, serve  # noqa: E402

from ece_async.fleet import read_journal  # noqa: E402

TARGET = "8.15.1"
MAIN = "import sys; from ece_async.cli import main; sys.exit(main())"


async def _spawn(url: str, cwd: str, *args: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "ECE_URL": url, "ECE_API_KEY": "bench-key"}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", MAIN, *args, cwd=cwd, env=env,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def _fleet(n: int, seed: int) -> tuple[FakeECE, set[str]]:
    fake = FakeECE(n, steps=3)
    rng = random.Random(seed)
    ids = fake.ids()
    # The first ids form the canary wave: a failed canary stops a run, by design, so it stays clean.
    fake.fail = set(rng.sample(ids[10:], n * 5 // 100))
    changed = set(rng.sample(ids[10:], n * 2 // 100))

    def someone_else(deployment_id: str) -> None:
        if deployment_id in changed:
            changed.discard(deployment_id)
            fake.bump(deployment_id)

    fake.before_write = someone_else
    return fake, set(changed)


async def bench(n: int, seed: int) -> int:
    fake, changed = _fleet(n, seed)
    server, url = await serve(fake)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as cwd:
        try:
            args = (
                "--yes",
                "--canary",
                "5",
                "--concurrency",
                "50",
                "--per-zone",
                "40",
                "--max-failures",
                str(n),
            )
            child = await _spawn(url, cwd, "fleet", "upgrade", "--to", TARGET, *args, "--journal", "j.jsonl",
                                 "--poll-interval", "0.02")  # fmt: skip
            exited = asyncio.ensure_future(child.wait())
            while sum(fake.updates.values()) < n // 2 and not exited.done():
                fake.updated.clear()
                await asyncio.wait([exited, asyncio.ensure_future(fake.updated.wait())], timeout=120,
                                   return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
            if not exited.done():
                child.send_signal(signal.SIGKILL)
            await exited
            killed_at = sum(fake.updates.values())
            resumed = await _spawn(url, cwd, "fleet", "resume", "j.jsonl")
            _, err = await resumed.communicate()
            state = read_journal(Path(cwd) / "j.jsonl")
        finally:
            await server.close()
    wall = time.perf_counter() - started
    statuses = {e.id: (e.status, e.reason) for e in state.deployments.values()}
    at_target = {
        d.id
        for d in fake.deployments.values()
        if d.plans["elasticsearch"]["elasticsearch"]["version"] == TARGET
    }
    reported = {i for i, (s, r) in statuses.items() if s in ("failed", "skipped") and r}
    unknown = n - len(at_target | reported)
    twice = sum(1 for c in fake.updates.values() if c > 1)
    requests = sum(fake.requests.values())
    naive = requests - fake.requests["POST /api/v1/deployments/_search"] + fake.polled
    print(
        f"fleet upgrade of {n} deployments, SIGKILL after {killed_at} writes, then resume ({wall:.1f} s wall)"
    )
    failed = sum(1 for s, _ in statuses.values() if s == "failed")
    skipped = sum(1 for s, _ in statuses.values() if s == "skipped")
    print(f"  resume exit {resumed.returncode}; failed {failed} (of {len(fake.fail)} plans set to fail),")
    print(f"  skipped {skipped} (changed by someone else: {len(changed)})")
    print(f"  at target {len(at_target)}, reported with reason {len(reported)}, unknown {unknown}")
    print(f"  written twice {twice}")
    print(f"  requests per deployment: {requests / n:.2f} (one GET per deployment per poll: {naive / n:.2f})")
    ok = unknown == 0 and twice == 0 and requests / n < 4
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
