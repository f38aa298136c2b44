"""Client-side limits: how many requests are in flight, and how fast they start.

ECE coordinators are shared infrastructure, and some endpoints (billing above
all) throttle hard.  Three independent brakes live here:

* :class:`ConcurrencyLimiter`: a bound on requests in flight for the whole
  client, plus tighter bounds for groups of operations (a tag such as
  ``billing_costs_analysis``, or an operationId prefix).  A slot is held only
  while a request is on the wire, never while a call sleeps before a retry.
* :class:`RateLimiter`: an optional requests-per-second cap (GCRA, the
  reservation form of a token bucket: no background task, no lock, fair).
* :class:`AdaptiveRateLimiter`: a client-wide rate that drops multiplicatively
  on every 429 and grows back along a CUBIC curve on success, as in
  botocore's adaptive retry mode; off until the first throttle.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from .clock import Clock
from .errors import ConfigurationError

__all__ = ["AdaptiveRateLimiter", "ConcurrencyLimiter", "RateLimiter"]


class RateLimiter:
    """At most ``rate`` starts per second on average, with bursts of up to ``burst``."""

    __slots__ = ("_clock", "_interval", "_tat", "_tau")

    def __init__(self, rate: float, *, burst: float = 1.0, clock: Clock) -> None:
        if rate <= 0:
            raise ConfigurationError("rate must be positive")
        if burst < 1:
            raise ConfigurationError("burst must be at least 1")
        self._clock = clock
        self._interval = 1.0 / rate
        self._tau = (burst - 1.0) * self._interval
        self._tat = float("-inf")

    @property
    def rate(self) -> float:
        return 1.0 / self._interval

    def set_rate(self, rate: float, *, burst: float = 1.0) -> None:
        """Change the rate for future reservations (the adaptive limiter tunes it)."""
        self._interval = 1.0 / rate
        self._tau = (max(burst, 1.0) - 1.0) * self._interval

    def reserve(self) -> float:
        """Book the next start and return how long to wait for it (0: go now).

        A reservation is kept even if the caller is cancelled while waiting: it
        errs on the side of sending less.
        """
        now = self._clock.monotonic()
        tat = self._tat if self._tat > now else now
        self._tat = tat + self._interval
        wait = tat - self._tau - now
        return wait if wait > 0 else 0.0

    async def acquire(self) -> None:
        wait = self.reserve()
        if wait > 0:
            await self._clock.sleep(wait)


class AdaptiveRateLimiter:
    """A rate limit that finds the server's throttling threshold by itself.

    While no 429 has been seen nothing is limited.  On a throttle the rate
    becomes ``beta`` times the measured send rate; afterwards each success moves
    it along ``scale * (t - k)**3 + w_max`` (CUBIC: slow near the rate that last
    failed, faster away from it), never above twice the measured send rate.
    """

    MIN_RATE = 0.5

    __slots__ = (
        "_beta",
        "_bucket",
        "_bucket_seconds",
        "_clock",
        "_count",
        "_enabled",
        "_k",
        "_last_throttle",
        "_measured",
        "_scale",
        "_smoothing",
        "_w_max",
        "_window_start",
    )

    def __init__(
        self,
        *,
        clock: Clock,
        beta: float = 0.7,
        scale: float = 0.4,
        smoothing: float = 0.8,
        bucket_seconds: float = 0.5,
    ) -> None:
        self._clock = clock
        self._beta = beta
        self._scale = scale
        self._smoothing = smoothing
        self._bucket_seconds = bucket_seconds
        self._enabled = False
        self._bucket = RateLimiter(self.MIN_RATE, clock=clock)
        now = clock.monotonic()
        self._w_max = 0.0
        self._k = 0.0
        self._last_throttle = now
        self._measured = 0.0
        self._count = 0
        self._window_start = now

    @property
    def enabled(self) -> bool:
        """Whether throttling has been seen (and the client is being slowed down)."""
        return self._enabled

    @property
    def rate(self) -> float | None:
        """The current allowed requests per second, or ``None`` while unlimited."""
        return self._bucket.rate if self._enabled else None

    async def acquire(self) -> None:
        if self._enabled:
            await self._bucket.acquire()

    def _measure(self, now: float) -> float:
        self._count += 1
        elapsed = now - self._window_start
        if elapsed >= self._bucket_seconds:
            current = self._count / elapsed
            if self._measured:
                self._measured = current * self._smoothing + self._measured * (1 - self._smoothing)
            else:
                self._measured = current
            self._count = 0
            self._window_start = now
        elif not self._measured and elapsed > 0:
            # Before the first full window, the running rate is the best estimate there is.
            return self._count / max(elapsed, self._bucket_seconds / 4)
        return self._measured

    def on_response(self, *, throttled: bool) -> None:
        """Feed back one response: ``throttled`` for a 429."""
        now = self._clock.monotonic()
        measured = self._measure(now)
        if throttled:
            rate = measured if not self._enabled else min(measured, self._bucket.rate)
            self._w_max = rate
            self._k = (max(rate, 0.0) * (1 - self._beta) / self._scale) ** (1 / 3)
            self._last_throttle = now
            self._enabled = True
            new_rate = rate * self._beta
        elif self._enabled:
            new_rate = self._scale * (now - self._last_throttle - self._k) ** 3 + self._w_max
        else:
            return
        if measured > 0:
            new_rate = min(new_rate, 2 * measured)
        new_rate = max(new_rate, self.MIN_RATE)
        self._bucket.set_rate(new_rate, burst=new_rate)


class ConcurrencyLimiter:
    """The in-flight bound of a client and of its operation groups.

    ``group_limits`` keys are tag names (``billing_costs_analysis``: every
    operation of that tag) or operationId prefixes (``get-costs-``).  An
    operation in several groups takes a slot in each, in a fixed order, so two
    calls can never deadlock on each other's slots.
    """

    __slots__ = ("_by_operation", "_global", "_groups", "_known_tags", "_max", "_tags")

    def __init__(
        self,
        max_concurrency: int,
        group_limits: Mapping[str, int] | None = None,
        *,
        operation_tags: Mapping[str, str],
    ) -> None:
        if max_concurrency < 1:
            raise ConfigurationError("max_concurrency must be at least 1")
        self._max = max_concurrency
        self._global = asyncio.Semaphore(max_concurrency)
        self._tags = operation_tags
        self._known_tags = frozenset(operation_tags.values())
        self._groups: dict[str, asyncio.Semaphore] = {}
        for name, limit in sorted((group_limits or {}).items()):
            if limit < 1:
                raise ConfigurationError(f"group limit for {name!r} must be at least 1")
            if name not in self._known_tags and not any(op.startswith(name) for op in operation_tags):
                raise ConfigurationError(
                    f"group {name!r} is neither a tag (such as 'billing_costs_analysis') "
                    "nor a prefix of any operationId (such as 'get-costs-')"
                )
            self._groups[name] = asyncio.Semaphore(limit)
        self._by_operation: dict[str, tuple[asyncio.Semaphore, ...]] = {}

    @property
    def max_concurrency(self) -> int:
        return self._max

    def semaphores(self, operation_id: str) -> tuple[asyncio.Semaphore, ...]:
        """The slots a call of ``operation_id`` needs, group ones first, the global one last."""
        found = self._by_operation.get(operation_id)
        if found is None:
            tag = self._tags.get(operation_id)
            groups = [
                sem
                for name, sem in self._groups.items()
                if (name == tag if name in self._known_tags else operation_id.startswith(name))
            ]
            found = self._by_operation[operation_id] = (*groups, self._global)
        return found


async def acquire_all(semaphores: tuple[asyncio.Semaphore, ...]) -> None:
    """Take every slot, or none (cancellation while waiting gives back what was taken)."""
    taken = 0
    try:
        for sem in semaphores:
            await sem.acquire()
            taken += 1
    except BaseException:
        for sem in semaphores[:taken]:
            sem.release()
        raise


def release_all(semaphores: tuple[asyncio.Semaphore, ...]) -> None:
    for sem in semaphores:
        sem.release()
