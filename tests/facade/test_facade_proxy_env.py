"""``trust_env``: proxies from the environment, never ``~/.netrc`` (real servers on 127.0.0.1).

aiohttp's own ``trust_env`` also reads the netrc on every request and adds its ``Basic``
credentials for the host: with our ``Authorization`` header that is a ``ValueError`` on every
call, and a login would carry credentials nobody asked it to send.
"""

from __future__ import annotations

import asyncio
import base64
import os
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from ece_async import (
    NO_RETRY,
    APIError,
    ConfigurationError,
    ConnectError,
    ECEClient,
    ECEConnectionError,
    ECEError,
    Hooks,
    TransportError,
)

from .facade_support import LocalServers, exception_chain_texts, json_response, make_jwt

API_KEY = "key-netrc-test-0042"
PASSWORD = "login-password-7731"
NETRC_PASSWORD = "netrc-password-5519"
PROXY_PASSWORD = "proxy-pa:ss@word-8812"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No proxy variables but the test's own; a home without a netrc unless the test writes one."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name == "REQUEST_METHOD":
            monkeypatch.delenv(name)
    monkeypatch.delenv("NETRC", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return monkeypatch


@pytest.fixture
def netrc(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A curl user's netrc with an entry for the ECE host, where ``$NETRC`` and ``~`` find it."""
    path = tmp_path / ".netrc"
    path.write_text(f"machine 127.0.0.1\n  login netrc-user\n  password {NETRC_PASSWORD}\n")
    path.chmod(0o600)
    clean_env.setenv("NETRC", str(path))
    return path


class Seen:
    """What a server was sent: the request line's target and the headers of each request."""

    def __init__(self) -> None:
        self.targets: list[str] = []
        self.headers: list[dict[str, str]] = []

    def record(self, request: web.Request) -> None:
        self.targets.append(request.raw_path)
        self.headers.append(dict(request.headers))

    def authorizations(self) -> list[str | None]:
        return [headers.get("Authorization") for headers in self.headers]


async def ece_server(servers: LocalServers, seen: Seen) -> str:
    """A coordinator answering the deployments list and a login, recording what it gets."""

    async def deployments(request: web.Request) -> web.Response:
        seen.record(request)
        return json_response({"deployments": []})

    async def login(request: web.Request) -> web.Response:
        seen.record(request)
        return json_response({"token": make_jwt(4102444800)})

    return await servers.start([("GET", "/deployments", deployments), ("POST", "/users/auth/_login", login)])


async def proxy_server(servers: LocalServers, seen: Seen, *, status: int = 200) -> str:
    """A proxy-ish server: takes the absolute-URI request a proxy gets and answers it itself.

    An error status echoes the ``Proxy-Authorization`` it got, as a careless proxy's page might.
    """

    async def forward(request: web.Request) -> web.Response:
        seen.record(request)
        if status != 200:
            echoed = f"<html>denied: {request.headers.get('Proxy-Authorization')}</html>"
            return web.Response(status=status, text=echoed, content_type="text/html")
        return json_response({"deployments": []})

    return await servers.start([("GET", "/deployments", forward)])  # routed by the URI's path


async def test_a_netrc_entry_for_the_host_does_not_touch_api_key_calls(
    netrc: Path, servers: LocalServers
) -> None:
    seen = Seen()
    base = await ece_server(servers, seen)
    async with ECEClient(base, api_key=API_KEY, trust_env=True, retry=NO_RETRY) as ece:
        for _ in range(2):
            assert (await ece.deployments.list_deployments()).deployments == []
    assert seen.authorizations() == [f"ApiKey {API_KEY}"] * 2


async def test_a_login_sends_no_netrc_credentials(netrc: Path, servers: LocalServers) -> None:
    seen = Seen()
    base = await ece_server(servers, seen)
    async with ECEClient(base, username="admin", password=PASSWORD, trust_env=True, retry=NO_RETRY) as ece:
        await ece.deployments.list_deployments()
    login, listing = seen.authorizations()
    assert login is None  # the credentials go in the body; the netrc's Basic stays home
    assert listing is not None and listing.startswith("Bearer ")
    assert not any("netrc-user" in str(headers) for headers in seen.headers)


async def test_http_proxy_from_the_environment_carries_the_request(
    clean_env: pytest.MonkeyPatch, servers: LocalServers
) -> None:
    via_proxy = Seen()
    clean_env.setenv("HTTP_PROXY", await proxy_server(servers, via_proxy))
    async with ECEClient("http://ece.invalid:12400", api_key=API_KEY, trust_env=True, retry=NO_RETRY) as ece:
        assert (await ece.deployments.list_deployments()).deployments == []
    assert via_proxy.targets == ["http://ece.invalid:12400/api/v1/deployments"]
    assert via_proxy.authorizations() == [f"ApiKey {API_KEY}"]
    assert via_proxy.headers[0].get("Proxy-Authorization") is None, via_proxy.headers[0]


@pytest.mark.parametrize("credentials", [False, True])
async def test_an_https_coordinator_is_reached_through_connect_without_the_api_key(
    clean_env: pytest.MonkeyPatch, credentials: bool
) -> None:
    """aiohttp moves a session's default ``Authorization`` into the proxy's headers: the API
    key would reach the proxy, in the clear text of the CONNECT."""
    heads: list[bytes] = []

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        heads.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    proxy = await asyncio.start_server(refuse, "127.0.0.1", 0)
    port = proxy.sockets[0].getsockname()[1]
    userinfo = f"proxy-user:{PROXY_PASSWORD.replace('@', '%40')}@" if credentials else ""
    clean_env.setenv("HTTPS_PROXY", f"http://{userinfo}127.0.0.1:{port}")
    try:
        async with ECEClient(
            "https://ece.invalid:12443", api_key=API_KEY, trust_env=True, retry=NO_RETRY
        ) as ece:
            with pytest.raises(ECEError) as caught:
                await ece.deployments.list_deployments()
    finally:
        proxy.close()
        await proxy.wait_closed()
    (head,) = heads
    assert head.startswith(b"CONNECT ece.invalid:12443 ")
    assert API_KEY.encode() not in head
    expected = base64.b64encode(f"proxy-user:{PROXY_PASSWORD}".encode())
    assert (b"Proxy-Authorization: Basic " + expected in head) is credentials
    assert (b"Proxy-Authorization" in head) is credentials
    assert PROXY_PASSWORD not in str(caught.value) and expected.decode() not in str(caught.value)


async def test_no_proxy_bypasses_the_proxy(clean_env: pytest.MonkeyPatch, servers: LocalServers) -> None:
    via_proxy, direct = Seen(), Seen()
    clean_env.setenv("HTTP_PROXY", await proxy_server(servers, via_proxy))
    clean_env.setenv("NO_PROXY", "127.0.0.1")
    base = await ece_server(servers, direct)
    async with ECEClient(base, api_key=API_KEY, trust_env=True, retry=NO_RETRY) as ece:
        await ece.deployments.list_deployments()
    assert via_proxy.targets == [] and direct.targets == ["/api/v1/deployments"]


async def test_without_trust_env_the_environment_is_not_read(
    netrc: Path, clean_env: pytest.MonkeyPatch, servers: LocalServers
) -> None:
    via_proxy, direct = Seen(), Seen()
    clean_env.setenv("HTTP_PROXY", await proxy_server(servers, via_proxy))
    base = await ece_server(servers, direct)
    async with ECEClient(base, api_key=API_KEY, retry=NO_RETRY) as ece:
        await ece.deployments.list_deployments()
    assert via_proxy.targets == [] and direct.authorizations() == [f"ApiKey {API_KEY}"]


async def test_proxy_credentials_reach_the_proxy_and_nothing_else(
    clean_env: pytest.MonkeyPatch, servers: LocalServers
) -> None:
    via_proxy, events = Seen(), []
    proxy = await proxy_server(servers, via_proxy, status=502)
    quoted = PROXY_PASSWORD.replace(":", "%3A").replace("@", "%40")
    clean_env.setenv("HTTP_PROXY", proxy.replace("http://", f"http://proxy-user:{quoted}@"))
    hooks = Hooks(on_request_start=events.append, on_request_end=events.append)
    ece = ECEClient("http://ece.invalid:12400", api_key=API_KEY, trust_env=True, retry=NO_RETRY, hooks=hooks)
    async with ece:
        with pytest.raises(APIError) as caught:
            await ece.deployments.list_deployments()
    sent = via_proxy.headers[0]["Proxy-Authorization"]
    assert base64.b64decode(sent.removeprefix("Basic ")).decode() == f"proxy-user:{PROXY_PASSWORD}"
    shown: list[Any] = [
        *exception_chain_texts(caught.value),
        *map(repr, events),
        repr(ece),
        repr(ece.transport),
        repr(vars(ece.transport)),
    ]
    for text in map(str, shown):
        assert PROXY_PASSWORD not in text and quoted not in text and sent.removeprefix("Basic ") not in text
    assert "denied: Basic ***" in str(caught.value)  # the echoed header was there, masked


async def test_a_callers_session_keeps_its_own_settings(
    clean_env: pytest.MonkeyPatch, servers: LocalServers
) -> None:
    via_proxy, direct = Seen(), Seen()
    clean_env.setenv("HTTP_PROXY", await proxy_server(servers, via_proxy))
    base = await ece_server(servers, direct)
    async with aiohttp.ClientSession() as session:  # trust_env=False: it goes direct
        async with ECEClient(base, api_key=API_KEY, session=session, trust_env=True, retry=NO_RETRY) as ece:
            await ece.deployments.list_deployments()
        assert not session.trust_env
    assert via_proxy.targets == [] and direct.authorizations() == [f"ApiKey {API_KEY}"]


def test_a_proxy_user_name_basic_auth_cannot_carry_is_refused_without_showing_the_password(
    clean_env: pytest.MonkeyPatch,
) -> None:
    clean_env.setenv("HTTP_PROXY", f"http://odd%3Auser:{PROXY_PASSWORD.replace('@', '%40')}@127.0.0.1:3128")
    with pytest.raises(ConfigurationError, match="the http proxy URL in the environment") as caught:
        ECEClient("http://ece.invalid:12400", api_key=API_KEY, trust_env=True)
    # Frames not searched: the constructor's own locals hold every credential it was given.
    assert not any(PROXY_PASSWORD in text for text in exception_chain_texts(caught.value, frames=False))


async def test_an_https_proxy_url_is_ignored_in_one_warning_line_without_its_password(
    clean_env: pytest.MonkeyPatch, servers: LocalServers, caplog: pytest.LogCaptureFixture
) -> None:
    """aiohttp speaks to a proxy in plain HTTP only: an ``https://`` proxy is not used, and a
    user whose traffic must go through it learns why it went direct, once, as aiohttp's own
    ``trust_env`` says it (a warning)."""
    via_proxy, direct = Seen(), Seen()
    proxy = await proxy_server(servers, via_proxy)
    quoted = PROXY_PASSWORD.replace(":", "%3A").replace("@", "%40")
    clean_env.setenv("HTTP_PROXY", proxy.replace("http://", f"https://proxy-user:{quoted}@"))
    base = await ece_server(servers, direct)
    other = base.replace("127.0.0.1", "localhost")  # a second coordinator, the same proxy
    with caplog.at_level("WARNING", logger="ece_async"):
        async with ECEClient([base, other], api_key=API_KEY, trust_env=True, retry=NO_RETRY) as ece:
            await ece.deployments.list_deployments()
    assert via_proxy.targets == [] and direct.targets == ["/api/v1/deployments"]
    (record,) = [r for r in caplog.records if r.name == "ece_async"]
    line = record.getMessage()
    assert record.levelname == "WARNING" and "\n" not in line
    assert "https://" in line and "HTTP_PROXY" in line.upper() and "ignored" in line
    assert PROXY_PASSWORD not in line and quoted not in line and "proxy-user" not in line


@pytest.mark.parametrize(("status", "method", "sends"), [(407, "GET", 1), (403, "GET", 1), (502, "POST", 4)])
async def test_a_proxy_refusing_the_tunnel_is_not_retried_and_its_gateway_failure_is(
    clean_env: pytest.MonkeyPatch, clock: Any, status: int, method: str, sends: int
) -> None:
    """A proxy's 4xx to CONNECT (credentials missing or wrong, a policy) answers every attempt
    the same, and says nothing of the coordinator; its 5xx (the coordinator unreachable from it)
    is a connection that never reached the coordinator: retried, even a POST."""
    heads: list[bytes] = []

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        heads.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(b"HTTP/1.1 %d Refused\r\nContent-Length: 0\r\n\r\n" % status)
        await writer.drain()
        writer.close()

    proxy = await asyncio.start_server(refuse, "127.0.0.1", 0)
    clean_env.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.sockets[0].getsockname()[1]}")
    try:
        async with ECEClient(
            "https://ece.invalid:12443", api_key=API_KEY, trust_env=True, clock=clock
        ) as ece:
            with pytest.raises(TransportError) as caught:
                await ece.request(method, "/deployments", json={} if method == "POST" else None)
    finally:
        proxy.close()
        await proxy.wait_closed()
    assert len(heads) == caught.value.attempts == sends
    assert str(status) in str(caught.value)
    assert isinstance(caught.value, ConnectError) is (status >= 500)
    assert isinstance(caught.value, ECEConnectionError) is (status >= 500)  # not the coordinator's failure
