"""One operation in progress (:class:`Call`), and how a request is prepared for the wire.

A call holds only what its attempts need, prepared once, and what they learnt; its repr
shows no credentials, query values or bodies (tracebacks capture it).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

import aiohttp
import attrs

from ._config import Timeout
from ._generated import OPERATIONS, UNSET, Request, encode_query
from ._record import Record
from .coordinators import NO_VERDICT, Coordinator, Visit
from .errors import ConfigurationError
from .redact import is_sensitive_param
from .retry import RetryPolicy, is_idempotent

if TYPE_CHECKING:
    from .hooks import OperationObserver
    from .streaming import ReducerFactory

__all__ = [
    "Call",
    "CallOptions",
    "options_of",
    "overriding",
    "query_pairs",
    "quote_raw_path",
    "raw_request",
    "target_of",
    "with_request_id",
]

_API_ROOT = "/api/v1"
# Characters a caller's raw path may keep as is (everything else is percent-quoted; '%' keeps escapes).
_RAW_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


#: The operation that gets an idempotency ``request_id`` when the caller gave none.
_IDEMPOTENT_CREATE = "create-deployment"


def with_request_id(request: Request) -> Request:
    """A create-deployment with a ``request_id`` (ECE then creates once however often it is
    sent); any other request as it is."""
    if request.operation_id != _IDEMPOTENT_CREATE:
        return request
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


@attrs.frozen
class CallOptions(Record):
    """Overrides for the calls made inside ``with ece.options(...)`` (``None``: the client's)."""

    retry: RetryPolicy | None = None
    timeout: Timeout | None = None

    def resolve(
        self, policy: RetryPolicy, timeout: aiohttp.ClientTimeout, client: Timeout
    ) -> tuple[RetryPolicy, aiohttp.ClientTimeout, bool]:
        """The policy and attempt timeout of a call, and whether that timeout is the caller's
        own, shorter than the ``client``'s (its expiry then says nothing about a coordinator)."""
        own = False
        if self.retry is not None:
            policy = self.retry
        if self.timeout is not None:
            timeout = self.timeout.to_aiohttp()
            own = _shorter(self.timeout, client)
        return policy, timeout, own


def _shorter(timeout: Timeout, client: Timeout) -> bool:
    """Whether a per-call ``timeout`` ends attempts sooner than the client's own would: any of
    its bounds (total, connect, read) tighter than the client's."""
    return (
        _tighter(timeout.total, client.total)
        or _tighter(timeout.connect, client.connect)
        or _tighter(timeout.read, client.read)
    )


def _tighter(bound: float | None, client: float | None) -> bool:
    return bound is not None and (client is None or bound < client)


_CALL_OPTIONS: ContextVar[Mapping[object, CallOptions] | None] = ContextVar(
    "ece_async_call_options", default=None
)


def options_of(owner: object) -> CallOptions | None:
    """The overrides in force for ``owner``'s calls in this context (``None``: none)."""
    overrides = _CALL_OPTIONS.get()
    return overrides.get(owner) if overrides else None


@contextmanager
def overriding(owner: object, retry: RetryPolicy | None, timeout: Timeout | None) -> Iterator[None]:
    """Overrides for ``owner``'s calls inside the block, merged over those already in force."""
    current = _CALL_OPTIONS.get() or {}
    previous = current.get(owner)
    merged = CallOptions(
        retry=retry if retry is not None else (previous.retry if previous else None),
        timeout=timeout if timeout is not None else (previous.timeout if previous else None),
    )
    token = _CALL_OPTIONS.set({**current, owner: merged})
    try:
        yield
    finally:
        _CALL_OPTIONS.reset(token)


def target_of(request: Request) -> str:
    """The request's path and query, relative to a coordinator's API root, quoted."""
    if not request.params:
        return request.path
    query = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in request.params)
    return f"{request.path}?{query}"


def raw_request(
    method: str,
    path: str,
    params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None,
    json: Any,
    headers: Mapping[str, str] | None,
    content: bytes | None,
    content_type: str | None,
    operation_id: str,
) -> Request:
    """The :class:`Request` of a call the spec lacks (``ECEClient.request``)."""
    if json is not UNSET and content is not None:
        raise ConfigurationError("pass json= or content=, not both")
    return Request(
        method.upper(),
        quote_raw_path(path),
        operation_id,
        params=query_pairs(params),
        headers=tuple(headers.items()) if headers else (),
        json=json,
        content=content,
        content_type=content_type or ("application/octet-stream" if content is not None else None),
    )


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


class Call:
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
        "headers",
        "idempotent",
        "method",
        "observers",
        "open_since",
        "operation_id",
        "own_timeout",
        "parse",
        "policy",
        "reduce",
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
        "tried",
        "verdict",
        "visit",
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
        own_timeout: bool,
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
        #: Whether sending it twice cannot duplicate an effect (logging in or refreshing again
        #: yields another token and changes nothing else).
        self.idempotent = not authenticate or is_idempotent(self.method, request.params, request.path)
        #: The Authorization value of the last attempt (to tell a stale 401 from a fresh one).
        self.authorization: str | None = None
        #: When the last attempt passed the adaptive limiter (the rate it was sent at).
        self.admitted = 0.0
        #: Where the last attempt went; with several coordinators, its visit and what it said.
        self.coordinator = coordinator
        self.visit: Visit | None = None
        self.verdict = NO_VERDICT
        #: The coordinators an attempt failed on, and how (for the final error).
        self.tried: list[tuple[Coordinator, str]] = []
        #: Whether the attempt timeout is the caller's own, shorter than the client's: its expiry
        #: says nothing about the coordinator.
        self.own_timeout = own_timeout
        self.attempt = 0
        self.replayed = False
        self.spent = 0.0
        self.retry_wait = 0.0
        self.status: int | None = None
        self.shown: str | None = None
        self.shown_base: str | None = None
        self.observers: tuple[OperationObserver, ...] = ()
        #: When the current attempt's RequestStart went to the hooks; ``None`` once its
        #: RequestEnd did (and always, without hooks): whatever ends it, it owes them one.
        self.open_since: float | None = None
        #: Where a success body goes as it arrives (``ECEClient.request(..., reduce=)``); ``None``:
        #: read whole and decoded.
        self.reduce: ReducerFactory[Any] | None = None

    def secret_values(self) -> list[str]:
        """The values of credential-looking query and path parameters (an enrollment token in the
        path), masked wherever text may show them: the URL as sent, decoded, and as quoted."""
        values = [value for name, value in self.request.params if is_sensitive_param(name)]
        segments = _secret_path_segments(self.operation_id)
        if segments:
            parts = self.request.path.split("/")
            for index in segments:
                if index < len(parts) and parts[index]:
                    values += [parts[index], unquote(parts[index])]
        return values

    def __repr__(self) -> str:
        return f"<call {self.method} [{self.operation_id}] attempt {self.attempt}>"


@functools.cache
def _secret_path_segments(operation_id: str) -> tuple[int, ...]:
    """Where an operation's path carries a credential-looking parameter (``{token}``): segment indexes."""
    entry = OPERATIONS.get(operation_id)
    if entry is None:
        return ()
    segments = entry[3].split("/")
    return tuple(i for i, part in enumerate(segments) if part[:1] == "{" and is_sensitive_param(part[1:-1]))
