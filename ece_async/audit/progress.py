"""A one-line progress bar on stderr, redrawn at most ten times a second.

Only drawn on a terminal, so piping ``--format json`` into a file stays clean.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, width: int = 30) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.enabled = self._stream.isatty() if enabled is None else enabled
        self._width = width
        self._last = 0.0
        self.listed = 0
        self.done = 0
        self.retries = 0

    def update(self, done: int, listed: int | None = None) -> None:
        self.done = done
        if listed is not None:
            self.listed = listed
        now = time.monotonic()
        if self.enabled and now - self._last >= 0.1:
            self._last = now
            self._draw()

    def _draw(self) -> None:
        total = max(self.listed, self.done, 1)
        filled = int(self._width * self.done / total)
        bar = "#" * filled + "-" * (self._width - filled)
        self._stream.write(f"\r[{bar}] {self.done}/{self.listed or '?'} deployments, {self.retries} retries ")
        self._stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw()
            self._stream.write("\n")
            self._stream.flush()
