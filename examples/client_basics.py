"""Client basics: connect, read typed models, look at response metadata, catch one error code.

Runs against the ECE named by ``ECE_URL`` and ``ECE_API_KEY`` (and ``ECE_CA_FILE`` for a private
CA), or, with ``ECE_URL`` unset, against an embedded simulator::

    python examples/client_basics.py
"""

from __future__ import annotations

import asyncio
import os

from ece_async import ECEClient, errors
from ece_async.testing import ECESimulator


async def tour(ece: ECEClient) -> None:
    """What a first session with the client looks like."""
    listing = await ece.deployments.list_deployments()  # a typed model: DeploymentsListResponse
    deployments = listing.deployments or []
    print(f"{len(deployments)} deployments")

    for summary in deployments[:3]:
        dep = await ece.deployments.get_deployment(deployment_id=summary.id, show_plans=False)
        healthy = "healthy" if dep.healthy else "unhealthy"
        print(f"  {dep.id}  {dep.name!r:32} {healthy}")

    if deployments:
        # *_detailed also returns the status and headers, e.g. the version for optimistic locking.
        response = await ece.deployments.get_deployment_detailed(deployment_id=deployments[0].id)
        print(f"status {response.status}, resource version {response.resource_version}")

    try:
        await ece.deployments.get_deployment(deployment_id="no-such-deployment")
    except errors.code("deployments.deployment_not_found") as error:
        print(f"not found, as expected: {error.status} {error.codes}")


async def main() -> None:
    url = os.environ.get("ECE_URL")
    if url:
        async with ECEClient(
            url, api_key=os.environ["ECE_API_KEY"], ca_file=os.environ.get("ECE_CA_FILE")
        ) as ece:
            await tour(ece)
        return
    async with ECESimulator(deployments=5, seed=1) as sim, ECEClient(sim.url, api_key=sim.api_key) as ece:
        await tour(ece)


if __name__ == "__main__":
    asyncio.run(main())
