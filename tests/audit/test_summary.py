"""Audit rows from real-shaped deployments, including ones that break the spec."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from ece_async import models
from ece_async.audit.render import render
from ece_async.audit.summary import DeploymentSummary, summarise


def _instance(name: str, healthy: bool = True, memory: int = 1024, version: str = "8.15.0") -> dict[str, Any]:
    return {
        "instance_name": name,
        "healthy": healthy,
        "container_started": True,
        "service_running": healthy,
        "maintenance_mode": False,
        "service_version": version,
        "memory": {"instance_capacity": memory},
    }


def _deployment(**overrides: Any) -> dict[str, Any]:
    es_info: dict[str, Any] = {
        "healthy": True,
        "status": "started",
        "topology": {
            "healthy": True,
            "instances": [_instance("i-0", memory=4096), _instance("i-1", memory=4096)],
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
                        "topology": {"instances": [_instance("k-0")]},
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


def _summary(data: dict[str, Any]) -> DeploymentSummary:
    return summarise(models.DeploymentGetResponse.from_dict(data))


def test_healthy_deployment_summary() -> None:
    summary = _summary(_deployment())
    assert (summary.id, summary.name, summary.healthy) == ("d-1", "prod", True)
    assert summary.versions == {"elasticsearch": "8.15.0", "kibana": "8.15.0"}
    assert (summary.instance_count, summary.memory_mb) == (3, 9216)
    assert summary.pending is None and summary.last_plan == "success"
    assert summary.problems == [] and not summary.unhealthy


def test_pending_plan_step_and_failed_plan_and_unhealthy_instances_are_reported() -> None:
    data = _deployment(healthy=False)
    es = data["resources"]["elasticsearch"][0]["info"]
    es["healthy"] = False
    es["topology"]["instances"][1]["healthy"] = False
    es["plan_info"]["pending"] = {
        "healthy": True,
        "plan_attempt_log": [
            {"step_id": "validate-plan", "status": "success"},
            {"step_id": "allocate-instances", "status": "pending"},
        ],
    }
    es["plan_info"]["current"]["plan_attempt_log"].append({"step_id": "migrate-data", "status": "error"})
    summary = _summary(data)
    assert summary.pending == "es:allocate-instances"
    assert summary.last_plan == "failed"
    assert summary.unhealthy
    assert summary.problems == [
        "elasticsearch:main-elasticsearch unhealthy",
        "elasticsearch:main-elasticsearch 1/2 instances unhealthy",
        "elasticsearch:main-elasticsearch last plan failed",
    ]


def test_spec_breaking_deployments_never_raise() -> None:
    broken = {"id": "d-2", "resources": {"elasticsearch": None, "kibana": [{"info": None}], "apm": "??"}}
    summary = _summary(broken)
    assert summary.id == "d-2" and summary.name is None and summary.healthy is None
    assert [(r.kind, r.instances, r.version) for r in summary.resources] == [("kibana", 0, None)]
    assert _summary({}).id == "?"


def test_version_falls_back_to_running_instances() -> None:
    data = _deployment()
    del data["resources"]["elasticsearch"][0]["info"]["plan_info"]
    assert _summary(data).versions["elasticsearch"] == "8.15.0"


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_format_lists_every_deployment_and_errors(fmt: str) -> None:
    summaries = [_summary(_deployment()), DeploymentSummary(id="d-9", error="HTTP 503 after 4 attempts")]
    summaries[0].cost = 12.345
    out = render(summaries, fmt)
    if fmt == "json":
        items = json.loads(out)
        assert [i["id"] for i in items] == ["d-1", "d-9"]
        assert items[0]["versions"] == {"elasticsearch": "8.15.0", "kibana": "8.15.0"}
        assert items[0]["cost"] == 12.345
        assert items[1]["health"] == "error" and items[1]["problems"] == ["HTTP 503 after 4 attempts"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [r["id"] for r in rows] == ["d-1", "d-9"]
        assert rows[0]["versions"] == "es:8.15.0 kb:8.15.0" and rows[0]["cost"] == "12.35"
    else:
        lines = out.splitlines()
        assert lines[0].startswith("ID") and "HEALTH" in lines[0]
        assert "healthy" in lines[1] and "error" in lines[2]


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="choose one of table, json, csv"):
        render([], "yaml")
