"""The current account (``GET /account``)."""

from __future__ import annotations

from aiohttp import web

from ..replies import reply
from ..world import world
from .base import Route


async def get_current_account(request: web.Request) -> web.StreamResponse:
    w = world(request)
    return reply({"id": w.state.organization_id, "trust": {"trust_all": True}})


ROUTES: list[Route] = [("get-current-account", get_current_account)]
