"""Every attempt's ``RequestStart`` gets exactly one ``RequestEnd``, whatever ends it: a cancellation
on the wire (before the headers, mid-body, mid streamed body), a reducer's own exception.  Against
real aiohttp servers on 127.0.0.1; a hook counting attempts in flight returns to 0 every time."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiohttp import web

from ece_async import (
    ECEClient,
    Hooks,
    OperationEnd,
    OperationObserver,
    OperationStart,
    RequestEnd,
    RequestStart,
)
from ece_async import hooks as hooks_module

from .facade_support import FakeClock, LocalServers, exception_chain_texts
from .test_facade_streaming import DIGEST, DOCUMENT, Digest, _document, _fed, _stalled

API_KEY = "key-hooks-end-0815"
SECRET_QUERY = "query-secret-4711"


class InFlight:
    """What a service does with the hooks: +1 per start, -1 per end; the ends and the observer's."""

    def __init__(self) -> None:
        self.count = 0
        self.ends: list[RequestEnd] = []
        self.observed: list[RequestEnd] = []
        self.operations: list[OperationEnd] = []

    def start(self, event: RequestStart) -> None:
        self.count += 1

    def end(self, event: RequestEnd) -> None:
        self.count -= 1
        self.ends.append(event)

    def hooks(self) -> Hooks:
        flight = self

        class Observer(OperationObserver):
            def on_attempt(self, event: RequestEnd) -> None:
                flight.observed.append(event)

            def on_end(self, event: OperationEnd) -> None:
                flight.operations.append(event)

        def operation(start: OperationStart) -> OperationObserver:
            return Observer()

        return Hooks(on_request_start=self.start, on_request_end=self.end, on_operation=operation)


async def _mid_body(request: web.Request) -> web.StreamResponse:
    return await _stalled(request, head=DOCUMENT[: 256 * 1024])


async def _before_headers(request: web.Request) -> web.StreamResponse:
    return await _stalled(request, before_headers=True)


async def _cancelled(call: asyncio.Future[Any]) -> asyncio.CancelledError:
    call.cancel()
    with pytest.raises(asyncio.CancelledError) as info:
        await call
    return info.value


def _assert_one_end_by(flight: InFlight, kind: type[BaseException]) -> RequestEnd:
    """One attempt, ended by ``kind``: in flight back to 0, the observer told the same end."""
    assert flight.count == 0
    (end,) = flight.ends
    assert flight.observed == [end] and flight.observed[0] is end
    assert isinstance(end.exception, kind)
    assert end.status is None and end.error is None and end.attempt == 1 and end.duration >= 0
    (operation,) = flight.operations
    assert isinstance(operation.error, kind)
    return end


@pytest.mark.parametrize("where", ["before the headers", "mid-body", "mid streamed body"])
async def test_a_cancelled_attempt_ends_for_hooks_and_observer_and_frees_its_slot(
    servers: LocalServers, clock: FakeClock, where: str
) -> None:
    handler = _before_headers if where == "before the headers" else _mid_body
    base = await servers.start([("GET", "/slow", handler), ("GET", "/data", _document)])
    flight = InFlight()
    reduce = Digest if where == "mid streamed body" else None
    async with ECEClient(base, api_key=API_KEY, clock=clock, max_concurrency=1, hooks=flight.hooks()) as ece:
        call = asyncio.ensure_future(ece.request("GET", "/slow", reduce=reduce))
        await asyncio.sleep(0.2)
        assert flight.count == 1  # on the wire
        if where == "mid streamed body":
            assert _fed() > 0
        cancelled = await _cancelled(call)
        end = _assert_one_end_by(flight, asyncio.CancelledError)
        assert end.exception is cancelled  # what the caller got
        assert all(not sem.locked() for sem in ece.transport._limits.semaphores("raw-request"))
        # One slot, one connection: both free again; that attempt starts and ends as usual.
        assert await asyncio.wait_for(ece.request("GET", "/data", reduce=Digest), 10) == DIGEST
    assert flight.count == 0
    assert [(e.status, e.exception) for e in flight.ends[1:]] == [(200, None)]


async def test_a_reducers_own_exception_ends_the_attempt_for_hooks_and_observer(
    servers: LocalServers, clock: FakeClock
) -> None:
    bug = RuntimeError("the reducer's own bug")

    class Buggy(Digest):
        def feed(self, chunk: bytes) -> None:
            raise bug

    base = await servers.start([("GET", "/data", _document)])
    flight = InFlight()
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=flight.hooks()) as ece:
        with pytest.raises(RuntimeError) as info:
            await ece.request("GET", "/data", reduce=Buggy)
        assert info.value is bug
        end = _assert_one_end_by(flight, RuntimeError)
        assert end.exception is bug


async def test_an_async_end_hook_is_awaited_for_a_reducers_exception(
    servers: LocalServers, clock: FakeClock
) -> None:
    class Buggy(Digest):
        def feed(self, chunk: bytes) -> None:
            raise RuntimeError("bug")

    ends: list[RequestEnd] = []

    async def end(event: RequestEnd) -> None:
        await asyncio.sleep(0)
        ends.append(event)

    base = await servers.start([("GET", "/data", _document)])
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=Hooks(on_request_end=end)) as ece:
        with pytest.raises(RuntimeError):
            await ece.request("GET", "/data", reduce=Buggy)
        assert [type(e.exception) for e in ends] == [RuntimeError]  # before the caller saw it


async def test_a_cancelled_attempts_async_hooks_run_detached_and_a_stuck_one_is_cancelled(
    servers: LocalServers, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The cancellation is not delayed by a coroutine hook: it runs as its own task, and one that
    never returns is cancelled after the bound, leaving no task behind."""
    monkeypatch.setattr(hooks_module, "DETACHED_HOOK_TIMEOUT", 0.2)
    ran: list[str] = []
    stuck = asyncio.Event()

    async def counting(event: RequestEnd) -> None:
        await asyncio.sleep(0)
        ran.append(type(event.exception).__name__)

    async def forever(event: RequestEnd) -> None:
        stuck.set()
        await asyncio.Event().wait()

    base = await servers.start([("GET", "/slow", _before_headers)])
    flight = InFlight()
    hooks = [flight.hooks(), Hooks(on_request_end=counting), Hooks(on_request_end=forever)]
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=hooks) as ece:
        runner = ece.transport._hooks
        assert runner is not None
        call = asyncio.ensure_future(ece.request("GET", "/slow"))
        await asyncio.sleep(0.2)
        await asyncio.wait_for(_cancelled(call), 1)  # awaiting ``forever`` inline would hang here
        assert flight.count == 0  # the sync hook: at once, in the cancelled task
        await asyncio.wait_for(stuck.wait(), 1)
        assert runner.detached  # ``forever``: held, still running
        await asyncio.sleep(0.5)
        assert ran == ["CancelledError"] and not runner.detached
    assert "cancelled after" in caplog.text


async def test_a_cancellation_during_an_async_start_hook_still_ends_the_attempt(
    servers: LocalServers, clock: FakeClock
) -> None:
    entered = asyncio.Event()
    flight = InFlight()

    async def slow_start(event: RequestStart) -> None:
        entered.set()
        await asyncio.Event().wait()

    base = await servers.start([("GET", "/data", _document)])
    hooks = [flight.hooks(), Hooks(on_request_start=slow_start)]
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=hooks) as ece:
        call = asyncio.ensure_future(ece.request("GET", "/data"))
        await entered.wait()
        await _cancelled(call)
    _assert_one_end_by(flight, asyncio.CancelledError)


async def test_an_observer_hears_of_an_attempt_when_an_async_end_hook_is_cancelled(
    servers: LocalServers, clock: FakeClock
) -> None:
    entered = asyncio.Event()
    flight = InFlight()

    async def slow_end(event: RequestEnd) -> None:
        entered.set()
        await asyncio.Event().wait()

    base = await servers.start([("GET", "/data", _document)])
    hooks = [Hooks(on_request_end=slow_end), flight.hooks()]
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=hooks) as ece:
        call = asyncio.ensure_future(ece.request("GET", "/data"))
        await entered.wait()
        await _cancelled(call)
    assert [e.status for e in flight.observed] == [200]  # once: the response's end
    assert flight.count == 1  # the second end hook never ran; no second end either


async def test_the_end_of_a_cancelled_attempt_shows_no_secret(
    servers: LocalServers, clock: FakeClock
) -> None:
    flight = InFlight()
    base = await servers.start([("GET", "/slow", _before_headers)])
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=flight.hooks()) as ece:
        call = asyncio.ensure_future(ece.request("GET", "/slow", params={"token": SECRET_QUERY}))
        await asyncio.sleep(0.2)
        await _cancelled(call)
    (end,) = flight.ends
    assert end.exception is not None
    # What the event shows (the exception's frames are the caller's: its own arguments are there).
    texts = [repr(end), str(end), *exception_chain_texts(end.exception, frames=False)]
    assert not any(secret in text for text in texts for secret in (API_KEY, SECRET_QUERY))
    assert SECRET_QUERY not in end.url


async def test_without_end_hooks_or_observers_a_cancellation_builds_no_event(
    servers: LocalServers, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[RequestStart] = []
    built: list[Any] = []
    monkeypatch.setattr(hooks_module, "RequestEnd", lambda *a: built.append(a))
    base = await servers.start([("GET", "/slow", _before_headers)])
    async with ECEClient(
        base, api_key=API_KEY, clock=clock, hooks=Hooks(on_request_start=started.append)
    ) as ece:
        call = asyncio.ensure_future(ece.request("GET", "/slow"))
        await asyncio.sleep(0.2)
        await _cancelled(call)
    assert len(started) == 1 and built == []


def test_request_end_stays_constructible_as_before() -> None:
    end = RequestEnd("get-deployment", "GET", "https://ece/x", 1, 200, None, 0.5)
    assert end.exception is None
    assert end == RequestEnd("get-deployment", "GET", "https://ece/x", 1, 200, None, 0.5, None)
    cancelled = end.replace(status=None, exception=asyncio.CancelledError())
    assert isinstance(cancelled.exception, asyncio.CancelledError)
