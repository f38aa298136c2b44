"""Loading a fleet snapshot (``ece-async snapshot -o FILE``) into the simulator's state.

The snapshot holds documents as ECE served them (``DeploymentGetResponse``, ``AllocatorInfo``,
``StackVersionConfig``, ``DeploymentTemplateInfoV2``); the simulator keeps only what it needs to
serve and change them again (ids, names, versions, plans, zones, sizes), so a copy of a real
fleet behaves like a generated one: plans run, fail and can be upgraded.  Unknown keys are
ignored; a missing list means an empty one (so a snapshot without ``stack_versions`` offers no
version to upgrade to).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from .generate import _password
from .lifecycle import CREATE, UPDATE, finish, new_attempt, next_boundary
from .state import KINDS, Allocator, PlanAttempt, Runner, SimDeployment, SimResource, SimState
from .util import parse_iso, seeded

FORMAT = "ece-async-snapshot"
VERSION = 1

Snapshot = Mapping[str, Any]


def read(source: str | os.PathLike[str] | Snapshot) -> Snapshot:
    """The snapshot document of a path or an already parsed one; ``ValueError`` if it is not one."""
    if isinstance(source, Mapping):
        document: Any = source
    else:
        with open(source, "rb") as f:
            try:
                document = orjson.loads(f.read())
            except orjson.JSONDecodeError as exc:
                raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise ValueError(f'not an ece-async snapshot (no "format": "{FORMAT}")')
    if document.get("version") != VERSION:
        raise ValueError(f"snapshot version {document.get('version')!r} is not supported (only {VERSION})")
    return document


def load(state: SimState, snapshot: Snapshot, *, seed: int, now: float, failure_rate: float) -> int:
    """Fill ``state`` from ``snapshot``; returns how many deployments it holds."""
    allocators = [a for a in _objects(snapshot, "allocators") if isinstance(a.get("allocator_id"), str)]
    zones = [z for z in _list(snapshot, "zones") if isinstance(z, str)]
    zones = zones or list(dict.fromkeys(str(a.get("zone_id")) for a in allocators))
    if zones:
        state.zones = tuple(zones)
    state.stack_versions = {
        s["version"]: dict(s)
        for s in _objects(snapshot, "stack_versions")
        if isinstance(s.get("version"), str)
    }
    state.templates = {
        t["id"]: dict(t) for t in _objects(snapshot, "templates") if isinstance(t.get("id"), str)
    }
    for info in allocators:
        _allocator(state, info)
    for c, zone in enumerate(state.zones[:3]):
        state.runners.append(
            Runner(f"coordinator-{c + 1}", zone, f"10.0.0.{c + 2}", ("coordinator", "director", "proxy"))
        )
    count = 0
    for document in _objects(snapshot, "deployments"):
        dep = _deployment(state, document, seed, now, failure_rate)
        if dep is not None:
            if dep.id in state.deployments:
                raise ValueError(f"deployment {dep.id} appears twice")
            state.deployments[dep.id] = dep
            state.schedule(dep, next_boundary(dep, now))
            count += 1
    return count


def _list(snapshot: Snapshot, key: str) -> list[Any]:
    value = snapshot.get(key)
    return value if isinstance(value, list) else []


def _objects(snapshot: Snapshot, key: str) -> Iterator[Mapping[str, Any]]:
    return (x for x in _list(snapshot, key) if isinstance(x, Mapping))


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _get(document: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(document, Mapping):
            return None
        document = document.get(key)
    return document


def _time(value: Any, default: float) -> float:
    if not isinstance(value, str):
        return default
    try:
        stamp = parse_iso(value)
    except ValueError:
        return default
    return stamp if stamp > 0 else default  # ECE's "0001-01-01" means "not yet"


def _allocator(state: SimState, info: Mapping[str, Any]) -> None:
    total = _get(info, "capacity", "memory", "total")
    status = _mapping(info.get("status"))
    allocator = Allocator(
        id=str(info["allocator_id"]),
        zone=str(info.get("zone_id") or state.zones[0]),
        host_ip=str(info.get("host_ip") or "127.0.0.1"),
        capacity_mb=total if isinstance(total, int) else 0,
        connected=status.get("connected") is not False,
        healthy=status.get("healthy") is not False,
        maintenance=status.get("maintenance_mode") is True,
    )
    state.allocators.append(allocator)
    state.runners.append(
        Runner(
            allocator.id,
            allocator.zone,
            allocator.host_ip,
            ("allocator",),
            connected=allocator.connected,
            healthy=allocator.healthy,
        )
    )


def _deployment(
    state: SimState, document: Mapping[str, Any], seed: int, now: float, failure_rate: float
) -> SimDeployment | None:
    dep_id = document.get("id")
    if not isinstance(dep_id, str) or not dep_id:
        return None
    rng = seeded(seed, "snapshot", dep_id)
    metadata = _mapping(document.get("metadata"))
    modified = _time(metadata.get("last_modified"), now)
    try:
        resources = [
            r
            for kind, entry in _entries(document)
            for r in [_resource(state, kind, entry, rng, seed, now, failure_rate)]
            if r is not None
        ]
    except ValueError as exc:
        raise ValueError(f"deployment {dep_id}: {exc}") from None
    if not resources:
        return None
    name = _str(document.get("name"), dep_id[:6])
    alias = _str(document.get("alias"), name)
    tags = [
        (str(t.get("key")), str(t.get("value"))) for t in _seq(metadata.get("tags")) if isinstance(t, Mapping)
    ]
    starts = [r.first_started for r in resources if r.first_started is not None]
    dep = SimDeployment(
        id=dep_id,
        name=name,
        alias=alias,
        created=min([*starts, modified]),
        last_modified=modified,
        owner_id=str(metadata.get("owner_id") or state.user_id),
        organization_id=str(metadata.get("organization_id") or state.organization_id),
        resources=resources,
        subscription_level=str(metadata.get("subscription_level") or "standard"),
        system_owned=metadata.get("system_owned") is True,
        hidden=metadata.get("hidden") is True,
        tags=tags,
        autoscaling_enabled=_get(document, "settings", "autoscaling_enabled") is True,
    )
    dep.version = 1 + sum(r.finished for r in resources)
    return dep


def _entries(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(kind, entry) of each resource; ``ValueError`` for containers of the wrong type or a
    ``ref_id`` twice in a kind (ECE's own API refuses both)."""
    resources = document.get("resources")
    if resources is None:
        return
    if not isinstance(resources, Mapping):
        raise ValueError("resources must be an object")
    for kind in KINDS:
        entries = resources.get(kind)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise ValueError(f"resources.{kind} must be a list")
        seen: set[str] = set()
        for entry in entries:
            if not isinstance(entry, Mapping):
                continue
            ref_id = _str(entry.get("ref_id"), f"main-{kind}")
            if ref_id in seen:
                raise ValueError(f"resources.{kind} has ref_id {ref_id} twice")
            seen.add(ref_id)
            yield kind, entry


def _seq(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _check_plan(kind: str, plan: Mapping[str, Any]) -> None:
    """The parts of a plan every response and change reads must have ECE's shape."""
    config = plan.get(kind)
    if config is not None and not isinstance(config, Mapping):
        raise ValueError(f"resources.{kind}: plan.{kind} must be an object")
    topology = plan.get("cluster_topology")
    if topology is not None and not (
        isinstance(topology, list) and all(isinstance(e, Mapping) for e in topology)
    ):
        raise ValueError(f"resources.{kind}: plan.cluster_topology must be a list of objects")


def _resource(
    state: SimState,
    kind: str,
    entry: Mapping[str, Any],
    rng: Any,
    seed: int,
    now: float,
    failure_rate: float,
) -> SimResource | None:
    info = _mapping(entry.get("info"))
    plans = _mapping(info.get("plan_info"))
    current, pending = plans.get("current"), plans.get("pending")
    current = current if isinstance(current, Mapping) and isinstance(current.get("plan"), dict) else None
    pending = pending if isinstance(pending, Mapping) and isinstance(pending.get("plan"), dict) else None
    if current is None and pending is None:
        return None
    for attempt in (current, pending):
        if attempt is not None:
            _check_plan(kind, attempt["plan"])
    ref_id = _str(entry.get("ref_id"), f"main-{kind}")
    es_ref = _str(entry.get("elasticsearch_cluster_ref_id"), "main-elasticsearch")
    r = SimResource(
        kind=kind,
        ref_id=ref_id,
        id=str(entry.get("id") or f"{rng.getrandbits(128):032x}"),
        region=str(entry.get("region") or state.region),
        es_ref_id=None
        if kind == "elasticsearch"
        else (es_ref if isinstance(es_ref, str) else "main-elasticsearch"),
        password=_password(rng) if kind == "elasticsearch" else "",
        secret_token=_password(rng)[:18] if kind in ("apm", "integrations_server") else "",
    )
    if current is not None:
        started = _time(current.get("attempt_start_time"), now - 86400)
        finish(r, _adopted(state, r, current, CREATE, started, seed, 0.0))
        if plans.get("healthy") is False:
            # The last change failed after this plan was applied: ECE keeps the plan, flags the failure.
            failed_at = max(started, now - 7200)
            finish(r, _adopted(state, r, current, UPDATE, failed_at, seed, 1.0, keep_id=False))
        r.stopped = info.get("status") == "stopped"
        r.degraded = r.last_ok and info.get("healthy") is False
    if pending is not None:
        started = _time(pending.get("attempt_start_time"), now)
        action = UPDATE if current is not None else CREATE
        r.pending = _adopted(state, r, pending, action, started, seed, failure_rate)
    return r


def _adopted(
    state: SimState,
    r: SimResource,
    info: Mapping[str, Any],
    action: str,
    started: float,
    seed: int,
    failure_rate: float,
    keep_id: bool = True,
) -> PlanAttempt:
    """An attempt of ``info``'s plan (its id kept), with steps and durations drawn as for any attempt."""
    attempt = new_attempt(
        r, action, dict(info["plan"]), started, seed=seed, failure_rate=failure_rate, user_id=state.user_id
    )
    attempt_id = info.get("plan_attempt_id")
    if keep_id and isinstance(attempt_id, str) and attempt_id:
        attempt.attempt_id = attempt_id
    source = info.get("source")
    if isinstance(source, Mapping) and isinstance(source.get("user_id"), str):
        attempt.user_id = source["user_id"]
    return attempt
