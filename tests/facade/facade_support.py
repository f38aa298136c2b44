"""Helpers shared by the facade tests: a virtual clock, JWTs, and an instrumented ECE-ish server."""

from __future__ import annotations

import asyncio
import base64
import heapq
import itertools
import ssl
import subprocess
from collections.abc import Awaitable, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestServer
from aioresponses import CallbackResult, aioresponses
from yarl import URL

from ece_async.clock import Clock

BASE = "https://ece.example:12443"
API = BASE + "/api/v1"
EPOCH = 1_700_000_000.0


class FakeClock(Clock):
    """Virtual time: ``sleep`` records the delay and advances time instantly."""

    def __init__(self, *, randoms: Iterable[float] | None = None, wall: float = EPOCH) -> None:
        self.now = 0.0
        self.wall = wall
        self.sleeps: list[float] = []
        self._randoms = itertools.cycle(list(randoms) if randoms is not None else [0.5])

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.wall + self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)

    def random(self) -> float:
        return next(self._randoms)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_jwt(exp: float | None, *, iat: float | None = None, sub: str = "admin", nonce: int = 0) -> str:
    """An unsigned-looking JWT (the client never verifies signatures)."""

    def part(value: Any) -> str:
        return base64.urlsafe_b64encode(orjson.dumps(value)).rstrip(b"=").decode()

    claims: dict[str, Any] = {"sub": sub, "nonce": nonce}
    if exp is not None:
        claims["exp"] = exp
    if iat is not None:
        claims["iat"] = iat
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


def error_body(code: str, message: str = "failed") -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


class _FinishedUpload:
    """Stands in for the request writer aiohttp >= 3.14 hands to a response (aioresponses passes none)."""

    output_size = 0


class CompatResponse(ClientResponse):
    """aioresponses 0.7.9 builds responses without the ``stream_writer`` aiohttp 3.14 requires."""

    def __init__(self, method: str, url: URL, *, stream_writer: Any = None, **kwargs: Any) -> None:
        super().__init__(method, url, stream_writer=stream_writer or _FinishedUpload(), **kwargs)


class mock_ece(aioresponses):
    """``aioresponses`` that works with the installed aiohttp (see :class:`CompatResponse`)."""

    def add(self, url: Any, method: str = "GET", *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("response_class", CompatResponse)
        super().add(url, method, *args, **kwargs)


def reply(**kwargs: Any) -> CallbackResult:
    """A ``CallbackResult`` for aioresponses callbacks, built with :class:`CompatResponse`."""
    kwargs.setdefault("response_class", CompatResponse)
    return CallbackResult(**kwargs)


class ManualClock(FakeClock):
    """Virtual time that moves only when the test says: ``sleep`` blocks until :meth:`run_for` passes it."""

    def __init__(self, *, randoms: Iterable[float] | None = None, wall: float = EPOCH) -> None:
        super().__init__(randoms=randoms, wall=wall)
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        wake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), wake))
        await wake

    @property
    def sleeping(self) -> int:
        return sum(1 for _, _, wake in self._sleepers if not wake.done())

    async def run_for(self, seconds: float) -> None:
        """Move time forward by ``seconds``, waking each sleeper at its time and letting it run."""
        target = self.now + seconds
        await settle()
        while self._sleepers and self._sleepers[0][0] <= target:
            when, _, wake = heapq.heappop(self._sleepers)
            self.now = max(self.now, when)
            if not wake.done():
                wake.set_result(None)
                await settle()
        self.now = target
        await settle()


async def settle(rounds: int = 20) -> None:
    """Let every ready task run a few steps."""
    for _ in range(rounds):
        await asyncio.sleep(0)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class LocalServers:
    """Real aiohttp servers on 127.0.0.1 for wire tests; each serves ``routes`` under ``/api/v1``."""

    def __init__(self) -> None:
        self.started: list[TestServer] = []

    async def start(
        self, routes: Iterable[tuple[str, str, Handler]], *, port: int = 0, tls: ssl.SSLContext | None = None
    ) -> str:
        """Start one server; returns its base URL (``http(s)://127.0.0.1:<port>``)."""
        app = web.Application()
        for method, path, handler in routes:
            app.router.add_route(method, "/api/v1" + path, handler)
        server = TestServer(app, host="127.0.0.1", port=port)
        await server.start_server(ssl=tls)
        self.started.append(server)
        return str(server.make_url("")).rstrip("/")

    async def close_all(self) -> None:
        for server in self.started:
            await server.close()


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        body=orjson.dumps(payload), status=status, content_type="application/json", headers=headers
    )


def exception_chain_texts(exc: BaseException, *, frames: bool = True) -> Iterator[str]:
    """Everything a traceback tool could show of ``exc``: str, repr, attributes and args of every
    exception in its ``__cause__``/``__context__`` chain, and (``frames``) the locals of their
    library frames (frames of this test suite hold the test's own secrets, so they are skipped)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield _safe_repr(current)
        yield str(current)
        yield from (_safe_repr(arg) for arg in current.args)
        yield from (f"{k}={_safe_repr(v)}" for k, v in getattr(current, "__dict__", {}).items())
        tb = current.__traceback__ if frames else None
        while tb is not None:
            frame = tb.tb_frame
            if "/tests/" not in frame.f_code.co_filename:
                yield from (f"{k}={_safe_repr(v)}" for k, v in frame.f_locals.items())
            tb = tb.tb_next
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                stack.append(linked)


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception as exc:  # a repr that fails is a finding of its own
        return f"<repr failed: {type(exc).__name__}>"


class Blackhole:
    """A TCP server on 127.0.0.1 that accepts connections, reads what comes, and never answers."""

    def __init__(self) -> None:
        self.connections = 0
        self.arrived = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._hold, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def _hold(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.arrived.set()
        self._writers.append(writer)
        while await reader.read(65536):
            pass

    async def close(self) -> None:
        for writer in self._writers:
            writer.close()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()


def self_signed_tls(directory: Path) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1 (no client trusts it)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context
