"""The billing document reduced as it arrives: ``deployment_id -> costs.total``.

``GET /billing/costs/{organization}/deployments`` answers in one document for the whole
organization (the API has no paging): 42 MiB of JSON at 100,000 deployments, 270 MiB
once parsed.  The audit needs one number per deployment, so a large document is never
held: :class:`DeploymentCosts` is a :class:`~ece_async.streaming.BodyReducer` that parses
the chunks as they come with ijson's push interface, building one ``deployments`` entry at
a time, and keeps only the table (a small document is decoded whole: less CPU).

ijson's C backend (``yajl2_c``, in its wheels for the usual platforms) is used where it is
installed; where it is missing, ijson's own best choice is (the same results; the pure
Python backend takes about 7 times the CPU of the C one): :data:`BACKEND` names the one in use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from .._tolerant import at, items, text
from ..streaming import MalformedBody

__all__ = ["BACKEND", "WHOLE_UP_TO", "DeploymentCosts", "cost_entry"]


def _ijson() -> Any:
    """ijson, imported by the first body too large to decode whole (see :data:`_BACKEND`)."""
    import ijson  # type: ignore[import-untyped]  # no stubs: what is used here is typed below

    return ijson


def _fastest_backend() -> Any:
    """ijson's C backend, or (without it) the one ijson picked as the best available."""
    ijson = _ijson()
    try:
        return ijson.get_backend("yajl2_c")
    except ImportError:
        return ijson  # its own choice: yajl2_cffi, yajl2, then pure Python


#: The ijson backend once :func:`_backend` chose it: ijson (and its ``decimal``) is imported by the
#: first body too large to decode whole, so an audit of a fleet under ~10,000 deployments never loads it.
_BACKEND: Any = None


def _backend() -> Any:
    global _BACKEND
    if _BACKEND is None:
        _BACKEND = _fastest_backend()
    return _BACKEND


if TYPE_CHECKING:
    #: The ijson backend in use (``yajl2_c`` unless ijson was installed without its C extension).
    BACKEND: str
else:

    def __getattr__(name: str) -> Any:
        if name != "BACKEND":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        backend, ijson = _backend(), _ijson()
        return backend.backend_name if backend is not ijson else str(ijson.backend)


#: Where the entries are in a ``DeploymentsCosts`` document, in ijson's prefix notation.
_ENTRIES = "deployments.item"
#: A body up to this size is decoded whole (orjson, fastest); a larger one as it arrives (ijson,
#: flat memory).  4 MiB is about 10,000 deployments' entries, 25 MiB once decoded.
WHOLE_UP_TO = 4 * 1024 * 1024


def cost_entry(entry: object) -> tuple[str, float] | None:
    """An entry's ``(deployment_id, costs.total)``; ``None`` for an odd entry (no string or
    integer id, a total that is not a number)."""
    total = at(entry, "costs", "total")
    deployment_id = text(at(entry, "deployment_id"))
    if (total.__class__ is float or total.__class__ is int) and deployment_id is not None:
        return deployment_id, float(total)
    return None


class DeploymentCosts:
    """``deployment_id -> costs.total`` of a ``DeploymentsCosts`` body, fed chunk by chunk.

    A body of up to :data:`WHOLE_UP_TO` bytes is decoded whole with orjson once it ended
    (building every entry with ijson costs 2.5 times the CPU: 10 us a deployment, 4% of an
    audit); past that size it is parsed as it arrives, ijson building one entry at a time,
    so memory stays flat for any fleet.  Odd entries are skipped either way (see
    :func:`cost_entry`), and a document whose ``deployments`` is not an array yields an empty
    table, except that ijson's prefixes cannot tell an array's items from an object's
    ``item`` key: in a large body, ``{"deployments": {"item": {...}}}`` counts that one entry,
    and a top-level ``deployments`` key given twice counts the entries of both (orjson keeps
    the last one's).
    A body that is not JSON, or ends early, raises :class:`~ece_async.streaming.MalformedBody`;
    so does a large one holding an integer outside ``(-2**63, 2**63)`` anywhere (yajl's bound;
    orjson reads such a number in a small body: ECE's totals are floats).
    """

    __slots__ = ("_buffer", "_entries", "_parser", "by_id")

    def __init__(self) -> None:
        self.by_id: dict[str, float] = {}
        #: The body so far, while it may still be decoded whole; ``None`` once parsing as it arrives.
        self._buffer: bytearray | None = bytearray()
        self._entries: list[Any] = []  # ijson's sendable list once parsing as it arrives
        self._parser: Any = None

    def feed(self, chunk: bytes) -> None:
        if not chunk:  # ijson's push parser would take it for the end of the body
            return
        buffer = self._buffer
        if buffer is not None:
            buffer += chunk
            if len(buffer) <= WHOLE_UP_TO:
                return
            self._buffer = None  # too large to hold: parse what came so far, then the rest as it comes
            self._entries = _ijson().sendable_list()
            self._parser = _backend().items_coro(self._entries, _ENTRIES, use_float=True)
            chunk = bytes(buffer)
        try:
            self._parser.send(chunk)
        except _ijson().JSONError as exc:
            raise MalformedBody("the billing document is not valid JSON") from exc
        self._take(self._entries)

    def result(self) -> dict[str, float]:
        if self._buffer is not None:
            return self._whole(self._buffer)
        try:
            self._parser.close()
        except _ijson().JSONError as exc:
            raise MalformedBody("the billing document ends early") from exc
        self._take(self._entries)
        return self.by_id

    def _whole(self, body: bytearray) -> dict[str, float]:
        """The table of a body small enough to have been held: decoded at once."""
        try:
            document = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise MalformedBody("the billing document is not valid JSON") from exc
        self._take(items(at(document, "deployments")))
        return self.by_id

    def _take(self, entries: list[Any]) -> None:
        """Put the entries read so far into the table, and forget them."""
        if not entries:
            return
        by_id = self.by_id
        for entry in entries:
            found = cost_entry(entry)
            if found is not None:
                by_id[found[0]] = found[1]
        entries.clear()
