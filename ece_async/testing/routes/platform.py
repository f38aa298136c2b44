"""Platform info, proxies, allocators and runners (listed with ``q``/``from``/``size``, or ``_search``)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .. import infrastructure
from ..backend import PlatformBackend
from ..replies import body_json, integer, invalid, reply, search_body
from ..world import World, world
from .base import Route

DEFAULT_SIZE = 100


def _page(w: World, query: Any, sort: Any, start: int, size: int) -> web.Response:
    return reply(infrastructure.overview(PlatformBackend(w).allocators(query, sort, start, size)))


async def get_allocators(request: web.Request) -> web.StreamResponse:
    w = world(request)
    q = request.query.get("q")
    query = {"query_string": {"query": q}} if q else None
    sort = [s for s in request.query.get("sort", "").split(",") if s] or None
    parsed_sort = [{f.lstrip("-"): "desc"} if f.startswith("-") else f for f in sort] if sort else None
    return _page(w, query, parsed_sort, integer(request, "from", 0), integer(request, "size", DEFAULT_SIZE))


async def _search(request: web.Request) -> tuple[World, dict[str, Any], int, int]:
    """The world, the ``SearchRequest`` body and its ``from``/``size`` window."""
    w = world(request)
    body = search_body(await body_json(request, required=False))
    start, size = body.get("from", 0), body.get("size", DEFAULT_SIZE)
    if not isinstance(start, int) or not isinstance(size, int):
        raise invalid("[from] and [size] must be integers")
    return w, body, start, size


async def search_allocators(request: web.Request) -> web.StreamResponse:
    w, body, start, size = await _search(request)
    return _page(w, body.get("query"), body.get("sort"), start, size)


async def get_runners(request: web.Request) -> web.StreamResponse:
    w = world(request)
    w.now()
    q = request.query.get("q")
    query = {"query_string": {"query": q}} if q else None
    chosen = PlatformBackend(w).runners(query, None, 0, 10_000)
    return reply({"runners": chosen})


async def search_runners(request: web.Request) -> web.StreamResponse:
    w, body, start, size = await _search(request)
    chosen = PlatformBackend(w).runners(body.get("query"), body.get("sort"), start, size)
    return reply({"runners": chosen})


async def get_proxies(request: web.Request) -> web.StreamResponse:
    w = world(request)
    w.now()
    return reply(infrastructure.proxies(w.state, w.seed))


async def get_platform(request: web.Request) -> web.StreamResponse:
    w = world(request)
    w.now()
    cached = w.state.caches.get("platform")
    if cached is None:
        cached = w.state.caches["platform"] = infrastructure.platform_info(w.state)
    return reply(cached)


ROUTES: list[Route] = [
    ("get-allocators", get_allocators),
    ("search-allocators", search_allocators),
    ("get-platform", get_platform),
    ("get-runners", get_runners),
    ("search-runners", search_runners),
    ("get-proxies", get_proxies),
]
