"""The billing document reduced as it arrives: ``deployment_id -> costs.total``.

``GET /billing/costs/{organization}/deployments`` answers in one document for the whole
organization (the API has no paging): 42 MiB of JSON at 100,000 deployments, 270 MiB
once parsed.  The audit needs one number per deployment, so the document is never held:
:class:`DeploymentCosts` is a :class:`~ece_async.streaming.BodyReducer` that parses the
chunks as they come with ijson's push interface, building one ``deployments`` entry at a
time, and keeps only the table.

ijson's C backend (``yajl2_c``, in its wheels for the usual platforms) parses as fast as
orjson decodes the whole document.  Where it is missing, ijson's best other backend is used
(the same results; the pure Python one takes several times the CPU): :data:`BACKEND` names
the one in use.
"""

from __future__ import annotations

from typing import Any

import ijson  # type: ignore[import-untyped]  # (no stubs: the four names used here are typed below)

from .._tolerant import at, text
from ..streaming import MalformedBody

__all__ = ["BACKEND", "DeploymentCosts", "cost_entry"]


def _fastest_backend() -> Any:
    """ijson's C backend, or (without it) the one ijson picked as the best available."""
    try:
        return ijson.get_backend("yajl2_c")
    except ImportError:
        return ijson  # its own choice: yajl2_cffi, yajl2, then pure Python


_BACKEND = _fastest_backend()
#: The ijson backend in use (``yajl2_c`` unless ijson was installed without its C extension).
BACKEND: str = _BACKEND.backend_name if _BACKEND is not ijson else str(ijson.backend)
#: Where the entries are in a ``DeploymentsCosts`` document, in ijson's prefix notation.
_ENTRIES = "deployments.item"


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

    Holds one entry at a time (ijson builds it in C) and the table.  Odd entries are
    skipped (see :func:`cost_entry`); a document whose ``deployments`` is not an array
    yields an empty table, except that ijson's prefixes cannot tell an array's items from an
    object's ``item`` key: ``{"deployments": {"item": {...}}}`` counts that one entry.  A
    body that is not JSON, or ends early, raises :class:`~ece_async.streaming.MalformedBody`.
    """

    __slots__ = ("_entries", "_parser", "by_id")

    def __init__(self) -> None:
        self.by_id: dict[str, float] = {}
        self._entries: list[Any] = ijson.sendable_list()
        self._parser = _BACKEND.items_coro(self._entries, _ENTRIES, use_float=True)

    def feed(self, chunk: bytes) -> None:
        try:
            self._parser.send(chunk)
        except ijson.JSONError as exc:
            raise MalformedBody("the billing document is not valid JSON") from exc
        self._take()

    def result(self) -> dict[str, float]:
        try:
            self._parser.close()
        except ijson.JSONError as exc:
            raise MalformedBody("the billing document ends early") from exc
        self._take()
        return self.by_id

    def _take(self) -> None:
        """Move the entries parsed so far into the table."""
        entries = self._entries
        if not entries:
            return
        by_id = self.by_id
        for entry in entries:
            found = cost_entry(entry)
            if found is not None:
                by_id[found[0]] = found[1]
        entries.clear()
