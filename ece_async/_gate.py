"""The client's own limits an attempt passes before it is sent: the rate limit, the adaptive
rate limit and the concurrency slots (released as soon as the attempt is over).

Waiting in any of them counts against the call's retry deadline: a call still waiting when
it passes gets no attempt (``enter`` answers ``False``).  Login and refresh skip them all:
they serve the calls that hold the slots.
"""

from __future__ import annotations

import asyncio

from ._call import Call
from .clock import Clock
from .limits import AdaptiveRates, RateLimiter, acquire_all, release_all

__all__ = ["Gate"]


class Gate:
    """One client's limits, entered and left once per attempt."""

    __slots__ = ("_adaptive", "_clock", "_rate", "_rated")

    def __init__(self, rate: RateLimiter | None, adaptive: AdaptiveRates | None, clock: Clock) -> None:
        self._rate = rate
        self._adaptive = adaptive
        self._clock = clock
        self._rated = rate is not None or adaptive is not None

    async def enter(self, call: Call) -> bool:
        """Wait for the rate limits, take the concurrency slots; ``False``: past the deadline.

        Login and refresh skip the limits: they serve the calls that hold the slots.
        """
        if not call.authenticate:
            return True
        if self._rated and not await self._wait_for_rates(call):
            return False
        slots = call.slots
        if call.deadline is not None and any(slot.locked() for slot in slots):
            return await self._take_slots_by(call.deadline, slots)
        if len(slots) == 1:
            await slots[0].acquire()
        else:
            await acquire_all(slots)
        return True

    async def _take_slots_by(self, deadline: float, slots: tuple[asyncio.Semaphore, ...]) -> bool:
        """Wait for the concurrency slots until the retry deadline; ``False``: it passed first, and
        no slot is held.

        What is left of the deadline is read on the client's clock and timed by the event loop: a
        slot frees when another call ends, which no virtual clock can tell in advance.
        """
        remaining = deadline - self._clock.monotonic()
        if remaining <= 0:
            return False
        loop = asyncio.get_running_loop()
        taking = loop.create_task(acquire_all(slots))
        expired: list[bool] = []

        def expire() -> None:
            expired.append(True)
            taking.cancel()  # a task already done keeps its slots: the await below returns them

        expiry = loop.call_later(remaining, expire)
        try:
            await taking
        except asyncio.CancelledError:
            if not expired:
                raise  # the caller's own cancellation (acquire_all gave back what it had taken)
            return False
        finally:
            expiry.cancel()
        return True

    def leave(self, call: Call) -> None:
        slots = call.slots
        if len(slots) == 1:
            slots[0].release()
        elif slots:
            release_all(slots)

    async def _wait_for_rates(self, call: Call) -> bool:
        """Wait for the client's rate limits; ``False``: they would hold the call past its deadline."""
        if self._rate is not None and not await self._rate.acquire(call.deadline):
            return False
        if self._adaptive is not None:
            if not await self._adaptive.acquire(call.operation_id, call.deadline):
                return False
            call.admitted = self._clock.monotonic()
        return True
