"""The send path (``ece_async/transport.py``): what issue 17 asked of it beyond coordinators.

Credentials out of every repr, answers that are not the ECE API, JSON the parser refuses,
a client closed during a call, the 401 replay's bound, slots bounded by the deadline.
"""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiohttp import web

from ece_async import (
    NO_RETRY,
    AuthenticationError,
    ClientClosedError,
    ECEClient,
    ECEConnectionError,
    ECETimeoutError,
    NotFoundError,
    RateLimitedError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
    Timeout,
    UnexpectedResponseError,
)
from ece_async._call import CallOptions
from ece_async.auth import Auth

from .facade_support import FakeClock, LocalServers, error_body, json_response, make_jwt

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


# -- one-line breakages and the items left alone last time ------------------------------------------------


async def test_a_client_closed_during_a_call_raises_client_closed(
    servers: LocalServers, clock: FakeClock
) -> None:
    arrived, never = asyncio.Event(), asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        arrived.set()
        await never.wait()
        return json_response({})

    base = await servers.start([("GET", "/deployments", slow)])
    try:
        ece = ECEClient(base, api_key="key-1234", clock=clock)
        with ece.options(retry=NO_RETRY):  # no next attempt to find the session closed
            call = asyncio.ensure_future(ece.deployments.list_deployments())
        await asyncio.wait_for(arrived.wait(), 10)
        await ece.close()
        with pytest.raises(ClientClosedError):
            await call
    finally:
        never.set()


class _AlwaysRenewing(Auth):
    """A user's own renewable credentials whose renewal never refuses: the transport bounds the replay."""

    renewable = True

    def __init__(self) -> None:
        self.renewals = 0

    def header_now(self) -> str:
        return f"Bearer user-token-{self.renewals}"

    async def header(self) -> str:
        return self.header_now()

    async def on_unauthorized(self, used: str | None) -> None:
        self.renewals += 1


async def test_a_401_is_replayed_once_whatever_the_auth_says(servers: LocalServers, clock: FakeClock) -> None:
    seen = []

    async def unauthorized(request: web.Request) -> web.Response:
        seen.append(request.headers["Authorization"])
        if len(seen) <= 5:  # five 401s, then it would answer: a second replay would hide the first refusal
            return json_response(error_body("root.unauthorized"), status=401)
        return json_response({"deployments": []})

    base = await servers.start([("GET", "/deployments", unauthorized)])
    async with ECEClient(base, auth=_AlwaysRenewing(), clock=clock) as ece:
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()
    assert seen == ["Bearer user-token-0", "Bearer user-token-1"]


async def test_waiting_for_a_concurrency_slot_ends_at_the_retry_deadline(servers: LocalServers) -> None:
    arrived, release = asyncio.Event(), asyncio.Event()

    async def held(request: web.Request) -> web.Response:
        arrived.set()
        await release.wait()
        return json_response({"deployments": []})

    base = await servers.start([("GET", "/deployments", held)])
    policy = RetryPolicy(deadline=0.2)  # a slot frees when another call ends: the loop times this wait
    async with ECEClient(base, api_key="key-1234", max_concurrency=1, retry=policy) as ece:
        first = asyncio.ensure_future(ece.deployments.list_deployments())  # holds the only slot
        try:
            await asyncio.wait_for(arrived.wait(), 10)
            queued = asyncio.ensure_future(ece.deployments.list_deployments())
            await asyncio.wait({queued}, timeout=10)  # a guard: without the bound it waits for `first`
            assert queued.done()
            with pytest.raises(RateLimitedError, match="concurrency slots") as info:
                await queued
            assert info.value.status is None
        finally:
            release.set()
            await first
        await ece.deployments.list_deployments()  # the slot was given back, not lost to the timed-out wait


async def test_a_503_whose_body_times_out_does_not_mark_a_coordinator_answering_others_dead(
    servers: LocalServers,
) -> None:
    never, arrived = asyncio.Event(), asyncio.Event()

    async def stalls(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            status=503, headers={"Content-Type": "text/html", "Content-Length": "100"}
        )
        await response.prepare(request)
        await response.write(b"<html>")
        arrived.set()
        await never.wait()
        return response

    async def fast(request: web.Request) -> web.Response:
        return json_response({"deployments": []})

    routes = [("GET", "/deployments", fast), ("GET", "/deployments/stalls", stalls)]
    bases = [await servers.start(routes) for _ in range(2)]
    try:
        async with ECEClient(bases, api_key="key-1234", timeout=Timeout(total=1.0), retry=NO_RETRY) as ece:
            waiting = asyncio.ensure_future(ece.deployments.get_deployment(deployment_id="stalls"))
            await asyncio.wait_for(arrived.wait(), 10)
            for _ in range(2):  # one of them goes to the coordinator the stalled body comes from
                await ece.deployments.list_deployments()
            with pytest.raises(ECETimeoutError):
                await waiting
            assert not any(c.failures for c in ece.transport.coordinators.coordinators)
    finally:
        never.set()


async def test_a_call_that_succeeds_after_retries_gives_their_budget_back(
    servers: LocalServers, clock: FakeClock
) -> None:
    answers = iter([503, 503, 200])

    async def flaky(request: web.Request) -> web.Response:
        status = next(answers)
        return json_response({"deployments": []} if status == 200 else {}, status=status)

    base = await servers.start([("GET", "/deployments", flaky)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        await ece.deployments.list_deployments()
        budget = ece.transport.retry_budget
        assert budget is not None and budget.available == budget.capacity


async def test_a_post_whose_login_failed_is_retried_since_it_never_left(
    servers: LocalServers, clock: FakeClock
) -> None:
    posted: list[str] = []

    async def login(request: web.Request) -> web.Response:
        return json_response({}, status=503)

    async def create(request: web.Request) -> web.Response:
        posted.append("x")
        return json_response({"id": "x"})

    routes = [("POST", "/users/auth/_login", login), ("POST", "/things", create)]
    base = await servers.start(routes)
    policy = RetryPolicy(max_attempts=3)
    async with ECEClient(base, username="admin", password="pw-1234", clock=clock, retry=policy) as ece:
        with pytest.raises(ServerError) as info:
            await ece.transport.request("POST", "/things", json={})
    assert info.value.attempts == 3 and not posted  # each attempt stopped at its login


class _Recording(_AlwaysRenewing):
    """Renewable credentials that record which attempts said they work."""

    def __init__(self) -> None:
        super().__init__()
        self.accepted_statuses: list[str] = []

    def accepted(self, used: str) -> None:
        self.accepted_statuses.append(used)


async def test_only_a_response_other_than_401_says_renewable_credentials_work(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def missing(request: web.Request) -> web.Response:
        return json_response(error_body("deployments.deployment_not_found"), status=404)

    auth = _Recording()
    async with ECEClient("http://127.0.0.1:9", auth=auth, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ECEConnectionError):  # no response at all: nothing learnt
            await ece.deployments.list_deployments()
    assert auth.accepted_statuses == []
    base = await servers.start([("GET", "/deployments/x", missing)])
    auth = _Recording()
    async with ECEClient(base, auth=auth, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(NotFoundError):  # a 404 got through the credentials check
            await ece.deployments.get_deployment(deployment_id="x")
    assert auth.accepted_statuses == ["Bearer user-token-0"]


def test_a_per_call_timeout_is_the_callers_own_only_when_a_bound_is_tighter() -> None:
    client = Timeout(total=10, connect=5, read=None)

    def own(timeout: Timeout) -> bool:
        return CallOptions(timeout=timeout).resolve(NO_RETRY, client.to_aiohttp(), client)[2]

    assert not own(client)  # the same bounds: its expiry says what the client's would
    assert not own(Timeout(total=20, connect=5, read=None))
    assert own(Timeout(total=9.9, connect=5, read=None))
    assert own(Timeout(total=10, connect=1, read=None))
    assert own(Timeout(total=10, connect=5, read=30))


async def test_a_timeout_says_which_bound_ran_out_not_just_its_type() -> None:
    accepted: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)  # closed by the test: server.close() leaves accepted sockets open
        await reader.read(65536)  # the request arrives; no answer ever goes back
        await asyncio.sleep(30)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        retry = RetryPolicy(max_attempts=1)
        async with ECEClient(f"http://127.0.0.1:{port}", api_key="key-1234", retry=retry) as ece:
            with pytest.raises(ECETimeoutError) as caught, ece.options(timeout=0.2):
                await ece.platform.get_platform()
    finally:
        server.close()
        for writer in accepted:
            writer.close()
    message = str(caught.value)
    assert "TimeoutError: TimeoutError" not in message
    assert "no complete answer within the attempt's timeout (total 0.2 s" in message
