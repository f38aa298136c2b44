"""ECEClient: operations, URLs, query parameters, raw requests, lifecycle, per-call options."""

from __future__ import annotations

import asyncio
import re
import warnings

import aiohttp
import pytest
from aioresponses import aioresponses
from yarl import URL

import ece_async
from ece_async import (
    NO_RETRY,
    ClientClosedError,
    ConfigurationError,
    ECEClient,
    ECEError,
    InsecureTLSWarning,
    RetryPolicy,
    Timeout,
)
from ece_async._generated import OPERATIONS, ApiNamespaces
from ece_async.models import DeploymentGetResponse

from .facade_support import API, BASE, FakeClock, mock_ece


def sent(m: aioresponses, method: str = "GET") -> list[tuple[URL, dict[str, object]]]:
    """Every (url, kwargs) aioresponses saw for ``method``, in order."""
    calls = []
    for (verb, url), requests in m.requests.items():
        if verb == method:
            calls.extend((url, call.kwargs) for call in requests)
    return calls


# -- operations ------------------------------------------------------------------------------------


def test_every_tag_of_the_spec_is_an_attribute_and_nothing_of_ours_shadows_one() -> None:
    tags = {tag for tag, *_ in OPERATIONS.values()}
    assert issubclass(ECEClient, ApiNamespaces)
    ours = set(vars(ECEClient)) - set(vars(ApiNamespaces))
    assert not ours & tags
    client = ECEClient(BASE, api_key="k" * 8)
    for tag, module, *_ in OPERATIONS.values():
        api = getattr(client, tag)
        assert callable(getattr(api, module)), (tag, module)
        assert callable(getattr(api, f"{module}_detailed")), (tag, module)


async def test_get_deployment_parses_into_models_and_detailed_exposes_metadata(mocked: aioresponses) -> None:
    mocked.get(
        f"{API}/deployments/abc",
        payload={"id": "abc", "name": "prod", "healthy": True, "resources": {}},
        headers={"x-cloud-resource-version": "7", "x-cloud-resource-created": "2024-01-01"},
        repeat=True,
    )
    async with ECEClient(BASE, api_key="key-1234") as ece:
        dep = await ece.deployments.get_deployment(deployment_id="abc")
        assert isinstance(dep, DeploymentGetResponse)
        assert (dep.id, dep.name, dep.healthy) == ("abc", "prod", True)
        detailed = await ece.deployments.get_deployment_detailed(deployment_id="abc")
    assert detailed.status == 200
    assert detailed.parsed.id == "abc"
    assert detailed.resource_version == "7"
    assert detailed.resource_created == "2024-01-01"


@pytest.mark.parametrize(
    "base_url",
    [
        "https://ece.example:12443",
        "https://ece.example:12443/",
        "https://ece.example:12443/api/v1",
        "https://ece.example:12443/api/v1/",
    ],
)
async def test_base_url_with_or_without_api_root_and_slash(mocked: aioresponses, base_url: str) -> None:
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    async with ECEClient(base_url, api_key="key-1234") as ece:
        assert ece.base_url == API
        await ece.deployments.list_deployments()
    [(url, _)] = sent(mocked)
    assert str(url) == f"{API}/deployments"


async def test_base_url_behind_a_path_prefix_keeps_the_prefix(mocked: aioresponses) -> None:
    mocked.get("https://proxy.example/ece/api/v1/deployments", payload={"deployments": []})
    async with ECEClient("https://proxy.example/ece/", api_key="key-1234") as ece:
        await ece.deployments.list_deployments()
    assert ece.base_url == "https://proxy.example/ece/api/v1"


@pytest.mark.parametrize(
    "bad",
    ["ece.example:12443", "ftp://ece.example", "https://user:pw@ece.example", "https://h/?a=b", "/api/v1"],
)
def test_invalid_base_urls_are_rejected_without_echoing_credentials(bad: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        ECEClient(bad, api_key="key-1234")
    assert "pw@" not in str(info.value)


async def test_query_params_are_ece_strings_and_path_params_are_quoted(mocked: aioresponses) -> None:
    mocked.get(re.compile(r".*"), payload={"id": "x", "resources": {}})
    async with ECEClient(BASE, api_key="key-1234") as ece:
        await ece.deployments.get_deployment(
            deployment_id="a/b c", show_plans=True, show_metadata=False, show_system_alerts=3
        )
    [(url, _)] = sent(mocked)
    assert url.raw_path == "/api/v1/deployments/a%2Fb%20c"
    assert dict(url.query) == {"show_plans": "true", "show_metadata": "false", "show_system_alerts": "3"}


async def test_post_body_is_json_with_content_type(mocked: aioresponses) -> None:
    from ece_async.models import SearchRequest

    mocked.post(
        f"{API}/deployments/_search", payload={"deployments": [], "return_count": 0, "match_count": 0}
    )
    async with ECEClient(BASE, api_key="key-1234") as ece:
        result = await ece.deployments.search_deployments(body=SearchRequest.from_dict({"size": 5}))
    assert result.return_count == 0
    [(_, kwargs)] = sent(mocked, "POST")
    assert kwargs["data"] == b'{"size":5}'
    assert kwargs["headers"]["Content-Type"] == "application/json"


async def test_multipart_upload_sends_form_data(mocked: aioresponses) -> None:
    from ece_async._generated import File
    from ece_async.models import UploadExtensionBody

    mocked.put(
        f"{API}/deployments/extensions/ext1", payload={"id": "ext1", "name": "n", "extension_type": "bundle"}
    )
    async with ECEClient(BASE, api_key="key-1234") as ece:
        body = UploadExtensionBody(file=File(b"zipbytes", file_name="ext.zip", mime_type="application/zip"))
        await ece.extensions.upload_extension(extension_id="ext1", body=body)
    [(_, kwargs)] = sent(mocked, "PUT")
    assert isinstance(kwargs["data"], aiohttp.FormData)


# -- raw requests ----------------------------------------------------------------------------------


async def test_raw_request_converts_params_and_returns_decoded_json(mocked: aioresponses) -> None:
    mocked.get(re.compile(r".*"), payload={"ok": True})
    async with ECEClient(BASE, api_key="key-1234") as ece:
        result = await ece.request(
            "get",
            "/api/v1/platform/custom",
            params={"flag": True, "off": False, "n": 2, "skip": None, "t": ["a", "b"]},
        )
    assert result == {"ok": True}
    [(url, _)] = sent(mocked)
    assert url.raw_path == "/api/v1/platform/custom"
    assert sorted(url.query.items()) == [
        ("flag", "true"),
        ("n", "2"),
        ("off", "false"),
        ("t", "a"),
        ("t", "b"),
    ]


async def test_raw_request_json_content_text_and_empty_bodies(mocked: aioresponses) -> None:
    mocked.post(f"{API}/things", body="plain words", content_type="text/plain")
    mocked.put(f"{API}/things/1", body=b"", status=204)
    mocked.get(f"{API}/things/x%20y", payload=[1, 2])
    async with ECEClient(BASE, api_key="key-1234") as ece:
        assert await ece.request("POST", "things", json={"a": 1}) == "plain words"
        assert await ece.request("PUT", "/things/1", content=b"raw", headers={"X-Extra": "1"}) is None
        assert await ece.request("GET", "/things/x y") == [1, 2]
    ((_, post_kwargs),) = sent(mocked, "POST")
    assert post_kwargs["data"] == b'{"a":1}'
    ((_, put_kwargs),) = sent(mocked, "PUT")
    assert put_kwargs["data"] == b"raw"
    assert put_kwargs["headers"]["X-Extra"] == "1"
    assert put_kwargs["headers"]["Content-Type"] == "application/octet-stream"


async def test_raw_request_rejects_query_in_path_and_double_bodies() -> None:
    async with ECEClient(BASE, api_key="key-1234") as ece:
        with pytest.raises(ConfigurationError):
            await ece.request("GET", "/x?a=b")
        with pytest.raises(ConfigurationError):
            await ece.request("POST", "/x", json={}, content=b"")


# -- lifecycle -------------------------------------------------------------------------------------


def test_construct_outside_a_loop_then_use_inside_one() -> None:
    client = ECEClient(BASE, api_key="key-1234")
    assert client.transport._node.session is None

    async def main() -> object:
        with mock_ece() as m:
            m.get(f"{API}/deployments", payload={"deployments": []})
            try:
                return await client.deployments.list_deployments()
            finally:
                await client.close()

    assert asyncio.run(main()) is not None
    assert client.closed


async def test_closed_client_raises_clear_error(mocked: aioresponses) -> None:
    ece = ECEClient(BASE, api_key="key-1234")
    await ece.close()
    await ece.close()  # idempotent
    with pytest.raises(ClientClosedError, match="closed"):
        await ece.deployments.list_deployments()
    with pytest.raises(ClientClosedError):
        async with ece:
            pass
    assert isinstance(ClientClosedError("x"), ECEError)


async def test_async_with_closes_own_session() -> None:
    async with ECEClient(BASE, api_key="key-1234") as ece:
        with mock_ece() as m:
            m.get(f"{API}/deployments", payload={"deployments": []})
            await ece.deployments.list_deployments()
        session = ece.transport._node.session
        assert session is not None and not session.closed
    assert session.closed


async def test_external_session_is_used_and_never_closed() -> None:
    async with aiohttp.ClientSession() as session:
        with mock_ece() as m:
            m.get(f"{API}/deployments", payload={"deployments": []})
            async with ECEClient(BASE, api_key="key-1234", session=session) as ece:
                await ece.deployments.list_deployments()
            [(_, kwargs)] = sent(m)
        assert not session.closed
        assert ece.closed
        # A caller's session has no defaults of ours: the headers go with each request.
        assert kwargs["headers"]["Authorization"] == "ApiKey key-1234"
        assert kwargs["headers"]["Accept"] == "application/json"


async def test_own_session_carries_static_headers_as_defaults(mocked: aioresponses) -> None:
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    async with ECEClient(BASE, api_key="key-1234", user_agent="svc/1") as ece:
        await ece.deployments.list_deployments()
        session = ece.transport._node.session
        assert session is not None
        assert session.headers["Authorization"] == "ApiKey key-1234"
        assert session.headers["User-Agent"] == "svc/1"


async def test_connection_pool_is_sized_to_max_concurrency(mocked: aioresponses) -> None:
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    async with ECEClient(BASE, api_key="key-1234", max_concurrency=20) as ece:
        await ece.deployments.list_deployments()
        session = ece.transport._node.session
        assert session is not None and session.connector is not None
        assert session.connector.limit == 20
    default = ECEClient(BASE, api_key="key-1234")
    assert default.transport.max_concurrency == ece_async.DEFAULT_MAX_CONCURRENCY == 32


def test_using_a_client_from_two_loops_is_a_clear_error() -> None:
    async def first() -> ECEClient:
        async with aiohttp.ClientSession() as session:
            client = ECEClient(BASE, api_key="key-1234", session=session)
            with mock_ece() as m:
                m.get(f"{API}/deployments", payload={"deployments": []})
                await client.deployments.list_deployments()
            return client

    client = asyncio.run(first())

    async def second() -> None:
        await client.deployments.list_deployments()

    with pytest.raises(ConfigurationError, match="event loop"):
        asyncio.run(second())


def test_auth_arguments_are_exclusive() -> None:
    with pytest.raises(ConfigurationError):
        ECEClient(BASE, api_key="key-1234", token="tok-1234")
    with pytest.raises(ConfigurationError):
        ECEClient(BASE, username="admin")
    ECEClient(BASE)  # no auth at all is allowed (e.g. behind an authenticating proxy)


# -- TLS options -----------------------------------------------------------------------------------


def test_verify_ssl_false_warns() -> None:
    with pytest.warns(InsecureTLSWarning):
        client = ECEClient(BASE, api_key="key-1234", verify_ssl=False)
    assert client.transport._node.ssl is False


def test_tls_verification_is_on_by_default_and_options_conflict() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ECEClient(BASE, api_key="key-1234").transport._node.ssl is True
    import ssl

    ctx = ssl.create_default_context()
    assert ECEClient(BASE, api_key="key-1234", ssl_context=ctx).transport._node.ssl is ctx
    with pytest.raises(ConfigurationError):
        ECEClient(BASE, api_key="key-1234", ssl_context=ctx, ca_file="/x.pem")
    with pytest.raises(ConfigurationError):
        ECEClient(BASE, api_key="key-1234", verify_ssl=False, ssl_context=ctx)
    with pytest.raises(ConfigurationError, match="ca_file"):
        ECEClient(BASE, api_key="key-1234", ca_file="/nonexistent/ca.pem")


# -- per-call options ------------------------------------------------------------------------------


async def test_options_override_retry_and_timeout_for_calls_inside_the_block(
    mocked: aioresponses, clock: FakeClock
) -> None:
    mocked.get(f"{API}/deployments", status=503, repeat=True)
    async with ECEClient(BASE, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=5)) as ece:
        with ece.options(retry=NO_RETRY, timeout=3):
            with pytest.raises(ece_async.ServerError) as info:
                await ece.deployments.list_deployments()
            assert info.value.attempts == 1
            [(_, kwargs)] = sent(mocked)
            assert kwargs["timeout"].total == 3
            with ece.options(timeout=Timeout(total=9, connect=1)):
                # Nested: the inner timeout wins, the outer retry policy stays.
                with pytest.raises(ece_async.ServerError):
                    await ece.deployments.list_deployments()
                assert sent(mocked)[-1][1]["timeout"].total == 9
                assert len(sent(mocked)) == 2
        with pytest.raises(ece_async.ServerError) as info:
            await ece.deployments.list_deployments()
        assert info.value.attempts == 5
        assert sent(mocked)[-1][1]["timeout"].total == 60


async def test_options_are_per_client(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.get(f"{API}/deployments", status=503, repeat=True)
    async with (
        ECEClient(BASE, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=2)) as one,
        ECEClient(BASE, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=3)) as two,
    ):
        with one.options(retry=NO_RETRY):
            with pytest.raises(ece_async.ServerError) as info:
                await two.deployments.list_deployments()
            assert info.value.attempts == 3


def test_repr_is_informative() -> None:
    client = ECEClient(BASE, api_key="key-1234")
    assert repr(client) == "ECEClient('https://ece.example:12443/api/v1', auth=ApiKeyAuth(api_key=***), open)"
