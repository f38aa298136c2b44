"""OpenTelemetry tracing: one CLIENT span per operation, with the ``ece-async[otel]`` extra.

::

    from ece_async.otel import otel_hooks

    ECEClient(url, api_key=key, hooks=otel_hooks())  # the global tracer provider

Each call of ``ece.<tag>.<operation>`` (and ``ece.request``) becomes one span, named by its
operationId (``get-deployment``, ``raw-request``), a child of the span current in the caller,
around all the call's attempts and retry waits. The span is current while the call runs, so
spans the call causes (aiohttp client instrumentation, if installed) nest under it. Login and
token refresh are operations of their own; they run in the client's own context, shared by
all calls, so their spans are roots.

Attributes (HTTP client semantic conventions, plus the ``ece.*`` namespace):

| attribute | value |
| --- | --- |
| ``http.request.method`` | ``GET``, ``POST``, ...; others: ``_OTHER`` and ``http.request.method_original`` |
| ``url.full`` | the last attempt's URL, redacted (credential-looking query values masked) |
| ``server.address``, ``server.port`` | the coordinator of the last attempt |
| ``ece.operation.id`` | the operationId (also the span's name) |
| ``http.response.status_code`` | the last response's status (absent if none arrived) |
| ``ece.attempts`` | attempts made (1 without retries) |
| ``http.request.resend_count`` | attempts - 1, when the call was retried |
| ``ece.retry.wait`` | seconds slept before retries, in total |
| ``error.type`` | on failure: an error response's status (``"404"``), else the exception's class |
| ``ece.error.codes`` | on failure: the ECE error codes (``x-cloud-error-codes``, ``errors[].code``) |

The exception's class is named in full: ``ece_async.errors.ECETimeoutError``,
``asyncio.exceptions.CancelledError``.

Each retry adds a span event ``ece.retry`` with ``ece.attempt`` (the attempt that failed),
``ece.retry.delay`` (the wait in seconds), ``ece.retry.reason`` (the error's message),
``error.type``, ``ece.error.codes`` and ``http.response.status_code`` when known. A failed call
sets the span's status to ERROR with the error's message as description, and records an
:class:`~ece_async.ECEError` as an ``exception`` event; a cancelled call ends its span with
status ERROR (``cancelled``). Messages of ECE errors have the client's secrets masked; other
exceptions contribute only their type. Headers and bodies are never recorded. Attempts are read only
for where they went (``RequestEnd.url``): an attempt ended by a cancellation or a reducer's exception
(``RequestEnd.exception``) changes nothing but that; the operation's end says how it ended.

Without ``opentelemetry-api`` installed, :func:`otel_hooks` returns empty hooks: the client then
does no per-operation work at all, and ``import ece_async`` never imports OpenTelemetry.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .hooks import Hooks

if TYPE_CHECKING:
    from opentelemetry.trace import TracerProvider

__all__ = ["otel_hooks"]

logger = logging.getLogger("ece_async")


def otel_hooks(tracer_provider: TracerProvider | None = None) -> Hooks:
    """Hooks that trace every operation of a client: pass them as ``ECEClient(hooks=...)``.

    ``tracer_provider`` defaults to the global one, looked up at each span, so the hooks may be
    made before the application configures the SDK. With the API but no SDK configured, spans
    are non-recording and the client skips them (a few microseconds a call).
    """
    try:
        from ._otel_spans import OperationTracer
    except ImportError:
        logger.debug("ece_async: opentelemetry-api is not installed; tracing is off")
        return Hooks()
    return Hooks(on_operation=OperationTracer(tracer_provider))
