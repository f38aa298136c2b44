"""The middlewares around the routes: stats, faults, auth and errors, each doing its one job."""

from __future__ import annotations

import aiohttp
import orjson

from ece_async.testing import ECESimulator, FaultConfig

from .sim_helpers import START


async def test_a_refusal_is_ecess_answer_so_response_faults_leave_it_whole() -> None:
    async with (
        ECESimulator(deployments=2, speed=0, start_time=START, faults=FaultConfig(malformed_rate=1.0)) as sim,
        aiohttp.ClientSession(base_url=sim.url) as session,
    ):
        async with session.get("/api/v1/deployments") as refused:
            assert refused.status == 401
            assert orjson.loads(await refused.read())["errors"]
        async with session.get("/api/v1/deployments", headers=sim.headers) as served:
            assert served.status == 200
            raw = await served.read()
    assert not raw.endswith(b"}")  # truncated on the way out
    assert sim.stats.faults["malformed"] == 2 and sim.stats.statuses == {401: 1, 200: 1}


async def test_control_routes_bypass_faults_auth_and_stats() -> None:
    async with (
        ECESimulator(deployments=2, speed=0, start_time=START, faults=FaultConfig(error_rate=1.0)) as sim,
        aiohttp.ClientSession(base_url=sim.url) as session,
    ):
        async with session.get("/api/v1/deployments", headers=sim.headers) as failed:
            assert failed.status in (502, 503, 504)
        async with session.get("/_simulator/stats") as stats:
            assert stats.status == 200
            body = await stats.json()
    assert body["total"] == 1 and body["faults"] == {"error": 1}
    assert sim.stats.total == 1
