"""Small aiohttp servers on 127.0.0.1 that break the ECE API in one way each, for wire tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import orjson
from aiohttp import web
from aiohttp.test_utils import TestServer

from .audit_data import deployment_data

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@asynccontextmanager
async def serving(routes: Iterable[tuple[str, str, Handler]]) -> AsyncIterator[str]:
    """A server of ``routes`` (paths under ``/api/v1``) until the block ends; yields its base URL."""
    app = web.Application()
    for method, path, handler in routes:
        app.router.add_route(method, "/api/v1" + path, handler)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


def json_response(payload: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(payload), status=status, content_type="application/json")


def fleet(count: int) -> list[dict[str, Any]]:
    """``count`` healthy deployments with ids ``d-0000``... (sorted as ECE sorts by id)."""
    return [deployment_data(id=f"d-{n:04d}", name=f"prod-{n}") for n in range(count)]


def capped_search(
    deployments: list[dict[str, Any]], cap: int = 100, *, match_count: bool = True
) -> tuple[str, str, Handler]:
    """``search-deployments`` that sends at most ``cap`` hits a page, whatever ``size`` asked, as ECE does."""

    async def search(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        start = int(body.get("cursor") or 0)
        page = deployments[start : start + min(int(body.get("size", 100)), cap)]
        answer: dict[str, Any] = {"return_count": len(page), "deployments": page}
        if match_count:
            answer["match_count"] = len(deployments)
        if page:
            answer["cursor"] = str(start + len(page))
        return json_response(answer)

    return "POST", "/deployments/_search", search


@contextmanager
def serving_in_thread(routes: Iterable[tuple[str, str, Handler]]) -> Iterator[str]:
    """:func:`serving` from a thread, for tests that run the CLI (whose ``main`` runs its own loop)."""
    url: list[str] = []
    ready = threading.Event()
    stop: list[asyncio.Event] = []

    async def serve() -> None:
        stop.append(asyncio.Event())
        async with serving(routes) as base:
            url.append(base)
            ready.set()
            await stop[0].wait()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    try:
        assert ready.wait(30), "the server did not start"
        yield url[0]
    finally:
        loop.call_soon_threadsafe(stop[0].set)
        thread.join(10)
        loop.close()


def html_page() -> tuple[str, str, Handler]:
    """Any path answered with an HTML page (a login portal, a proxy's default site)."""

    async def page(request: web.Request) -> web.StreamResponse:
        return web.Response(text="<html><body>Welcome to nginx!</body></html>", content_type="text/html")

    return "*", "/{tail:.*}", page
