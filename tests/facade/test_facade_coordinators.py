"""Several coordinators: requests spread over the live ones, a dead one is avoided and
resurrected after a backoff, a call fails only when every coordinator is down."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from aiohttp import web

from ece_async import ConnectError, ECEClient, RetryPolicy
from ece_async.coordinators import CoordinatorPool

from .facade_support import FakeClock, LocalServers, json_response


def test_the_pool_rotates_skips_the_dead_and_resurrects_them(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b", "c"], clock=clock)
    assert [pool.pick().base for _ in range(6)] == ["a", "b", "c", "a", "b", "c"]
    b = pool.coordinators[1]
    pool.mark_dead(b)
    assert "b" not in {pool.pick().base for _ in range(6)}
    assert pool.others_alive(b)
    clock.advance(1.0)  # first failure: one second off
    assert "b" in {pool.pick().base for _ in range(3)}
    pool.mark_dead(b)  # failed again when tried: two seconds this time
    clock.advance(1.5)
    assert "b" not in {pool.pick().base for _ in range(6)}
    pool.mark_alive(b)
    assert "b" in {pool.pick().base for _ in range(3)}


def test_with_every_coordinator_dead_the_one_due_back_first_is_tried(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b"], clock=clock)
    a, b = pool.coordinators
    pool.mark_dead(a)
    pool.mark_dead(a)  # a: 2 s
    pool.mark_dead(b)  # b: 1 s
    assert not pool.others_alive(a)
    assert {pool.pick().base for _ in range(4)} == {"b"}


def test_a_client_takes_one_url_or_several() -> None:
    ece = ECEClient(["https://c1:12443", "https://c2:12443/api/v1/", "https://c1:12443"], api_key="k" * 8)
    assert ece.base_urls == ("https://c1:12443/api/v1", "https://c2:12443/api/v1")
    assert ece.base_url == "https://c1:12443/api/v1"
    assert "c2" in repr(ece)
    assert ECEClient("https://c1:12443", api_key="k" * 8).base_urls == ("https://c1:12443/api/v1",)


async def test_a_coordinator_killed_mid_run_and_restarted_fails_no_call(servers: LocalServers) -> None:
    served: Counter[str] = Counter()

    def handler(name: str):  # type: ignore[no-untyped-def]
        async def deployments(request: web.Request) -> web.Response:
            served[name] += 1
            await asyncio.sleep(0.002)
            return json_response({"deployments": []})

        return deployments

    bases = [await servers.start([("GET", "/deployments", handler(f"c{i}"))]) for i in range(3)]
    victim = servers.started[1]
    port = victim.port
    assert port is not None
    async with ECEClient(bases, api_key="key-1234", max_concurrency=10) as ece:
        pool = ece.transport.coordinators
        pool.backoff_factor, pool.max_backoff = 0.05, 0.2  # resurrection tries every 0.2 s at most

        async def batch(n: int) -> None:
            await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(n)))

        await batch(150)
        assert all(served[f"c{i}"] > 20 for i in range(3))  # spread over all three
        killed = asyncio.ensure_future(victim.close())  # killed while calls are in flight
        await batch(150)
        await killed
        before_restart = served["c1"]
        await batch(150)
        await servers.start([("GET", "/deployments", handler("c1"))], port=port)
        await asyncio.sleep(0.5)
        await batch(150)
    assert served["c1"] > before_restart  # back in rotation after the restart
    assert sum(served.values()) >= 600


async def test_a_call_fails_only_when_every_coordinator_is_down(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    live = await servers.start([("GET", "/deployments", ok)])
    dead = ["http://127.0.0.1:9", "http://127.0.0.1:1"]  # nothing listens there
    async with ECEClient([*dead, live], api_key="key-1234", clock=clock) as ece:
        for _ in range(5):
            await ece.deployments.list_deployments()
        assert set(clock.sleeps) <= {0.0}  # a failover goes straight to the next coordinator
    async with ECEClient(dead, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=4)) as ece:
        with pytest.raises(ConnectError) as info:
            await ece.deployments.list_deployments()
    assert info.value.attempts == 4
