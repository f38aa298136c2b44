"""Authentication under faults, against a real token server on 127.0.0.1: wrong passwords,
failing refreshes, one caller's options, clock skew, short tokens, a login that answers 503."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import pytest
from aiohttp import web

from ece_async import (
    NO_RETRY,
    AuthenticationError,
    BearerTokenAuth,
    ECEClient,
    PasswordAuth,
    RetryPolicy,
    ServerError,
)
from ece_async.clock import Clock

from .facade_support import (
    FakeClock,
    LocalServers,
    error_body,
    exception_chain_texts,
    json_response,
    make_jwt,
)

PASSWORD = "correct-horse-battery"


class TokenServer:
    """ECE's auth endpoints with their own clock (``now``): issues JWTs, checks them, counts calls."""

    def __init__(self, now: Callable[[], float], *, lifetime: float = 600.0) -> None:
        self.now = now
        self.lifetime = lifetime
        self.integer_claims = False
        self.with_iat = True
        self.logins = 0
        self.refreshes = 0
        self.api_calls = 0
        self.login_status = 200  # what _login answers when the password is right
        self.refresh_status = 200
        self.login_delay = 0.0
        self.reject_tokens = False  # logins succeed, every token is refused (a replication lag, ...)
        self.refresh_anything = False  # refreshes succeed whatever token they are sent
        self.failures: list[str] = []

    def issue(self) -> str:
        now = self.now()
        iat = math.floor(now) if self.integer_claims else now
        return make_jwt(
            iat + self.lifetime, iat=iat if self.with_iat else None, nonce=self.logins + self.refreshes
        )

    def valid(self, request: web.Request) -> bool:
        from ece_async.auth import jwt_claims

        header = request.headers.get("Authorization", "")
        claims = jwt_claims(header.removeprefix("Bearer "))
        return not self.reject_tokens and claims is not None and self.now() < claims["exp"]

    def token_reply(self) -> web.Response:
        # The Date header is what the client has to go by when the token carries no iat.
        headers = None if self.with_iat else {"Date": formatdate(self.now(), usegmt=True)}
        return json_response({"token": self.issue()}, headers=headers)

    async def login(self, request: web.Request) -> web.Response:
        self.logins += 1
        if self.login_delay:
            await asyncio.sleep(self.login_delay)
        body = await request.json()
        if body != {"username": "admin", "password": PASSWORD}:
            return json_response(error_body("root.unauthenticated", "bad credentials"), 401)
        if self.login_status != 200:
            return json_response(error_body("root.unavailable"), self.login_status)
        return self.token_reply()

    async def refresh(self, request: web.Request) -> web.Response:
        self.refreshes += 1
        if self.refresh_status != 200:
            return json_response(error_body("root.unavailable"), self.refresh_status)
        if not self.refresh_anything and not self.valid(request):
            return json_response(error_body("root.unauthorized"), 401)
        return self.token_reply()

    async def api(self, request: web.Request) -> web.Response:
        self.api_calls += 1
        if not self.valid(request):
            self.failures.append("401")
            return json_response(error_body("root.unauthorized", "token expired"), 401)
        return json_response({"deployments": []})

    async def start(self, servers: LocalServers) -> str:
        return await servers.start(
            [
                ("POST", "/users/auth/_login", self.login),
                ("POST", "/users/auth/_refresh", self.refresh),
                ("GET", "/deployments", self.api),
            ]
        )


def password_client(base: str, clock: Clock, password: str = PASSWORD, **kwargs: Any) -> ECEClient:
    kwargs.setdefault("retry", RetryPolicy(max_attempts=3, deadline=None))
    return ECEClient(base, auth=PasswordAuth("admin", password), clock=clock, **kwargs)


# -- 6: a wrong password does not hammer _login ---------------------------------------------------------


async def test_a_rejected_login_pauses_logins_instead_of_one_per_call(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    base = await server.start(servers)
    async with password_client(base, clock, password="wrong") as ece:
        for _ in range(100):
            with pytest.raises(AuthenticationError, match="logins pause") as info:
                await ece.deployments.list_deployments()
            clock.advance(0.1)
        assert server.logins == 1  # 100 calls over 10 s: one attempt, not 100
        assert info.value.status == 401
        clock.advance(25)  # the 30 s cool-down is over: one new attempt for all concurrent callers
        results = await asyncio.gather(
            *(ece.deployments.list_deployments() for _ in range(20)), return_exceptions=True
        )
        assert all(isinstance(r, AuthenticationError) for r in results)
        assert server.logins == 2
        clock.advance(35)  # the second cool-down is longer (60 s)
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()
        assert server.logins == 2
    assert server.api_calls == 0


async def test_a_login_that_succeeds_resets_the_cool_down_for_the_next_rejection(
    servers: LocalServers, clock: FakeClock
) -> None:
    """Rejections an hour apart, a good login between them, each pause 30 s: the doubling is for
    rejections in a row, not for the life of the client."""
    server = TokenServer(clock.time)
    base = await server.start(servers)
    async with password_client(base, clock, retry=NO_RETRY) as ece:
        server.login_status = 401  # the directory rejects everybody for a while
        with pytest.raises(AuthenticationError, match="logins pause for 30 s"):
            await ece.deployments.list_deployments()
        clock.advance(31)
        server.login_status = 200
        await ece.deployments.list_deployments()
        clock.advance(3600)  # the token has expired: the next call logs in again
        server.login_status = 401
        with pytest.raises(AuthenticationError, match="logins pause for 30 s"):
            await ece.deployments.list_deployments()
    assert server.logins == 3


# -- issue 7: a 401 on a token just renewed for a 401 does not renew again per call ----------------------


async def test_a_server_refusing_fresh_tokens_gets_a_bounded_number_of_logins(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    server.reject_tokens = True
    base = await server.start(servers)
    async with password_client(base, clock) as ece:
        results = await asyncio.gather(
            *(ece.deployments.list_deployments() for _ in range(100)), return_exceptions=True
        )
        assert all(isinstance(r, AuthenticationError) for r in results)
        for _ in range(100):
            with pytest.raises(AuthenticationError) as info:
                await ece.deployments.list_deployments()
            clock.advance(0.1)
        assert server.logins + server.refreshes <= 3  # was one renewal per call
        shown = list(exception_chain_texts(info.value))
        assert not any(PASSWORD in text or "eyJ" in text for text in shown)  # no password, no JWT
        assert server.logins <= 2
        renewals = server.logins + server.refreshes
        clock.advance(25)  # the 30 s cool-down is over: one renewal more, shared by concurrent calls
        results = await asyncio.gather(
            *(ece.deployments.list_deployments() for _ in range(20)), return_exceptions=True
        )
        assert all(isinstance(r, AuthenticationError) for r in results)
        assert renewals < server.logins + server.refreshes <= renewals + 2
        renewals = server.logins + server.refreshes
        clock.advance(35)  # the second pause is longer (60 s)
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()
        assert server.logins + server.refreshes == renewals
        server.reject_tokens = False  # the lag is over: the token in hand works, no renewal needed
        await ece.deployments.list_deployments()
        assert server.logins + server.refreshes == renewals
        server.reject_tokens = True  # a token that worked and is then refused is renewed at once
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()
        assert server.logins + server.refreshes > renewals


async def test_a_bearer_token_whose_refreshed_token_is_refused_refreshes_once(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    base = await server.start(servers)
    auth = BearerTokenAuth(make_jwt(clock.time() + 600, iat=clock.time()))
    async with ECEClient(base, auth=auth, clock=clock, retry=NO_RETRY) as ece:
        await ece.deployments.list_deployments()
        server.reject_tokens = True  # the refresh itself still succeeds below: only the API refuses
        server.refresh_anything = True
        for _ in range(50):
            with pytest.raises(AuthenticationError):
                await ece.deployments.list_deployments()
    assert server.refreshes == 1


# -- 7: a failing refresh is tried once at a time, with backoff -------------------------------------------


async def test_a_failing_refresh_in_the_mandatory_window_is_not_a_stampede(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    server.refresh_status = 503
    base = await server.start(servers)
    token = make_jwt(clock.time() + 30, iat=clock.time() - 570)  # in its last minute
    async with ECEClient(base, token=token, clock=clock, retry=NO_RETRY) as ece:
        results = await asyncio.gather(
            *(ece.deployments.list_deployments() for _ in range(200)), return_exceptions=True
        )
        for _ in range(200):  # one second of calls, one every 5 ms
            results.append(await asyncio.gather(ece.deployments.list_deployments(), return_exceptions=True))
            clock.advance(0.005)
    assert server.refreshes <= 2  # was one per call
    assert all(isinstance(r, (ServerError, list)) for r in results)


# -- 8: one caller's options do not apply to the login everybody shares -----------------------------------


async def test_one_callers_short_timeout_does_not_apply_to_the_shared_login(servers: LocalServers) -> None:
    server = TokenServer(time.time)
    server.login_delay = 0.3
    base = await server.start(servers)
    async with ECEClient(base, auth=PasswordAuth("admin", PASSWORD)) as ece:

        async def impatient() -> Any:
            with ece.options(timeout=0.1, retry=NO_RETRY):
                return await ece.deployments.list_deployments()

        first = asyncio.ensure_future(impatient())  # triggers the login
        await asyncio.sleep(0.01)
        others = await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(5)))
        await first
    assert server.logins == 1 and len(others) == 5


# -- 9: clock skew and short tokens ---------------------------------------------------------------------


@pytest.mark.parametrize("skew", [-700.0, -330.0, 400.0])
@pytest.mark.parametrize("with_iat", [True, False])
async def test_a_server_clock_minutes_away_does_not_break_tokens(
    servers: LocalServers, clock: FakeClock, skew: float, with_iat: bool
) -> None:
    server = TokenServer(lambda: clock.time() + skew)
    server.with_iat = with_iat  # without iat, the response's Date header gives the server's time
    base = await server.start(servers)
    async with password_client(base, clock) as ece:
        for _ in range(100):  # 100 calls over 20 minutes: two 10-minute tokens
            await ece.deployments.list_deployments()
            clock.advance(12)
    assert server.failures == []
    assert server.logins + server.refreshes <= 6  # renewals near each expiry, not one per call


async def test_one_second_tokens_with_integer_claims_never_fail_a_call(servers: LocalServers) -> None:
    server = TokenServer(time.time, lifetime=1.0)
    server.integer_claims = True
    base = await server.start(servers)
    calls = 0
    async with ECEClient(base, auth=PasswordAuth("admin", PASSWORD)) as ece:
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            await ece.deployments.list_deployments()
            calls += 1
    assert calls > 10


# -- 10: a 503 on login is a server error, retried ----------------------------------------------------


async def test_a_503_on_login_is_a_server_error_and_is_retried(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    server.login_status = 503
    base = await server.start(servers)
    async with password_client(base, clock, retry=RetryPolicy(max_attempts=3, deadline=None)) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
        assert not isinstance(info.value, AuthenticationError)
        assert info.value.status == 503
        tried = server.logins
        assert tried >= 3  # the login request itself is retried (another login changes nothing)
        server.login_status = 200
        clock.advance(60)
        await ece.deployments.list_deployments()
    assert server.api_calls == 1


async def test_a_bearer_token_refresh_that_answers_503_raises_server_error(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    server.refresh_status = 503
    base = await server.start(servers)
    auth = BearerTokenAuth(make_jwt(clock.time() + 10, iat=clock.time() - 590))
    async with ECEClient(base, auth=auth, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
    assert not isinstance(info.value, AuthenticationError)


# -- issue 17, item 10: a token already expired on arrival ----------------------------------------------

EXPIRED_ON_ARRIVAL = ["exp in the past", "exp == iat", "no iat, the token's clock 2 h behind the Date"]


class ExpiredTokenServer:
    """Issues tokens that have expired by their own claims; ``accept`` says whether the API takes them."""

    def __init__(self, clock: FakeClock, kind: str, *, accept: bool) -> None:
        self.clock = clock
        self.kind = kind
        self.accept = accept
        self.logins = 0
        self.api_calls = 0

    def token(self) -> tuple[str, dict[str, str] | None]:
        now = self.clock.time()
        if self.kind == "exp in the past":
            return make_jwt(now - 60, nonce=self.logins), None
        if self.kind == "exp == iat":
            return make_jwt(now, iat=now, nonce=self.logins), None
        return make_jwt(now - 7200 + 600, nonce=self.logins), {"Date": formatdate(now, usegmt=True)}

    async def login(self, request: web.Request) -> web.Response:
        self.logins += 1
        token, headers = self.token()
        return json_response({"token": token}, headers=headers)

    async def refresh(self, request: web.Request) -> web.Response:
        return json_response(error_body("root.unauthorized"), 401)

    async def api(self, request: web.Request) -> web.Response:
        self.api_calls += 1
        if self.accept:
            return json_response({"deployments": []})
        return json_response(error_body("root.unauthorized", "token expired"), 401)

    async def start(self, servers: LocalServers) -> str:
        return await servers.start(
            [
                ("POST", "/users/auth/_login", self.login),
                ("POST", "/users/auth/_refresh", self.refresh),
                ("GET", "/deployments", self.api),
            ]
        )


@pytest.mark.parametrize("kind", EXPIRED_ON_ARRIVAL)
async def test_a_token_expired_on_arrival_is_used_until_the_server_rejects_it(
    servers: LocalServers, clock: FakeClock, kind: str
) -> None:
    server = ExpiredTokenServer(clock, kind, accept=True)
    base = await server.start(servers)
    async with password_client(base, clock) as ece:
        for _ in range(40):
            await ece.deployments.list_deployments()
            clock.advance(1)
    assert (server.logins, server.api_calls) == (1, 40)  # not one login per call


@pytest.mark.parametrize("kind", EXPIRED_ON_ARRIVAL)
async def test_rejected_tokens_expired_on_arrival_renew_with_backoff_not_per_call(
    servers: LocalServers, clock: FakeClock, kind: str
) -> None:
    server = ExpiredTokenServer(clock, kind, accept=False)
    base = await server.start(servers)
    async with password_client(base, clock, retry=NO_RETRY) as ece:
        for _ in range(40):
            with pytest.raises(AuthenticationError):
                await ece.deployments.list_deployments()
            clock.advance(1)
    # The first token, the one renewed for its 401, and one more once the 30 s pause is over.
    assert server.logins == 3


class LaterIatTokenServer(TokenServer):
    """Issues tokens whose ``iat`` lies an hour after their ``exp`` (a broken issuer), with a Date."""

    def issue(self) -> str:
        exp = self.now() + self.lifetime
        return make_jwt(exp, iat=exp + 3600, nonce=self.logins + self.refreshes)

    def token_reply(self) -> web.Response:
        headers = {"Date": formatdate(self.now(), usegmt=True)}
        return json_response({"token": self.issue()}, headers=headers)


async def test_an_iat_after_exp_is_ignored_and_the_token_renewed_before_it_expires(
    servers: LocalServers, clock: FakeClock
) -> None:
    """An ``iat`` past ``exp`` says nothing: the lifetime comes from ``exp`` and the Date header,
    so the token is renewed before it expires instead of being used until the server refuses it."""
    server = LaterIatTokenServer(clock.time)
    base = await server.start(servers)
    async with password_client(base, clock) as ece:
        for _ in range(100):  # 100 calls over 20 minutes: two 10-minute tokens
            await ece.deployments.list_deployments()
            clock.advance(12)
    assert server.failures == []
    assert 2 <= server.logins + server.refreshes <= 6


async def test_a_renewed_token_that_works_resets_the_refusal_pause_for_the_next_episode(
    servers: LocalServers, clock: FakeClock
) -> None:
    """Two episodes of refused fresh tokens, with accepted calls between them: each pause 30 s."""
    server = TokenServer(clock.time)
    base = await server.start(servers)
    async with password_client(base, clock, retry=NO_RETRY) as ece:
        for _ in range(2):
            server.reject_tokens = True
            with pytest.raises(AuthenticationError):  # the 401 of the token renewed for it
                await ece.deployments.list_deployments()
            with pytest.raises(AuthenticationError, match="for 30 s"):
                await ece.deployments.list_deployments()
            clock.advance(31)
            server.reject_tokens = False
            await ece.deployments.list_deployments()  # the renewed token works: the pause is over
            clock.advance(1)
    assert server.logins == 3  # the first token, and one renewal for each episode's first 401


# -- breakage the suite did not notice: the previous token is masked after a renewal -------------------


async def test_the_token_replaced_by_a_renewal_stays_masked(servers: LocalServers, clock: FakeClock) -> None:
    first = make_jwt(clock.time() + 600, iat=clock.time(), nonce=1)
    second = make_jwt(clock.time() + 600, iat=clock.time(), nonce=2)

    async def login(request: web.Request) -> web.Response:
        return json_response({"token": first})

    async def refresh(request: web.Request) -> web.Response:
        return json_response({"token": second})

    async def api(request: web.Request) -> web.Response:
        if request.headers["Authorization"] == f"Bearer {first}":
            return json_response(error_body("root.unauthorized"), 401)  # revoked: renew
        # A proxy or a log excerpt that still quotes the token in use a moment ago.
        return web.Response(status=500, text=f"stale session {first}", content_type="text/plain")

    base = await servers.start(
        [
            ("POST", "/users/auth/_login", login),
            ("POST", "/users/auth/_refresh", refresh),
            ("GET", "/deployments", api),
        ]
    )
    async with password_client(base, clock, retry=NO_RETRY) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.list_deployments()
    assert "stale session ***" in str(info.value)
    assert not any(first in text for text in exception_chain_texts(info.value, frames=False))


# -- left alone last time: BearerTokenAuth's pause after a renewed token is refused ---------------------


async def test_bearer_token_auth_takes_a_login_cooldown_for_its_refusal_pause(
    servers: LocalServers, clock: FakeClock
) -> None:
    server = TokenServer(clock.time)
    server.reject_tokens = True  # every token refused: renewing does not help
    server.refresh_anything = True
    base = await server.start(servers)
    auth = BearerTokenAuth(make_jwt(clock.time() + 600, iat=clock.time()), login_cooldown=5.0)
    async with ECEClient(base, auth=auth, clock=clock, retry=NO_RETRY) as ece:
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()  # 401, one refresh, 401 again
        with pytest.raises(AuthenticationError, match="for 5 s"):
            await ece.deployments.list_deployments()
        assert server.refreshes == 1
        clock.advance(6)  # the pause is over: one refresh again
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()
        assert server.refreshes == 2
