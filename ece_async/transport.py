"""The aiohttp implementation of the generated layer's ``Transport``: the attempt loop.

Every generated operation ends in :meth:`ECETransport.send`: this is the hot path, written
to add little on top of aiohttp.  One call (a :class:`~ece_async._call.Call`, prepared once)
runs in ``_run``, passing one door per policy, each in its own module: the client's limits
(:class:`~ece_async._gate.Gate`, held only while on the wire); credentials
(:mod:`~ece_async._credentials`); where it goes (the
:class:`~ece_async.coordinators.CoordinatorPool`, asked just before sending); the wire
(:class:`~ece_async._node.AiohttpNode`: headers, body, request, bounded read, an
:class:`~ece_async._wire.Outcome`); what the answer means
(:class:`~ece_async._answers.Answers`: a parsed success or a typed, scrubbed error); who
hears of it (the pool's verdict, the :class:`~ece_async.hooks.HookRunner` when someone
listens); then a 401 replay or the retry handler's decision, whose wait holds no slot.
Settings (:class:`~ece_async._config.Settings`) are checked once, where the client is built.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp

from ._answers import Answers
from ._call import (
    Call,
    CallOptions,
    options_of,
    overriding,
    raw_request,
    target_of,
    with_request_id,
)
from ._config import (
    DEFAULT_TIMEOUT,
    InsecureTLSWarning,
    Settings,
    Timeout,
    check_collaborators,
    hook_runner,
    timeout_option,
)
from ._credentials import authorize, credentials_answered, replay_401
from ._gate import Gate
from ._generated import (
    OPERATIONS,
    UNSET,
    Request,
    Response,
)
from ._node import AiohttpNode, HeaderDicts, check_headers, env_proxies, request_body
from ._settings import instance
from ._wire import (
    DEFAULT_MAX_RESPONSE_BYTES,
    Outcome,
    ReducerFailed,
)
from .clock import Clock
from .coordinators import DEAD, NO_VERDICT, Coordinator, CoordinatorPool, failure_kind, name_attempts
from .errors import (
    ClientClosedError,
    ECEError,
    ECETimeoutError,
    RequestEncodeError,
    ResponseDecodeError,
    TLSError,
    detach,
    forget_frames,
)
from .limits import AdaptiveRates, ConcurrencyLimiter, RateLimiter
from .redact import Redactor
from .retry import (
    RetryBudget,
    RetryDecision,
    RetryHandler,
    RetryPolicy,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .auth import Auth
    from .hooks import HookRunner, Hooks
    from .streaming import ReducerFactory

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "CallOptions",
    "ECETransport",
    "InsecureTLSWarning",
    "RequestEncodeError",
    "Timeout",
]

T = TypeVar("T")

logger = logging.getLogger("ece_async")


class ECETransport:
    """Sends the generated layer's requests with aiohttp: limits, auth, retries, errors, hooks.

    Usually created by :class:`~ece_async.ECEClient`; usable directly with
    ``ApiNamespaces(transport)`` when you want the operations without the client.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        auth: Auth | None = None,
        session: aiohttp.ClientSession | None = None,
        hooks: Hooks | Sequence[Hooks] | None = None,
    ) -> None:
        self._closed = False
        check_collaborators(settings, auth, session)
        self._settings = settings
        self._auth = auth
        bases = settings.base_urls
        timeout = settings.timeout
        self._clock: Clock = settings.clock
        self._pool = CoordinatorPool(bases, clock=self._clock)
        self._primary = self._pool.coordinators[0]
        self._single = len(bases) == 1
        self._redactor = Redactor()
        self._answers = Answers(self._redactor, settings.clock, settings.max_response_bytes)
        self._timeout = timeout
        self._client_timeout = timeout.to_aiohttp()
        self._retry = settings.retry
        budget = self._retry.retry_budget
        self._retries = RetryHandler(RetryBudget(budget) if budget is not None else None, self._clock)
        operation_tags = {op: entry[0] for op, entry in OPERATIONS.items()}
        self._limits = ConcurrencyLimiter(
            settings.max_concurrency, settings.group_limits, operation_tags=operation_tags
        )
        rate = settings.rate_limit
        self._rate = RateLimiter(rate, burst=settings.rate_burst, clock=self._clock) if rate else None
        self._adaptive = (
            AdaptiveRates(clock=self._clock, operation_tags=operation_tags)
            if self._retry.mode == "adaptive"
            else None
        )
        self._gate = Gate(self._rate, self._adaptive, self._clock)
        self._hooks = hook_runner(hooks)
        # Whether an attempt's end concerns anybody: hooks, or coordinator health.
        self._observed = (self._hooks is not None and bool(self._hooks.end)) or not self._single
        static_auth = auth.static_header() if auth is not None else None
        self._static_auth = auth is None or static_auth is not None
        # trust_env: proxies from the environment, read once (a caller's session has its own).
        proxies = env_proxies(bases) if settings.trust_env and session is None else {}
        per_request = session is not None or bool(proxies)
        self._node = AiohttpNode(
            session=session,
            tls=settings.tls,
            timeout=self._client_timeout,
            max_response_bytes=settings.max_response_bytes,
            headers=HeaderDicts(settings.user_agent, static_auth, per_request=per_request),
            connections=self._limits.max_concurrency,
            proxies=proxies,
        )
        self._node.mask_proxy_credentials(self._redactor)
        if auth is not None:
            auth.bind(self._send_unauthenticated, self._clock, self._redactor)

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API root requests are sent to (``.../api/v1``); the first one with several coordinators."""
        return self._primary.base

    @property
    def base_urls(self) -> tuple[str, ...]:
        """The API roots of every coordinator the client spreads requests over."""
        return tuple(c.base for c in self._pool.coordinators)

    @property
    def coordinators(self) -> CoordinatorPool:
        """The coordinators and what the client knows of their health."""
        return self._pool

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def max_concurrency(self) -> int:
        return self._limits.max_concurrency

    @property
    def adaptive(self) -> AdaptiveRates | None:
        """The adaptive rates (one per route group), when the retry policy's mode is ``adaptive``."""
        return self._adaptive

    @property
    def retry_budget(self) -> RetryBudget | None:
        """The client-wide retry budget (``None``: unbounded)."""
        return self._retries.budget

    def _open(self) -> aiohttp.ClientSession:
        """Check the client is usable here; the node makes the session inside the running loop."""
        if self._closed:
            raise ClientClosedError(f"the ECE client for {self.base_url} is closed")
        return self._node.open()

    async def close(self) -> None:
        """Close the session (unless it was handed in) and stop token renewal; idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._auth is not None:
            await self._auth.aclose()
        await self._node.close()

    # -- per-call options ------------------------------------------------------------------------

    @contextmanager
    def options(
        self, *, retry: RetryPolicy | None = None, timeout: Timeout | float | None = None
    ) -> Iterator[None]:
        """Override retry policy and/or timeouts for calls made (by this client) inside the block."""
        if retry is not None:
            instance("retry", retry, RetryPolicy, "a RetryPolicy or None")
        if timeout is not None:
            timeout = timeout_option("timeout", timeout, self._timeout)
        with overriding(self, retry, timeout):
            yield

    # -- one call ------------------------------------------------------------------------------

    def send(self, request: Request, parse: Callable[[int, Any], T]) -> Coroutine[Any, Any, Response[T]]:
        """Send one operation; return its parsed response or raise an :class:`~ece_async.ECEError`.

        Awaitable like a coroutine function's result; it hands back the call's own coroutine,
        so the hot path carries one coroutine frame less through every resumption.
        """
        call = self._prepare(request, parse, authenticate=True)
        hooks = self._hooks
        return self._run_observed(call, hooks) if hooks is not None and hooks.operation else self._run(call)

    def _send_unauthenticated(
        self, request: Request, parse: Callable[[int, Any], T], authorization: str | None = None
    ) -> Coroutine[Any, Any, Response[T]]:
        """For login/refresh: their own ``authorization``, the client's own settings, no limits.

        They must never wait for a concurrency slot (calls holding slots may be waiting for
        them).  They run in the renewal's own context, so no caller's ``options()`` apply.
        """
        call = self._prepare(request, parse, authenticate=False)
        call.authorization = authorization
        hooks = self._hooks
        return self._run_observed(call, hooks) if hooks is not None and hooks.operation else self._run(call)

    def _prepare(self, request: Request, parse: Callable[[int, Any], Any], *, authenticate: bool) -> Call:
        if self._closed or not self._node.ready():
            self._open()
        policy, timeout, own_timeout = self._retry, self._client_timeout, False
        options = options_of(self)
        if options is not None:
            policy, timeout, own_timeout = options.resolve(policy, timeout, self._timeout)
        if request.headers:
            check_headers(request.operation_id, request.headers)
        slots = self._limits.semaphores(request.operation_id) if authenticate else ()
        request = with_request_id(request)
        target = target_of(request)
        started = self._clock.monotonic()
        return Call(
            request, parse, target, policy, timeout, slots, started, authenticate, self._primary, own_timeout
        )

    async def _run_observed(self, call: Call, hooks: HookRunner) -> Response[Any]:
        """:meth:`_run` between the operation hooks' start and end, in the caller's task."""
        url = self._answers.shown(call, self._primary)
        result: Response[Any] = await hooks.around(call, url, self._run(call), self._clock)
        return result

    async def _run(self, call: Call) -> Response[Any]:
        """Attempts until one succeeds, or the failure is not to be retried: limits, credentials
        and the wire (``_attempt``), then what the answer means, who hears of it, and a replay
        or a retry."""
        while True:
            call.attempt += 1
            try:
                outcome = await self._attempt(call)
                coordinator = call.coordinator
                credentials_answered(self._auth, call, outcome.status)
                result = self._settle(call, coordinator, outcome)
                if isinstance(result, Response):
                    return await self._succeeded(call, coordinator, outcome, result)
                result.attempts = call.attempt
                await self._attempt_ended(call, coordinator, outcome, result)
            except BaseException as exc:  # cancelled, a reducer's or a library's bug: the hooks hear of it
                if call.open_since is not None:
                    await self._attempt_aborted(call, exc)
                raise
            if self._closed:
                raise detach(
                    ClientClosedError(f"the ECE client for {self.base_url} was closed during the call"),
                    result,
                )
            if not await replay_401(self._auth, call, outcome.status):
                await self._retry_or_raise(call, coordinator, outcome, result)

    async def _attempt(self, call: Call) -> Outcome:
        """One attempt through the client's limits (held only while it is on the wire), or the
        error saying the limits would hold it past its deadline."""
        if not await self._gate.enter(call):
            error = self._answers.throttled(call, self._primary)
            return Outcome(0, None, b"", error, self._clock.monotonic(), sent=False)
        try:
            return await self._exchange(call)
        except BaseException as exc:  # cancelled on the wire, a closed session, a library bug
            if call.visit is not None:
                self._pool.ended(call.visit, NO_VERDICT)  # a probe in flight is given back
            # The frames below hold the request's headers and body in their locals.
            raise forget_frames(exc)  # noqa: B904  (the same exception: its cause stays)
        finally:
            self._gate.leave(call)

    async def _succeeded(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, result: Response[Any]
    ) -> Response[Any]:
        if self._observed or call.observers:
            await self._attempt_ended(call, coordinator, outcome, None)
        if call.authenticate and self._retries.budget is not None:
            self._retries.succeeded(call.spent)
        return result

    # -- the steps of one attempt ----------------------------------------------------------------

    async def _exchange(self, call: Call) -> Outcome:
        """Credentials, the coordinator (``call.coordinator``), then the request on the wire and
        its body read (bounded).

        The coordinator is picked after every wait (limits, a login), so a call never goes to one
        marked dead while it waited.  Library errors become typed ones; so does a failure to
        obtain credentials (maybe a login), with ``sent=False``: the request never left, so it
        may be retried.
        """
        data, body_headers = request_body(call.request)
        if call.authenticate and not self._static_auth:
            failure = await authorize(self._auth, call)
            if failure is not None:
                return Outcome(0, None, b"", failure, self._clock.monotonic(), sent=False)
        coordinator = call.coordinator
        if not self._single:  # never back to one it failed on while another is up; a POST probes none
            visit = call.visit = self._pool.visit([c for c, _ in call.tried], may_probe=call.idempotent)
            coordinator = call.coordinator = visit.coordinator
        extra = call.headers + body_headers if body_headers else call.headers
        headers = self._node.headers.for_attempt(call.authorization, call.authenticate, extra)
        url_text = coordinator.base + call.target
        started = await self._started(call, coordinator)
        bug: Exception | None = None
        try:
            status, headers_in, body, too_large, streamed = await self._node.send(
                call.method, coordinator.base, url_text, headers, data, call.timeout, call.visit, call.reduce
            )
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            return Outcome(0, None, b"", self._answers.transport_error(exc, call, url_text), started)
        except ReducerFailed as failed:
            bug = failed.error
        if bug is not None:  # raised here, out of any handler: unchanged, no context added
            raise bug
        too_big = self._answers.too_large(call, coordinator, status) if too_large else None
        return Outcome(status, headers_in, body, too_big, started, streamed=streamed)

    async def _started(self, call: Call, coordinator: Coordinator) -> float:
        """Tell the hooks an attempt starts; when (only hooks time attempts: 0.0 without them)."""
        hooks = self._hooks
        if hooks is None:
            return 0.0
        started = call.open_since = self._clock.monotonic()  # from here on it owes the hooks an end
        if hooks.start:
            await hooks.attempt_started(call, self._answers.shown(call, coordinator))
            started = call.open_since = self._clock.monotonic()
        return started

    # -- after an attempt ------------------------------------------------------------------------

    def _settle(self, call: Call, coordinator: Coordinator, outcome: Outcome) -> Response[Any] | ECEError:
        """A successful response parsed, or the error the attempt's outcome means (and the
        adaptive limiter learns of each response)."""
        if outcome.error is not None:
            return outcome.error
        status = call.status = outcome.status
        if self._adaptive is not None:
            self._adaptive.on_response(call.operation_id, throttled=status == 429, sent_at=call.admitted)
        headers = outcome.headers
        assert headers is not None
        if not 200 <= status < 300:
            return self._answers.response_error(call, coordinator, outcome)
        if call.reduce is None:
            decoded = self._answers.decoded(call, coordinator, outcome, headers)
        else:
            decoded = self._answers.reduced(call, coordinator, outcome, headers)
        if isinstance(decoded, ResponseDecodeError):
            return decoded
        try:
            parsed = call.parse(status, decoded)
        except Exception as exc:
            failure: BaseException = exc
        else:
            return Response(status, headers, parsed)
        return self._answers.parse_error(call, coordinator, outcome, failure)

    async def _attempt_ended(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, error: ECEError | None
    ) -> None:
        """Coordinator health, then the attempt's end for hooks and operation observers."""
        visit = call.visit
        call.verdict = NO_VERDICT
        if visit is not None:
            call.visit = None
            call.verdict = self._pool.settle(visit, error, outcome.status, judges=not call.own_timeout)
            if error is not None:
                call.tried.append((coordinator, failure_kind(error)))
        hooks = self._hooks
        if hooks is not None:
            call.open_since = None
            elapsed = self._clock.monotonic() - outcome.started
            await hooks.attempt_ended(
                call, self._answers.shown(call, coordinator), outcome.status, error, elapsed
            )

    async def _attempt_aborted(self, call: Call, exc: BaseException) -> None:
        """The end of an attempt that raised instead of coming to an outcome, for the hooks
        (its slot already given back, a probe in flight too: see ``_attempt``)."""
        hooks, since = self._hooks, call.open_since
        assert hooks is not None and since is not None
        call.open_since = None
        elapsed = self._clock.monotonic() - since
        await hooks.attempt_aborted(call, self._answers.shown(call, call.coordinator), exc, elapsed)

    async def _retry_or_raise(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, error: ECEError
    ) -> None:
        """Ask the retry handler; raise ``error``, or log, report and sleep before the next attempt."""
        shown = self._answers.shown(call, coordinator)
        decision = self._decide(call, coordinator, outcome, error)
        delay = decision.delay
        if delay is None:
            if len(call.tried) > 1:
                name_attempts(error, call.tried)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("ece_async: not retrying %s %s: %s", call.method, shown, decision.reason)
            raise error
        call.spent += decision.cost
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "ece_async: retrying %s %s in %.3fs (attempt %d of %d failed: %s)",
                call.method,
                shown,
                delay,
                call.attempt,
                call.policy.max_attempts,
                error,
            )
        if self._hooks is not None:
            await self._hooks.retry_planned(call, shown, delay, error)
        call.retry_wait += delay
        await self._clock.sleep(delay)

    def _decide(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, error: ECEError
    ) -> RetryDecision:
        """The retry handler's decision, told whether the next attempt is a failover.

        A failover (the coordinator just failed, another is up or due for a probe) goes at once;
        it is free while another is believed alive.  A TLS handshake failure is never retried on
        the same coordinator, but nothing was sent, so another one is tried.  A timeout the
        caller chose shorter than the client's says nothing of the installation: its retry is
        free too.
        """
        avoid = [c for c, _ in call.tried]
        failover = call.verdict == DEAD and self._pool.others_alive(coordinator, avoid)
        if failover and isinstance(error, TLSError):
            if call.attempt < call.policy.max_attempts:
                return RetryDecision(0.0)
            return RetryDecision(None, f"attempt {call.attempt} of {call.policy.max_attempts} failed")
        free = (failover and self._pool.others_healthy(coordinator, avoid)) or (
            call.own_timeout and isinstance(error, ECETimeoutError)
        )
        return self._retries.decide(
            call.policy,
            error,
            attempt=call.attempt,
            started=call.started,
            idempotent=not outcome.sent or call.idempotent,
            immediate=failover,
            free=free,
        )

    # -- raw requests --------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        json: Any = UNSET,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        operation_id: str = "raw-request",
        reduce: ReducerFactory[Any] | None = None,
    ) -> Response[Any]:
        """Send a request the spec lacks; the body comes back decoded (JSON, text or ``None``),
        or, with ``reduce``, as what a fresh reducer fed with it returned (see
        :mod:`ece_async.streaming`)."""
        request = raw_request(method, path, params, json, headers, content, content_type, operation_id)
        call = self._prepare(request, _identity, authenticate=True)
        call.reduce = reduce
        hooks = self._hooks
        return await (
            self._run_observed(call, hooks) if hooks is not None and hooks.operation else self._run(call)
        )

    def __repr__(self) -> str:
        # Robust on a half-built instance (a constructor that raised): debuggers and tracebacks call it.
        pool = getattr(self, "_pool", None)
        where = ", ".join(repr(c.base) for c in pool.coordinators) if pool is not None else "?"
        state = "closed" if getattr(self, "_closed", False) else "open"
        return f"ECETransport({where}, auth={getattr(self, '_auth', None)!r}, {state})"


def _identity(status: int, data: Any) -> Any:
    return data
