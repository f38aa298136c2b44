"""How plans move: which steps an attempt has, how long they take, whether it fails.

An attempt's whole future is decided when it starts (step durations and the
failing step, from a per-attempt seed), so its state at any simulated time is a
pure function of the clock.  That keeps runs reproducible whatever order
requests arrive in, and lets :func:`settle` jump straight to "now".
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from .state import PlanAttempt, SimDeployment, SimResource, SimState
from .util import seeded, uuid_from

CREATE = "deployments.create-deployment"
UPDATE = "deployments.update-deployment"
RESTART = "deployments.restart-resource"
SHUTDOWN = "deployments.shutdown-deployment"

# (step id, min seconds, max seconds); "plan-completed" is appended to every attempt.
_STEPS: dict[str, tuple[tuple[str, float, float], ...]] = {
    "es-create": (
        ("validate-plan-prerequisites", 1, 3),
        ("detect-plan-strategy", 1, 2),
        ("allocate-instances", 5, 15),
        ("wait-until-running", 10, 40),
        ("wait-until-master-exists", 5, 15),
        ("apply-cluster-license", 1, 3),
        ("configure-snapshot-repository", 1, 3),
    ),
    "es-update": (
        ("validate-plan-prerequisites", 1, 3),
        ("detect-plan-strategy", 1, 2),
        ("snapshot-cluster", 5, 20),
        ("allocate-instances", 5, 15),
        ("wait-until-running", 10, 40),
        ("migrate-data", 20, 90),
        ("remove-old-instances", 3, 10),
    ),
    "create": (
        ("validate-plan-prerequisites", 1, 3),
        ("allocate-instances", 3, 10),
        ("wait-until-running", 5, 25),
    ),
    "update": (
        ("validate-plan-prerequisites", 1, 3),
        ("allocate-instances", 3, 10),
        ("wait-until-running", 5, 25),
        ("remove-old-instances", 2, 6),
    ),
    "restart": (
        ("validate-plan-prerequisites", 1, 3),
        ("restart-instances", 10, 40),
        ("wait-until-running", 5, 20),
    ),
    "shutdown": (
        ("validate-plan-prerequisites", 1, 2),
        ("snapshot-cluster", 3, 10),
        ("stop-instances", 3, 10),
    ),
}

#: Longest any attempt takes on its own (every step at its maximum, plus "plan-completed").
LONGEST_ATTEMPT = max(sum(hi for _, _, hi in steps) for steps in _STEPS.values()) + 1.0

_FAILURES = (
    ("InstanceFailure:InstanceDidNotStartWhileWaitingForRunning", "Instance did not start in time"),
    ("ClusterFailure:InsufficientCapacity", "Not enough capacity to allocate instance(s)"),
    ("ClusterFailure:MasterNotElected", "No master node was elected within the timeout"),
    ("ClusterFailure:DataMigrationFailed", "Shards could not be moved off the old instances"),
)


def _template(kind: str, action: str, skip_snapshot: bool) -> tuple[tuple[str, float, float], ...]:
    if action == SHUTDOWN:
        steps = _STEPS["shutdown"]
        if skip_snapshot or kind != "elasticsearch":
            steps = tuple(s for s in steps if s[0] != "snapshot-cluster")
        return steps
    if action == RESTART:
        return _STEPS["restart"]
    if kind == "elasticsearch":
        steps = _STEPS["es-create" if action == CREATE else "es-update"]
        if skip_snapshot:
            steps = tuple(s for s in steps if s[0] != "snapshot-cluster")
        return steps
    return _STEPS["create" if action == CREATE else "update"]


@functools.cache
def _schedule(
    kind: str, action: str, skip_snapshot: bool
) -> tuple[tuple[str, ...], tuple[tuple[float, float], ...]]:
    """Step ids (one tuple shared by every attempt of its kind) and each step's (minimum, spread)."""
    steps = (*_template(kind, action, skip_snapshot), ("plan-completed", 0.2, 1.0))
    return tuple(step_id for step_id, _, _ in steps), tuple((lo, hi - lo) for _, lo, hi in steps)


def new_attempt(
    resource: SimResource,
    action: str,
    plan: dict[str, Any],
    started: float,
    *,
    seed: int,
    failure_rate: float,
    user_id: str,
    skip_snapshot: bool = False,
    facilitator: str = "adminconsole",
    number: int | None = None,
) -> PlanAttempt:
    """Decide the attempt's steps, durations and fate from (seed, resource, attempt number).

    ``number`` defaults to the resource's next attempt; a generated fleet passes it to build an
    attempt of its past without the ones before it.  A ``failure_rate`` of 0 or 1 decides the fate.
    """
    if number is None:
        number = resource.attempt_count
    rng = seeded(seed, "plan", resource.id, number)
    step_ids, ranges = _schedule(resource.kind, action, skip_snapshot)
    draws = rng.randoms(len(ranges))
    durations = tuple([round(lo + spread * x, 3) for (lo, spread), x in zip(ranges, draws, strict=True)])
    fail_at: int | None = None
    failure_type = failure_message = ""
    # Shutdowns always succeed: a simulator that cannot be cleaned up helps nobody.
    # A rate of 0 or 1 decides without a draw (most attempts of a generated fleet's past).
    if action != SHUTDOWN and failure_rate > 0 and (failure_rate >= 1 or rng.random() < failure_rate):
        fail_at = rng.randrange(1, len(step_ids) - 1)
        failure_type, failure_message = rng.choice(_FAILURES)
    return PlanAttempt(
        attempt_id=uuid_from(rng),
        number=number,
        plan=plan,
        action=action,
        started=started,
        step_ids=step_ids,
        durations=durations,
        fail_at=fail_at,
        failure_type=failure_type,
        failure_message=failure_message,
        user_id=user_id,
        facilitator=facilitator,
    )


def stopped_plan(plan: dict[str, Any]) -> dict[str, Any]:
    """The plan of a shut-down resource: the same topology with every size at zero."""
    out = copy.deepcopy(plan)
    for element in out.get("cluster_topology") or []:
        if isinstance(element, dict):
            size = element.get("size")
            element["size"] = {
                "value": 0,
                "resource": size.get("resource", "memory") if isinstance(size, dict) else "memory",
            }
    return out


def finish(resource: SimResource, attempt: PlanAttempt) -> None:
    """Move a finished pending attempt into current/history."""
    end = attempt.end
    resource.pending = None
    resource.history.append(attempt)
    if resource.first_started is None:
        resource.first_started, resource.first_plan = attempt.started, attempt.plan
    resource.last = attempt
    resource.finished += 1
    resource.last_modified = end
    resource.metadata_version += 1
    if attempt.failed:
        resource.last_ok = False
        if attempt.action == CREATE:
            resource.stopped = True
        return
    resource.last_ok = True
    if resource.current is not None:
        resource.current.superseded = end
    resource.current = attempt
    resource.stopped = attempt.action == SHUTDOWN


def next_boundary(dep: SimDeployment, now: float) -> float | None:
    """The next time a pending attempt of ``dep`` shows a change (step start or end)."""
    best: float | None = None
    for r in dep.resources:
        if r.pending is None:
            continue
        for t in r.pending.boundaries():
            if t > now:
                if best is None or t < best:
                    best = t
                break
    return best


def settle(state: SimState, now: float) -> None:
    """Bring every deployment whose plans advanced up to ``now``."""
    for dep in state.due(now):
        finished = False
        for r in dep.resources:
            if r.pending is not None and r.pending.end <= now:
                finish(r, r.pending)
                finished = True
        if finished:
            state.changed(dep)
        else:
            # Only a step boundary: the plan log changed, nothing that lists or searches show.
            dep.touch()
        state.schedule(dep, next_boundary(dep, now))


def begin(
    state: SimState, dep: SimDeployment, resource: SimResource, attempt: PlanAttempt, now: float
) -> None:
    """Make ``attempt`` the resource's pending plan and schedule its progress."""
    if resource.pending is not None:
        cancel(resource, now)
    resource.pending = attempt
    resource.last_modified = now
    resource.metadata_version += 1
    state.changed(dep)
    state.schedule(dep, next_boundary(dep, now))


def cancel(resource: SimResource, now: float) -> PlanAttempt | None:
    """Stop the pending attempt now; it is recorded as failed (as ECE records cancelled plans)."""
    attempt = resource.pending
    if attempt is None:
        return None
    attempt.cancelled = now
    attempt.failure_type = "PlanCancelled"
    attempt.failure_message = "The plan was cancelled"
    finish(resource, attempt)
    return attempt
