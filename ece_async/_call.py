"""One operation in progress (:class:`Call`), and how a request is prepared for the wire.

A call holds only what its attempts need, prepared once, and what they learnt; its repr
shows no credentials, query values or bodies (tracebacks capture it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import aiohttp

from ._generated import Request, encode_query
from .coordinators import NO_VERDICT, Coordinator, Visit
from .errors import ConfigurationError
from .redact import is_sensitive_param
from .retry import RetryPolicy, is_idempotent

if TYPE_CHECKING:
    from .hooks import OperationObserver

__all__ = ["Call", "query_pairs", "quote_raw_path", "with_request_id"]

_API_ROOT = "/api/v1"
# Characters a caller's raw path may keep as is (everything else is percent-quoted; '%' keeps escapes).
_RAW_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


def with_request_id(request: Request) -> Request:
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
        "method",
        "observers",
        "operation_id",
        "own_timeout",
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

    def idempotent(self) -> bool:
        # Logging in or refreshing again yields another token and changes nothing else.
        return not self.authenticate or is_idempotent(self.method, self.request.params, self.request.path)

    def secret_values(self) -> list[str]:
        """The values of credential-looking query parameters, masked wherever text may show them."""
        return [value for name, value in self.request.params if is_sensitive_param(name)]

    def __repr__(self) -> str:
        return f"<call {self.method} [{self.operation_id}] attempt {self.attempt}>"
