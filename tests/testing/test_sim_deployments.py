"""Deployments: listing, cursor search, get flags, create idempotency, plans over time, lifecycle."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from ece_async.testing import ECESimulator

from .sim_helpers import START, assert_error, call, create_body


async def _search_all(
    session: aiohttp.ClientSession, first: dict[str, Any]
) -> tuple[list[str], list[dict[str, Any]]]:
    ids: list[str] = []
    pages = []
    request = first
    while True:
        status, page, _ = await call(session, "POST", "/deployments/_search", json=request)
        assert status == 200, page
        pages.append(page)
        ids += [d["id"] for d in page["deployments"]]
        if "cursor" not in page:
            break
        request = {"cursor": page["cursor"]}
    return ids, pages


async def test_list_has_every_deployment(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    status, body, _ = await call(session, "GET", "/deployments")
    assert status == 200
    assert [d["id"] for d in body["deployments"]] == sim.deployment_ids()
    es = body["deployments"][0]["resources"][0]
    assert es["kind"] == "elasticsearch" and es["cloud_id"]


@pytest.mark.parametrize(
    "sort", [None, ["id"], [{"name": "desc"}], [{"metadata.last_modified": {"order": "asc"}}]]
)
async def test_cursor_paging_covers_everything_once(
    sim: ECESimulator, session: aiohttp.ClientSession, sort: Any
) -> None:
    request: dict[str, Any] = {"size": 7}
    if sort is not None:
        request["sort"] = sort
    ids, pages = await _search_all(session, request)
    assert sorted(ids) == sorted(sim.deployment_ids())
    assert len(ids) == len(set(ids))
    assert [p["return_count"] for p in pages] == [7, 7, 7, 7, 2, 0]
    assert {p["match_count"] for p in pages} == {30}
    if sort == ["id"]:
        assert ids == sorted(ids)


async def test_cursor_paging_is_stable_while_deployments_are_created(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    status, page, _ = await call(session, "POST", "/deployments/_search", json={"size": 10, "sort": ["id"]})
    assert status == 200
    seen = [d["id"] for d in page["deployments"]]
    before = set(sim.deployment_ids())
    for i in range(5):
        assert (await call(session, "POST", "/deployments", json=create_body(f"during-{i}")))[0] == 201
    rest, _ = await _search_all(session, {"cursor": page["cursor"]})
    seen += rest
    assert len(seen) == len(set(seen))
    assert before <= set(seen)


async def test_search_queries(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    first = sim.deployment(sim.deployment_ids()[3])
    queries = {
        "term": {"term": {"id": {"value": first.id}}},
        "match": {"match": {"name": {"query": first.name}}},
        "prefix": {"prefix": {"name": {"value": first.name[:-2]}}},
        "bool": {
            "bool": {"must": [{"term": {"name": {"value": first.name}}}], "must_not": [{"match_none": {}}]}
        },
        "query_string": {"query_string": {"query": f"id:{first.id}"}},
    }
    for name, query in queries.items():
        status, body, _ = await call(session, "POST", "/deployments/_search", json={"query": query})
        assert status == 200, name
        assert first.id in [d["id"] for d in body["deployments"]], name
        assert body["match_count"] == len(body["deployments"]), name
    status, body, _ = await call(
        session,
        "POST",
        "/deployments/_search",
        json={"query": {"term": {"resources.elasticsearch.info.status": {"value": "stopped"}}}, "size": 100},
    )
    stopped = [d for d in sim.deployment_ids() if sim.deployment(d).stopped]
    assert sorted(d["id"] for d in body["deployments"]) == sorted(stopped)


async def test_search_rejects_bad_requests(session: aiohttp.ClientSession) -> None:
    for request in (
        {"query": {"fuzzy": {"name": "x"}}},
        {"cursor": "not-a-cursor"},
        {"size": -1},
        {"from": 9999, "size": 10},
    ):
        status, body, headers = await call(session, "POST", "/deployments/_search", json=request)
        assert_error(status, body, headers, "root.invalid_data", 400)


async def test_minimal_metadata(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    status, body, _ = await call(
        session, "POST", "/deployments/_search?minimal_metadata=id,name", json={"size": 5, "sort": ["id"]}
    )
    assert status == 200
    assert body["deployments"] == []
    assert body["return_count"] == 5
    assert [m["id"] for m in body["minimal_metadata"]] == sorted(sim.deployment_ids())[:5]
    assert all(set(m) == {"id", "name"} for m in body["minimal_metadata"])


async def test_get_flags_are_honoured(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    dep = sim.deployment_ids()[0]
    _, default, _ = await call(session, "GET", f"/deployments/{dep}")
    plans = default["resources"]["elasticsearch"][0]["info"]["plan_info"]
    assert "current" in plans and plans["history"] == [] and plans["current"]["plan_attempt_log"] == []
    assert "settings" not in default and "instance_configurations" in default

    _, bare, _ = await call(
        session, "GET", f"/deployments/{dep}?show_plans=false&show_instance_configurations=false"
    )
    plans = bare["resources"]["elasticsearch"][0]["info"]["plan_info"]
    assert set(plans) == {"healthy", "history"}
    assert "instance_configurations" not in bare

    _, full, _ = await call(
        session, "GET", f"/deployments/{dep}?show_plan_logs=true&show_plan_history=true&show_settings=true"
    )
    plans = full["resources"]["elasticsearch"][0]["info"]["plan_info"]
    assert plans["current"]["plan_attempt_log"][-1]["step_id"] == "plan-completed"
    assert plans["history"][-1]["plan_attempt_id"] == plans["current"]["plan_attempt_id"]
    assert full["settings"]["auto_ops"] == {"status": "not_connected"}
    assert "settings" in full["resources"]["elasticsearch"][0]["info"]

    status, body, headers = await call(session, "GET", f"/deployments/{dep}?show_plans=maybe")
    assert_error(status, body, headers, "root.invalid_data", 400)
    status, body, headers = await call(session, "GET", "/deployments/does-not-exist")
    assert_error(status, body, headers, "deployments.deployment_not_found", 404)


async def test_create_is_idempotent_by_request_id(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    request_id = "r" * 40
    status, first, headers = await call(
        session, "POST", f"/deployments?request_id={request_id}", json=create_body()
    )
    assert status == 201 and first["created"] is True
    assert first["resources"][0]["credentials"]["username"] == "elastic"
    assert headers["x-cloud-resource-version"]
    status, again, _ = await call(
        session, "POST", f"/deployments?request_id={request_id}", json=create_body()
    )
    assert status == 202 and again["created"] is False
    assert again["id"] == first["id"]
    assert [r["id"] for r in again["resources"]] == [r["id"] for r in first["resources"]]
    assert "credentials" not in again["resources"][0]
    assert sim.deployment_ids().count(first["id"]) == 1
    assert len(sim.deployment_ids()) == 31
    # Without a request_id (or with another one) each request creates a new deployment.
    _, other, _ = await call(session, "POST", f"/deployments?request_id={'s' * 40}", json=create_body())
    assert other["id"] != first["id"]
    status, body, headers = await call(session, "POST", "/deployments?request_id=short", json=create_body())
    assert_error(status, body, headers, "root.invalid_data", 400)


async def test_create_validation(session: aiohttp.ClientSession) -> None:
    status, body, headers = await call(session, "POST", "/deployments", json={"name": "no resources"})
    assert_error(status, body, headers, "root.invalid_data", 400)
    bad = create_body(es_memory=0)
    status, body, headers = await call(session, "POST", "/deployments", json=bad)
    assert_error(status, body, headers, "clusters.cluster_invalid_plan", 400)
    status, body, headers = await call(
        session, "POST", "/deployments", data=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert_error(status, body, headers, "root.invalid_data", 400)
    status, body, _ = await call(session, "POST", "/deployments?validate_only=true", json=create_body())
    assert status == 200 and body["created"] is False


async def test_create_from_template(session: aiohttp.ClientSession) -> None:
    status, body, _ = await call(
        session, "POST", "/deployments?template_id=observability", json={"name": "obs"}
    )
    assert status == 201
    assert sorted(r["kind"] for r in body["resources"]) == ["elasticsearch", "integrations_server", "kibana"]


def _es(body: dict[str, Any]) -> dict[str, Any]:
    info: dict[str, Any] = body["resources"]["elasticsearch"][0]["info"]
    return info


async def test_plan_progresses_over_simulated_time(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    sim.plan_failure_rate = 0.0
    _, created, _ = await call(session, "POST", "/deployments", json=create_body())
    path = f"/deployments/{created['id']}?show_plan_logs=true"
    _, body, _ = await call(session, "GET", path)
    assert _es(body)["status"] == "initializing" and body["healthy"] is False
    assert [s["status"] for s in _es(body)["plan_info"]["pending"]["plan_attempt_log"]] == ["pending"]

    seen_steps = ["validate-plan-prerequisites"]
    for _ in range(400):
        sim.advance(0.5)  # shorter than any step, so every step is seen running
        _, body, _ = await call(session, "GET", path)
        plans = _es(body)["plan_info"]
        if "pending" not in plans:
            break
        log = plans["pending"]["plan_attempt_log"]
        assert all(s["status"] == "success" for s in log[:-1]) and log[-1]["status"] == "pending"
        if log[-1]["step_id"] not in seen_steps:
            seen_steps.append(log[-1]["step_id"])
    else:
        pytest.fail("the plan never finished")
    assert seen_steps == [
        "validate-plan-prerequisites",
        "detect-plan-strategy",
        "allocate-instances",
        "wait-until-running",
        "wait-until-master-exists",
        "apply-cluster-license",
        "configure-snapshot-repository",
        "plan-completed",
    ]
    es = _es(body)
    assert es["status"] == "started" and body["healthy"] is True
    assert es["plan_info"]["current"]["plan_attempt_log"][-1]["step_id"] == "plan-completed"
    assert len(es["topology"]["instances"]) == 2


async def test_seeded_plan_failure(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    sim.plan_failure_rate = 1.0
    _, created, _ = await call(session, "POST", "/deployments", json=create_body())
    sim.settle()
    _, body, _ = await call(
        session, "GET", f"/deployments/{created['id']}?show_plan_logs=true&show_plan_history=true"
    )
    es = _es(body)
    assert body["healthy"] is False and es["plan_info"]["healthy"] is False
    assert "current" not in es["plan_info"]  # a failed create leaves no current plan, as in ECE
    failed = es["plan_info"]["history"][-1]
    assert failed["healthy"] is False and failed["error"]["failure_type"]
    assert [s["status"] for s in failed["plan_attempt_log"]][-2:] == ["error", "error"]
    assert failed["plan_attempt_log"][-1]["step_id"] == "plan-completed"


async def test_plan_fate_is_reproducible() -> None:
    outcomes = []
    for _ in range(2):
        async with ECESimulator(
            deployments=0, seed=11, speed=0, start_time=START, plan_failure_rate=0.5
        ) as sim:
            async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
                ids = [
                    (await call(session, "POST", "/deployments", json=create_body(f"d{i}")))[1]["id"]
                    for i in range(8)
                ]
                sim.settle()
                fates = []
                for dep in ids:
                    _, body, _ = await call(session, "GET", f"/deployments/{dep}?show_plan_history=true")
                    history = _es(body)["plan_info"]["history"]
                    fates.append((dep, history[-1]["healthy"], history[-1]["attempt_end_time"]))
                outcomes.append(fates)
    assert outcomes[0] == outcomes[1]
    assert {healthy for _, healthy, _ in outcomes[0]} == {True, False}


async def test_update_shutdown_delete_lifecycle(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    sim.plan_failure_rate = 0.0
    _, created, headers = await call(session, "POST", "/deployments", json=create_body())
    dep = created["id"]
    version = headers["x-cloud-resource-version"]
    sim.settle()

    update = {**create_body("renamed", es_memory=4096), "prune_orphans": False}
    status, body, headers = await call(session, "PUT", f"/deployments/{dep}?version=999", json=update)
    assert_error(status, body, headers, "deployments.version_conflict", 409)
    status, body, headers = await call(session, "PUT", f"/deployments/{dep}", json={"name": "no prune flag"})
    assert_error(status, body, headers, "root.invalid_data", 400)
    status, body, headers = await call(session, "PUT", f"/deployments/{dep}?version={version}", json=update)
    assert status == 200 and body["name"] == "renamed"
    assert int(headers["x-cloud-resource-version"]) > int(version)
    _, got, _ = await call(session, "GET", f"/deployments/{dep}")
    assert _es(got)["status"] == "reconfiguring"
    assert got["resources"]["kibana"][0]["info"]["status"] == "started"  # unchanged plan: no new attempt
    sim.settle()
    _, got, _ = await call(session, "GET", f"/deployments/{dep}")
    assert _es(got)["plan_info"]["current"]["plan"]["cluster_topology"][0]["size"]["value"] == 4096

    status, body, headers = await call(session, "DELETE", f"/deployments/{dep}")
    assert_error(status, body, headers, "deployments.resource_not_shutdown", 400)
    assert (await call(session, "POST", f"/deployments/{dep}/_shutdown?hide=true"))[0] == 200
    status, body, headers = await call(session, "DELETE", f"/deployments/{dep}")
    assert_error(status, body, headers, "deployments.resource_not_shutdown", 400)  # still stopping
    _, got, _ = await call(session, "GET", f"/deployments/{dep}")
    assert _es(got)["status"] == "stopping" and got["metadata"]["hidden"] is True
    sim.settle()
    _, got, _ = await call(session, "GET", f"/deployments/{dep}")
    assert _es(got)["status"] == "stopped" and _es(got)["topology"]["instances"] == []
    assert (await call(session, "DELETE", f"/deployments/{dep}"))[0] == 200
    status, body, headers = await call(session, "GET", f"/deployments/{dep}")
    assert_error(status, body, headers, "deployments.deployment_not_found", 404)
    assert dep not in sim.deployment_ids()


async def test_update_adds_and_prunes_resources(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    sim.plan_failure_rate = 0.0
    _, created, _ = await call(session, "POST", "/deployments", json=create_body())
    sim.settle()
    body = create_body()
    del body["resources"]["kibana"]
    body["resources"]["apm"] = [
        {
            "ref_id": "main-apm",
            "elasticsearch_cluster_ref_id": "main-elasticsearch",
            "region": "ece-region",
            "plan": {
                "cluster_topology": [{"size": {"value": 512, "resource": "memory"}, "zone_count": 1}],
                "apm": {},
            },
        }
    ]
    status, reply, _ = await call(
        session, "PUT", f"/deployments/{created['id']}", json={**body, "prune_orphans": True}
    )
    assert status == 200
    kibana_id = next(r["id"] for r in created["resources"] if r["kind"] == "kibana")
    assert reply["shutdown_resources"]["kibana"] == [kibana_id]
    assert "apm" in {r["kind"] for r in reply["resources"]}
    sim.settle()
    _, got, _ = await call(session, "GET", f"/deployments/{created['id']}")
    assert got["resources"]["kibana"][0]["info"]["status"] == "stopped"
    assert got["resources"]["apm"][0]["info"]["status"] == "started"
    assert _es(got)["associated_apm_clusters"][0]["apm_id"] == got["resources"]["apm"][0]["id"]


async def test_restart_and_cancel(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    sim.plan_failure_rate = 0.0
    _, created, _ = await call(session, "POST", "/deployments", json=create_body())
    dep = created["id"]
    restart = f"/deployments/{dep}/elasticsearch/main-elasticsearch/_restart"
    status, body, headers = await call(session, "POST", restart)
    assert_error(status, body, headers, "deployments.deployment_resource_plan_change_error", 422)
    sim.settle()
    assert (await call(session, "POST", restart))[0] == 202
    _, got, _ = await call(session, "GET", f"/deployments/{dep}")
    assert _es(got)["status"] == "restarting"
    status, body, _ = await call(
        session, "DELETE", f"/deployments/{dep}/elasticsearch/main-elasticsearch/plan/pending"
    )
    assert status == 200 and body == {
        "id": _es(got)["cluster_id"],
        "kind": "elasticsearch",
        "ref_id": "main-elasticsearch",
    }
    # The same request as before the cancel: nothing kept from before it is served.
    _, got, _ = await call(session, "GET", f"/deployments/{dep}")
    assert _es(got)["status"] == "started" and "pending" not in _es(got)["plan_info"]
    _, got, _ = await call(session, "GET", f"/deployments/{dep}?show_plan_history=true")
    assert _es(got)["status"] == "started"
    assert _es(got)["plan_info"]["history"][-1]["error"]["failure_type"] == "PlanCancelled"
    status, body, headers = await call(
        session, "DELETE", f"/deployments/{dep}/elasticsearch/main-elasticsearch/plan/pending"
    )
    assert_error(status, body, headers, "deployments.resource_does_not_have_a_pending_plan", 400)
    assert (await call(session, "POST", f"/deployments/{dep}/kibana/main-kibana/_restart"))[0] == 202
    status, body, headers = await call(session, "POST", f"/deployments/{dep}/kibana/nope/_restart")
    assert_error(status, body, headers, "deployments.deployment_resource_not_found", 404)


async def test_unimplemented_and_unknown_paths(session: aiohttp.ClientSession) -> None:
    status, body, headers = await call(session, "GET", "/deployments/traffic-filter/rulesets")
    assert_error(status, body, headers, "simulator.not_implemented", 501)
    assert "get-traffic-filter-rulesets" in body["errors"][0]["message"]
    status, body, headers = await call(session, "GET", "/no/such/thing")
    assert_error(status, body, headers, "root.resource_not_found", 404)
    status, body, headers = await call(session, "PATCH", "/deployments")
    assert_error(status, body, headers, "root.method_not_allowed", 405)


async def test_two_writes_in_flight_with_one_version_make_one_change(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    """The version check and the write are one step: of two concurrent writes from the same
    version one wins and the other is a conflict; with one request_id, both see the one write."""
    sim.plan_failure_rate = 0.0
    _, created, headers = await call(session, "POST", "/deployments", json=create_body())
    dep, version = created["id"], headers["x-cloud-resource-version"]
    sim.settle()
    bodies = [{**create_body(es_memory=memory), "prune_orphans": False} for memory in (4096, 8192)]
    replies = await asyncio.gather(
        *(call(session, "PUT", f"/deployments/{dep}?version={version}", json=b) for b in bodies)
    )
    assert sorted(status for status, _, _ in replies) == [200, 409]
    assert sim.stats.writes[dep] == 1
    _, _, headers = await call(session, "GET", f"/deployments/{dep}")
    path = f"/deployments/{dep}?version={headers['x-cloud-resource-version']}&request_id={'q' * 32}"
    replies = await asyncio.gather(*(call(session, "PUT", path, json=bodies[0]) for _ in range(2)))
    assert [status for status, _, _ in replies] == [200, 200] and replies[0][1] == replies[1][1]
    assert sim.stats.writes[dep] == 2
