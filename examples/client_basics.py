"""Client basics: connect, read typed models, look at response metadata, catch one error code.

Runs against the ECE named by ``ECE_URL`` and ``ECE_API_KEY`` (and ``ECE_CA_FILE`` for a private
CA), or, with ``ECE_URL`` unset, against an embedded simulator::

    python examples/client_basics.py
"""

from __future__ import annotations

import asyncio

from _target import ece_target

from ece_async import ECEClient, errors


async def main() -> None:
    async with ece_target() as target:
        url, api_key, ca_file = target.url, target.api_key, target.ca_file
        # --8<-- [start:client]
        async with ECEClient(url, api_key=api_key, ca_file=ca_file) as ece:  # ca_file: your ECE's CA
            listing = await ece.deployments.list_deployments()  # a typed model: DeploymentsListResponse
            for summary in (listing.deployments or [])[:3]:
                dep = await ece.deployments.get_deployment(deployment_id=summary.id, show_plans=False)
                print(dep.id, dep.name, "healthy" if dep.healthy else "unhealthy")

                # *_detailed also returns the status and headers, e.g. the version for optimistic locking
                response = await ece.deployments.get_deployment_detailed(deployment_id=dep.id)
                print(response.status, response.resource_version)

            raw = await ece.request("GET", "/platform")  # any path (one the spec lacks): decoded JSON
            print(sorted(raw))
            # --8<-- [end:client]

            # --8<-- [start:error-code]
            try:
                await ece.deployments.get_deployment(deployment_id="no-such-deployment")
            except errors.code("deployments.deployment_not_found") as error:
                print("not found, as expected:", error.status, error.codes)
            # --8<-- [end:error-code]


if __name__ == "__main__":
    asyncio.run(main())
