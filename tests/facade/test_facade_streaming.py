"""A success body streamed to a caller's reducer (``ECEClient.request(..., reduce=)``), against real
aiohttp servers on 127.0.0.1: fed as it arrives and never held, a fresh reducer per attempt, and
every other rule of a call (limits, auth, retries, bounds, typed errors, cancellation) unchanged."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import tracemalloc
import zlib
from typing import Any, ClassVar

import orjson
import pytest
from aiohttp import web

from ece_async import (
    BodyReducer,
    ECEClient,
    ECETimeoutError,
    MalformedBody,
    PasswordAuth,
    ResponseDecodeError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    Timeout,
    UnexpectedResponseError,
)

from .facade_support import FakeClock, LocalServers, error_body, json_response, make_jwt
from .test_facade_hostile import endless, huge_body

MIB = 1024 * 1024
#: A JSON document of a few MiB, sent in many chunks.
DOCUMENT = orjson.dumps(
    {"deployments": [{"deployment_id": f"d{i:06}", "pad": "x" * 200} for i in range(20_000)]}
)
DIGEST = hashlib.sha256(DOCUMENT).hexdigest()


class Digest:
    """Hashes what it is fed; records every reducer made and every chunk size, to inspect."""

    made: ClassVar[list[Digest]] = []

    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.sizes: list[int] = []
        self.finished = False
        Digest.made.append(self)

    def feed(self, chunk: bytes) -> None:
        self.hash.update(chunk)
        self.sizes.append(len(chunk))

    def result(self) -> str:
        self.finished = True
        return self.hash.hexdigest()


@pytest.fixture(autouse=True)
def _fresh_digests() -> None:
    Digest.made = []


def _fed() -> int:
    return sum(sum(d.sizes) for d in Digest.made)


async def _document(request: web.Request) -> web.Response:
    return web.Response(body=DOCUMENT, content_type="application/json")


async def _stalled(
    request: web.Request, *, head: bytes = b"", before_headers: bool = False
) -> web.StreamResponse:
    """Sends the headers and ``head`` (or nothing at all), then nothing more, until cancelled."""
    if before_headers:
        await asyncio.sleep(3600)
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    response.content_length = len(DOCUMENT)
    await response.prepare(request)
    await response.write(head)
    await asyncio.sleep(3600)
    return response


# -- fed as it arrives, never held -------------------------------------------------------------------------


async def test_the_body_is_fed_in_chunks_and_the_call_returns_the_reducers_result(
    servers: LocalServers, clock: FakeClock
) -> None:
    base = await servers.start([("GET", "/billing/costs/org/deployments", _document)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        assert await ece.request("GET", "/billing/costs/org/deployments", reduce=Digest) == DIGEST
        detailed = await ece.request_detailed("GET", "/billing/costs/org/deployments", reduce=Digest)
    assert detailed.status == 200 and detailed.parsed == DIGEST
    assert detailed.headers["Content-Type"] == "application/json"
    (first, _) = Digest.made
    assert first.finished and sum(first.sizes) == len(DOCUMENT) and len(first.sizes) > 1


async def test_a_streamed_body_is_never_held_whole(servers: LocalServers, clock: FakeClock) -> None:
    body = b"[" + b"1," * (16 * MIB) + b"1]"  # 32 MiB

    async def large(request: web.Request) -> web.StreamResponse:
        # Written piece by piece, each drained: the server (in this process) holds no copy either.
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(body)
        await response.prepare(request)
        view = memoryview(body)
        for start in range(0, len(body), 64 * 1024):
            await response.write(view[start : start + 64 * 1024])
        await response.write_eof()
        return response

    base = await servers.start([("GET", "/large", large)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        await ece.request("GET", "/large", reduce=Digest)  # a warm connection: only the body's read counts
        tracemalloc.start()
        try:
            assert await ece.request("GET", "/large", reduce=Digest) == hashlib.sha256(body).hexdigest()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 4 * MIB  # a 32 MiB body: the reducer's chunks and a 64 KiB head, nothing more


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_compressed_body_is_fed_decompressed(
    servers: LocalServers, clock: FakeClock, encoding: str
) -> None:
    packed = gzip.compress(DOCUMENT) if encoding == "gzip" else zlib.compress(DOCUMENT)

    async def compressed(request: web.Request) -> web.Response:
        headers = {"Content-Encoding": encoding, "Content-Type": "application/json"}
        return web.Response(body=packed, headers=headers)

    base = await servers.start([("GET", "/packed", compressed)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        assert await ece.request("GET", "/packed", reduce=Digest) == DIGEST


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "application/problem+json"])
async def test_json_bodies_are_fed_whatever_their_json_media_type(
    servers: LocalServers, clock: FakeClock, content_type: str
) -> None:
    async def typed(request: web.Request) -> web.Response:
        return web.Response(body=DOCUMENT, headers={"Content-Type": content_type})

    base = await servers.start([("GET", "/typed", typed)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        assert await ece.request("GET", "/typed", reduce=Digest) == DIGEST


async def test_a_body_of_no_declared_type_is_fed(clock: FakeClock) -> None:
    """As without a reducer, a body with no Content-Type may be JSON (the reducer judges)."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(DOCUMENT) + DOCUMENT)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with ECEClient(f"http://127.0.0.1:{port}", api_key="key-1234", clock=clock) as ece:
            assert await ece.request("GET", "/untyped", reduce=Digest) == DIGEST
    finally:
        server.close()
        await server.wait_closed()


# -- a fresh reducer per attempt ---------------------------------------------------------------------------


async def test_a_body_cut_short_is_retried_with_a_fresh_reducer(
    servers: LocalServers, clock: FakeClock
) -> None:
    calls = [0]

    async def flaky(request: web.Request) -> web.StreamResponse:
        calls[0] += 1
        if calls[0] > 1:
            return await _document(request)
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(DOCUMENT)
        await response.prepare(request)
        await response.write(DOCUMENT[: len(DOCUMENT) // 2])  # then the connection drops
        assert request.transport is not None
        request.transport.close()
        return response

    base = await servers.start([("GET", "/flaky", flaky)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        assert await ece.request("GET", "/flaky", reduce=Digest) == DIGEST
    cut, whole = Digest.made
    assert 0 < sum(cut.sizes) < len(DOCUMENT) and not cut.finished  # fed, then dropped
    assert sum(whole.sizes) == len(DOCUMENT) and calls[0] == 2 and clock.sleeps  # a retry, after a backoff


async def test_a_401_is_replayed_with_new_credentials_and_a_fresh_reducer(
    servers: LocalServers, clock: FakeClock
) -> None:
    issued = [0]
    rejected: list[str] = []

    def token_reply() -> web.Response:
        issued[0] += 1
        return json_response({"token": make_jwt(clock.time() + 3600, iat=clock.time(), nonce=issued[0])})

    async def login(request: web.Request) -> web.Response:
        return token_reply()

    async def data(request: web.Request) -> web.Response:
        token = request.headers["Authorization"]
        if not rejected:  # the first token is revoked server-side
            rejected.append(token)
        if token in rejected:
            return json_response(error_body("root.unauthorized", "token expired " + "x" * 4096), 401)
        return await _document(request)

    routes = [("POST", "/users/auth/_login", login), ("POST", "/users/auth/_refresh", login)]
    base = await servers.start([*routes, ("GET", "/data", data)])
    async with ECEClient(base, auth=PasswordAuth("admin", "secret-password"), clock=clock) as ece:
        assert await ece.request("GET", "/data", reduce=Digest) == DIGEST
    assert len(rejected) == 1 and issued[0] == 2
    assert len(Digest.made) == 1 and Digest.made[0].finished  # the 401's body was never fed


# -- other answers are read as always, never fed -------------------------------------------------------------


async def test_an_error_answer_is_read_bounded_and_typed_as_always_and_never_fed(
    servers: LocalServers, clock: FakeClock
) -> None:
    written = [0]
    calls = [0]

    async def failing(request: web.Request) -> web.StreamResponse:
        calls[0] += 1
        return await endless(request, 503, written)

    base = await servers.start([("GET", "/failing", failing)])
    async with ECEClient(base, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=2)) as ece:
        with pytest.raises(ServerError) as info:
            await asyncio.wait_for(ece.request("GET", "/failing", reduce=Digest), 10)
    assert info.value.status == 503 and info.value.attempts == 2 and calls[0] == 2  # retried, as always
    assert info.value.excerpt is not None and written[0] < 16 * MIB
    assert Digest.made == []


async def test_a_throttled_answer_is_retried_then_the_success_fed_once(
    servers: LocalServers, clock: FakeClock
) -> None:
    calls = [0]

    async def throttled(request: web.Request) -> web.Response:
        calls[0] += 1
        if calls[0] == 1:
            return json_response(error_body("root.too_many_requests"), 429, headers={"Retry-After": "2"})
        return await _document(request)

    base = await servers.start([("GET", "/throttled", throttled)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        assert await ece.request("GET", "/throttled", reduce=Digest) == DIGEST
    assert calls[0] == 2 and len(Digest.made) == 1 and clock.sleeps[0] >= 2


async def test_a_success_that_is_not_json_is_not_the_api_and_never_fed(
    servers: LocalServers, clock: FakeClock
) -> None:
    page = b"<html><body><h1>Proxy login</h1>" + b"<p>sign in</p>" * 100_000 + b"</body></html>"

    async def proxy(request: web.Request) -> web.Response:
        return web.Response(body=page, content_type="text/html")

    base = await servers.start([("GET", "/proxy", proxy)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(UnexpectedResponseError, match="not the ECE API") as info:
            await ece.request("GET", "/proxy", reduce=Digest)
        assert await ece.request("GET", "/proxy") == page.decode()  # without a reducer: text, as before
    assert info.value.status == 200 and info.value.attempts == 1 and "Proxy login" in str(info.value.excerpt)
    assert Digest.made == []


# -- bounded ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("framing", ["content-length", "chunked", "gzip"])
async def test_a_streamed_body_stops_at_max_response_bytes(
    servers: LocalServers, clock: FakeClock, framing: str
) -> None:
    written = [0]
    base = await servers.start([("GET", "/huge", huge_body(framing, written, 1024 * MIB))])
    async with ECEClient(base, api_key="key-1234", clock=clock, max_response_bytes=MIB) as ece:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError, match="max_response_bytes") as info:
                await asyncio.wait_for(ece.request("GET", "/huge", reduce=Digest), 10)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert info.value.attempts == 1  # never retried: it would be as large again
    assert _fed() <= MIB and not any(d.finished for d in Digest.made)
    assert peak < 4 * MIB and written[0] < 16 * MIB  # not buffered; the connection closed, not drained
    if framing == "content-length":
        assert Digest.made == [] or _fed() == 0  # declared too large: refused before any byte


@pytest.mark.parametrize("bound", ["read", "total"])
async def test_a_body_that_stalls_mid_stream_is_timed_out_as_any_body(
    servers: LocalServers, clock: FakeClock, bound: str
) -> None:
    """A Content-Length larger than what comes, then silence: the attempt's read (between two
    chunks) or total timeout ends it while the reducer waits, and the connection is not reused."""

    async def stalled(request: web.Request) -> web.StreamResponse:
        return await _stalled(request, head=DOCUMENT[:100_000])

    timeout = Timeout(total=None, read=0.3) if bound == "read" else Timeout(total=0.5, read=None)
    retry = RetryPolicy(max_attempts=1)
    base = await servers.start([("GET", "/stalled", stalled), ("GET", "/data", _document)])
    async with ECEClient(base, api_key="key-1234", clock=clock, timeout=timeout, retry=retry) as ece:
        with pytest.raises(ECETimeoutError):
            await asyncio.wait_for(ece.request("GET", "/stalled", reduce=Digest), 10)
        (stuck,) = Digest.made
        assert 0 < sum(stuck.sizes) < len(DOCUMENT) and not stuck.finished
        assert await asyncio.wait_for(ece.request("GET", "/data", reduce=Digest), 10) == DIGEST


# -- malformed bodies, and a reducer's own bugs --------------------------------------------------------------


class Strict:
    """A reducer that checks its JSON at the end, as a parser does."""

    def __init__(self) -> None:
        self.body = bytearray()

    def feed(self, chunk: bytes) -> None:
        self.body += chunk

    def result(self) -> Any:
        try:
            return orjson.loads(self.body)
        except orjson.JSONDecodeError as exc:
            raise MalformedBody(str(exc)) from exc


async def test_a_body_the_reducer_finds_malformed_fails_as_a_malformed_body_does(
    servers: LocalServers, clock: FakeClock
) -> None:
    calls = [0]

    async def broken(request: web.Request) -> web.Response:
        calls[0] += 1
        return web.Response(body=b'{"deployments": [1, 2', content_type="application/json")

    base = await servers.start([("GET", "/broken", broken)])
    errors: list[ResponseDecodeError] = []
    async with ECEClient(base, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=3)) as ece:
        for reduce in (None, Strict):
            with pytest.raises(ResponseDecodeError) as info:
                await ece.request("GET", "/broken", reduce=reduce)
            errors.append(info.value)
    unreduced, reduced = errors
    assert type(reduced) is type(unreduced) is ResponseDecodeError
    assert str(reduced) == str(unreduced) and reduced.excerpt == unreduced.excerpt
    assert reduced.malformed and reduced.attempts == unreduced.attempts  # the retry policy decides alike
    assert calls[0] == reduced.attempts + unreduced.attempts
    assert reduced.__cause__ is None  # the reducer's message may quote the body: never chained


async def test_a_reducer_that_fails_early_stops_the_read(servers: LocalServers, clock: FakeClock) -> None:
    written = [0]

    class Picky:
        def feed(self, chunk: bytes) -> None:
            raise MalformedBody("not what I expected")

        def result(self) -> None:
            raise AssertionError("never reached")

    async def huge(request: web.Request) -> web.StreamResponse:
        return await endless(request, 200, written)

    base = await servers.start([("GET", "/huge", huge)])
    async with ECEClient(base, api_key="key-1234", clock=clock, retry=RetryPolicy(max_attempts=1)) as ece:
        with pytest.raises(ResponseDecodeError, match="not valid JSON") as info:
            await asyncio.wait_for(ece.request("GET", "/huge", reduce=Picky), 10)
    assert info.value.malformed and info.value.excerpt is not None and info.value.excerpt.startswith("[0,0")
    assert written[0] < 16 * MIB


async def test_a_reducers_own_bug_propagates_unchanged_and_frees_the_connection(
    servers: LocalServers, clock: FakeClock
) -> None:
    calls = [0]
    bug = KeyError("the reducer's own bug")

    class Buggy:
        def feed(self, chunk: bytes) -> None:
            raise bug

        def result(self) -> None:
            raise AssertionError("never reached")

    async def counted(request: web.Request) -> web.Response:
        calls[0] += 1
        return await _document(request)

    base = await servers.start([("GET", "/data", counted)])
    async with ECEClient(base, api_key="key-1234", clock=clock, max_concurrency=1) as ece:
        with pytest.raises(KeyError) as info:
            await ece.request("GET", "/data", reduce=Buggy)
        assert info.value is bug and calls[0] == 1  # not wrapped, not retried
        # The one slot and the one connection are free again:
        assert await asyncio.wait_for(ece.request("GET", "/data", reduce=Digest), 10) == DIGEST


async def test_a_reducer_failing_in_result_propagates_unchanged(
    servers: LocalServers, clock: FakeClock
) -> None:
    class LateBug:
        def feed(self, chunk: bytes) -> None:
            pass

        def result(self) -> None:
            raise ZeroDivisionError("late")

    base = await servers.start([("GET", "/data", _document)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(ZeroDivisionError, match="late"):
            await ece.request("GET", "/data", reduce=LateBug)


@pytest.mark.parametrize("where", ["factory", "feed", "result"])
@pytest.mark.parametrize("kind", [OSError, TimeoutError, ConnectionResetError])
async def test_a_reducers_os_or_timeout_error_is_its_own_not_the_wires(
    servers: LocalServers, clock: FakeClock, where: str, kind: type[Exception]
) -> None:
    """A reducer writing to a full disk is not a connection error: not retried, not the
    coordinator's failure, raised unchanged (the wire's errors are OSError and TimeoutError too)."""
    calls = [0]
    bug = kind("the reducer's own")

    class Failing:
        def __init__(self) -> None:
            if where == "factory":
                raise bug

        def feed(self, chunk: bytes) -> None:
            if where == "feed":
                raise bug

        def result(self) -> None:
            raise bug

    async def counted(request: web.Request) -> web.Response:
        calls[0] += 1
        return await _document(request)

    base = await servers.start([("GET", "/data", counted)])
    async with ECEClient(base, api_key="key-1234", clock=clock) as ece:
        with pytest.raises(kind) as info:
            await ece.request("GET", "/data", reduce=Failing)
        assert info.value is bug and calls[0] == 1 and clock.sleeps == []  # not wrapped, not retried
        assert info.value.__context__ is None and info.value.__cause__ is None
        assert await ece.request("GET", "/data", reduce=Digest) == DIGEST


# -- cancellation --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["waiting for a slot", "before the headers", "mid-body"])
async def test_cancelling_a_streamed_call_frees_its_slot_and_connection(
    servers: LocalServers, clock: FakeClock, where: str
) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        if where == "before the headers":
            return await _stalled(request, before_headers=True)
        return await _stalled(request, head=DOCUMENT[: 256 * 1024])

    base = await servers.start([("GET", "/slow", slow), ("GET", "/data", _document)])
    async with ECEClient(base, api_key="key-1234", clock=clock, max_concurrency=1) as ece:
        blocker = None
        if where == "waiting for a slot":
            blocker = asyncio.ensure_future(ece.request("GET", "/slow", reduce=Digest))
            await asyncio.sleep(0.2)
        call = asyncio.ensure_future(ece.request("GET", "/slow", reduce=Digest))
        await asyncio.sleep(0.2)
        if where == "mid-body":
            assert _fed() > 0  # the reducer is being fed when the call is cancelled
        for task in (call, blocker):
            if task is not None:
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
        limiter = ece.transport._limits
        assert all(not sem.locked() for sem in limiter.semaphores("raw-request"))
        # One slot, one connection: both free again.
        assert await asyncio.wait_for(ece.request("GET", "/data", reduce=Digest), 10) == DIGEST


def test_the_reducer_protocol_is_structural() -> None:
    reducer: BodyReducer[str] = Digest()  # no base class to inherit: feed() and result() are all
    reducer.feed(b"{}")
    assert reducer.result() == hashlib.sha256(b"{}").hexdigest()


async def test_hooks_see_a_streamed_call_as_any_other(servers: LocalServers, clock: FakeClock) -> None:
    from ece_async import Hooks, OperationStart, RequestEnd

    calls = [0]
    ends: list[RequestEnd] = []
    operations: list[OperationStart] = []

    async def flaky(request: web.Request) -> web.Response:
        calls[0] += 1
        if calls[0] == 1:
            return json_response(error_body("root.unavailable"), 503)
        return await _document(request)

    def operation(start: OperationStart) -> None:
        operations.append(start)

    hooks = Hooks(on_request_end=ends.append, on_operation=operation)
    base = await servers.start([("GET", "/flaky", flaky)])
    async with ECEClient(base, api_key="key-1234", clock=clock, hooks=hooks) as ece:
        assert await ece.request("GET", "/flaky", reduce=Digest) == DIGEST
    assert [(e.attempt, e.status, e.error is None) for e in ends] == [(1, 503, False), (2, 200, True)]
    assert [o.operation_id for o in operations] == ["raw-request"]
