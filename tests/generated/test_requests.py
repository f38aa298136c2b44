"""Request building and response parsing are pure functions: test them without I/O."""

from __future__ import annotations

from typing import Any

import pytest

from ece_async import models
from ece_async._generated import UNSET, ApiNamespaces, File, Request, Response
from ece_generated.api.billing_costs_analysis import get_costs_charts
from ece_generated.api.deployments import (
    create_deployment,
    get_deployment,
    get_deployment_resource_proxy_requests,
    search_deployments,
)
from ece_generated.api.extensions import upload_extension
from ece_generated.api.platform import set_extra_certificate
from ece_generated.api.users import update_user


def test_path_parameters_are_quoted_and_bools_serialised_for_ece() -> None:
    request = get_deployment.build_request(deployment_id="a b/c?d", show_plans=True, show_metadata=False)
    assert request.method == "GET"
    assert request.path == "/deployments/a%20b%2Fc%3Fd"
    assert request.operation_id == "get-deployment"
    assert request.params == (("show_metadata", "false"), ("show_plans", "true"))
    assert request.json is UNSET


def test_unset_and_none_query_parameters_are_omitted() -> None:
    request = get_deployment.build_request(deployment_id="x", show_plans=None, show_system_alerts=3)
    assert request.params == (("show_system_alerts", "3"),)


def test_enum_query_parameters_send_their_value() -> None:
    strategy = models.GetCostsChartsBucketingStrategy.MONTHLY
    request = get_costs_charts.build_request(
        organization_id="org-1", bucketing_strategy=strategy, from_="2024-01-01"
    )
    assert request.path == "/billing/costs/org-1/charts"
    assert dict(request.params) == {"bucketing_strategy": "monthly", "from": "2024-01-01"}


def test_json_bodies_are_serialised_from_models() -> None:
    body = models.SearchRequest(size=50, cursor="c1")
    request = search_deployments.build_request(body=body)
    assert (request.method, request.path) == ("POST", "/deployments/_search")
    assert request.json == {"size": 50, "cursor": "c1"}


def test_create_deployment_keeps_request_id_as_a_query_parameter() -> None:
    body = models.DeploymentCreateRequest(name="x")
    request = create_deployment.build_request(body=body, request_id="r-1", validate_only=False)
    assert ("request_id", "r-1") in request.params
    assert ("validate_only", "false") in request.params
    assert request.json == {"name": "x"}


def test_raw_text_bodies_are_sent_as_is_with_their_media_type() -> None:
    request = set_extra_certificate.build_request(cert_id="star_example_com", body="-----BEGIN CERT-----\n")
    assert request.content == b"-----BEGIN CERT-----\n"
    assert request.content_type == "application/text"
    assert request.json is UNSET

    ndjson = get_deployment_resource_proxy_requests.build_request(
        deployment_id="d",
        resource_kind=models.GetDeploymentResourceProxyRequestsResourceKind.ELASTICSEARCH,
        ref_id="main-elasticsearch",
        proxy_path="_bulk",
        x_management_request="true",
        body=b'{"index":{}}\n{"a":1}\n',
        content_type="application/x-ndjson",
    )
    assert ndjson.path == "/deployments/d/elasticsearch/main-elasticsearch/proxy/_bulk"
    assert ndjson.headers == (("X-Management-Request", "true"),)
    assert (ndjson.content_type, ndjson.content) == ("application/x-ndjson", b'{"index":{}}\n{"a":1}\n')


def test_merge_patch_bodies_take_any_json_value() -> None:
    request = update_user.build_request(
        user_name="jane", body={"user_id": "jane", "security": {"enabled": True}}
    )
    assert request.method == "PATCH"
    assert request.json == {"user_id": "jane", "security": {"enabled": True}}


def test_multipart_bodies_become_file_parts() -> None:
    archive = File(payload=b"PK\x03\x04", file_name="ext.zip", mime_type="application/zip")
    request = upload_extension.build_request(extension_id="e1", body=models.UploadExtensionBody(file=archive))
    assert request.files == (("file", archive),)
    assert "PK" not in repr(request.files[0][1])


def test_parse_response_decodes_documented_success_bodies() -> None:
    parsed = get_deployment.parse_response(200, {"id": "d1", "name": "n", "healthy": True, "resources": {}})
    assert isinstance(parsed, models.DeploymentGetResponse)
    assert parsed.id == "d1"
    assert get_deployment.SUCCESS_STATUSES == frozenset({200})


def test_documented_error_codes_are_kept_as_data() -> None:
    assert get_deployment.ERROR_CODES[404] == ("deployments.deployment_not_found",)
    assert "billing_service.rate_limited" in get_costs_charts.ERROR_CODES[429]
    assert get_deployment.RESPONSE_KINDS[404] == "BasicFailedReply"


def test_request_repr_never_shows_the_body() -> None:
    request = Request("POST", "/users/auth/_login", "login", json={"username": "u", "password": "p4ssw0rd"})
    assert "p4ssw0rd" not in repr(request)


class _RecordingTransport:
    def __init__(self, data: Any) -> None:
        self.data = data
        self.requests: list[Request] = []

    async def send(self, request: Request, parse: Any) -> Response[Any]:
        self.requests.append(request)
        return Response(200, {"x-cloud-resource-version": "7"}, parse(200, self.data))


async def test_tag_namespaces_send_through_the_transport() -> None:
    transport = _RecordingTransport({"id": "d1", "resources": {}})
    api = ApiNamespaces(transport)
    deployment = await api.deployments.get_deployment(deployment_id="d1", show_plans=True)
    assert isinstance(deployment, models.DeploymentGetResponse)
    detailed = await api.deployments.get_deployment_detailed(deployment_id="d1")
    assert detailed.status == 200 and detailed.resource_version == "7"
    assert [r.params for r in transport.requests] == [(("show_plans", "true"),), ()]
    assert api.deployments is api.deployments


def test_required_arguments_are_enforced() -> None:
    with pytest.raises(TypeError):
        get_deployment.build_request()  # type: ignore[call-arg]
