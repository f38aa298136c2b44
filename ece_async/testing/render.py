"""Deployments as the API shows them: spec-shaped dicts built from :mod:`.state`.

Only :func:`deployment` and friends know the response shapes; callers cache the
encoded result per deployment revision (see :mod:`.routes.deployments`), so the
cost of building these dicts is paid once per change, not once per request.
"""

from __future__ import annotations

import base64
from typing import Any

import attrs

from .._tolerant import RESOURCE_KINDS
from . import catalog
from .lifecycle import CREATE
from .state import PlanAttempt, SimDeployment, SimResource, SimState
from .util import ZERO_TIME, iso, stable_int


@attrs.frozen
class Flags:
    """The ``get-deployment`` query flags that change the response."""

    show_plans: bool = True
    show_plan_logs: bool = False
    show_plan_history: bool = False
    show_metadata: bool = False
    show_settings: bool = False
    show_security: bool = False
    show_system_alerts: int = 0
    show_instance_configurations: bool = True
    clear_transient: bool = False


#: What a search hit shows: current/pending plans but no logs, history or extras.
SEARCH_FLAGS = Flags(show_instance_configurations=False)

_INFO_KEYS = {
    # kind -> (id key, name key); Elasticsearch and Kibana use the older "cluster_*" names.
    "elasticsearch": ("cluster_id", "cluster_name"),
    "kibana": ("cluster_id", "cluster_name"),
    "apm": ("id", "name"),
    "integrations_server": ("id", "name"),
    "enterprise_search": ("id", "name"),
}


# --- plans ---------------------------------------------------------------------------------------


def _log_entry(stamp: float, stage: str, message: str, failure_type: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"timestamp": iso(stamp), "stage": stage, "message": message, "details": {}}
    if failure_type:
        out["failure_type"] = failure_type
    return out


def attempt_log(attempt: PlanAttempt, now: float) -> list[dict[str, Any]]:
    """``plan_attempt_log`` as of ``now``: finished steps, the running one, and any failure."""
    log: list[dict[str, Any]] = []
    end = attempt.end
    for step_id, offset, duration in zip(attempt.step_ids, attempt.offsets, attempt.durations, strict=True):
        start = attempt.started + offset
        if start > now or (attempt.failed and start > end):
            break
        stop = start + duration
        # Only once the failure has happened: a pending attempt must not leak its fate early.
        failed_here = attempt.failed and end <= now and stop >= end
        if failed_here:
            stop = end
        entry: dict[str, Any] = {"step_id": step_id, "started": iso(start)}
        if failed_here:
            entry.update(
                completed=iso(stop),
                duration_in_millis=int((stop - start) * 1000),
                status="error",
                stage="completed",
                info_log=[
                    _log_entry(start, "starting", f"Starting step: [{step_id}]"),
                    _log_entry(stop, "completed", attempt.failure_message, attempt.failure_type),
                ],
            )
            log.append(entry)
            if step_id == "plan-completed":
                break
            log.append(
                {
                    "step_id": "plan-completed",
                    "started": iso(stop),
                    "completed": iso(stop),
                    "duration_in_millis": 0,
                    "status": "error",
                    "stage": "completed",
                    "info_log": [_log_entry(stop, "completed", "Plan failed: " + attempt.failure_message)],
                }
            )
            break
        if stop <= now:
            entry.update(
                completed=iso(stop),
                duration_in_millis=int(duration * 1000),
                status="success",
                stage="completed",
                info_log=[
                    _log_entry(start, "starting", f"Starting step: [{step_id}]"),
                    _log_entry(stop, "completed", f"Finished step: [{step_id}]"),
                ],
            )
        else:
            entry.update(
                status="pending",
                stage="in_progress",
                info_log=[_log_entry(start, "starting", f"Starting step: [{step_id}]")],
            )
        log.append(entry)
    return log


def plan_info(attempt: PlanAttempt, now: float, logs: bool, current: bool) -> dict[str, Any]:
    finished = attempt.end <= now
    out: dict[str, Any] = {
        "plan_attempt_id": attempt.attempt_id,
        "plan_attempt_name": f"attempt-{attempt.number:010d}",
        "healthy": not (finished and attempt.failed),
        "attempt_start_time": iso(attempt.started),
        "plan": attempt.plan,
        "plan_attempt_log": attempt_log(attempt, now) if logs else [],
        "source": {
            "facilitator": attempt.facilitator,
            "action": attempt.action,
            "date": iso(attempt.started),
            "user_id": attempt.user_id,
            "remote_addresses": ["127.0.0.1"],
        },
        "warnings": [],
    }
    if finished:
        out["attempt_end_time"] = iso(attempt.end)
        if attempt.superseded is not None:
            out["plan_end_time"] = iso(attempt.superseded)
        elif current:
            out["plan_end_time"] = ZERO_TIME
        else:
            out["plan_end_time"] = iso(attempt.end)
        if attempt.failed:
            out["error"] = {
                "timestamp": iso(attempt.end),
                "message": attempt.failure_message,
                "details": {},
                "failure_type": attempt.failure_type,
            }
    return out


def plans(r: SimResource, flags: Flags, now: float) -> dict[str, Any]:
    out: dict[str, Any] = {"healthy": r.last_ok, "history": []}
    if flags.show_plans:
        if r.current is not None:
            out["current"] = plan_info(r.current, now, flags.show_plan_logs, current=True)
        if r.pending is not None:
            out["pending"] = plan_info(r.pending, now, flags.show_plan_logs, current=False)
    if flags.show_plan_history:
        history = r.history
        if len(history) > 100:
            history = history[:10] + history[-90:]
        out["history"] = [plan_info(a, now, flags.show_plan_logs, current=a is r.current) for a in history]
    return out


# --- instances -----------------------------------------------------------------------------------


def _size(element: dict[str, Any]) -> int:
    size = element.get("size")
    value = size.get("value") if isinstance(size, dict) else element.get("memory_per_node")
    return value if isinstance(value, int) else 0


def instance_slots(
    r: SimResource, zones: tuple[str, ...] = catalog.ZONES
) -> list[tuple[str, str, int, dict[str, Any]]]:
    """(instance name, zone, memory MB, topology element) for each instance the plan runs."""
    if r.stopped and r.pending is None:
        return []
    plan = r.plan
    slots = []
    n = 0
    if not zones:
        return []
    offset = stable_int(r.id) % len(zones)
    for element in plan.get("cluster_topology") or []:
        if not isinstance(element, dict):
            continue
        memory = _size(element)
        count = element.get("zone_count", 1)
        if memory <= 0 or not isinstance(count, int):
            continue
        for z in range(min(max(count, 0), len(zones))):
            zone = zones[(z + offset) % len(zones)]
            slots.append((f"instance-{n:010d}", zone, memory, element))
            n += 1
    return slots


def placement_hash(r: SimResource, instance: str) -> int:
    """Where an instance goes in its zone's pool, unless the generator moved it (``state.placements``)."""
    return stable_int(r.id, instance)


def allocator_for(state: SimState, r: SimResource, instance: str, zone: str) -> str:
    moved = state.placements.get((r.id, instance))
    if moved is not None:
        return moved
    pool = state.zone_allocators(zone)
    if not pool:
        return "allocator-unknown"
    return pool[placement_hash(r, instance) % len(pool)]


def _service_roles(roles: list[str]) -> list[str]:
    out = []
    if any(r.startswith("data") for r in roles):
        out.append("data")
    for role in ("master", "ingest", "ml"):
        if role in roles:
            out.append(role)
    return out


def instances(state: SimState, r: SimResource) -> list[dict[str, Any]]:
    creating = r.pending is not None and r.pending.action == CREATE
    running = not creating
    out = []
    for n, (name, zone, memory, element) in enumerate(instance_slots(r, state.zones)):
        config_id = element.get("instance_configuration_id") or r.kind
        h = stable_int(r.id, name)
        allocator_id = allocator_for(state, r, name, zone)
        allocator = state.allocator(allocator_id)
        reachable = allocator is None or allocator.connected
        inst: dict[str, Any] = {
            "instance_name": name,
            "instance_configuration": {"id": config_id, "name": config_id, "resource": "memory"},
            "service_version": r.version,
            # A degraded resource (a plan that left it unhealthy) has its first instance down.
            "healthy": running and reachable and not (r.degraded and n == 0) and (r.last_ok or h % 3 != 0),
            "container_started": running,
            "service_running": running and reachable,
            "maintenance_mode": r.maintenance and n == 0,
            "zone": zone,
            "allocator_id": allocator_id,
            "memory": {"instance_capacity": memory, "native_memory_pressure": 20 + h % 60},
        }
        if r.kind == "elasticsearch":
            multiplier = catalog.storage_multiplier(str(config_id))
            inst["memory"]["memory_pressure"] = 10 + (h >> 8) % 68
            inst["disk"] = {
                "disk_space_available": int(memory * multiplier),
                "disk_space_used": int(memory * multiplier * ((h >> 16) % 88) / 100),
                "storage_multiplier": multiplier,
            }
            roles = element.get("node_roles")
            if isinstance(roles, list):
                inst["node_roles"] = list(roles)
                inst["service_roles"] = _service_roles([str(x) for x in roles])
        out.append(inst)
    return out


# --- resources -----------------------------------------------------------------------------------


def cloud_id(dep: SimDeployment, r: SimResource) -> str:
    kibana = next((k.id for k in dep.of_kind("kibana")), "")
    raw = f"{catalog.DOMAIN}:9243${r.id}${kibana}".encode()
    return f"{dep.name}:{base64.b64encode(raw).decode()}"


def _metadata(dep: SimDeployment, r: SimResource, flags: Flags) -> dict[str, Any]:
    host = f"{r.id}.{catalog.DOMAIN}"
    out: dict[str, Any] = {
        "version": r.metadata_version,
        "last_modified": iso(r.last_modified or dep.created),
        "endpoint": host,
        "service_url": f"https://{host}:9243",
        "aliased_endpoint": f"{dep.alias}.{r.kind}.{catalog.DOMAIN}",
        "aliased_url": f"https://{dep.alias}.{r.kind}.{catalog.DOMAIN}:9243",
        "ports": {"http": 9200, "https": 9243, "transport_passthrough": 9400},
    }
    if r.kind == "elasticsearch":
        out["cloud_id"] = cloud_id(dep, r)
    if flags.show_metadata:
        out["raw"] = {"cluster_id": r.id, "kind": r.kind, "deployment_id": dep.id, "ece_region": r.region}
    return out


def _cluster_settings(dep: SimDeployment, r: SimResource) -> dict[str, Any]:
    metadata = {
        "name": dep.name,
        "owner_id": dep.owner_id,
        "organization_id": dep.organization_id,
        "subscription_level": dep.subscription_level,
        "system_owned": dep.system_owned,
        "hidden": dep.hidden,
        "resources": {"cpu": {"boost": True, "hard_limit": True}},
    }
    if r.kind != "elasticsearch":
        return {"metadata": metadata}
    return {
        "metadata": metadata,
        "curation": {"specs": []},
        "dedicated_masters_threshold": 6,
        "snapshot": {"enabled": True, "slm": True, "suspended": [], "retention": {}},
    }


def _elasticsearch_health(insts: list[dict[str, Any]]) -> dict[str, Any]:
    names = [i["instance_name"] for i in insts]
    masters = [i for i in insts if "master" in i.get("service_roles", ["master"])]
    master = masters[0]["instance_name"] if masters else None
    healthy = bool(insts) and all(i["healthy"] for i in insts)
    return {
        "healthy": healthy or not insts,
        "shard_info": {
            "healthy": True,
            "available_shards": [
                {"instance_name": n, "shard_count": 10 + stable_int(n, len(names)) % 90} for n in names
            ],
            "unavailable_shards": [{"instance_name": n, "shard_count": 0} for n in names],
            "unavailable_replicas": [{"instance_name": n, "replica_count": 0} for n in names],
        },
        "master_info": {
            "healthy": master is not None or not insts,
            "masters": (
                [
                    {
                        "master_node_id": f"{stable_int(master, 'node'):08x}NodeId{len(names):04d}",
                        "master_instance_name": master,
                        "instances": names,
                    }
                ]
                if master
                else []
            ),
            "instances_with_no_master": [],
        },
        "blocking_issues": {"healthy": True, "cluster_level": [], "index_level": []},
    }


def _snapshots(r: SimResource, now: float) -> dict[str, Any]:
    if r.last_snapshot == 0.0 and not r.stopped:
        # No snapshot repository: nothing was ever taken.
        return {"healthy": False, "count": 0, "recent_success": False}
    if r.last_snapshot is not None and not r.stopped:
        stale = iso(r.last_snapshot)
        return {
            "healthy": False,
            "count": 1 + stable_int(r.id) % 50,
            "recent_success": False,
            "latest_successful": False,
            "latest_status": "FAILED",
            "latest_end_time": iso((now // 3600) * 3600),
            "latest_successful_end_time": stale,
            "scheduled_time": iso((now // 3600) * 3600 + 3600),
        }
    # Hourly snapshots: values move with the clock only once per hour, so caching stays honest.
    last = (now // 3600) * 3600
    first = last if r.first_started is None else r.first_started
    count = 0 if r.stopped else max(1, int((last - first) // 3600) % 100 + 1)
    out: dict[str, Any] = {"healthy": True, "count": count, "recent_success": count > 0}
    if count:
        out.update(
            latest_successful=True,
            latest_status="SUCCESS",
            latest_end_time=iso(last),
            latest_successful_end_time=iso(last),
            scheduled_time=iso(last + 3600),
        )
    return out


def resource_info(
    state: SimState, dep: SimDeployment, r: SimResource, flags: Flags, now: float
) -> dict[str, Any]:
    id_key, name_key = _INFO_KEYS[r.kind]
    insts = instances(state, r)
    topology_healthy = all(i["healthy"] for i in insts)
    info: dict[str, Any] = {
        id_key: r.id,
        name_key: dep.name,
        "deployment_id": dep.id,
        "healthy": r.healthy and topology_healthy,
        "status": r.status,
        "plan_info": plans(r, flags, now),
        "metadata": _metadata(dep, r, flags),
        "topology": {"healthy": topology_healthy, "instances": insts},
        "external_links": [],
        "region": r.region,
    }
    if r.kind == "elasticsearch":
        linked = [x for x in dep.resources if x.es_ref_id == r.ref_id]
        info.update(
            elasticsearch=_elasticsearch_health(insts),
            associated_kibana_clusters=[
                {"kibana_id": x.id, "enabled": True} for x in linked if x.kind == "kibana"
            ],
            associated_apm_clusters=[{"apm_id": x.id, "enabled": True} for x in linked if x.kind == "apm"],
            associated_appsearch_clusters=[],
            associated_enterprise_search_clusters=[
                {"enterprise_search_id": x.id, "enabled": True}
                for x in linked
                if x.kind == "enterprise_search"
            ],
            snapshots=_snapshots(r, now),
            locked=False,
        )
        if flags.show_system_alerts > 0:
            info["system_alerts"] = []
        if flags.show_security:
            info["security"] = {
                "version": 1,
                "last_modified": iso(dep.created),
                "users": [],
                "roles": {},
                "users_roles": [],
            }
    else:
        es = next((x for x in dep.resources if x.kind == "elasticsearch" and x.ref_id == r.es_ref_id), None)
        info["elasticsearch_cluster"] = {"elasticsearch_id": es.id if es else ""}
        if r.kind in ("apm", "integrations_server"):
            info["apm_server_mode"] = "managed" if r.kind == "integrations_server" else "standalone"
    if flags.show_settings:
        info["settings"] = _cluster_settings(dep, r)
    out: dict[str, Any] = {"ref_id": r.ref_id, "id": r.id, "region": r.region, "info": info}
    if r.es_ref_id is not None:
        out = {"elasticsearch_cluster_ref_id": r.es_ref_id, **out}
    return out


def deployment_metadata(dep: SimDeployment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "owner_id": dep.owner_id,
        "organization_id": dep.organization_id,
        "system_owned": dep.system_owned,
        "hidden": dep.hidden,
        "subscription_level": dep.subscription_level,
        "last_modified": iso(dep.last_modified),
        "last_resource_plan_modified": iso(dep.last_plan_modified),
    }
    if dep.tags:
        out["tags"] = [{"key": k, "value": v} for k, v in dep.tags]
    return out


def deployment(state: SimState, dep: SimDeployment, flags: Flags, now: float) -> dict[str, Any]:
    """``DeploymentGetResponse`` (also ``DeploymentSearchResponse``, a subset of it)."""
    resources: dict[str, list[dict[str, Any]]] = {kind: [] for kind in RESOURCE_KINDS}
    for r in dep.resources:
        resources[r.kind].append(resource_info(state, dep, r, flags, now))
    healthy = all(x["info"]["healthy"] for kind in RESOURCE_KINDS for x in resources[kind])
    out: dict[str, Any] = {
        "id": dep.id,
        "name": dep.name,
        "alias": dep.alias,
        "healthy": healthy,
        "resources": resources,
        "metadata": deployment_metadata(dep),
    }
    if flags.show_settings:
        out["settings"] = {
            "autoscaling_enabled": dep.autoscaling_enabled,
            "auto_ops": {"status": "not_connected"},
        }
    if flags.show_instance_configurations:
        out["instance_configurations"] = instance_configurations(dep)
    return out


def instance_configurations(dep: SimDeployment) -> list[dict[str, Any]]:
    """``InstanceConfigurationInfo`` of every configuration the deployment's plans use."""
    ids: list[str] = []
    for r in dep.resources:
        for element in r.plan.get("cluster_topology") or []:
            config_id = element.get("instance_configuration_id") if isinstance(element, dict) else None
            if isinstance(config_id, str) and config_id not in ids:
                ids.append(config_id)
    return [catalog.instance_configuration(i) for i in ids]


def deployment_resource(dep: SimDeployment, r: SimResource, credentials: bool = False) -> dict[str, Any]:
    """``DeploymentResource``: the short per-resource entry of list/create/update responses."""
    out: dict[str, Any] = {"ref_id": r.ref_id, "id": r.id, "kind": r.kind, "region": r.region}
    if r.es_ref_id is not None:
        out["elasticsearch_cluster_ref_id"] = r.es_ref_id
    if r.kind == "elasticsearch":
        out["cloud_id"] = cloud_id(dep, r)
        if credentials:
            out["credentials"] = {"username": "elastic", "password": r.password}
    elif credentials and r.secret_token:
        out["secret_token"] = r.secret_token
    return out
