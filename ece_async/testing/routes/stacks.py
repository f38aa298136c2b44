"""Stack versions: the list the installation offers, and one version."""

from __future__ import annotations

from aiohttp import web

from ..replies import ApiError, flag, reply
from ..world import world
from .base import Route


async def get_version_stacks(request: web.Request) -> web.StreamResponse:
    w = world(request)
    show_deleted = flag(request, "show_deleted", False)
    flag(request, "show_unusable", False)
    stacks = [s for s in w.state.stack_versions.values() if show_deleted or not s.get("deleted")]
    return reply({"stacks": stacks})


async def get_version_stack(request: web.Request) -> web.StreamResponse:
    version = request.match_info["version"]
    stack = world(request).state.stack_versions.get(version)
    if stack is None:
        raise ApiError(404, "stackpack.version_not_found", f"The stack version [{version}] can't be found")
    return reply(stack)


ROUTES: list[Route] = [
    ("get-version-stacks", get_version_stacks),
    ("get-version-stack", get_version_stack),
]
