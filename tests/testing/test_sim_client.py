"""The project's own client against the simulator: the integration the simulator exists for."""

from __future__ import annotations

import asyncio

from ece_async import ECEClient, RetryPolicy
from ece_async.pagination import iter_deployments
from ece_async.testing import ECESimulator, FaultConfig


async def test_client_audits_the_fleet() -> None:
    async with ECESimulator(deployments=40, seed=9, speed=0) as sim:
        async with ECEClient(sim.url, api_key=sim.api_key) as ece:
            ids = [d.id async for d in iter_deployments(ece, page_size=15)]
            assert sorted(ids) == sorted(sim.deployment_ids())
            deployments = await asyncio.gather(
                *(ece.deployments.get_deployment(deployment_id=i) for i in ids)
            )
            assert {d.id for d in deployments} == set(ids)
            costs = await ece.billing_costs_analysis.get_costs_deployments(
                organization_id=sim.organization_id
            )
            assert len(costs.deployments) == 40
    assert sim.stats.requests["get-deployment"] == 40
    # 15 + 15 + 10: the match_count says the page of 10 was the last (no extra empty page).
    assert sim.stats.requests["search-deployments"] == 3


async def test_client_retries_injected_5xx() -> None:
    faults = FaultConfig(routes={"get-deployment": FaultConfig(error_rate=0.1)})
    async with ECESimulator(deployments=30, seed=9, speed=0, faults=faults) as sim:
        policy = RetryPolicy(max_attempts=6, backoff_base=0.0, backoff_max=0.0)
        async with ECEClient(sim.url, username=sim.username, password=sim.password, retry=policy) as ece:
            got = await asyncio.gather(
                *(ece.deployments.get_deployment(deployment_id=i) for i in sim.deployment_ids())
            )
    assert len(got) == 30
    assert sim.stats.faults["error"] > 0
    assert sim.stats.requests["get-deployment"] == 30 + sim.stats.faults["error"]
