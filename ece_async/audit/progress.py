"""A one-line progress bar on stderr: done/total, rate and ETA, redrawn at most ten times a second.

Only drawn on a terminal by default, so piping ``--format json`` into a file
stays clean.  The total is the search's ``match_count``, known after the first
page.  Before the first row the line says what is going on (building a
simulated fleet, listing deployments) and for how long, so a big fleet never
shows a blank line; the rate counts from the first row and the ETA waits until
that rate means something.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

#: No ETA before this many rows, nor before this long after the first one: a rate needs both.
ETA_MIN_ROWS = 20
ETA_MIN_SECONDS = 2.0


class ProgressBar:
    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        enabled: bool | None = None,
        width: int = 30,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.enabled = self._stream.isatty() if enabled is None else enabled
        self._width = width
        self._clock = clock or time.monotonic
        self._started = self._clock()
        self._first_row: float | None = None
        self._stage = ""
        self._stage_started = self._started
        self._last = float("-inf")
        self._drawn = False
        self.total: int | None = None
        self.done = 0
        self.retries = 0

    def stage(self, what: str) -> None:
        """What happens before the first row (``listing deployments``): drawn at once."""
        self._stage = what
        self._stage_started = self._clock()
        if self.enabled:
            self._draw(self._clock())

    def update(self, done: int, total: int | None = None) -> None:
        now = self._clock()
        if done and self._first_row is None:
            self._first_row = now
        self.done = done
        if total is not None:
            self.total = total
        if self.enabled and now - self._last >= 0.1:
            self._draw(now)

    def tick(self) -> None:
        """Redraw with nothing new (the elapsed time moves): called on a timer."""
        if self.enabled:
            self._draw(self._clock())

    def line(self, now: float) -> str:
        """``[#####-----] 1200/5000 deployments  400/s  ETA 10s  2 retries``."""
        if self._first_row is None and self._stage:
            return f"{self._stage}... {now - self._stage_started:.0f}s"
        total = self.total
        fraction = min(self.done / total, 1.0) if total else 0.0
        filled = int(self._width * fraction)
        bar = "#" * filled + "-" * (self._width - filled)
        parts = [f"[{bar}] {self.done}/{total if total is not None else '?'} deployments"]
        rate = self._rate(now)
        if rate is not None:
            parts.append(f"{rate:.0f}/s")
            if total is not None and self.done < total:
                parts.append(f"ETA {(total - self.done) / rate:.0f}s")
        parts.append(f"{self.retries} {'retry' if self.retries == 1 else 'retries'}")
        return "  ".join(parts)

    def _rate(self, now: float) -> float | None:
        """Rows a second since the first row; ``None`` until enough rows and time make it a rate."""
        if self._first_row is None or self.done < ETA_MIN_ROWS:
            return None
        elapsed = now - self._first_row
        return self.done / elapsed if elapsed >= ETA_MIN_SECONDS else None

    def _draw(self, now: float) -> None:
        self._last = now
        self._stream.write("\r" + self.line(now) + "\x1b[K")
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Draw the final state and end the line (nothing at all if the bar never showed)."""
        if self.enabled and self._drawn:
            self._draw(self._clock())
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False
