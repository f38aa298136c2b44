"""End to end on the simulator: an upgrade with plan failures and concurrent changes, killed, resumed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ece_async import ECEClient
from ece_async.fleet import FleetOptions, FleetRun, Journal, Upgrade, read_journal
from ece_async.testing import ECESimulator, FaultConfig, SimClock

#: A socket, transport or session left open (here or by a test before, collected here) fails the
#: module: ResourceWarnings raised in ``__del__`` reach pytest as unraisable-exception warnings.
pytestmark = pytest.mark.filterwarnings(
    "error::ResourceWarning", "error::pytest.PytestUnraisableExceptionWarning"
)

TARGET = "8.16.1"
REPORTED = ("failed", "skipped", "refused")


class Killed(Exception):
    """The injected kill: raised once ``after`` writes are in, as kill -9 stops a run mid-wave."""


async def test_an_interrupted_upgrade_resumes_to_every_deployment_at_target_or_reported(
    tmp_path: Path,
) -> None:
    clock = SimClock(speed=0)  # frozen: polls move simulated time, plans take no real time
    faults = FaultConfig(concurrent_change_rate=0.02)
    path = tmp_path / "upgrade.jsonl"
    async with (
        ECESimulator(120, seed=7, clock=clock, plan_failure_rate=0.05, faults=faults) as sim,
        ECEClient(sim.url, api_key=sim.api_key, clock=clock) as ece,
    ):
        options = FleetOptions(canary=0, concurrency=20, per_zone=15, max_failures=120, poll_interval=30)
        run = FleetRun(ece, Upgrade(TARGET), options, clock=clock)
        run.journal = journal = Journal.create(path, run.header())
        writes = 0

        def kill(point: str, deployment_id: str) -> None:
            nonlocal writes
            if point == "after_write":
                writes += 1
                if writes == 50:
                    journal.close()
                    raise Killed

        run._crash_hook = kill
        try:
            await run.start()
        except Killed:
            pass
        journal.close()

        resumed, state = FleetRun.reopen(ece, path, clock=clock)
        try:
            report = await resumed.resume(state)
        finally:
            assert resumed.journal is not None
            resumed.journal.close()
        deployments: dict[str, Any] = {
            d["id"]: d
            for d in (await ece.request("POST", "/deployments/_search", json={"size": 1000}))["deployments"]
        }
        stats = sim.stats

    outcomes = report.outcomes
    assert len(outcomes) == 120
    for deployment_id, outcome in outcomes.items():
        version = deployments[deployment_id]["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"]
        es_version = version["plan"]["elasticsearch"]["version"]
        assert (outcome.status in ("done", "at_target") and es_version == TARGET) or (
            outcome.status in REPORTED and outcome.reason
        ), (deployment_id, outcome)
    assert max(stats.writes.values()) == 1  # 0 written twice
    final = read_journal(path)
    assert all(e.final for e in final.deployments.values())  # 0 unknown
    counts = report.counts()
    assert counts.get("done", 0) > 60 and counts.get("failed", 0) >= 1
