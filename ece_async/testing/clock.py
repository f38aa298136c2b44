"""The simulator's notion of "now", decoupled from the wall clock, and shareable with clients.

Plans, token expiry and billing periods all read this clock, so a test can
jump ahead with :meth:`SimClock.advance` instead of sleeping, and a demo can
run faster than real time with ``speed``.  ``speed=0`` freezes time entirely,
which makes every timestamp in every response reproducible.

A :class:`SimClock` is an :class:`ece_async.clock.Clock` too: hand the simulator's
clock to a client (``ECEClient(sim.url, ..., clock=sim.clock)``; the ``ece_client``
fixture does) and both sides live on one timeline.  The client's token windows
close as the simulator's tokens expire, its retry waits and plan polls move the
simulator's time, and nothing waits for real seconds while time is frozen.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Callable
from datetime import datetime, timezone

from ..clock import Clock

__all__ = ["SimClock"]

#: The latest simulated time: a year before ``datetime`` ends, so every timestamp the
#: simulator renders (billing periods, token expiries) stays representable.
LAST_TIME = datetime(9999, 1, 1, tzinfo=timezone.utc).timestamp()


def _non_negative(name: str, value: float) -> float:
    """``value`` as a float if it is a finite number >= 0: NaN or infinity would poison every timestamp."""
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    return float(value)


class SimClock(Clock):
    """Simulated epoch seconds: ``start + advanced + real_elapsed * speed``.

    As a client's clock: ``time()`` and ``monotonic()`` both read the simulated time (it
    never goes back).  ``sleep(seconds)`` lets ``seconds`` of simulated time pass: at a
    ``speed`` above 0 it waits ``seconds / speed`` real seconds; with time frozen it moves
    time itself, to the sleeper's wake-up time (so concurrent sleepers wake no earlier than
    asked, the longest last, without adding their waits up).  ``seed`` makes ``random()``
    (the client's backoff jitter) reproducible.
    """

    def __init__(
        self,
        start: datetime | float | None = None,
        speed: float = 1.0,
        *,
        real_clock: Callable[[], float] = time.monotonic,
        seed: int | None = None,
    ) -> None:
        speed = _non_negative("speed", speed)
        if isinstance(start, datetime):
            start = start.timestamp()
        if start is not None and not -LAST_TIME <= start <= LAST_TIME:  # NaN fails both comparisons
            raise ValueError(f"start must be a time between years 1 and 9999, got {start!r}")
        # Whole seconds, so that ISO timestamps derived from a seed stay short and stable.
        self._base = float(int(time.time())) if start is None else float(start)
        self._speed = float(speed)
        self._real_clock = real_clock
        self._anchor = real_clock()
        self._random = random.Random(seed).random if seed is not None else random.random

    def time(self) -> float:
        """Simulated seconds since the Unix epoch."""
        if self._speed == 0.0:
            return self._base
        return self._base + (self._real_clock() - self._anchor) * self._speed

    def monotonic(self) -> float:
        return self.time()

    async def sleep(self, seconds: float) -> None:
        seconds = max(seconds, 0.0)
        if self._speed > 0.0:
            await asyncio.sleep(seconds / self._speed)
            return
        wake = self._base + seconds
        await asyncio.sleep(0)  # whoever else is ready runs first, at the time they expect
        if self._speed == 0.0 and wake > self._base:
            self._base = wake

    def random(self) -> float:
        return self._random()

    def advance(self, seconds: float) -> float:
        """Jump ahead (never back: plans and tokens assume time is monotonic)."""
        seconds = _non_negative("seconds (the simulated clock cannot go backwards)", seconds)
        self._rebase()
        if self._base + seconds > LAST_TIME:
            raise ValueError(f"seconds={seconds!r} would move the simulated clock past the year 9999")
        self._base += seconds
        return self._base

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        value = _non_negative("speed", value)
        self._rebase()
        self._speed = value

    def _rebase(self) -> None:
        # Fold the elapsed real time into the base so a speed change does not rewrite the past.
        self._base = self.time()
        self._anchor = self._real_clock()
