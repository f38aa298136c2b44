"""Throttling and retries under faults: token buckets, the adaptive limiter, the retry budget,
Retry-After caps, conditional writes, honest attempt counts.

Limiter behaviour runs on a :class:`ManualClock` (time moves only when the test says); wire
behaviour against real aiohttp servers on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from aiohttp import web

from ece_async import (
    ConflictError,
    ECEClient,
    ECEConnectionError,
    Hooks,
    RateLimitedError,
    RequestStart,
    RetryPolicy,
    ServerError,
)
from ece_async.limits import AdaptiveRateLimiter, RateLimiter, TokenBucket

from .facade_support import FakeClock, LocalServers, ManualClock, error_body, json_response, settle

RATE_LIMITED = {"x-cloud-error-codes": "billing_service.rate_limited"}


def ok(payload: Any = None) -> web.Response:
    return json_response(payload if payload is not None else {"deployments": []})


# -- token bucket: no bookings, waiters recompute, cancellation gives back --------------------------


async def test_bucket_spaces_starts_and_refills_bursts_up_to_capacity(manual_clock: ManualClock) -> None:
    bucket = TokenBucket(2.0, 3, clock=manual_clock)
    for _ in range(3):
        assert await bucket.acquire()  # the burst, at once
    fourth = asyncio.ensure_future(bucket.acquire())
    await settle()
    assert not fourth.done() and manual_clock.sleeping == 1
    await manual_clock.run_for(0.5)
    assert fourth.done()
    await manual_clock.run_for(10)  # idle time refills the burst, never beyond it
    assert [await bucket.acquire() for _ in range(3)] == [True, True, True]
    assert bucket.waiting == 0 and manual_clock.sleeping == 0


async def test_a_raised_rate_wakes_the_waiters_and_they_recompute(manual_clock: ManualClock) -> None:
    bucket = TokenBucket(0.5, 1, clock=manual_clock)
    assert await bucket.acquire()
    waiters = [asyncio.ensure_future(bucket.acquire()) for _ in range(50)]
    await settle()
    assert bucket.waiting == 50  # at 0.5/s these would need 100 s ...
    bucket.set_rate(100.0)
    await manual_clock.run_for(0.6)  # ... at the new rate about half a second
    assert all(w.done() for w in waiters)
    assert bucket.waiting == 0


async def test_cancelled_waiters_leave_no_reservation_behind(manual_clock: ManualClock) -> None:
    limiter = RateLimiter(10.0, clock=manual_clock)
    assert await limiter.acquire()
    queued = [asyncio.ensure_future(limiter.acquire()) for _ in range(300)]
    await settle()
    for task in reversed(queued[1::2]):  # from the back, and never the one first in line
        task.cancel()
    await settle()
    assert limiter.waiting == 150
    for task in reversed(queued[0::2]):
        task.cancel()
    await asyncio.gather(*queued, return_exceptions=True)
    assert limiter.waiting == 0
    late = asyncio.ensure_future(limiter.acquire())
    await manual_clock.run_for(0.1)  # one interval, not 300 of them (30 s)
    assert late.done() and late.result()


async def test_a_waiter_gives_up_at_its_deadline_without_taking_a_token(manual_clock: ManualClock) -> None:
    bucket = TokenBucket(0.1, 1, clock=manual_clock)
    assert await bucket.acquire()
    impatient = bucket.acquire(deadline=manual_clock.now + 5)  # the next token is 10 s away
    assert await asyncio.wait_for(impatient, 2) is False
    patient = asyncio.ensure_future(bucket.acquire(deadline=manual_clock.now + 60))
    await manual_clock.run_for(10)
    assert patient.done() and patient.result() is True  # the impatient one took nothing
    assert bucket.waiting == 0


async def test_a_deadline_already_past_gets_a_free_token_or_leaves_at_once(manual_clock: ManualClock) -> None:
    """No fast path of its own: the queue answers at once, with the clock standing still."""
    bucket = TokenBucket(0.1, 1, clock=manual_clock)
    assert await bucket.acquire(deadline=manual_clock.now - 1)  # a token is there: it is taken
    assert await asyncio.wait_for(bucket.acquire(deadline=manual_clock.now - 1), 2) is False  # empty queue
    head = asyncio.ensure_future(bucket.acquire())
    await settle()
    assert await asyncio.wait_for(bucket.acquire(deadline=manual_clock.now), 2) is False  # behind a head
    assert bucket.waiting == 1
    await manual_clock.run_for(10)
    assert head.result() is True and bucket.waiting == 0 and manual_clock.sleeping == 0


async def test_waiters_behind_the_head_give_up_at_their_own_deadline(manual_clock: ManualClock) -> None:
    bucket = TokenBucket(0.1, 1, clock=manual_clock)  # one start every 10 s
    assert await bucket.acquire()
    head = asyncio.ensure_future(bucket.acquire())  # no deadline: waits 10 s
    impatient = [asyncio.ensure_future(bucket.acquire(deadline=manual_clock.now + 2 + i)) for i in range(3)]
    last = asyncio.ensure_future(bucket.acquire(deadline=manual_clock.now + 25))
    await settle()
    assert bucket.waiting == 5
    await manual_clock.run_for(4.5)
    assert [w.result() if w.done() else None for w in impatient] == [False, False, False]  # at 2, 3, 4 s
    assert bucket.waiting == 2 and not head.done()
    await manual_clock.run_for(6)
    assert head.result() is True
    await manual_clock.run_for(10)  # the 2nd token, 20 s in: nobody who left delays the last one
    assert last.done() and last.result() is True
    assert bucket.waiting == 0 and manual_clock.sleeping == 0


async def test_a_call_queued_behind_others_for_the_rate_limit_fails_at_its_deadline(
    servers: LocalServers, manual_clock: ManualClock
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return ok()

    base = await servers.start([("GET", "/deployments", handler)])
    async with ECEClient(base, api_key="key-1234", clock=manual_clock, rate_limit=0.1) as ece:
        await ece.deployments.list_deployments()
        patient = asyncio.ensure_future(ece.deployments.list_deployments())  # first in line, 10 s
        with ece.options(retry=RetryPolicy(deadline=3)):
            hurried = asyncio.ensure_future(ece.deployments.list_deployments())
        await manual_clock.run_for(3.5)
        assert hurried.done()
        with pytest.raises(RateLimitedError, match="deadline") as info:
            hurried.result()
        assert info.value.status is None  # the client's own limit, not a 429
        assert not patient.done()
        await manual_clock.run_for(7)
        await asyncio.wait_for(patient, 5)


async def test_cancelling_300_queued_calls_frees_the_client_rate_limit(
    servers: LocalServers, manual_clock: ManualClock
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return ok()

    base = await servers.start([("GET", "/deployments", handler)])
    async with ECEClient(base, api_key="key-1234", clock=manual_clock, rate_limit=10) as ece:
        await ece.deployments.list_deployments()
        queued = [asyncio.ensure_future(ece.deployments.list_deployments()) for _ in range(300)]
        await settle()
        for task in queued:
            task.cancel()
        await asyncio.gather(*queued, return_exceptions=True)
        assert ece.transport._rate is not None and ece.transport._rate.waiting == 0
        late = asyncio.ensure_future(ece.deployments.list_deployments())
        await manual_clock.run_for(0.1)
        await asyncio.wait_for(late, 5)


# -- the adaptive limiter -----------------------------------------------------------------------------


def test_a_burst_of_429s_for_requests_sent_before_a_cut_cuts_once(clock: FakeClock) -> None:
    limiter = AdaptiveRateLimiter(clock=clock)
    for _ in range(20):
        clock.advance(0.05)
        limiter.on_response(throttled=False, sent_at=clock.now - 0.01)
    sent = clock.now
    clock.advance(0.05)
    limiter.on_response(throttled=True, sent_at=sent)
    first = limiter.rate
    assert first is not None
    for _ in range(31):  # the rest of a concurrent burst, all sent before the cut
        limiter.on_response(throttled=True, sent_at=sent)
    assert limiter.rate == first
    clock.advance(2.5)  # long after the last success
    limiter.on_response(throttled=True, sent_at=clock.now - 0.01)  # sent after the cut: a new event
    assert limiter.rate is not None and limiter.rate < first


def test_cuts_stop_at_a_fraction_of_what_the_server_accepts(clock: FakeClock) -> None:
    limiter = AdaptiveRateLimiter(clock=clock)
    for _ in range(50):  # the server took 50 in the last second
        clock.advance(0.02)
        limiter.on_response(throttled=False)
    for _ in range(40):  # then throttles everything admitted after each cut, a few ms apart
        clock.advance(0.002)
        limiter.on_response(throttled=True, sent_at=clock.now - 0.001)
    assert limiter.rate is not None and limiter.rate >= 0.7 * 45  # not 0.7**40 of anything


async def test_the_rate_grows_past_twice_the_measured_rate_only_while_calls_wait(
    manual_clock: ManualClock,
) -> None:
    clock = manual_clock
    limiter = AdaptiveRateLimiter(clock=clock)
    for _ in range(20):
        clock.advance(0.1)
        limiter.on_response(throttled=False)  # 10/s
    limiter.on_response(throttled=True)
    for _ in range(100):
        clock.advance(0.1)
        limiter.on_response(throttled=False)
    assert limiter.rate is not None and limiter.rate <= 2 * 10 * 1.05  # idle: capped near use
    pending = []
    while limiter.waiting == 0:  # a queue forms (sync advance() wakes no sleeper: they stay queued)
        pending.append(asyncio.ensure_future(limiter.acquire()))
        await settle()
    for _ in range(100):
        clock.advance(0.1)
        limiter.on_response(throttled=False)
    assert limiter.rate is not None and limiter.rate > 2 * 10 * 1.05  # demand queued: CUBIC decides
    await clock.run_for(60)
    assert all(task.done() for task in pending)


async def test_the_adaptive_limit_counts_against_the_deadline(
    servers: LocalServers, manual_clock: ManualClock
) -> None:
    async def throttled(request: web.Request) -> web.Response:
        return json_response(error_body("billing_service.rate_limited"), 429, RATE_LIMITED)

    base = await servers.start([("GET", "/deployments", throttled)])
    policy = RetryPolicy(mode="adaptive", max_attempts=50, deadline=5.0, backoff_base=0.0)
    async with ECEClient(base, api_key="key-1234", clock=manual_clock, retry=policy) as ece:
        adaptive = ece.transport.adaptive
        assert adaptive is not None
        call = asyncio.ensure_future(ece.deployments.list_deployments())
        for _ in range(200):
            await manual_clock.run_for(0.1)
            if call.done():
                break
        with pytest.raises(RateLimitedError, match="own rate limit") as info:
            await call
    assert info.value.status is None
    assert manual_clock.now <= 5.5  # not the minutes the minimum rate would take for 50 attempts


async def test_adaptive_mode_gets_600_calls_through_a_50_per_second_server_on_virtual_time(
    servers: LocalServers,
) -> None:
    """The scenario of ``make bench``'s adaptive row, on virtual time: all calls succeed.

    (Before the token bucket, queued calls kept the start times booked at the lowest rate:
    about 55 of 600 finished in 60 s.)
    """
    clock = ManualClock()
    admitted: list[float] = []
    throttles = 0

    async def limited(request: web.Request) -> web.Response:
        nonlocal throttles
        while admitted and admitted[0] <= clock.now - 1.0:
            admitted.pop(0)
        if len(admitted) >= 50:
            throttles += 1
            return json_response(error_body("billing_service.rate_limited"), 429, RATE_LIMITED)
        admitted.append(clock.now)
        return ok()

    base = await servers.start([("GET", "/deployments", limited)])
    policy = RetryPolicy(mode="adaptive", max_attempts=30, deadline=None)
    async with ECEClient(base, api_key="key-1234", clock=clock, retry=policy, max_concurrency=32) as ece:
        calls = [asyncio.ensure_future(ece.deployments.list_deployments()) for _ in range(600)]
        while not all(c.done() for c in calls) and clock.now < 120:
            await clock.run_for(0.05)
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert clock.now < 40  # 12 s at the server's rate; the collapse took minutes
    assert throttles < 600


# -- the retry budget -------------------------------------------------------------------------------


async def test_an_outage_costs_little_more_than_one_attempt_per_call_and_retries_return_after(
    servers: LocalServers, clock: FakeClock
) -> None:
    state = {"down": True, "flaky": set()}
    attempts = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal attempts
        attempts += 1
        key = request.match_info["id"]
        if state["down"]:
            return json_response(error_body("root.unavailable"), 503)
        flaky: set[str] = state["flaky"]  # type: ignore[assignment]
        if key not in flaky:  # recovering: every call fails once, then succeeds
            flaky.add(key)
            return json_response(error_body("root.unavailable"), 503)
        return json_response({"id": key, "resources": {}})

    base = await servers.start([("GET", "/deployments/{id}", handler)])
    policy = RetryPolicy(max_attempts=4, deadline=None)

    async def wave(tag: str, n: int = 1000) -> list[Any]:
        return await asyncio.gather(
            *(ece.deployments.get_deployment(deployment_id=f"{tag}{i}") for i in range(n)),
            return_exceptions=True,
        )

    async with ECEClient(base, api_key="key-1234", clock=clock, retry=policy) as ece:
        first = await wave("a")
        assert all(isinstance(r, ServerError) for r in first)
        assert attempts < 1.5 * 1000  # 4000 without a budget
        second_start = attempts
        await wave("b")
        assert attempts - second_start < 1.5 * 1000  # and the next wave too
        state["down"] = False
        state["flaky"] = {f"c{i}" for i in range(500)}  # 500 calls succeed at once: refills
        await wave("c", 500)
        budget = ece.transport.retry_budget
        assert budget is not None and budget.available >= 5 * 50
        recovered = await wave("d", 50)  # each fails once: retried again
    assert not [r for r in recovered if isinstance(r, BaseException)]


# -- Retry-After ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "headers"), [(503, {}), (429, RATE_LIMITED)])
async def test_retry_after_is_honoured_on_503_and_429(
    servers: LocalServers, clock: FakeClock, status: int, headers: dict[str, str]
) -> None:
    replies = [json_response(error_body("x"), status, {**headers, "Retry-After": "7"}), ok()]

    async def handler(request: web.Request) -> web.Response:
        return replies.pop(0)

    base = await servers.start([("GET", "/deployments", handler)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        await ece.deployments.list_deployments()
    assert len(clock.sleeps) == 1 and 7 <= clock.sleeps[0] <= 7.5


async def test_a_retry_after_beyond_max_retry_after_fails_at_once(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return json_response(
            error_body("billing_service.rate_limited"), 429, {**RATE_LIMITED, "Retry-After": "3600"}
        )

    base = await servers.start([("GET", "/deployments", handler)])
    caplog.set_level(logging.DEBUG, logger="ece_async")
    async with ECEClient(base, api_key="key-1234", clock=clock, retry=RetryPolicy(deadline=None)) as ece:
        with pytest.raises(RateLimitedError) as info:
            await ece.deployments.list_deployments()
    assert info.value.retry_after == 3600 and info.value.attempts == 1
    assert clock.sleeps == []
    assert "exceeds max_retry_after" in caplog.text
    assert RetryPolicy().max_retry_after == 60


# -- conditional writes and honest attempt counts -------------------------------------------------------


async def test_a_versioned_put_the_server_applied_is_not_replayed_into_a_false_conflict(
    servers: LocalServers, clock: FakeClock
) -> None:
    version = 7
    applied = 0
    mode = {"after_apply": "503"}

    async def update(request: web.Request) -> web.StreamResponse:
        nonlocal version, applied
        if request.query.get("version") != str(version):
            return json_response(error_body("comments.version_conflict"), 409)
        version += 1
        applied += 1
        if mode["after_apply"] == "drop":
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        return json_response(error_body("root.unavailable"), 503)

    base = await servers.start([("PUT", "/comments/{rt}/{rid}/{cid}", update)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ServerError):
            await ece.comments.update_comment(
                resource_type="deployment", resource_id="d", comment_id="c", version="7", body=_comment()
            )
        mode["after_apply"] = "drop"
        with pytest.raises(ECEConnectionError):
            await ece.comments.update_comment(
                resource_type="deployment", resource_id="d", comment_id="c", version="8", body=_comment()
            )
    assert applied == 2 and clock.sleeps == []  # no replay, so no ConflictError for our own write
    assert ConflictError  # the error a replay would have produced


async def test_a_versioned_put_is_still_retried_on_429(servers: LocalServers, clock: FakeClock) -> None:
    replies = [json_response(error_body("billing_service.rate_limited"), 429, RATE_LIMITED), ok({})]

    async def update(request: web.Request) -> web.Response:
        return replies.pop(0)

    base = await servers.start([("PUT", "/comments/{rt}/{rid}/{cid}", update)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        await ece.comments.update_comment(
            resource_type="deployment", resource_id="d", comment_id="c", version="7", body=_comment()
        )
    assert replies == [] and len(clock.sleeps) == 1


def _comment() -> Any:
    from ece_async.models import CommentUpdateRequest

    return CommentUpdateRequest(message="hello")


async def test_every_request_the_server_sees_is_an_attempt_the_client_reports(
    servers: LocalServers, clock: FakeClock
) -> None:
    seen_by_server = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal seen_by_server
        seen_by_server += 1
        if seen_by_server == 2:  # drop a kept-alive connection without answering
            assert request.transport is not None
            request.transport.close()
        return ok()

    starts: list[RequestStart] = []
    base = await servers.start([("GET", "/deployments", handler)])
    async with ECEClient(
        base, api_key="key-1234", clock=clock, hooks=Hooks(on_request_start=starts.append)
    ) as ece:
        await ece.deployments.list_deployments()
        await ece.deployments.list_deployments()  # aiohttp alone would resend this one silently
    assert seen_by_server == 3
    assert len(starts) == seen_by_server
    assert [s.attempt for s in starts] == [1, 1, 2]
