"""Several coordinators behind one client, without a load balancer in front.

ECE runs the API on every coordinator (port 12443).  A :class:`CoordinatorPool`
spreads requests round-robin over the coordinators believed alive.  One that
fails to connect, drops the connection or times out is marked dead and left
alone for a backoff (1 s, doubling per consecutive failure, at most 30 s, the
defaults of elastic-transport's node pool); after that it gets traffic again,
and its first success makes it fully alive.  When every coordinator is dead,
the one due back soonest is tried anyway: a call fails only when all of them do.

Health changes are counted per *generation*: each mark (dead or alive) starts a new
one, and an attempt reports with the generation it was sent in.  When a coordinator
dies with many calls in flight, the first failure marks it dead and the others,
sent before that mark, change nothing: one outage moment is one failure, and its
resurrection probes count once more however many calls they carry (as
elastic-transport counts one failure per resurrection attempt).  A late success of
an attempt sent before the mark does not resurrect it either.
"""

from __future__ import annotations

from collections.abc import Sequence

from .clock import Clock

__all__ = ["Coordinator", "CoordinatorPool"]


class Coordinator:
    """One API root (``https://host:12443/api/v1``) and what the pool knows of its health."""

    __slots__ = ("base", "dead_until", "failures", "generation")

    def __init__(self, base: str) -> None:
        self.base = base
        self.failures = 0
        self.dead_until = 0.0
        #: Bumped by every health change; an attempt's report counts only if it was sent in the
        #: generation still current.
        self.generation = 0

    def __repr__(self) -> str:
        state = f"dead x{self.failures}" if self.failures else "alive"
        return f"Coordinator({self.base!r}, {state})"


class CoordinatorPool:
    """Round-robin over live coordinators, with dead ones resurrected after a backoff."""

    __slots__ = ("_clock", "_dead", "_next", "backoff_factor", "coordinators", "max_backoff")

    def __init__(
        self,
        bases: Sequence[str],
        *,
        clock: Clock,
        backoff_factor: float = 1.0,
        max_backoff: float = 30.0,
    ) -> None:
        self.coordinators = tuple(Coordinator(base) for base in bases)
        self._clock = clock
        self.backoff_factor = backoff_factor
        self.max_backoff = max_backoff
        self._next = 0
        self._dead = 0  # how many are marked dead: 0 keeps pick() trivial

    def __len__(self) -> int:
        return len(self.coordinators)

    def pick(self) -> Coordinator:
        """The coordinator for the next attempt."""
        coordinators = self.coordinators
        count = len(coordinators)
        start = self._next
        self._next = (start + 1) % count
        if not self._dead:
            return coordinators[start]
        now = self._clock.monotonic()
        for offset in range(count):
            candidate = coordinators[(start + offset) % count]
            if not candidate.failures or candidate.dead_until <= now:
                return candidate
        return min(coordinators, key=lambda c: c.dead_until)

    def others_alive(self, coordinator: Coordinator) -> bool:
        """Whether a retry can go to a coordinator other than ``coordinator`` right away."""
        if len(self.coordinators) == 1:
            return False
        now = self._clock.monotonic()
        return any(
            c is not coordinator and (not c.failures or c.dead_until <= now) for c in self.coordinators
        )

    def others_healthy(self, coordinator: Coordinator) -> bool:
        """Whether a coordinator other than ``coordinator`` is believed alive (not merely due for a
        probe): a retry there is a failover, not another try against an outage."""
        return any(c is not coordinator and not c.failures for c in self.coordinators)

    def mark_dead(self, coordinator: Coordinator, generation: int | None = None) -> None:
        """An attempt sent in ``generation`` (``None``: the current one) failed to reach it."""
        if generation is not None and generation != coordinator.generation:
            return  # sent before the last mark: that mark already counted this outage
        if not coordinator.failures:
            self._dead += 1
        coordinator.failures += 1
        coordinator.generation += 1
        backoff = min(self.backoff_factor * 2 ** min(coordinator.failures - 1, 30), self.max_backoff)
        coordinator.dead_until = self._clock.monotonic() + backoff

    def mark_alive(self, coordinator: Coordinator, generation: int | None = None) -> None:
        """An attempt sent in ``generation`` (``None``: the current one) got a response."""
        if coordinator.failures and (generation is None or generation == coordinator.generation):
            coordinator.failures = 0
            coordinator.dead_until = 0.0
            coordinator.generation += 1
            self._dead -= 1
