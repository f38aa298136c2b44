"""Seeded fake data: a plausible fleet of deployments and the allocators they run on.

Deployment ``i`` is derived from ``(seed, i)`` alone, so a fleet of 50 is the
first 50 of a fleet of 5000 with the same seed, and a failing test can be
reproduced with a smaller fleet.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from typing import Any

from . import catalog
from .lifecycle import CREATE, SHUTDOWN, UPDATE, finish, new_attempt, next_boundary, stopped_plan
from .state import Allocator, PlanAttempt, Runner, SimDeployment, SimResource, SimState, Step
from .util import hex_id, seeded

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


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _es_topology(rng: random.Random, profile: str) -> list[dict[str, Any]]:
    zones = rng.choice((1, 2, 2, 3))
    hot = rng.choice((1024, 2048, 4096, 4096, 8192, 16384))
    topology = [es_topology_element("hot_content", "data.default", hot, zones, _ROLES_DATA)]
    if profile == "hot-warm":
        warm = rng.choice((2048, 4096, 8192))
        topology.append(
            es_topology_element(
                "warm", "data.highstorage", warm, zones, ["data_warm", "remote_cluster_client"]
            )
        )
        topology.append(es_topology_element("master", "master", 1024, 3, ["master"]))
    if rng.random() < 0.15:
        topology.append(
            es_topology_element("ml", "ml", rng.choice((1024, 2048)), 1, ["ml", "remote_cluster_client"])
        )
    return topology


def _resources(
    rng: random.Random, profile: str, version: str, region: str
) -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, ref_id, plan) triples for a new deployment."""
    template = {
        "default": "default",
        "observability": "observability",
        "enterprise-search": "enterprise-search",
        "es-only": "default",
        "hot-warm": "hot-warm",
    }[profile]
    out = [("elasticsearch", "main-elasticsearch", es_plan(version, template, _es_topology(rng, profile)))]
    if profile != "es-only":
        out.append(("kibana", "main-kibana", stateless_plan("kibana", version, rng.choice((1024, 2048)))))
    if profile == "observability":
        kind = "integrations_server" if not version.startswith("7.") else "apm"
        out.append((kind, f"main-{kind}", stateless_plan(kind, version, rng.choice((512, 1024, 2048)))))
    if profile == "enterprise-search":
        out.append(
            (
                "enterprise_search",
                "main-enterprise_search",
                stateless_plan("enterprise_search", version, 2048),
            )
        )
    return out


_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _password(rng: random.Random) -> str:
    # One draw, spelled in the alphabet (24 rng.choice calls cost more than the rest of a deployment).
    value = rng.getrandbits(140)
    out = []
    for _ in range(24):
        value, digit = divmod(value, len(_ALPHABET))
        out.append(_ALPHABET[digit])
    return "".join(out)


def build_resources(
    rng: random.Random, specs: list[tuple[str, str, dict[str, Any]]], region: str
) -> list[SimResource]:
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


def generate_deployment(
    state: SimState, seed: int, index: int, now: float, failure_rate: float
) -> SimDeployment:
    """Deployment ``index`` of the fleet, with a past plan history and a state as of ``now``.

    About 4% of deployments have a plan in flight, 3% a failed last plan and 3% are shut down;
    deployments 1, 2 and 3 are always one of each, so that even a tiny fleet shows every state.
    """
    rng = seeded(seed, "deployment", index)
    profile = _weighted(rng, _PROFILES)
    version = _weighted(rng, catalog.STACK_VERSIONS)
    name = f"{rng.choice(_TEAMS)}-{rng.choice(_PURPOSES)}-{rng.choice(_ENVS)}-{index:04d}"
    created = now - rng.uniform(2 * 86400, 900 * 86400)
    specs = _resources(rng, profile, version, state.region)
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
        tags=[("team", name.split("-")[0]), ("env", name.split("-")[2])],
        autoscaling_enabled=rng.random() < 0.2,
    )
    fate = rng.random()
    # Small fleets still show every state: #1 has a change in flight, #2 a failed change, #3 is shut
    # down, #4 has a change stuck for hours.
    fate = {1: 0.09, 2: 0.05, 3: 0.01, 4: 0.11}.get(index, fate)
    extras = seeded(seed, "deployment-extras", index)
    _audit_traits(extras, dep, specs, now, index)
    for resource, (_kind, _ref, plan) in zip(dep.resources, specs, strict=True):
        # A create, then a few updates, all finished well before "now".
        t = created
        attempts = 1 + rng.randrange(4)
        for n in range(attempts):
            action = CREATE if n == 0 else UPDATE
            attempt = new_attempt(
                resource,
                action,
                plan,
                t,
                seed=seed,
                failure_rate=failure_rate / 2 if n else 0.0,
                user_id=state.user_id,
            )
            finish(resource, attempt)
            t = attempt.end + rng.uniform(3600, max(7200.0, (now - 86400 - attempt.end) / (attempts - n)))
            if t > now - 3600:
                break
        dep.last_modified = max(dep.last_modified, resource.last_modified)
        if fate < 0.03:
            # Shut down: a final, successful shutdown plan.
            attempt = new_attempt(
                resource,
                SHUTDOWN,
                stopped_plan(plan),
                now - 3600 * 5,
                seed=seed,
                failure_rate=0,
                user_id=state.user_id,
            )
            finish(resource, attempt)
            dep.hidden = rng.random() < 0.5
        elif fate < 0.06 and resource.kind == "elasticsearch":
            # The last change failed: unhealthy until someone fixes it.
            attempt = new_attempt(
                resource, UPDATE, plan, now - 7200, seed=seed, failure_rate=1.0, user_id=state.user_id
            )
            finish(resource, attempt)
        elif fate < 0.12 and fate >= 0.10 and resource.kind == "elasticsearch":
            # A change stuck for hours: one step that takes days.
            resource.pending = _stuck_attempt(
                new_attempt(
                    resource,
                    UPDATE,
                    plan,
                    now - rng.uniform(2 * 3600, 6 * 3600),
                    seed=seed,
                    failure_rate=0.0,
                    user_id=state.user_id,
                )
            )
        elif fate < 0.10:
            # A change in flight: it finishes (or fails) as simulated time passes.
            attempt = new_attempt(
                resource,
                UPDATE,
                plan,
                now - rng.uniform(0, 20),
                seed=seed,
                failure_rate=failure_rate,
                user_id=state.user_id,
            )
            resource.pending = attempt
    dep.version = 1 + sum(len(r.history) for r in dep.resources)
    state.deployments[dep.id] = dep
    state.schedule(dep, next_boundary(dep, now))
    return dep


def _stuck_attempt(attempt: PlanAttempt) -> PlanAttempt:
    steps = list(attempt.steps)
    slow = max(1, len(steps) - 3)
    steps[slow] = Step(steps[slow].step_id, 3 * 86400.0)
    return replace(attempt, steps=tuple(steps))


def _previous_version(version: str) -> str | None:
    versions = [v for v, _ in catalog.STACK_VERSIONS]
    index = versions.index(version) if version in versions else 0
    return versions[index - 1] if index > 0 else None


def _audit_traits(
    rng: random.Random,
    dep: SimDeployment,
    specs: list[tuple[str, str, dict[str, Any]]],
    now: float,
    index: int,
) -> None:
    """What the audit's rules look for, each at a few percent (and in deployments 5-8 of any fleet)."""
    es = next((r for r in dep.resources if r.kind == "elasticsearch"), None)
    lagging, no_snapshot, stale, maintenance = (rng.random() for _ in range(4))
    forced = {5: "lagging", 6: "no_snapshot", 7: "stale", 8: "maintenance"}.get(index)
    if (lagging < 0.05 or forced == "lagging") and len(specs) > 1:
        # An upgrade that left the other components behind Elasticsearch.
        es_version = specs[0][2]["elasticsearch"]["version"]
        previous = _previous_version(es_version)
        if previous is not None:
            for _kind, _ref, plan in specs[1:]:
                for key, config in plan.items():
                    if key != "cluster_topology" and isinstance(config, dict) and "version" in config:
                        config["version"] = previous
    if es is None:
        return
    if no_snapshot < 0.03 or forced == "no_snapshot":
        es.last_snapshot = 0.0
    elif stale < 0.04 or forced == "stale":
        es.last_snapshot = now - rng.uniform(2 * 86400, 6 * 86400)
    es.maintenance = maintenance < 0.03 or forced == "maintenance"


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


def generate_allocators(state: SimState, seed: int, capacity_mb: int = 262144) -> None:
    """Enough allocators per zone for the fleet at ~60% utilisation (at least one per zone).

    The last zone's hosts are smaller, so it runs hotter and has less room than the others; a few
    allocators are unhealthy, disconnected or in maintenance (with ten or more per zone, always
    the last of zone 1 in maintenance and the last of zone 2 disconnected).  Every allocator host
    is a runner; three coordinator hosts run the proxies.
    """
    total = sum(memory_mb(r.plan) for d in state.live() for r in d.resources)
    per_zone = max(1, math.ceil(total / len(catalog.ZONES) / (capacity_mb * 0.6)))
    rng = seeded(seed, "allocators")
    last_zone = len(catalog.ZONES) - 1
    for z, zone in enumerate(catalog.ZONES):
        for i in range(per_zone):
            healthy, connected, maintenance = (rng.random() for _ in range(3))
            last = per_zone >= 10 and i == per_zone - 1
            allocator = Allocator(
                id=f"allocator-{z + 1}-{i:03d}",
                zone=zone,
                host_ip=f"10.{z + 1}.{i // 250}.{i % 250 + 4}",
                capacity_mb=capacity_mb * 3 // 4 if z == last_zone else capacity_mb,
                healthy=healthy > 0.02,
                connected=connected > 0.005 and not (last and z == 1),
                maintenance=maintenance < 0.02 or (last and z == 0),
            )
            state.allocators.append(allocator)
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
    for c, zone in enumerate(catalog.ZONES):
        state.runners.append(
            Runner(f"coordinator-{c + 1}", zone, f"10.0.0.{c + 2}", ("coordinator", "director", "proxy"))
        )
