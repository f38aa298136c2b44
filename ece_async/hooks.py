"""Tracing hooks: where a service wires its own metrics, traces and logs.

Per attempt (the first try and every retry): a :class:`RequestStart` and a
:class:`RequestEnd`; a scheduled retry produces a :class:`RetryScheduled`
before the client sleeps.  Callbacks may be plain functions or coroutine
functions.

Every :class:`RequestStart` is followed by exactly one :class:`RequestEnd`, whatever
ends the attempt, so a hook may count attempts in flight (+1, -1) or time them.  An
attempt ended by an exception that is not an :class:`~ece_async.ECEError` (the
caller's task cancelled on the wire, a streaming reducer's own exception, a library
bug) has ``status`` and ``error`` ``None`` and that exception in
``RequestEnd.exception``: the very exception the caller gets raised (its frames
dropped where they held the request's headers).  The end is reported after the
attempt's concurrency slot was given back.  When that exception is a cancellation
(or any other non-``Exception``, as ``KeyboardInterrupt``), nothing may delay it:
plain callbacks and observers are called at once, in the cancelled task, but a
coroutine callback is not awaited there: it runs as a task of its own (in a copy of
the caller's context), after the cancellation has gone on, and is cancelled if
still running :data:`DETACHED_HOOK_TIMEOUT` seconds later.

Per operation (one call of ``ece.<tag>.<operation>``, around all its attempts):
``Hooks(on_operation=...)`` is the seam for tracing (an OpenTelemetry span per
operation is built on it).  ``on_operation`` is called synchronously with an
:class:`OperationStart`, inside the caller's task and context, before the first
attempt; it returns an :class:`OperationObserver` (or ``None``).  The observer's
methods are then called, synchronously and in the same task, with every
attempt's :class:`RequestEnd` (status or error), every :class:`RetryScheduled`
(with the wait) and, exactly once, the :class:`OperationEnd` (the outcome,
also on cancellation).  So an observer may make its span current in
``on_operation`` (attach) and restore the context in ``on_end`` (detach): the
attempts run inside it.  With no ``on_operation`` hook the client builds no
operation events at all.

A hook or observer that raises is logged (logger ``ece_async``) and otherwise
ignored: observability must never break the calls it observes.  URLs in events
are redacted; events never carry headers or bodies.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._record import Record
from .errors import ECEError

if TYPE_CHECKING:
    from ._call import Call
    from .clock import Clock

__all__ = [
    "HookCallback",
    "Hooks",
    "OperationEnd",
    "OperationHook",
    "OperationObserver",
    "OperationStart",
    "RequestEnd",
    "RequestStart",
    "RetryScheduled",
]

#: Seconds a coroutine hook called for an attempt's cancellation may run (in a task of its own)
#: before it is cancelled: a hook that never returns must not live forever.
DETACHED_HOOK_TIMEOUT = 5.0

logger = logging.getLogger("ece_async")

Ev = TypeVar("Ev")

#: A hook: called with the event; may return an awaitable, which is awaited.
HookCallback = Callable[[Ev], Awaitable[None] | None]


@attrs.frozen
class RequestStart(Record):
    """An attempt is about to go on the wire (its concurrency slots are held)."""

    operation_id: str
    method: str
    url: str
    attempt: int


@attrs.frozen
class RequestEnd(Record):
    """An attempt finished: ``status`` when a response arrived, ``error`` when it was a failure.

    ``exception`` is what ended it when that was not an :class:`~ece_async.ECEError`: an
    :class:`asyncio.CancelledError` (the caller's task cancelled), a streaming reducer's own
    exception, a library bug; ``status`` and ``error`` are then ``None``.
    """

    operation_id: str
    method: str
    url: str
    attempt: int
    status: int | None
    error: ECEError | None
    duration: float
    exception: BaseException | None = None


@attrs.frozen
class RetryScheduled(Record):
    """Attempt ``attempt`` failed with ``error``; the next one starts after ``delay`` seconds."""

    operation_id: str
    method: str
    url: str
    attempt: int
    delay: float
    error: ECEError


@attrs.frozen
class OperationStart(Record):
    """An operation begins: ``url`` is redacted, on the first coordinator (attempts say where they went)."""

    operation_id: str
    method: str
    url: str


@attrs.frozen
class OperationEnd(Record):
    """An operation finished: ``error`` is what the caller gets raised (``None``: success).

    ``status`` is the last response's status (``None`` if none arrived); ``retry_wait`` the
    seconds slept before retries; ``error`` may be a :class:`asyncio.CancelledError`.
    """

    operation_id: str
    method: str
    url: str
    attempts: int
    status: int | None
    error: BaseException | None
    duration: float
    retry_wait: float


class OperationObserver:
    """Follows one operation; subclass and override what you need (every method is a no-op here).

    All methods are called synchronously in the caller's task: keep them quick.
    """

    def on_attempt(self, event: RequestEnd) -> None:
        """An attempt ended (with a response, or an error)."""

    def on_retry(self, event: RetryScheduled) -> None:
        """The client will sleep ``event.delay`` seconds and try again."""

    def on_end(self, event: OperationEnd) -> None:
        """The operation is over; called exactly once."""


#: Called at the start of every operation; returns its observer, or ``None`` to skip it.
OperationHook = Callable[[OperationStart], OperationObserver | None]


@attrs.frozen
class Hooks(Record):
    """Optional callbacks per event; pass one or a sequence of these as ``ECEClient(hooks=...)``."""

    on_request_start: HookCallback[RequestStart] | None = None
    on_request_end: HookCallback[RequestEnd] | None = None
    on_retry: HookCallback[RetryScheduled] | None = None
    on_operation: OperationHook | None = None


class HookRunner:
    """The callbacks of several :class:`Hooks`, flattened per event once at client construction.

    A client without hooks has no runner and never imports this module: building its six
    records costs about 3 ms at import (see :mod:`ece_async._record`).
    """

    __slots__ = ("active", "detached", "end", "operation", "retry", "start")

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
        self.operation: tuple[OperationHook, ...] = tuple(
            h.on_operation for h in hooks if h.on_operation is not None
        )
        self.active = bool(self.start or self.end or self.retry or self.operation)
        #: Coroutine hooks running on their own after a cancelled attempt (held until done).
        self.detached: set[asyncio.Future[Any]] = set()

    def observe(self, event: OperationStart) -> tuple[OperationObserver, ...]:
        """The observers of one operation (the hooks that returned one)."""
        observers = []
        for hook in self.operation:
            try:
                observer = hook(event)
            except Exception:
                logger.warning("ece_async operation hook %r failed", hook, exc_info=True)
                continue
            if observer is not None:
                observers.append(observer)
        return tuple(observers)

    async def around(self, call: Call, url: str, run: Awaitable[Any], clock: Clock) -> Any:
        """``run`` (the call's attempts) between the operation hooks' start and end, in the
        caller's task; the observers the start returned hear of each attempt and retry."""
        call.observers = self.observe(OperationStart(call.operation_id, call.method, url))
        outcome: BaseException | None = None
        try:
            return await run
        except BaseException as exc:
            outcome = exc
            raise
        finally:
            elapsed = clock.monotonic() - call.started
            end = OperationEnd(
                call.operation_id,
                call.method,
                url,
                call.attempt,
                call.status,
                outcome,
                elapsed,
                call.retry_wait,
            )
            outcome = None
            notify(call.observers, "on_end", end)

    async def attempt_started(self, call: Call, url: str) -> None:
        if self.start:
            await self.emit(self.start, RequestStart(call.operation_id, call.method, url, call.attempt))

    async def attempt_ended(
        self, call: Call, url: str, status: int, error: ECEError | None, elapsed: float
    ) -> None:
        """The one emitter of an attempt's end, to hooks and the operation's observers."""
        if self.end or call.observers:
            event = RequestEnd(
                call.operation_id, call.method, url, call.attempt, status or None, error, elapsed
            )
            await self.request_ended(call.observers, event)

    async def attempt_aborted(self, call: Call, url: str, exc: BaseException, elapsed: float) -> None:
        """The end of an attempt that raised ``exc`` instead of coming to an outcome.

        A cancellation (any non-``Exception``) is not delayed: see :meth:`ended_at_once`.
        """
        if not (self.end or call.observers):
            return
        error = exc if isinstance(exc, ECEError) else None
        event = RequestEnd(
            call.operation_id,
            call.method,
            url,
            call.attempt,
            None,
            error,
            elapsed,
            None if error is not None else exc,
        )
        if isinstance(exc, Exception):
            await self.request_ended(call.observers, event)
        else:
            self.ended_at_once(call.observers, event)

    def ended_at_once(self, observers: Sequence[OperationObserver], event: RequestEnd) -> None:
        """``event`` to every end hook and observer without suspending the (cancelled) task:
        a coroutine hook runs as a task of its own, bounded by :data:`DETACHED_HOOK_TIMEOUT`."""
        for callback in self.end:
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    self.detach(callback, result)
            except Exception:
                logger.warning("ece_async hook %r failed on RequestEnd", callback, exc_info=True)
        notify(observers, "on_attempt", event)

    def detach(self, callback: object, awaitable: Awaitable[Any]) -> None:
        """Run ``awaitable`` in a task held here until it ends, cancelled after the bound;
        its failure is logged like any hook's."""
        task = asyncio.ensure_future(awaitable)
        self.detached.add(task)
        deadline = asyncio.get_running_loop().call_later(DETACHED_HOOK_TIMEOUT, task.cancel)

        def done(finished: asyncio.Future[Any]) -> None:
            self.detached.discard(finished)
            deadline.cancel()
            if finished.cancelled():
                logger.warning("ece_async hook %r cancelled after %ss", callback, DETACHED_HOOK_TIMEOUT)
            elif finished.exception() is not None:
                logger.warning(
                    "ece_async hook %r failed on RequestEnd", callback, exc_info=finished.exception()
                )

        task.add_done_callback(done)

    async def retry_planned(self, call: Call, url: str, delay: float, error: ECEError) -> None:
        if self.retry or call.observers:
            event = RetryScheduled(call.operation_id, call.method, url, call.attempt, delay, error)
            await self.retry_scheduled(call.observers, event)

    async def request_ended(self, observers: Sequence[OperationObserver], event: RequestEnd) -> None:
        try:
            if self.end:
                await self.emit(self.end, event)
        finally:  # cancelled while an async hook ran: the observers still hear of the attempt
            notify(observers, "on_attempt", event)

    async def retry_scheduled(self, observers: Sequence[OperationObserver], event: RetryScheduled) -> None:
        if self.retry:
            await self.emit(self.retry, event)
        notify(observers, "on_retry", event)

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


def notify(observers: Sequence[OperationObserver], method: str, event: object) -> None:
    """Call ``observer.<method>(event)`` on each observer; a failure is logged and ignored."""
    for observer in observers:
        try:
            getattr(observer, method)(event)
        except Exception:
            logger.warning("ece_async observer %r failed in %s", observer, method, exc_info=True)
