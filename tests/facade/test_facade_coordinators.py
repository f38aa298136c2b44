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


# -- issue 7: one outage counts once, failover is free, the coordinator is picked at send time ------------


def test_failures_of_attempts_started_before_the_mark_count_once(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b", "c"], clock=clock)
    a = pool.coordinators[0]
    generation = a.generation  # ten attempts in flight on a, all started while it was alive
    for _ in range(10):
        pool.mark_dead(a, generation)
    assert a.failures == 1 and a.dead_until == 1.0  # one outage moment: 1 s, not 30 s
    clock.advance(1.0)
    probe = a.generation  # the resurrection probes: their failure is the next one
    pool.mark_dead(a, probe)
    pool.mark_dead(a, probe)
    assert a.failures == 2 and a.dead_until == 3.0
    pool.mark_alive(a, generation)  # a late success of an attempt from before the outage
    assert a.failures == 2
    pool.mark_alive(a, a.generation)
    assert a.failures == 0


async def test_a_burst_failing_on_one_coordinator_backs_it_off_once(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    live = [await servers.start([("GET", "/deployments", ok)]) for _ in range(2)]
    async with ECEClient(["http://127.0.0.1:9", *live], api_key="key-1234", clock=clock) as ece:
        await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(30)))
        dead = ece.transport.coordinators.coordinators[0]
        assert dead.failures == 1  # ten calls in flight on it failed: one outage, not ten
        assert dead.dead_until == clock.now + 1.0


async def test_failover_to_a_live_coordinator_does_not_spend_the_retry_budget(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    live = [await servers.start([("GET", "/deployments", ok)]) for _ in range(2)]
    policy = RetryPolicy(retry_budget=20)  # four retries' worth
    async with ECEClient(["http://127.0.0.1:9", *live], api_key="key-1234", clock=clock, retry=policy) as ece:
        pool = ece.transport.coordinators
        pool.max_backoff = 1.0
        for _ in range(3):  # bursts: the failovers of one burst all happen before any success pays back
            clock.advance(1.0)  # the dead one is due for a probe again: a third of the burst goes there
            await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(30)))
        assert pool.coordinators[0].failures >= 3  # it was tried (and failed over from) every burst
        budget = ece.transport.retry_budget
        assert budget is not None and budget.available == 20


async def test_retries_with_every_coordinator_down_still_spend_the_budget(
    servers: LocalServers, clock: FakeClock
) -> None:
    dead = ["http://127.0.0.1:9", "http://127.0.0.1:1"]
    async with ECEClient(dead, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=4)) as ece:
        with pytest.raises(ConnectError):
            await ece.deployments.list_deployments()
        budget = ece.transport.retry_budget
        # The first failover went to the other (alive) one: free; then both were dead: charged.
        assert budget is not None and budget.available == budget.capacity - 2 * budget.retry_cost
        clock.advance(60)  # both due for a resurrection probe: a retry onto a probe is no failover
        before = budget.available
        with pytest.raises(ConnectError):
            await ece.deployments.list_deployments()
        assert budget.available == before - 3 * budget.retry_cost


async def test_a_call_queued_for_a_slot_goes_where_the_pool_says_when_it_gets_it(
    servers: LocalServers,
) -> None:
    served: Counter[str] = Counter()
    arrived, release = asyncio.Event(), asyncio.Event()

    def handler(name: str):  # type: ignore[no-untyped-def]
        async def deployments(request: web.Request) -> web.Response:
            served[name] += 1
            if name == "a" and served[name] == 1:
                arrived.set()
                await release.wait()
            return json_response({"deployments": []})

        return deployments

    bases = [await servers.start([("GET", "/deployments", handler(name))]) for name in "ab"]
    async with ECEClient(bases, api_key="key-1234", max_concurrency=1) as ece:
        first = asyncio.ensure_future(ece.deployments.list_deployments())  # holds the one slot, on a
        await asyncio.wait_for(arrived.wait(), 5)
        queued = asyncio.ensure_future(ece.deployments.list_deployments())
        await asyncio.sleep(0.01)
        pool = ece.transport.coordinators
        b = pool.coordinators[1]
        pool.mark_dead(b, b.generation)  # b fails for somebody else while the call waits
        release.set()
        await asyncio.wait_for(asyncio.gather(first, queued), 5)
    assert served == {"a": 2}  # the queued call went to a, not to b picked before it waited
