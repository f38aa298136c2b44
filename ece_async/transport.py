"""The aiohttp implementation of the generated layer's ``Transport``.

Every generated operation ends in :meth:`ECETransport.send`, so this module is
the hot path: it is written to add little on top of aiohttp itself.  URLs
are built as strings from the already-quoted path and handed to yarl as
``encoded=True`` (no re-parsing), header dicts are precomputed and reused
while the ``Authorization`` value does not change, hook events and log lines
are only built when someone listens, and the retry machinery costs nothing
until a call fails.

One call (:class:`_Call`, prepared once by ``_prepare``) runs in ``_run``, a loop
of small steps, each a method:

* ``_enter_limits``: rate limit, adaptive limit, concurrency slots (released by
  ``_leave_limits`` as soon as the attempt is over);
* ``_exchange``: the body (:func:`request_body`), credentials (``_authorize``,
  ``_headers``), the wire, the body read under a bound; an :class:`Outcome`;
* ``_settle``: decode and parse a success, or type the failure;
* ``_replay_401``: renewable credentials rejected: renew, replay once;
* ``_retry_or_raise``: the :class:`~ece_async.retry.RetryHandler` decides; the
  wait is logged, reported to hooks and slept, holding no slot.

With several coordinators, each attempt picks one from a
:class:`~ece_async.coordinators.CoordinatorPool` in ``_exchange``, once past the limits
and credentials, just before sending: a call that queued meanwhile goes where the
pool says *now*.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import warnings
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from os import PathLike, fspath
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import aiohttp
import attrs
import orjson
from yarl import URL

from . import errors
from ._generated import (
    OPERATIONS,
    UNSET,
    File,
    Request,
    Response,
    encode_query,
    error_codes,
    header_problem,
    response_kinds,
)
from ._record import Record
from ._settings import count, header_setting, instance, number, optional_number
from ._wire import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ERROR_BODY_LIMIT,
    Outcome,
    Shape,
    decode_body,
    fits,
    non_finite,
    read_bounded,
    shape_name,
    shapes_of,
    transport_error_class,
)
from .clock import Clock, SystemClock
from .coordinators import Coordinator, CoordinatorPool
from .errors import (
    ClientClosedError,
    ConfigurationError,
    ECEConnectionError,
    ECEError,
    ECETimeoutError,
    RateLimitedError,
    RequestEncodeError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ScrubbedCause,
    TLSError,
    detach,
    forget_frames,
)
from .limits import AdaptiveRates, ConcurrencyLimiter, RateLimiter, acquire_all, release_all
from .redact import Redactor, is_sensitive_param, redact_url
from .retry import RetryBudget, RetryHandler, RetryPolicy, is_idempotent, parse_retry_after

if TYPE_CHECKING:
    from collections.abc import Callable

    from .auth import Auth
    from .hooks import HookRunner, Hooks, OperationObserver

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

#: The operation that gets an idempotency ``request_id`` when the caller gave none.
_IDEMPOTENT_CREATE = "create-deployment"
_API_ROOT = "/api/v1"
# Characters a caller's raw path may keep as is (everything else is percent-quoted; '%' keeps escapes).
_RAW_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


class InsecureTLSWarning(UserWarning):
    """TLS certificate verification was turned off (``verify_ssl=False``)."""


@attrs.frozen
class Timeout(Record):
    """Per-attempt timeouts in seconds (``None``: unbounded).

    ``total`` bounds one attempt from start to the last body byte, ``connect``
    establishing the TCP/TLS connection, ``read`` the gap between two reads.
    The retry policy's ``deadline`` bounds all attempts together.
    """

    total: float | None = 60.0
    connect: float | None = 10.0
    read: float | None = None

    def __attrs_post_init__(self) -> None:
        # Zero, NaN or a string here would only fail (or never time out) inside aiohttp, later.
        for field in ("total", "connect", "read"):
            optional_number(f"Timeout.{field}", getattr(self, field))

    def to_aiohttp(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(total=self.total, sock_connect=self.connect, sock_read=self.read)


#: The default per-attempt timeouts.
DEFAULT_TIMEOUT = Timeout()


def timeout_option(name: str, value: object, base: Timeout) -> Timeout:
    """``value`` as a :class:`Timeout`; a number of seconds is the total (the other bounds from ``base``)."""
    if isinstance(value, Timeout):
        return value
    if not isinstance(value, (int, float)):
        raise ConfigurationError(
            f"{name} must be a Timeout or a number of seconds, not {type(value).__name__}"
        )
    return Timeout(total=number(name, value), connect=base.connect, read=base.read)


@attrs.frozen
class CallOptions(Record):
    """Overrides for the calls made inside ``with ece.options(...)`` (``None``: the client's)."""

    retry: RetryPolicy | None = None
    timeout: Timeout | None = None


_CALL_OPTIONS: ContextVar[Mapping[ECETransport, CallOptions] | None] = ContextVar(
    "ece_async_call_options", default=None
)


def normalize_base_url(base_url: str | URL) -> str:
    """The API root for ``base_url``, given with or without ``/api/v1`` and trailing slash."""
    if not isinstance(base_url, (str, URL)):
        raise ConfigurationError(f"base_url must be a str or yarl.URL, not {type(base_url).__name__}")
    try:
        url = URL(base_url) if isinstance(base_url, str) else base_url
    except (TypeError, ValueError):
        url = None
    if url is None or not url.is_absolute() or url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an absolute http(s) URL, e.g. https://ece.example:12443")
    if url.user is not None or url.password is not None:
        raise ConfigurationError(
            "do not put credentials in base_url: pass api_key=, token= or username=/password="
        )
    if url.query_string or url.fragment:
        raise ConfigurationError("base_url must not have a query or fragment")
    path = url.raw_path.rstrip("/")
    if not path.endswith(_API_ROOT):
        path += _API_ROOT
    return str(url.with_path(path, encoded=True).with_query(None))


def normalize_base_urls(base_url: str | URL | Sequence[str | URL]) -> tuple[str, ...]:
    """The API roots of one or several coordinators (duplicates removed, order kept)."""
    given: Sequence[str | URL] = (base_url,) if isinstance(base_url, (str, URL)) else base_url
    if isinstance(given, (bytes, bytearray)) or not isinstance(given, Sequence):
        raise ConfigurationError(
            f"base_url must be a URL or a sequence of URLs, not {type(base_url).__name__}"
        )
    roots = tuple(dict.fromkeys(normalize_base_url(url) for url in given))
    if not roots:
        raise ConfigurationError("base_url: give at least one coordinator URL")
    return roots


def ssl_option(
    verify_ssl: bool, ca_file: str | PathLike[str] | None, ssl_context: ssl.SSLContext | None
) -> ssl.SSLContext | bool:
    """What to hand aiohttp for TLS: verification stays on unless explicitly turned off."""
    instance("verify_ssl", verify_ssl, bool, "a bool")
    if ca_file is not None:
        instance("ca_file", ca_file, (str, PathLike), "a path (str or os.PathLike)")
        ca_file = fspath(ca_file)
    if ssl_context is not None:
        instance("ssl_context", ssl_context, ssl.SSLContext, "an ssl.SSLContext")
    if ssl_context is not None and ca_file is not None:
        raise ConfigurationError("pass either ca_file or ssl_context, not both")
    if not verify_ssl:
        if ssl_context is not None or ca_file is not None:
            raise ConfigurationError("verify_ssl=False contradicts ca_file/ssl_context")
        warnings.warn(
            "ece_async: TLS certificate verification is disabled (verify_ssl=False); "
            "prefer ca_file= with the installation's CA",
            InsecureTLSWarning,
            stacklevel=3,
        )
        return False
    if ssl_context is not None:
        return ssl_context
    if ca_file is not None:
        try:
            return ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(f"cannot load ca_file {ca_file!r}: {exc}") from exc
    return True


_USER_AGENT: list[str] = []


def _user_agent() -> str:
    """``ece-async/<version> aiohttp/<version>``, looked up once per process (metadata is slow)."""
    if not _USER_AGENT:
        try:
            from importlib.metadata import version

            ours = version("ece-async")
        except Exception:
            ours = "0"
        _USER_AGENT.append(f"ece-async/{ours} aiohttp/{aiohttp.__version__}")
    return _USER_AGENT[0]


def _with_request_id(request: Request) -> Request:
    for name, _ in request.params:
        if name == "request_id":
            return request
    import uuid  # one create per many calls: keep it off the import path

    return Request(
        request.method,
        request.path,
        request.operation_id,
        params=(*request.params, ("request_id", uuid.uuid4().hex)),
        headers=request.headers,
        json=request.json,
        content=request.content,
        content_type=request.content_type,
        files=request.files,
    )


def request_body(request: Request) -> tuple[Any, tuple[tuple[str, str], ...]]:
    """How a Request's body goes on the wire: aiohttp ``data`` and the headers it needs.

    Called once per attempt: a multipart form is consumed by sending it.
    """
    if request.json is not UNSET:
        try:
            data = orjson.dumps(request.json)
        except TypeError as exc:
            message = f"{request.operation_id}: the body is not JSON-serialisable: {exc}"
        else:
            # orjson writes NaN and infinities as null: only a body with a null can hold one.
            found = non_finite(request.json) if b"null" in data else None
            if found is None:
                return data, (("Content-Type", "application/json"),)
            message = (
                f"{request.operation_id}: the body holds {found[1]} at {found[0]}, which JSON cannot carry"
            )
        raise detach(RequestEncodeError(message), None)
    if request.files:
        form = aiohttp.FormData()
        for name, file in request.files:
            _check_part(request.operation_id, file)
            form.add_field(name, file.payload, filename=file.file_name, content_type=file.mime_type)
        return form, ()
    if request.content is not None:
        if not request.content_type:
            return request.content, ()
        content_type = (("Content-Type", request.content_type),)
        check_headers(request.operation_id, content_type)
        return request.content, content_type
    return None, ()


def _check_part(operation_id: str, file: File) -> None:
    """A multipart part's file name and type go into its headers: no line breaks there either."""
    for header, value in (("Content-Disposition", file.file_name), ("Content-Type", file.mime_type)):
        if value is not None:
            check_headers(operation_id, ((header, value),))


def check_headers(operation_id: str, headers: Sequence[tuple[str, str]]) -> None:
    """Refuse header names and values that cannot go on the wire (the runtime's ``header_problem``)."""
    for name, value in headers:
        if not isinstance(name, str) or not isinstance(value, str):
            raise RequestEncodeError(
                f"{operation_id}: header {name!r} must be a str, not {type(value).__name__}"
            )
        problem = header_problem(name, value)
        if problem is not None:
            raise RequestEncodeError(f"{operation_id}: header {name!r}: {problem}")


def quote_raw_path(path: str) -> str:
    """A caller's raw path, relative to the API root, percent-quoted where needed."""
    if "?" in path or "#" in path:
        raise ConfigurationError("pass query parameters as params=, not in the path")
    if path.startswith(_API_ROOT + "/"):
        path = path[len(_API_ROOT) :]
    if not path.startswith("/"):
        path = "/" + path
    return quote(path, safe=_RAW_PATH_SAFE)


def query_pairs(params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None) -> tuple[tuple[str, str], ...]:
    """Query parameters as ECE expects them (the generated layer's one encoder: ``encode_query``)."""
    return encode_query(params)


class _Call:
    """One operation in progress: what its attempts need, prepared once, and what they learnt.

    Its repr shows no credentials, query values or bodies: tracebacks capture it.
    """

    __slots__ = (
        "admitted",
        "attempt",
        "authenticate",
        "authorization",
        "coordinator",
        "deadline",
        "generation",
        "headers",
        "method",
        "observers",
        "operation_id",
        "parse",
        "policy",
        "replayed",
        "request",
        "retry_wait",
        "shown",
        "shown_base",
        "slots",
        "spent",
        "started",
        "status",
        "target",
        "timeout",
    )

    def __init__(
        self,
        request: Request,
        parse: Callable[[int, Any], Any],
        target: str,
        policy: RetryPolicy,
        timeout: aiohttp.ClientTimeout,
        slots: tuple[asyncio.Semaphore, ...],
        started: float,
        authenticate: bool,
        coordinator: Coordinator,
    ) -> None:
        self.request = request
        self.parse = parse
        self.operation_id = request.operation_id
        self.method = request.method
        self.headers = request.headers
        self.target = target
        self.policy = policy
        self.timeout = timeout
        self.slots = slots
        self.started = started
        self.deadline = None if policy.deadline is None else started + policy.deadline
        self.authenticate = authenticate
        #: The Authorization value of the last attempt (to tell a stale 401 from a fresh one).
        self.authorization: str | None = None
        #: When the last attempt passed the adaptive limiter (the rate it was sent at).
        self.admitted = 0.0
        #: Where the last attempt went, and in which of its health generations.
        self.coordinator = coordinator
        self.generation = 0
        self.attempt = 0
        self.replayed = False
        self.spent = 0.0
        self.retry_wait = 0.0
        self.status: int | None = None
        self.shown: str | None = None
        self.shown_base: str | None = None
        self.observers: tuple[OperationObserver, ...] = ()

    def idempotent(self) -> bool:
        # Logging in or refreshing again yields another token and changes nothing else.
        return not self.authenticate or is_idempotent(self.method, self.request.params, self.request.path)

    def secret_values(self) -> list[str]:
        """The values of credential-looking query parameters, masked wherever text may show them."""
        return [value for name, value in self.request.params if is_sensitive_param(name)]

    def __repr__(self) -> str:
        return f"<call {self.method} [{self.operation_id}] attempt {self.attempt}>"


class ECETransport:
    """Sends the generated layer's requests with aiohttp: limits, auth, retries, errors, hooks.

    Usually created by :class:`~ece_async.ECEClient`; usable directly with
    ``ApiNamespaces(transport)`` when you want the operations without the client.
    """

    def __init__(
        self,
        base_url: str | URL | Sequence[str | URL],
        *,
        auth: Auth | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: Timeout | float = DEFAULT_TIMEOUT,
        tls: ssl.SSLContext | bool = True,
        max_concurrency: int = 32,
        rate_limit: float | None = None,
        rate_burst: float = 1.0,
        group_limits: Mapping[str, int] | None = None,
        retry: RetryPolicy | None = None,
        hooks: Hooks | Sequence[Hooks] | None = None,
        user_agent: str | None = None,
        trust_env: bool = False,
        clock: Clock | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._closed = False
        self._auth = auth
        bases = normalize_base_urls(base_url)
        timeout = timeout_option("timeout", timeout, DEFAULT_TIMEOUT)
        _check_settings(
            auth=auth,
            session=session,
            tls=tls,
            max_concurrency=max_concurrency,
            rate_limit=rate_limit,
            rate_burst=rate_burst,
            group_limits=group_limits,
            retry=retry,
            user_agent=user_agent,
            trust_env=trust_env,
            clock=clock,
            max_response_bytes=max_response_bytes,
        )
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._pool = CoordinatorPool(bases, clock=self._clock)
        self._primary = self._pool.coordinators[0]
        self._single = len(bases) == 1
        self._redactor = Redactor()
        self._external_session = session
        self._session: aiohttp.ClientSession | None = session
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ssl = tls
        self._request_ssl = tls if session is not None else True
        self._trust_env = trust_env
        self._timeout = timeout
        self._client_timeout = timeout.to_aiohttp()
        self._max_response_bytes = max_response_bytes
        self._retry = retry if retry is not None else RetryPolicy()
        budget = self._retry.retry_budget
        self._retries = RetryHandler(RetryBudget(budget) if budget is not None else None, self._clock)
        operation_tags = {op: entry[0] for op, entry in OPERATIONS.items()}
        self._limits = ConcurrencyLimiter(max_concurrency, group_limits, operation_tags=operation_tags)
        self._rate = RateLimiter(rate_limit, burst=rate_burst, clock=self._clock) if rate_limit else None
        self._adaptive = (
            AdaptiveRates(clock=self._clock, operation_tags=operation_tags)
            if self._retry.mode == "adaptive"
            else None
        )
        self._rated = self._rate is not None or self._adaptive is not None
        self._hooks = _hook_runner(hooks)
        # Whether an attempt's end concerns anybody: hooks, or coordinator health.
        self._observed = (self._hooks is not None and bool(self._hooks.end)) or not self._single
        self._shapes: dict[str, dict[int, Shape]] = {}
        self._user_agent = user_agent or _user_agent()
        # Headers every request carries.  With our own session they are the session's defaults
        # (aiohttp merges those in C); with a caller's session they go with each request.
        self._static_headers: dict[str, str] = {"Accept": "application/json", "User-Agent": self._user_agent}
        static_auth = auth.static_header() if auth is not None else None
        if static_auth is not None:
            self._static_headers["Authorization"] = static_auth
        self._static_auth = auth is None or static_auth is not None
        self._request_headers: dict[str, str] | None = (
            dict(self._static_headers) if session is not None else None
        )
        # The header dict for the current (token) Authorization value, rebuilt only when that changes.
        self._auth_value: str | None = None
        self._auth_headers: dict[str, str] = {}
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
        """Check the client is usable here; create the session inside the running loop.

        Construction may happen outside any loop, so the session cannot be made earlier.
        """
        if self._closed:
            raise ClientClosedError(f"the ECE client for {self.base_url} is closed")
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop:
            raise ConfigurationError("this client belongs to another event loop: create one client per loop")
        self._loop = loop
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_concurrency, ssl=self._ssl, ttl_dns_cache=300
            )
            session = aiohttp.ClientSession(
                connector=connector,
                headers=self._static_headers,
                timeout=self._client_timeout,
                trust_env=self._trust_env,
                raise_for_status=False,
            )
            # aiohttp silently sends an idempotent request again when a kept-alive connection
            # drops; the retry policy decides that here, and counts it (``attempts``, hooks).
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            self._session = session
        return self._session

    async def close(self) -> None:
        """Close the session (unless it was handed in) and stop token renewal; idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._auth is not None:
            await self._auth.aclose()
        session = self._session
        if session is not None and session is not self._external_session:
            await session.close()

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
        current = _CALL_OPTIONS.get() or {}
        previous = current.get(self)
        merged = CallOptions(
            retry=retry if retry is not None else (previous.retry if previous else None),
            timeout=timeout if timeout is not None else (previous.timeout if previous else None),
        )
        token = _CALL_OPTIONS.set({**current, self: merged})
        try:
            yield
        finally:
            _CALL_OPTIONS.reset(token)

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

    def _prepare(self, request: Request, parse: Callable[[int, Any], Any], *, authenticate: bool) -> _Call:
        if self._closed or self._session is None or self._loop is not asyncio.get_running_loop():
            self._open()
        policy = self._retry
        timeout = self._client_timeout
        overrides = _CALL_OPTIONS.get()
        if overrides:
            options = overrides.get(self)
            if options is not None:
                if options.retry is not None:
                    policy = options.retry
                if options.timeout is not None:
                    timeout = options.timeout.to_aiohttp()
        if request.operation_id == _IDEMPOTENT_CREATE:
            request = _with_request_id(request)
        if request.headers:
            check_headers(request.operation_id, request.headers)
        target = request.path
        if request.params:
            target += "?" + "&".join(
                f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in request.params
            )
        slots = self._limits.semaphores(request.operation_id) if authenticate else ()
        started = self._clock.monotonic()
        return _Call(request, parse, target, policy, timeout, slots, started, authenticate, self._primary)

    async def _run_observed(self, call: _Call, hooks: HookRunner) -> Response[Any]:
        """:meth:`_run` between the operation hooks' start and end, in the caller's task."""
        from .hooks import OperationEnd, OperationStart, notify  # loaded: there are hooks

        start = OperationStart(call.operation_id, call.method, self._shown(call, self._primary))
        call.observers = hooks.observe(start)
        outcome: BaseException | None = None
        try:
            return await self._run(call)
        except BaseException as exc:
            outcome = exc
            raise
        finally:
            end = OperationEnd(
                call.operation_id,
                call.method,
                start.url,
                call.attempt,
                call.status,
                outcome,
                self._clock.monotonic() - call.started,
                call.retry_wait,
            )
            outcome = None
            notify(call.observers, "on_end", end)

    async def _run(self, call: _Call) -> Response[Any]:
        """Attempts until one succeeds, or the failure is not to be retried."""
        while True:
            call.attempt += 1
            if await self._enter_limits(call):
                try:
                    outcome = await self._exchange(call)
                except BaseException as exc:  # cancelled on the wire, a closed session, a library bug
                    # The frames below hold the request's headers and body in their locals.
                    raise forget_frames(exc)  # noqa: B904  (the same exception: its cause stays)
                finally:
                    self._leave_limits(call)
            else:
                outcome = Outcome(
                    0, None, b"", self._throttled_error(call), self._clock.monotonic(), sent=False
                )
            coordinator = call.coordinator
            if call.authenticate and call.authorization is not None and outcome.status not in (0, 401):
                assert self._auth is not None  # renewable credentials were used
                self._auth.accepted(call.authorization)  # got through (a 404 passed auth too)
            result = self._settle(call, coordinator, outcome)
            if isinstance(result, Response):
                if self._observed or call.observers:
                    await self._attempt_ended(call, coordinator, outcome, None)
                if call.authenticate and self._retries.budget is not None:
                    self._retries.succeeded(call.spent)
                return result
            result.attempts = call.attempt
            await self._attempt_ended(call, coordinator, outcome, result)
            if self._closed:
                raise detach(
                    ClientClosedError(f"the ECE client for {self.base_url} was closed during the call"),
                    result,
                )
            if await self._replay_401(call, outcome):
                continue
            await self._retry_or_raise(call, coordinator, outcome, result)

    # -- the steps of one attempt ----------------------------------------------------------------

    async def _enter_limits(self, call: _Call) -> bool:
        """Wait for the rate limits, take the concurrency slots; ``False``: past the deadline.

        Login and refresh skip the limits: they serve the calls that hold the slots.
        """
        if not call.authenticate:
            return True
        if self._rated and not await self._wait_for_rates(call):
            return False
        slots = call.slots
        if len(slots) == 1:
            await slots[0].acquire()
        else:
            await acquire_all(slots)
        return True

    def _leave_limits(self, call: _Call) -> None:
        slots = call.slots
        if len(slots) == 1:
            slots[0].release()
        elif slots:
            release_all(slots)

    async def _wait_for_rates(self, call: _Call) -> bool:
        """Wait for the client's rate limits; ``False``: they would hold the call past its deadline."""
        if self._rate is not None and not await self._rate.acquire(call.deadline):
            return False
        if self._adaptive is not None:
            if not await self._adaptive.acquire(call.operation_id, call.deadline):
                return False
            call.admitted = self._clock.monotonic()
        return True

    def _throttled_error(self, call: _Call) -> RateLimitedError:
        return RateLimitedError(
            f"{call.method} {self._shown(call, self._primary)}: the client's own rate limit would "
            f"start attempt {call.attempt} after the {call.policy.deadline}s retry deadline",
            method=call.method,
            url=self._shown(call, self._primary),
        )

    async def _authorize(self, call: _Call) -> ECEError | None:
        """Renewable credentials for this attempt (``call.authorization``), or why there are none."""
        auth = self._auth
        assert auth is not None
        value = auth.header_now()
        if value is None:
            try:
                value = await auth.header()
            except ECEError as exc:
                return exc
        call.authorization = value
        return None

    def _headers(self, call: _Call, body_headers: tuple[tuple[str, str], ...]) -> dict[str, str] | None:
        """The headers of this attempt (``None``: the session's defaults are all)."""
        headers = self._request_headers
        value = call.authorization
        if value is not None:
            if not call.authenticate:
                headers = {**(headers or {}), "Authorization": value}
            elif value is self._auth_value:
                headers = self._auth_headers
            else:
                headers = self._headers_for(value)
        extra = call.headers + body_headers if body_headers else call.headers
        if extra:
            headers = {**headers, **dict(extra)} if headers else dict(extra)
        return headers

    def _headers_for(self, auth_value: str) -> dict[str, str]:
        headers = dict(self._request_headers) if self._request_headers else {}
        headers["Authorization"] = auth_value
        self._auth_value = auth_value
        self._auth_headers = headers
        return headers

    async def _exchange(self, call: _Call) -> Outcome:
        """Credentials, the coordinator (``call.coordinator``), then the request on the wire and
        its body read (bounded).

        The coordinator is picked after every wait (limits, a login), so a call never goes to one
        marked dead while it waited.  Library errors become typed ones; so does a failure to
        obtain credentials (maybe a login), with ``sent=False``: the request never left, so it
        may be retried.
        """
        data, body_headers = request_body(call.request)
        if call.authenticate and not self._static_auth:
            failure = await self._authorize(call)
            if failure is not None:
                return Outcome(0, None, b"", failure, self._clock.monotonic(), sent=False)
        coordinator = call.coordinator
        if not self._single:
            coordinator = call.coordinator = self._pool.pick()
            call.generation = coordinator.generation
        headers = self._headers(call, body_headers)
        url_text = coordinator.base + call.target
        hooks = self._hooks
        if hooks is not None and hooks.start:
            from .hooks import RequestStart  # loaded: there are hooks

            event = RequestStart(call.operation_id, call.method, self._shown(call, coordinator), call.attempt)
            await hooks.emit(hooks.start, event)
        started = self._clock.monotonic() if hooks is not None else 0.0  # only hooks time attempts
        session = self._session
        assert session is not None
        error: ECEError | None
        try:
            resp = await session.request(
                call.method,
                URL(url_text, encoded=True),
                headers=headers,
                data=data,
                timeout=call.timeout,
                allow_redirects=False,
                ssl=self._request_ssl,
            )
            try:
                success = 200 <= resp.status < 300
                limit = self._max_response_bytes if success else ERROR_BODY_LIMIT
                if fits(resp, limit):
                    body, too_large = await resp.read(), False
                else:
                    body, too_large = await read_bounded(resp, limit, keep_head=not success)
            finally:
                resp.release()
            error = self._too_large(call, coordinator, resp.status) if too_large and success else None
            return Outcome(resp.status, resp.headers, body, error, started)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            error = self._transport_error(exc, call, url_text)
        except RuntimeError:
            if not session.closed:
                raise
            error = None  # a caller's session, closed under us
        if error is None:
            raise detach(
                ClientClosedError(f"the aiohttp session of the ECE client for {self.base_url} is closed"),
                None,
            )
        return Outcome(0, None, b"", error, started)

    def _too_large(self, call: _Call, coordinator: Coordinator, status: int) -> ResponseTooLargeError:
        shown = self._shown(call, coordinator)
        return ResponseTooLargeError(
            f"{call.method} {shown} -> {status}: the body exceeds max_response_bytes "
            f"({self._max_response_bytes} bytes, decompressed); the connection was closed",
            status=status,
            method=call.method,
            url=shown,
        )

    def _transport_error(self, exc: BaseException, call: _Call, url_text: str) -> ECEError:
        """The typed error for a library exception, chained only to a scrubbed stand-in of it."""
        shown = redact_url(url_text, self._scrubber(call))
        detail = self._scrub(call, str(exc).replace(url_text, shown)) or type(exc).__name__
        message = f"{call.method} {shown}: {type(exc).__name__}: {detail}"
        cls = transport_error_class(exc)
        return detach(cls(message, method=call.method, url=shown), ScrubbedCause(exc, detail))

    def _scrub(self, call: _Call, text: str) -> str:
        """``text`` without the call's secret query values or any credential the client knows,
        and as printable text (a library's message may quote control characters a server sent)."""
        return errors.printable(self._scrubber(call).scrub(text))

    def _scrubber(self, call: _Call) -> Redactor:
        """The client's redactor, extended by the call's secret query values when it has any."""
        values = call.secret_values()
        return self._redactor.with_values(values) if values else self._redactor

    def _shown(self, call: _Call, coordinator: Coordinator) -> str:
        """The redacted URL of the call on ``coordinator`` (computed once per coordinator)."""
        if call.shown_base is not coordinator.base or call.shown is None:
            call.shown = redact_url(coordinator.base + call.target, self._scrubber(call))
            call.shown_base = coordinator.base
        return call.shown

    # -- after an attempt ------------------------------------------------------------------------

    def _settle(self, call: _Call, coordinator: Coordinator, outcome: Outcome) -> Response[Any] | ECEError:
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
            return self._response_error(call, coordinator, outcome)
        content_type = headers.get("Content-Type", "")
        try:
            decoded = decode_body(outcome.body, content_type)
        except orjson.JSONDecodeError:
            decoded = _UNDECODABLE
        if decoded is _UNDECODABLE:
            return self._decode_error(
                call, coordinator, outcome, "the body is not valid JSON", malformed=True
            )
        shapes = self._shapes.get(call.operation_id)
        if shapes is None:
            shapes = self._shapes[call.operation_id] = shapes_of(response_kinds(call.operation_id))
        shape = shapes.get(status)
        if shape is not None and decoded.__class__ not in shape:
            expected = "an object" if dict in shape else "an array"
            problem = f"expected {expected}, got {shape_name(decoded)}"
            return self._decode_error(call, coordinator, outcome, problem)
        try:
            parsed = call.parse(status, decoded)
        except Exception as exc:
            failure: BaseException = exc
        else:
            return Response(status, headers, parsed)
        return self._parse_error(call, coordinator, outcome, failure)

    def _decode_error(
        self,
        call: _Call,
        coordinator: Coordinator,
        outcome: Outcome,
        problem: str,
        *,
        malformed: bool = False,
    ) -> ResponseDecodeError:
        shown = self._shown(call, coordinator)
        text = f"{call.method} {shown} -> {outcome.status}: {problem}"
        snippet: str | None = None
        if call.authenticate:
            snippet = errors.excerpt(outcome.body, scrub=self._scrubber(call))
            text += f": {snippet!r}"
        else:  # login/refresh bodies carry tokens: never keep any part of them
            text += f" ({len(outcome.body)} bytes, not shown: they may carry credentials)"
        error = ResponseDecodeError(
            text, malformed=malformed, status=outcome.status, method=call.method, url=shown, excerpt=snippet
        )
        return detach(error, None)

    def _parse_error(
        self, call: _Call, coordinator: Coordinator, outcome: Outcome, exc: BaseException
    ) -> ResponseDecodeError:
        shown = self._shown(call, coordinator)
        detail = self._scrub(call, str(exc))[:200] if call.authenticate else "details not shown"
        error = ResponseDecodeError(
            f"{call.method} {shown} -> {outcome.status}: unexpected response shape: "
            f"{type(exc).__name__}: {detail}",
            status=outcome.status,
            method=call.method,
            url=shown,
        )
        return detach(error, ScrubbedCause(exc, detail))

    def _response_error(self, call: _Call, coordinator: Coordinator, outcome: Outcome) -> ECEError:
        headers = outcome.headers
        assert headers is not None
        status = outcome.status
        retry_after = None
        if status == 429 or status == 503:
            retry_after = parse_retry_after(headers.get("Retry-After"), self._clock.time())
        return errors.from_response(
            status,
            method=call.method,
            url=self._shown(call, coordinator),
            header_codes=headers.get("x-cloud-error-codes"),
            content_type=headers.get("Content-Type", "").lower(),
            body=outcome.body,
            retry_after=retry_after,
            scrub=self._scrubber(call),
            keep_excerpt=call.authenticate,
            documented=error_codes(call.operation_id).get(status, ())
            if call.operation_id in OPERATIONS
            else (),
        )

    async def _attempt_ended(
        self, call: _Call, coordinator: Coordinator, outcome: Outcome, error: ECEError | None
    ) -> None:
        """Coordinator health, then the attempt's end for hooks and operation observers."""
        if not self._single and outcome.sent:
            if error is not None and _is_coordinator_failure(error):
                self._pool.mark_dead(coordinator, call.generation)
            elif outcome.status:
                self._pool.mark_alive(coordinator, call.generation)
        hooks = self._hooks
        if hooks is not None and (hooks.end or call.observers):
            from .hooks import RequestEnd  # loaded: there are hooks

            event = RequestEnd(
                call.operation_id,
                call.method,
                self._shown(call, coordinator),
                call.attempt,
                outcome.status or None,
                error,
                self._clock.monotonic() - outcome.started,
            )
            await hooks.request_ended(call.observers, event)

    async def _replay_401(self, call: _Call, outcome: Outcome) -> bool:
        """A 401 with renewable credentials: renew them and replay the request once."""
        auth = self._auth
        if outcome.status != 401 or call.replayed or not call.authenticate or auth is None:
            return False
        if not auth.renewable:
            return False
        call.replayed = True
        call.attempt -= 1  # a replay with fresh credentials is not a retry
        await auth.on_unauthorized(call.authorization)
        return True

    async def _retry_or_raise(
        self, call: _Call, coordinator: Coordinator, outcome: Outcome, error: ECEError
    ) -> None:
        """Ask the retry handler; raise ``error``, or log, report and sleep before the next attempt."""
        pool = self._pool
        failover = (
            not self._single
            and outcome.sent
            and _is_coordinator_failure(error)
            and pool.others_alive(coordinator)
        )
        decision = self._retries.decide(
            call.policy,
            error,
            attempt=call.attempt,
            started=call.started,
            idempotent=not outcome.sent or call.idempotent(),
            immediate=failover,
            free=failover and pool.others_healthy(coordinator),
        )
        delay = decision.delay
        if delay is None:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "ece_async: not retrying %s %s: %s",
                    call.method,
                    self._shown(call, coordinator),
                    decision.reason,
                )
            raise error
        call.spent += decision.cost
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "ece_async: retrying %s %s in %.3fs (attempt %d of %d failed: %s)",
                call.method,
                self._shown(call, coordinator),
                delay,
                call.attempt,
                call.policy.max_attempts,
                error,
            )
        hooks = self._hooks
        if hooks is not None and (hooks.retry or call.observers):
            from .hooks import RetryScheduled  # loaded: there are hooks

            event = RetryScheduled(
                call.operation_id, call.method, self._shown(call, coordinator), call.attempt, delay, error
            )
            await hooks.retry_scheduled(call.observers, event)
        call.retry_wait += delay
        await self._clock.sleep(delay)

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
    ) -> Response[Any]:
        """Send a request the spec lacks; the body comes back decoded (JSON, text or ``None``)."""
        if json is not UNSET and content is not None:
            raise ConfigurationError("pass json= or content=, not both")
        request = Request(
            method.upper(),
            quote_raw_path(path),
            operation_id,
            params=query_pairs(params),
            headers=tuple(headers.items()) if headers else (),
            json=json,
            content=content,
            content_type=content_type or ("application/octet-stream" if content is not None else None),
        )
        return await self.send(request, _identity)

    def __repr__(self) -> str:
        # Robust on a half-built instance (a constructor that raised): debuggers and tracebacks call it.
        pool = getattr(self, "_pool", None)
        where = ", ".join(repr(c.base) for c in pool.coordinators) if pool is not None else "?"
        state = "closed" if getattr(self, "_closed", False) else "open"
        return f"ECETransport({where}, auth={getattr(self, '_auth', None)!r}, {state})"


_UNDECODABLE: Any = object()


def _is_coordinator_failure(error: ECEError) -> bool:
    """Whether ``error`` says the coordinator is unreachable or stuck (not a TLS setup problem)."""
    return isinstance(error, (ECEConnectionError, ECETimeoutError)) and not isinstance(error, TLSError)


def _identity(status: int, data: Any) -> Any:
    return data


def _hook_runner(hooks: Hooks | Sequence[Hooks] | None) -> HookRunner | None:
    """The runner of ``hooks``; ``None`` when nobody listens (then :mod:`.hooks` is never imported)."""
    is_sequence = isinstance(hooks, Sequence) and not isinstance(hooks, (str, bytes))
    if hooks is None or (is_sequence and not hooks):
        return None
    from .hooks import HookRunner, Hooks

    given = (hooks,) if isinstance(hooks, Hooks) else hooks
    if not (isinstance(hooks, Hooks) or is_sequence) or not all(isinstance(h, Hooks) for h in given):
        raise ConfigurationError(f"hooks must be a Hooks or a sequence of them, not {type(hooks).__name__}")
    runner = HookRunner(hooks)
    return runner if runner.active else None


def _check_settings(
    *,
    auth: object,
    session: object,
    tls: object,
    max_concurrency: object,
    rate_limit: object,
    rate_burst: object,
    group_limits: Mapping[str, int] | None,
    retry: object,
    user_agent: str | None,
    trust_env: object,
    clock: object,
    max_response_bytes: object,
) -> None:
    """Refuse a transport setting of the wrong type or out of range, naming the parameter."""
    from .auth import Auth

    if auth is not None:
        instance("auth", auth, Auth, "an ece_async.auth.Auth")
    if session is not None:
        instance("session", session, aiohttp.ClientSession, "an aiohttp.ClientSession")
    instance("tls", tls, (ssl.SSLContext, bool), "an ssl.SSLContext or a bool")
    count("max_concurrency", max_concurrency)
    optional_number("rate_limit", rate_limit)
    number("rate_burst", rate_burst, minimum=1, inclusive=True)
    if group_limits is not None:
        _check_group_limits(group_limits)
    if retry is not None:
        instance("retry", retry, RetryPolicy, "a RetryPolicy")
    if user_agent is not None:
        instance("user_agent", user_agent, str, "a str")
        header_setting("user_agent", user_agent)
    instance("trust_env", trust_env, bool, "a bool")
    if clock is not None:
        instance("clock", clock, Clock, "an ece_async.Clock")
    count("max_response_bytes", max_response_bytes)


def _check_group_limits(group_limits: Mapping[str, int]) -> None:
    instance("group_limits", group_limits, Mapping, "a mapping of tag or operationId prefix to an int")
    for name, limit in group_limits.items():
        instance("group_limits keys", name, str, "str (a tag or an operationId prefix)")
        count(f"group_limits[{name!r}]", limit)
