"""Helpers for the command-line tests: a recording ECE stand-in on 127.0.0.1 in its own thread.

The command line runs ``asyncio.run`` itself, so the server cannot share its loop: it runs
in a background thread with its own loop, and records every request it answers.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
from aiohttp import web

API_KEY = "test-key-7c1f5d"


@attrs.frozen
class Seen:
    """One request as it arrived."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: dict[str, str]
    body: bytes


Reply = Callable[[web.Request], web.StreamResponse]


def _default_reply(_request: web.Request) -> web.StreamResponse:
    return web.json_response({})


@attrs.define
class Recorder:
    """The server's address, what it saw, and what it answers (``reply``, settable by a test)."""

    url: str = ""
    seen: list[Seen] = attrs.field(factory=list)
    reply: Reply = _default_reply
    #: Requests it holds unanswered until the server stops (all when true); ``arrived`` is set on the first.
    hold: bool | Callable[[web.Request], bool] = False
    arrived: threading.Event = attrs.field(factory=threading.Event)
    stopping: asyncio.Event | None = None

    def take(self) -> list[Seen]:
        seen, self.seen = self.seen, []
        return seen


def _app(recorder: Recorder) -> web.Application:
    async def handle(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        recorder.seen.append(
            Seen(
                request.method,
                request.rel_url.raw_path,
                tuple(request.query.items()),
                {k.lower(): v for k, v in request.headers.items()},
                body,
            )
        )
        if recorder.hold is True or (callable(recorder.hold) and recorder.hold(request)):
            recorder.arrived.set()
            assert recorder.stopping is not None
            await recorder.stopping.wait()
        return recorder.reply(request)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


@contextmanager
def recording_server() -> Iterator[Recorder]:
    """A recording server on 127.0.0.1 (a free port) for the duration of the ``with``."""
    recorder = Recorder()
    loop = asyncio.new_event_loop()
    started = threading.Event()
    stop: asyncio.Event | None = None

    async def serve() -> None:
        nonlocal stop
        stop = recorder.stopping = asyncio.Event()
        runner = web.AppRunner(_app(recorder))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        recorder.url = f"http://127.0.0.1:{port}"
        started.set()
        await stop.wait()
        await runner.cleanup()

    thread = threading.Thread(target=lambda: loop.run_until_complete(serve()), daemon=True)
    thread.start()
    started.wait()
    try:
        yield recorder
    finally:
        assert stop is not None
        loop.call_soon_threadsafe(stop.set)
        thread.join()
        loop.close()


def json_body(seen: Seen) -> Any:
    return json.loads(seen.body) if seen.body else None


@contextmanager
def simulator_in_thread(deployments: int, **options: Any) -> Iterator[Any]:
    """A started :class:`~ece_async.testing.ECESimulator` served from a thread until the block ends."""
    from ece_async.testing import ECESimulator

    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: dict[str, Any] = {}

    async def serve() -> None:
        stop = holder["stop"] = asyncio.Event()
        async with ECESimulator(deployments, **options) as sim:
            holder["sim"] = sim
            started.set()
            await stop.wait()

    thread = threading.Thread(target=lambda: loop.run_until_complete(serve()), daemon=True)
    thread.start()
    assert started.wait(60), "the simulator did not start"
    try:
        yield holder["sim"]
    finally:
        loop.call_soon_threadsafe(holder["stop"].set)
        thread.join()
        loop.close()
