"""Several coordinators: requests spread over the live ones, a dead one is avoided and
resurrected after a backoff, a call fails only when every coordinator is down."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest
from aiohttp import web

from ece_async import (
    NO_RETRY,
    ConnectError,
    ECEClient,
    ECETimeoutError,
    RetryPolicy,
    ServerError,
    Timeout,
    TLSError,
)
from ece_async.coordinators import ALIVE, DEAD, NO_VERDICT, CoordinatorPool, verdict
from ece_async.errors import APIError, TransportError

from .facade_support import (
    Blackhole,
    FakeClock,
    LocalServers,
    error_body,
    json_response,
    self_signed_tls,
)


def test_the_pool_rotates_skips_the_dead_and_resurrects_them(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b", "c"], clock=clock)
    assert [pool.visit().coordinator.base for _ in range(6)] == ["a", "b", "c", "a", "b", "c"]
    b = pool.coordinators[1]
    pool.mark_dead(b)
    assert "b" not in {pool.visit().coordinator.base for _ in range(6)}
    assert pool.others_alive(b)
    clock.advance(1.0)  # first failure: one second off
    assert "b" in {pool.visit().coordinator.base for _ in range(3)}
    pool.mark_dead(b)  # failed again when tried: two seconds this time
    clock.advance(1.5)
    assert "b" not in {pool.visit().coordinator.base for _ in range(6)}
    pool.mark_alive(b)
    assert "b" in {pool.visit().coordinator.base for _ in range(3)}


def test_with_every_coordinator_dead_the_one_due_back_first_is_tried(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b"], clock=clock)
    a, b = pool.coordinators
    pool.mark_dead(a)
    pool.mark_dead(a)  # a: 2 s
    pool.mark_dead(b)  # b: 1 s
    assert not pool.others_alive(a)
    assert {pool.visit().coordinator.base for _ in range(4)} == {"b"}


def test_a_client_takes_one_url_or_several() -> None:
    ece = ECEClient(["https://c1:12443", "https://c2:12443/api/v1/", "https://c1:12443"], api_key="k" * 8)
    assert ece.base_urls == ("https://c1:12443/api/v1", "https://c2:12443/api/v1")
    assert ece.base_url == "https://c1:12443/api/v1"
    assert "c2" in repr(ece)
    assert ECEClient("https://c1:12443", api_key="k" * 8).base_urls == ("https://c1:12443/api/v1",)


async def test_a_coordinator_killed_mid_run_and_restarted_fails_no_call(
    servers: LocalServers, clock: FakeClock
) -> None:
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
    async with ECEClient(bases, api_key="key-1234", max_concurrency=10, clock=clock) as ece:
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
        clock.advance(1.0)  # past its backoff: the next calls probe it
        await batch(150)
    assert served["c1"] > before_restart + 20  # back in rotation after the restart, not only probed
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


# -- issue 17 items 1-5: half-open probes, slow is not dead, TLS and gateways fail over, even spread ----


def test_a_revived_coordinator_gets_one_probe_at_a_time(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b"], clock=clock)
    a, b = pool.coordinators
    pool.mark_dead(b)
    clock.advance(1.0)  # b's backoff is over: half-open
    assert pool.visit().coordinator is a
    probe = pool.visit()
    assert probe.coordinator is b and probe.probe  # b's turn in the rotation: one probe
    assert {pool.visit().coordinator.base for _ in range(10)} == {"a"}  # nothing else while it runs
    pool.ended(probe, DEAD)
    assert b.failures == 2 and not b.probing
    clock.advance(2.0)
    probe = pool.visit()
    assert probe.coordinator is b and probe.probe  # the next in the rotation (a was last)
    pool.ended(probe, NO_VERDICT)  # a probe that says nothing (cancelled, slow) frees the slot
    assert pool.visit().coordinator is a
    probe = pool.visit()
    assert probe.coordinator is b and probe.probe
    pool.ended(probe, ALIVE)
    assert b.alive and [pool.visit().coordinator.base for _ in range(4)] == ["a", "b", "a", "b"]


def test_a_call_does_not_go_back_to_a_coordinator_it_failed_on_while_another_is_up(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b", "c"], clock=clock)
    a, b, c = pool.coordinators
    pool.mark_dead(a)
    clock.advance(5.0)  # a is due for a probe, and first in the rotation
    assert all(pool.visit([a]).coordinator is not a for _ in range(6))
    pool.mark_dead(b)
    pool.mark_dead(c)
    assert pool.visit([a]).coordinator is a  # nobody else is up or due: back to it rather than fail


def test_a_retry_is_a_free_failover_only_to_a_live_coordinator_the_call_has_not_failed_on(
    clock: FakeClock,
) -> None:
    pool = CoordinatorPool(["a", "b", "c"], clock=clock)
    a, b, c = pool.coordinators
    pool.mark_dead(b)
    pool.mark_dead(c)
    clock.advance(5.0)  # c is due for a probe: somewhere to go, but not a live coordinator
    assert pool.others_alive(b, [a])
    assert not pool.others_healthy(b, [a])  # a is up, but this call already failed there
    assert pool.others_healthy(b)


def test_only_a_response_says_a_coordinator_is_alive(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b"], clock=clock)
    visit = pool.visit()
    assert verdict(visit, None, 200) == ALIVE
    assert verdict(visit, APIError("not found", status=404), 404) == ALIVE
    assert verdict(visit, TransportError("a library failure with no response"), 0) == NO_VERDICT


def test_a_failure_elsewhere_while_a_probe_is_in_flight_opens_no_second_probe(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b"], clock=clock)
    a, b = pool.coordinators
    pool.mark_dead(a)
    pool.mark_dead(b)
    clock.advance(1.0)
    probe = pool.visit()
    assert probe.coordinator is a and probe.probe
    assert pool.visit().coordinator is b  # b's probe
    stray = pool.visit([b])  # nothing else is up or due: a call goes to a anyway, not as a probe
    assert stray.coordinator is a and not stray.probe
    pool.ended(stray, DEAD)
    clock.advance(10.0)
    assert a.probing and not pool.visit([b]).probe  # a's probe is still out: no second one


def test_a_failure_sent_before_the_last_mark_counts_once_the_coordinator_is_back(clock: FakeClock) -> None:
    pool = CoordinatorPool(["a", "b"], clock=clock)
    a = pool.coordinators[0]
    stranded = pool.visit()  # sent to a while it was alive, still in flight through what follows
    assert stranded.coordinator is a
    pool.mark_dead(a)
    clock.advance(1.0)
    assert pool.visit().coordinator.base == "b"
    probe = pool.visit()
    assert probe.coordinator is a and probe.probe
    pool.ended(probe, ALIVE)  # one lucky probe
    assert a.alive
    pool.ended(stranded, DEAD)  # the call stranded on the outage fails now: it counts
    assert not a.alive


async def test_a_blackhole_beside_a_good_coordinator_gets_one_probe_per_backoff(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    hole = Blackhole()
    bases = [await hole.start(), await servers.start([("GET", "/deployments", ok)])]
    try:
        async with ECEClient(bases, api_key="key-1234", timeout=Timeout(total=0.3), clock=clock) as ece:
            await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(20)))
            sent_while_alive = hole.connections
            black = ece.transport.coordinators.coordinators[0]
            assert sent_while_alive >= 5 and black.failures == 1
            clock.advance(1.0)  # its backoff is over
            await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(20)))
            assert hole.connections == sent_while_alive + 1  # one probe, not half of the calls
            assert black.failures == 2
    finally:
        await hole.close()


async def test_a_slow_endpoint_does_not_mark_a_coordinator_that_answers_others_dead(
    servers: LocalServers,
) -> None:
    arrived, never = asyncio.Event(), asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        arrived.set()
        await never.wait()
        return json_response({})

    async def fast(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    routes = [("GET", "/deployments", fast), ("GET", "/deployments/slow", slow)]
    bases = [await servers.start(routes) for _ in range(2)]
    try:
        async with ECEClient(bases, api_key="key-1234", timeout=Timeout(total=1.0)) as ece:
            with ece.options(retry=NO_RETRY):
                waiting = asyncio.ensure_future(ece.deployments.get_deployment(deployment_id="slow"))
                await asyncio.wait_for(arrived.wait(), 10)
                for _ in range(2):  # one of them goes to the coordinator the slow call waits on
                    await ece.deployments.list_deployments()
                with pytest.raises(ECETimeoutError):
                    await waiting
            assert not any(c.failures for c in ece.transport.coordinators.coordinators)
    finally:
        never.set()


async def test_a_callers_short_timeout_marks_no_coordinator_and_spends_no_budget(
    servers: LocalServers, clock: FakeClock
) -> None:
    never = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        await never.wait()
        return json_response({"deployments": []})

    bases = [await servers.start([("GET", "/deployments", slow)]) for _ in range(2)]
    try:
        async with ECEClient(bases, api_key="key-1234", clock=clock) as ece:
            with ece.options(timeout=0.1):
                for _ in range(2):
                    with pytest.raises(ECETimeoutError):
                        await ece.deployments.list_deployments()
            assert not any(c.failures for c in ece.transport.coordinators.coordinators)
            budget = ece.transport.retry_budget
            assert budget is not None and budget.available == budget.capacity
    finally:
        never.set()


async def test_a_tls_failure_fails_over_and_the_final_error_names_each_coordinator(
    servers: LocalServers, clock: FakeClock, tmp_path: Path
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    untrusted = await servers.start([("GET", "/deployments", ok)], tls=self_signed_tls(tmp_path))
    good = await servers.start([("GET", "/deployments", ok)])
    async with ECEClient([untrusted, good], api_key="key-1234", clock=clock) as ece:
        for _ in range(10):
            await ece.deployments.list_deployments()
        assert ece.transport.coordinators.coordinators[0].failures == 1
    refused = "http://127.0.0.1:9"
    async with ECEClient([untrusted, refused], api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ConnectError) as info:
            await ece.deployments.list_deployments()
    message = str(info.value)
    assert f"{untrusted}/api/v1: TLSError" in message
    assert f"{refused}/api/v1: ConnectError" in message


@pytest.mark.parametrize(("status", "body"), [(502, b"<html>Bad Gateway</html>"), (503, b""), (504, b"")])
async def test_a_coordinator_whose_gateway_fails_is_avoided(
    servers: LocalServers, clock: FakeClock, status: int, body: bytes
) -> None:
    served: Counter[str] = Counter()

    async def gateway(request: web.Request) -> web.Response:
        served["bad"] += 1
        return web.Response(status=status, body=body, content_type="text/html")

    async def ok(request: web.Request) -> web.Response:
        served["good"] += 1
        return json_response({"deployments": []})

    bases = [await servers.start([("GET", "/deployments", handler)]) for handler in (gateway, ok, ok)]
    async with ECEClient(bases, api_key="key-1234", clock=clock) as ece:
        for _ in range(30):
            await ece.deployments.list_deployments()
        budget = ece.transport.retry_budget
        assert budget is not None and budget.available == budget.capacity
    assert served == {"bad": 1, "good": 30}


@pytest.mark.parametrize(
    "body",
    [error_body("clusters.cluster_plan_state_error"), {"errors": [{"message": "busy, no code"}]}],
)
async def test_a_503_with_an_ece_error_body_says_nothing_against_its_coordinator(
    servers: LocalServers, clock: FakeClock, body: dict[str, object]
) -> None:
    async def busy(request: web.Request) -> web.Response:
        return json_response(body, status=503)

    bases = [await servers.start([("GET", "/deployments", busy)]) for _ in range(2)]
    async with ECEClient(bases, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ServerError):
            await ece.deployments.list_deployments()
        assert not any(c.failures for c in ece.transport.coordinators.coordinators)


async def test_with_the_first_of_three_down_the_others_share_evenly(
    servers: LocalServers, clock: FakeClock
) -> None:
    served: Counter[str] = Counter()

    def handler(name: str):  # type: ignore[no-untyped-def]
        async def deployments(request: web.Request) -> web.Response:
            served[name] += 1
            return json_response({"deployments": []})

        return deployments

    live = [await servers.start([("GET", "/deployments", handler(name))]) for name in "bc"]
    async with ECEClient(["http://127.0.0.1:9", *live], api_key="key-1234", clock=clock) as ece:
        for _ in range(300):
            await ece.deployments.list_deployments()
    assert abs(served["b"] - served["c"]) <= 1


async def test_a_coordinator_that_stalls_every_body_after_the_status_line_is_marked_dead(
    servers: LocalServers, clock: FakeClock
) -> None:
    never = asyncio.Event()

    async def stall(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
        response.content_length = 100
        await response.prepare(request)  # the status line and headers go out; the body never does
        await never.wait()
        return response

    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    bases = [
        await servers.start([("GET", "/deployments", stall)]),
        await servers.start([("GET", "/deployments", ok)]),
    ]
    try:
        async with ECEClient(bases, api_key="key-1234", timeout=Timeout(total=0.3), clock=clock) as ece:
            await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(10)))
            assert ece.transport.coordinators.coordinators[0].failures == 1
    finally:
        never.set()


async def test_a_cancelled_probe_gives_its_half_open_slot_back(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    hole = Blackhole()
    bases = [await hole.start(), await servers.start([("GET", "/deployments", ok)])]
    try:
        async with ECEClient(bases, api_key="key-1234", clock=clock) as ece:
            pool = ece.transport.coordinators
            black = pool.coordinators[0]
            pool.mark_dead(black)
            clock.advance(1.0)  # its backoff is over: the next call is its probe
            probe = asyncio.ensure_future(ece.deployments.list_deployments())
            await asyncio.wait_for(hole.arrived.wait(), 10)
            assert black.probing
            probe.cancel()
            with pytest.raises(asyncio.CancelledError):
                await probe
            assert not black.probing  # else it is never probed again
            assert black in {pool.visit().coordinator for _ in range(2)}
    finally:
        await hole.close()


async def test_when_every_coordinator_was_down_the_first_call_after_one_revives_succeeds(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    bases = [await servers.start([("GET", "/deployments", ok)]) for _ in range(2)]
    ports = [server.port for server in servers.started]
    for server in servers.started:
        await server.close()
    async with ECEClient(bases, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=2)) as ece:
        for _ in range(3):
            with pytest.raises(ConnectError):
                await ece.deployments.list_deployments()
        assert all(c.failures for c in ece.transport.coordinators.coordinators)
        await servers.start([("GET", "/deployments", ok)], port=ports[1])  # one comes back
        for _ in range(10):  # no restart, no wait for a backoff: not one call fails
            await ece.deployments.list_deployments()
        assert not ece.transport.coordinators.coordinators[1].failures


async def test_a_post_that_may_have_reached_a_silent_coordinator_is_not_sent_again(
    servers: LocalServers, clock: FakeClock
) -> None:
    posted: Counter[str] = Counter()

    async def create(request: web.Request) -> web.Response:
        posted["good"] += 1
        return json_response({"id": "x"})

    hole = Blackhole()
    bases = [await hole.start(), await servers.start([("POST", "/things", create)])]
    try:
        async with ECEClient(bases, api_key="key-1234", timeout=Timeout(total=0.3), clock=clock) as ece:
            with pytest.raises(ECETimeoutError):
                await ece.transport.request("POST", "/things", json={})
            assert hole.connections == 1 and not posted
            assert ece.transport.coordinators.coordinators[0].failures == 1
            await ece.transport.request("POST", "/things", json={})  # the next one avoids it
            assert posted["good"] == 1 and hole.connections == 1
    finally:
        await hole.close()


async def test_a_post_refused_by_one_coordinator_goes_to_the_other(
    servers: LocalServers, clock: FakeClock
) -> None:
    posted: Counter[str] = Counter()

    async def create(request: web.Request) -> web.Response:
        posted["good"] += 1
        return json_response({"id": "x"})

    bases = ["http://127.0.0.1:9", await servers.start([("POST", "/things", create)])]
    async with ECEClient(bases, api_key="key-1234", clock=clock) as ece:
        await ece.transport.request("POST", "/things", json={})
    assert posted["good"] == 1


@pytest.mark.parametrize("timeout", [Timeout(total=60, read=0.1), Timeout(total=None, connect=10, read=0.1)])
async def test_a_callers_short_read_timeout_marks_no_coordinator(
    servers: LocalServers, clock: FakeClock, timeout: Timeout
) -> None:
    never = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        await never.wait()
        return json_response({"deployments": []})

    bases = [await servers.start([("GET", "/deployments", slow)]) for _ in range(2)]
    try:
        async with ECEClient(bases, api_key="key-1234", clock=clock, retry=NO_RETRY) as ece:
            with ece.options(timeout=timeout):
                for _ in range(2):
                    with pytest.raises(ECETimeoutError):
                        await ece.deployments.list_deployments()
            assert not any(c.failures for c in ece.transport.coordinators.coordinators)
    finally:
        never.set()


async def test_a_post_is_never_the_probe_of_a_dead_coordinator_while_another_is_alive(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def create(request: web.Request) -> web.Response:
        return json_response({"id": "x"})

    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    hole = Blackhole()
    routes = [("POST", "/things", create), ("GET", "/deployments", ok)]
    bases = [await hole.start(), await servers.start(routes)]
    try:
        async with ECEClient(bases, api_key="key-1234", timeout=Timeout(total=0.3), clock=clock) as ece:
            pool = ece.transport.coordinators
            black = pool.coordinators[0]
            pool.mark_dead(black)
            clock.advance(1.0)  # due for its probe: a timeout there would fail a POST for good
            for _ in range(3):
                await ece.transport.request("POST", "/things", json={})
            assert hole.connections == 0
            await ece.deployments.list_deployments()  # an idempotent call probes it (and fails over)
            assert hole.connections == 1 and black.failures == 2
    finally:
        await hole.close()


async def test_the_final_error_names_both_coordinators_a_call_failed_on(clock: FakeClock) -> None:
    refused = ["http://127.0.0.1:9", "http://127.0.0.1:1"]
    async with ECEClient(refused, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=2)) as ece:
        with pytest.raises(ConnectError) as info:
            await ece.deployments.list_deployments()
    assert all(f"{base}/api/v1: ConnectError" in str(info.value) for base in refused)


async def test_tls_failures_on_every_coordinator_stop_at_max_attempts(
    servers: LocalServers, clock: FakeClock, tmp_path: Path
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    tls = self_signed_tls(tmp_path)
    bases = [await servers.start([("GET", "/deployments", ok)], tls=tls) for _ in range(3)]
    async with ECEClient(bases, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=2)) as ece:
        with pytest.raises(TLSError) as info:  # a third coordinator is left, but no attempt
            await ece.deployments.list_deployments()
    assert info.value.attempts == 2
