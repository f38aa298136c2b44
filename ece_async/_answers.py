"""What an attempt's answer means: a decoded body of the documented shape, or the typed error.

The transport hands each attempt's :class:`~ece_async._wire.Outcome` here.  Every error made
here shows the call's URL redacted and scrubs what the server sent of the client's secrets
and the call's secret query values; login and refresh bodies (which carry tokens) are never
quoted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from . import errors
from ._call import Call
from ._generated import OPERATIONS, error_codes, response_kinds
from ._wire import (
    Outcome,
    Shape,
    decode_body,
    json_refusal,
    not_the_api,
    shape_name,
    shapes_of,
    transport_error_class,
)
from .clock import Clock
from .coordinators import Coordinator
from .errors import (
    ECEError,
    RateLimitedError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ScrubbedCause,
    UnexpectedResponseError,
    detach,
)
from .redact import Redactor, redact_url
from .retry import parse_retry_after

__all__ = ["Answers"]


class Answers:
    """Reads attempts' answers for one client (its redactor, clock and size bound)."""

    __slots__ = ("_clock", "_redactor", "_shapes", "max_response_bytes")

    def __init__(self, redactor: Redactor, clock: Clock, max_response_bytes: int) -> None:
        self._redactor = redactor
        self._clock = clock
        self.max_response_bytes = max_response_bytes
        self._shapes: dict[str, dict[int, Shape]] = {}

    def too_large(self, call: Call, coordinator: Coordinator, status: int) -> ResponseTooLargeError:
        shown = self.shown(call, coordinator)
        return ResponseTooLargeError(
            f"{call.method} {shown} -> {status}: the body exceeds max_response_bytes "
            f"({self.max_response_bytes} bytes, decompressed); the connection was closed",
            status=status,
            method=call.method,
            url=shown,
        )

    def throttled(self, call: Call, coordinator: Coordinator) -> RateLimitedError:
        """The client's own limits would hold the call past its retry deadline."""
        return RateLimitedError(
            f"{call.method} {self.shown(call, coordinator)}: the client's own rate limit or "
            f"concurrency slots would start attempt {call.attempt} after the "
            f"{call.policy.deadline}s retry deadline",
            method=call.method,
            url=self.shown(call, coordinator),
        )

    def transport_error(self, exc: BaseException, call: Call, url_text: str) -> ECEError:
        """The typed error for a library exception, chained only to a scrubbed stand-in of it."""
        shown = redact_url(url_text, self.scrubber(call))
        detail = self.scrub(call, str(exc).replace(url_text, shown)) or _silent_detail(exc, call)
        message = f"{call.method} {shown}: {type(exc).__name__}: {detail}"
        cls = transport_error_class(exc)
        return detach(cls(message, method=call.method, url=shown), ScrubbedCause(exc, detail))

    def scrub(self, call: Call, text: str) -> str:
        """``text`` without the call's secret query values or any credential the client knows,
        and as printable text (a library's message may quote control characters a server sent)."""
        return errors.printable(self.scrubber(call).scrub(text))

    def scrubber(self, call: Call) -> Redactor:
        """The client's redactor, extended by the call's secret query values when it has any."""
        values = call.secret_values()
        return self._redactor.with_values(values) if values else self._redactor

    def shown(self, call: Call, coordinator: Coordinator) -> str:
        """The redacted URL of the call on ``coordinator`` (computed once per coordinator)."""
        if call.shown_base is not coordinator.base or call.shown is None:
            call.shown = redact_url(coordinator.base + call.target, self.scrubber(call))
            call.shown_base = coordinator.base
        return call.shown

    def decoded(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, headers: Mapping[str, str]
    ) -> Any:
        """The body decoded, of the shape the operation documents, or the error saying why not."""
        content_type = headers.get("Content-Type", "")
        shape = self.shape(call.operation_id, outcome.status)
        if shape is not None and not_the_api(content_type, outcome.body, shape):
            shown_type = self.scrub(call, content_type)[:100]
            got = "a string" if outcome.body else "no body"
            problem = f"expected {_expected(shape)}, got {got} in a {shown_type!r} answer: not the ECE API"
            return self._decode_error(call, coordinator, outcome, problem, cls=UnexpectedResponseError)
        try:
            decoded = decode_body(outcome.body, content_type)
        except orjson.JSONDecodeError as exc:
            refused = json_refusal(exc)
        else:
            if shape is None or decoded.__class__ in shape:
                return decoded
            problem = f"expected {_expected(shape)}, got {shape_name(decoded)}"
            return self._decode_error(call, coordinator, outcome, problem)
        problem = refused or "the body is not valid JSON"
        return self._decode_error(call, coordinator, outcome, problem, malformed=refused is None)

    def reduced(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, headers: Mapping[str, str]
    ) -> Any:
        """What the call's reducer made of the body, or the error saying why it has nothing:
        the answer was not JSON (never fed), or the reducer found the body malformed (the
        error a malformed body gets without a reducer, with the excerpt of its head)."""
        streamed = outcome.streamed
        if streamed is None:
            shown_type = self.scrub(call, headers.get("Content-Type", ""))[:100]
            got = "a string" if outcome.body else "no body"
            problem = f"expected JSON, got {got} in a {shown_type!r} answer: not the ECE API"
            return self._decode_error(call, coordinator, outcome, problem, cls=UnexpectedResponseError)
        if streamed.malformed:
            problem = "the body is not valid JSON"
            return self._decode_error(call, coordinator, outcome, problem, malformed=True, body=streamed.head)
        return streamed.value

    def shape(self, operation_id: str, status: int) -> Shape:
        """What the decoded body of ``status`` may be (``None``: anything), per operation, cached."""
        shapes = self._shapes.get(operation_id)
        if shapes is None:
            shapes = self._shapes[operation_id] = shapes_of(response_kinds(operation_id))
        return shapes.get(status)

    def _decode_error(
        self,
        call: Call,
        coordinator: Coordinator,
        outcome: Outcome,
        problem: str,
        *,
        malformed: bool = False,
        cls: type[ResponseDecodeError] = ResponseDecodeError,
        body: bytes | None = None,
    ) -> ResponseDecodeError:
        """The error for a success whose ``body`` (the outcome's, or a streamed body's head) is
        not what it should be, quoting an excerpt of it."""
        body = outcome.body if body is None else body
        shown = self.shown(call, coordinator)
        text = f"{call.method} {shown} -> {outcome.status}: {problem}"
        snippet: str | None = None
        if call.authenticate:
            snippet = errors.excerpt(body, scrub=self.scrubber(call))
            text += f": {snippet!r}"
        else:  # login/refresh bodies carry tokens: never keep any part of them
            text += f" ({len(body)} bytes, not shown: they may carry credentials)"
        error = cls(
            text, malformed=malformed, status=outcome.status, method=call.method, url=shown, excerpt=snippet
        )
        return detach(error, None)

    def parse_error(
        self, call: Call, coordinator: Coordinator, outcome: Outcome, exc: BaseException
    ) -> ResponseDecodeError:
        shown = self.shown(call, coordinator)
        detail = self.scrub(call, str(exc))[:200] if call.authenticate else "details not shown"
        error = ResponseDecodeError(
            f"{call.method} {shown} -> {outcome.status}: unexpected response shape: "
            f"{type(exc).__name__}: {detail}",
            status=outcome.status,
            method=call.method,
            url=shown,
        )
        return detach(error, ScrubbedCause(exc, detail))

    def response_error(self, call: Call, coordinator: Coordinator, outcome: Outcome) -> ECEError:
        headers = outcome.headers
        assert headers is not None
        status = outcome.status
        retry_after = None
        if status == 429 or status == 503:
            retry_after = parse_retry_after(headers.get("Retry-After"), self._clock.time())
        return errors.from_response(
            status,
            method=call.method,
            url=self.shown(call, coordinator),
            header_codes=headers.get("x-cloud-error-codes"),
            content_type=headers.get("Content-Type", "").lower(),
            body=outcome.body,
            retry_after=retry_after,
            scrub=self.scrubber(call),
            keep_excerpt=call.authenticate,
            documented=error_codes(call.operation_id).get(status, ())
            if call.operation_id in OPERATIONS
            else (),
        )


def _expected(shape: tuple[type, ...]) -> str:
    return "an object" if dict in shape else "an array"


def _silent_detail(exc: BaseException, call: Call) -> str:
    """What an exception without a message means: aiohttp's timeouts say nothing of the bound."""
    if not isinstance(exc, TimeoutError):
        return type(exc).__name__
    bounds = (
        ("total", call.timeout.total),
        ("connect", call.timeout.sock_connect),
        ("read", call.timeout.sock_read),
    )
    shown = ", ".join(f"{name} {value:g} s" for name, value in bounds if value)
    return f"no complete answer within the attempt's timeout ({shown or 'unbounded'})"
