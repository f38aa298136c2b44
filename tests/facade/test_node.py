"""The aiohttp wire node (``ece_async/_node.py``): the headers it reuses, its session's lifecycle."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from ece_async import NO_RETRY, ECEClient, ECEConnectionError
from ece_async._node import AiohttpNode, HeaderDicts


def test_header_dicts_are_reused_per_token_and_never_shown() -> None:
    dicts = HeaderDicts("agent/1", None, per_request=True)
    first = dicts.for_attempt("Bearer token-one", True, ())
    assert first == {
        "Accept": "application/json",
        "User-Agent": "agent/1",
        "Authorization": "Bearer token-one",
    }
    assert dicts.for_attempt("Bearer token-one", True, ()) is first  # one dict per token, not per attempt
    login = dicts.for_attempt("Basic cred", False, (("X-Extra", "1"),))  # login/refresh: their own dict
    assert login["Authorization"] == "Basic cred" and login["X-Extra"] == "1"
    assert dicts.for_attempt("Bearer token-one", True, ()) is first
    assert "token-one" not in repr(dicts) and "Basic" not in repr(dicts)


def test_with_the_clients_own_session_the_static_headers_are_the_sessions_defaults() -> None:
    dicts = HeaderDicts("agent/1", "ApiKey k-123456", per_request=False)
    assert dicts.for_attempt(None, True, ()) is None
    assert dicts.static["Authorization"] == "ApiKey k-123456"


async def test_the_node_makes_its_session_in_the_loop_and_closes_only_its_own() -> None:
    def node(session: aiohttp.ClientSession | None) -> AiohttpNode:
        dicts = HeaderDicts("agent/1", None, per_request=session is not None)
        timeout = aiohttp.ClientTimeout(total=5)
        return AiohttpNode(
            session=session, tls=True, timeout=timeout, max_response_bytes=10,
            headers=dicts, connections=3,
        )  # fmt: skip

    own = node(None)
    assert not own.ready()
    session = own.open()
    assert own.ready() and session.connector is not None and session.connector.limit == 3
    await own.close()
    assert session.closed
    async with aiohttp.ClientSession() as theirs:
        borrowed = node(theirs)
        assert borrowed.open() is theirs
        await borrowed.close()
        assert not theirs.closed


async def test_a_dropped_kept_alive_connection_is_not_silently_resent() -> None:
    """aiohttp would send an idempotent request again on a new connection, unseen by the
    retry policy, its attempt count and the hooks: the node turns that off."""
    requests = 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        body = b'{"deployments": []}'
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        try:
            await reader.readuntil(b"\r\n\r\n")
            requests += 1
            writer.write(head.encode() + body)  # kept alive
            await reader.readuntil(b"\r\n\r\n")
            requests += 1  # the second request on this connection: dropped unanswered
        except asyncio.IncompleteReadError:
            pass
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with ECEClient(f"http://127.0.0.1:{port}", api_key="key-1234", retry=NO_RETRY) as ece:
            await ece.deployments.list_deployments()
            with pytest.raises(ECEConnectionError):
                await ece.deployments.list_deployments()
        assert requests == 2
    finally:
        server.close()
        await server.wait_closed()
