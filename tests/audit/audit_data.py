"""Deployment bodies shaped like real ones, for the audit's tests (imported relatively)."""

from __future__ import annotations

from typing import Any

from ece_async import models
from ece_async.audit.summary import DeploymentSummary, summarise

#: The audit's "now" in these tests: 2024-09-02T18:40:00Z.
NOW = 1_725_302_400.0


def instance(name: str, healthy: bool = True, memory: int = 1024, version: str = "8.15.0") -> dict[str, Any]:
    return {
        "instance_name": name,
        "healthy": healthy,
        "container_started": True,
        "service_running": healthy,
        "maintenance_mode": False,
        "service_version": version,
        "memory": {"instance_capacity": memory},
    }


def deployment_data(**overrides: Any) -> dict[str, Any]:
    es_info: dict[str, Any] = {
        "healthy": True,
        "status": "started",
        "topology": {
            "healthy": True,
            "instances": [instance("i-0", memory=4096), instance("i-1", memory=4096)],
        },
        "plan_info": {
            "healthy": True,
            "current": {
                "healthy": True,
                "plan_attempt_log": [{"step_id": "plan-completed", "status": "success"}],
                "plan": {"elasticsearch": {"version": "8.15.0"}, "cluster_topology": []},
            },
            "history": [],
        },
    }
    data: dict[str, Any] = {
        "id": "d-1",
        "name": "prod",
        "healthy": True,
        "resources": {
            "elasticsearch": [{"ref_id": "main-elasticsearch", "info": es_info}],
            "kibana": [
                {
                    "ref_id": "main-kibana",
                    "info": {
                        "healthy": True,
                        "status": "started",
                        "topology": {"instances": [instance("k-0")]},
                        "plan_info": {
                            "current": {"healthy": True, "plan": {"kibana": {"version": "8.15.0"}}}
                        },
                    },
                }
            ],
        },
    }
    data.update(overrides)
    return data


def summary_of(data: dict[str, Any]) -> DeploymentSummary:
    return summarise(models.DeploymentGetResponse.from_dict(data))
