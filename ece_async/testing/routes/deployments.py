"""Deployments: list, search, get, create, update, shutdown, delete, restart, cancel plan."""

from __future__ import annotations

from typing import Any

import attrs
import orjson
from aiohttp import web

from ..._tolerant import RESOURCE_KINDS
from .. import render
from ..backend import DEFAULT_SEARCH_SIZE, DeploymentBackend
from ..documents import deployment_doc
from ..replies import (
    body_json,
    body_object,
    flag,
    integer,
    invalid,
    raw,
    reply,
    resource_headers,
    search_body,
)
from ..search import (
    minimal,
)
from ..state import SimDeployment
from ..util import iso
from ..world import World, user_id, world
from .base import Route

_STATELESS = ("kibana", "apm", "appsearch", "enterprise_search", "integrations_server")


def _deployment(request: web.Request) -> tuple[World, SimDeployment, float]:
    w = world(request)
    dep, now = DeploymentBackend(w).at_now(request.match_info["deployment_id"])
    return w, dep, now


def _headers(dep: SimDeployment) -> dict[str, str]:
    return resource_headers(dep.version, iso(dep.created), iso(dep.last_modified))


# --- reads ---------------------------------------------------------------------------------------


async def list_deployments(request: web.Request) -> web.StreamResponse:
    w = world(request)
    w.now()
    body = w.state.caches.get("list")
    if body is None:
        body = w.state.caches["list"] = orjson.dumps(
            {
                "deployments": [
                    {
                        "id": d.id,
                        "name": d.name,
                        "resources": [render.deployment_resource(d, r) for r in d.resources],
                    }
                    for d in w.state.live()
                ]
            }
        )
    return raw(body)


async def get_deployment(request: web.Request) -> web.StreamResponse:
    w, dep, now = _deployment(request)
    flags = render.Flags(
        show_plans=flag(request, "show_plans", True),
        show_plan_logs=flag(request, "show_plan_logs", False),
        show_plan_history=flag(request, "show_plan_history", False),
        show_metadata=flag(request, "show_metadata", False),
        show_settings=flag(request, "show_settings", False),
        show_security=flag(request, "show_security", False),
        show_system_alerts=integer(request, "show_system_alerts", 0),
        show_instance_configurations=flag(request, "show_instance_configurations", True),
        clear_transient=flag(request, "clear_transient", False),
    )
    # Accepted for compatibility; the simulator's plans have nothing they would change.
    for name in (
        "show_plan_defaults",
        "convert_legacy_plans",
        "enrich_with_template",
        "force_all_plan_history",
    ):
        flag(request, name, False)
    body = _rendered(w, dep, attrs.evolve(flags, show_instance_configurations=False), now)
    if flags.show_instance_configurations:
        configurations = orjson.dumps(render.instance_configurations(dep))
        # Spliced into the (kept) search-hit body instead of keeping a second, nearly identical one.
        body = body[:-1] + b',"instance_configurations":' + configurations + b"}"
    return raw(body, headers=_headers(dep))


def _rendered(w: World, dep: SimDeployment, flags: render.Flags, now: float) -> bytes:
    """The encoded deployment for ``flags``, rendered from its state or kept from a recent request.

    A search hit is the same document as a default GET (minus instance configurations), so
    a search followed by a GET of each hit renders each one once.
    """
    return w.bodies.get(
        (dep.id, dep.revision, flags), lambda: orjson.dumps(render.deployment(w.state, dep, flags, now))
    )


def _minimal_hit(dep: SimDeployment) -> bytes:
    """A hit without ``info``: what an installation whose search returns minimal hits sends."""
    resources: dict[str, list[dict[str, Any]]] = {kind: [] for kind in RESOURCE_KINDS}
    for r in dep.resources:
        resources[r.kind].append({"ref_id": r.ref_id, "id": r.id, "region": r.region})
    return orjson.dumps({"id": dep.id, "name": dep.name, "healthy": dep.healthy, "resources": resources})


async def search_deployments(request: web.Request) -> web.StreamResponse:
    w = world(request)
    body = search_body(await body_json(request, required=False))
    found = DeploymentBackend(w).search(
        query=body.get("query"),
        sort=body.get("sort"),
        size=body.get("size", DEFAULT_SEARCH_SIZE),
        start=body.get("from", 0),
        cursor=body.get("cursor"),
    )
    now = found.now
    page = found.deployments
    tail = b',"cursor":' + orjson.dumps(found.cursor) if found.cursor else b""
    head = b'{"return_count":%d,"match_count":%d' % (len(page), found.match_count)
    minimal_metadata = request.query.get("minimal_metadata")
    if minimal_metadata:
        attributes = [a.strip() for a in minimal_metadata.split(",") if a.strip()]
        entries = orjson.dumps([minimal(deployment_doc(d), attributes) for d in page])
        return raw(head + b',"deployments":[],"minimal_metadata":' + entries + tail + b"}")
    if w.search_hits == "minimal":
        hits = b",".join(_minimal_hit(d) for d in page)
    else:
        hits = b",".join(_rendered(w, d, render.SEARCH_FLAGS, now) for d in page)
    return raw(head + b',"deployments":[' + hits + b"]" + tail + b"}")


# --- writes: parse, call the backend, render --------------------------------------------------


async def create_deployment(request: web.Request) -> web.StreamResponse:
    w = world(request)
    validate_only = flag(request, "validate_only", False)
    body = await body_object(request)
    status, out, dep = DeploymentBackend(w).create(
        body,
        owner_id=user_id(request),
        request_id=request.query.get("request_id"),
        validate_only=validate_only,
        template_id=request.query.get("template_id"),
    )
    return reply(out, status=status, headers=_headers(dep) if status == 201 else None)


async def update_deployment(request: web.Request) -> web.StreamResponse:
    w = world(request)
    deployment_id = request.match_info["deployment_id"]
    version = request.query.get("version")
    validate_only = flag(request, "validate_only", False)
    skip_snapshot = flag(request, "skip_snapshot", False)
    flag(request, "hide_pruned_orphans", False)
    body = await body_object(request)
    backend = DeploymentBackend(w)
    out = backend.update(
        deployment_id,
        body,
        version=version,
        validate_only=validate_only,
        skip_snapshot=skip_snapshot,
        request_id=request.query.get("request_id"),
    )
    if validate_only:
        return reply(out)
    return reply(out, headers=_headers(backend.get(deployment_id)))


async def shutdown_deployment(request: web.Request) -> web.StreamResponse:
    dep = DeploymentBackend(world(request)).shutdown(
        request.match_info["deployment_id"],
        hide=flag(request, "hide", False),
        skip_snapshot=flag(request, "skip_snapshot", False),
    )
    return reply({"id": dep.id, "name": dep.name})


async def delete_deployment(request: web.Request) -> web.StreamResponse:
    dep = DeploymentBackend(world(request)).delete(request.match_info["deployment_id"])
    return reply({"id": dep.id, "name": dep.name})


def _restart(request: web.Request, kind: str) -> web.StreamResponse:
    DeploymentBackend(world(request)).restart(
        request.match_info["deployment_id"],
        kind,
        request.match_info["ref_id"],
        cancel_pending=flag(request, "cancel_pending", False),
        skip_snapshot=flag(request, "skip_snapshot", True),
    )
    return reply({}, status=202)


async def restart_es(request: web.Request) -> web.StreamResponse:
    flag(request, "restore_snapshot", True)
    integer(request, "shard_init_wait_time", 600)
    return _restart(request, "elasticsearch")


async def restart_stateless(request: web.Request) -> web.StreamResponse:
    kind = request.match_info["stateless_resource_kind"]
    if kind not in _STATELESS:
        raise invalid(f"Unknown resource kind [{kind}]", "stateless_resource_kind")
    return _restart(request, kind)


async def cancel_pending_plan(request: web.Request) -> web.StreamResponse:
    r = DeploymentBackend(world(request)).cancel_pending(
        request.match_info["deployment_id"],
        request.match_info["resource_kind"],
        request.match_info["ref_id"],
        ignore_missing=flag(request, "ignore_missing", False),
    )
    return reply({"id": r.id, "kind": r.kind, "ref_id": r.ref_id})


ROUTES: list[Route] = [
    ("list-deployments", list_deployments),
    ("search-deployments", search_deployments),
    ("get-deployment", get_deployment),
    ("create-deployment", create_deployment),
    ("update-deployment", update_deployment),
    ("shutdown-deployment", shutdown_deployment),
    ("delete-deployment", delete_deployment),
    ("restart-deployment-es-resource", restart_es),
    ("restart-deployment-stateless-resource", restart_stateless),
    ("cancel-deployment-resource-pending-plan", cancel_pending_plan),
]
