"""Request handlers, one module per API area; each exports ``ROUTES``: (operationId, handler) pairs.

Methods and paths come from the generated ``OPERATIONS`` table, so a route
cannot drift from the spec the client was generated from.
"""

from __future__ import annotations

from . import account, auth, billing, comments, deployments, platform, stacks, templates
from .base import PUBLIC_OPERATIONS, Handler, Route


def all_routes() -> list[Route]:
    return [
        *auth.ROUTES,
        *account.ROUTES,
        *comments.ROUTES,
        *deployments.ROUTES,
        *billing.ROUTES,
        *platform.ROUTES,
        *stacks.ROUTES,
        *templates.ROUTES,
    ]


__all__ = ["PUBLIC_OPERATIONS", "Handler", "Route", "all_routes"]
