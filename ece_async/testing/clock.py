"""The simulator's notion of "now", decoupled from the wall clock.

Plans, token expiry and billing periods all read this clock, so a test can
jump ahead with :meth:`SimClock.advance` instead of sleeping, and a demo can
run faster than real time with ``speed``.  ``speed=0`` freezes time entirely,
which makes every timestamp in every response reproducible.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class SimClock:
    """Simulated epoch seconds: ``start + advanced + real_elapsed * speed``."""

    def __init__(
        self,
        start: float | None = None,
        speed: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        # Whole seconds, so that ISO timestamps derived from a seed stay short and stable.
        self._base = float(int(time.time())) if start is None else float(start)
        self._speed = float(speed)
        self._monotonic = monotonic
        self._anchor = monotonic()

    def now(self) -> float:
        """Simulated seconds since the Unix epoch."""
        if self._speed == 0.0:
            return self._base
        return self._base + (self._monotonic() - self._anchor) * self._speed

    def advance(self, seconds: float) -> float:
        """Jump ahead (never back: plans and tokens assume time is monotonic)."""
        if seconds < 0:
            raise ValueError("the simulated clock cannot go backwards")
        self._rebase()
        self._base += seconds
        return self._base

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        if value < 0:
            raise ValueError("speed must be >= 0")
        self._rebase()
        self._speed = float(value)

    def _rebase(self) -> None:
        # Fold the elapsed real time into the base so a speed change does not rewrite the past.
        self._base = self.now()
        self._anchor = self._monotonic()
