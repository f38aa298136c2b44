"""The local server of the wire benchmarks: routes served in a child process, so the server's CPU
never counts as the client's, until the parent closes the pipe."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def serve_until_closed(conn: Any, routes: list[tuple[str, str, Handler]]) -> None:
    """Serve ``routes`` (method, path, handler) on a free port of 127.0.0.1; send the port on
    ``conn``; stop when the other end of ``conn`` closes."""

    async def main() -> None:
        app = web.Application()
        for method, path, handler in routes:
            app.router.add_route(method, path, handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        conn.send(runner.addresses[0][1])
        stop = asyncio.Event()
        asyncio.get_running_loop().add_reader(conn.fileno(), stop.set)
        await stop.wait()
        await runner.cleanup()

    asyncio.run(main())
