"""An aiohttp service that shares one client across its handlers (opened and closed with the app).

The example serves ``GET /deployments/{id}/health`` and calls it with aiohttp's test client::

    python examples/aiohttp_service.py
"""

from __future__ import annotations

import asyncio

from _target import ece_target
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from ece_async import ECE_CLIENT_KEY, NotFoundError, setup_ece_client


# --8<-- [start:handler]
async def deployment_health(request: web.Request) -> web.Response:
    ece = request.app[ECE_CLIENT_KEY]  # typed: ECEClient
    try:
        dep = await ece.deployments.get_deployment(deployment_id=request.match_info["id"])
    except NotFoundError:
        raise web.HTTPNotFound() from None
    return web.json_response({"id": dep.id, "healthy": dep.healthy})


# --8<-- [end:handler]


def make_app(url: str, api_key: str, ca_file: str | None) -> web.Application:
    # --8<-- [start:setup]
    app = web.Application()
    setup_ece_client(app, url, api_key=api_key, ca_file=ca_file, max_concurrency=20)  # via cleanup_ctx
    app.router.add_get("/deployments/{id}/health", deployment_health)
    # --8<-- [end:setup]
    return app


async def main() -> None:
    async with ece_target() as target:
        app = make_app(target.url, target.api_key, target.ca_file)
        async with TestClient(TestServer(app)) as client:  # the app starts: its ECEClient opens
            listing = await app[ECE_CLIENT_KEY].deployments.list_deployments()
            for summary in (listing.deployments or [])[:3]:
                response = await client.get(f"/deployments/{summary.id}/health")
                print(response.status, await response.json())
            response = await client.get("/deployments/no-such-deployment/health")
            print(response.status, "for a deployment that does not exist")
        print("client closed with the app:", app[ECE_CLIENT_KEY].closed)


if __name__ == "__main__":
    asyncio.run(main())
