"""A one-line progress bar on stderr: done/total, rate and ETA, redrawn at most ten times a second.

Only drawn on a terminal by default, so piping ``--format json`` into a file
stays clean.  The total is the search's ``match_count``, known after the first page.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


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
        self._last = float("-inf")
        self._drawn = False
        self.total: int | None = None
        self.done = 0
        self.retries = 0

    def update(self, done: int, total: int | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        now = self._clock()
        if self.enabled and now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def line(self, now: float) -> str:
        """``[#####-----] 1200/5000 deployments  400/s  ETA 10s  2 retries``."""
        total = self.total
        fraction = min(self.done / total, 1.0) if total else 0.0
        filled = int(self._width * fraction)
        bar = "#" * filled + "-" * (self._width - filled)
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        parts = [f"[{bar}] {self.done}/{total if total is not None else '?'} deployments", f"{rate:.0f}/s"]
        if total is not None and rate > 0 and self.done < total:
            parts.append(f"ETA {(total - self.done) / rate:.0f}s")
        parts.append(f"{self.retries} retries")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        self._stream.write("\r" + self.line(now) + " ")
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Draw the final state and end the line (nothing at all if the bar never showed)."""
        if self.enabled and self._drawn:
            self._draw(self._clock())
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False
