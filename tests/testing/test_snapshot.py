"""Serving a fleet snapshot: a hand-made copy of a small installation, changed like a real one."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest

from ece_async.cli import main
from ece_async.testing import ECESimulator
from ece_async.testing.backend import INVALID_PLAN
from ece_async.testing.replies import ApiError

from .sim_helpers import START, assert_conforms, assert_error, call


def _plan(kind: str, version: str, memory: int, zones: int) -> dict[str, Any]:
    element: dict[str, Any] = {
        "instance_configuration_id": "acme.data" if kind == "elasticsearch" else f"acme.{kind}",
        "size": {"value": memory, "resource": "memory"},
        "zone_count": zones,
    }
    return {"cluster_topology": [element], kind: {"version": version}}


def _resource(kind: str, rid: str, plan: dict[str, Any], **info: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ref_id": f"main-{kind}",
        "id": rid,
        "region": "acme-region",
        "info": {
            "status": info.pop("status", "started"),
            "healthy": info.pop("healthy", True),
            "plan_info": {
                "healthy": info.pop("plan_healthy", True),
                "current": {
                    "plan_attempt_id": f"attempt-of-{rid}",
                    "attempt_start_time": "2024-08-01T10:00:00.000Z",
                    "plan": plan,
                },
            },
            "some_future_field": {"ignored": True},
        },
    }
    if kind != "elasticsearch":
        out["elasticsearch_cluster_ref_id"] = "main-elasticsearch"
    return out


SNAPSHOT: dict[str, Any] = {
    "format": "ece-async-snapshot",
    "version": 1,
    "captured_at": "2024-09-01T00:00:00Z",
    "source": {"url": "https://ece.acme.example:12443", "ece_version": "3.7.2"},
    "deployments": [
        {
            "id": "a" * 32,
            "name": "orders-prod",
            "metadata": {"tags": [{"key": "team", "value": "orders"}], "subscription_level": "gold"},
            "resources": {
                "elasticsearch": [
                    _resource("elasticsearch", "e" * 32, _plan("elasticsearch", "8.14.3", 4096, 2))
                ],
                "kibana": [_resource("kibana", "k" * 32, _plan("kibana", "8.14.3", 1024, 1))],
                "apm": None,
            },
        },
        {
            "id": "b" * 32,
            "name": "logs-dev",
            "resources": {
                "elasticsearch": [
                    _resource(
                        "elasticsearch",
                        "f" * 32,
                        _plan("elasticsearch", "8.15.1", 2048, 1),
                        plan_healthy=False,
                    )
                ]
            },
        },
        {"name": "no id: skipped"},
    ],
    "stack_versions": [
        {"version": "8.14.3", "upgradable_to": ["8.15.1"], "elasticsearch": {}, "kibana": {}, "template": {}},
        {"version": "8.15.1", "upgradable_to": [], "elasticsearch": {}, "kibana": {}, "template": {}},
    ],
    "allocators": [
        {
            "allocator_id": f"acme-alloc-{z}",
            "zone_id": f"acme-zone-{z}",
            "host_ip": f"10.9.0.{z}",
            "capacity": {"memory": {"total": 65536, "used": 0}},
            "status": {"connected": True, "healthy": True, "maintenance_mode": False},
        }
        for z in (1, 2)
    ],
    "zones": ["acme-zone-1", "acme-zone-2"],
    "an_unknown_key": [1, 2, 3],
}


@pytest.fixture
async def copy_of_fleet() -> Any:
    sim = ECESimulator.from_snapshot(
        copy.deepcopy(SNAPSHOT), seed=2, speed=0, start_time=START, plan_failure_rate=0
    )
    async with sim, aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
        yield sim, session


async def test_the_snapshot_fleet_is_served(copy_of_fleet: Any) -> None:
    sim, session = copy_of_fleet
    assert sim.snapshot_deployments == 2
    assert sorted(sim.deployment_ids()) == ["a" * 32, "b" * 32]
    status, page, _ = await call(session, "POST", "/deployments/_search", json={"sort": ["id"]})
    assert status == 200 and page["match_count"] == 2
    assert_conforms("DeploymentsSearchResponse", page)
    orders, logs = page["deployments"]
    es = orders["resources"]["elasticsearch"][0]["info"]
    assert orders["name"] == "orders-prod" and es["cluster_id"] == "e" * 32
    assert es["plan_info"]["current"]["plan_attempt_id"] == "attempt-of-" + "e" * 32
    assert es["plan_info"]["current"]["plan"]["elasticsearch"]["version"] == "8.14.3"
    instances = es["topology"]["instances"]
    assert sorted(i["zone"] for i in instances) == ["acme-zone-1", "acme-zone-2"]
    assert {i["allocator_id"] for i in instances} == {"acme-alloc-1", "acme-alloc-2"}
    assert orders["resources"]["kibana"][0]["info"]["status"] == "started"
    # The last plan of logs-dev failed in the copied fleet: it still has.
    assert logs["healthy"] is False
    assert logs["resources"]["elasticsearch"][0]["info"]["plan_info"]["healthy"] is False
    _, got, _ = await call(session, "GET", f"/deployments/{'a' * 32}?show_metadata=true")
    assert got["metadata"]["tags"] == [{"key": "team", "value": "orders"}]
    assert got["metadata"]["subscription_level"] == "gold"


async def test_the_copy_offers_the_snapshot_versions_and_upgrades_like_ece(copy_of_fleet: Any) -> None:
    sim, session = copy_of_fleet
    status, body, _ = await call(session, "GET", "/stack/versions")
    assert status == 200 and [s["version"] for s in body["stacks"]] == ["8.14.3", "8.15.1"]
    dep = "a" * 32
    _, got, headers = await call(session, "GET", f"/deployments/{dep}")
    update: dict[str, Any] = {"prune_orphans": False, "resources": {}}
    for kind in ("elasticsearch", "kibana"):
        entry = got["resources"][kind][0]
        plan = copy.deepcopy(entry["info"]["plan_info"]["current"]["plan"])
        update["resources"][kind] = [{"ref_id": entry["ref_id"], "region": entry["region"], "plan": plan}]
        if kind == "kibana":
            update["resources"][kind][0]["elasticsearch_cluster_ref_id"] = "main-elasticsearch"
    too_new = copy.deepcopy(update)
    too_new["resources"]["elasticsearch"][0]["plan"]["elasticsearch"]["version"] = "8.16.1"
    status, body, headers_ = await call(session, "PUT", f"/deployments/{dep}", json=too_new)
    assert_error(status, body, headers_, "stackpack.version_not_found", 400)
    for kind in ("elasticsearch", "kibana"):
        update["resources"][kind][0]["plan"][kind]["version"] = "8.15.1"
    version = headers["x-cloud-resource-version"]
    status, body, _ = await call(session, "PUT", f"/deployments/{dep}?version={version}", json=update)
    assert status == 200, body
    sim.settle()
    assert [r.version for r in sim.deployment(dep).resources] == ["8.15.1", "8.15.1"]


def test_a_snapshot_file_loads_and_missing_lists_are_empty(tmp_path: Path) -> None:
    path = tmp_path / "fleet.json"
    bare = {"format": "ece-async-snapshot", "version": 1, "deployments": SNAPSHOT["deployments"][:1]}
    path.write_bytes(orjson.dumps(bare))
    sim = ECESimulator.from_snapshot(path, speed=0, start_time=START)
    assert sim.deployment_ids() == ["a" * 32]
    assert sim.state.stack_versions == {} and sim.state.allocators == []


def test_what_is_not_a_snapshot_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="not an ece-async snapshot"):
        ECESimulator.from_snapshot({"deployments": []})
    with pytest.raises(ValueError, match="version 2 is not supported"):
        ECESimulator.from_snapshot({"format": "ece-async-snapshot", "version": 2})
    with pytest.raises(TypeError, match="deployments"):
        ECESimulator.from_snapshot(SNAPSHOT, deployments=3)
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    assert main(["simulate", "--port", "0", "--from-snapshot", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"ece-async simulate: --from-snapshot {bad}: not JSON")
    assert main(["simulate", "--port", "0", "--from-snapshot", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def _es_entry(snapshot: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = snapshot["deployments"][0]["resources"]["elasticsearch"][0]
    return entry


def _es_plan(snapshot: dict[str, Any]) -> dict[str, Any]:
    plan: dict[str, Any] = _es_entry(snapshot)["info"]["plan_info"]["current"]["plan"]
    return plan


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda s: s["deployments"][0]["resources"].update(elasticsearch=5), "resources.elasticsearch"),
        (lambda s: s["deployments"][0].update(resources=[1]), "resources"),
        (lambda s: _es_plan(s).update(cluster_topology=5), "cluster_topology"),
        (lambda s: _es_plan(s).update(cluster_topology=["x"]), "cluster_topology"),
        (lambda s: _es_plan(s).update(elasticsearch=7), "plan.elasticsearch"),
        (lambda s: s["deployments"].append(copy.deepcopy(s["deployments"][0])), "twice"),
        (
            lambda s: s["deployments"][0]["resources"]["elasticsearch"].append(copy.deepcopy(_es_entry(s))),
            "main-elasticsearch",
        ),
    ],
    ids=[
        "kind-not-a-list",
        "resources-not-an-object",
        "topology-int",
        "topology-of-strings",
        "config-not-an-object",
        "duplicate-deployment",
        "duplicate-ref-id",
    ],
)
def test_a_malformed_snapshot_is_refused_naming_the_deployment(spoil: Any, message: str) -> None:
    """What the simulator would serve and change must have ECE's shape: refused with a ValueError
    (one line at the command line), not a TypeError from deep inside a later response."""
    spoiled = copy.deepcopy(SNAPSHOT)
    spoil(spoiled)
    with pytest.raises(ValueError, match=message) as raised:
        ECESimulator.from_snapshot(spoiled, speed=0, start_time=START)
    assert "a" * 32 in str(raised.value) and "\n" not in str(raised.value)


def test_tags_of_the_wrong_type_are_ignored_like_unknown_keys() -> None:
    spoiled = copy.deepcopy(SNAPSHOT)
    spoiled["deployments"][0]["metadata"]["tags"] = 5
    sim = ECESimulator.from_snapshot(spoiled, speed=0, start_time=START)
    assert sim.deployment("a" * 32).tags == []


def test_a_malformed_snapshot_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spoiled = copy.deepcopy(SNAPSHOT)
    _es_plan(spoiled)["cluster_topology"] = 5
    path = tmp_path / "fleet.json"
    path.write_bytes(orjson.dumps(spoiled))
    assert main(["simulate", "--port", "0", "--from-snapshot", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cluster_topology" in err and "Traceback" not in err


def test_an_upgrade_from_below_the_targets_minimum_is_refused() -> None:
    """8.x runs only from 7.17: ECE refuses 7.10 -> 8.15 (``min_upgradable_from``), whatever it offers."""
    old = copy.deepcopy(SNAPSHOT)
    old["deployments"] = old["deployments"][1:2]
    _es_plan(old)["elasticsearch"]["version"] = "7.10.2"
    old["stack_versions"] = [
        {"version": "7.10.2", "upgradable_to": ["7.17.24"], "min_upgradable_from": "6.8.0"},
        {"version": "7.17.24", "upgradable_to": ["8.15.1"], "min_upgradable_from": "6.8.0"},
        {"version": "8.15.1", "upgradable_to": [], "min_upgradable_from": "7.17.0"},
    ]
    sim = ECESimulator.from_snapshot(old, speed=0, start_time=START, plan_failure_rate=0)
    dep = sim.deployment("b" * 32)
    update = {"prune_orphans": False, "resources": {"elasticsearch": [_update_entry(dep, "8.15.1")]}}
    with pytest.raises(ApiError, match=r"7\.17\.0") as refused:
        sim.backend.update(dep.id, update)
    assert (refused.value.status, refused.value.code) == (400, INVALID_PLAN)
    update["resources"]["elasticsearch"] = [_update_entry(dep, "7.17.24")]
    sim.backend.update(dep.id, update)
    sim.settle()
    assert dep.resources[0].version == "7.17.24"


def _update_entry(dep: Any, version: str) -> dict[str, Any]:
    es = dep.resources[0]
    plan = copy.deepcopy(es.plan)
    plan["elasticsearch"]["version"] = version
    return {"ref_id": es.ref_id, "region": es.region, "plan": plan}


def test_a_stopped_resource_of_the_snapshot_stays_stopped() -> None:
    stopped = copy.deepcopy(SNAPSHOT)
    stopped["deployments"][0]["resources"]["kibana"] = [
        _resource("kibana", "k" * 32, _plan("kibana", "8.14.3", 1024, 1), status="stopped")
    ]
    sim = ECESimulator.from_snapshot(stopped, speed=0, start_time=START, plan_failure_rate=0)
    es, kibana = sim.deployment("a" * 32).resources
    assert (es.status, kibana.status) == ("started", "stopped")
