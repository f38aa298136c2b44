"""The simulator object itself: lifecycle, control endpoints, settings that change mid-run."""

from __future__ import annotations

import aiohttp
import pytest

from ece_async.testing import ECESimulator, FaultConfig

from .sim_helpers import START, call, create_body


async def test_lifecycle_and_urls() -> None:
    sim = ECESimulator(deployments=2, seed=1, speed=0, start_time=START)
    assert "stopped" in repr(sim)
    await sim.start()
    try:
        assert sim.url.startswith("http://127.0.0.1:") and sim.port > 0
        assert sim.api_url == sim.url + "/api/v1"
        assert await sim.start() is sim  # idempotent
        assert "running" in repr(sim)
    finally:
        await sim.close()
    await sim.close()  # idempotent too


async def test_same_seed_same_fleet() -> None:
    a = ECESimulator(deployments=20, seed=5, start_time=START)
    b = ECESimulator(deployments=20, seed=5, start_time=START)
    c = ECESimulator(deployments=10, seed=5, start_time=START)
    assert a.deployment_ids() == b.deployment_ids()
    assert c.deployment_ids() == a.deployment_ids()[:10]  # a smaller fleet is a prefix
    assert (a.api_key, a.password, a.organization_id) == (b.api_key, b.password, b.organization_id)
    assert ECESimulator(deployments=20, seed=6, start_time=START).deployment_ids() != a.deployment_ids()


async def test_control_endpoints(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    await call(session, "GET", "/account")
    async with session.get("/_simulator/stats") as response:
        stats = await response.json()
    assert stats["requests"] == {"get-current-account": 1}
    before = sim.now()
    async with session.post("/_simulator/advance?seconds=90") as response:
        assert (await response.json())["now"] == before + 90
    async with session.post("/_simulator/advance?seconds=-1") as response:
        assert response.status == 400
    assert sim.stats.total == 1  # control requests are not API traffic


async def test_settle_finishes_every_plan(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    sim.plan_failure_rate = 0.0
    await call(session, "POST", "/deployments", json=create_body())
    sim.settle()
    assert all(r.pending is None for d in sim.state.live() for r in d.resources)


def test_invalid_settings() -> None:
    with pytest.raises(ValueError):
        ECESimulator(deployments=-1)
    with pytest.raises(ValueError):
        ECESimulator(plan_failure_rate=2)
    with pytest.raises(ValueError):
        FaultConfig(error_rate=-0.1)


async def test_faults_can_be_swapped_mid_run(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    assert (await call(session, "GET", "/account"))[0] == 200
    sim.faults = FaultConfig(error_rate=1.0, error_statuses=(504,), token_lifetime=5)
    assert (await call(session, "GET", "/account"))[0] == 504
    assert sim.auth.token_lifetime == 5
    sim.faults = FaultConfig()
    assert (await call(session, "GET", "/account"))[0] == 200


async def test_a_simulator_bug_is_an_ece_shaped_500(
    sim: ECESimulator, session: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ece_async.testing import render

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(render, "deployment", boom)
    status, body, headers = await call(session, "GET", f"/deployments/{sim.deployment_ids()[0]}")
    assert status == 500
    assert body["errors"][0]["code"] == headers["x-cloud-error-codes"] == "simulator.internal_error"


@pytest.mark.parametrize("seconds", ["nan", "inf", "-inf", "1e308", "NaN"])
async def test_advance_refuses_what_no_clock_can_show(
    sim: ECESimulator, session: aiohttp.ClientSession, seconds: str
) -> None:
    before = sim.now()
    async with session.post(f"/_simulator/advance?seconds={seconds}") as response:
        assert response.status == 400
        assert (await response.json())["errors"][0]["code"] == "root.invalid_data"
    assert sim.now() == before
    status, body, _ = await call(session, "GET", f"/billing/costs/{sim.organization_id}")
    assert status == 200 and body["costs"]["total"] >= 0


async def test_advance_stops_where_timestamps_still_render(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    async with session.post("/_simulator/advance?seconds=1.5e11") as response:
        assert response.status == 200
    async with session.post("/_simulator/advance?seconds=1.5e11") as response:  # past year 9999
        assert response.status == 400
    assert (await call(session, "GET", f"/billing/costs/{sim.organization_id}"))[0] == 200


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_settings_are_refused(value: float) -> None:
    from ece_async.testing import SimClock

    with pytest.raises(ValueError, match="speed"):
        SimClock(speed=value)
    with pytest.raises(ValueError, match="speed"):
        ECESimulator(speed=value)
    with pytest.raises(ValueError, match="start"):
        SimClock(start=value)
    clock = SimClock(speed=0)
    with pytest.raises(ValueError, match="speed"):
        clock.speed = value
    with pytest.raises(ValueError, match="seconds"):
        clock.advance(value)
    for name in ("latency", "jitter", "token_lifetime", "retry_after"):
        with pytest.raises(ValueError, match=name):
            FaultConfig(**{name: value})
        with pytest.raises(ValueError, match=name):
            FaultConfig.parse(f"{name}={value}")
