"""Static platform facts: instance configurations, stack versions, zones, prices.

Kept in code (not read from sample files) so the simulator runs anywhere the
package is installed.  The shapes follow ECE's default instance configurations.
"""

from __future__ import annotations

from typing import Any

REGION = "ece-region"
ZONES = ("ece-zone-1", "ece-zone-2", "ece-zone-3")
DOMAIN = "sim.ece.local"
PLATFORM_VERSION = "3.7.2"

#: Stack versions handed out to generated deployments, with weights.
#: (version, weight) of the generated fleet: most on the newest, a few percent behind or at end of life.
STACK_VERSIONS = (("7.17.24", 1), ("8.11.4", 1), ("8.13.4", 1), ("8.14.3", 1), ("8.15.1", 56))
DEFAULT_VERSION = "8.15.1"
#: Versions the installation offers that no generated deployment runs yet: upgrade targets.
NEWER_VERSIONS = ("8.15.3", "8.16.1")
#: Every stack version the installation offers, oldest first.
OFFERED_VERSIONS = (*(v for v, _ in STACK_VERSIONS), *NEWER_VERSIONS)


def version_key(version: str) -> tuple[int, ...]:
    """``"8.15.1"`` as ``(8, 15, 1)`` for ordering; a pre-release suffix is ignored."""
    out = []
    for part in version.split("-", 1)[0].split("."):
        out.append(int(part) if part.isdigit() else 0)
    return tuple(out)


_MEMORY_SIZES = [1024, 2048, 4096, 8192, 16384, 32768, 65536]

#: id -> (instance_type, description, node_types, storage multiplier)
_INSTANCE_CONFIGURATIONS: dict[str, tuple[str, str, list[str], float]] = {
    "data.default": (
        "elasticsearch",
        "General purpose Elasticsearch data nodes",
        ["data", "ingest", "master"],
        32.0,
    ),
    "data.highstorage": (
        "elasticsearch",
        "Elasticsearch warm data nodes",
        ["data", "ingest", "master"],
        64.0,
    ),
    "data.frozen": ("elasticsearch", "Elasticsearch frozen data nodes", ["data"], 80.0),
    "master": ("elasticsearch", "Dedicated master nodes", ["master"], 4.0),
    "coordinating": ("elasticsearch", "Coordinating and ingest nodes", ["ingest"], 2.0),
    "ml": ("elasticsearch", "Machine learning nodes", ["ml"], 2.0),
    "kibana": ("kibana", "Kibana instances", [], 4.0),
    "apm": ("apm", "APM server instances", [], 4.0),
    "integrations.server": ("integrations_server", "Integrations Server instances", [], 4.0),
    "enterprise.search": (
        "enterprise_search",
        "Enterprise Search instances",
        ["appserver", "worker", "connector"],
        2.0,
    ),
}

#: ECU per GB of RAM per hour, by resource kind (a made-up but stable price list).
PRICE_PER_GB_HOUR = {
    "elasticsearch": 0.0825,
    "kibana": 0.042,
    "apm": 0.042,
    "integrations_server": 0.042,
    "enterprise_search": 0.063,
    "appsearch": 0.063,
}


def storage_multiplier(instance_configuration_id: str) -> float:
    entry = _INSTANCE_CONFIGURATIONS.get(instance_configuration_id)
    return entry[3] if entry else 32.0


def instance_configuration(instance_configuration_id: str) -> dict[str, Any]:
    """An ``InstanceConfigurationInfo`` for ``show_instance_configurations``."""
    kind, description, node_types, multiplier = _INSTANCE_CONFIGURATIONS.get(
        instance_configuration_id, ("elasticsearch", "Custom instance configuration", [], 32.0)
    )
    out: dict[str, Any] = {
        "id": instance_configuration_id,
        "name": instance_configuration_id,
        "description": description,
        "instance_type": kind,
        "discrete_sizes": {"sizes": list(_MEMORY_SIZES), "default_size": 1024, "resource": "memory"},
        "storage_multiplier": multiplier,
        "cpu_multiplier": 1.0,
        "max_zones": len(ZONES),
        "config_version": 1,
    }
    if node_types:
        out["node_types"] = list(node_types)
    return out
