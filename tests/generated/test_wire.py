"""Generated operations through the real client against an aiohttp server on 127.0.0.1: what goes out."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from ece_async import ECEClient, ECEError, RequestEncodeError, ResponseDecodeError, models
from ece_async._generated import File

Seen = list[dict[str, Any]]


@pytest.fixture
async def server() -> AsyncIterator[tuple[ECEClient, Seen]]:
    seen: Seen = []
    replies: dict[str, web.Response] = {}

    async def record(request: web.Request) -> web.Response:
        seen.append(
            {
                "method": request.method,
                "raw_path": request.raw_path,
                "content_type": request.headers.get("Content-Type", ""),
                "body": await request.read(),
            }
        )
        reply = replies.get(request.path)
        return reply if reply is not None else web.json_response({})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", record)
    test_server = TestServer(app, host="127.0.0.1", port=0)
    await test_server.start_server()
    try:
        async with ECEClient(str(test_server.make_url("/")), api_key="k3y-for-tests") as ece:
            ece.test_replies = replies  # type: ignore[attr-defined]
            yield ece, seen
    finally:
        await test_server.close()


async def test_instance_ids_go_out_comma_separated(server: tuple[ECEClient, Seen]) -> None:
    ece, seen = server
    await ece.deployments.start_deployment_resource_instances(
        deployment_id="d1", resource_kind="elasticsearch", ref_id="main", instance_ids=["i-1", "i-2"]
    )
    assert seen[0]["raw_path"] == "/api/v1/deployments/d1/elasticsearch/main/instances/i-1,i-2/_start"


async def test_dot_segments_are_refused_before_anything_is_sent(server: tuple[ECEClient, Seen]) -> None:
    ece, seen = server
    for ref_id in ("..", ".", ""):
        with pytest.raises(RequestEncodeError) as excinfo:
            await ece.deployments.shutdown_deployment_es_resource(deployment_id="d1", ref_id=ref_id)
        assert isinstance(excinfo.value, ECEError) and isinstance(excinfo.value, ValueError)
        assert "ref_id" in str(excinfo.value)
    assert seen == []


async def test_unsupported_query_values_are_refused_as_ece_errors(server: tuple[ECEClient, Seen]) -> None:
    ece, seen = server
    for value in (b"bytes", {"a": 1}, {"a"}, object()):
        with pytest.raises(RequestEncodeError, match="show_plans: cannot send a value of type"):
            await ece.deployments.get_deployment(deployment_id="d1", show_plans=value)  # type: ignore[arg-type]
        with pytest.raises(RequestEncodeError, match="q: cannot send a value of type"):
            await ece.request("GET", "/deployments", params={"q": value})
    assert seen == []
    await ece.request("GET", "/deployments", params={"tag": ["a", "b"], "skip": None, "on": True})
    assert seen[0]["raw_path"] == "/api/v1/deployments?tag=a&tag=b&on=true"


async def test_saml_callback_is_form_encoded(server: tuple[ECEClient, Seen]) -> None:
    ece, seen = server
    body = models.SamlCallbackBody(saml_response="PHNhbWw+PC9zYW1sPg==", relay_state="r/1")
    await ece.authentication.saml_callback(body=body)
    assert seen[0]["content_type"] == "application/x-www-form-urlencoded"
    assert seen[0]["body"] == b"SAMLResponse=PHNhbWw%2BPC9zYW1sPg%3D%3D&RelayState=r%2F1"


async def test_bodies_of_operations_without_consumes_are_json(server: tuple[ECEClient, Seen]) -> None:
    ece, seen = server
    await ece.platform_configuration_instances.create_instance_configuration(
        body=models.InstanceConfiguration(
            name="ic",
            instance_type="elasticsearch",
            discrete_sizes=models.DiscreteSizes([1024]),
            node_types=None,
        )
    )
    assert seen[0]["content_type"] == "application/json"
    assert json.loads(seen[0]["body"]) == {
        "name": "ic",
        "instance_type": "elasticsearch",
        "discrete_sizes": {"sizes": [1024]},
        "node_types": None,
    }


async def test_file_uploads_are_multipart(server: tuple[ECEClient, Seen]) -> None:
    ece, seen = server
    archive = File(payload=b"PK\x03\x04zip", file_name="ext.zip", mime_type="application/zip")
    await ece.extensions.upload_extension(extension_id="e1", body=models.UploadExtensionBody(file=archive))
    assert seen[0]["content_type"].startswith("multipart/form-data; boundary=")
    assert b'filename="ext.zip"' in seen[0]["body"] and b"PK\x03\x04zip" in seen[0]["body"]


async def test_responses_decode_by_the_content_type_actually_sent(server: tuple[ECEClient, Seen]) -> None:
    ece, _ = server
    replies: dict[str, web.Response] = ece.test_replies  # type: ignore[attr-defined]
    replies["/api/v1/deployments/d1"] = web.Response(text='{"not": "json here"}', content_type="text/plain")
    with pytest.raises(ResponseDecodeError, match="expected an object, got a string"):  # text, not a model
        await ece.deployments.get_deployment(deployment_id="d1")
    replies["/api/v1/deployments/d2"] = web.Response(
        body=b'{"id": "d2", "name": "n"}', content_type="application/json", charset="utf-8"
    )
    deployment = await ece.deployments.get_deployment(deployment_id="d2")
    assert isinstance(deployment, models.DeploymentGetResponse) and deployment.name == "n"
