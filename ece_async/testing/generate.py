"""Seeded fake data: a plausible fleet of deployments and the allocators they run on.

Deployment ``i`` is derived from ``(seed, i)`` alone, so a fleet of 50 is the
first 50 of a fleet of 5000 with the same seed, and a failing test can be
reproduced with a smaller fleet.
"""

from __future__ import annotations

import asyncio
import base64
import heapq
import math
import time
from array import array
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from . import catalog
from .lifecycle import (
    CREATE,
    LONGEST_ATTEMPT,
    SHUTDOWN,
    UPDATE,
    finish,
    new_attempt,
    next_boundary,
    stopped_plan,
)
from .render import instance_slots, placement_hash
from .state import Allocator, PlanAttempt, Runner, SimDeployment, SimResource, SimState
from .util import Draws, hex_id, seeded

_TEAMS = (
    "search",
    "payments",
    "checkout",
    "platform",
    "data",
    "ml",
    "security",
    "observability",
    "infra",
    "web",
)
_PURPOSES = (
    "logs",
    "metrics",
    "apm",
    "catalog",
    "events",
    "audit",
    "traces",
    "analytics",
    "orders",
    "sessions",
)
_ENVS = ("prod", "staging", "dev", "qa")
#: One tuple per tag, shared by every deployment that has it.
_TAGS = {(key, value): (key, value) for key, values in (("team", _TEAMS), ("env", _ENVS)) for value in values}

#: (profile, weight): which resources a generated deployment has.
_PROFILES = (
    ("default", 45),
    ("observability", 25),
    ("enterprise-search", 10),
    ("es-only", 10),
    ("hot-warm", 10),
)

_ROLES_DATA = ["master", "ingest", "data_hot", "data_content", "remote_cluster_client", "transform"]


def es_topology_element(
    element_id: str, config_id: str, memory: int, zones: int, roles: list[str]
) -> dict[str, Any]:
    return {
        "id": element_id,
        "instance_configuration_id": config_id,
        "size": {"value": memory, "resource": "memory"},
        "zone_count": zones,
        "node_roles": list(roles),
        "elasticsearch": {},
    }


def es_plan(version: str, template: str, topology: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "cluster_topology": topology,
        "elasticsearch": {"version": version},
        "deployment_template": {"id": template},
    }


def stateless_plan(kind: str, version: str, memory: int, zones: int = 1) -> dict[str, Any]:
    config_id = {"integrations_server": "integrations.server", "enterprise_search": "enterprise.search"}.get(
        kind, kind
    )
    element: dict[str, Any] = {
        "instance_configuration_id": config_id,
        "size": {"value": memory, "resource": "memory"},
        "zone_count": zones,
    }
    if kind == "enterprise_search":
        element["node_type"] = {"appserver": True, "worker": True, "connector": True}
    config: dict[str, Any] = {"version": version}
    if kind == "integrations_server":
        config["mode"] = "managed"
    return {"cluster_topology": [element], kind: config}


#: What decides a generated plan: ("elasticsearch", version, template, zones, hot MB, warm MB,
#: ML MB) or (kind, version, MB).  Equal keys share one plan dict (see :meth:`FleetGenerator.plan`).
PlanKey = tuple[Any, ...]


def _es_key(rng: Draws, profile: str, version: str) -> PlanKey:
    zones = rng.weighted(((1, 1), (2, 14), (3, 5)))  # a few percent without high availability
    hot = rng.choice((1024, 2048, 4096, 4096, 8192, 16384))
    warm = rng.choice((2048, 4096, 8192)) if profile == "hot-warm" else 0
    ml = rng.choice((1024, 2048)) if rng.random() < 0.15 else 0
    template = "default" if profile == "es-only" else profile
    return ("elasticsearch", version, template, zones, hot, warm, ml)


def _plan(key: PlanKey) -> dict[str, Any]:
    if key[0] != "elasticsearch":
        kind, version, memory = key
        return stateless_plan(kind, version, memory)
    _, version, template, zones, hot, warm, ml = key
    topology = [es_topology_element("hot_content", "data.default", hot, zones, _ROLES_DATA)]
    if warm:
        topology.append(
            es_topology_element(
                "warm", "data.highstorage", warm, zones, ["data_warm", "remote_cluster_client"]
            )
        )
        topology.append(es_topology_element("master", "master", 1024, 3, ["master"]))
    if ml:
        topology.append(es_topology_element("ml", "ml", ml, 1, ["ml", "remote_cluster_client"]))
    return es_plan(version, template, topology)


def _resources(rng: Draws, profile: str, version: str, components: str) -> list[tuple[str, str, PlanKey]]:
    """(kind, ref_id, plan key) of a new deployment's resources; ``components`` is the version of
    all but Elasticsearch (an earlier one where an upgrade left them behind)."""
    out = [("elasticsearch", "main-elasticsearch", _es_key(rng, profile, version))]
    if profile != "es-only":
        out.append(("kibana", "main-kibana", ("kibana", components, rng.choice((1024, 2048)))))
    if profile == "observability":
        kind = "integrations_server" if not version.startswith("7.") else "apm"
        out.append((kind, f"main-{kind}", (kind, components, rng.choice((512, 1024, 2048)))))
    if profile == "enterprise-search":
        out.append(("enterprise_search", "main-enterprise_search", ("enterprise_search", components, 2048)))
    return out


#: Base64's alphabet spelled without the look-alikes (0/O, 1/l/I) and the symbols.
_SPELLING = bytes.maketrans(b"0O1lI+/", b"abcdefg")


def _password(rng: Draws) -> str:
    """24 characters (144 random bits) from one draw: spelling them one by one costs more."""
    return base64.b64encode(rng.getrandbits(144).to_bytes(18, "big")).translate(_SPELLING).decode()


def build_resources(rng: Draws, specs: Sequence[tuple[str, str, object]], region: str) -> list[SimResource]:
    resources = []
    for kind, ref_id, _plan in specs:
        resources.append(
            SimResource(
                kind=kind,
                ref_id=ref_id,
                id=hex_id(rng),
                region=region,
                es_ref_id=None if kind == "elasticsearch" else "main-elasticsearch",
                password=_password(rng) if kind == "elasticsearch" else "",
                secret_token=_password(rng)[:18] if kind in ("apm", "integrations_server") else "",
            )
        )
    return resources


@attrs.define
class Planned:
    """An attempt of a generated deployment, decided but not built (see :func:`.lifecycle.new_attempt`).

    Not frozen: a fleet draws one for every past attempt (hundreds of thousands for a big
    fleet), and a frozen ``__init__`` costs three times a plain one (460 vs 150 ns).
    """

    action: str
    started: float
    plan: dict[str, Any]
    #: 0 or 1 for a finished attempt (its fate is part of the deployment's draw); the
    #: simulator's rate for one in flight.
    failure_rate: float
    #: One step of the attempt takes days (a change stuck for hours).
    stuck: bool = False


@attrs.frozen
class _Drawn:
    deployment: SimDeployment
    #: Per resource: its finished attempts, oldest first.
    past: list[list[Planned]]
    #: Per resource: the attempt in flight, if any.
    pending: list[Planned | None]


class FleetGenerator:
    """The deployments of a seeded fleet, as of the simulator's start.

    Deployment ``i`` is drawn from ``(seed, i)`` alone.  Building one costs what search hits,
    lists and the platform views show (resources, plans, the current and last attempts); the
    rest of its past attempts is drawn again from the same seed when someone asks for a plan
    history (:meth:`replay`), so a big fleet is quick to build and small in memory, and gives
    the same answers whatever order it is touched in.
    """

    def __init__(self, state: SimState, seed: int, now: float, failure_rate: float, count: int = 0) -> None:
        self.state = state
        self.seed = seed
        self.now = now
        self.failure_rate = failure_rate
        #: How many deployments the fleet has, and how many of them are built so far.
        self.count = count
        self.built = 0
        self.complete = False
        self._plans: dict[PlanKey, dict[str, Any]] = {}

    def build(self) -> None:
        """Build the rest of the fleet now, then the allocators it runs on."""
        while self.built < self.count:
            self.deployment(self.built)
            self.built += 1
        if not self.complete:
            generate_allocators(self.state, self.seed)
            self.complete = True

    async def build_async(self, slice_seconds: float = 0.02) -> None:
        """:meth:`build`, giving the event loop back every ``slice_seconds``.

        A fleet of 100,000 takes seconds to build; done in one go inside a running loop it would
        stall every other task (and a client's timeouts) for all that time.
        """
        while self.built < self.count:
            deadline = time.perf_counter() + slice_seconds
            while True:  # at least one a slice, however short
                self.deployment(self.built)
                self.built += 1
                if self.built >= self.count or time.perf_counter() >= deadline:
                    break
            await asyncio.sleep(0)
        if not self.complete:
            deadline = time.perf_counter() + slice_seconds
            for _ in allocator_steps(self.state, self.seed):
                if time.perf_counter() >= deadline:
                    await asyncio.sleep(0)
                    deadline = time.perf_counter() + slice_seconds
            self.complete = True

    def plan(self, key: PlanKey, stopped: bool = False) -> dict[str, Any]:
        """The plan for ``key``, one dict for all the fleet's equal plans.

        Thousands of deployments run the same few hundred plans; sharing them keeps a big fleet
        small.  Nothing changes a plan in place (updates bring new ones), so sharing is safe.
        """
        cache_key = (key, stopped)
        plan = self._plans.get(cache_key)
        if plan is None:
            plan = self._plans[cache_key] = stopped_plan(self.plan(key)) if stopped else _plan(key)
        return plan

    def deployment(self, index: int) -> SimDeployment:
        """Deployment ``index``, added to the state with its plans scheduled."""
        drawn = self._draw(index)
        dep = drawn.deployment
        for resource, past, pending in zip(dep.resources, drawn.past, drawn.pending, strict=True):
            resource.source, resource.index = self, index
            self._adopt_past(resource, past)
            if pending is not None:
                resource.pending = self._attempt(resource, pending)
        dep.last_modified = max([dep.created, *(r.last_modified for r in dep.resources)])
        dep.version = 1 + sum(r.finished for r in dep.resources)
        self.state.deployments[dep.id] = dep
        self.state.schedule(dep, next_boundary(dep, self.now))
        return dep

    def replay(self, index: int, resource_id: str) -> list[PlanAttempt]:
        """The finished attempts of resource ``resource_id`` of deployment ``index``, all built."""
        drawn = self._draw(index)
        for resource, past in zip(drawn.deployment.resources, drawn.past, strict=True):
            if resource.id == resource_id:
                resource._history = []
                for planned in past:
                    finish(resource, self._attempt(resource, planned))
                return resource.history
        return []

    def _attempt(self, resource: SimResource, planned: Planned, number: int | None = None) -> PlanAttempt:
        attempt = new_attempt(
            resource,
            planned.action,
            planned.plan,
            planned.started,
            seed=self.seed,
            failure_rate=planned.failure_rate,
            user_id=self.state.user_id,
            number=number,
        )
        return _stuck_attempt(attempt) if planned.stuck else attempt

    def _adopt_past(self, resource: SimResource, past: list[Planned]) -> None:
        """What finishing every attempt of ``past`` leaves (as :func:`.lifecycle.finish` would),
        building only the current and the last attempt."""
        last_ok = max((n for n, p in enumerate(past) if not p.failure_rate), default=None)
        resource.last = last = self._attempt(resource, past[-1], len(past) - 1)
        if last_ok is not None:
            resource.current = (
                last if last_ok == len(past) - 1 else self._attempt(resource, past[last_ok], last_ok)
            )
        stopped = False
        for planned in past:
            if planned.failure_rate:
                stopped = stopped or planned.action == CREATE
            else:
                stopped = planned.action == SHUTDOWN
        resource.stopped = stopped
        resource.last_ok = not last.failed
        resource.finished = len(past)
        resource.metadata_version += len(past)
        resource.last_modified = last.end
        resource.first_started, resource.first_plan = past[0].started, past[0].plan

    def _draw(self, index: int) -> _Drawn:
        """Everything random about deployment ``index``, in one fixed order of draws.

        About 4% of deployments have a plan in flight, 2% one stuck for hours, 3% a failed
        last plan and 3% are shut down; deployments 1-4 are always one of each, so that even
        a tiny fleet shows every state.  The audit's rules find something in a few percent
        more (:func:`_traits`; deployments 5-8 always).
        """
        state, now = self.state, self.now
        rng = seeded(self.seed, "deployment", index)
        profile = rng.weighted(_PROFILES)
        version = rng.weighted(catalog.STACK_VERSIONS)
        team, purpose, env = rng.choice(_TEAMS), rng.choice(_PURPOSES), rng.choice(_ENVS)
        name = f"{team}-{purpose}-{env}-{index:04d}"
        created = now - rng.uniform(2 * 86400, 900 * 86400)
        traits = _traits(rng, index)
        # An upgrade that left the other components behind Elasticsearch.
        components = (_previous_version(version) if traits.lagging else None) or version
        specs = _resources(rng, profile, version, components)
        dep = SimDeployment(
            id=hex_id(rng),
            name=name,
            alias=name,
            created=created,
            last_modified=created,
            owner_id=state.user_id,
            organization_id=state.organization_id,
            resources=build_resources(rng, specs, state.region),
            subscription_level=rng.choice(("standard", "gold", "platinum", "enterprise")),
            tags=[_TAGS[("team", team)], _TAGS[("env", env)]],
            autoscaling_enabled=rng.random() < 0.2,
        )
        es = dep.resources[0]
        if traits.no_snapshot:
            es.last_snapshot = 0.0
        elif traits.stale_snapshot:
            es.last_snapshot = now - rng.uniform(2 * 86400, 6 * 86400)
        es.maintenance = traits.maintenance
        fate = rng.random()
        fate = {1: 0.09, 2: 0.05, 3: 0.01, 4: 0.11}.get(index, fate)
        # Past changes end before the earliest the last one (below) can start.
        horizon = now - 6 * 3600 - LONGEST_ATTEMPT
        all_past: list[list[Planned]] = []
        all_pending: list[Planned | None] = []
        for resource, (_kind, _ref, key) in zip(dep.resources, specs, strict=True):
            plan = self.plan(key)
            # A create, then a few updates (some failed), all finished well before "now".
            past: list[Planned] = []
            pending: Planned | None = None
            t = created
            attempts = 1 + rng.randrange(4)
            for n in range(attempts):
                failed = n > 0 and rng.random() < self.failure_rate / 8
                past.append(Planned(CREATE if n == 0 else UPDATE, t, plan, 1.0 if failed else 0.0))
                end = t + LONGEST_ATTEMPT
                t = end + rng.uniform(3600, max(7200.0, (now - 86400 - end) / (attempts - n)))
                if t > horizon:
                    break
            if fate < 0.03:
                # Shut down: a final, successful shutdown plan.
                past.append(Planned(SHUTDOWN, now - 3600 * 5, self.plan(key, stopped=True), 0.0))
                dep.hidden = rng.random() < 0.5
            elif fate < 0.06:
                # The last change failed: unhealthy until someone fixes it.
                if resource.kind == "elasticsearch":
                    past.append(Planned(UPDATE, now - 7200, plan, 1.0))
            elif fate >= 0.10:
                # A change stuck for hours: one step that takes days.
                if fate < 0.12 and resource.kind == "elasticsearch":
                    pending = Planned(UPDATE, now - rng.uniform(2 * 3600, 6 * 3600), plan, 0.0, stuck=True)
            else:
                # A change in flight: it finishes (or fails) as simulated time passes.
                pending = Planned(UPDATE, now - rng.uniform(0, 20), plan, self.failure_rate)
            all_past.append(past)
            all_pending.append(pending)
        return _Drawn(dep, all_past, all_pending)


def _stuck_attempt(attempt: PlanAttempt) -> PlanAttempt:
    durations = array("d", attempt.durations)
    durations[max(1, len(durations) - 3)] = 3 * 86400.0
    return attrs.evolve(attempt, durations=durations)


def _previous_version(version: str) -> str | None:
    versions = [v for v, _ in catalog.STACK_VERSIONS]
    index = versions.index(version) if version in versions else 0
    return versions[index - 1] if index > 0 else None


@attrs.frozen
class _Traits:
    lagging: bool
    no_snapshot: bool
    stale_snapshot: bool
    maintenance: bool


def _traits(rng: Draws, index: int) -> _Traits:
    """What the audit's rules look for, each at a few percent (and in deployments 5-8 of any fleet)."""
    lagging, no_snapshot, stale, maintenance = (rng.random() for _ in range(4))
    forced = {5: "lagging", 6: "no_snapshot", 7: "stale", 8: "maintenance"}.get(index)
    return _Traits(
        lagging=lagging < 0.03 or forced == "lagging",
        no_snapshot=no_snapshot < 0.03 or forced == "no_snapshot",
        stale_snapshot=stale < 0.04 or forced == "stale",
        maintenance=maintenance < 0.03 or forced == "maintenance",
    )


def memory_mb(plan: dict[str, Any]) -> int:
    """RAM reserved by a plan: size x zone count over its topology."""
    total = 0
    for element in plan.get("cluster_topology") or []:
        if not isinstance(element, dict):
            continue
        size = element.get("size")
        value = size.get("value") if isinstance(size, dict) else element.get("memory_per_node")
        zones = element.get("zone_count", 1)
        if isinstance(value, int) and isinstance(zones, int):
            total += value * max(zones, 0)
    return total


#: How many deployments or instances the allocator step handles between yields (a few ms).
_STEP = 512

_Placed = dict[str, list[tuple[tuple[str, str], int, int]]]


def _zone_instances(state: SimState, out: _Placed) -> Iterator[None]:
    """Fills ``out``: ((resource id, instance name), placement hash, MB) of every instance the
    fleet runs, by zone; yields now and then."""
    for index, dep in enumerate(state.live()):
        for r in dep.resources:
            for name, zone, memory, _ in instance_slots(r, state.zones):
                out.setdefault(zone, []).append(((r.id, name), placement_hash(r, name), memory))
        if index % _STEP == 0:
            yield


def _place(
    state: SimState,
    ids: Sequence[str],
    instances: Sequence[tuple[tuple[str, str], int, int]],
    capacity_mb: int,
) -> Iterator[None]:
    """Instances their hash would put past an allocator's capacity go to the emptiest one instead.

    ECE never places past capacity; hashing alone does (a few allocators in a big zone would
    run at 110%).  Only the moved instances are recorded (``state.placements``).  Yields now
    and then.
    """
    loads = dict.fromkeys(ids, 0)
    moved = []
    for index, (key, placement, memory) in enumerate(instances):  # in fleet order: the first stay
        if index % _STEP == 0:
            yield
        allocator = ids[placement % len(ids)]
        if loads[allocator] + memory <= capacity_mb:
            loads[allocator] += memory
        else:
            moved.append((key, memory))
    emptiest = [(load, allocator) for allocator, load in loads.items()]
    heapq.heapify(emptiest)
    for key, memory in moved:
        load, allocator = heapq.heappop(emptiest)
        if load + memory > capacity_mb:
            raise ValueError(f"no allocator of {allocator.rsplit('-', 1)[0]} has {memory} MB free")
        state.placements[key] = allocator
        heapq.heappush(emptiest, (load + memory, allocator))


def generate_allocators(state: SimState, seed: int, capacity_mb: int = 262144) -> None:
    """Enough allocators per zone for the fleet at ~60% utilisation (at least one per zone).

    The last zone's hosts are smaller, so it runs hotter and has less room than the others; a few
    allocators are unhealthy, disconnected or in maintenance (with ten or more in a zone, always
    the last of zone 1 in maintenance and the last of zone 2 disconnected).  A zone gets more
    allocators while one of them would hold more than its capacity: ECE never places past it.
    Every allocator host is a runner; three coordinator hosts run the proxies.
    """
    for _ in allocator_steps(state, seed, capacity_mb):
        pass


def allocator_steps(state: SimState, seed: int, capacity_mb: int = 262144) -> Iterator[None]:
    """:func:`generate_allocators` in steps of a few ms: it walks every instance of the fleet,
    which would stall an event loop for a second at 100,000 deployments."""
    placed: _Placed = {}
    yield from _zone_instances(state, placed)
    total = sum(memory for instances in placed.values() for _, _, memory in instances)
    per_zone = max(1, math.ceil(total / len(catalog.ZONES) / (capacity_mb * 0.6)))
    rng = seeded(seed, "allocators")
    last_zone = len(catalog.ZONES) - 1
    for z, zone in enumerate(catalog.ZONES):
        capacity = capacity_mb * 3 // 4 if z == last_zone else capacity_mb
        instances = placed.get(zone, [])
        # Room for the zone's instances at 90% at most, so the ones moved off full hosts fit.
        count = max(per_zone, math.ceil(sum(memory for _, _, memory in instances) / (capacity * 0.9)))
        zone_ids = []
        for i in range(count):
            healthy, connected, maintenance = (rng.random() for _ in range(3))
            last = count >= 10 and i == count - 1
            allocator = Allocator(
                id=f"allocator-{z + 1}-{i:03d}",
                zone=zone,
                host_ip=f"10.{z + 1}.{i // 250}.{i % 250 + 4}",
                capacity_mb=capacity,
                healthy=healthy > 0.02,
                connected=connected > 0.005 and not (last and z == 1),
                maintenance=maintenance < 0.02 or (last and z == 0),
            )
            state.allocators.append(allocator)
            zone_ids.append(allocator.id)
            state.runners.append(
                Runner(
                    allocator.id,
                    zone,
                    allocator.host_ip,
                    ("allocator",),
                    connected=allocator.connected,
                    healthy=allocator.healthy,
                )
            )
        yield from _place(state, zone_ids, instances, capacity)
    for c, zone in enumerate(catalog.ZONES):
        state.runners.append(
            Runner(f"coordinator-{c + 1}", zone, f"10.0.0.{c + 2}", ("coordinator", "director", "proxy"))
        )
