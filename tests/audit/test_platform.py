"""``audit --platform``: allocators, zones, runners and proxies, modelled consistently by the simulator."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

import pytest

from ece_async import ECEClient
from ece_async.audit import Rules, run_platform_audit
from ece_async.audit.platform import PAGE_SIZE, PlatformRow, check_platform, zone_rows
from ece_async.cli import main
from ece_async.testing import ECESimulator
from ece_async.testing.render import instance_slots

START = datetime(2024, 9, 2, 12, 0, tzinfo=timezone.utc)


async def test_platform_rows_match_the_simulated_installation() -> None:
    async with ECESimulator(2000, seed=4, speed=0, start_time=START) as sim:
        async with ECEClient(sim.url, api_key=sim.api_key) as client:
            result = await run_platform_audit(client)
        state = sim.state
        pages = math.ceil(len(state.allocators) / PAGE_SIZE) + math.ceil(len(state.runners) / PAGE_SIZE)
        assert result.requests == sim.stats.total == pages + 1  # and the proxies: never per deployment
        placed = sum(len(instance_slots(r)) for dep in state.live() for r in dep.resources)
    by_kind: dict[str, list[PlatformRow]] = {}
    for row in result.rows:
        by_kind.setdefault(row.kind, []).append(row)
    assert len(by_kind["allocator"]) == len(state.allocators) >= 30
    assert len(by_kind["zone"]) == 3
    assert len(by_kind["runner"]) == len(state.allocators) + 3
    assert len(by_kind["proxy"]) == 3
    # Every instance a deployment shows sits on exactly one allocator, and its runner has its container.
    assert sum(a.instances or 0 for a in by_kind["allocator"]) == placed
    runners = {r.id: r for r in by_kind["runner"]}
    for allocator in by_kind["allocator"]:
        runner = runners[allocator.id]
        assert (runner.zone, runner.connected, runner.instances) == (
            allocator.zone,
            allocator.connected,
            allocator.instances,
        )
        assert runner.roles == ["allocator"]
    rules = {f.rule for row in result.rows for f in row.findings}
    assert {"disconnected", "maintenance_mode", "allocator_over_capacity", "zone_low_capacity"} <= rules
    (low,) = [z for z in by_kind["zone"] if z.findings]
    assert low.id == "ece-zone-3"
    assert result.complete
    assert result.summary_line().startswith(
        f"{len(state.allocators)} allocators, 3 zones, {len(state.allocators) + 3} runners, 3 proxies, "
    )


def test_zone_and_capacity_rules_on_hand_made_rows() -> None:
    allocators = [
        PlatformRow(
            "allocator", "a1", zone="z1", connected=True, memory_total_mb=100, memory_used_mb=95, instances=3
        ),
        PlatformRow(
            "allocator", "a2", zone="z2", connected=True, memory_total_mb=100, memory_used_mb=10, instances=1
        ),
        PlatformRow("allocator", "a3", zone="z2", connected=False, memory_total_mb=100, memory_used_mb=0),
        PlatformRow("allocator", "a4", zone="z3", maintenance=True, memory_total_mb=100, memory_used_mb=0),
    ]
    rows = allocators + zone_rows(allocators)
    check_platform(rows, Rules())
    found = {(row.id, f.rule) for row in rows for f in row.findings}
    assert found == {
        ("a1", "allocator_over_capacity"),
        ("a3", "disconnected"),
        ("a4", "maintenance_mode"),
        ("z1", "zone_low_capacity"),  # 5 MB free against 90 on average elsewhere
        ("z3", "zone_low_capacity"),  # only a host in maintenance: no room at all
    }
    quiet = allocators + zone_rows(allocators)
    for row in quiet:
        row.findings.clear()
    check_platform(
        quiet,
        Rules({"allocator_over_capacity": {"max_percent": 96}, "zone_low_capacity": {"enabled": False}}),
    )
    assert {(row.id, f.rule) for row in quiet for f in row.findings} == {
        ("a3", "disconnected"),
        ("a4", "maintenance_mode"),
    }


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_platform_command_formats_and_fail_on(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["audit", "--simulate", "1500", "--platform", "--format", fmt, "--fail-on", "critical", "--wide"]
    )
    captured = capsys.readouterr()
    assert code == 1  # a disconnected allocator is critical
    if fmt == "json":
        rows = json.loads(captured.out)["platform"]
        assert {r["kind"] for r in rows} == {"allocator", "zone", "runner", "proxy"}
    elif fmt == "jsonl":
        lines = [json.loads(line) for line in captured.out.splitlines()]
        assert "summary" in lines[-1] and all("kind" in line for line in lines[:-1])
    elif fmt == "csv":
        assert captured.out.startswith("installation,kind,id,zone,status,findings")
    else:
        assert captured.out.splitlines()[0].split()[:5] == ["KIND", "ID", "ZONE", "STATUS", "FINDINGS"]
        assert "disconnected (disconnected)" in captured.out
    assert "findings" in captured.err.splitlines()[-1]
