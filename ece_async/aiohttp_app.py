"""Tie an :class:`ECEClient` to an aiohttp web application's lifetime.

A service should share one client (one connection pool, one token, one set of
limits) across all its handlers, open it when the app starts and close it when
the app stops; ``cleanup_ctx`` does exactly that, and a typed ``web.AppKey``
lets handlers fetch it without casts::

    from ece_async.aiohttp_app import ECE_CLIENT_KEY, setup_ece_client

    app = web.Application()
    setup_ece_client(app, "https://ece.example:12443", api_key=os.environ["ECE_API_KEY"])

    async def handler(request: web.Request) -> web.Response:
        ece = request.app[ECE_CLIENT_KEY]
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from aiohttp import web

from .client import ECEClient
from .errors import ConfigurationError

__all__ = ["ECE_CLIENT_KEY", "setup_ece_client"]

#: Where :func:`setup_ece_client` puts the client: ``app[ECE_CLIENT_KEY]``.
ECE_CLIENT_KEY: web.AppKey[ECEClient] = web.AppKey("ece_client", ECEClient)


def setup_ece_client(
    app: web.Application,
    base_url: str | None = None,
    *,
    key: web.AppKey[ECEClient] = ECE_CLIENT_KEY,
    factory: Callable[[], ECEClient] | None = None,
    **client_kwargs: Any,
) -> None:
    """Create the client when ``app`` starts (``app[key]``) and close it when it stops.

    Pass ``base_url`` and :class:`ECEClient` keyword arguments, or a ``factory`` returning
    a client (for clients built from configuration available only at startup).  Use
    another ``key`` to register several clients (several installations).
    """
    if (base_url is None) == (factory is None):
        raise ConfigurationError("pass either base_url (with client arguments) or factory")
    if factory is not None and client_kwargs:
        raise ConfigurationError("client arguments go into the factory")

    async def ece_client_ctx(app: web.Application) -> AsyncIterator[None]:
        client = factory() if factory is not None else ECEClient(base_url, **client_kwargs)  # type: ignore[arg-type]
        app[key] = client
        try:
            yield
        finally:
            await client.close()

    app.cleanup_ctx.append(ece_client_ctx)
