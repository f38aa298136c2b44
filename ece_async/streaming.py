"""Reading a successful JSON body as it arrives, without ever holding it whole.

Every other call reads its body whole, then decodes it: right for documents of a few
KiB, wrong for one that is 40 MiB of JSON and several times that once parsed (the
organization-wide billing document of a large installation).  Such a call hands
:meth:`ECEClient.request <ece_async.ECEClient.request>` a *factory* of reducers::

    class Count:
        def __init__(self) -> None:
            self.size = 0

        def feed(self, chunk: bytes) -> None:
            self.size += len(chunk)

        def result(self) -> int:
            return self.size

    size = await ece.request("GET", "/billing/costs/org/deployments", reduce=Count)

Each attempt gets a fresh reducer from the factory, so a retried attempt (a connection
reset mid-body, a 401 replayed with new credentials) never mixes into the result of an
earlier one.  Only the body of a 2xx JSON answer is fed; everything else about the call
is as for any other: limits, credentials, retries, ``max_response_bytes`` (counted on
the decompressed chunks, the connection closed at the bound), typed errors (an error
answer is read and reported as always; a 2xx that is not JSON raises
:class:`~ece_async.errors.UnexpectedResponseError`, unfed).

A reducer that finds the body is not JSON raises :class:`MalformedBody`: the call then
fails exactly as a malformed body does without a reducer
(:class:`~ece_async.errors.ResponseDecodeError`, ``malformed=True``, with an excerpt of
the body's head).  Any other exception a reducer raises is a bug of the reducer: it
propagates unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

__all__ = ["BodyReducer", "MalformedBody", "ReducerFactory"]

T_co = TypeVar("T_co", covariant=True)


class BodyReducer(Protocol[T_co]):
    """Receives a success body's chunks in order, then says what they amount to."""

    def feed(self, chunk: bytes) -> None:
        """One chunk of the body (decompressed); raise :class:`MalformedBody` if it cannot be JSON."""

    def result(self) -> T_co:
        """What the whole body amounts to, once every chunk was fed (raise :class:`MalformedBody`
        for a body that ended early)."""


#: What ``ECEClient.request(..., reduce=)`` takes: called once per attempt for a fresh reducer.
ReducerFactory = Callable[[], BodyReducer[T_co]]


class MalformedBody(ValueError):
    """Raised by a reducer for a body that is not valid JSON.

    Its message is never shown (it may quote the body); the call fails with the library's
    own malformed-body :class:`~ece_async.errors.ResponseDecodeError`.
    """
