"""The embedded simulator without pytest: a seeded fleet, time that moves when you say, faults.

Always runs against its own simulator (it is about the simulator)::

    python examples/simulator.py
"""

from __future__ import annotations

import asyncio

from ece_async import ECEClient, RetryPolicy
from ece_async.testing import ECESimulator, FaultConfig


async def fleet_and_time() -> None:
    # --8<-- [start:direct]
    async with ECESimulator(deployments=50, seed=1, speed=0) as sim:  # speed=0: time moves when you say
        async with ECEClient(sim.url, api_key=sim.api_key) as ece:  # sim.api_url adds /api/v1 to sim.url
            dep = await ece.deployments.get_deployment(deployment_id=sim.deployment_ids()[0])
        sim.advance(3600)  # an hour later: plans have moved on, tokens have expired
        sim.settle()  # or finish every pending plan now
        # --8<-- [end:direct]
        print(dep.id, dep.name, f"{len(sim.deployment_ids())} deployments")
        print("requests served:", sim.stats.total, dict(sim.stats.requests))


async def with_faults() -> None:
    # fmt: off
    # --8<-- [start:faults]
    faults = FaultConfig(
        latency=0.01, jitter=0.02, error_rate=0.05,           # 502/503/504 JSON errors
        drop_rate=0.01, malformed_rate=0.01, html_rate=0.01,  # dropped connections, truncated JSON, HTML 502
        token_lifetime=300,                                   # tokens expire mid-run
        routes={  # 429 billing_service.rate_limited on the billing API
            "/billing/*": FaultConfig(rate_limit_rate=0.1, rate_limit_burst=3, retry_after=1),
        },
    )
    ECESimulator(deployments=500, seed=7, faults=faults)
    # --8<-- [end:faults]
    # fmt: on
    retry = RetryPolicy(backoff_base=0.01)
    async with ECESimulator(deployments=20, seed=7, faults=faults) as sim:
        async with ECEClient(sim.url, api_key=sim.api_key, retry=retry) as ece:
            ids = sim.deployment_ids()
            deployments = await asyncio.gather(
                *(ece.deployments.get_deployment(deployment_id=i) for i in ids)
            )
        print(f"{len(deployments)} deployments read through faults:", dict(sim.stats.faults))


async def main() -> None:
    await fleet_and_time()
    await with_faults()


if __name__ == "__main__":
    asyncio.run(main())
