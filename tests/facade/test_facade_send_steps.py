"""The send path's steps, each alone: the retry handler and budget, body encoding, bounded reads,
error typing, response shapes; the operation-level instrumentation seam; where errors live."""

from __future__ import annotations

import asyncio
import contextvars
import logging
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from ece_async import (
    ECEClient,
    Hooks,
    OperationEnd,
    OperationObserver,
    OperationStart,
    RateLimitedError,
    RequestEnd,
    RetryPolicy,
    RetryScheduled,
    ServerError,
)
from ece_async._generated import UNSET, Request
from ece_async._node import request_body
from ece_async._wire import shapes_of, transport_error_class
from ece_async.errors import (
    ConnectError,
    ConnectTimeoutError,
    ECEConnectionError,
    ECETimeoutError,
    RequestEncodeError,
    TLSError,
)
from ece_async.retry import RetryBudget, RetryHandler

from .facade_support import FakeClock, LocalServers, json_response


def server_error(status: int = 503, retry_after: float | None = None) -> ServerError:
    return ServerError("boom", status=status, retry_after=retry_after)


# -- the retry handler -------------------------------------------------------------------------------


def test_the_handler_decides_in_order_attempts_retryable_retry_after_deadline_budget(
    clock: FakeClock,
) -> None:
    handler = RetryHandler(RetryBudget(10), clock)
    policy = RetryPolicy(max_attempts=3, deadline=30, max_retry_after=60)

    def decide(error: Any, attempt: int = 1, idempotent: bool = True) -> Any:
        return handler.decide(policy, error, attempt=attempt, started=0.0, idempotent=idempotent)

    assert decide(server_error(), attempt=3).delay is None  # out of attempts
    assert decide(server_error(), idempotent=False).reason == "not retryable"
    assert "max_retry_after" in decide(server_error(retry_after=61)).reason
    assert "deadline" in decide(server_error(retry_after=31)).reason
    assert decide(server_error(retry_after=20)).delay == pytest.approx(20.25)  # jitter 0.5 * 0.5
    assert handler.budget is not None and handler.budget.available == 5  # that retry cost 5
    assert decide(server_error()).delay is not None  # the last 5
    assert decide(server_error()).reason == "the client's retry budget is spent"
    assert decide(RateLimitedError("slow", status=429)).delay is not None  # 429s are free
    handler.succeeded(0.0)  # a success at the first attempt refills one
    assert handler.budget.available == 1
    handler.succeeded(5.0)  # a success after a retry gives back what the retry cost
    assert handler.budget.available == 6


def test_timeouts_cost_more_and_an_immediate_failover_skips_the_backoff(clock: FakeClock) -> None:
    budget = RetryBudget(100)
    assert budget.cost(ECETimeoutError("t")) == 10 and budget.cost(ConnectError("c")) == 5
    handler = RetryHandler(None, clock)
    decision = handler.decide(
        RetryPolicy(), ConnectError("c"), attempt=1, started=0, idempotent=False, immediate=True
    )
    assert decision.delay == 0.0


def test_a_client_side_throttle_is_not_retried(clock: FakeClock) -> None:
    handler = RetryHandler(None, clock)
    own = RateLimitedError("the client's own rate limit ...")
    assert handler.decide(RetryPolicy(), own, attempt=1, started=0, idempotent=True).delay is None


# -- body, errors, shapes ----------------------------------------------------------------------------


def test_request_body_encodes_json_content_and_forms_per_attempt() -> None:
    data, headers = request_body(Request("POST", "/x", "op", json={"a": 1}))
    assert data == b'{"a":1}' and headers == (("Content-Type", "application/json"),)
    data, headers = request_body(Request("PUT", "/x", "op", content=b"raw", content_type="text/plain"))
    assert data == b"raw" and headers == (("Content-Type", "text/plain"),)
    assert request_body(Request("GET", "/x", "op")) == (None, ())
    with pytest.raises(RequestEncodeError, match="not JSON-serialisable") as info:
        request_body(Request("POST", "/x", "op", json={"a": object()}))
    assert info.value.__context__ is None and isinstance(info.value, TypeError)
    assert UNSET is not None


def test_library_exceptions_map_to_typed_transport_errors() -> None:
    key: Any = type("K", (), {"host": "h", "port": 1, "ssl": True, "is_ssl": True})()
    assert transport_error_class(aiohttp.ClientConnectorError(key, OSError(111, "refused"))) is ConnectError
    assert transport_error_class(aiohttp.ConnectionTimeoutError()) is ConnectTimeoutError
    assert transport_error_class(asyncio.TimeoutError()) is ECETimeoutError
    assert transport_error_class(aiohttp.ServerDisconnectedError()) is ECEConnectionError
    assert transport_error_class(aiohttp.ClientSSLError(key, OSError(1, "tls"))) is TLSError


def test_shapes_come_from_the_documented_response_kinds() -> None:
    shapes = shapes_of({200: "DeploymentGetResponse", 202: "EmptyResponse", 201: ("list", "X"), 204: None})
    assert shapes == {200: (dict,), 202: (dict, type(None)), 201: (list,), 204: None}


# -- the instrumentation seam ------------------------------------------------------------------------

CURRENT_SPAN: contextvars.ContextVar[str | None] = contextvars.ContextVar("span", default=None)


class SpanLikeObserver(OperationObserver):
    """What an OpenTelemetry integration does: a span current from start to end, in the caller's context."""

    def __init__(self, start: OperationStart, log: list[Any]) -> None:
        self.log = log
        self.token = CURRENT_SPAN.set(start.operation_id)
        log.append(("start", start.operation_id, start.method, start.url))

    def on_attempt(self, event: RequestEnd) -> None:
        self.log.append(
            ("attempt", event.attempt, event.status, type(event.error).__name__, CURRENT_SPAN.get())
        )

    def on_retry(self, event: RetryScheduled) -> None:
        self.log.append(("retry", event.attempt, event.delay))

    def on_end(self, event: OperationEnd) -> None:
        CURRENT_SPAN.reset(self.token)
        self.log.append(("end", event.attempts, event.status, type(event.error).__name__, event.retry_wait))


async def test_one_observer_per_operation_sees_every_attempt_wait_and_the_outcome(
    servers: LocalServers, clock: FakeClock
) -> None:
    replies = [json_response({}, 503, {"Retry-After": "2"}), json_response({"deployments": []})]
    seen_by_handler: list[str | None] = []

    async def handler(request: web.Request) -> web.Response:
        return replies.pop(0)

    base = await servers.start([("GET", "/deployments", handler)])
    log: list[Any] = []

    def on_operation(start: OperationStart) -> OperationObserver:
        return SpanLikeObserver(start, log)

    def on_request_start(event: Any) -> None:
        seen_by_handler.append(CURRENT_SPAN.get())  # the span is current while attempts run

    hooks = Hooks(on_operation=on_operation, on_request_start=on_request_start)
    async with ECEClient(base, api_key="key-1234", clock=clock, hooks=hooks) as ece:
        await ece.deployments.list_deployments()
        assert CURRENT_SPAN.get() is None  # restored in the caller's context
    assert log[0][:2] == ("start", "list-deployments") and log[0][3].endswith("/api/v1/deployments")
    assert log[1] == ("attempt", 1, 503, "ServerError", "list-deployments")
    assert log[2][0] == "retry" and log[2][2] >= 2
    assert log[3] == ("attempt", 2, 200, "NoneType", "list-deployments")
    assert log[4][:4] == ("end", 2, 200, "NoneType") and log[4][4] >= 2
    assert seen_by_handler == ["list-deployments", "list-deployments"]


async def test_the_observer_ends_once_on_failure_and_on_cancellation_and_may_fail_harmlessly(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    gate = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        await gate.wait()
        return json_response({})

    async def failing(request: web.Request) -> web.Response:
        return json_response({}, 500)

    base = await servers.start([("GET", "/deployments", slow), ("GET", "/platform", failing)])
    ends: list[OperationEnd] = []

    class Observer(OperationObserver):
        def on_attempt(self, event: RequestEnd) -> None:
            raise RuntimeError("observer bug")

        def on_end(self, event: OperationEnd) -> None:
            ends.append(event)

    async with ECEClient(
        base, api_key="key-1234", clock=clock, hooks=Hooks(on_operation=lambda s: Observer())
    ) as ece:
        with pytest.raises(ServerError):
            await ece.platform.get_platform()
        call = asyncio.ensure_future(ece.deployments.list_deployments())
        await asyncio.sleep(0.05)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        gate.set()
    assert [type(e.error).__name__ for e in ends] == ["ServerError", "CancelledError"]
    assert "observer bug" in caplog.text


# -- logging and where errors live ---------------------------------------------------------------------


async def test_the_retry_debug_line_shows_a_redacted_url(
    servers: LocalServers, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    replies = [json_response({}, 503), json_response({})]

    async def handler(request: web.Request) -> web.Response:
        return replies.pop(0)

    base = await servers.start([("GET", "/custom", handler)])
    caplog.set_level(logging.DEBUG, logger="ece_async")
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        await ece.request("GET", "/custom", params={"token": "tok-secret-77", "size": 5})
    [line] = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert "custom?token=***&size=5" in line and "tok-secret-77" not in line


def test_every_error_class_is_importable_from_errors() -> None:
    from ece_async import errors, pagination, plans, transport

    assert pagination.PaginationError is errors.PaginationError
    assert plans.PlanFailedError is errors.PlanFailedError
    assert plans.PlanTimeoutError is errors.PlanTimeoutError
    assert transport.RequestEncodeError is errors.RequestEncodeError
    assert all(issubclass(cls, errors.ECEError) for cls in (errors.PaginationError, errors.PlanFailedError))
