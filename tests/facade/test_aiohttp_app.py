"""``setup_ece_client`` (``ece_async/aiohttp_app.py``): one client tied to an aiohttp
application's lifetime, made in its loop and closed with it."""

from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from ece_async import ECE_CLIENT_KEY, ECEClient, setup_ece_client

from .facade_support import LocalServers


async def test_setup_ece_client_ties_the_client_to_the_app(servers: LocalServers) -> None:
    async def deployment(request: web.Request) -> web.Response:
        assert request.headers["Authorization"] == "ApiKey key-1234"
        return web.json_response({"id": request.match_info["id"], "name": "from-ece", "resources": {}})

    ece_server_url = await servers.start([("GET", "/deployments/{id}", deployment)])

    async def show(request: web.Request) -> web.Response:
        ece = request.app[ECE_CLIENT_KEY]
        dep = await ece.deployments.get_deployment(deployment_id=request.match_info["id"])
        return web.json_response({"name": dep.name})

    app = web.Application()
    app.router.add_get("/show/{id}", show)
    setup_ece_client(app, ece_server_url, api_key="key-1234", max_concurrency=4)
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/show/abc")
        assert response.status == 200
        assert await response.json() == {"name": "from-ece"}
        ece = app[ECE_CLIENT_KEY]
        assert isinstance(ece, ECEClient) and not ece.closed
    assert ece.closed


async def test_setup_ece_client_with_a_factory_and_another_key(servers: LocalServers) -> None:
    from aiohttp import web as aioweb

    other_key = aioweb.AppKey("other_ece", ECEClient)
    app = web.Application()
    made: list[ECEClient] = []

    def factory() -> ECEClient:
        made.append(ECEClient("https://ece.invalid:12443", api_key="key-1234"))
        return made[-1]

    setup_ece_client(app, key=other_key, factory=factory)
    async with TestClient(TestServer(app)):
        assert app[other_key] is made[0]
    assert made[0].closed
    with pytest.raises(ValueError):
        setup_ece_client(app)
    with pytest.raises(ValueError):
        setup_ece_client(app, "https://x", factory=factory)
