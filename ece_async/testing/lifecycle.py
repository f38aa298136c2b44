"""How plans move: which steps an attempt has, how long they take, whether it fails.

An attempt's whole future is decided when it starts (step durations and the
failing step, from a per-attempt seed), so its state at any simulated time is a
pure function of the clock.  That keeps runs reproducible whatever order
requests arrive in, and lets :func:`settle` jump straight to "now".
"""

from __future__ import annotations

import copy
import functools
from array import array
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
    "es-upgrade": (
        ("validate-plan-prerequisites", 1, 3),
        ("detect-plan-strategy", 1, 2),
        ("snapshot-cluster", 5, 20),
        ("check-upgrade-compatibility", 2, 6),
        ("allocate-instances", 5, 15),
        ("wait-until-running", 10, 40),
        ("wait-until-master-exists", 5, 15),
        ("migrate-data", 30, 120),
        ("remove-old-instances", 3, 10),
    ),
    "upgrade": (
        ("validate-plan-prerequisites", 1, 3),
        ("allocate-instances", 3, 10),
        ("wait-until-running", 5, 25),
        ("migrate-saved-objects", 5, 30),
        ("remove-old-instances", 2, 6),
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

#: How each step fails when it does (failure type, message); steps not listed never fail.
_STEP_FAILURES: dict[str, tuple[tuple[str, str], ...]] = {
    "snapshot-cluster": (
        ("ClusterFailure:SnapshotFailed", "The snapshot before the change did not complete"),
    ),
    "check-upgrade-compatibility": (
        ("ClusterFailure:UpgradeIncompatible", "Indices or settings are not compatible with the new version"),
    ),
    "allocate-instances": (
        ("ClusterFailure:InsufficientCapacity", "Not enough capacity to allocate instance(s)"),
    ),
    "wait-until-running": (
        ("InstanceFailure:InstanceDidNotStartWhileWaitingForRunning", "Instance did not start in time"),
    ),
    "wait-until-master-exists": (
        ("ClusterFailure:MasterNotElected", "No master node was elected within the timeout"),
    ),
    "migrate-data": (
        ("ClusterFailure:DataMigrationFailed", "Shards could not be moved off the old instances"),
    ),
    "migrate-saved-objects": (
        ("InstanceFailure:SavedObjectsMigrationFailed", "Kibana could not migrate its saved objects"),
    ),
    "restart-instances": (
        ("InstanceFailure:InstanceRestartFailed", "An instance did not come back after its restart"),
    ),
}


def _template(
    kind: str, action: str, skip_snapshot: bool, upgrade: bool = False
) -> tuple[tuple[str, float, float], ...]:
    if action == SHUTDOWN:
        steps = _STEPS["shutdown"]
        if skip_snapshot or kind != "elasticsearch":
            steps = tuple(s for s in steps if s[0] != "snapshot-cluster")
        return steps
    if action == RESTART:
        return _STEPS["restart"]
    if upgrade and action == UPDATE:
        steps = _STEPS["es-upgrade" if kind == "elasticsearch" else "upgrade"]
        if skip_snapshot:
            steps = tuple(s for s in steps if s[0] != "snapshot-cluster")
        return steps
    if kind == "elasticsearch":
        steps = _STEPS["es-create" if action == CREATE else "es-update"]
        if skip_snapshot:
            steps = tuple(s for s in steps if s[0] != "snapshot-cluster")
        return steps
    return _STEPS["create" if action == CREATE else "update"]


@functools.cache
def _schedule(
    kind: str, action: str, skip_snapshot: bool, upgrade: bool = False
) -> tuple[tuple[str, ...], tuple[tuple[float, float], ...], tuple[int, ...]]:
    """Step ids (one tuple shared by every attempt of its kind), each step's (minimum, spread), and
    the indexes of the steps that can fail."""
    steps = (*_template(kind, action, skip_snapshot, upgrade), ("plan-completed", 0.2, 1.0))
    ids = tuple(step_id for step_id, _, _ in steps)
    failable = tuple(i for i, step_id in enumerate(ids) if step_id in _STEP_FAILURES)
    return ids, tuple((lo, hi - lo) for _, lo, hi in steps), failable


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
    upgrade: bool = False,
    unhealthy_rate: float = 0.0,
) -> PlanAttempt:
    """Decide the attempt's steps, durations and fate from (seed, resource, attempt number).

    ``number`` defaults to the resource's next attempt; a generated fleet passes it to build an
    attempt of its past without the ones before it.  A ``failure_rate`` of 0 or 1 decides the fate.
    A failure lands on a step that fails that way in ECE (capacity at allocation, a master at the
    election, shards at the migration); ``upgrade`` brings a version upgrade's extra steps.  With
    ``unhealthy_rate``, a successful attempt may leave the resource unhealthy.
    """
    if number is None:
        number = resource.attempt_count
    rng = seeded(seed, "plan", resource.id, number)
    step_ids, ranges, failable = _schedule(resource.kind, action, skip_snapshot, upgrade)
    draws = rng.randoms(len(ranges))
    # An array of doubles, not a tuple of floats: a third of the memory, and a big fleet holds
    # hundreds of thousands of attempts.
    durations = array("d", [round(lo + spread * x, 3) for (lo, spread), x in zip(ranges, draws, strict=True)])
    fail_at: int | None = None
    failure_type = failure_message = ""
    # Shutdowns always succeed: a simulator that cannot be cleaned up helps nobody.
    # A rate of 0 or 1 decides without a draw (most attempts of a generated fleet's past).
    if action != SHUTDOWN and failure_rate > 0 and (failure_rate >= 1 or rng.random() < failure_rate):
        fail_at = rng.choice(failable)
        failure_type, failure_message = rng.choice(_STEP_FAILURES[step_ids[fail_at]])
    # Drawn last and only when asked for, so the draws before it stay what they always were.
    degrades = fail_at is None and unhealthy_rate > 0 and rng.random() < unhealthy_rate
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
        degrades=degrades,
    )


def fail_first_step(attempt: PlanAttempt, failure_type: str, message: str) -> None:
    """Make ``attempt`` fail at its first step (a plan whose prerequisite failed never gets further)."""
    attempt.fail_at = 0
    attempt.failure_type, attempt.failure_message = failure_type, message
    attempt.degrades = False


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
    resource.degraded = attempt.degrades
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
    # An attempt still waiting for its Elasticsearch never started: it ends where it stood.
    attempt.started = min(attempt.started, now)
    attempt.cancelled = now
    attempt.failure_type = "PlanCancelled"
    attempt.failure_message = "The plan was cancelled"
    finish(resource, attempt)
    return attempt
