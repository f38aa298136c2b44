"""The simulator's world: deployments, their resources and plan attempts, users' data.

Everything here is plain mutable data plus bookkeeping that keeps responses
cheap: each deployment carries a ``revision`` that changes with anything a
response could show (recently rendered bodies are kept by it, see :mod:`.bodies`).  Time-driven
changes (a plan step finishing) are scheduled on a heap, so bringing the world
up to "now" costs nothing when nothing is due.
"""

from __future__ import annotations

import heapq
import itertools
from array import array
from collections.abc import Iterator
from typing import Any, Protocol

import attrs

from .._tolerant import RESOURCE_KINDS
from .catalog import ZONES

#: Resource kinds the simulator runs (``appsearch`` is legacy and always empty).
KINDS = tuple(kind for kind in RESOURCE_KINDS if kind != "appsearch")


@attrs.define
class PlanAttempt:
    """One attempt to apply a plan to a resource; its progress is a pure function of time."""

    attempt_id: str
    number: int
    plan: dict[str, Any]
    action: str
    started: float
    #: The steps' ids (one tuple shared by all attempts of a kind) and durations in seconds.
    step_ids: tuple[str, ...]
    durations: array[float]
    #: Index of the step that fails, or ``None`` when the attempt succeeds.
    fail_at: int | None = None
    failure_type: str = ""
    failure_message: str = ""
    user_id: str = ""
    facilitator: str = "adminconsole"
    #: The attempt succeeds but leaves the resource unhealthy (an instance that never recovers).
    degrades: bool = False
    #: When a later plan replaced this one (``plan_end_time``).
    superseded: float | None = None
    #: When the attempt was cancelled (it then counts as failed at that time).
    cancelled: float | None = None

    @property
    def offsets(self) -> tuple[float, ...]:
        """Each step's start, in seconds after :attr:`started` (computed: a big fleet holds
        hundreds of thousands of attempts, and few are ever looked at step by step)."""
        return tuple(itertools.accumulate(self.durations[:-1], initial=0.0)) if self.durations else ()

    @property
    def planned_end(self) -> float:
        """When the attempt finishes on its own (at the failing step's end, if it fails)."""
        last = self.fail_at if self.fail_at is not None else len(self.durations) - 1
        if last < 0:
            return self.started
        return self.started + self.offsets[last] + self.durations[last]

    @property
    def end(self) -> float:
        if self.cancelled is not None:
            return min(self.cancelled, self.planned_end)
        return self.planned_end

    @property
    def failed(self) -> bool:
        return self.fail_at is not None or self.cancelled is not None

    def boundaries(self) -> Iterator[float]:
        """Times at which the rendered log of this attempt changes."""
        for offset in self.offsets:
            yield self.started + offset
        yield self.end


class PastAttempts(Protocol):
    """Draws a generated resource's finished attempts again (see :class:`.generate.FleetGenerator`)."""

    def replay(self, index: int, resource_id: str) -> list[PlanAttempt]: ...


@attrs.define
class SimResource:
    kind: str
    ref_id: str
    id: str
    region: str
    es_ref_id: str | None
    current: PlanAttempt | None = None
    pending: PlanAttempt | None = None
    #: The last finished attempt (the current one, unless a later one failed).
    last: PlanAttempt | None = None
    #: How many attempts have finished (``len(history)``, without building the history).
    finished: int = 0
    #: When the first attempt started, and its plan (what a stopped resource was billed by).
    first_started: float | None = None
    first_plan: dict[str, Any] | None = None
    stopped: bool = False
    #: Whether the last finished attempt succeeded.
    last_ok: bool = True
    #: The last successful attempt left the resource unhealthy (until a later one succeeds cleanly).
    degraded: bool = False
    metadata_version: int = 1
    last_modified: float = 0.0
    password: str = ""
    secret_token: str = ""
    #: Snapshots: ``None`` for hourly ones; ``0.0`` for none at all (no repository); else the
    #: simulated time of the latest successful snapshot (a stale one).
    last_snapshot: float | None = None
    #: One instance of the resource is in maintenance mode.
    maintenance: bool = False
    #: Where a generated resource's finished attempts are drawn again from (the fleet it was
    #: generated in, and its deployment's index there); ``None`` for a resource created through
    #: the API, whose history starts empty.
    source: PastAttempts | None = attrs.field(default=None, repr=False, eq=False)
    index: int = attrs.field(default=0, repr=False, eq=False)
    _history: list[PlanAttempt] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def history(self) -> list[PlanAttempt]:
        """Finished attempts, oldest first (the current one included).

        A generated fleet's past plans are most of its size and few clients look at them, so they
        are built on first access, from the seed alone (:attr:`replay`): the same list whenever and
        in whatever order resources are touched.  The attempts that exist already (:attr:`current`,
        :attr:`last`) take their place in it, so later changes to them show in the history too.
        Finishing an attempt builds the history first (see :func:`.lifecycle.finish`), so until
        then :attr:`current` and :attr:`last` are the generated ones.
        """
        if self._history is None:
            replayed = self.source.replay(self.index, self.id) if self.source is not None else []
            known = {a.attempt_id: a for a in (self.current, self.last) if a is not None}
            self._history = [known.get(a.attempt_id, a) for a in replayed]
        return self._history

    @property
    def plan(self) -> dict[str, Any]:
        """The plan the resource runs (or is being created with)."""
        attempt = self.current or self.pending or self.last
        return attempt.plan if attempt is not None else {}

    @property
    def version(self) -> str:
        config = self.plan.get(self.kind)
        value = config.get("version") if isinstance(config, dict) else None
        return value if isinstance(value, str) else ""

    @property
    def status(self) -> str:
        if self.pending is not None:
            return {
                "deployments.create-deployment": "initializing",
                "deployments.shutdown-deployment": "stopping",
                "deployments.restart-resource": "restarting",
            }.get(self.pending.action, "reconfiguring")
        return "stopped" if self.stopped else "started"

    @property
    def healthy(self) -> bool:
        return (
            self.last_ok
            and not self.degraded
            and (self.pending is None or self.pending.action != "deployments.create-deployment")
        )

    @property
    def attempt_count(self) -> int:
        return self.finished + (1 if self.pending is not None else 0)


@attrs.define
class SimDeployment:
    id: str
    name: str
    alias: str
    created: float
    last_modified: float
    owner_id: str
    organization_id: str
    resources: list[SimResource]
    subscription_level: str = "standard"
    system_owned: bool = False
    hidden: bool = False
    tags: list[tuple[str, str]] = attrs.field(factory=list)
    autoscaling_enabled: bool = False
    #: ``x-cloud-resource-version``: changes when the definition changes.
    version: int = 1
    #: Changes with anything a response shows; keys the kept response bodies (``World.bodies``).
    revision: int = 0
    deleted: float | None = None
    #: Earliest simulated time at which a pending plan changes what this deployment looks like.
    next_change: float | None = None

    @property
    def healthy(self) -> bool:
        return all(r.healthy for r in self.resources)

    @property
    def stopped(self) -> bool:
        return all(r.stopped and r.pending is None for r in self.resources)

    @property
    def last_plan_modified(self) -> float:
        times = [r.last.end for r in self.resources if r.last is not None]
        return max(times) if times else self.created

    def resource(self, kind: str, ref_id: str) -> SimResource | None:
        for r in self.resources:
            if r.kind == kind and r.ref_id == ref_id:
                return r
        return None

    def of_kind(self, kind: str) -> list[SimResource]:
        return [r for r in self.resources if r.kind == kind]

    def touch(self) -> None:
        """Invalidate everything rendered from this deployment."""
        self.revision += 1


@attrs.define
class Comment:
    id: str
    user_id: str
    message: str
    created: float
    modified: float
    version: int = 1


@attrs.define
class ApiKey:
    id: str
    key: str
    description: str
    user_id: str
    created: float
    expires: float | None = None


@attrs.define
class Allocator:
    id: str
    zone: str
    host_ip: str
    capacity_mb: int
    connected: bool = True
    healthy: bool = True
    maintenance: bool = False


@attrs.define
class Runner:
    """A host of the installation: every allocator's host, plus the coordinators (which run proxies)."""

    id: str
    zone: str
    host_ip: str
    roles: tuple[str, ...]
    connected: bool = True
    healthy: bool = True


class SimState:
    """All mutable simulator data, plus the schedule of time-driven changes."""

    def __init__(self, region: str, organization_id: str, user_id: str) -> None:
        self.region = region
        #: Availability zones, in the order instances are spread over them.
        self.zones: tuple[str, ...] = ZONES
        self.organization_id = organization_id
        self.user_id = user_id
        self.deployments: dict[str, SimDeployment] = {}
        self.allocators: list[Allocator] = []
        #: (resource id, instance name) -> allocator id, for instances not where their hash puts them.
        self.placements: dict[tuple[str, str], str] = {}
        self.runners: list[Runner] = []
        self.comments: dict[tuple[str, str], dict[str, Comment]] = {}
        self.api_keys: dict[str, ApiKey] = {}
        #: create-deployment ``request_id`` -> deployment id.
        self.request_ids: dict[str, str] = {}
        #: Deployment id -> how many writes the concurrent-change fault has drawn for (its seed).
        self.write_draws: dict[str, int] = {}
        #: (deployment id, update-deployment ``request_id``) -> (fingerprint of the request, the reply
        #: of the write it made), oldest first.
        self.update_replies: dict[tuple[str, str], tuple[bytes, dict[str, Any]]] = {}
        #: Stack version -> its ``StackVersionConfig``: what the installation offers.
        self.stack_versions: dict[str, dict[str, Any]] = {}
        #: Template id -> ``DeploymentTemplateInfoV2`` (from a snapshot; none otherwise).
        self.templates: dict[str, dict[str, Any]] = {}
        #: Changes with any deployment change; keys caches of whole-platform responses.
        self.revision = 0
        self._schedule: list[tuple[float, str]] = []
        self.caches: dict[Any, Any] = {}
        self._zones: dict[Any, list[str]] = {}
        self._allocator_index: dict[str, Allocator] | None = None
        self._sequence = 0

    def next_sequence(self) -> int:
        """A process-wide counter for ids that must never repeat (comments, API keys, attempts)."""
        self._sequence += 1
        return self._sequence

    # --- deployments -----------------------------------------------------------------------------

    def live(self) -> Iterator[SimDeployment]:
        return (d for d in self.deployments.values() if d.deleted is None)

    def get(self, deployment_id: str) -> SimDeployment | None:
        dep = self.deployments.get(deployment_id)
        return dep if dep is not None and dep.deleted is None else None

    def changed(self, dep: SimDeployment) -> None:
        dep.touch()
        self.revision += 1
        self.caches.clear()

    def schedule(self, dep: SimDeployment, when: float | None) -> None:
        dep.next_change = when
        if when is not None:
            heapq.heappush(self._schedule, (when, dep.id))

    def due(self, now: float) -> list[SimDeployment]:
        """Deployments whose scheduled change time has come (each at most once)."""
        out: list[SimDeployment] = []
        seen: set[str] = set()
        while self._schedule and self._schedule[0][0] <= now:
            when, dep_id = heapq.heappop(self._schedule)
            dep = self.deployments.get(dep_id)
            # Entries are never removed eagerly; a stale one no longer matches next_change.
            if dep is None or dep.next_change != when or dep_id in seen:
                continue
            seen.add(dep_id)
            out.append(dep)
        return out

    def allocator(self, allocator_id: str) -> Allocator | None:
        if self._allocator_index is None:
            self._allocator_index = {a.id: a for a in self.allocators}
        return self._allocator_index.get(allocator_id)

    def zone_allocators(self, zone: str) -> list[str]:
        """Allocator ids of a zone, in a stable order (instances are placed by hashing into it)."""
        key = ("zone_allocators", zone)
        pool = self._zones.get(key)
        if pool is None:
            pool = self._zones[key] = [a.id for a in self.allocators if a.zone == zone]
        return pool
