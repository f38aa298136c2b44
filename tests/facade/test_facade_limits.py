"""Concurrency bounds, operation groups, requests-per-second, the adaptive limiter, hooks."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import pytest
from aiohttp import web
from aioresponses import CallbackResult, aioresponses

from ece_async import (
    ConfigurationError,
    ECEClient,
    Hooks,
    RateLimitedError,
    RequestEnd,
    RequestStart,
    RetryPolicy,
    ServerError,
)
from ece_async._generated import OPERATIONS
from ece_async.limits import AdaptiveRateLimiter, AdaptiveRates, ConcurrencyLimiter, RateLimiter

from .facade_support import (
    API,
    BASE,
    FakeClock,
    LocalServers,
    ManualClock,
    error_body,
    json_response,
    reply,
    settle,
)

RATE_LIMITED = {"x-cloud-error-codes": "billing_service.rate_limited"}

TAGS = {op: entry[0] for op, entry in OPERATIONS.items()}


class InFlight:
    """An aioresponses callback that records how many requests overlap, per kind."""

    def __init__(self) -> None:
        self.now: dict[str, int] = {}
        self.peak: dict[str, int] = {}

    def callback(self, kind: str, payload: Any) -> Any:
        async def handle(url: Any, **kwargs: Any) -> CallbackResult:
            for key in (kind, "all"):
                self.now[key] = self.now.get(key, 0) + 1
                self.peak[key] = max(self.peak.get(key, 0), self.now[key])
            for _ in range(3):
                await asyncio.sleep(0)
            for key in (kind, "all"):
                self.now[key] -= 1
            return reply(payload=payload)

        return handle


# -- rate limiter ------------------------------------------------------------------------------------


def test_rate_limiter_validates_its_arguments(clock: FakeClock) -> None:
    with pytest.raises(ConfigurationError):
        RateLimiter(0, clock=clock)
    with pytest.raises(ConfigurationError):
        RateLimiter(1, burst=0.5, clock=clock)


async def test_client_requests_per_second(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.get(f"{API}/deployments", payload={"deployments": []}, repeat=True)
    async with ECEClient(BASE, api_key="key-1234", clock=clock, rate_limit=10) as ece:
        for _ in range(5):
            await ece.deployments.list_deployments()
    assert clock.sleeps == pytest.approx([0.1] * 4)


# -- concurrency -------------------------------------------------------------------------------------


def test_group_resolution_by_tag_and_operation_prefix() -> None:
    limiter = ConcurrencyLimiter(10, {"billing_costs_analysis": 2, "get-deployment": 1}, operation_tags=TAGS)
    billing = limiter.semaphores("get-costs-overview")
    assert len(billing) == 2 and billing[-1] is limiter.semaphores("list-deployments")[-1]
    assert len(limiter.semaphores("get-deployment-template-v2")) == 2  # prefix match
    assert len(limiter.semaphores("get-deployment")) == 2
    assert len(limiter.semaphores("list-deployments")) == 1
    assert limiter.semaphores("get-costs-overview") is billing  # cached
    with pytest.raises(ConfigurationError, match="neither a tag"):
        ConcurrencyLimiter(10, {"billing": 2}, operation_tags=TAGS)
    with pytest.raises(ConfigurationError):
        ConcurrencyLimiter(10, {"billing_costs_analysis": 0}, operation_tags=TAGS)
    with pytest.raises(ConfigurationError):
        ConcurrencyLimiter(0, operation_tags=TAGS)


async def test_group_limit_is_tighter_than_the_client_limit(mocked: aioresponses) -> None:
    seen = InFlight()
    mocked.get(re.compile(r".*/billing/costs/.*"), callback=seen.callback("billing", {}), repeat=True)
    mocked.get(f"{API}/deployments", callback=seen.callback("deployments", {"deployments": []}), repeat=True)
    async with ECEClient(
        BASE, api_key="key-1234", max_concurrency=5, group_limits={"billing_costs_analysis": 2}
    ) as ece:
        await asyncio.gather(
            *(ece.billing_costs_analysis.get_costs_overview(organization_id="o") for _ in range(20)),
            *(ece.deployments.list_deployments() for _ in range(20)),
        )
    assert seen.peak["billing"] == 2
    assert seen.peak["all"] == 5


async def test_a_call_sleeping_before_a_retry_does_not_hold_a_slot(mocked: aioresponses) -> None:
    class GatedClock(FakeClock):
        def __init__(self) -> None:
            super().__init__()
            self.gate = asyncio.Event()
            self.sleeping = asyncio.Event()

        async def sleep(self, seconds: float) -> None:
            self.sleeps.append(seconds)
            self.sleeping.set()
            await self.gate.wait()

    clock = GatedClock()
    mocked.get(f"{API}/deployments", status=429, headers={"Retry-After": "30"})
    mocked.get(f"{API}/deployments", payload={"deployments": []}, repeat=True)
    mocked.get(f"{API}/platform", payload={}, repeat=True)
    async with ECEClient(BASE, api_key="key-1234", max_concurrency=1, clock=clock) as ece:
        throttled = asyncio.ensure_future(ece.deployments.list_deployments())
        await asyncio.wait_for(clock.sleeping.wait(), 5)
        # With the only slot held by the sleeper this would never finish.
        await asyncio.wait_for(ece.platform.get_platform(), 5)
        clock.gate.set()
        await asyncio.wait_for(throttled, 5)


async def test_cancelled_waiters_give_their_slots_back(mocked: aioresponses) -> None:
    release = asyncio.Event()

    async def slow(url: Any, **kwargs: Any) -> CallbackResult:
        await release.wait()
        return reply(payload={"deployments": []})

    mocked.get(f"{API}/deployments", callback=slow, repeat=True)
    async with ECEClient(BASE, api_key="key-1234", max_concurrency=1, group_limits={"deployments": 1}) as ece:
        first = asyncio.ensure_future(ece.deployments.list_deployments())
        waiting = [asyncio.ensure_future(ece.deployments.list_deployments()) for _ in range(3)]
        for _ in range(10):
            await asyncio.sleep(0)
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)
        release.set()
        await first
        await asyncio.wait_for(ece.deployments.list_deployments(), 5)
        limiter = ece.transport._limits
        assert all(not sem.locked() for sem in limiter.semaphores("list-deployments"))


async def test_a_cancelled_waiter_holding_some_of_its_slots_gives_them_back(
    servers: LocalServers,
) -> None:
    release = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        await release.wait()
        return json_response({"deployments": []})

    base = await servers.start([("GET", "/deployments", slow), ("GET", "/platform", slow)])
    async with ECEClient(base, api_key="key-1234", max_concurrency=1, group_limits={"deployments": 2}) as ece:
        holder = asyncio.ensure_future(ece.platform.get_platform())  # holds the client's only slot
        await settle()
        group, client_slot = ece.transport._limits.semaphores("list-deployments")
        waiting = [asyncio.ensure_future(ece.deployments.list_deployments()) for _ in range(2)]
        await settle()
        assert group.locked() and client_slot.locked()  # both took a group slot, both wait for the other
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)
        release.set()
        await holder
        # Had the group slots leaked, these two would wait forever.
        await asyncio.wait_for(asyncio.gather(*(ece.deployments.list_deployments() for _ in range(2))), 5)
        assert not group.locked() and not client_slot.locked()


# -- adaptive ----------------------------------------------------------------------------------------


def test_adaptive_limiter_drops_on_throttle_and_recovers_on_success(clock: FakeClock) -> None:
    limiter = AdaptiveRateLimiter(clock=clock)
    assert limiter.rate is None and not limiter.enabled
    for _ in range(40):  # 20 requests/s for 2 s
        clock.advance(0.05)
        limiter.on_response(throttled=False)
    assert limiter.rate is None  # successes alone never limit
    clock.advance(0.05)
    limiter.on_response(throttled=True)
    throttled_rate = limiter.rate
    assert limiter.enabled and throttled_rate is not None
    assert throttled_rate == pytest.approx(0.7 * 20, rel=0.15)
    clock.advance(0.05)
    limiter.on_response(throttled=True)
    assert limiter.rate is not None and limiter.rate < throttled_rate
    low = limiter.rate
    rates = []
    for _ in range(100):
        clock.advance(0.1)
        limiter.on_response(throttled=False)
        assert limiter.rate is not None
        rates.append(limiter.rate)
    assert rates[-1] > low  # recovered ...
    assert max(rates) <= 2 * 20 * 1.01  # ... but never beyond twice what was measured
    for _ in range(100):
        clock.advance(0.05)
        limiter.on_response(throttled=True)
    assert limiter.rate == AdaptiveRateLimiter.MIN_RATE


async def test_adaptive_mode_slows_only_the_route_group_that_gets_429s(servers: LocalServers) -> None:
    """Billing's throttle (both of its operations share the group) never paces deployments or platform."""
    clock = FakeClock(randoms=[0.0])
    billing_calls = 0

    async def billing(request: web.Request) -> web.Response:
        nonlocal billing_calls
        billing_calls += 1
        return json_response(error_body("billing_service.rate_limited"), 429, RATE_LIMITED)

    async def deployments(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    base = await servers.start(
        [
            ("GET", "/billing/costs/{org}", billing),
            ("GET", "/billing/costs/{org}/items", billing),
            ("GET", "/deployments", deployments),
            ("GET", "/platform", deployments),
        ]
    )
    policy = RetryPolicy(mode="adaptive", max_attempts=3, backoff_base=0.0, deadline=None)
    async with ECEClient(base, api_key="key-1234", clock=clock, retry=policy) as ece:
        adaptive = ece.transport.adaptive
        assert adaptive is not None and not adaptive.enabled
        for _ in range(5):
            with pytest.raises(RateLimitedError):
                await ece.billing_costs_analysis.get_costs_overview(organization_id="org")
        assert adaptive.enabled and set(adaptive.rates) == {"billing_costs_analysis"}
        assert adaptive.rate("get-costs-items") is not None and adaptive.rate("list-deployments") is None
        before = len(clock.sleeps)
        for _ in range(20):  # other groups, no errors: never paced by billing's rate
            await ece.deployments.list_deployments()
            await ece.transport.request("GET", "/platform", operation_id="get-platform")
        assert not [delay for delay in clock.sleeps[before:] if delay > 0]
        before = len(clock.sleeps)
        for _ in range(3):  # another billing operation: the same group, paced
            with pytest.raises(RateLimitedError):
                await ece.billing_costs_analysis.get_costs_items(organization_id="org")
        assert [delay for delay in clock.sleeps[before:] if delay > 0]
    assert ECEClient(BASE, api_key="key-1234").transport.adaptive is None


# -- hooks -------------------------------------------------------------------------------------------


async def test_hooks_see_every_attempt_sync_and_async(mocked: aioresponses, clock: FakeClock) -> None:
    starts: list[RequestStart] = []
    ends: list[RequestEnd] = []

    async def on_end(event: RequestEnd) -> None:
        await asyncio.sleep(0)
        ends.append(event)

    mocked.get(f"{API}/deployments", status=503)
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    hooks = Hooks(on_request_start=starts.append, on_request_end=on_end)
    async with ECEClient(BASE, api_key="key-1234", clock=clock, hooks=[hooks, Hooks()]) as ece:
        await ece.deployments.list_deployments()
    assert [(s.operation_id, s.method, s.attempt) for s in starts] == [
        ("list-deployments", "GET", 1),
        ("list-deployments", "GET", 2),
    ]
    assert [(e.attempt, e.status, type(e.error).__name__) for e in ends] == [
        (1, 503, "ServerError"),
        (2, 200, "NoneType"),
    ]
    assert all(e.url == f"{API}/deployments" and e.duration >= 0 for e in ends)


async def test_failing_hooks_are_logged_and_do_not_break_requests(
    mocked: aioresponses, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Any) -> None:
        raise RuntimeError("hook bug")

    async def broken_async(event: Any) -> None:
        raise ValueError("async hook bug")

    mocked.get(f"{API}/deployments", status=503)
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    hooks = Hooks(on_request_start=broken, on_request_end=broken_async, on_retry=broken)
    caplog.set_level(logging.WARNING, logger="ece_async")
    async with ECEClient(BASE, api_key="key-1234", clock=clock, hooks=hooks) as ece:
        await ece.deployments.list_deployments()
    assert caplog.text.count("hook") >= 5
    assert "hook bug" in caplog.text and "async hook bug" in caplog.text


async def test_hook_events_carry_redacted_urls(mocked: aioresponses, clock: FakeClock) -> None:
    starts: list[RequestStart] = []
    mocked.get(re.compile(r".*"), payload={})
    async with ECEClient(
        BASE, api_key="key-1234", clock=clock, hooks=Hooks(on_request_start=starts.append)
    ) as ece:
        await ece.request("GET", "/custom", params={"access_token": "s3cr3t-value", "q": "x"})
    assert starts[0].url == f"{API}/custom?access_token=***&q=x"


async def test_errors_raised_after_the_last_attempt_report_end_with_error(
    mocked: aioresponses, clock: FakeClock
) -> None:
    ends: list[RequestEnd] = []
    mocked.get(f"{API}/deployments", status=503, repeat=True)
    async with ECEClient(
        BASE,
        api_key="key-1234",
        clock=clock,
        retry=RetryPolicy(max_attempts=2),
        hooks=Hooks(on_request_end=ends.append),
    ) as ece:
        with pytest.raises(ServerError):
            await ece.deployments.list_deployments()
    assert [e.attempt for e in ends] == [1, 2]
    assert all(isinstance(e.error, ServerError) for e in ends)


@pytest.mark.parametrize("rate", [0, 0.0, -1.0, float("nan"), float("inf")])
async def test_a_rate_that_is_not_positive_and_finite_is_refused_when_set(
    manual_clock: ManualClock, rate: float
) -> None:
    """0 divided by zero at the next wait; -1 made every wait negative: a busy loop."""
    limiter = RateLimiter(5.0, clock=manual_clock)
    with pytest.raises(ConfigurationError, match="rate must be a positive finite number"):
        limiter.set_rate(rate)
    assert limiter.rate == 5.0
    with pytest.raises(ConfigurationError, match="burst"):
        limiter.set_rate(2.0, burst=0.5)
    assert await limiter.acquire()


@pytest.mark.parametrize(
    ("rate", "burst"),
    [(10**400, 1.0), (2.0, 10**400), (True, 1.0), (2.0, True), (2.0, float("inf"))],
    ids=["huge-rate", "huge-burst", "bool-rate", "bool-burst", "infinite-burst"],
)
async def test_a_rate_or_burst_no_float_can_hold_is_refused_and_changes_nothing(
    manual_clock: ManualClock, rate: float, burst: float
) -> None:
    """An int past float's range passed the range check, then overflowed in every later wait
    (and a huge burst left the new rate set with the old burst)."""
    limiter = RateLimiter(5.0, clock=manual_clock)
    with pytest.raises(ConfigurationError):
        limiter.set_rate(rate, burst=burst)
    with pytest.raises(ConfigurationError):
        RateLimiter(rate, burst=burst, clock=manual_clock)
    assert limiter.rate == 5.0
    assert await limiter.acquire()


def test_adaptive_route_groups_are_tags_and_unknown_operations_are_capped(clock: FakeClock) -> None:
    rates = AdaptiveRates(
        clock=clock, operation_tags={"get-costs-items": "billing", "get-costs-overview": "billing"}
    )
    assert rates.group("get-costs-items") == rates.group("get-costs-overview") == "billing"
    for index in range(AdaptiveRates.MAX_GROUPS + 50):
        rates.on_response(f"raw-{index}", throttled=False)
    assert rates.group("raw-3") == "raw-3" and rates.group("raw-999") == "other operations"
    assert len(rates._limiters) == AdaptiveRates.MAX_GROUPS + 1
