"""A fleet the size of a real installation: an audit-shaped workload completes and is counted."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from ece_async.testing import ECESimulator

from .sim_helpers import call


async def test_audit_shaped_workload_on_a_large_fleet() -> None:
    async with ECESimulator(deployments=1000, seed=21) as sim:  # real-time clock: plans move during the run
        async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
            ids: list[str] = []
            request: dict[str, Any] = {"size": 250, "sort": ["id"]}
            while True:
                status, page, _ = await call(session, "POST", "/deployments/_search", json=request)
                assert status == 200
                ids += [d["id"] for d in page["deployments"]]
                if not page["deployments"]:
                    break
                request = {"cursor": page["cursor"]}
            assert len(ids) == len(set(ids)) == 1000

            gate = asyncio.Semaphore(64)

            async def get(deployment_id: str) -> int:
                async with gate:
                    return (await call(session, "GET", f"/deployments/{deployment_id}"))[0]

            statuses = await asyncio.gather(*(get(i) for i in ids))
            assert set(statuses) == {200}
            status, costs, _ = await call(session, "GET", f"/billing/costs/{sim.organization_id}/deployments")
            assert status == 200 and len(costs["deployments"]) == 1000
    assert sim.stats.requests == {"search-deployments": 5, "get-deployment": 1000, "get-costs-deployments": 1}
    assert sim.stats.max_in_flight > 1
