"""Tracing hooks: where a service wires its own metrics, traces and logs.

Each attempt (the first try and every retry) produces a :class:`RequestStart`
and a :class:`RequestEnd`; a scheduled retry produces a :class:`RetryScheduled`
before the client sleeps.  Callbacks may be plain functions or coroutine
functions.  A hook that raises is logged (logger ``ece_async``) and otherwise
ignored: observability must never break the calls it observes.  URLs in
events are redacted; events never carry headers or bodies.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from ._frozen import Frozen
from .errors import ECEError

__all__ = ["HookCallback", "Hooks", "RequestEnd", "RequestStart", "RetryScheduled"]

logger = logging.getLogger("ece_async")

Ev = TypeVar("Ev")

#: A hook: called with the event; may return an awaitable, which is awaited.
HookCallback = Callable[[Ev], Awaitable[None] | None]


class RequestStart(Frozen):
    """An attempt is about to go on the wire (its concurrency slots are held)."""

    __slots__ = ("attempt", "method", "operation_id", "url")
    _fields = ("operation_id", "method", "url", "attempt")
    operation_id: str
    method: str
    url: str
    attempt: int

    def __init__(self, operation_id: str, method: str, url: str, attempt: int) -> None:
        self._init(operation_id=operation_id, method=method, url=url, attempt=attempt)


class RequestEnd(Frozen):
    """An attempt finished: ``status`` when a response arrived, ``error`` when it was a failure."""

    __slots__ = ("attempt", "duration", "error", "method", "operation_id", "status", "url")
    _fields = ("operation_id", "method", "url", "attempt", "status", "error", "duration")
    operation_id: str
    method: str
    url: str
    attempt: int
    status: int | None
    error: ECEError | None
    duration: float

    def __init__(
        self,
        operation_id: str,
        method: str,
        url: str,
        attempt: int,
        status: int | None,
        error: ECEError | None,
        duration: float,
    ) -> None:
        self._init(
            operation_id=operation_id,
            method=method,
            url=url,
            attempt=attempt,
            status=status,
            error=error,
            duration=duration,
        )


class RetryScheduled(Frozen):
    """Attempt ``attempt`` failed with ``error``; the next one starts after ``delay`` seconds."""

    __slots__ = ("attempt", "delay", "error", "method", "operation_id", "url")
    _fields = ("operation_id", "method", "url", "attempt", "delay", "error")
    operation_id: str
    method: str
    url: str
    attempt: int
    delay: float
    error: ECEError

    def __init__(
        self, operation_id: str, method: str, url: str, attempt: int, delay: float, error: ECEError
    ) -> None:
        self._init(
            operation_id=operation_id, method=method, url=url, attempt=attempt, delay=delay, error=error
        )


class Hooks(Frozen):
    """Optional callbacks per event; pass one or a sequence of these as ``ECEClient(hooks=...)``."""

    __slots__ = ("on_request_end", "on_request_start", "on_retry")
    _fields = ("on_request_start", "on_request_end", "on_retry")
    on_request_start: HookCallback[RequestStart] | None
    on_request_end: HookCallback[RequestEnd] | None
    on_retry: HookCallback[RetryScheduled] | None

    def __init__(
        self,
        on_request_start: HookCallback[RequestStart] | None = None,
        on_request_end: HookCallback[RequestEnd] | None = None,
        on_retry: HookCallback[RetryScheduled] | None = None,
    ) -> None:
        self._init(on_request_start=on_request_start, on_request_end=on_request_end, on_retry=on_retry)


class HookRunner:
    """The callbacks of several :class:`Hooks`, flattened per event once at client construction."""

    __slots__ = ("active", "end", "retry", "start")

    def __init__(self, hooks: Hooks | Sequence[Hooks] | None) -> None:
        if hooks is None:
            hooks = ()
        elif isinstance(hooks, Hooks):
            hooks = (hooks,)
        self.start: tuple[HookCallback[RequestStart], ...] = tuple(
            h.on_request_start for h in hooks if h.on_request_start is not None
        )
        self.end: tuple[HookCallback[RequestEnd], ...] = tuple(
            h.on_request_end for h in hooks if h.on_request_end is not None
        )
        self.retry: tuple[HookCallback[RetryScheduled], ...] = tuple(
            h.on_retry for h in hooks if h.on_retry is not None
        )
        self.active = bool(self.start or self.end or self.retry)

    async def emit(self, callbacks: Sequence[HookCallback[Ev]], event: Ev) -> None:
        for callback in callbacks:
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.warning(
                    "ece_async hook %r failed on %s", callback, type(event).__name__, exc_info=True
                )
