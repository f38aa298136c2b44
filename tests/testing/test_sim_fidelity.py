"""What Schemathesis found: unmodelled routes, undocumented error codes, schema-invalid input, reprs."""

from __future__ import annotations

import aiohttp
import pytest

from ece_async.testing import ECESimulator, FaultConfig
from ece_async.testing.conformance import error_code_problems

from .sim_helpers import assert_conforms, assert_error, call, create_body


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [
        ("GET", "/deployments/traffic-filter/rulesets", "get-traffic-filter-rulesets"),
        ("GET", "/deployments/extensions", "list-extensions"),
        ("GET", "/users/auth/keys/_all", "get-users-api-keys"),
        ("DELETE", "/users/auth/keys/_all", "delete-users-api-keys"),
    ],
)
async def test_unmodelled_operations_under_modelled_routes_answer_501(
    session: aiohttp.ClientSession, method: str, path: str, operation: str
) -> None:
    status, body, headers = await call(session, method, path)
    assert_error(status, body, headers, "simulator.not_implemented", 501)
    assert operation in body["errors"][0]["message"]


async def test_an_unmodelled_operation_is_counted_and_faulted_under_its_operation_id(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    """Unmodelled operations without a route of their own (the catch-all finds them) are still
    told apart by operationId: in the stats, and for per-operation faults."""
    await call(session, "GET", "/deployments/traffic-filter/rulesets")
    await call(session, "DELETE", "/deployments/traffic-filter/rulesets/r-1")
    assert sim.stats.requests["get-traffic-filter-rulesets"] == 1
    assert sim.stats.requests["delete-traffic-filter-ruleset"] == 1
    sim.faults = FaultConfig(
        routes={"get-traffic-filter-rulesets": FaultConfig(error_rate=1.0, error_statuses=(503,))}
    )
    assert (await call(session, "GET", "/deployments/traffic-filter/rulesets"))[0] == 503
    assert (await call(session, "GET", "/deployments/extensions"))[0] == 501


@pytest.mark.parametrize(
    "query", ["show_plan_history=", "show_plans=", "show_system_alerts=", "show_plans=maybe"]
)
async def test_empty_or_bad_query_values_are_400(
    sim: ECESimulator, session: aiohttp.ClientSession, query: str
) -> None:
    status, body, headers = await call(session, "GET", f"/deployments/{sim.deployment_ids()[0]}?{query}")
    assert_error(status, body, headers, "root.invalid_data", 400)
    assert body["errors"][0]["fields"] == [query.split("=")[0]]


@pytest.mark.parametrize(
    "path",
    [
        "/deployments/_search",
        "/platform/infrastructure/allocators/_search",
        "/platform/infrastructure/runners/_search",
    ],
)
async def test_a_null_query_is_400(session: aiohttp.ClientSession, path: str) -> None:
    status, body, _ = await call(session, "POST", path, json={"query": None})
    assert status == 400, body
    assert_conforms("BasicFailedReply", body)
    assert "[query]" in body["errors"][0]["message"]


async def test_sort_errors_speak_json_not_python(session: aiohttp.ClientSession) -> None:
    status, body, _ = await call(session, "POST", "/deployments/_search", json={"sort": [[None, None]]})
    assert status == 400
    assert body["errors"][0]["message"] == "Unsupported sort clause [null,null]"


async def test_api_key_role_assignments_must_match_the_schema(session: aiohttp.ClientSession) -> None:
    for assignments in (True, {"platform": True}, {"deployment": [{"role_id": 5}]}):
        status, body, headers = await call(
            session, "POST", "/users/auth/keys", json={"description": "ci", "role_assignments": assignments}
        )
        assert_error(status, body, headers, "api_keys.invalid_input", 400)
    status, _, _ = await call(
        session,
        "POST",
        "/users/auth/keys",
        json={"description": "ci", "role_assignments": {"platform": [{"role_id": "platform-viewer"}]}},
    )
    assert status == 201


async def test_plans_the_spec_does_not_allow_are_400(session: aiohttp.ClientSession) -> None:
    # Accepted, an undeclared key would come back in every response that shows the plan.
    for where in ("plan", "element"):
        body = create_body("bad-plan")
        plan = body["resources"]["elasticsearch"][0]["plan"]
        (plan if where == "plan" else plan["cluster_topology"][0])["bogus"] = 1
        status, reply, headers = await call(session, "POST", "/deployments", json=body)
        assert_error(status, reply, headers, "clusters.cluster_invalid_plan", 400)
        assert "['bogus']" in reply["errors"][0]["message"]
    status, _, _ = await call(session, "POST", "/deployments", json=create_body("good-plan"))
    assert status == 201


async def test_error_codes_are_the_documented_ones(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    dep = sim.deployment_ids()[0]
    status, body, headers = await call(
        session, "DELETE", f"/deployments/{dep}/elasticsearch/nope/plan/pending"
    )
    assert_error(status, body, headers, "deployments.deployment_not_found", 404)
    assert (
        error_code_problems(
            "cancel-deployment-resource-pending-plan", 404, body, headers["x-cloud-error-codes"]
        )
        == []
    )
    status, body, headers = await call(session, "POST", "/users/auth/keys", json={})
    assert_error(status, body, headers, "api_keys.invalid_input", 400)
    async with aiohttp.ClientSession(base_url=sim.url) as anonymous:
        status, body, headers = await call(anonymous, "POST", "/users/auth/_refresh")
    assert_error(status, body, headers, "root.unauthorized", 401)


def test_the_error_code_check_flags_undocumented_codes() -> None:
    body = {"errors": [{"code": "deployments.deployment_resource_not_found", "message": "x"}]}
    found = error_code_problems("cancel-deployment-resource-pending-plan", 404, body, None)
    assert found == [
        "cancel-deployment-resource-pending-plan 404: error code 'deployments.deployment_resource_not_found' "
        "is not documented (deployments.deployment_not_found)"
    ]
    assert error_code_problems("cancel-deployment-resource-pending-plan", 418, body, None) == []


async def test_minimal_search_hits_carry_no_info() -> None:
    async with ECESimulator(5, seed=1, speed=0, search_hits="minimal") as sim:
        async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
            status, body, _ = await call(session, "POST", "/deployments/_search", json={"size": 5})
    assert status == 200 and body["match_count"] == 5
    resources = [r for hit in body["deployments"] for kind in hit["resources"].values() for r in kind]
    assert resources and all(set(r) == {"ref_id", "id", "region"} for r in resources)
    with pytest.raises(ValueError, match="search_hits"):
        ECESimulator(1, search_hits="tiny")
