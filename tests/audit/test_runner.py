"""``run_audit`` against the simulator: a fraction of the requests, the same rows either way."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any

import pytest

from ece_async import ECEClient
from ece_async.audit import DeploymentSummary, Rules, run_audit
from ece_async.audit.render import deployment_json
from ece_async.audit.runner import FleetAudit
from ece_async.retry import RetryPolicy
from ece_async.testing import ECESimulator

START = datetime(2024, 9, 2, 12, 0, tzinfo=timezone.utc)


async def _audit(sim: ECESimulator, retry: RetryPolicy | None = None, **kwargs: Any) -> Any:
    async with ECEClient(sim.url, api_key=sim.api_key, retry=retry) as client:
        return await run_audit(client, now=sim.now(), **kwargs)


def _rows(summaries: list[DeploymentSummary]) -> list[dict[str, Any]]:
    return [deployment_json(s) for s in summaries]


@pytest.fixture
async def fleets() -> AsyncIterator[tuple[ECESimulator, ECESimulator]]:
    """The same fleet twice: search hits with ``info``, and minimal hits."""
    common: dict[str, Any] = {"deployments": 300, "seed": 11, "speed": 0, "start_time": START}
    async with ECESimulator(**common) as full, ECESimulator(**common, search_hits="minimal") as minimal:
        yield full, minimal


async def test_hits_with_info_need_a_fraction_of_the_requests_for_the_same_rows(
    fleets: tuple[ECESimulator, ECESimulator],
) -> None:
    full, minimal = fleets
    from_hits = await _audit(full, page_size=125)
    fetched = await _audit(minimal, page_size=125)

    assert _rows(from_hits.summaries) == _rows(fetched.summaries)
    assert from_hits.fleet_findings == fetched.fleet_findings
    in_flight = sum(1 for s in from_hits.summaries if s.pending)
    assert 0 < in_flight < 30  # a few percent of plans in flight
    # 3 search pages + the billing call + one GET (with step logs) per plan in flight.
    assert from_hits.requests == full.stats.total == 3 + 1 + in_flight
    assert from_hits.requests_per_deployment <= 0.15
    assert all(
        s.pending is None or (":" in s.pending and "queued" not in s.pending) for s in from_hits.summaries
    )
    # Minimal hits: every deployment is fetched (twice with a plan in flight), automatically.
    # Minimal hits carry no organization id: the account is asked for it.
    assert fetched.requests == minimal.stats.total == 3 + 2 + 300 + in_flight
    assert fetched.notes == [
        "300 search hits carried no resource info; those deployments were fetched one by one"
    ]
    assert from_hits.notes == []


async def test_rows_stream_as_they_complete_without_being_kept(
    fleets: tuple[ECESimulator, ECESimulator],
) -> None:
    full, _ = fleets
    streamed: list[DeploymentSummary] = []
    result = await _audit(full, keep_rows=False, on_row=streamed.append)
    assert result.summaries == [] and len(streamed) == result.deployments == 300
    assert result.severities and sum(result.severities.values()) == sum(
        len(s.findings) for s in streamed
    ) + len(result.fleet_findings)
    assert result.unhealthy == sum(s.unhealthy for s in streamed)


async def test_the_library_call_leaves_process_state_alone(fleets: tuple[ECESimulator, ECESimulator]) -> None:
    full, _ = fleets
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    await _audit(full, costs=False)
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


async def test_costs_rules_and_progress(fleets: tuple[ECESimulator, ECESimulator]) -> None:
    full, _ = fleets
    progress: list[tuple[int, int | None]] = []
    result = await _audit(
        full, rules=Rules({"version_behind": {"enabled": False}}), on_progress=lambda *a: progress.append(a)
    )
    assert all(s.cost is not None for s in result.summaries)
    assert result.fleet_findings == {}
    assert progress[-1] == (300, 300) and all(total == 300 for _, total in progress)
    without = await _audit(full, costs=False)
    assert all(s.cost is None for s in without.summaries) and without.requests == result.requests - 1


async def test_a_cancelled_audit_says_so_and_keeps_its_totals(
    fleets: tuple[ECESimulator, ECESimulator],
) -> None:
    _, minimal = fleets
    async with ECEClient(minimal.url, api_key=minimal.api_key) as client:
        audit = FleetAudit(client, concurrency=2, costs=False)
        task = asyncio.create_task(audit.run())
        while audit.result.deployments < 20:  # noqa: ASYNC110 - waiting for progress, not an event
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert audit.result.interrupted and 20 <= audit.result.deployments < 300
    assert "(interrupted)" in audit.result.summary_line()


async def test_failed_fetches_become_error_rows(fleets: tuple[ECESimulator, ECESimulator]) -> None:
    from ece_async.testing import FaultConfig

    _, minimal = fleets
    minimal.faults = FaultConfig(
        routes={"get-deployment": FaultConfig(error_rate=1.0, error_statuses=(500,))}
    )
    result = await _audit(minimal, costs=False, retry=RetryPolicy(max_attempts=1))
    assert result.failed == result.deployments == 300 and not result.complete
    assert all(s.error and s.findings == [] for s in result.summaries)


@pytest.mark.parametrize("page_size", [0, -1, 10_001, 100_000])
async def test_a_page_size_search_cannot_serve_is_refused_before_any_request(page_size: int) -> None:
    async with ECESimulator(5, seed=1, speed=0, start_time=START) as sim:
        async with ECEClient(sim.url, api_key=sim.api_key) as ece:
            with pytest.raises(ValueError, match=f"page_size must be between 1 and 10000, got {page_size}"):
                await run_audit(ece, page_size=page_size)
            assert sim.stats.total == 0
            result = await run_audit(ece, page_size=10_000, costs=False)
    assert result.deployments == 5 and result.complete
