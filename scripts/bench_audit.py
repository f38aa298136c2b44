"""Benchmark: the fleet audit against a plain aiohttp + json loop doing the same fetches.

A simulator with N deployments (default 5000) runs in its own process
(``ece-async simulate``), so only client CPU is counted.  Each side then runs in
a fresh child process, which reports its CPU time, wall time and peak RSS:

  plain  aiohttp + ``json.loads``: page through ``POST /deployments/_search`` by
         cursor (500 hits a page), ``GET /deployments/{id}`` with step logs for
         each hit with a plan in flight at concurrency C, and the billing call:
         the same requests the audit makes, with no models, rows or findings
  audit  ``ece_async.audit.run_audit`` with concurrency C (listing, fetching,
         models, summaries, findings, costs), without rendering, under the
         CLI's garbage-collector settings (``throughput_gc``)

Finally the whole command, ``ece-async audit --simulate N --concurrency C``
(simulator in-process), is timed end to end.  Exits 1 when the audit's client
CPU per deployment exceeds ``--max-ratio`` (1.2) times the plain loop's.  Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


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
        count = 0
        pending: list[str] = []
        body: dict[str, Any] = {"size": 500}
        while True:
            async with session.post(f"{url}/api/v1/deployments/_search", json=body) as resp:
                page = json.loads(await resp.read())
            hits = page.get("deployments") or []
            count += len(hits)
            pending.extend(hit["id"] for hit in hits if _pending(hit))
            if len(hits) < 500 or not page.get("cursor"):
                break
            body = {"size": 500, "cursor": page["cursor"]}
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


async def _audit(url: str, key: str, concurrency: int, organization: str) -> int:
    from ece_async import ECEClient
    from ece_async.audit import run_audit

    async with ECEClient(
        url, api_key=key, max_concurrency=concurrency + 4, group_limits={"billing_costs_analysis": 2}
    ) as ece:
        result = await run_audit(ece, concurrency=concurrency, organization_id=organization)
    return len(result.summaries)


def phase(name: str, url: str, key: str, concurrency: int, organization: str) -> None:
    """Child process: run one side, print its measurements as JSON."""
    cpu, wall = time.process_time(), time.perf_counter()
    if name == "plain":
        count = asyncio.run(_plain(url, key, concurrency, organization))
    else:
        from ece_async.audit.command import throughput_gc

        with throughput_gc():
            count = asyncio.run(_audit(url, key, concurrency, organization))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"count": count, "cpu": cpu, "wall": wall, "peak_mib": peak_kib / 1024}))


def _child(args: list[str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark phase failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deployments", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--max-ratio", type=float, default=1.2)
    parser.add_argument("--phase", choices=("plain", "audit"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--organization", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase(args.phase, args.url, args.key, args.concurrency, args.organization)
        return 0

    sim = subprocess.Popen(
        [str(BIN / "ece-async"), "simulate", "--port", "0", "--json", "--deployments", str(args.deployments)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sim.stdout is not None
        details = json.loads(sim.stdout.readline())
        common = [
            "--url",
            details["url"],
            "--key",
            details["api_key"],
            "--concurrency",
            str(args.concurrency),
        ]
        common += ["--organization", details["organization_id"]]
        results = {name: _child(["--phase", name, *common]) for name in ("plain", "audit")}
    finally:
        sim.send_signal(2)
        sim.wait(30)

    started = time.perf_counter()
    command = [str(BIN / "ece-async"), "audit", "--simulate", str(args.deployments)]
    command += ["--concurrency", str(args.concurrency), "--format", "json", "--no-progress"]
    cli = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ})
    cli_wall = time.perf_counter() - started
    cli_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    n = args.deployments
    print(f"{n} deployments, concurrency {args.concurrency}, simulator in its own process")
    print(f"{'':6} {'client CPU/deployment':>22} {'CPU s':>7} {'wall s':>7} {'peak RSS MiB':>13}")
    for name, r in results.items():
        assert r["count"] == n, (name, r["count"])
        print(
            f"{name:6} {r['cpu'] / n * 1e6:19.0f} us {r['cpu']:7.2f} {r['wall']:7.2f} {r['peak_mib']:13.0f}"
        )
    ratio = results["audit"]["cpu"] / results["plain"]["cpu"]
    print(f"audit / plain client CPU = {ratio:.2f} (limit {args.max_ratio})")
    summary = cli.stderr.strip().splitlines()[-1] if cli.stderr.strip() else "(no summary)"
    print(
        f"ece-async audit --simulate {n} (simulator in-process): {cli_wall:.1f}s wall, exit {cli.returncode}"
    )
    print(f"  peak RSS {cli_peak:.0f} MiB (largest child process); {summary}")
    return 0 if ratio <= args.max_ratio and cli.returncode in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
