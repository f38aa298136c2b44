"""The aiohttp implementation of the generated layer's ``Transport``.

Every generated operation ends in :meth:`ECETransport.send`, so this module is
the hot path: it is written to add little on top of aiohttp itself.  URLs
are built as strings from the already-quoted path and handed to yarl as
``encoded=True`` (no re-parsing), header dicts are precomputed and reused
while the ``Authorization`` value does not change, hook events and log lines
are only built when someone listens, and the retry machinery costs nothing
until a call fails.

One call goes through: rate limit (optional) -> adaptive limit (optional) ->
concurrency slots (the client's, and its groups') -> credentials -> aiohttp ->
release the slots -> decode or raise -> maybe sleep and go again.
Slots are never held while sleeping before a retry or while replaying a 401.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import aiohttp
import orjson
from yarl import URL

from . import errors
from ._frozen import Frozen
from ._generated import OPERATIONS, UNSET, EncodeError, Request, Response, encode_query, use_error_class
from .clock import Clock
from .errors import (
    ClientClosedError,
    ConfigurationError,
    ConnectError,
    ConnectTimeoutError,
    ECEConnectionError,
    ECEError,
    ECETimeoutError,
    ResponseDecodeError,
    TLSError,
    TransportError,
)
from .hooks import HookRunner, Hooks, RequestEnd, RequestStart, RetryScheduled
from .limits import AdaptiveRateLimiter, ConcurrencyLimiter, RateLimiter, acquire_all, release_all
from .redact import Redactor, redact_url
from .retry import RetryPolicy, is_idempotent, parse_retry_after

if TYPE_CHECKING:
    from collections.abc import Callable

    from .auth import Auth

__all__ = [
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


class RequestEncodeError(ECEError, EncodeError):
    """A request could not be encoded: a body that is not JSON, or a parameter value the wire cannot carry.

    Also the generated layer's ``EncodeError`` (a ``TypeError`` and ``ValueError``):
    registered below, so encoding errors raised while building a request are this class.
    """


use_error_class(RequestEncodeError)


class Timeout(Frozen):
    """Per-attempt timeouts in seconds (``None``: unbounded).

    ``total`` bounds one attempt from start to the last body byte, ``connect``
    establishing the TCP/TLS connection, ``read`` the gap between two reads.
    The retry policy's ``deadline`` bounds all attempts together.
    """

    __slots__ = ("connect", "read", "total")
    _fields = ("total", "connect", "read")
    total: float | None
    connect: float | None
    read: float | None

    def __init__(
        self, total: float | None = 60.0, connect: float | None = 10.0, read: float | None = None
    ) -> None:
        self._init(total=total, connect=connect, read=read)

    def to_aiohttp(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(total=self.total, sock_connect=self.connect, sock_read=self.read)


#: The default per-attempt timeouts.
DEFAULT_TIMEOUT = Timeout()


class CallOptions(Frozen):
    """Overrides for the calls made inside ``with ece.options(...)`` (``None``: the client's)."""

    __slots__ = ("retry", "timeout")
    _fields = ("retry", "timeout")
    retry: RetryPolicy | None
    timeout: Timeout | None

    def __init__(self, retry: RetryPolicy | None = None, timeout: Timeout | None = None) -> None:
        self._init(retry=retry, timeout=timeout)


_CALL_OPTIONS: ContextVar[Mapping[ECETransport, CallOptions] | None] = ContextVar(
    "ece_async_call_options", default=None
)


def normalize_base_url(base_url: str | URL) -> str:
    """The API root for ``base_url``, given with or without ``/api/v1`` and trailing slash."""
    url = URL(base_url) if isinstance(base_url, str) else base_url
    if not url.is_absolute() or url.scheme not in ("http", "https") or not url.host:
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


def ssl_option(
    verify_ssl: bool, ca_file: str | None, ssl_context: ssl.SSLContext | None
) -> ssl.SSLContext | bool:
    """What to hand aiohttp for TLS: verification stays on unless explicitly turned off."""
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


def _decode_body(body: bytes, content_type: str) -> Any:
    """JSON for JSON media types, text for the rest, ``None`` for no body."""
    if not body:
        return None
    ct = content_type.lower()
    if ct.startswith("application/json") or "+json" in ct or (not ct and body[:1] in (b"{", b"[")):
        return orjson.loads(body)
    charset = "utf-8"
    if "charset=" in ct:
        charset = ct.partition("charset=")[2].split(";")[0].strip().strip('"') or "utf-8"
    try:
        return body.decode(charset, "replace")
    except LookupError:
        return body.decode("utf-8", "replace")


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


class ECETransport:
    """Sends the generated layer's requests with aiohttp: limits, auth, retries, errors, hooks.

    Usually created by :class:`~ece_async.ECEClient`; usable directly with
    ``ApiNamespaces(transport)`` when you want the operations without the client.
    """

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
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
    ) -> None:
        self._base = normalize_base_url(base_url)
        self._clock = clock if clock is not None else Clock()
        self._auth = auth
        self._redactor = Redactor()
        self._external_session = session
        self._session: aiohttp.ClientSession | None = session
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._ssl = tls
        self._trust_env = trust_env
        self._timeout = timeout
        self._client_timeout = timeout.to_aiohttp()
        self._retry = retry if retry is not None else RetryPolicy()
        self._limits = ConcurrencyLimiter(
            max_concurrency,
            group_limits,
            operation_tags={op: entry[0] for op, entry in OPERATIONS.items()},
        )
        self._rate = RateLimiter(rate_limit, burst=rate_burst, clock=self._clock) if rate_limit else None
        self._adaptive = AdaptiveRateLimiter(clock=self._clock) if self._retry.mode == "adaptive" else None
        self._hooks = HookRunner(hooks)
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
        """The API root requests are sent to (``.../api/v1``)."""
        return self._base

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def max_concurrency(self) -> int:
        return self._limits.max_concurrency

    @property
    def adaptive(self) -> AdaptiveRateLimiter | None:
        """The adaptive rate limiter, when the retry policy's mode is ``adaptive``."""
        return self._adaptive

    def _open(self) -> aiohttp.ClientSession:
        """Check the client is usable here; create the session inside the running loop.

        Construction may happen outside any loop, so the session cannot be made earlier.
        """
        if self._closed:
            raise ClientClosedError(f"the ECE client for {self._base} is closed")
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop:
            raise ConfigurationError("this client belongs to another event loop: create one client per loop")
        self._loop = loop
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_concurrency, ssl=self._ssl, ttl_dns_cache=300
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers=self._static_headers,
                timeout=self._client_timeout,
                trust_env=self._trust_env,
                raise_for_status=False,
            )
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
        if isinstance(timeout, (int, float)):
            timeout = Timeout(total=float(timeout), connect=self._timeout.connect, read=self._timeout.read)
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

    # -- sending -------------------------------------------------------------------------------

    async def _send_unauthenticated(self, request: Request, parse: Callable[[int, Any], T]) -> Response[T]:
        """For login/refresh: no client credentials, no concurrency slot (they must never wait on one)."""
        return await self.send(request, parse, _authenticate=False)

    async def send(
        self, request: Request, parse: Callable[[int, Any], T], *, _authenticate: bool = True
    ) -> Response[T]:
        """Send one operation; return its parsed response or raise an :class:`~ece_async.ECEError`."""
        authenticate = _authenticate
        session = self._session
        if self._closed or session is None or self._loop is not asyncio.get_running_loop():
            session = self._open()
        policy = self._retry
        client_timeout: aiohttp.ClientTimeout = self._client_timeout
        overrides = _CALL_OPTIONS.get()
        if overrides:
            options = overrides.get(self)
            if options is not None:
                if options.retry is not None:
                    policy = options.retry
                if options.timeout is not None:
                    client_timeout = options.timeout.to_aiohttp()
        if request.operation_id == _IDEMPOTENT_CREATE:
            request = _with_request_id(request)

        method = request.method
        url_text = self._base + request.path
        if request.params:
            url_text += "?" + "&".join(
                f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in request.params
            )
        url = URL(url_text, encoded=True)

        data: Any = None
        extra_headers: tuple[tuple[str, str], ...] = request.headers
        if request.json is not UNSET:
            try:
                data = orjson.dumps(request.json)
            except TypeError as exc:
                raise RequestEncodeError(
                    f"{request.operation_id}: the body is not JSON-serialisable: {exc}"
                ) from exc
            extra_headers = (*extra_headers, ("Content-Type", "application/json"))
        elif request.content is not None:
            data = request.content
            if request.content_type:
                extra_headers = (*extra_headers, ("Content-Type", request.content_type))
        per_request_ssl = self._ssl if self._external_session is not None else True

        semaphores = self._limits.semaphores(request.operation_id) if authenticate else ()
        auth = self._auth if authenticate else None
        hooks = self._hooks
        clock = self._clock
        started = clock.monotonic()
        attempt = 0
        replayed_401 = False
        shown_url: str | None = None

        while True:
            attempt += 1
            if self._rate is not None and authenticate:
                await self._rate.acquire()
            if self._adaptive is not None:
                await self._adaptive.acquire()
            if len(semaphores) == 1:
                await semaphores[0].acquire()
            elif semaphores:
                await acquire_all(semaphores)
            status = 0
            error: ECEError | None = None
            response_headers: Any = None
            body = b""
            content_type = ""
            auth_value: str | None = None
            t0 = 0.0
            try:
                if auth is None or self._static_auth:
                    headers = self._request_headers
                else:
                    auth_value = auth.header_now()
                    if auth_value is None:
                        auth_value = await auth.header()
                    if auth_value is None:
                        headers = self._request_headers
                    elif auth_value is self._auth_value:
                        headers = self._auth_headers
                    else:
                        headers = self._headers_for(auth_value)
                if extra_headers:
                    headers = {**headers, **dict(extra_headers)} if headers else dict(extra_headers)
                if request.files:
                    data = self._form(request)
                if hooks.active:
                    if shown_url is None:
                        shown_url = redact_url(url_text)
                    if hooks.start:
                        await hooks.emit(
                            hooks.start, RequestStart(request.operation_id, method, shown_url, attempt)
                        )
                    t0 = clock.monotonic()
                try:
                    resp = await session.request(
                        method,
                        url,
                        headers=headers,
                        data=data,
                        timeout=client_timeout,
                        allow_redirects=False,
                        ssl=per_request_ssl,
                    )
                    try:
                        body = await resp.read()
                    finally:
                        resp.release()
                    status = resp.status
                    response_headers = resp.headers
                    content_type = response_headers.get("Content-Type", "")
                except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
                    error = self._transport_error(exc, method, url_text)
                except RuntimeError as exc:
                    if session.closed:  # a caller's session, closed under us
                        raise ClientClosedError(
                            f"the aiohttp session of the ECE client for {self._base} is closed"
                        ) from exc
                    raise
            finally:
                if len(semaphores) == 1:
                    semaphores[0].release()
                elif semaphores:
                    release_all(semaphores)

            if error is None:
                if self._adaptive is not None:
                    self._adaptive.on_response(throttled=status == 429)
                if 200 <= status < 300:
                    try:
                        parsed = self._parse(parse, status, body, content_type, method, url_text)
                    except ResponseDecodeError as decode_error:
                        # A truncated body (a proxy cutting the stream): retried like a drop.
                        error = decode_error
                    else:
                        if hooks.end:
                            await hooks.emit(
                                hooks.end,
                                RequestEnd(
                                    request.operation_id,
                                    method,
                                    shown_url or redact_url(url_text),
                                    attempt,
                                    status,
                                    None,
                                    clock.monotonic() - t0,
                                ),
                            )
                        return Response(status, response_headers, parsed)
                else:
                    error = self._response_error(
                        status, response_headers, content_type, body, method, url_text
                    )
            error.attempts = attempt
            if hooks.end:
                await hooks.emit(
                    hooks.end,
                    RequestEnd(
                        request.operation_id,
                        method,
                        shown_url or redact_url(url_text),
                        attempt,
                        status or None,
                        error,
                        clock.monotonic() - t0,
                    ),
                )
            if self._closed:
                raise ClientClosedError(
                    f"the ECE client for {self._base} was closed during the call"
                ) from error

            if status == 401 and auth is not None and auth.renewable and not replayed_401:
                replayed_401 = True
                attempt -= 1  # a replay with fresh credentials is not a retry
                await auth.on_unauthorized(auth_value)
                continue

            if attempt >= policy.max_attempts or not policy.should_retry(
                error, idempotent=is_idempotent(method, request.params, request.path)
            ):
                raise error
            delay = policy.delay(error, attempt, clock.random())
            if policy.deadline is not None and clock.monotonic() + delay - started > policy.deadline:
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug(
                        "ece_async: not retrying %s %s: a retry in %.3fs would pass the %.1fs deadline",
                        method,
                        redact_url(url_text),
                        delay,
                        policy.deadline,
                    )
                raise error
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "ece_async: retrying %s %s in %.3fs (attempt %d of %d failed: %s)",
                    method,
                    redact_url(url_text),
                    delay,
                    attempt,
                    policy.max_attempts,
                    error,
                )
            if hooks.retry:
                await hooks.emit(
                    hooks.retry,
                    RetryScheduled(
                        request.operation_id, method, shown_url or redact_url(url_text), attempt, delay, error
                    ),
                )
            await clock.sleep(delay)

    def _headers_for(self, auth_value: str) -> dict[str, str]:
        headers = dict(self._request_headers) if self._request_headers else {}
        headers["Authorization"] = auth_value
        self._auth_value = auth_value
        self._auth_headers = headers
        return headers

    @staticmethod
    def _form(request: Request) -> aiohttp.FormData:
        # A FormData is consumed by sending it: every attempt needs a new one.
        form = aiohttp.FormData()
        for name, file in request.files:
            form.add_field(name, file.payload, filename=file.file_name, content_type=file.mime_type)
        return form

    def _parse(
        self,
        parse: Callable[[int, Any], T],
        status: int,
        body: bytes,
        content_type: str,
        method: str,
        url_text: str,
    ) -> T:
        try:
            decoded = _decode_body(body, content_type)
        except orjson.JSONDecodeError:
            raise ResponseDecodeError(
                f"{method} {redact_url(url_text)} -> {status}: the body is not valid JSON: "
                f"{self._redactor.scrub(errors.excerpt(body))!r}",
                status=status,
                method=method,
                url=redact_url(url_text),
                excerpt=self._redactor.scrub(errors.excerpt(body)),
            ) from None
        try:
            return parse(status, decoded)
        except Exception as exc:
            raise ResponseDecodeError(
                f"{method} {redact_url(url_text)} -> {status}: unexpected response shape: "
                f"{type(exc).__name__}: {self._redactor.scrub(str(exc))[:200]}",
                status=status,
                method=method,
                url=redact_url(url_text),
            ) from exc

    def _response_error(
        self,
        status: int,
        headers: Mapping[str, str],
        content_type: str,
        body: bytes,
        method: str,
        url_text: str,
    ) -> ECEError:
        retry_after = None
        if status == 429 or status == 503:
            retry_after = parse_retry_after(headers.get("Retry-After"), self._clock.time())
        return errors.from_response(
            status,
            method=method,
            url=redact_url(url_text),
            header_codes=headers.get("x-cloud-error-codes"),
            content_type=content_type.lower(),
            body=body,
            retry_after=retry_after,
            scrub=self._redactor.scrub,
        )

    def _transport_error(self, exc: BaseException, method: str, url_text: str) -> TransportError:
        shown = redact_url(url_text)
        detail = self._redactor.scrub(str(exc)) or type(exc).__name__
        message = f"{method} {shown}: {type(exc).__name__}: {detail}"
        cls: type[TransportError]
        if isinstance(exc, aiohttp.ClientSSLError) or isinstance(exc, ssl.SSLError):
            cls = TLSError
        elif isinstance(exc, aiohttp.ConnectionTimeoutError):
            cls = ConnectTimeoutError
        elif isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
            cls = ECETimeoutError
        elif isinstance(exc, aiohttp.ClientConnectorError):
            cls = ConnectError
        elif isinstance(exc, (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError)):
            cls = ECEConnectionError
        elif isinstance(exc, aiohttp.ClientResponseError):
            cls = ECEConnectionError  # the server (or a proxy) sent something that is not HTTP
        else:
            cls = TransportError
        error = cls(message, method=method, url=shown)
        error.__cause__ = exc
        return error

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
        state = "closed" if self._closed else "open"
        return f"ECETransport({self._base!r}, auth={self._auth!r}, {state})"


def _identity(status: int, data: Any) -> Any:
    return data
