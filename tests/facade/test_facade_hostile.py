"""Hostile responses and bad input: huge and compressed bodies, bodies of the wrong shape,
header injection, URLs with credentials (real servers on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
from typing import Any

import pytest
from aiohttp import web

from ece_async import (
    ConfigurationError,
    ECEClient,
    ECEError,
    RequestEncodeError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ServerError,
)

from .facade_support import FakeClock, LocalServers, exception_chain_texts, json_response

MIB = 1024 * 1024


async def endless(
    request: web.Request, status: int, written: list[int], length: int | None = None
) -> web.StreamResponse:
    """Writes a body until the client goes away (declaring ``length``, or chunked)."""
    response = web.StreamResponse(status=status, headers={"Content-Type": "application/json"})
    if length is not None:
        response.content_length = length
    await response.prepare(request)
    chunk = b"[" + b"0," * (32 * 1024)
    try:
        while True:
            await response.write(chunk)
            written[0] += len(chunk)
    except (ConnectionError, RuntimeError):
        return response


def huge_body(framing: str, written: list[int], length: int) -> Any:
    """A handler sending a success body past any bound: ``length`` declared, chunked, or a gzip bomb
    (64 MiB inflated from about 64 KiB on the wire)."""
    bomb = gzip.compress(b" " * (64 * MIB), compresslevel=9) if framing == "gzip" else b""

    async def huge(request: web.Request) -> web.StreamResponse:
        if framing == "content-length":
            return await endless(request, 200, written, length=length)
        if framing == "gzip":
            headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
            return web.Response(body=bomb, headers=headers)
        return await endless(request, 200, written)

    return huge


# -- 16: bounded bodies --------------------------------------------------------------------------------


@pytest.mark.parametrize("framing", ["content-length", "chunked", "gzip"])
async def test_a_successful_body_is_bounded_decompressed_while_streaming(
    servers: LocalServers, clock: FakeClock, framing: str
) -> None:
    written = [0]
    base = await servers.start([("GET", "/deployments", huge_body(framing, written, 512 * MIB))])
    async with ECEClient(base, api_key="key-1234", clock=clock, max_response_bytes=MIB) as ece:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes") as info:
                await asyncio.wait_for(ece.deployments.list_deployments(), 10)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert info.value.attempts == 1  # never retried: it would be as large again
    assert isinstance(info.value, ResponseDecodeError)
    assert peak < 16 * MIB  # 64 MiB inflated, 8 MiB sent: only about the bound is ever held
    assert written[0] < 16 * MIB  # the connection was closed, not drained


async def test_an_endless_error_body_is_read_only_as_far_as_an_excerpt_needs(
    servers: LocalServers, clock: FakeClock
) -> None:
    written = [0]

    async def failing(request: web.Request) -> web.StreamResponse:
        return await endless(request, 500, written)

    base = await servers.start([("GET", "/deployments", failing)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ServerError) as info:
            await asyncio.wait_for(ece.deployments.list_deployments(), 10)
    assert info.value.excerpt is not None and len(info.value.excerpt) <= 200
    assert written[0] < 16 * MIB


def test_max_response_bytes_is_validated() -> None:
    with pytest.raises(ConfigurationError):
        ECEClient("https://ece.example:12443", max_response_bytes=0)


# -- 17: a body of the wrong JSON type ----------------------------------------------------------------


@pytest.mark.parametrize("body", [[], "x", None, 3, True])
async def test_a_success_body_that_is_not_an_object_for_a_model_raises(
    servers: LocalServers, clock: FakeClock, body: Any
) -> None:
    async def wrong(request: web.Request) -> web.Response:
        return json_response(body)

    base = await servers.start([("GET", "/deployments/{id}", wrong), ("GET", "/deployments/{id}/raw", wrong)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ResponseDecodeError, match="expected an object") as info:
            await ece.deployments.get_deployment(deployment_id="abc")
        assert info.value.status == 200
        assert info.value.attempts == 1 and not info.value.malformed  # it would come back the same
        assert await ece.request("GET", "/deployments/abc/raw") == body  # raw requests take anything


async def test_an_empty_body_is_fine_where_the_spec_documents_an_empty_response(
    servers: LocalServers, clock: FakeClock
) -> None:
    async def empty(request: web.Request) -> web.Response:
        return web.Response(status=200)

    base = await servers.start([("POST", "/users/auth/_logout", empty)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        await ece.authentication.logout()


# -- 18: what a caller can get wrong ---------------------------------------------------------------------


async def test_a_line_break_in_a_header_value_is_a_request_encode_error(servers: LocalServers) -> None:
    seen = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal seen
        seen += 1
        return json_response({})

    base = await servers.start([("GET", "/custom", handler)])
    async with ECEClient(base, api_key="key-1234") as ece:
        for value in ("a\r\nX-Injected: 1", "a\nb", "a\x00b"):
            with pytest.raises(RequestEncodeError, match="line break") as info:
                await ece.request("GET", "/custom", headers={"X-Note": value})
            assert isinstance(info.value, ECEError) and isinstance(info.value, ValueError)
    assert seen == 0


def test_credentials_that_cannot_go_into_a_header_are_refused() -> None:
    for kwargs in ({"api_key": "abc\r\ndef"}, {"token": "abc\ndef"}):
        with pytest.raises(ConfigurationError, match="line break"):
            ECEClient("https://ece.example:12443", **kwargs)


@pytest.mark.parametrize(
    "bad",
    [
        "https://admin:s3cret-pass@ece.example:12443",
        ["https://ece.example:12443", "https://admin:s3cret-pass@c2:12443"],
        "ftp://ece.example",
        [],
        123,
        b"https://ece.example:12443",
    ],
)
def test_bad_base_urls_are_configuration_errors_and_the_half_built_client_still_prints(bad: Any) -> None:
    with pytest.raises(ConfigurationError) as info:
        ECEClient(bad, api_key="key-1234")
    assert not [t for t in exception_chain_texts(info.value) if "repr failed" in t]
    # The caller's argument stays in the frames it passed through; the error itself never shows it.
    assert not [t for t in exception_chain_texts(info.value, frames=False) if "s3cret-pass" in t]


@pytest.mark.parametrize("value", [b"bytes", {"a": 1}, {"a"}])
async def test_a_query_value_of_an_unsupported_type_is_a_request_encode_error(value: Any) -> None:
    async with ECEClient("http://127.0.0.1:9", api_key="key-1234") as ece:
        with pytest.raises(RequestEncodeError) as info:
            await ece.request("GET", "/custom", params={"q": value})
    assert isinstance(info.value, ECEError)
