"""Allocators and the platform overview, derived from where deployments' instances run."""

from __future__ import annotations

from typing import Any

from . import catalog
from .render import allocator_for, instance_slots
from .search import Doc
from .state import Allocator, SimState
from .util import stable_int

_FEATURES = [
    "apm",
    "integrations_server",
    "enterprise_search",
    "elasticsearch_data_tiers",
    "ssd",
    "tls_internode",
]


def _placements(state: SimState) -> dict[str, list[dict[str, Any]]]:
    """``AllocatedInstanceStatus`` entries per allocator id."""
    out: dict[str, list[dict[str, Any]]] = {a.id: [] for a in state.allocators}
    for dep in state.live():
        for r in dep.resources:
            zones = {zone for _, zone, _, _ in instance_slots(r, state.zones)}
            for name, zone, memory, element in instance_slots(r, state.zones):
                allocator = allocator_for(state, r, name, zone)
                entry: dict[str, Any] = {
                    "cluster_type": r.kind,
                    "cluster_id": r.id,
                    "cluster_name": dep.name,
                    "instance_name": name,
                    "node_memory": memory,
                    "healthy": r.healthy,
                    "cluster_healthy": r.healthy,
                    "instance_configuration_id": element.get("instance_configuration_id") or r.kind,
                    "moving": False,
                    "plans_info": {
                        "pending": r.pending is not None,
                        "version": r.version,
                        "zone_count": len(zones),
                    },
                    "deployment_id": dep.id,
                }
                out.setdefault(allocator, []).append(entry)
    return out


def allocator_info(a: Allocator, instances: list[dict[str, Any]]) -> dict[str, Any]:
    used = sum(i["node_memory"] for i in instances)
    return {
        "status": {
            "connected": a.connected,
            "healthy": a.healthy,
            "maintenance_mode": a.maintenance,
            "health_checks": {
                "is_docker_healthy": a.healthy,
                "is_connected_to_zk": a.connected,
                "has_instances": bool(instances),
            },
        },
        "allocator_id": a.id,
        "zone_id": a.zone,
        "host_ip": a.host_ip,
        "public_hostname": f"{a.id}.{catalog.DOMAIN}",
        "capacity": {
            "memory": {"total": a.capacity_mb, "used": used},
            "storage": {"total": a.capacity_mb * 32},
            "available_cpus": a.capacity_mb // 8192,
        },
        "settings": {},
        "instances": instances,
        "metadata": [{"key": "rack", "value": f"rack-{stable_int(a.id) % 8}"}],
        "build_info": {
            "commit_hash": f"{stable_int(catalog.PLATFORM_VERSION):08x}",
            "version": catalog.PLATFORM_VERSION,
        },
        "features": list(_FEATURES),
        "external_links": [],
        "region": catalog.REGION,
    }


def allocators(state: SimState) -> list[tuple[dict[str, Any], Doc]]:
    """Every allocator's ``AllocatorInfo`` and search document, cached until anything changes."""
    cached = state.caches.get("allocators")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    placements = _placements(state)
    out = []
    for a in state.allocators:
        info = allocator_info(a, placements.get(a.id, []))
        doc: Doc = {
            "id": [a.id],
            "allocator_id": [a.id],
            "zone_id": [a.zone],
            "host_ip": [a.host_ip],
            "public_hostname": [info["public_hostname"]],
            "status.healthy": [a.healthy],
            "status.connected": [a.connected],
            "status.maintenance_mode": [a.maintenance],
            "capacity.memory.total": [a.capacity_mb],
            "capacity.memory.used": [info["capacity"]["memory"]["used"]],
            "instances.cluster_id": [i["cluster_id"] for i in info["instances"]],
            "instances.deployment_id": [i["deployment_id"] for i in info["instances"]],
            "metadata.key": [m["key"] for m in info["metadata"]],
            "metadata.value": [m["value"] for m in info["metadata"]],
        }
        out.append((info, doc))
    state.caches["allocators"] = out
    return out


_COORDINATOR_CONTAINERS = ("admin-console", "zookeeper", "director", "proxy", "constructor")


def runners(state: SimState) -> list[tuple[dict[str, Any], Doc]]:
    """Every runner's ``RunnerInfo`` and search document: allocator hosts carry their instances."""
    cached = state.caches.get("runners")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    placed = {info["allocator_id"]: info["instances"] for info, _ in allocators(state)}
    out = []
    for runner in state.runners:
        if runner.id in placed:
            containers = [
                {"container_name": i["instance_name"], "container_set_name": i["cluster_id"]}
                for i in placed[runner.id]
            ]
        else:
            containers = [
                {"container_name": f"frc-{name}", "container_set_name": name}
                for name in _COORDINATOR_CONTAINERS
            ]
        info: dict[str, Any] = {
            "runner_id": runner.id,
            "host_ip": runner.host_ip,
            "public_hostname": f"{runner.id}.{catalog.DOMAIN}",
            "zone": runner.zone,
            "containers": containers,
            "roles": [{"role_name": role} for role in runner.roles],
            "connected": runner.connected,
            "healthy": runner.healthy,
            "health_checks": {
                "is_docker_healthy": runner.healthy,
                "is_connected_to_zk": runner.connected,
                "has_containers": bool(containers),
            },
            "region": catalog.REGION,
        }
        doc: Doc = {
            "id": [runner.id],
            "runner_id": [runner.id],
            "zone": [runner.zone],
            "host_ip": [runner.host_ip],
            "connected": [runner.connected],
            "healthy": [runner.healthy],
            "roles.role_name": list(runner.roles),
        }
        out.append((info, doc))
    state.caches["runners"] = out
    return out


def proxies(state: SimState, seed: int) -> dict[str, Any]:
    """``ProxyOverview``: one proxy per coordinator host (secrets in settings derived from the seed)."""
    hosts = [r for r in state.runners if "proxy" in r.roles]
    secret = f"{stable_int(seed, 'proxy-secret'):08x}" * 4
    return {
        "proxies_count": len(hosts),
        "settings": {
            "expected_proxies_count": len(hosts),
            "signature_secret": secret,
            "signature_valid_for_millis": 60000,
            "http_settings": {
                "disconnected_cutoff": 60000,
                "minimum_proxy_services": 1,
                "sso_settings": {
                    "max_age": 86400,
                    "sso_secret": secret[::-1],
                    "cookie_name": "ece-sso",
                    "dont_log_requests": False,
                    "default_redirect_path": "/",
                    "maintenance_bypass_cookie_name": "ece-maintenance",
                },
                "dashboards_base_url": f"https://{catalog.DOMAIN}:9243",
                "cookie_secret": secret.upper(),
                "user_cookie_key": "ece-user",
            },
        },
        "proxies": [
            {
                "proxy_id": f"proxy-{r.id}",
                "runner_id": r.id,
                "zone": r.zone,
                "host_ip": r.host_ip,
                "public_hostname": f"{r.id}.{catalog.DOMAIN}",
                "metadata": {},
                "healthy": r.healthy and r.connected,
                "allocations": [],
            }
            for r in hosts
        ],
    }


def overview(infos: list[dict[str, Any]]) -> dict[str, Any]:
    """``AllocatorOverview``: allocators grouped by zone, zones in first-seen order."""
    zones: dict[str, list[dict[str, Any]]] = {}
    for info in infos:
        zones.setdefault(info["zone_id"], []).append(info)
    return {"zones": [{"zone_id": z, "allocators": items} for z, items in zones.items()]}


def platform_info(state: SimState) -> dict[str, Any]:
    """``PlatformInfo`` for the single simulated region."""
    infos = [info for info, _ in allocators(state)]
    summaries = []
    for zone in state.zones:
        zone_infos = [i for i in infos if i["zone_id"] == zone]
        summaries.append(
            {
                "zone_id": zone,
                "total_allocators": len(zone_infos),
                "healthy_allocators": sum(i["status"]["healthy"] for i in zone_infos),
                "connected_allocators": sum(i["status"]["connected"] for i in zone_infos),
                "disconnected_allocators": sum(not i["status"]["connected"] for i in zone_infos),
                "in_maintenance_allocators": sum(i["status"]["maintenance_mode"] for i in zone_infos),
                "connected_capacity": sum(i["capacity"]["memory"]["total"] for i in zone_infos),
                "max_available_capacity": max(
                    (i["capacity"]["memory"]["total"] - i["capacity"]["memory"]["used"] for i in zone_infos),
                    default=0,
                ),
                "instances": sum(len(i["instances"]) for i in zone_infos),
            }
        )
    hosts = state.runners
    images = [
        {
            "type": service,
            "image": [
                {
                    "id": f"sha256:{stable_int(service):08x}",
                    "tag": catalog.PLATFORM_VERSION,
                    "version": catalog.PLATFORM_VERSION,
                    "hash": f"{stable_int(service, 'hash'):08x}",
                }
            ],
        }
        for service in ("admin-console", "allocator", "constructor", "proxy", "zookeeper", "client-forwarder")
    ]
    region = {
        "region_id": catalog.REGION,
        "zookeeper_states": {"states": [{"id": str(i), "state": "connected"} for i in range(1, 4)]},
        "allocators": {"healthy": all(i["status"]["healthy"] for i in infos), "zone_summaries": summaries},
        "runners": {
            "healthy": all(r.healthy and r.connected for r in hosts),
            "total_runners": len(hosts),
            "healthy_runners": sum(r.healthy for r in hosts),
            "connected_runners": sum(r.connected for r in hosts),
            "connected_capacity": sum(i["capacity"]["memory"]["total"] for i in infos),
            "max_available_capacity": max((s["max_available_capacity"] for s in summaries), default=0),
            "containers_count": sum(len(i["instances"]) for i in infos) + len(hosts) * 4,
        },
        "proxies": {
            "healthy": all(r.healthy and r.connected for r in hosts if "proxy" in r.roles),
            "expected_proxies_count": sum("proxy" in r.roles for r in hosts),
            "proxies_count": sum("proxy" in r.roles for r in hosts),
            "proxies": [
                {"proxy_id": f"proxy-{r.id}", "healthy": r.healthy and r.connected}
                for r in hosts
                if "proxy" in r.roles
            ],
        },
        "container_sets_status": {
            "healthy": True,
            "healthy_container_sets_count": 12,
            "unhealthy_container_sets_count": 0,
            "unhealthy_container_sets": [],
        },
        "constructors": {
            "constructors": [
                {
                    "status": {"connected": True, "maintenance_mode": False},
                    "constructor_id": f"constructor-{i}",
                }
                for i in range(1, 4)
            ]
        },
        "coordinators": {
            "coordinators": [
                {
                    "name": f"coordinator-{i}",
                    "public_hostname": f"coordinator-{i}.{catalog.DOMAIN}",
                    "leader_port": 2888,
                    "election_port": 3888,
                    "client_port": 2191,
                    "attributes": {"zone": catalog.ZONES[i - 1]},
                }
                for i in range(1, 4)
            ]
        },
        "resources": {
            "healthy": True,
            "available_count": 1000,
            "used_count": sum(1 for _ in state.live()),
            "missing_count": 0,
            "minimum_available_count": 10,
            "account_count": 1,
        },
    }
    return {
        "version": catalog.PLATFORM_VERSION,
        "services": images,
        "phone_home_enabled": False,
        "eula_accepted": True,
        "regions": [region],
        "unreachable_regions": [],
    }
