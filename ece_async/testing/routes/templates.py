"""Deployment templates: the list for a region, and one template."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..replies import ApiError, flag, invalid, reply
from ..world import World, world
from .base import Route


def _region(request: web.Request, w: World) -> None:
    region = request.query.get("region")
    if not region:
        raise invalid("[region] is required", "region")
    if region != w.state.region:
        raise ApiError(400, "templates.region_not_found", f"The region [{region}] was not found")


def _shown(template: dict[str, Any], configurations: bool) -> dict[str, Any]:
    return template if configurations else {**template, "instance_configurations": []}


async def get_deployment_templates(request: web.Request) -> web.StreamResponse:
    w = world(request)
    _region(request, w)
    configurations = flag(request, "show_instance_configurations", True)
    show_hidden = flag(request, "show_hidden", False)
    for name in ("show_max_zones", "hide_deprecated"):
        flag(request, name, False)
    templates = [t for t in w.state.templates.values() if show_hidden or not t.get("hidden")]
    return reply([_shown(t, configurations) for t in templates])


async def get_deployment_template(request: web.Request) -> web.StreamResponse:
    w = world(request)
    _region(request, w)
    template_id = request.match_info["template_id"]
    template = w.state.templates.get(template_id)
    if template is None:
        raise ApiError(
            404, "templates.template_not_found", f"The deployment template [{template_id}] cannot be found"
        )
    return reply(_shown(template, flag(request, "show_instance_configurations", True)))


ROUTES: list[Route] = [
    ("get-deployment-templates-v2", get_deployment_templates),
    ("get-deployment-template-v2", get_deployment_template),
]
