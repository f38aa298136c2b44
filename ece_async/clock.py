"""The time (and randomness) the client reads, in one replaceable object.

Retries, ``Retry-After``, token expiry and rate limits all depend on time.
Routing every read through a :class:`Clock` lets tests and simulators run
them on virtual time: a retry storm of minutes finishes in milliseconds and
jitter becomes deterministic, without patching ``asyncio.sleep`` globally.
"""

from __future__ import annotations

import asyncio
import random
import time

__all__ = ["Clock"]


class Clock:
    """Real time: override the methods (all four, usually) to fake it."""

    __slots__ = ()

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps: deadlines and rate limits."""
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
