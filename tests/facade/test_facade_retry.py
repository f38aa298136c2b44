"""Retries on virtual time: which failures, how long to wait, how far to go."""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
from email.utils import formatdate
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aioresponses import aioresponses

from ece_async import (
    NO_RETRY,
    ConnectError,
    ECEClient,
    ECEConnectionError,
    ECETimeoutError,
    Hooks,
    RateLimitedError,
    RetryPolicy,
    RetryScheduled,
    ServerError,
    TLSError,
)
from ece_async.models import DeploymentCreateRequest
from ece_async.retry import is_idempotent, parse_retry_after

from .facade_support import API, BASE, FakeClock, LocalServers, error_body

RATE_LIMITED = {"x-cloud-error-codes": "billing_service.rate_limited"}
CONN_KEY = SimpleNamespace(host="ece.example", port=12443, ssl=True, is_ssl=True)


def client(clock: FakeClock, **kwargs: Any) -> ECEClient:
    kwargs.setdefault("retry", RetryPolicy(max_attempts=4, deadline=None))
    return ECEClient(BASE, api_key="key-1234", clock=clock, **kwargs)


def calls(m: aioresponses) -> list[tuple[str, Any]]:
    out = []
    for (method, url), requests in m.requests.items():
        out.extend((method, url) for _ in requests)
    return out


# -- 429 ---------------------------------------------------------------------------------------------


async def test_429_is_retried_for_post_honouring_retry_after_seconds(
    mocked: aioresponses, clock: FakeClock
) -> None:
    url = f"{API}/deployments/_search"
    mocked.post(
        url, status=429, payload=error_body("billing_service.rate_limited"), headers={"Retry-After": "7"}
    )
    mocked.post(url, status=429, headers={**RATE_LIMITED, "Retry-After": "2"})
    mocked.post(url, payload={"deployments": [], "return_count": 0, "match_count": 0})
    async with client(clock) as ece:
        result = await ece.deployments.search_deployments()
    assert result.return_count == 0
    assert len(calls(mocked)) == 3
    # never earlier than Retry-After; the added jitter is uniform(0, 0.5) (random() == 0.5 here)
    assert clock.sleeps == [7.25, 2.25]


async def test_retry_after_http_date_is_honoured(mocked: aioresponses, clock: FakeClock) -> None:
    when = formatdate(clock.time() + 30, usegmt=True)
    mocked.get(f"{API}/deployments", status=429, headers={"Retry-After": when})
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    async with client(clock) as ece:
        await ece.deployments.list_deployments()
    [delay] = clock.sleeps
    assert 30 <= delay <= 30.5


async def test_429_without_retry_after_uses_backoff_and_gives_up_after_max_attempts(
    mocked: aioresponses,
) -> None:
    clock = FakeClock(randoms=[0.9999])
    mocked.post(f"{API}/deployments/_search", status=429, headers=RATE_LIMITED, repeat=True)
    policy = RetryPolicy(max_attempts=5, backoff_base=1.0, backoff_max=5.0, deadline=None)
    async with client(clock, retry=policy) as ece:
        with pytest.raises(RateLimitedError) as info:
            await ece.deployments.search_deployments()
    err = info.value
    assert err.attempts == 5 and err.has_code("billing_service.rate_limited") and err.retry_after is None
    assert len(calls(mocked)) == 5
    assert clock.sleeps == pytest.approx([0.9999, 1.9998, 3.9996, 4.9995])


@pytest.mark.parametrize("randoms", [[0.0], [0.3], [0.999999]])
async def test_full_jitter_stays_within_bounds(mocked: aioresponses, randoms: list[float]) -> None:
    clock = FakeClock(randoms=randoms)
    mocked.get(f"{API}/deployments", status=503, repeat=True)
    policy = RetryPolicy(max_attempts=8, backoff_base=0.5, backoff_max=4.0, deadline=None)
    async with client(clock, retry=policy) as ece:
        with pytest.raises(ServerError):
            await ece.deployments.list_deployments()
    caps = [min(4.0, 0.5 * 2**n) for n in range(7)]
    assert len(clock.sleeps) == 7
    for delay, cap in zip(clock.sleeps, caps, strict=True):
        assert 0 <= delay <= cap
        assert delay == pytest.approx(randoms[0] * cap)


async def test_deadline_stops_retries_that_would_end_too_late(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.get(f"{API}/deployments", status=429, headers={"Retry-After": "100"}, repeat=True)
    async with client(clock, retry=RetryPolicy(max_attempts=10, deadline=30)) as ece:
        with pytest.raises(RateLimitedError) as info:
            await ece.deployments.list_deployments()
    assert info.value.attempts == 1 and info.value.retry_after == 100
    assert clock.sleeps == []


async def test_deadline_bounds_the_sum_of_backoffs(mocked: aioresponses) -> None:
    clock = FakeClock(randoms=[0.99])
    mocked.get(f"{API}/deployments", status=503, repeat=True)
    policy = RetryPolicy(max_attempts=100, backoff_base=1.0, backoff_max=10.0, deadline=20)
    async with client(clock, retry=policy) as ece:
        with pytest.raises(ServerError):
            await ece.deployments.list_deployments()
    assert sum(clock.sleeps) <= 20
    assert len(clock.sleeps) < 10


# -- idempotency -------------------------------------------------------------------------------------


async def test_post_is_not_retried_on_503_but_get_is(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.post(f"{API}/deployments/d1/_shutdown", status=503, repeat=True)
    mocked.get(f"{API}/deployments", status=503)
    mocked.get(f"{API}/deployments", status=502)
    mocked.get(f"{API}/deployments", status=504)
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    async with client(clock, retry=RetryPolicy(max_attempts=5, deadline=None)) as ece:
        with pytest.raises(ServerError) as info:
            await ece.deployments.shutdown_deployment(deployment_id="d1")
        assert info.value.attempts == 1
        await ece.deployments.list_deployments()
    assert [m for m, _ in calls(mocked)].count("POST") == 1
    assert [m for m, _ in calls(mocked)].count("GET") == 4


async def test_500_is_not_retried(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.get(f"{API}/deployments", status=500, repeat=True)
    async with client(clock) as ece:
        with pytest.raises(ServerError):
            await ece.deployments.list_deployments()
    assert len(calls(mocked)) == 1


@pytest.mark.parametrize(
    ("method", "idempotent", "with_version"),
    [
        ("GET", True, True),  # a read's ``version`` selects, it does not condition a write
        ("HEAD", True, True),
        ("OPTIONS", True, True),
        ("PUT", True, False),  # a conditional write replayed after it applied is a false conflict
        ("DELETE", True, False),
        ("POST", False, False),
        ("PATCH", False, False),
    ],
)
def test_idempotency_by_method_and_optimistic_version(
    method: str, idempotent: bool, with_version: bool
) -> None:
    assert is_idempotent(method, ()) is idempotent
    assert is_idempotent(method, (("x", "1"),)) is idempotent
    assert is_idempotent(method, (("version", "7"),)) is with_version
    assert is_idempotent(method, (("request_id", "abc"),)) is (idempotent or method in ("POST", "PATCH"))


def test_searches_and_request_ids_make_posts_idempotent() -> None:
    assert is_idempotent("POST", (("request_id", "abc"),))
    assert is_idempotent("POST", (), "/deployments/_search")
    assert is_idempotent("POST", (), "/platform/infrastructure/allocators/_search")
    assert not is_idempotent("POST", (), "/deployments/_search/x")
    assert not is_idempotent("POST", (), "/deployments")


def _create_body() -> DeploymentCreateRequest:
    return DeploymentCreateRequest.from_dict({"name": "new", "resources": {}})


async def test_create_deployment_gets_a_request_id_stable_across_retries(
    mocked: aioresponses, clock: FakeClock
) -> None:
    pattern = re.compile(rf"^{re.escape(API)}/deployments\?.*$")
    mocked.post(pattern, status=503)
    mocked.post(pattern, exception=aiohttp.ServerDisconnectedError())
    mocked.post(pattern, payload={"id": "d1", "name": "new", "created": True, "resources": []}, status=201)
    mocked.post(pattern, payload={"id": "d2", "name": "new", "created": True, "resources": []}, status=201)
    async with client(clock) as ece:
        created = await ece.deployments.create_deployment(body=_create_body())
        assert created.id == "d1"
        await ece.deployments.create_deployment(body=_create_body())
    urls = [url for _, url in calls(mocked)]
    ids = [url.query["request_id"] for url in urls]
    assert len(ids) == 4
    assert ids[0] == ids[1] == ids[2]  # one logical call, retried: the same id
    assert ids[3] != ids[0]  # the next logical call: a fresh id
    assert re.fullmatch(r"[0-9a-f]{32}", ids[0])


async def test_callers_request_id_is_kept(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.post(f"{API}/deployments?request_id=mine", status=503)
    mocked.post(f"{API}/deployments?request_id=mine", payload={"id": "d1", "created": True}, status=200)
    async with client(clock) as ece:
        await ece.deployments.create_deployment(body=_create_body(), request_id="mine")
    assert len(calls(mocked)) == 2


async def test_other_posts_get_no_request_id(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.post(f"{API}/deployments/_search", payload={"deployments": []})
    async with client(clock) as ece:
        await ece.deployments.search_deployments()
    [(_, url)] = calls(mocked)
    assert "request_id" not in url.query


# -- network failures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "exception",
    [
        aiohttp.ServerDisconnectedError(),
        aiohttp.ClientOSError(104, "reset"),
        aiohttp.ClientPayloadError("cut"),
    ],
)
async def test_dropped_connection_retried_for_get_not_for_post(
    mocked: aioresponses, clock: FakeClock, exception: Exception
) -> None:
    mocked.get(f"{API}/deployments", exception=exception)
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    mocked.post(f"{API}/deployments/d1/_shutdown", exception=exception, repeat=True)
    async with client(clock) as ece:
        await ece.deployments.list_deployments()
        with pytest.raises(ECEConnectionError) as info:
            await ece.deployments.shutdown_deployment(deployment_id="d1")
    assert info.value.attempts == 1
    assert [m for m, _ in calls(mocked)] == ["GET", "GET", "POST"]


async def test_timeouts_retried_for_get_not_for_post(mocked: aioresponses, clock: FakeClock) -> None:
    mocked.get(f"{API}/deployments", exception=asyncio.TimeoutError())
    mocked.get(f"{API}/deployments", exception=aiohttp.SocketTimeoutError("read"))
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    mocked.post(f"{API}/deployments/d1/_shutdown", exception=asyncio.TimeoutError(), repeat=True)
    async with client(clock) as ece:
        await ece.deployments.list_deployments()
        with pytest.raises(ECETimeoutError) as info:
            await ece.deployments.shutdown_deployment(deployment_id="d1")
    assert isinstance(info.value, TimeoutError)
    assert len(clock.sleeps) == 2


async def test_connect_failures_are_retried_even_for_post(mocked: aioresponses, clock: FakeClock) -> None:
    refused = aiohttp.ClientConnectorError(CONN_KEY, ConnectionRefusedError(111, "refused"))  # type: ignore[arg-type]
    mocked.post(f"{API}/deployments/_search", exception=refused)
    mocked.post(f"{API}/deployments/_search", exception=aiohttp.ConnectionTimeoutError("connect"))
    mocked.post(f"{API}/deployments/_search", payload={"deployments": []})
    async with client(clock) as ece:
        await ece.deployments.search_deployments()
    assert len(calls(mocked)) == 3


async def test_connect_error_type(mocked: aioresponses, clock: FakeClock) -> None:
    refused = aiohttp.ClientConnectorError(CONN_KEY, ConnectionRefusedError(111, "refused"))  # type: ignore[arg-type]
    mocked.get(f"{API}/deployments", exception=refused, repeat=True)
    async with client(clock, retry=RetryPolicy(max_attempts=2)) as ece:
        with pytest.raises(ConnectError) as info:
            await ece.deployments.list_deployments()
    assert info.value.attempts == 2


async def test_tls_failures_are_never_retried(mocked: aioresponses, clock: FakeClock) -> None:
    cert = aiohttp.ClientConnectorCertificateError(CONN_KEY, ssl.SSLCertVerificationError("self-signed"))  # type: ignore[arg-type]
    mocked.get(f"{API}/deployments", exception=cert, repeat=True)
    async with client(clock) as ece:
        with pytest.raises(TLSError):
            await ece.deployments.list_deployments()
    assert len(calls(mocked)) == 1


# -- visibility --------------------------------------------------------------------------------------


async def test_each_retry_is_logged_at_debug_and_reaches_the_hook(
    mocked: aioresponses, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[RetryScheduled] = []
    mocked.get(f"{API}/deployments", status=429, headers={"Retry-After": "1"})
    mocked.get(f"{API}/deployments", status=503)
    mocked.get(f"{API}/deployments", payload={"deployments": []})
    caplog.set_level(logging.DEBUG, logger="ece_async")
    async with client(clock, hooks=Hooks(on_retry=seen.append)) as ece:
        await ece.deployments.list_deployments()
    retries = [r for r in caplog.records if r.name == "ece_async" and "retrying" in r.getMessage()]
    assert len(retries) == 2
    assert all(r.levelno == logging.DEBUG for r in retries)
    assert "GET https://ece.example:12443/api/v1/deployments" in retries[0].getMessage()
    assert [(e.attempt, e.operation_id, type(e.error).__name__) for e in seen] == [
        (1, "list-deployments", "RateLimitedError"),
        (2, "list-deployments", "ServerError"),
    ]
    assert seen[0].delay == clock.sleeps[0] >= 1


# -- Retry-After parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        (" 2.5 ", 2.5),
        ("-3", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=1_700_000_000.0) == expected


def test_parse_retry_after_future_date() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after(formatdate(now + 42, usegmt=True), now) == pytest.approx(42, abs=1)
    assert parse_retry_after("Tue, 14 Nov 2023 22:14:02 -0000", now) == pytest.approx(42, abs=1)


@pytest.mark.parametrize(
    "value",
    [
        "Sun, 06 Nov 1994 08:49:37 +99999999999999999999",  # an offset no C int holds
        "Sun, 06 Nov 1994 08:49:37 +2500",
        "Fri, 31 Dec 99999 23:59:59 GMT",
        "1e400",
    ],
)
async def test_a_retry_after_no_clock_can_read_is_ignored_not_raised(
    servers: LocalServers, clock: FakeClock, value: str
) -> None:
    """A hostile ``Retry-After`` crashed the call with ``OverflowError`` instead of the 429 it came with."""

    async def throttled(request: web.Request) -> web.Response:
        return web.json_response(
            error_body("billing_service.rate_limited"), status=429, headers={"Retry-After": value}
        )

    base = await servers.start([("GET", "/deployments", throttled)])
    async with ECEClient(base, api_key="key-1234", retry=NO_RETRY, clock=clock) as ece:
        with pytest.raises(RateLimitedError) as info:
            await ece.deployments.list_deployments()
    assert info.value.retry_after is None
    assert parse_retry_after(value, now=1_700_000_000.0) is None


def test_policy_validation() -> None:
    from ece_async import ConfigurationError

    with pytest.raises(ConfigurationError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ConfigurationError):
        RetryPolicy(backoff_base=-1)
    with pytest.raises(ConfigurationError):
        RetryPolicy(mode="bogus")  # type: ignore[arg-type]
