"""Every body the simulator serves is what the spec describes (strictly, see ``conformance``)."""

from __future__ import annotations

import aiohttp
import pytest

from ece_async import models
from ece_async.testing import ECESimulator

from .sim_helpers import assert_conforms, call, create_body

ALL_FLAGS = (
    "show_plans=true&show_plan_logs=true&show_plan_history=true&show_metadata=true"
    "&show_settings=true&show_security=true&show_system_alerts=5&show_instance_configurations=true"
)


async def test_every_deployment_conforms_with_all_flags(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    # The fleet has healthy, pending, failed and stopped deployments; all must conform.
    statuses = set()
    for deployment_id in sim.deployment_ids():
        status, body, headers = await call(session, "GET", f"/deployments/{deployment_id}?{ALL_FLAGS}")
        assert status == 200
        assert_conforms("DeploymentGetResponse", body)
        assert headers["x-cloud-resource-version"].isdigit()
        decoded = models.DeploymentGetResponse.from_dict(body)
        assert decoded.to_dict() == body
        statuses |= {r["info"]["status"] for kind in body["resources"].values() for r in kind}
    assert {"started", "stopped", "reconfiguring"} <= statuses


async def test_default_flags_conform_and_pending_plans_conform(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    status, created, _ = await call(session, "POST", "/deployments", json=create_body())
    assert status == 201
    for path in (f"/deployments/{created['id']}", f"/deployments/{created['id']}?{ALL_FLAGS}"):
        status, body, _ = await call(session, "GET", path)
        assert status == 200
        assert_conforms("DeploymentGetResponse", body)
        assert "pending" in body["resources"]["elasticsearch"][0]["info"]["plan_info"]


@pytest.mark.parametrize(
    ("model", "method", "path"),
    [
        ("DeploymentsListResponse", "GET", "/deployments"),
        ("AccountResponse", "GET", "/account"),
        ("PlatformInfo", "GET", "/platform"),
        ("AllocatorOverview", "GET", "/platform/infrastructure/allocators"),
        ("AllocatorOverview", "POST", "/platform/infrastructure/allocators/_search"),
        ("RunnerOverview", "GET", "/platform/infrastructure/runners"),
        ("RunnerOverview", "POST", "/platform/infrastructure/runners/_search"),
        ("ProxyOverview", "GET", "/platform/infrastructure/proxies"),
        ("AvailableAuthenticationMethods", "GET", "/users/auth/methods"),
        ("ApiKeysResponse", "GET", "/users/auth/keys"),
        ("CostsOverview", "GET", "/billing/costs/{org}"),
        ("DeploymentsCosts", "GET", "/billing/costs/{org}/deployments"),
        ("ChartItems", "GET", "/billing/costs/{org}/charts"),
        (
            "ChartItems",
            "GET",
            "/billing/costs/{org}/charts?bucketing_strategy=monthly&from=2024-01-01T00:00:00Z",
        ),
        ("ChartItems", "GET", "/billing/costs/{org}/deployments/{dep}/charts"),
        ("ItemsCosts", "GET", "/billing/costs/{org}/deployments/{dep}/items"),
        ("DeploymentsSearchResponse", "POST", "/deployments/_search"),
        ("DeploymentsSearchResponse", "POST", "/deployments/_search?minimal_metadata=id,name,healthy"),
        ("CommentsWithMetas", "GET", "/comments/deployment/{dep}"),
    ],
)
async def test_read_endpoints_conform(
    sim: ECESimulator, session: aiohttp.ClientSession, model: str, method: str, path: str
) -> None:
    path = path.format(org=sim.organization_id, dep=sim.deployment_ids()[0])
    kwargs = {"json": {"size": 10}} if method == "POST" else {}
    status, body, _ = await call(session, method, path, **kwargs)
    assert status == 200, body
    assert_conforms(model, body)


async def test_write_endpoints_conform(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    status, created, _ = await call(session, "POST", "/deployments", json=create_body())
    assert status == 201
    assert_conforms("DeploymentCreateResponse", created)
    dep = created["id"]
    sim.settle()
    status, body, _ = await call(
        session, "PUT", f"/deployments/{dep}", json={**create_body(es_memory=4096), "prune_orphans": True}
    )
    assert status == 200
    assert_conforms("DeploymentUpdateResponse", body)
    status, body, _ = await call(
        session, "POST", f"/deployments/{dep}/elasticsearch/main-elasticsearch/_restart"
    )
    assert status == 422, body  # a plan is pending
    status, body, _ = await call(
        session, "DELETE", f"/deployments/{dep}/elasticsearch/main-elasticsearch/plan/pending"
    )
    assert status == 200
    assert_conforms("DeploymentResourceCrudResponse", body)
    status, body, _ = await call(session, "POST", f"/deployments/{dep}/kibana/main-kibana/_restart")
    assert status == 202
    assert_conforms("DeploymentResourceCommandResponse", body)
    status, body, _ = await call(session, "POST", f"/deployments/{dep}/_shutdown")
    assert status == 200
    assert_conforms("DeploymentShutdownResponse", body)
    sim.settle()
    status, body, _ = await call(session, "DELETE", f"/deployments/{dep}")
    assert status == 200
    assert_conforms("DeploymentDeleteResponse", body)
    status, body, _ = await call(session, "POST", "/users/auth/keys", json={"description": "ci"})
    assert status == 201
    assert_conforms("ApiKeyResponse", body)
    status, body, _ = await call(
        session, "POST", f"/comments/deployment/{sim.deployment_ids()[0]}", json={"message": "hi"}
    )
    assert status == 201
    assert_conforms("Comment", body)


async def test_error_bodies_conform(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    for method, path, kwargs in (
        ("GET", "/deployments/nope", {}),
        ("POST", "/deployments", {"json": {"name": "x"}}),
        ("POST", "/deployments/_search", {"json": {"query": {"fuzzy": {}}}}),
        ("GET", "/billing/costs/other-org", {}),
        ("GET", "/platform/infrastructure/blueprinter/roles", {}),
    ):
        status, body, headers = await call(session, method, path, **kwargs)
        assert status >= 400
        assert_conforms("BasicFailedReply", body)
        assert headers["x-cloud-error-codes"] == body["errors"][0]["code"]
