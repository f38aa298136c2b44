"""The send path (``ece_async/transport.py``): what issue 17 asked of it beyond coordinators.

Credentials out of every repr, answers that are not the ECE API, JSON the parser refuses,
a client closed during a call, the 401 replay's bound, slots bounded by the deadline.
"""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from ece_async import ECEClient, ResponseDecodeError, UnexpectedResponseError

from .facade_support import FakeClock, LocalServers, json_response, make_jwt

# -- 12: credentials are kept where no repr shows them ----------------------------------------------------


@pytest.mark.parametrize("own_session", [False, True])
async def test_vars_of_the_transport_show_no_credential(
    servers: LocalServers, clock: FakeClock, own_session: bool
) -> None:
    async def ok(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    base = await servers.start([("GET", "/deployments", ok)])
    token = make_jwt(2e9)
    for auth_kwargs, secret in (
        ({"api_key": "the-api-key-value"}, "the-api-key-value"),
        ({"token": token}, token),
    ):
        session = aiohttp.ClientSession() if own_session else None
        try:
            async with ECEClient(base, session=session, clock=clock, **auth_kwargs) as ece:  # type: ignore[arg-type]
                await ece.deployments.list_deployments()
                text = repr(vars(ece.transport))
        finally:
            if session is not None:
                await session.close()
        assert secret not in text
        assert secret[8:20] not in text
        assert "ApiKey " not in text and "Bearer " not in text


# -- issue 13: a success that is not the ECE API ------------------------------------------------------------


@pytest.mark.parametrize("body", [b"<html><body><h1>Sign in to the proxy</h1></body></html>", b""])
async def test_an_html_success_where_json_is_documented_is_an_unexpected_response(
    servers: LocalServers, clock: FakeClock, body: bytes
) -> None:
    served = []

    async def proxy_page(request: web.Request) -> web.Response:
        served.append(request.path)
        return web.Response(status=200, body=body, content_type="text/html")

    routes = [("GET", "/deployments/abc", proxy_page), ("DELETE", "/users/auth/keys/k1", proxy_page)]
    base = await servers.start(routes)
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(UnexpectedResponseError) as info:
            await ece.deployments.get_deployment(deployment_id="abc")
        if body:  # an empty-response operation: no body is fine, an HTML page is not
            with pytest.raises(UnexpectedResponseError):
                await ece.authentication.delete_api_key(api_key_id="k1")
    message = str(info.value)
    assert "-> 200" in message and "text/html" in message and "not the ECE API" in message
    if body:
        assert "Sign in to the proxy" in message and "<h1>" not in message
    assert isinstance(info.value, ResponseDecodeError) and not info.value.malformed
    assert len(served) == (2 if body else 1)  # never retried: it would come back the same


async def test_no_body_with_a_text_content_type_still_decodes_to_an_empty_response(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def empty(request: web.Request) -> web.Response:
        return web.Response(status=200, body=b"", headers={"Content-Type": "text/plain"})

    base = await servers.start([("DELETE", "/users/auth/keys/k1", empty)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        assert (await ece.authentication.delete_api_key_detailed(api_key_id="k1")).status == 200


# -- 15: valid JSON the parser refuses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b'{"deployments": ' + b"[" * 1025 + b"]" * 1025 + b"}", "nested deeper than the parser accepts"),
        (b'{"deployments": [], "n": 1e999}', "a number too large for a float"),
    ],
)
async def test_valid_json_the_parser_refuses_is_named_and_not_retried(
    servers: LocalServers, clock: FakeClock, body: bytes, said: str
) -> None:
    served = []

    async def refused(request: web.Request) -> web.Response:
        served.append(1)
        return web.Response(body=body, content_type="application/json")

    base = await servers.start([("GET", "/deployments", refused)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ResponseDecodeError) as info:
            await ece.deployments.list_deployments()
    assert said in str(info.value) and "not valid JSON" not in str(info.value)
    assert not info.value.malformed
    assert len(served) == 1
