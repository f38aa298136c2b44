"""Billing: costs overview, per-deployment costs and items, charts, date ranges, organizations."""

from __future__ import annotations

import aiohttp
import pytest

from ece_async.testing import ECESimulator

from .sim_helpers import assert_error, call


async def test_costs_are_consistent(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    org = sim.organization_id
    period = "from=2024-08-01T00:00:00Z&to=2024-09-01T00:00:00Z"
    _, overview, _ = await call(session, "GET", f"/billing/costs/{org}?{period}")
    _, per_deployment, _ = await call(session, "GET", f"/billing/costs/{org}/deployments?{period}")
    assert overview["costs"]["total"] > 0
    assert per_deployment["total_cost"] == pytest.approx(overview["costs"]["total"], rel=1e-6)
    assert {d["deployment_id"] for d in per_deployment["deployments"]} == set(sim.deployment_ids())
    assert sum(d["cost"] for d in overview["costs"]["dimensions"]) == pytest.approx(
        overview["costs"]["total"], rel=1e-3
    )

    _, chart, _ = await call(session, "GET", f"/billing/costs/{org}/charts?{period}")
    assert len(chart["data"]) == 31
    assert chart["data"][0]["timestamp"] == 1722470400  # 2024-08-01T00:00:00Z
    chart_total = sum(v["value"] for item in chart["data"] for v in item["values"])
    assert chart_total == pytest.approx(overview["costs"]["total"], rel=1e-3)

    _, monthly, _ = await call(
        session, "GET", f"/billing/costs/{org}/charts?{period}&bucketing_strategy=Monthly"
    )
    assert [item["timestamp"] for item in monthly["data"]] == [1722470400]

    dep = per_deployment["deployments"][0]
    _, items, _ = await call(
        session, "GET", f"/billing/costs/{org}/deployments/{dep['deployment_id']}/items?{period}"
    )
    assert items["costs"]["total"] == pytest.approx(dep["costs"]["total"])
    _, dep_chart, _ = await call(
        session, "GET", f"/billing/costs/{org}/deployments/{dep['deployment_id']}/charts?{period}"
    )
    dep_total = sum(v["value"] for item in dep_chart["data"] for v in item["values"])
    assert dep_total == pytest.approx(dep["costs"]["total"], rel=1e-2)


async def test_billing_errors(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    org = sim.organization_id
    status, body, headers = await call(session, "GET", "/billing/costs/someone-else")
    assert_error(status, body, headers, "organization.not_found", 404)
    for query in ("from=yesterday", "from=2024-09-02T00:00:00Z&to=2024-09-01T00:00:00Z"):
        status, body, headers = await call(session, "GET", f"/billing/costs/{org}/charts?{query}")
        assert_error(status, body, headers, "costs.invalid_date_range", 400)
    status, body, headers = await call(
        session, "GET", f"/billing/costs/{org}/charts?bucketing_strategy=hourly"
    )
    # The only 400 code the spec documents for the operation.
    assert_error(status, body, headers, "costs.invalid_date_range", 400)
    status, body, headers = await call(session, "GET", f"/billing/costs/{org}/deployments/unknown/items")
    assert_error(status, body, headers, "billing_service.es_cluster_id_not_found", 404)


async def test_deleted_deployments_keep_their_costs(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    org = sim.organization_id
    dep = sim.deployment_ids()[0]
    _, before, _ = await call(session, "GET", f"/billing/costs/{org}/deployments/{dep}/items")
    assert (await call(session, "POST", f"/deployments/{dep}/_shutdown"))[0] == 200
    sim.settle()
    assert (await call(session, "DELETE", f"/deployments/{dep}"))[0] == 200
    status, after, _ = await call(session, "GET", f"/billing/costs/{org}/deployments/{dep}/items")
    assert status == 200
    assert after["costs"]["total"] >= before["costs"]["total"] > 0
