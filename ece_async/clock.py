"""The time (and randomness) the client reads, in one replaceable object.

Retries, ``Retry-After``, token expiry and rate limits all depend on time.
Routing every read through a :class:`Clock` lets tests and simulators run
them on virtual time: a retry storm of minutes finishes in milliseconds and
jitter becomes deterministic, without patching ``asyncio.sleep`` globally.

:class:`Clock` is a protocol: any object with these four methods will do, and
:class:`~ece_async.testing.SimClock`, the simulator's clock, is one, so a
single clock can time a simulator and the clients that talk to it (token expiry
on both sides, retry waits, plan progress).  The protocol's methods read real
time, so a subclass overrides only what it fakes; :class:`SystemClock` is the
default, overriding nothing.
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """What the client reads time from: subclass and override, or match the four methods."""

    __slots__ = ()

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back: deadlines and rate limits."""
        return time.monotonic()

    def time(self) -> float:
        """Unix time: token ``exp`` claims and ``Retry-After`` HTTP dates are absolute."""
        return time.time()

    async def sleep(self, seconds: float) -> None:
        """Wait between retries and for rate-limit tokens."""
        await asyncio.sleep(seconds)

    def random(self) -> float:
        """A float in [0, 1) for backoff jitter."""
        return random.random()


class SystemClock(Clock):
    """Real time and the ``random`` module: the client's default clock."""

    __slots__ = ()
