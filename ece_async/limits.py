"""Client-side limits: how many requests are in flight, and how fast they start.

ECE coordinators are shared infrastructure, and some endpoints (billing above
all) throttle hard.  Three independent brakes live here:

* :class:`ConcurrencyLimiter`: a bound on requests in flight for the whole
  client, plus tighter bounds for groups of operations (a tag such as
  ``billing_costs_analysis``, or an operationId prefix).  A slot is held only
  while a request is on the wire, never while a call sleeps before a retry.
* :class:`RateLimiter`: an optional requests-per-second cap.
* :class:`AdaptiveRateLimiter`: a rate that drops multiplicatively on a 429 and
  grows back along a CUBIC curve on success, as in botocore's adaptive retry
  mode; off until the first throttle.  :class:`AdaptiveRates` keeps one per
  route group (an operation's tag), so a throttled billing endpoint never slows
  deployment or platform calls.

Both rates are a :class:`TokenBucket` whose waiters queue in order and book
nothing in advance: only the first in line sleeps, for as long as the *current*
rate says; a rate change wakes it to recompute, and a waiter that is cancelled
or reaches its deadline (wherever it stands in the queue) simply leaves it, so
nobody after it waits for a start it will never make.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import Mapping

from .clock import Clock
from .errors import ConfigurationError

__all__ = ["AdaptiveRateLimiter", "AdaptiveRates", "ConcurrencyLimiter", "RateLimiter", "TokenBucket"]

_ALMOST_ONE = 1.0 - 1e-9


def _check_rate(rate: float, capacity: float) -> tuple[float, float]:
    """``rate`` and ``capacity`` as floats; refuses a rate that is not a positive finite number, or a
    burst below one start or infinite.  An ``int`` past float's range would pass a comparison here and
    overflow in every later wait."""
    if _as_finite(rate) is None or not rate > 0:
        raise ConfigurationError("rate must be a positive finite number")
    if _as_finite(capacity) is None or not capacity >= 1:
        raise ConfigurationError("burst must be at least 1 and finite")
    return float(rate), float(capacity)


def _as_finite(value: object) -> float | None:
    """``value`` as a finite float, ``None`` when it is not a number (or a bool) or cannot be one."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


class TokenBucket:
    """``rate`` tokens per second, at most ``capacity`` saved up; one token per start.

    ``acquire`` returns at once while tokens are left and nobody is queued.  Otherwise
    callers queue (first come, first served); the head sleeps until the next token is
    due *at the current rate* and is woken early by :meth:`set_rate`.
    """

    __slots__ = ("_capacity", "_clock", "_queue", "_rate", "_stamp", "_tokens", "_wake")

    def __init__(self, rate: float, capacity: float, *, clock: Clock) -> None:
        self._rate, self._capacity = _check_rate(rate, capacity)
        self._clock = clock
        self._tokens = self._capacity
        self._stamp = clock.monotonic()
        self._queue: deque[asyncio.Future[None]] = deque()
        self._wake: asyncio.Future[None] | None = None

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def waiting(self) -> int:
        """How many callers are queued for a token."""
        return len(self._queue)

    def set_rate(self, rate: float, capacity: float | None = None) -> None:
        """Change the rate (and burst) from now on; the caller first in line recomputes its wait.

        Refuses what the constructor refuses: a rate of 0 would divide by zero in the next
        wait, a negative one would make every wait negative (a busy loop).
        """
        rate, burst = _check_rate(rate, 1.0 if capacity is None else capacity)
        self._refill(self._clock.monotonic())
        self._rate = rate
        if capacity is not None:
            self._capacity = burst
            self._tokens = min(self._tokens, self._capacity)
        wake = self._wake
        if wake is not None and not wake.done():
            wake.set_result(None)

    def _refill(self, now: float) -> None:
        if now > self._stamp:
            self._tokens = min(self._capacity, self._tokens + (now - self._stamp) * self._rate)
            self._stamp = now

    def _take(self) -> bool:
        self._refill(self._clock.monotonic())
        if self._tokens >= _ALMOST_ONE:  # rounding must not leave a waiter sleeping for 1e-17 s forever
            self._tokens = max(self._tokens - 1.0, 0.0)
            return True
        return False

    async def acquire(self, deadline: float | None = None) -> bool:
        """Take a token; ``False`` (and no token) when it would come after ``deadline`` (monotonic)."""
        if not self._queue and self._take():
            return True
        me: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.append(me)
        try:
            if self._queue[0] is not me and not await self._reach_head(me, deadline):
                return False
            while not self._take():
                wait = (1.0 - self._tokens) / self._rate
                if deadline is not None and self._clock.monotonic() + wait > deadline:
                    return False
                await self._sleep(wait)
            return True
        finally:
            self._leave(me)

    async def _reach_head(self, me: asyncio.Future[None], deadline: float | None) -> bool:
        """Wait until everybody ahead has left the queue (``me`` resolved); ``False``: the
        deadline came first (the caller still stands somewhere behind the head)."""
        if deadline is None:
            await me
            return True
        timer = asyncio.get_running_loop().create_task(self._ring(deadline - self._clock.monotonic(), me))
        try:
            await me
        finally:
            timer.cancel()
        return self._queue[0] is me

    def _leave(self, me: asyncio.Future[None]) -> None:
        queue = self._queue
        if queue and queue[0] is me:
            queue.popleft()
            if queue and not queue[0].done():
                queue[0].set_result(None)
        else:
            try:
                queue.remove(me)
            except ValueError:  # pragma: no cover - defensive
                pass

    async def _sleep(self, seconds: float) -> None:
        """Sleep on the clock, unless :meth:`set_rate` wakes us first."""
        loop = asyncio.get_running_loop()
        wake = self._wake = loop.create_future()
        timer = loop.create_task(self._ring(seconds, wake))
        try:
            await wake
        finally:
            self._wake = None
            timer.cancel()

    async def _ring(self, seconds: float, wake: asyncio.Future[None]) -> None:
        await self._clock.sleep(seconds)
        if not wake.done():
            wake.set_result(None)


class RateLimiter:
    """At most ``rate`` starts per second on average, with bursts of up to ``burst``."""

    __slots__ = ("_bucket",)

    def __init__(self, rate: float, *, burst: float = 1.0, clock: Clock) -> None:
        self._bucket = TokenBucket(rate, burst, clock=clock)

    @property
    def rate(self) -> float:
        return self._bucket.rate

    @property
    def waiting(self) -> int:
        return self._bucket.waiting

    def set_rate(self, rate: float, *, burst: float = 1.0) -> None:
        """Change the rate; calls already waiting recompute their wait.  A rate that is not a
        positive finite number, or a burst below 1, raises :class:`ConfigurationError`."""
        self._bucket.set_rate(rate, burst)

    async def acquire(self, deadline: float | None = None) -> bool:
        """Wait for a start; ``False`` when it would come after ``deadline`` (monotonic seconds)."""
        return await self._bucket.acquire(deadline)


class AdaptiveRateLimiter:
    """A rate limit that finds the server's throttling threshold by itself.

    While no 429 has been seen nothing is limited.  On a throttle the rate becomes
    ``beta`` times the send rate (measured, or the current limit if lower); afterwards
    each success moves it along ``scale * (t - k)**3 + w_max`` (CUBIC: slow near the
    rate that last failed, faster away from it).

    Three rules keep it from collapsing under a burst of concurrent calls:

    * one cut per congestion event: a 429 for a request let through before the last
      cut reflects the old rate and does not cut again (as TCP reduces once per window);
    * a cut never goes below ``beta`` times the successes of about the last second:
      what the server demonstrably accepts;
    * the rate may exceed twice the measured send rate only while calls are queued
      for it: the cap keeps an idle client from drifting far above what it uses, but
      while the limiter itself holds calls back, the send rate measures the limiter,
      not the demand.
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
        "_last_cut",
        "_measured",
        "_ok_count",
        "_ok_previous",
        "_ok_start",
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
        self._bucket = TokenBucket(self.MIN_RATE, 1.0, clock=clock)
        now = clock.monotonic()
        self._w_max = 0.0
        self._k = 0.0
        self._last_cut = -math.inf
        self._measured = 0.0
        self._count = 0
        self._window_start = now
        self._ok_count = 0
        self._ok_previous = 0
        self._ok_start = now

    @property
    def enabled(self) -> bool:
        """Whether throttling has been seen (and the client is being slowed down)."""
        return self._enabled

    @property
    def rate(self) -> float | None:
        """The current allowed requests per second, or ``None`` while unlimited."""
        return self._bucket.rate if self._enabled else None

    @property
    def waiting(self) -> int:
        return self._bucket.waiting

    async def acquire(self, deadline: float | None = None) -> bool:
        """Wait for a start; ``False`` when it would come after ``deadline`` (monotonic seconds)."""
        if not self._enabled:
            return True
        return await self._bucket.acquire(deadline)

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

    def _count_success(self, now: float) -> None:
        elapsed = now - self._ok_start
        if elapsed >= 1.0:
            self._ok_previous = self._ok_count if elapsed < 2.0 else 0
            self._ok_count = 0
            self._ok_start = now
        self._ok_count += 1

    def _recent_successes(self, now: float) -> float:
        """Successes in about the last second (two one-second buckets, the older one weighted)."""
        elapsed = now - self._ok_start
        if elapsed >= 2.0:
            return 0.0
        if elapsed >= 1.0:
            return self._ok_count * (2.0 - elapsed)
        return self._ok_previous * (1.0 - elapsed) + self._ok_count

    def on_response(self, *, throttled: bool, sent_at: float | None = None) -> None:
        """Feed back one response: ``throttled`` for a 429; ``sent_at``: when its attempt was let
        through (by :meth:`acquire`), so a 429 for a request admitted at an old rate is recognised."""
        now = self._clock.monotonic()
        measured = self._measure(now)
        if throttled:
            if self._enabled and sent_at is not None and sent_at < self._last_cut:
                return  # sent at the rate already cut for: not a new congestion event
            rate = measured if not self._enabled else min(measured, self._bucket.rate)
            # Never below what the server demonstrably accepts: successive cuts within one
            # server window would otherwise compound to the minimum.
            rate = max(rate, self._recent_successes(now))
            self._w_max = rate
            self._k = (max(rate, 0.0) * (1 - self._beta) / self._scale) ** (1 / 3)
            self._last_cut = now
            self._enabled = True
            new_rate = rate * self._beta
        else:
            self._count_success(now)
            if not self._enabled:
                return
            new_rate = self._scale * (now - self._last_cut - self._k) ** 3 + self._w_max
            if measured > 0 and not self._bucket.waiting:
                new_rate = min(new_rate, 2 * measured)
        new_rate = max(new_rate, self.MIN_RATE)
        self._bucket.set_rate(new_rate, max(new_rate, 1.0))


class AdaptiveRates:
    """Adaptive mode's rates, one :class:`AdaptiveRateLimiter` per route group.

    ECE throttles per service (billing hardest: ``billing_service.rate_limited``), so one
    client-wide rate would let a throttled billing endpoint slow deployments and platform calls
    down to billing's pace.  Each group (an operation's tag, such as ``billing_costs_analysis``;
    a raw request's ``operation_id``) measures its own send rate and is slowed only once
    *its* operations get a 429.  A server with one limit for everything is still learnt, group
    by group: each group that gets 429s backs off.
    """

    __slots__ = ("_clock", "_group_of", "_limiters", "_options")

    def __init__(self, *, clock: Clock, operation_tags: Mapping[str, str], **options: float) -> None:
        self._clock = clock
        self._group_of = operation_tags
        self._options = options
        self._limiters: dict[str, AdaptiveRateLimiter] = {}

    #: Groups of operations the spec does not know (raw requests' ``operation_id``) are capped:
    #: past this many groups, further unknown ones share one, so ids made per call cannot grow memory.
    MAX_GROUPS = 128

    def group(self, operation_id: str) -> str:
        """The route group of ``operation_id``: its tag, or itself when it has none (a raw request)."""
        group = self._group_of.get(operation_id)
        if group is not None:
            return group
        if operation_id in self._limiters or len(self._limiters) < self.MAX_GROUPS:
            return operation_id
        return "other operations"

    def limiter(self, operation_id: str) -> AdaptiveRateLimiter:
        """The limiter of ``operation_id``'s group (made at its first response)."""
        group = self.group(operation_id)
        limiter = self._limiters.get(group)
        if limiter is None:
            limiter = self._limiters[group] = AdaptiveRateLimiter(clock=self._clock, **self._options)
        return limiter

    @property
    def enabled(self) -> bool:
        """Whether any group has been throttled (and is being slowed down)."""
        return any(limiter.enabled for limiter in self._limiters.values())

    @property
    def rates(self) -> dict[str, float]:
        """The allowed requests per second of each throttled group (the others are unlimited)."""
        return {group: limiter.rate for group, limiter in self._limiters.items() if limiter.rate is not None}

    def rate(self, operation_id: str) -> float | None:
        """The allowed requests per second for ``operation_id``'s group, ``None`` while unlimited."""
        limiter = self._limiters.get(self.group(operation_id))
        return limiter.rate if limiter is not None else None

    @property
    def waiting(self) -> int:
        return sum(limiter.waiting for limiter in self._limiters.values())

    async def acquire(self, operation_id: str, deadline: float | None = None) -> bool:
        """Wait for a start in ``operation_id``'s group; ``False`` when it would come after
        ``deadline`` (monotonic seconds)."""
        limiter = self._limiters.get(self.group(operation_id))
        if limiter is None or not limiter.enabled:
            return True
        return await limiter.acquire(deadline)

    def on_response(self, operation_id: str, *, throttled: bool, sent_at: float | None = None) -> None:
        """Feed back one response of ``operation_id`` to its group's limiter (see
        :meth:`AdaptiveRateLimiter.on_response`)."""
        self.limiter(operation_id).on_response(throttled=throttled, sent_at=sent_at)


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
