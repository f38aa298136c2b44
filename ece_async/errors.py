"""Everything ``ece_async`` raises, as one hierarchy rooted at :class:`ECEError`.

ECE reports *why* a call failed twice: the HTTP status and one or more
``x-cloud-error-codes`` (``deployments.deployment_not_found``,
``billing_service.rate_limited``, ...), also repeated in the body's
``errors[].code``.  Callers branch on both, so both are catchable::

    from ece_async import errors as ece_errors

    try:
        await ece.deployments.get_deployment(deployment_id="abc")
    except ece_errors.code("deployments.deployment_not_found"):
        ...  # this code, whatever the status
    except ece_errors.NotFoundError:
        ...  # any other 404

``except`` clauses match on real subclassing (``__instancecheck__`` is not
consulted there), so an error that carries codes is created as an instance of
a small cached subclass of both its status class and one marker class per code;
:func:`code` returns that marker class.  ``isinstance`` and :meth:`ECEError.has_code`
work too.

Messages, reprs and ``url`` never contain credentials: URLs are redacted and
server text is scrubbed of the client's secrets before it gets here.  Errors
the client raises never chain to the library exception behind them (aiohttp's
carry the request headers, parsers' tracebacks hold response bodies): their
``__cause__`` is a :class:`ScrubbedCause` with the original type and a scrubbed
message, and they carry no ``__context__``.

The errors of :mod:`ece_async.pagination` and :mod:`ece_async.plans` live here
too, so ``from ece_async.errors import ...`` finds every one of them.
"""

from __future__ import annotations

import asyncio
import re
import sys
import threading
from collections.abc import Collection, Iterable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

import attrs
import orjson

from ._generated import EncodeError, use_error_class, use_missing_field_class
from ._generated import MissingFieldError as _GeneratedMissingFieldError
from ._record import Record
from .redact import Redactor

if TYPE_CHECKING:
    from .models import DeploymentGetResponse
    from .plans import PlanFailure

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectError",
    "ConnectTimeoutError",
    "ECEConnectionError",
    "ECEError",
    "ECETimeoutError",
    "ErrorDetail",
    "ForbiddenError",
    "MissingFieldError",
    "NotFoundError",
    "PaginationError",
    "PlanFailedError",
    "PlanTimeoutError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestEncodeError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ScrubbedCause",
    "ServerError",
    "TLSError",
    "TransportError",
    "UnexpectedResponseError",
    "code",
    "detach",
    "error_class_for_status",
    "excerpt",
    "forget_frames",
    "printable",
]

E = TypeVar("E", bound="ECEError")

#: Longest excerpt of a response body kept in an error.
EXCERPT_LIMIT = 200
#: How much of a body an excerpt is made from (tags stripped, whitespace collapsed, then cut).
EXCERPT_WINDOW = 8192


@attrs.frozen
class ErrorDetail(Record):
    """One entry of an ECE error body's ``errors[]`` (``BasicFailedReplyElement``)."""

    code: str
    message: str
    fields: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, value: Any, scrub: Redactor | None = None) -> ErrorDetail | None:
        """Lenient: a proxy or an old ECE may send odd shapes; those are skipped, not fatal.

        ``scrub`` masks secrets before the text is made printable: afterwards a secret holding
        a tab, a no-break or an ideographic space would no longer match its own echo.
        """
        if not isinstance(value, Mapping):
            return None
        code_ = value.get("code")
        message = value.get("message")
        fields = value.get("fields")

        def shown(text: str) -> str:
            return printable(_scrubbed(text, scrub))

        return cls(
            code=shown(code_) if isinstance(code_, str) else "",
            message=shown(message) if isinstance(message, str) else "",
            fields=tuple(shown(f) for f in fields if isinstance(f, str)) if isinstance(fields, list) else (),
        )


class ECEError(Exception):
    """Base of every error the client raises.

    ``status`` is the HTTP status (``None`` when no response arrived), ``codes``
    the ``x-cloud-error-codes`` plus the body's ``errors[].code`` (deduplicated,
    in order), ``errors`` the body's ``errors[]``, ``method``/``url`` the
    request (redacted), ``excerpt`` a short text excerpt of a body that was not
    an ECE error document.
    """

    #: The base class an error-code subclass was derived from (itself for static classes).
    _ece_base: ClassVar[type[ECEError]]
    #: How many attempts the call made before giving up with this error.
    attempts: int = 1

    def __new__(cls: type[E], *args: Any, codes: Iterable[str] = (), **kwargs: Any) -> E:
        codes = tuple(codes)
        if codes:
            cls = _with_codes(cls, codes)
        return super().__new__(cls, *args)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_ece_base" not in cls.__dict__:
            cls._ece_base = cls

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        codes: Iterable[str] = (),
        errors: Iterable[ErrorDetail] = (),
        method: str | None = None,
        url: str | None = None,
        excerpt: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.codes: tuple[str, ...] = tuple(codes)
        self.errors: tuple[ErrorDetail, ...] = tuple(errors)
        self.method = method
        self.url = url
        self.excerpt = excerpt

    def has_code(self, code: str) -> bool:
        """Whether ECE reported this error code (header or body)."""
        return code in self.codes

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        parts = [repr(self.message)]
        for name in ("status", "codes", "method", "url"):
            value = getattr(self, name)
            if value:
                parts.append(f"{name}={value!r}")
        return f"{self._ece_base.__name__}({', '.join(parts)})"

    def _state(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "codes": self.codes,
            "errors": self.errors,
            "method": self.method,
            "url": self.url,
            "excerpt": self.excerpt,
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # Dynamic code subclasses are not importable by name: rebuild from the static base.  What
        # was set after construction (``attempts``, notes) travels as the instance's own state.
        arguments = (self._ece_base, self.message, self._state(), self._extra_state())
        return (_rebuild, arguments, dict(vars(self)))

    def _extra_state(self) -> dict[str, Any]:
        return {}

    def clone(self: E) -> E:
        """A new instance with the same class and fields, without traceback, cause or context.

        One failure shared by many callers (a login rejected during its cool-down) is raised
        as a clone per caller: raising one object from many tasks would tangle its traceback.
        """
        copy = _rebuild(self._ece_base, self.message, self._state(), self._extra_state())
        copy.attempts = self.attempts
        return cast("E", copy)


ECEError._ece_base = ECEError


def _rebuild(base: type[ECEError], message: str, state: dict[str, Any], extra: dict[str, Any]) -> ECEError:
    error = base(message, **state, **extra)
    return error


class ConfigurationError(ECEError, ValueError):
    """Invalid client arguments (also a :class:`ValueError`)."""


class RequestEncodeError(ECEError, EncodeError):
    """The request cannot be sent as given: a body that is not JSON-serialisable, a header
    value with CR/LF, a parameter value the wire cannot carry (also a TypeError and a ValueError).

    Also the generated layer's ``EncodeError``: registered with it, so encoding errors raised
    while an operation builds its request are this class.
    """


use_error_class(RequestEncodeError)


class ScrubbedCause(Exception):
    """Stands in, as ``__cause__``, for the library exception behind an :class:`ECEError`.

    It keeps what a reader needs (the original exception type, as ``original_type``, and
    its message with URLs redacted and secrets masked) and nothing that carries
    credentials or bodies (aiohttp's ``request_info`` headers, tracebacks and their locals).
    """

    def __init__(self, original: BaseException | type[BaseException], message: str) -> None:
        super().__init__(message)
        self.original_type: type[BaseException] = original if isinstance(original, type) else type(original)
        cls = self.original_type
        self._type_name = f"{cls.__module__}.{cls.__qualname__}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross process boundaries (multiprocessing, task queues) and get deep-copied: rebuild
        # from the type and the scrubbed message, the only state there is.  A type pickle cannot
        # find by name (a local class) travels as its name, with ``Exception`` as the type.
        message = str(self.args[0])
        if _importable(self.original_type):
            return (ScrubbedCause, (self.original_type, message))
        return (_named_cause, (self._type_name, message))

    def __copy__(self) -> ScrubbedCause:
        return ScrubbedCause(self.original_type, str(self.args[0]))  # in-process: the type itself

    def __deepcopy__(self, memo: dict[int, Any]) -> ScrubbedCause:
        return self.__copy__()

    @property
    def type_name(self) -> str:
        return self._type_name

    def __str__(self) -> str:
        return str(self.args[0])

    def __repr__(self) -> str:
        return f"ScrubbedCause({self.type_name}: {self.args[0]!r})"


def _importable(cls: type) -> bool:
    """Whether pickle finds ``cls`` by its module and qualified name."""
    found: Any = sys.modules.get(cls.__module__)
    for part in cls.__qualname__.split("."):
        found = getattr(found, part, None)
    return found is cls


def _named_cause(type_name: str, message: str) -> ScrubbedCause:
    cause = ScrubbedCause(Exception, message)
    cause._type_name = type_name
    return cause


def detach(error: E, cause: BaseException | None) -> E:
    """``error`` with ``cause`` (already scrubbed, or ``None``) as its only link to other exceptions."""
    error.__cause__ = cause
    error.__context__ = None
    error.__suppress_context__ = True
    return error


def forget_frames(exc: BaseException) -> BaseException:
    """``exc`` without the frames it has passed through, to be raised again from a frame holding no secrets.

    Below :meth:`ECETransport._run <ece_async.ECETransport>`, frames (aiohttp's too) hold the request's
    headers and body in their locals, which traceback tools print (``capture_locals``, ``pytest -l``,
    Sentry, rich).  An exception the client did not make, nor a cancellation, keeps where it came from
    as a note: the frames' lines, without their locals.
    """
    tb = exc.__traceback__
    if (
        sys.version_info >= (3, 11)
        and tb is not None
        and not isinstance(exc, (ECEError, asyncio.CancelledError))
    ):
        import traceback  # only library bugs get here

        exc.add_note(
            "raised at (frames dropped: their locals hold credentials):\n" + "".join(traceback.format_tb(tb))
        )
    return exc.with_traceback(None)


class ClientClosedError(ECEError):
    """The client was closed (``close()`` or the end of ``async with``) and cannot send requests."""


class TransportError(ECEError):
    """No usable HTTP response: the connection failed, dropped or timed out.

    Raised as itself (no subclass) when a proxy refused to open the tunnel to the coordinator
    (a 4xx to ``CONNECT``: its credentials or policy): never retried, it would answer the same.
    """


class ECEConnectionError(TransportError, ConnectionError):
    """Connecting failed, or the connection dropped before a complete response."""


class ConnectError(ECEConnectionError):
    """The connection could not be established, so the request was never sent (safe to retry)."""


class TLSError(ConnectError):
    """TLS failed (for example certificate verification): pass ``ca_file``/``ssl_context``.

    Never retried: it would fail the same way again.
    """


class ECETimeoutError(TransportError, TimeoutError):
    """The request exceeded its connect or total timeout (also a :class:`TimeoutError`)."""


class ConnectTimeoutError(ECETimeoutError):
    """Establishing the connection timed out: the request was never sent (safe to retry)."""


class ResponseDecodeError(ECEError):
    """A successful response whose body could not be decoded (malformed JSON, unexpected shape).

    ``malformed``: the body was not valid JSON at all, as when a proxy cuts a stream short;
    only those are retried (for idempotent requests): a well-formed body of the wrong shape
    would come back the same.
    """

    def __init__(self, message: str, *, malformed: bool = False, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.malformed = malformed

    def _extra_state(self) -> dict[str, Any]:
        return {"malformed": self.malformed}


class MissingFieldError(ResponseDecodeError, _GeneratedMissingFieldError):
    """A response model's required field was read, but the server left it out or sent null.

    Raised on the read, not while decoding: the rest of the response stays usable and a
    read-modify-write sends back what the server sent. ``model`` and ``field`` name it.
    Also an ``AttributeError`` (``hasattr``/``getattr`` with a default test for the field)
    and the generated layer's ``MissingFieldError``, with which it is registered.
    """

    def __init__(self, message: str, *, model: str = "", field: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.model = model
        self.field = field
        self.name = field or None

    def _extra_state(self) -> dict[str, Any]:
        return {**super()._extra_state(), "model": self.model, "field": self.field}


use_missing_field_class(MissingFieldError)


class ResponseTooLargeError(ResponseDecodeError):
    """A successful response's body, decompressed, exceeded ``max_response_bytes`` (never retried)."""


class UnexpectedResponseError(ResponseDecodeError):
    """A successful status with a body that is not the ECE API's: an HTML page where the operation
    returns JSON (a proxy's login or error page in front of ECE, say).  The message says what came
    back (status, content type, a short scrubbed excerpt); never retried: it would come back the same.
    """


class APIError(ECEError):
    """ECE (or a proxy in front of it) answered with an unsuccessful HTTP status.

    ``retry_after`` is the server's ``Retry-After`` in seconds (429 and 503), when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def _extra_state(self) -> dict[str, Any]:
        return {"retry_after": self.retry_after}


class BadRequestError(APIError):
    """400: the request was invalid."""


class AuthenticationError(APIError):
    """401, or credentials could not be obtained or renewed (login/refresh failed)."""


class ForbiddenError(APIError):
    """403: authenticated, but not allowed."""


class NotFoundError(APIError):
    """404: no such resource."""


class ConflictError(APIError):
    """409: the resource is in a conflicting state (exists already, plan in progress, ...)."""


class PreconditionFailedError(APIError):
    """412: ECE's answer to a stale ``version`` (optimistic locking): re-read and retry."""


class RateLimitedError(APIError):
    """429: throttled (often ``billing_service.rate_limited``); always safe to retry.

    ``retry_after`` is the server's ``Retry-After`` in seconds, when it sent one.  Also
    raised without a status when the client's own rate limit would hold a call past its
    retry deadline.
    """


class ServerError(APIError):
    """5xx: the server (or a gateway in front of it) failed."""


class PaginationError(ECEError):
    """The server stopped advancing (repeated pages or a cursor), or ended short of its own total.

    Going on would loop forever, and stopping quietly would drop the rest of the listing.
    """


class PlanFailedError(ECEError):
    """The plan finished unsuccessfully on at least one resource (see ``failures``)."""

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        failures: tuple[PlanFailure, ...],
        deployment: DeploymentGetResponse,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.deployment_id = deployment_id
        self.failures = failures
        #: The deployment as last fetched (with plan logs).
        self.deployment = deployment

    def _extra_state(self) -> dict[str, Any]:
        return {"deployment_id": self.deployment_id, "failures": self.failures, "deployment": self.deployment}


class PlanTimeoutError(ECEError, TimeoutError):
    """The plan was still pending at the deadline; it keeps running on the server (also a TimeoutError)."""

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        timeout: float,
        pending: tuple[str, ...],
        deployment: DeploymentGetResponse,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.deployment_id = deployment_id
        self.timeout = timeout
        #: ``kind/ref_id`` of each resource still pending.
        self.pending = pending
        self.deployment = deployment

    def _extra_state(self) -> dict[str, Any]:
        return {
            "deployment_id": self.deployment_id,
            "timeout": self.timeout,
            "pending": self.pending,
            "deployment": self.deployment,
        }


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    429: RateLimitedError,
}


def error_class_for_status(status: int) -> type[APIError]:
    """The error class raised for an unsuccessful ``status``."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    return ServerError if status >= 500 else APIError


# --- per-code classes --------------------------------------------------------------------------

_lock = threading.Lock()
#: One marker class per code: those callers asked for with :func:`code`, and those servers sent.
_code_markers: dict[str, type[ECEError]] = {}
#: How many of the markers were made for codes a server sent (each server code gets one, so that
#: ``except code(x)``, evaluated after the error is built, matches).  Capped: codes come from
#: servers, so they are not trusted to be few.  Past the cap, a new server code gets a marker
#: only once a caller asks for it, or when the spec documents it for the operation that got it
#: (``isinstance`` and ``has_code`` match regardless).
_seen_markers = 0
_SEEN_CODES_LIMIT = 1024
#: ECE's codes are dotted names under 80 characters; a longer one a server sends gets no class (the
#: cap above counts classes, this bounds what each one keeps: its name, twice, and its docstring).
_SEEN_CODE_LENGTH = 128
_combined: dict[tuple[type[ECEError], tuple[type[ECEError], ...]], type[ECEError]] = {}
#: Caps the cache of combined classes, for the same reason.
_COMBINED_CACHE_LIMIT = 4096
#: An error with more codes than this is matched on the first ones only.
_MAX_MARKERS = 16


class _CodeMeta(type):
    """Lets ``isinstance(err, code(x))`` also hold for errors built without the marker base."""

    error_code: str

    def __instancecheck__(cls, instance: Any) -> bool:
        if type.__instancecheck__(cls, instance):
            return True
        marker_code = cls.__dict__.get("error_code")
        return marker_code is not None and isinstance(instance, ECEError) and marker_code in instance.codes


def code(name: str) -> type[ECEError]:
    """The exception class that matches every :class:`ECEError` carrying error code ``name``.

    Use it in ``except`` clauses (``except code("deployments.deployment_not_found"):``) or
    with ``isinstance``.  The same class is returned for the same name.
    """
    marker = _code_markers.get(name)
    return marker if marker is not None else _new_marker(name, seen=False)


def _seen_marker(name: str) -> type[ECEError] | None:
    """The marker for a code a server sent; ``None`` once too many such codes have markers."""
    marker = _code_markers.get(name)
    if marker is not None or _seen_markers >= _SEEN_CODES_LIMIT or len(name) > _SEEN_CODE_LENGTH:
        return marker
    return _new_marker(name, seen=True)


def _new_marker(name: str, *, seen: bool) -> type[ECEError]:
    global _seen_markers
    with _lock:
        marker = _code_markers.get(name)
        if marker is None:
            marker = cast(
                "type[ECEError]",
                _CodeMeta(
                    f"ErrorCode[{name}]",
                    (ECEError,),
                    {
                        "__module__": __name__,
                        "__doc__": f"Matches errors carrying the ECE error code {name!r}.",
                        "error_code": name,
                    },
                ),
            )
            _code_markers[name] = marker
            _seen_markers += seen
    return marker


def _with_codes(cls: type[E], codes: tuple[str, ...]) -> type[E]:
    base = cls._ece_base
    key_codes = tuple(sorted(set(codes)))[:_MAX_MARKERS]
    found = (_seen_marker(c) for c in key_codes)
    markers = tuple(m for m in found if m is not None and not issubclass(base, m))
    if not markers:
        return cls
    # Keyed by markers, not codes: a code that got its marker late is matched from then on.
    key = (base, markers)
    combined = _combined.get(key)
    if combined is None:
        names = ",".join(m.error_code for m in markers)  # type: ignore[attr-defined]
        combined = cast(
            "type[ECEError]",
            _CodeMeta(
                f"{base.__name__}[{names}]",
                (base, *markers),
                {"__module__": base.__module__, "__doc__": base.__doc__, "_ece_base": base},
            ),
        )
        if len(_combined) < _COMBINED_CACHE_LIMIT:
            combined = _combined.setdefault(key, combined)
    return combined  # type: ignore[return-value]


# --- building errors from responses -------------------------------------------------------------

_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


def excerpt(
    body: bytes | str,
    *,
    html_like: bool | None = None,
    limit: int = EXCERPT_LIMIT,
    scrub: Redactor | None = None,
) -> str:
    """A one-line, at most ``limit`` characters, human-readable excerpt of a response body.

    ``scrub`` masks secrets in the text before anything else happens to it (stripping tags
    could break a secret up so that it no longer matches), and again after each step that
    may spell one anew (decoding HTML entities, collapsing whitespace); the final cut then
    can only cut a mask.
    """
    text = _head(body, scrub)
    if html_like is None:
        html_like = "<" in text and ">" in text
    if html_like:
        from html import unescape  # only error pages need it: keep it off the import path

        text = _scrubbed(unescape(_TAGS.sub(" ", text)), scrub)
    text = _scrubbed(_SPACE.sub(" ", printable(text)).strip(), scrub)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def printable(text: str) -> str:
    """``text`` with every character that is not printable (NUL, ESC, other controls, bidi
    overrides, zero-width marks, line separators) as a space: server text ends up in terminals,
    log files and issue trackers, where such characters corrupt or disguise what is shown."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else " " for char in text)


def _head(body: bytes | str, scrub: Redactor | None) -> str:
    """The first :data:`EXCERPT_WINDOW` characters of ``body``, scrubbed, without the head of a
    secret the window cuts through: the window reaches past its end by the longest spelling of
    a secret (``scrub.reach``), and that overhang is dropped once scrubbed."""
    reach = scrub.reach if scrub is not None else 0
    end = EXCERPT_WINDOW + reach
    text = body[: 4 * end].decode("utf-8", "replace") if isinstance(body, bytes) else body
    cut = len(text) > end or len(body) > 4 * end
    text = _scrubbed(text[:end], scrub)
    return text[: len(text) - reach] if cut else text


def _scrubbed(text: str, scrub: Redactor | None) -> str:
    return scrub.scrub(text) if scrub is not None else text


def _parse_codes(header: str | None) -> list[str]:
    if not header:
        return []
    return [part.strip() for part in header.split(",") if part.strip()]


def from_response(
    status: int,
    *,
    method: str,
    url: str,
    header_codes: str | None,
    content_type: str,
    body: bytes,
    retry_after: float | None = None,
    scrub: Redactor | None = None,
    keep_excerpt: bool = True,
    documented: Collection[str] = (),
) -> APIError:
    """The typed error for an unsuccessful response; never raises on odd bodies.

    ``url`` must already be redacted; ``scrub`` masks known secrets in every piece of
    server-provided text (codes, messages, fields, excerpt).  ``keep_excerpt=False`` keeps
    no excerpt of a body that is not an ECE error document (for login and refresh, whose
    bodies may carry credentials).  ``documented``: the codes the spec documents for this
    operation and status; they always get a marker class (see :func:`code`), however many
    unknown codes servers have sent.
    """
    codes = _parse_codes(_scrubbed(header_codes or "", scrub))  # whole: a secret may hold a comma
    details, text_excerpt = _read_body(body, content_type, scrub, keep_excerpt)
    for detail in details:
        if detail.code and detail.code not in codes:
            codes.append(detail.code)
    for name in codes:
        if name in documented:
            code(name)
    cls = error_class_for_status(status)
    message = _message(status, method, url, codes, details, text_excerpt)
    kwargs: dict[str, Any] = {
        "status": status,
        "codes": codes,
        "errors": details,
        "method": method,
        "url": url,
        "excerpt": text_excerpt,
        "retry_after": retry_after,
    }
    return cls(message, **kwargs)


def _read_body(
    body: bytes, content_type: str, scrub: Redactor | None, keep_excerpt: bool
) -> tuple[list[ErrorDetail], str | None]:
    """The ECE error details of an error body, or else (if kept) a scrubbed excerpt of it."""
    if not body:
        return [], None
    document: Any = None
    if "json" in content_type or body[:1] in (b"{", b"["):
        try:
            document = orjson.loads(body)
        except orjson.JSONDecodeError:
            document = None
    if isinstance(document, Mapping) and isinstance(document.get("errors"), list):
        found = (ErrorDetail.from_json(item, scrub) for item in document["errors"])
        return [detail for detail in found if detail is not None], None
    if keep_excerpt:
        return [], excerpt(body, html_like=("html" in content_type) or None, scrub=scrub)
    return [], None


def _message(
    status: int, method: str, url: str, codes: list[str], details: list[ErrorDetail], text: str | None
) -> str:
    """One line: what was asked, the status, the ECE codes and the server's own words."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown Status"
    message = f"{method} {url} -> {status} {reason}"
    if codes:
        message += f" [{', '.join(codes)}]"
    summary = "; ".join(d.message for d in details if d.message)
    if summary:
        message += f": {summary[:500]}"
    elif text:
        message += f": {text}"
    return message
