"""Authentication: API keys, bearer tokens, login, refresh windows, 401 single flight, redaction."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import orjson
import pytest
from aioresponses import CallbackResult, aioresponses

from ece_async import (
    ApiKeyAuth,
    AuthenticationError,
    BearerTokenAuth,
    ConfigurationError,
    ECEClient,
    PasswordAuth,
    RetryPolicy,
)
from ece_async.auth import jwt_claims

from .facade_support import API, BASE, FakeClock, error_body, exception_chain_texts, make_jwt, reply

LOGIN = f"{API}/users/auth/_login"
REFRESH = f"{API}/users/auth/_refresh"
DEPLOYMENTS = f"{API}/deployments"
PASSWORD = "correct-horse-battery"


class FakeEce:
    """A tiny ECE auth model behind aioresponses callbacks: issues JWTs, checks them, counts calls."""

    def __init__(self, clock: FakeClock, *, lifetime: float = 900.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.valid: set[str] = set()
        self.api_rejects: set[str] = set()  # refused by the API, still accepted by _refresh
        self.issued = 0
        self.logins = 0
        self.refreshes = 0
        self.seen_tokens: list[str | None] = []
        self.refresh_fails = False
        self.login_fails = False
        self.refresh_gate: asyncio.Event | None = None
        self.request_gate: asyncio.Event | None = None
        self.waiting = 0
        self.expect_waiting = 0
        self.all_waiting = asyncio.Event()
        self.refresh_started = asyncio.Event()

    def issue(self) -> str:
        self.issued += 1
        now = self.clock.time()
        token = make_jwt(now + self.lifetime, iat=now, nonce=self.issued)
        self.valid.add(token)
        return token

    def bearer(self, kwargs: dict[str, Any]) -> str | None:
        header = (kwargs.get("headers") or {}).get("Authorization")
        return header.removeprefix("Bearer ") if header else None

    def token_ok(self, token: str | None) -> bool:
        if token not in self.valid:
            return False
        claims = jwt_claims(token)
        return claims is not None and self.clock.time() < claims["exp"]

    async def login(self, url: Any, **kwargs: Any) -> CallbackResult:
        self.logins += 1
        body = orjson.loads(kwargs["data"])
        if self.login_fails or body != {"username": "admin", "password": PASSWORD}:
            return reply(status=401, payload=error_body("root.unauthenticated", "bad credentials"))
        return reply(payload={"token": self.issue()})

    async def refresh(self, url: Any, **kwargs: Any) -> CallbackResult:
        self.refreshes += 1
        self.refresh_started.set()
        if self.refresh_gate is not None:
            await self.refresh_gate.wait()
        if self.refresh_fails or not self.token_ok(self.bearer(kwargs)):
            return reply(status=401, payload=error_body("root.unauthorized", "token expired"))
        return reply(payload={"token": self.issue()})

    async def api(self, url: Any, **kwargs: Any) -> CallbackResult:
        token = self.bearer(kwargs)
        self.seen_tokens.append(token)
        accepted = self.token_ok(token) and token not in self.api_rejects
        if self.request_gate is not None and not accepted:
            self.waiting += 1
            if self.waiting == self.expect_waiting:
                self.all_waiting.set()
            await self.request_gate.wait()
        if not accepted:
            return reply(status=401, payload=error_body("root.unauthorized", "token expired"))
        return reply(payload={"deployments": []})

    def install(self, m: aioresponses) -> None:
        m.post(LOGIN, callback=self.login, repeat=True)
        m.post(REFRESH, callback=self.refresh, repeat=True)
        m.get(DEPLOYMENTS, callback=self.api, repeat=True)


@pytest.fixture
def ece_server(mocked: aioresponses, clock: FakeClock) -> FakeEce:
    server = FakeEce(clock)
    server.install(mocked)
    return server


def password_client(clock: FakeClock, **auth_kwargs: Any) -> ECEClient:
    auth = PasswordAuth("admin", PASSWORD, **auth_kwargs)
    return ECEClient(BASE, auth=auth, clock=clock, retry=RetryPolicy(max_attempts=3, deadline=None))


# -- static credentials ------------------------------------------------------------------------------


async def test_bearer_token_header(mocked: aioresponses, clock: FakeClock) -> None:
    seen: list[str] = []

    def record(url: Any, **kwargs: Any) -> CallbackResult:
        seen.append(kwargs["headers"]["Authorization"])
        return reply(payload={"deployments": []})

    mocked.get(DEPLOYMENTS, callback=record)
    async with ECEClient(BASE, token="opaque-token-1", clock=clock) as ece:
        await ece.deployments.list_deployments()
    assert seen == ["Bearer opaque-token-1"]


async def test_api_key_401_is_an_authentication_error_without_replay(
    mocked: aioresponses, clock: FakeClock
) -> None:
    mocked.get(DEPLOYMENTS, status=401, payload=error_body("root.unauthenticated"), repeat=True)
    async with ECEClient(BASE, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(AuthenticationError) as info:
            await ece.deployments.list_deployments()
    assert info.value.status == 401 and info.value.has_code("root.unauthenticated")
    assert sum(len(v) for v in mocked.requests.values()) == 1


def test_auth_object_serves_one_client() -> None:
    auth = ApiKeyAuth("key-1234")
    ECEClient(BASE, auth=auth)
    with pytest.raises(ConfigurationError):
        ECEClient(BASE, auth=auth)


# -- login -------------------------------------------------------------------------------------------


async def test_login_then_bearer(ece_server: FakeEce, clock: FakeClock) -> None:
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        await ece.deployments.list_deployments()
    assert ece_server.logins == 1 and ece_server.refreshes == 0
    assert ece_server.seen_tokens[0] == ece_server.seen_tokens[1]
    assert ece_server.token_ok(ece_server.seen_tokens[0])


async def test_concurrent_first_requests_log_in_once(ece_server: FakeEce, clock: FakeClock) -> None:
    async with password_client(clock) as ece:
        await asyncio.gather(*(ece.deployments.list_deployments() for _ in range(25)))
    assert ece_server.logins == 1


async def test_bad_credentials_raise_authentication_error_and_send_nothing(
    ece_server: FakeEce, clock: FakeClock
) -> None:
    ece_server.login_fails = True
    async with password_client(clock) as ece:
        with pytest.raises(AuthenticationError, match="login failed") as info:
            await ece.deployments.list_deployments()
    assert info.value.status == 401
    assert ece_server.seen_tokens == []


# -- proactive refresh -------------------------------------------------------------------------------


async def test_refresh_in_the_advisory_window(ece_server: FakeEce, clock: FakeClock) -> None:
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        clock.advance(900 - 299)  # inside the last 5 minutes
        await ece.deployments.list_deployments()
    assert ece_server.refreshes == 1 and ece_server.logins == 1
    first, second = ece_server.seen_tokens
    assert first != second and ece_server.token_ok(second)


async def test_advisory_refresh_failure_keeps_the_old_token_and_the_request_succeeds(
    ece_server: FakeEce, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async with password_client(clock, advisory_retry_interval=10) as ece:
        await ece.deployments.list_deployments()
        ece_server.refresh_fails = True
        ece_server.login_fails = True
        clock.advance(900 - 200)
        caplog.set_level(logging.WARNING, logger="ece_async")
        await ece.deployments.list_deployments()  # does not raise
        await ece.deployments.list_deployments()  # within the retry interval: no new attempt
        assert ece_server.refreshes == 1 and ece_server.logins == 2
        clock.advance(11)
        await ece.deployments.list_deployments()  # tries again, fails again, still fine
        assert ece_server.refreshes == 2
    assert len(set(ece_server.seen_tokens)) == 1
    assert "token renewal failed" in caplog.text


async def test_mandatory_window_refresh_failure_falls_back_to_login(
    ece_server: FakeEce, clock: FakeClock
) -> None:
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        ece_server.refresh_fails = True
        clock.advance(900 - 30)  # inside the last minute
        await ece.deployments.list_deployments()
    assert ece_server.refreshes == 1 and ece_server.logins == 2
    assert ece_server.seen_tokens[0] != ece_server.seen_tokens[1]


async def test_mandatory_window_failure_of_refresh_and_login_raises(
    ece_server: FakeEce, clock: FakeClock
) -> None:
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        ece_server.refresh_fails = True
        ece_server.login_fails = True
        clock.advance(900 - 30)
        with pytest.raises(AuthenticationError):
            await ece.deployments.list_deployments()
    assert len(ece_server.seen_tokens) == 1  # the request was not sent


async def test_never_sends_a_token_known_to_be_expired(mocked: aioresponses, clock: FakeClock) -> None:
    server = FakeEce(clock)
    server.install(mocked)
    expired = make_jwt(clock.time() - 1)
    async with ECEClient(BASE, token=expired, clock=clock) as ece:
        with pytest.raises(AuthenticationError, match="could not be refreshed: the token has expired"):
            await ece.deployments.list_deployments()
    assert server.refreshes == 0  # not even to _refresh
    assert server.seen_tokens == []


async def test_an_expired_token_is_replaced_by_a_login_without_a_pointless_refresh(
    ece_server: FakeEce, clock: FakeClock
) -> None:
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        clock.advance(901)  # expired (say the process was suspended)
        await ece.deployments.list_deployments()
    assert ece_server.refreshes == 0 and ece_server.logins == 2
    assert ece_server.seen_tokens[0] != ece_server.seen_tokens[1]


async def test_undecodable_token_uses_the_fallback_lifetime(mocked: aioresponses, clock: FakeClock) -> None:
    tokens = iter(["opaque-1", "opaque-2"])
    seen: list[str] = []
    mocked.post(LOGIN, callback=lambda url, **kw: reply(payload={"token": next(tokens)}))
    mocked.post(REFRESH, callback=lambda url, **kw: reply(payload={"token": next(tokens)}))
    mocked.get(
        DEPLOYMENTS,
        callback=lambda url, **kw: seen.append(kw["headers"]["Authorization"]) or reply(payload={}),
        repeat=True,
    )
    auth = PasswordAuth("admin", PASSWORD, token_lifetime=100)
    async with ECEClient(BASE, auth=auth, clock=clock) as ece:
        await ece.deployments.list_deployments()
        assert auth.expires_at == pytest.approx(clock.time() + 100)
        clock.advance(49)
        await ece.deployments.list_deployments()
        clock.advance(2)  # advisory window: the last half of a short lifetime
        await ece.deployments.list_deployments()
    assert seen == ["Bearer opaque-1", "Bearer opaque-1", "Bearer opaque-2"]


# -- 401 handling ------------------------------------------------------------------------------------


async def test_concurrent_401s_share_exactly_one_refresh_and_each_request_is_replayed_once(
    ece_server: FakeEce, clock: FakeClock
) -> None:
    n = 12
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        first = ece_server.seen_tokens[0]
        ece_server.valid.discard(first)  # revoked / expired server-side, the client does not know yet
        ece_server.request_gate = asyncio.Event()
        ece_server.expect_waiting = n
        calls = [asyncio.ensure_future(ece.deployments.list_deployments()) for _ in range(n)]
        await asyncio.wait_for(ece_server.all_waiting.wait(), 10)  # all n in flight with the dead token
        ece_server.request_gate.set()
        await asyncio.gather(*calls)
    assert ece_server.refreshes == 1  # one refresh for all (it fails: the token is dead) ...
    assert ece_server.logins == 2  # ... so one re-login
    replays = ece_server.seen_tokens[1 + n :]
    assert len(replays) == n and len(set(replays)) == 1 and replays[0] != first


async def test_concurrent_401s_with_a_slow_refresh_share_it(ece_server: FakeEce, clock: FakeClock) -> None:
    n = 10
    async with ECEClient(BASE, token=ece_server.issue(), clock=clock) as ece:
        await ece.deployments.list_deployments()
        token = ece_server.seen_tokens[0]
        ece_server.api_rejects.add(token)  # the API refuses it; refreshing it still works
        ece_server.request_gate = asyncio.Event()
        ece_server.refresh_gate = asyncio.Event()
        ece_server.expect_waiting = n
        calls = [asyncio.ensure_future(ece.deployments.list_deployments()) for _ in range(n)]
        await asyncio.wait_for(ece_server.all_waiting.wait(), 10)
        ece_server.request_gate.set()  # n 401s arrive together ...
        await asyncio.wait_for(ece_server.refresh_started.wait(), 10)
        for _ in range(20):  # ... and pile up behind the refresh in flight
            await asyncio.sleep(0)
        ece_server.refresh_gate.set()
        await asyncio.gather(*calls)
    assert ece_server.refreshes == 1 and ece_server.logins == 0
    replays = ece_server.seen_tokens[1 + n :]
    assert len(replays) == n and len(set(replays)) == 1 and replays[0] != token


async def test_replay_happens_once_then_authentication_error(mocked: aioresponses, clock: FakeClock) -> None:
    refreshed = 0

    def refresh(url: Any, **kwargs: Any) -> CallbackResult:
        nonlocal refreshed
        refreshed += 1
        return reply(payload={"token": f"new-token-{refreshed}"})

    mocked.post(REFRESH, callback=refresh, repeat=True)
    mocked.get(DEPLOYMENTS, status=401, payload=error_body("root.unauthorized"), repeat=True)
    async with ECEClient(BASE, token="old-token-0", clock=clock) as ece:
        with pytest.raises(AuthenticationError) as info:
            await asyncio.wait_for(ece.deployments.list_deployments(), 10)  # guard: replaying forever hangs
    assert refreshed == 1
    assert len(mocked.requests[("GET", mocked_url(DEPLOYMENTS))]) == 2
    assert info.value.status == 401


def mocked_url(url: str) -> Any:
    from yarl import URL

    return URL(url)


# -- redaction ---------------------------------------------------------------------------------------


def test_reprs_hide_credentials() -> None:
    token = make_jwt(2e9)
    for auth, secret in (
        (ApiKeyAuth("the-api-key-value"), "the-api-key-value"),
        (BearerTokenAuth(token), token),
        (PasswordAuth("admin", PASSWORD), PASSWORD),
    ):
        client = ECEClient(BASE, auth=auth)
        for text in (repr(auth), str(auth), repr(vars(auth)), repr(client), repr(client.transport)):
            assert secret not in text
            assert secret[8:20] not in text


async def test_secrets_never_reach_logs_or_errors_through_a_full_auth_cycle(
    ece_server: FakeEce, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with password_client(clock) as ece:
        await ece.deployments.list_deployments()
        clock.advance(900 - 200)
        await ece.deployments.list_deployments()  # advisory refresh
        ece_server.valid.clear()
        ece_server.refresh_fails = True
        await ece.deployments.list_deployments()  # 401 -> refresh fails -> login
        ece_server.login_fails = True
        ece_server.valid.clear()
        with pytest.raises(AuthenticationError) as info:  # 401 -> refresh and login both fail
            await ece.deployments.list_deployments()
        texts = [*exception_chain_texts(info.value), repr(ece)]
    assert info.value.status == 401 and "login failed" in str(info.value)
    assert ece_server.issued == 3 and ece_server.logins == 3 and ece_server.refreshes == 3
    tokens = [t for t in ece_server.seen_tokens if t]
    assert len(set(tokens)) == 3
    haystack = caplog.text + "\n".join(texts)
    assert PASSWORD not in haystack
    for token in tokens:
        assert token not in haystack
        assert re.search(re.escape(token.split(".")[1]), haystack) is None
