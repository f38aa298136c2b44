"""OpenTelemetry (``ece_async.otel``): one CLIENT span per operation, read back from the SDK's
in-memory exporter, against real servers on 127.0.0.1 and the simulator."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import orjson
import pytest
from aiohttp import web
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF
from opentelemetry.trace import SpanKind, StatusCode

from ece_async import (
    NO_RETRY,
    ECEClient,
    ECEConnectionError,
    Hooks,
    NotFoundError,
    RequestStart,
    RetryPolicy,
    ServerError,
)
from ece_async.hooks import OperationStart
from ece_async.otel import otel_hooks
from ece_async.testing import ECESimulator

from .facade_support import FakeClock, LocalServers, error_body, json_response

API_KEY = "otel-api-key-5521"
QUERY_SECRET = "otel-query-secret-9045"


class Traces:
    """A tracer provider whose finished spans stay in memory."""

    def __init__(self, **provider: Any) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider(**provider)
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.tracer = self.provider.get_tracer("test")

    def hooks(self) -> Hooks:
        return otel_hooks(tracer_provider=self.provider)

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def span(self, name: str) -> ReadableSpan:
        [span] = [s for s in self.spans() if s.name == name]
        return span


@pytest.fixture
def traces() -> Iterator[Traces]:
    recorded = Traces()
    yield recorded
    recorded.provider.shutdown()


def span_texts(span: ReadableSpan) -> str:
    """Everything an exporter would send of a span, as one text."""
    parts: list[Any] = [span.name, span.status.description, dict(span.attributes or {})]
    parts += [(event.name, dict(event.attributes or {})) for event in span.events]
    return repr(parts)


async def test_one_client_span_per_operation_named_by_operation_id_under_the_callers_span(
    servers: LocalServers, traces: Traces
) -> None:
    current_during_attempts: list[int] = []

    async def handler(request: web.Request) -> web.Response:
        return json_response({"id": request.match_info["id"], "name": "n", "healthy": True, "resources": {}})

    base = await servers.start([("GET", "/deployments/{id}", handler)])

    def on_request_start(event: RequestStart) -> None:
        current_during_attempts.append(trace.get_current_span().get_span_context().span_id)

    hooks = [traces.hooks(), Hooks(on_request_start=on_request_start)]
    async with ECEClient(base, api_key=API_KEY, hooks=hooks) as ece:
        with traces.tracer.start_as_current_span("caller") as caller:
            await ece.deployments.get_deployment(deployment_id="d-1")
            assert trace.get_current_span() is caller  # the caller's context is restored

    span = traces.span("get-deployment")
    assert span.kind is SpanKind.CLIENT
    assert span.instrumentation_scope is not None
    assert (span.instrumentation_scope.name, span.instrumentation_scope.version) == (
        "ece_async",
        metadata.version("ece-async"),
    )
    assert span.parent is not None and span.parent.span_id == caller.get_span_context().span_id
    assert span.context.trace_id == caller.get_span_context().trace_id
    assert current_during_attempts == [span.context.span_id]  # current while its attempts run
    port = int(base.rsplit(":", 1)[1])
    assert dict(span.attributes or {}) == {
        "ece.operation.id": "get-deployment",
        "http.request.method": "GET",
        "url.full": f"{base}/api/v1/deployments/d-1",
        "server.address": "127.0.0.1",
        "server.port": port,
        "http.response.status_code": 200,
        "ece.attempts": 1,
        "ece.retry.wait": 0.0,
    }
    assert span.status.status_code is StatusCode.UNSET and not span.events


async def test_concurrent_calls_are_siblings_under_the_callers_span(
    servers: LocalServers, traces: Traces
) -> None:
    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(0.01)  # all in flight together
        return json_response({"id": request.match_info["id"], "resources": {}})

    base = await servers.start([("GET", "/deployments/{id}", handler)])
    async with ECEClient(base, api_key=API_KEY, hooks=traces.hooks()) as ece:
        with traces.tracer.start_as_current_span("caller") as caller:
            await asyncio.gather(*(ece.deployments.get_deployment(deployment_id=f"d-{i}") for i in range(5)))
            assert trace.get_current_span() is caller
    spans = [span for span in traces.spans() if span.name == "get-deployment"]
    assert len(spans) == 5
    assert {span.parent.span_id for span in spans if span.parent} == {caller.get_span_context().span_id}
    assert sorted(str(dict(span.attributes or {})["url.full"]).rsplit("/", 1)[1] for span in spans) == [
        f"d-{i}" for i in range(5)
    ]


async def test_retries_are_span_events_with_the_wait_and_the_reason(
    servers: LocalServers, traces: Traces
) -> None:
    replies = [
        json_response(error_body("billing_service.rate_limited"), 429, {"Retry-After": "3"}),
        json_response({}, 503),
        json_response({"deployments": []}),
    ]

    async def handler(request: web.Request) -> web.Response:
        return replies.pop(0)

    base = await servers.start([("GET", "/deployments", handler)])
    clock = FakeClock()
    async with ECEClient(base, api_key=API_KEY, clock=clock, hooks=traces.hooks()) as ece:
        await ece.deployments.list_deployments()

    span = traces.span("list-deployments")
    attributes = dict(span.attributes or {})
    assert attributes["ece.attempts"] == 3 and attributes["http.request.resend_count"] == 2
    assert attributes["http.response.status_code"] == 200
    assert attributes["ece.retry.wait"] == pytest.approx(sum(clock.sleeps))
    assert "error.type" not in attributes and span.status.status_code is StatusCode.UNSET
    rate_limited, unavailable = span.events
    assert rate_limited.name == unavailable.name == "ece.retry"
    first = dict(rate_limited.attributes or {})
    assert "429" in str(first.pop("ece.retry.reason"))  # the error's message
    assert first == {
        "ece.attempt": 1,
        "ece.retry.delay": clock.sleeps[0],
        "error.type": "429",
        "http.response.status_code": 429,
        "ece.error.codes": ("billing_service.rate_limited",),
    }
    assert clock.sleeps[0] >= 3  # Retry-After, never earlier
    assert unavailable.attributes is not None
    assert unavailable.attributes["ece.attempt"] == 2 and unavailable.attributes["error.type"] == "503"
    assert unavailable.attributes["ece.retry.delay"] == clock.sleeps[1]


async def test_an_ece_error_sets_status_error_type_codes_and_records_the_exception(
    servers: LocalServers, traces: Traces
) -> None:
    async def missing(request: web.Request) -> web.Response:
        return json_response(error_body("deployments.deployment_not_found"), 404)

    base = await servers.start([("GET", "/deployments/{id}", missing)])
    async with ECEClient(base, api_key=API_KEY, hooks=traces.hooks()) as ece:
        with pytest.raises(NotFoundError) as raised:
            await ece.deployments.get_deployment(deployment_id="gone")

    span = traces.span("get-deployment")
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "404" and attributes["http.response.status_code"] == 404
    assert attributes["ece.error.codes"] == ("deployments.deployment_not_found",)
    assert span.status.status_code is StatusCode.ERROR and span.status.description == str(raised.value)
    [exception] = span.events
    assert exception.name == "exception" and exception.attributes is not None
    assert exception.attributes["exception.message"] == str(raised.value)


async def test_a_call_that_never_got_a_response_names_the_error_class(traces: Traces) -> None:
    async with ECEClient("http://127.0.0.1:9", api_key=API_KEY, retry=NO_RETRY, hooks=traces.hooks()) as ece:
        with pytest.raises(ECEConnectionError):
            await ece.platform.get_platform()
    attributes = dict(traces.span("get-platform").attributes or {})
    assert attributes["error.type"].startswith("ece_async.errors.")  # type: ignore[union-attr]
    assert "[" not in str(attributes["error.type"]) and "http.response.status_code" not in attributes
    assert attributes["server.port"] == 9


async def test_cancellation_ends_the_span_with_status_error_and_restores_the_context(
    servers: LocalServers, traces: Traces
) -> None:
    gate = asyncio.Event()
    arrived = asyncio.Event()

    async def stall(request: web.Request) -> web.Response:
        arrived.set()
        await gate.wait()
        return json_response({})

    base = await servers.start([("GET", "/platform", stall)])
    async with ECEClient(base, api_key=API_KEY, hooks=traces.hooks()) as ece:
        with traces.tracer.start_as_current_span("caller") as caller:
            call = asyncio.ensure_future(ece.platform.get_platform())
            await arrived.wait()  # the call is on the wire
            assert traces.spans() == []  # still open
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            assert trace.get_current_span() is caller
        gate.set()

    span = traces.span("get-platform")
    assert span.end_time is not None and span.status.status_code is StatusCode.ERROR
    assert span.status.description == "cancelled"
    assert dict(span.attributes or {})["error.type"] == "asyncio.exceptions.CancelledError"
    assert span.parent is not None and span.parent.span_id == caller.get_span_context().span_id


async def test_no_secret_in_any_attribute_event_or_status(servers: LocalServers, traces: Traces) -> None:
    async def echo(request: web.Request) -> web.Response:
        seen = f"{request.headers.get('Authorization')} {request.query_string}"
        return json_response({"errors": [{"code": "root.echo", "message": seen}]}, 503)

    base = await servers.start([("GET", "/custom", echo)])
    retry = RetryPolicy(max_attempts=2, deadline=None)
    async with ECEClient(base, api_key=API_KEY, clock=FakeClock(), retry=retry, hooks=traces.hooks()) as ece:
        with pytest.raises(ServerError):
            await ece.request("GET", "/custom", params={"token": QUERY_SECRET, "size": 5})

    span = traces.span("raw-request")
    text = span_texts(span)
    assert API_KEY not in text and QUERY_SECRET not in text
    assert dict(span.attributes or {})["url.full"] == f"{base}/api/v1/custom?token=***&size=5"
    assert [event.name for event in span.events] == ["ece.retry", "exception"]  # both were checked


async def test_each_attempt_updates_where_the_call_went(servers: LocalServers, traces: Traces) -> None:
    async def handler(request: web.Request) -> web.Response:
        return json_response({})

    live = await servers.start([("GET", "/platform", handler)])
    async with ECEClient(
        ["http://127.0.0.1:9", live], api_key=API_KEY, clock=FakeClock(), hooks=traces.hooks()
    ) as ece:
        await ece.platform.get_platform()

    span = traces.span("get-platform")
    attributes = dict(span.attributes or {})
    assert attributes["url.full"] == f"{live}/api/v1/platform"
    assert attributes["server.port"] == int(live.rsplit(":", 1)[1]) and attributes["ece.attempts"] == 2
    [failover] = span.events
    assert failover.attributes is not None and failover.attributes["ece.retry.delay"] == 0.0


async def test_other_methods_follow_the_semantic_conventions(servers: LocalServers, traces: Traces) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=204)

    base = await servers.start([("PURGE", "/cache", handler)])
    async with ECEClient(base, api_key=API_KEY, hooks=traces.hooks()) as ece:
        await ece.request("purge", "/cache")
    attributes = dict(traces.span("raw-request").attributes or {})
    assert attributes["http.request.method"] == "_OTHER"
    assert attributes["http.request.method_original"] == "PURGE"


async def test_against_the_simulator_login_is_a_root_span_of_its_own() -> None:
    traces = Traces()
    async with ECESimulator(deployments=3, seed=1) as sim:
        async with ECEClient(
            sim.url, username=sim.username, password=sim.password, hooks=traces.hooks()
        ) as ece:
            with traces.tracer.start_as_current_span("caller"):
                listing = await ece.deployments.list_deployments()
    assert listing.deployments
    names = {span.name: span for span in traces.spans()}
    assert set(names) == {"login", "list-deployments", "caller"}
    assert names["login"].parent is None  # renewals run in the client's own context
    assert names["list-deployments"].parent is not None
    assert all(sim.password not in span_texts(span) for span in traces.spans())
    traces.provider.shutdown()


async def test_sampled_out_operations_cost_no_observer(servers: LocalServers) -> None:
    traces = Traces(sampler=ALWAYS_OFF)
    hook = traces.hooks().on_operation
    assert hook is not None

    async def handler(request: web.Request) -> web.Response:
        return json_response({})

    base = await servers.start([("GET", "/platform", handler)])
    async with ECEClient(base, api_key=API_KEY, hooks=Hooks(on_operation=hook)) as ece:
        await ece.platform.get_platform()
    assert traces.spans() == []
    assert hook(OperationStart("get-platform", "GET", f"{base}/api/v1/platform")) is None


def test_without_opentelemetry_the_hooks_are_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "ece_async._otel_spans", raising=False)
    hooks = otel_hooks()
    assert hooks == Hooks()


def test_the_client_never_imports_opentelemetry() -> None:
    script = """
import asyncio, json, sys
from ece_async import ECEClient
from ece_async.testing import ECESimulator

async def main():
    async with ECESimulator(deployments=1, seed=1) as sim, ECEClient(sim.url, api_key=sim.api_key) as ece:
        await ece.deployments.list_deployments()

asyncio.run(main())
import ece_async.otel
print(json.dumps(sorted(m for m in sys.modules if m.startswith("opentelemetry"))))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert orjson.loads(out.stdout) == []


def test_error_type_of_an_error_with_codes_is_its_base_class() -> None:
    from ece_async._otel_spans import _error_type
    from ece_async.errors import ResponseDecodeError

    assert _error_type(ResponseDecodeError("odd", status=200, codes=["a.b"])) == (
        "ece_async.errors.ResponseDecodeError"
    )


def test_server_address_and_port_default_by_scheme() -> None:
    from ece_async._otel_spans import _where

    assert _where("https://ece.example/api/v1/x")["server.port"] == 443
    assert _where("http://[::1]:8080/api/v1/x")["server.address"] == "::1"
    assert _where("http://[::1]:8080/api/v1/x")["server.port"] == 8080
