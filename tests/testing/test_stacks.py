"""Stack versions over HTTP: what the installation offers, and upgrades through update-deployment."""

from __future__ import annotations

import copy

import aiohttp

from ece_async.testing import ECESimulator
from ece_async.testing.catalog import STACK_VERSIONS, version_key

from .sim_helpers import assert_conforms, assert_error, call, create_body


async def test_the_installation_offers_a_version_newer_than_the_fleet_runs(
    session: aiohttp.ClientSession,
) -> None:
    status, body, _ = await call(session, "GET", "/stack/versions")
    assert status == 200
    assert_conforms("StackVersionConfigs", body)
    offered = [s["version"] for s in body["stacks"]]
    newest_run = max((v for v, _ in STACK_VERSIONS), key=version_key)
    assert any(version_key(v) > version_key(newest_run) for v in offered)
    by_version = {s["version"]: s for s in body["stacks"]}
    assert "8.16.1" in by_version[newest_run]["upgradable_to"]
    assert "8.16.1" in by_version["7.17.24"]["upgradable_to"]  # 7.17 goes to 8.x
    assert by_version["8.15.1"]["upgradable_to"] == [
        v for v in offered if version_key(v) > version_key("8.15.1")
    ]


async def test_one_stack_version_and_an_unknown_one(session: aiohttp.ClientSession) -> None:
    status, body, _ = await call(session, "GET", "/stack/versions/8.16.1")
    assert status == 200 and body["version"] == "8.16.1"
    assert_conforms("StackVersionConfig", body)
    status, body, headers = await call(session, "GET", "/stack/versions/1.2.3")
    assert_error(status, body, headers, "stackpack.version_not_found", 404)


async def test_update_over_http_dry_run_then_idempotent_upgrade(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    sim.plan_failure_rate = 0.0
    _, created, headers = await call(session, "POST", "/deployments", json=create_body())
    dep, version = created["id"], headers["x-cloud-resource-version"]
    sim.settle()
    update = {**copy.deepcopy(create_body()), "prune_orphans": False}
    update["resources"]["elasticsearch"][0]["plan"]["elasticsearch"]["version"] = "8.16.1"
    update["resources"]["kibana"][0]["plan"]["kibana"]["version"] = "8.16.1"

    status, body, _ = await call(
        session, "PUT", f"/deployments/{dep}?validate_only=true&version={version}", json=update
    )
    assert status == 200, body
    assert_conforms("DeploymentUpdateResponse", body)
    assert sim.deployment(dep).version == int(version)

    path = f"/deployments/{dep}?version={version}&request_id={'a' * 40}"
    first = await call(session, "PUT", path, json=update)
    again = await call(session, "PUT", path, json=update)
    assert first[0] == again[0] == 200 and first[1] == again[1]
    assert_conforms("DeploymentUpdateResponse", first[1])
    async with session.get("/_simulator/stats") as response:
        stats = await response.json()
    assert stats["update_requests"] == {dep: 2} and stats["writes"] == {dep: 1}

    downgrade = copy.deepcopy(update)
    downgrade["resources"]["elasticsearch"][0]["plan"]["elasticsearch"]["version"] = "8.14.3"
    status, body, headers = await call(session, "PUT", f"/deployments/{dep}", json=downgrade)
    assert_error(status, body, headers, "clusters.cluster_invalid_plan", 400)
