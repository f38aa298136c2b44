"""The span per operation behind :mod:`ece_async.otel` (imports OpenTelemetry; loaded only by it)."""

from __future__ import annotations

import asyncio
import functools
from urllib.parse import urlsplit

from opentelemetry import context, trace
from opentelemetry.trace import Span, SpanKind, StatusCode, TracerProvider
from opentelemetry.util.types import AttributeValue

from . import __version__
from .errors import ECEError
from .hooks import OperationEnd, OperationObserver, OperationStart, RequestEnd, RetryScheduled

_KNOWN_METHODS = frozenset({"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"})
_DEFAULT_PORTS = {"https": 443, "http": 80}


class OperationTracer:
    """The ``on_operation`` hook: starts the operation's span and makes it current."""

    __slots__ = ("_tracer",)

    def __init__(self, tracer_provider: TracerProvider | None) -> None:
        self._tracer = trace.get_tracer("ece_async", __version__, tracer_provider)

    def __call__(self, event: OperationStart) -> OperationObserver | None:
        span = self._tracer.start_span(event.operation_id, kind=SpanKind.CLIENT, attributes=_start(event))
        if not span.is_recording():
            return None  # sampled out, or no SDK: nothing to record, nothing to make current
        return SpanObserver(span, event.url)


class SpanObserver(OperationObserver):
    """One operation's span: current from the start until :meth:`on_end` ends it."""

    __slots__ = ("_span", "_token", "_url")

    def __init__(self, span: Span, url: str) -> None:
        self._span = span
        self._url = url
        self._token = context.attach(trace.set_span_in_context(span))

    def on_attempt(self, event: RequestEnd) -> None:
        if event.url != self._url:  # another coordinator (or its first attempt elsewhere)
            self._url = event.url
            self._span.set_attributes(_where(event.url))

    def on_retry(self, event: RetryScheduled) -> None:
        error = event.error
        attributes: dict[str, AttributeValue] = {
            "ece.attempt": event.attempt,
            "ece.retry.delay": event.delay,
            "ece.retry.reason": str(error),
            "error.type": _error_type(error),
        }
        if error.status:
            attributes["http.response.status_code"] = error.status
        if error.codes:
            attributes["ece.error.codes"] = error.codes
        self._span.add_event("ece.retry", attributes)

    def on_end(self, event: OperationEnd) -> None:
        span = self._span
        try:
            attributes: dict[str, AttributeValue] = {
                "ece.attempts": event.attempts,
                "ece.retry.wait": event.retry_wait,
            }
            if event.attempts > 1:
                attributes["http.request.resend_count"] = event.attempts - 1
            if event.status:
                attributes["http.response.status_code"] = event.status
            error = event.error
            if error is not None:
                attributes["error.type"] = _error_type(error)
                if isinstance(error, ECEError):
                    if error.codes:
                        attributes["ece.error.codes"] = error.codes
                    span.record_exception(error)
                    span.set_status(StatusCode.ERROR, str(error))
                elif isinstance(error, asyncio.CancelledError):
                    span.set_status(StatusCode.ERROR, "cancelled")
                else:  # not the client's own: its message may hold anything, so only its type
                    span.set_status(StatusCode.ERROR, type(error).__name__)
            span.set_attributes(attributes)
        finally:
            span.end()
            context.detach(self._token)


def _start(event: OperationStart) -> dict[str, AttributeValue]:
    method = event.method
    attributes: dict[str, AttributeValue] = {"ece.operation.id": event.operation_id, **_where(event.url)}
    if method in _KNOWN_METHODS:
        attributes["http.request.method"] = method
    else:
        attributes["http.request.method"] = "_OTHER"
        attributes["http.request.method_original"] = method
    return attributes


def _where(url: str) -> dict[str, AttributeValue]:
    """``url.full`` and the server's address and port, for a redacted URL."""
    scheme, _, rest = url.partition("://")
    host, port = _server(scheme, rest.partition("/")[0])
    attributes: dict[str, AttributeValue] = {"url.full": url, "server.address": host}
    if port is not None:
        attributes["server.port"] = port
    return attributes


@functools.lru_cache(maxsize=64)
def _server(scheme: str, netloc: str) -> tuple[str, int | None]:
    """Host and port of a coordinator (a handful per client: cached)."""
    try:
        parts = urlsplit(f"{scheme}://{netloc}")
        return parts.hostname or netloc, parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        return netloc, None


def _error_type(error: BaseException) -> str:
    """The status code of an error response, else the exception's class (low cardinality)."""
    if isinstance(error, ECEError):
        if error.status is not None and error.status >= 400:
            return str(error.status)
        cls: type[BaseException] = getattr(type(error), "_ece_base", type(error))  # not Error[code,...]
    else:
        cls = type(error)
    return f"{cls.__module__}.{cls.__qualname__}"
