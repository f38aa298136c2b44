"""Types shared by the route modules."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
#: (operationId, handler); the method and path come from the generated ``OPERATIONS`` table.
Route = tuple[str, Handler]

#: Operations that work without credentials (the login flow).
PUBLIC_OPERATIONS = frozenset({"login", "methods", "saml-init", "saml-callback"})
