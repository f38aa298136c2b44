"""The client against real aiohttp servers on 127.0.0.1 (no mocks between client and socket).

Retry waits run on a virtual clock, so storms of long ``Retry-After`` values cost no real time;
nothing here asserts wall-clock speed.
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from ece_async import (
    ClientClosedError,
    ECEClient,
    ECEConnectionError,
    ECETimeoutError,
    InsecureTLSWarning,
    PasswordAuth,
    RetryPolicy,
    ServerError,
    Timeout,
    TLSError,
)
from ece_async.auth import jwt_claims

from .facade_support import FakeClock, LocalServers, error_body, make_jwt

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


# -- concurrency -------------------------------------------------------------------------------------


@pytest.mark.parametrize("own_session", [True, False])
async def test_a_bound_of_20_holds_under_1000_concurrent_calls(
    servers: LocalServers, own_session: bool
) -> None:
    in_flight = 0
    peak = 0
    total = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal in_flight, peak, total
        in_flight += 1
        total += 1
        peak = max(peak, in_flight)
        try:
            await asyncio.sleep(0.001)
            return web.json_response({"id": request.match_info["id"], "resources": {}})
        finally:
            in_flight -= 1

    server_url = await servers.start([("GET", "/deployments/{id}", handler)])
    # A caller's session may have an unlimited pool: then the client's own bound is all there is.
    session = None if own_session else aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    try:
        async with ECEClient(server_url, api_key="key-1234", max_concurrency=20, session=session) as ece:
            results = await asyncio.gather(
                *(ece.deployments.get_deployment(deployment_id=f"d{i}") for i in range(1000))
            )
    finally:
        if session is not None:
            await session.close()
    assert [r.id for r in results] == [f"d{i}" for i in range(1000)]
    assert total == 1000
    assert peak == 20


# -- 429 storms ----------------------------------------------------------------------------------------


async def test_429_storm_with_retry_after_every_call_gets_through(servers: LocalServers) -> None:
    attempts: dict[str, int] = {}

    async def throttled(request: web.Request) -> web.Response:
        key = request.match_info.get("id") or (await request.json())["key"]
        attempts[key] = attempts.get(key, 0) + 1
        if attempts[key] <= 2:
            return web.json_response(
                error_body("billing_service.rate_limited", "slow down"),
                status=429,
                headers={"Retry-After": "3", "x-cloud-error-codes": "billing_service.rate_limited"},
            )
        return web.json_response({"id": key, "resources": {}})

    server_url = await servers.start(
        [("GET", "/deployments/{id}", throttled), ("POST", "/custom", throttled)]
    )
    clock = FakeClock()
    async with ECEClient(
        server_url,
        api_key="key-1234",
        clock=clock,
        max_concurrency=10,
        retry=RetryPolicy(max_attempts=3, deadline=None),  # virtual sleeps of concurrent calls add up
    ) as ece:
        got = await asyncio.gather(
            *(ece.deployments.get_deployment(deployment_id=f"g{i}") for i in range(100)),
            *(ece.request("POST", "/custom", json={"key": f"p{i}"}) for i in range(100)),
        )
    assert len(got) == 200
    assert set(attempts.values()) == {3}
    assert len(clock.sleeps) == 400 and min(clock.sleeps) >= 3


# -- tokens expiring mid-run ---------------------------------------------------------------------------


async def test_tokens_expiring_mid_run(servers: LocalServers) -> None:
    clock = FakeClock()
    lifetime = 300.0
    stats = {"logins": 0, "refreshes": 0, "served": 0, "expired_seen": 0}

    def valid(request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        claims = jwt_claims(header.removeprefix("Bearer "))
        return claims is not None and clock.time() < claims["exp"]

    def token() -> dict[str, str]:
        now = clock.time()
        return {"token": make_jwt(now + lifetime, iat=now, nonce=stats["logins"] + stats["refreshes"])}

    async def login(request: web.Request) -> web.Response:
        stats["logins"] += 1
        body = await request.json()
        if body != {"username": "admin", "password": "pw-123456"}:
            return web.json_response(error_body("root.unauthenticated"), status=401)
        return web.json_response(token())

    async def refresh(request: web.Request) -> web.Response:
        stats["refreshes"] += 1
        if not valid(request):
            return web.json_response(error_body("root.unauthorized"), status=401)
        return web.json_response(token())

    async def api(request: web.Request) -> web.Response:
        await asyncio.sleep(0)
        if not valid(request):
            stats["expired_seen"] += 1
            return web.json_response(error_body("root.unauthorized", "expired"), status=401)
        stats["served"] += 1
        if stats["served"] % 50 == 0:
            clock.advance(lifetime + 100)  # every token out there is now expired
        return web.json_response({"deployments": []})

    server_url = await servers.start(
        [
            ("POST", "/users/auth/_login", login),
            ("POST", "/users/auth/_refresh", refresh),
            ("GET", "/deployments", api),
        ]
    )
    auth = PasswordAuth("admin", "pw-123456")
    # The calls queued behind the 8 slots wait through three 400 s jumps of the virtual clock: past
    # any retry deadline, which bounds waiting for a slot too.
    no_deadline = RetryPolicy(deadline=None)
    async with ECEClient(server_url, auth=auth, clock=clock, max_concurrency=8, retry=no_deadline) as ece:
        await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(200)))
    advances = 200 // 50 - 1  # the clock jumps after requests 50, 100 and 150 (and 200: nobody follows)
    assert stats["served"] == 200
    # One renewal per expiry; the client knows the token expired, so it logs in again without
    # first sending the dead token to _refresh.
    assert stats["logins"] == advances + 1
    assert stats["refreshes"] == 0
    assert auth.renewals == stats["logins"]


# -- dropped connections and odd responses ---------------------------------------------------------


async def test_dropped_connections(servers: LocalServers) -> None:
    seen: dict[str, int] = {}

    async def flaky(request: web.Request) -> web.StreamResponse:
        key = f"{request.method} {request.path}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 1:
            assert request.transport is not None
            request.transport.close()  # mid-request: no response at all
            await asyncio.sleep(0)
            return web.Response()
        if seen[key] == 2 and request.method == "GET":
            response = web.StreamResponse(
                headers={"Content-Type": "application/json", "Content-Length": "1000"}
            )
            await response.prepare(request)
            await response.write(b'{"deployments": [')
            assert request.transport is not None
            request.transport.close()  # mid-body
            return response
        return web.json_response({"deployments": []})

    server_url = await servers.start(
        [
            ("GET", "/deployments", flaky),
            ("POST", "/deployments/_search", flaky),
            ("POST", "/deployments/d1/_shutdown", flaky),
        ]
    )
    async with ECEClient(server_url, api_key="key-1234", clock=FakeClock()) as ece:
        await ece.deployments.list_deployments()
        await ece.deployments.search_deployments()  # a search only reads: retried like a GET
        with pytest.raises(ECEConnectionError):
            await ece.deployments.shutdown_deployment(deployment_id="d1")
    assert seen == {
        "GET /api/v1/deployments": 3,
        "POST /api/v1/deployments/_search": 2,
        "POST /api/v1/deployments/d1/_shutdown": 1,
    }


async def test_html_error_pages_from_a_proxy(servers: LocalServers) -> None:
    calls = 0

    async def gateway(request: web.Request) -> web.Response:
        nonlocal calls
        calls += 1
        html = "<html><body><h1>502 Bad Gateway</h1>" + "<hr>nginx/1.25" * 50 + "</body></html>"
        return web.Response(status=502, text=html, content_type="text/html")

    server_url = await servers.start([("GET", "/deployments", gateway)])
    async with ECEClient(
        server_url, api_key="key-1234", clock=FakeClock(), retry=RetryPolicy(max_attempts=3)
    ) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
    err = info.value
    assert calls == 3 and err.attempts == 3 and err.status == 502
    assert err.excerpt is not None and err.excerpt.startswith("502 Bad Gateway nginx/1.25")
    assert len(err.excerpt) <= 200 and "<" not in str(err)


async def test_read_timeouts_are_typed_and_retried_for_get(servers: LocalServers) -> None:
    release = asyncio.Event()
    calls = 0

    async def stuck(request: web.Request) -> web.Response:
        nonlocal calls
        calls += 1
        await release.wait()
        return web.json_response({"deployments": []})

    server_url = await servers.start([("GET", "/deployments", stuck)])
    try:
        async with ECEClient(
            server_url,
            api_key="key-1234",
            clock=FakeClock(),
            timeout=Timeout(total=0.2),
            retry=RetryPolicy(max_attempts=2),
        ) as ece:
            with pytest.raises(ECETimeoutError):
                await ece.deployments.list_deployments()
    finally:
        release.set()
    assert calls == 2


# -- TLS -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not available")
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_private_ca(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    hits = 0

    async def ok(request: web.Request) -> web.Response:
        nonlocal hits
        hits += 1
        return web.json_response({"deployments": []})

    app = web.Application()
    app.router.add_get("/api/v1/deployments", ok)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    port = runner.addresses[0][1]
    url = f"https://127.0.0.1:{port}"
    try:
        async with ECEClient(url, api_key="key-1234", clock=FakeClock()) as ece:
            with pytest.raises(TLSError):
                await ece.deployments.list_deployments()
        assert hits == 0
        async with ECEClient(url, api_key="key-1234", ca_file=cert) as ece:
            await ece.deployments.list_deployments()
        with pytest.warns(InsecureTLSWarning):
            insecure = ECEClient(url, api_key="key-1234", verify_ssl=False)
        async with insecure as ece:
            await ece.deployments.list_deployments()
        assert hits == 2
    finally:
        await runner.cleanup()


def _unused(*args: Any) -> None:  # keeps Any imported for handlers' annotations on older Pythons
    return None


async def test_closing_the_client_during_a_call(servers: LocalServers) -> None:
    started = asyncio.Event()
    release = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        started.set()
        await release.wait()
        return web.json_response({"deployments": []})

    server_url = await servers.start([("GET", "/deployments", slow)])
    ece = ECEClient(server_url, api_key="key-1234", clock=FakeClock())
    call = asyncio.ensure_future(ece.deployments.list_deployments())
    await asyncio.wait_for(started.wait(), 10)
    await ece.close()
    release.set()
    with pytest.raises(ClientClosedError):
        await asyncio.wait_for(call, 10)


async def test_a_callers_session_closed_under_the_client(servers: LocalServers) -> None:
    async def ok(request: web.Request) -> web.Response:
        return web.json_response({"deployments": []})

    server_url = await servers.start([("GET", "/deployments", ok)])
    session = aiohttp.ClientSession()
    ece = ECEClient(server_url, api_key="key-1234", session=session)
    await ece.deployments.list_deployments()
    await session.close()
    with pytest.raises(ClientClosedError):
        await ece.deployments.list_deployments()
    await ece.close()
