"""Several coordinators behind one client, without a load balancer in front.

ECE runs the API on every coordinator (port 12443).  A :class:`CoordinatorPool`
spreads attempts round-robin over the coordinators believed alive and learns
from each attempt's end.  The transport asks it two things: :meth:`~CoordinatorPool.visit`
(where the next attempt goes) and :meth:`~CoordinatorPool.ended` (what that attempt
says about the coordinator: :data:`ALIVE`, :data:`DEAD` or :data:`NO_VERDICT`).

A coordinator that fails (refuses or drops connections, fails the TLS handshake,
never answers, or has its gateway answer 502/503/504) is marked dead and left
alone for a backoff (1 s, doubling per consecutive failure, at most 30 s: the
defaults of elastic-transport's node pool).  When the backoff ends it is
*half-open*: it gets **one** probe attempt at a time, as circuit breakers do,
and only a probe's success brings it back into rotation.  A coordinator that
never answers would otherwise take its full round-robin share the moment its
backoff ends, each of those calls waiting out a whole timeout.

Health changes are counted per *generation*: each mark dead starts a new one, and an
attempt reports with the generation it was sent in (a revival needs none: a failure on a
coordinator believed alive counts whenever its attempt was sent).  While a coordinator
is dead, failures of attempts sent before the mark change nothing (one outage moment
is one failure, not one per call in flight); a probe's failure is the next one.  A
failure on a coordinator believed alive always marks it, whenever the attempt was
sent: otherwise the calls stranded on an outage would leave it in rotation after
one lucky probe.  A late success of an attempt sent before the mark does not
resurrect it.

Slow is told apart from dead by whether it answered: a timed-out attempt says the
coordinator is dead only if it completed no response at all since that attempt was
sent (a status line followed by a body that never comes is no answer).  One slow
endpoint on a coordinator that keeps answering others says nothing about the coordinator.

When every coordinator is dead (or busy probing), the one due back soonest is
tried anyway: a call fails only when all of them do.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from .clock import Clock
from .errors import ECEConnectionError, ECEError, ECETimeoutError

__all__ = [
    "ALIVE",
    "DEAD",
    "NO_VERDICT",
    "Coordinator",
    "CoordinatorPool",
    "Visit",
    "failure_kind",
    "name_attempts",
    "verdict",
]

#: What an attempt's end says about its coordinator.
ALIVE: Final = "alive"
DEAD: Final = "dead"
NO_VERDICT: Final = "none"


class Coordinator:
    """One API root (``https://host:12443/api/v1``) and what the pool knows of its health."""

    __slots__ = ("answers", "base", "dead_until", "failures", "generation", "probing")

    def __init__(self, base: str) -> None:
        self.base = base
        self.failures = 0
        self.dead_until = 0.0
        #: Bumped by every mark dead; while dead, an attempt's end counts only if sent in the current one.
        self.generation = 0
        #: Whole responses received from it: a timeout with none since it was sent is death.
        self.answers = 0
        #: Whether a half-open probe is in flight.
        self.probing = False

    @property
    def alive(self) -> bool:
        return not self.failures

    def __repr__(self) -> str:
        state = f"dead x{self.failures}" if self.failures else "alive"
        return f"Coordinator({self.base!r}, {state})"


class Visit:
    """One attempt on one coordinator: what the pool needs to judge it when it ends."""

    __slots__ = ("answers", "coordinator", "generation", "open", "probe")

    def __init__(self, coordinator: Coordinator, probe: bool) -> None:
        self.coordinator = coordinator
        self.generation = coordinator.generation
        self.answers = coordinator.answers
        self.probe = probe
        self.open = True

    def answered(self) -> None:
        """A whole response came back: the coordinator is up (a status line alone is not enough:
        a stuck gateway may send one and then nothing)."""
        self.coordinator.answers += 1

    def silent(self) -> bool:
        """Whether the coordinator sent no response to anybody since this attempt was sent."""
        return self.coordinator.answers == self.answers

    def __repr__(self) -> str:
        kind = "probe" if self.probe else "visit"
        return f"<{kind} of {self.coordinator.base}>"


class CoordinatorPool:
    """Round-robin over live coordinators; dead ones are probed one attempt at a time after a backoff."""

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
        self._dead = 0  # how many are marked dead: 0 keeps visit() trivial

    def __len__(self) -> int:
        return len(self.coordinators)

    # -- where next ------------------------------------------------------------------------------

    def visit(self, avoid: Collection[Coordinator] = (), *, may_probe: bool = True) -> Visit:
        """Where the next attempt goes; ``avoid``: coordinators this call already failed on.

        A call goes back to one of those only when no other is alive or due for a probe.
        ``may_probe``: whether the attempt may be a half-open probe.  A call that must not be
        sent twice (a POST) is not: a probe of a coordinator that never answers times out,
        and such a call cannot then be retried elsewhere.  It goes to a live one instead.
        """
        if not self._dead:
            return Visit(self._turn(avoid), False)
        now = self._clock.monotonic()
        coordinators = self.coordinators
        count = len(coordinators)
        start = self._next
        for offset in range(count):
            index = (start + offset) % count
            candidate = coordinators[index]
            if candidate in avoid:
                continue
            if not candidate.failures:
                self._next = (index + 1) % count  # past a skipped dead one: the spread stays even
                return Visit(candidate, False)
            if may_probe and candidate.dead_until <= now and not candidate.probing:
                self._next = (index + 1) % count
                candidate.probing = True
                return Visit(candidate, True)
        return Visit(self._fallback(avoid), False)

    def _turn(self, avoid: Collection[Coordinator]) -> Coordinator:
        """The next in rotation (all alive), past the ones ``avoid`` names if any other is left."""
        coordinators = self.coordinators
        count = len(coordinators)
        start = self._next
        for offset in range(count):
            index = (start + offset) % count
            if coordinators[index] not in avoid:
                self._next = (index + 1) % count
                return coordinators[index]
        self._next = (start + 1) % count
        return coordinators[start]

    def _fallback(self, avoid: Collection[Coordinator]) -> Coordinator:
        """Nothing alive or probe-ready outside ``avoid``: a live one there, else the one due back first."""
        for candidate in self.coordinators:
            if not candidate.failures:
                return candidate
        return min(self.coordinators, key=lambda c: c.dead_until)

    def others_alive(self, coordinator: Coordinator, avoid: Collection[Coordinator] = ()) -> bool:
        """Whether a retry can go to a coordinator other than ``coordinator`` (and ``avoid``) right away."""
        now = self._clock.monotonic()
        return any(
            c is not coordinator
            and c not in avoid
            and (not c.failures or (c.dead_until <= now and not c.probing))
            for c in self.coordinators
        )

    def others_healthy(self, coordinator: Coordinator, avoid: Collection[Coordinator] = ()) -> bool:
        """Whether a coordinator other than ``coordinator`` is believed alive (not merely due for a
        probe): a retry there is a failover, not another try against an outage."""
        return any(c is not coordinator and c not in avoid and not c.failures for c in self.coordinators)

    # -- what an attempt said --------------------------------------------------------------------

    def settle(self, visit: Visit, error: ECEError | None, status: int, *, judges: bool = True) -> str:
        """Record how the attempt of ``visit`` ended (``status`` 0: no response); its verdict.

        ``judges``: whether a timeout of this attempt may say the coordinator is dead (not when
        the caller chose a timeout shorter than the client's).
        """
        said = verdict(visit, error, status, judges=judges)
        self.ended(visit, said)
        return said

    def ended(self, visit: Visit, verdict: str) -> None:
        """The attempt of ``visit`` ended with ``verdict``; called once per visit (later calls do
        nothing, so a ``finally`` may call it again with :data:`NO_VERDICT`)."""
        if not visit.open:
            return
        visit.open = False
        coordinator = visit.coordinator
        if visit.probe:
            coordinator.probing = False
        if verdict == DEAD:
            self.mark_dead(coordinator, visit.generation)
        elif verdict == ALIVE:
            self.mark_alive(coordinator, visit.generation)

    def mark_dead(self, coordinator: Coordinator, generation: int | None = None) -> None:
        """An attempt sent in ``generation`` (``None``: the current one) failed to reach it."""
        if coordinator.failures and generation is not None and generation != coordinator.generation:
            return  # dead already, and sent before the last mark: that mark counted this outage
        if not coordinator.failures:
            self._dead += 1
        coordinator.failures += 1  # a probe still out keeps its slot: its own end gives it back
        coordinator.generation += 1
        backoff = min(self.backoff_factor * 2 ** min(coordinator.failures - 1, 30), self.max_backoff)
        coordinator.dead_until = self._clock.monotonic() + backoff

    def mark_alive(self, coordinator: Coordinator, generation: int | None = None) -> None:
        """An attempt sent in ``generation`` (``None``: the current one) got a response."""
        if coordinator.failures and (generation is None or generation == coordinator.generation):
            coordinator.failures = 0
            coordinator.probing = False
            coordinator.dead_until = 0.0
            self._dead -= 1


def gateway_failure(error: ECEError) -> bool:
    """A 502 or 504, or a 503 without an ECE error document: a proxy in front of a coordinator
    answering for it (a 503 with ECE error codes is the API itself saying it is busy)."""
    status = error.status
    if status == 502 or status == 504:
        return True
    return status == 503 and not error.codes and not error.errors


def failure_kind(error: ECEError) -> str:
    """How an attempt failed, for the final error's list of coordinators: class and status."""
    name = error._ece_base.__name__
    return f"{name} {error.status}" if error.status else name


def name_attempts(error: ECEError, tried: Sequence[tuple[Coordinator, str]]) -> None:
    """Append to ``error``'s message which coordinators failed and how (bases hold no secrets)."""
    seen = ", ".join(f"{coordinator.base}: {kind}" for coordinator, kind in tried)
    error.message = f"{error.message} (attempts: {seen})"
    error.args = (error.message,)


def verdict(visit: Visit, error: ECEError | None, status: int, *, judges: bool = True) -> str:
    """What an attempt's end says of its coordinator.

    Dead: it refused, dropped or failed the TLS handshake, its gateway answered for it, or it
    timed out without answering anybody since the attempt was sent.  A timeout while it answers
    others is a slow endpoint, and one under the caller's own short timeout says nothing.
    """
    if error is None:
        return ALIVE
    if isinstance(error, ECETimeoutError):
        return DEAD if visit.silent() and judges else NO_VERDICT
    if isinstance(error, ECEConnectionError) or gateway_failure(error):
        return DEAD
    return ALIVE if status else NO_VERDICT
