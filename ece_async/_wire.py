"""What one attempt sends and brings back from aiohttp, and how it is read and typed.

Kept apart from the transport's control flow so each piece is testable alone:
finding what JSON cannot carry in a request body, reading a body under a size
bound, telling which :class:`TransportError` a library exception is, decoding
a body, checking its shape against what the operation documents.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import ssl
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import aiohttp
import attrs
import orjson

from .errors import (
    ConnectError,
    ConnectTimeoutError,
    ECEConnectionError,
    ECEError,
    ECETimeoutError,
    TLSError,
    TransportError,
)
from .streaming import MalformedBody, ReducerFactory

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ERROR_BODY_LIMIT",
    "Outcome",
    "ReducerFailed",
    "Streamed",
    "decode_body",
    "feed_bounded",
    "fits",
    "is_json",
    "json_refusal",
    "non_finite",
    "not_the_api",
    "read_bounded",
    "shapes_of",
    "transport_error_class",
]

T = TypeVar("T")

#: The default bound on a successful response's body, decompressed (64 MiB).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: How much of an error response's body is read: enough for any ECE error document and an excerpt.
ERROR_BODY_LIMIT = 64 * 1024

#: How much of a streamed body's head is kept for an error's excerpt: as much as of an error body.
STREAMED_HEAD = ERROR_BODY_LIMIT

#: What a response's decoded body may be, per documented kind (``None``: anything).
Shape = tuple[type, ...] | None


@attrs.define(eq=False)
class Outcome:
    """One attempt's result: a response (``status``, ``headers``, ``body``) or an ``error``.

    ``sent`` is false when the request never left the client (credentials or the
    client's rate limit failed first), so retrying it cannot duplicate anything.
    Its repr shows no headers or body: tracebacks capture it.  Built once per
    attempt, so not frozen: a frozen ``__init__`` sets each field through
    ``object.__setattr__``.
    """

    status: int
    headers: Mapping[str, str] | None
    body: bytes
    error: ECEError | None
    started: float
    sent: bool = True
    #: A success body fed to the call's reducer (``body`` is then empty); ``None``: read whole.
    streamed: Streamed | None = None

    def __repr__(self) -> str:
        what = f"error={type(self.error).__name__}" if self.error is not None else f"status={self.status}"
        return f"<Outcome {what}, {len(self.body)} body bytes>"


class Streamed:
    """What a body fed to a reducer came to: the reducer's ``value``, or that it was
    ``malformed``; ``head`` (the body's first bytes) is kept for the error's excerpt."""

    __slots__ = ("head", "malformed", "value")

    def __init__(self, value: Any, head: bytes, *, malformed: bool = False) -> None:
        self.value = value
        self.head = head
        self.malformed = malformed

    def __repr__(self) -> str:  # never the value: it may be large, or hold what the server sent
        return f"<streamed body{', malformed' if self.malformed else ''}>"


def non_finite(value: Any) -> tuple[str, float] | None:
    """The path (``$.a.b[2]``) and value of the first NaN or infinity in a JSON value, if any.

    orjson writes them as ``null``, changing the caller's data without a word; only called
    for a body whose encoding holds a ``null``, and orjson has already bounded its depth.
    """
    if not _holds_non_finite(value):  # the common case: about 3 us a KiB of body
        return None
    found = _non_finite(value)
    if found is None:
        return None
    steps, number = found
    return "$" + "".join(reversed(steps)), number


def _holds_non_finite(value: Any) -> bool:
    """Whether a NaN or infinity is anywhere in ``value`` (dispatching on the exact class: fast)."""
    cls = value.__class__
    if cls is str or cls is int or value is None:
        return False
    if cls is float:
        return not math.isfinite(value)
    if cls is dict:
        value = value.values()
    elif cls is not list and cls is not tuple:
        return _non_finite(value) is not None  # a subclass of one of them: the general walk
    for item in value:  # a loop, not any(): a generator costs a frame per item
        if _holds_non_finite(item):
            return True
    return False


def _non_finite(value: Any) -> tuple[list[str], float] | None:
    """The steps (innermost first) to a NaN or infinity; steps are only spelt out once one is found."""
    if isinstance(value, float):
        return None if math.isfinite(value) else ([], float(value))
    if isinstance(value, dict):
        for key, item in value.items():
            found = _non_finite(item)
            if found is not None:
                found[0].append(f".{key}")
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _non_finite(item)
            if found is not None:
                found[0].append(f"[{index}]")
                return found
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):  # orjson writes them too
        for field in dataclasses.fields(value):
            found = _non_finite(getattr(value, field.name))
            if found is not None:
                found[0].append(f".{field.name}")
                return found
    return None


def fits(resp: aiohttp.ClientResponse, limit: int) -> bool:
    """Whether the body's declared length is within ``limit`` and it is not compressed.

    Such a body is read in one go (the common case, and aiohttp's fastest path); anything
    else goes through :func:`read_bounded`.
    """
    length = resp.content_length
    return length is not None and length <= limit and "Content-Encoding" not in resp.headers


async def read_bounded(resp: aiohttp.ClientResponse, limit: int, *, keep_head: bool) -> tuple[bytes, bool]:
    """The body, decompressed, and whether it went past ``limit``.

    Past the bound the connection is closed at once; with ``keep_head`` the first
    ``limit`` bytes are returned (an error page's excerpt), otherwise nothing.
    """
    length = resp.content_length
    if length is not None and "Content-Encoding" not in resp.headers:
        if length <= limit:
            return await resp.read(), False
        if not keep_head:
            resp.close()
            return b"", True
    chunks: list[bytes] = []
    total = 0
    async for chunk in resp.content.iter_any():
        total += len(chunk)
        if total > limit:
            resp.close()
            if not keep_head:
                return b"", True
            chunks.append(chunk[: len(chunk) - (total - limit)])
            return b"".join(chunks), True
        chunks.append(chunk)
    return b"".join(chunks), False


class ReducerFailed(Exception):
    """A reducer's own exception on its way up past the attempt's handler of the wire's errors:
    those are ``OSError`` and ``TimeoutError`` too, and a reducer's (a full disk, its own
    timeout) is neither a connection's failure nor a reason to retry.  The attempt raises
    ``error`` unchanged above that handler."""

    def __init__(self, error: Exception) -> None:
        super().__init__(type(error).__name__)  # never the error's text: it may quote the body
        self.error = error


async def feed_bounded(
    resp: aiohttp.ClientResponse, limit: int, reduce: ReducerFactory[Any]
) -> Streamed | None:
    """The body fed, decompressed, chunk by chunk to a fresh reducer from ``reduce``, and what
    it came to; ``None`` when it went past ``limit`` (the connection is then closed at once).

    Nothing here holds the body: only its first :data:`STREAMED_HEAD` bytes, for an excerpt.
    A reducer's :class:`~ece_async.streaming.MalformedBody` ends the read (the rest of the
    body would come the same); its other exceptions come as :class:`ReducerFailed`, the
    library's as they are.
    """
    length = resp.content_length
    if length is not None and length > limit and "Content-Encoding" not in resp.headers:
        resp.close()
        return None
    total = 0
    head = b""
    try:
        reducer = _reducer_step(reduce)
        async for chunk in resp.content.iter_any():
            total += len(chunk)
            if total > limit:
                resp.close()
                return None
            if len(head) < STREAMED_HEAD:
                head += chunk[: STREAMED_HEAD - len(head)]
            _reducer_step(reducer.feed, chunk)
        return Streamed(_reducer_step(reducer.result), head)
    except MalformedBody:
        resp.close()
        return Streamed(None, head, malformed=True)


def _reducer_step(step: Callable[..., T], *args: Any) -> T:
    """``step(*args)``, one of a reducer's (or its factory): its own exceptions but
    :class:`~ece_async.streaming.MalformedBody` carried as :class:`ReducerFailed`."""
    try:
        return step(*args)
    except MalformedBody:
        raise
    except Exception as exc:
        raise ReducerFailed(exc) from None


def transport_error_class(exc: BaseException) -> type[TransportError]:
    """The :class:`TransportError` subclass for a library exception raised by an attempt."""
    if isinstance(exc, (aiohttp.ClientSSLError, ssl.SSLError)):
        return TLSError
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return ConnectTimeoutError
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return ECETimeoutError
    if isinstance(exc, aiohttp.ClientConnectorError):
        return ConnectError
    if isinstance(exc, aiohttp.ClientHttpProxyError):  # the proxy's answer to CONNECT
        # 5xx: it could not reach the coordinator (nothing sent, as a refused connection);
        # 4xx: its credentials or policy, the same every time, and nothing of the coordinator.
        return ConnectError if exc.status >= 500 else TransportError
    if isinstance(exc, (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError)):
        return ECEConnectionError
    if isinstance(exc, aiohttp.ClientResponseError):
        return ECEConnectionError  # the server (or a proxy) sent something that is not HTTP
    return TransportError


def is_json(content_type: str) -> bool:
    """Whether a media type is JSON (``application/json``, ``application/problem+json``, ...)."""
    ct = content_type.lower()
    return ct.startswith("application/json") or "+json" in ct


def decode_body(body: bytes, content_type: str) -> Any:
    """JSON for JSON media types, text for the rest, ``None`` for no body (raises orjson's error)."""
    if not body:
        return None
    if is_json(content_type) or (not content_type and body[:1] in (b"{", b"[")):
        return orjson.loads(body)
    ct = content_type.lower()
    charset = "utf-8"
    if "charset=" in ct:
        charset = ct.partition("charset=")[2].split(";")[0].strip().strip('"') or "utf-8"
    try:
        return body.decode(charset, "replace")
    except LookupError:
        return body.decode("utf-8", "replace")


def not_the_api(content_type: str, body: bytes, shape: tuple[type, ...]) -> bool:
    """Whether a success of an operation documented as JSON (``shape``) declares another media
    type: an HTML page of a proxy in front of ECE, say.  No body where none may come passes."""
    if not content_type or is_json(content_type):
        return False
    return bool(body) or type(None) not in shape


#: How orjson says it refused valid JSON (its messages start so), and how the error says it.
_REFUSALS = (
    ("depth limit exceeded", "valid JSON nested deeper than the parser accepts (1024 levels)"),
    ("number is infinity", "valid JSON holding a number too large for a float (such as 1e999)"),
)


def json_refusal(exc: orjson.JSONDecodeError) -> str | None:
    """What the parser refused in a body that is valid JSON (``None``: the body is not JSON).

    Such a body comes back the same however often it is fetched: it is never retried.
    """
    message = str(exc)
    for start, problem in _REFUSALS:
        if message.startswith(start):
            return f"the body is {problem}, at byte {exc.pos}"
    return None


_EMPTY_MODEL = "EmptyResponse"


def shapes_of(kinds: Mapping[int, Any]) -> dict[int, Shape]:
    """Per status, the Python types a decoded body may have, from the generated ``RESPONSE_KINDS``.

    A model must come as a JSON object (an empty-response model may also come as no
    body), a list kind as an array; other kinds are not checked.
    """
    shapes: dict[int, Shape] = {}
    for status, kind in kinds.items():
        if kind == _EMPTY_MODEL:
            shapes[status] = (dict, type(None))
        elif isinstance(kind, str):
            shapes[status] = (dict,)
        elif isinstance(kind, tuple) and kind and kind[0] in ("list", "dict"):
            shapes[status] = (list,) if kind[0] == "list" else (dict,)
        else:
            shapes[status] = None
    return shapes


def shape_name(value: Any) -> str:
    """How a decoded JSON value is described in an error: ``array``, ``string``, ``null``, ..."""
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__
    )
