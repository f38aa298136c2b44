"""Benchmark: the audit command against a plain aiohttp + json loop making the same requests.

Issue 15's rows, each a ratio measured in one run (the machine is shared: only
ratios against a baseline measured alongside mean anything):

  cpu       client CPU of ``ece-async audit --format F -o /dev/null`` (the whole
            command: listing, rows, findings, costs, rendering) over a plain
            aiohttp + ``json.loads`` loop making the same requests: search pages
            by cursor, ``get-deployment`` with step logs for each plan in flight,
            the billing call.  Per fleet size and format; plain and audit runs
            alternate, and the row is the median of the paired ratios (``--runs``).
            The simulator runs in its own process, so only client CPU counts.
  memory    peak RSS of ``--format jsonl`` at the largest fleet minus at the smallest
            (flat: rows are streamed, the billing document reduced as it is read).
  retained  bytes a kept table row holds once the audit ended (tracemalloc, in-process).
  startup   wall time of a cold process to its first response: ``ece-async audit
            --simulate 12`` and a script's first ``ECEClient`` request, each over a
            plain aiohttp script's first request started in the same run (median
            and spread of ``--startup-runs`` paired ratios, default 7).

Reports only; exits 0 (a benchmark on a busy machine must not gate anything).
Run: ``make bench`` (or ``scripts/bench_audit.py --cpu 5000 --memory 5000 20000``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
PAGE = 500

# --- the child phases (each in a fresh process) -----------------------------------------------------


def _pending(hit: dict[str, Any]) -> bool:
    return any(
        "pending" in (r.get("info") or {}).get("plan_info", {})
        for kind in (hit.get("resources") or {}).values()
        for r in kind
    )


async def _plain(url: str, key: str, concurrency: int, organization: str) -> int:
    import aiohttp

    headers = {"Authorization": f"ApiKey {key}"}
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(headers=headers, connector=connector) as session:
        count, total = 0, None
        pending: list[str] = []
        body: dict[str, Any] = {"size": PAGE, "sort": ["id"]}
        while True:
            async with session.post(f"{url}/api/v1/deployments/_search", json=body) as resp:
                page = json.loads(await resp.read())
            hits = page.get("deployments") or []
            count += len(hits)
            total = page.get("match_count", total)
            pending.extend(hit["id"] for hit in hits if _pending(hit))
            if not hits or not page.get("cursor") or (total is not None and count >= total):
                break
            body = {"size": PAGE, "cursor": page["cursor"]}
        async with session.get(f"{url}/api/v1/billing/costs/{organization}/deployments") as resp:
            json.loads(await resp.read())
        queue: asyncio.Queue[str] = asyncio.Queue()
        for deployment_id in pending:
            queue.put_nowait(deployment_id)

        async def worker() -> None:
            while not queue.empty():
                deployment_id = queue.get_nowait()
                params = {"show_plans": "true", "show_plan_logs": "true"}
                async with session.get(f"{url}/api/v1/deployments/{deployment_id}", params=params) as resp:
                    json.loads(await resp.read())

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return count


def _audit(url: str, key: str, concurrency: int, organization: str, fmt: str) -> int:
    from ece_async.cli import main

    argv = ["audit", "--url", url, "--api-key", key, "--format", fmt, "-o", os.devnull]
    argv += ["--concurrency", str(concurrency), "--organization", organization, "--no-progress"]
    with _quiet_stderr():
        code = main(argv)
    if code not in (0, 1):  # 1: findings, as a simulated fleet always has
        raise SystemExit(f"audit exited {code}")
    return -1


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    saved = sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sys.stderr = sink
        try:
            yield
        finally:
            sys.stderr = saved


async def _retained(url: str, key: str, concurrency: int, organization: str) -> float:
    """Bytes per kept row (table and csv keep rows, slimmed, until the report is written)."""
    import gc
    import tracemalloc

    from ece_async import ECEClient
    from ece_async.audit import run_audit

    async with ECEClient(url, api_key=key, max_concurrency=concurrency + 4) as ece:
        tracemalloc.start()
        result = await run_audit(ece, concurrency=concurrency, organization_id=organization, slim_rows=True)
        gc.collect()
        with_rows = tracemalloc.get_traced_memory()[0]
        rows = len(result.summaries)
        result.summaries.clear()
        gc.collect()
        without = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    return (with_rows - without) / rows


async def _first_request(url: str, key: str, library: bool) -> None:
    if library:
        from ece_async import ECEClient

        async with ECEClient(url, api_key=key) as ece:
            await ece.request("GET", "/platform")
        return
    import aiohttp

    async with aiohttp.ClientSession(headers={"Authorization": f"ApiKey {key}"}) as session:
        async with session.get(f"{url}/api/v1/platform") as resp:
            json.loads(await resp.read())


def _import_audit_modules() -> None:
    """The command and what it imports lazily on first use (the client, the pages' walker, the
    models of its search request, the writers): imports belong to the startup rows, not the clock.
    Modules the generated code loads while it builds the first request are left in (a few ms)."""
    import ece_async.audit.command
    import ece_async.audit.platform
    import ece_async.audit.progress
    import ece_async.audit.render
    import ece_async.audit.runner
    import ece_async.cli
    import ece_async.cli.connection
    import ece_async.client
    import ece_async.pagination  # noqa: F401
    from ece_async.models import SearchRequest, SearchRequestSortItem  # noqa: F401


def phase(args: argparse.Namespace) -> None:
    """Child process: run one side, print its measurements as JSON.

    Imports happen before the clock starts on both sides: the startup rows measure them.
    """
    import aiohttp  # noqa: F401

    if args.phase in ("audit", "retained"):
        _import_audit_modules()
    cpu = time.process_time()
    out: dict[str, Any] = {}
    if args.phase == "plain":
        out["count"] = asyncio.run(_plain(args.url, args.key, args.concurrency, args.organization))
    elif args.phase == "audit":
        out["count"] = _audit(args.url, args.key, args.concurrency, args.organization, args.format)
    elif args.phase == "retained":
        out["bytes_per_row"] = asyncio.run(_retained(args.url, args.key, args.concurrency, args.organization))
    else:
        asyncio.run(_first_request(args.url, args.key, library=args.phase == "first-ece"))
    out["cpu"] = time.process_time() - cpu
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


# --- the parent: simulators, alternated runs, the rows ----------------------------------------------


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark phase failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@contextmanager
def _simulator(deployments: int) -> Iterator[list[str]]:
    """A simulator in its own process; yields the connection flags for the children."""
    sim = subprocess.Popen(
        [str(BIN / "ece-async"), "simulate", "--port", "0", "--json", "--deployments", str(deployments)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sim.stdout is not None
        details = json.loads(sim.stdout.readline())
        yield [
            "--url",
            details["url"],
            "--key",
            details["api_key"],
            "--organization",
            details["organization_id"],
        ]
    finally:
        sim.send_signal(2)
        sim.wait(60)


def _ratio_row(name: str, ratios: list[float], detail: str) -> None:
    spread = f"{min(ratios):.2f}-{max(ratios):.2f}" if len(ratios) > 1 else "one run"
    print(f"{name:44} {statistics.median(ratios):5.2f}x ({spread}; {detail})")


def cpu_rows(sizes: list[int], formats: list[str], runs: int, concurrency: int) -> None:
    for n in sizes:
        with _simulator(n) as flags:
            common = [*flags, "--concurrency", str(concurrency)]
            _child("--phase", "plain", *common)  # warm the simulator's caches for both sides
            ratios: dict[str, list[float]] = {fmt: [] for fmt in formats}
            cpus: dict[str, list[float]] = {fmt: [] for fmt in formats}
            for run in range(runs):
                for fmt in formats:
                    order = ("plain", "audit") if run % 2 == 0 else ("audit", "plain")
                    got = {side: _child("--phase", side, "--format", fmt, *common) for side in order}
                    ratios[fmt].append(got["audit"]["cpu"] / got["plain"]["cpu"])
                    cpus[fmt].append(got["audit"]["cpu"] / n * 1e6)
            for fmt in formats:
                detail = f"audit {statistics.median(cpus[fmt]):.0f} us/deployment, goal 1.15x"
                _ratio_row(f"cpu {n} deployments, --format {fmt}", ratios[fmt], detail)


def memory_rows(sizes: list[int], concurrency: int) -> None:
    peaks = {}
    for n in sizes:
        with _simulator(n) as flags:
            peaks[n] = _child(
                "--phase", "audit", "--format", "jsonl", *flags, "--concurrency", str(concurrency)
            )["peak_mib"]
    small, large = min(sizes), max(sizes)
    growth = peaks[large] - peaks[small]
    print(
        f"{'memory jsonl peak RSS, ' + f'{large} vs {small}':44} +{growth:.0f} MiB "
        f"({peaks[small]:.0f} -> {peaks[large]:.0f} MiB; goal within 64 MiB)"
    )


def retained_row(n: int, concurrency: int) -> None:
    with _simulator(n) as flags:
        got = _child("--phase", "retained", *flags, "--concurrency", str(concurrency))
    print(
        f"{f'retained per kept row, {n} deployments':44} {got['bytes_per_row'] / 1024:.2f} KiB (goal 1.5 KiB)"
    )


def _cold(command: list[str]) -> tuple[float, float]:
    """Wall seconds of one cold process, and the CPU seconds (user + system) it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def startup_rows(runs: int) -> None:
    """Each run times the three cold processes back to back, in a rotating order, and each side's
    ratio is over that run's plain script: a load that changes between runs moves both alike.

    The row is the wall-time ratio (the goal); the CPU ratio beside it is what the process
    itself spent, which a loaded machine (wall times several times the idle ones) blurs less.
    """
    sides = {
        "plain": [sys.executable, __file__, "--phase", "first-plain"],
        "script": [sys.executable, __file__, "--phase", "first-ece"],
        "audit": [str(BIN / "ece-async"), "audit", "--simulate", "12", "-o", os.devnull],
    }
    with _simulator(12) as flags:
        sides["plain"] += flags
        sides["script"] += flags
        walls: dict[str, list[float]] = {side: [] for side in sides}
        cpus: dict[str, list[float]] = {side: [] for side in sides}
        names = list(sides)
        for run in range(runs):
            for side in names[run % 3 :] + names[: run % 3]:
                wall, cpu = _cold(sides[side])
                walls[side].append(wall)
                cpus[side].append(cpu)
    for side, name in (
        ("script", "startup: a script's first ECEClient request"),
        ("audit", "startup: ece-async audit --simulate 12"),
    ):
        ratios = [mine / base for mine, base in zip(walls[side], walls["plain"], strict=True)]
        cpu = statistics.median(mine / base for mine, base in zip(cpus[side], cpus["plain"], strict=True))
        detail = (
            f"{statistics.median(walls[side]) * 1000:.0f} ms vs plain aiohttp "
            f"{statistics.median(walls['plain']) * 1000:.0f} ms to the first response; "
            f"cpu {cpu:.2f}x; {runs} runs; goal 1.3x"
        )
        _ratio_row(name, ratios, detail)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpu", type=int, nargs="*", default=[5000, 50000], metavar="N")
    parser.add_argument("--formats", nargs="+", default=["table", "jsonl"])
    parser.add_argument("--memory", type=int, nargs="*", default=[5000, 100000], metavar="N")
    parser.add_argument("--retained", type=int, default=5000, metavar="N", help="0: skip")
    parser.add_argument("--startup", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--startup-runs", type=int, default=7, help="cold starts per side (a few ms of noise each)"
    )
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--format", default="table", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--organization", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase(args)
        return 0
    print(f"audit benchmarks on {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; ratios of paired runs")
    if args.cpu:
        cpu_rows(args.cpu, args.formats, args.runs, args.concurrency)
    if len(args.memory) >= 2:
        memory_rows(args.memory, args.concurrency)
    if args.retained:
        retained_row(args.retained, args.concurrency)
    if args.startup:
        startup_rows(max(args.startup_runs, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
