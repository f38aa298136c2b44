"""Deployment templates: the shipped four, a snapshot's own, and creating from one."""

from __future__ import annotations

import copy
from typing import Any

import aiohttp
import pytest

from ece_async.testing import ECESimulator

from .sim_helpers import START, assert_conforms, assert_error, call
from .test_snapshot import SNAPSHOT


async def test_the_shipped_templates_are_listed_and_create_what_they_say(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(session, "GET", "/deployments/templates?region=ece-region")
    assert status == 200
    assert [t["id"] for t in body] == ["default", "observability", "hot-warm", "enterprise-search"]
    for template in body:
        assert_conforms("DeploymentTemplateInfoV2", template)
    status, one, _ = await call(
        session,
        "GET",
        "/deployments/templates/observability?region=ece-region&show_instance_configurations=false",
    )
    assert status == 200 and one["instance_configurations"] == []
    kinds = set(one["deployment_template"]["resources"])
    status, created, _ = await call(session, "POST", "/deployments?template_id=observability", json={})
    assert status == 201, created
    assert {r["kind"] for r in created["resources"]} == kinds


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/deployments/templates?region=elsewhere", 400, "templates.region_not_found"),
        ("/deployments/templates", 400, "templates.region_not_found"),  # the spec's code for a 400 here
        ("/deployments/templates/nope?region=ece-region", 404, "templates.template_not_found"),
    ],
)
async def test_template_errors(session: aiohttp.ClientSession, path: str, status: int, code: str) -> None:
    got, body, headers = await call(session, "GET", path)
    assert_error(got, body, headers, code, status)


async def test_a_snapshot_serves_its_own_templates_and_creates_from_them() -> None:
    es_plan = SNAPSHOT["deployments"][0]["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"][
        "plan"
    ]
    template: dict[str, Any] = {
        "id": "acme-logging",
        "name": "ACME logging",
        "instance_configurations": [],
        "deployment_template": {
            "resources": {
                "elasticsearch": [{"ref_id": "main-elasticsearch", "region": "acme-region", "plan": es_plan}]
            }
        },
    }
    snapshot = {**copy.deepcopy(SNAPSHOT), "templates": [template]}
    async with (
        ECESimulator.from_snapshot(snapshot, speed=0, start_time=START) as sim,
        aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session,
    ):
        status, body, _ = await call(session, "GET", "/deployments/templates?region=ece-region")
        assert status == 200 and [t["id"] for t in body] == ["acme-logging"]
        status, created, _ = await call(session, "POST", "/deployments?template_id=acme-logging", json={})
        assert status == 201, created
        dep = sim.deployment(created["id"])
        assert [(r.kind, r.version) for r in dep.resources] == [("elasticsearch", "8.14.3")]
        status, body, headers = await call(session, "POST", "/deployments?template_id=default", json={})
        assert_error(status, body, headers, "root.invalid_data", 400)
