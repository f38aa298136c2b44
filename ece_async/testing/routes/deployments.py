"""Deployments: list, search, get, create, update, shutdown, delete, restart, cancel plan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import orjson
from aiohttp import web

from ..._tolerant import RESOURCE_KINDS
from .. import render
from ..documents import DEFAULT_DEPLOYMENT_SORT, deployment_doc
from ..generate import build_resources
from ..lifecycle import (
    CREATE,
    RESTART,
    SHUTDOWN,
    UPDATE,
    begin,
    cancel,
    new_attempt,
    next_boundary,
    stopped_plan,
)
from ..payloads import Payload, default_version, parse_resources, template_resources
from ..replies import (
    ApiError,
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
    QueryError,
    compile_query,
    decode_cursor,
    doc_key,
    encode_cursor,
    minimal,
    parse_sort,
    position_after,
    sort_docs,
    sort_values,
)
from ..state import SimDeployment, SimResource
from ..util import hex_id, iso, seeded
from ..world import World, user_id, world
from .base import Route

#: Elasticsearch's result window: ``from + size`` beyond it is refused.
MAX_RESULT_WINDOW = 10000
DEFAULT_SEARCH_SIZE = 100
_STATELESS = ("kibana", "apm", "appsearch", "enterprise_search", "integrations_server")


def _not_found(deployment_id: str) -> ApiError:
    return ApiError(404, "deployments.deployment_not_found", f"Deployment [{deployment_id}] cannot be found")


def _deployment(request: web.Request) -> tuple[World, SimDeployment, float]:
    w = world(request)
    now = w.now()
    deployment_id = request.match_info["deployment_id"]
    dep = w.state.get(deployment_id)
    if dep is None:
        raise _not_found(deployment_id)
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
        configurations = dep.cache.get("instance_configurations")
        if configurations is None:
            configurations = dep.cache["instance_configurations"] = orjson.dumps(
                render.instance_configurations(dep)
            )
        # Spliced into the cached body instead of caching a second, nearly identical copy.
        body = body[:-1] + b',"instance_configurations":' + configurations + b"}"
    return raw(body, headers=_headers(dep))


def _rendered(w: World, dep: SimDeployment, flags: render.Flags, now: float) -> bytes:
    """The encoded deployment for ``flags``, cached until the deployment changes.

    A search hit is the same document as a default GET (minus instance configurations), so
    a search followed by a GET of every deployment renders each one once.
    """
    key = ("json", flags)
    body = dep.cache.get(key)
    if body is None:
        body = dep.cache[key] = orjson.dumps(render.deployment(w.state, dep, flags, now))
    return body


def _minimal_hit(dep: SimDeployment) -> bytes:
    """A hit without ``info``: what an installation whose search returns minimal hits sends."""
    body = dep.cache.get("minimal_hit")
    if body is None:
        resources: dict[str, list[dict[str, Any]]] = {kind: [] for kind in RESOURCE_KINDS}
        for r in dep.resources:
            resources[r.kind].append({"ref_id": r.ref_id, "id": r.id, "region": r.region})
        body = dep.cache["minimal_hit"] = orjson.dumps(
            {"id": dep.id, "name": dep.name, "healthy": dep.healthy, "resources": resources}
        )
    return body


def _matches(w: World, query: Any, spec: list[tuple[str, bool]]) -> tuple[list[SimDeployment], list[Any]]:
    """Matching deployments in sort order, cached until anything changes."""
    key = ("search", orjson.dumps(query, option=orjson.OPT_SORT_KEYS), tuple(spec))
    hit = w.state.caches.get(key)
    if hit is None:
        predicate = compile_query(query)
        spec_key = ("sort", tuple(spec))
        items = []
        for d in w.state.live():
            doc = deployment_doc(d)
            if predicate(doc):
                sort_key = d.cache.get(spec_key)
                if sort_key is None:
                    sort_key = d.cache[spec_key] = doc_key(doc, spec)
                items.append((d, sort_key))
        hit = sort_docs(items)
        searches = [k for k in w.state.caches if isinstance(k, tuple) and k[0] == "search"]
        for old in searches[: max(0, len(searches) - 31)]:
            del w.state.caches[old]
        w.state.caches[key] = hit
    return hit


async def search_deployments(request: web.Request) -> web.StreamResponse:
    w = world(request)
    now = w.now()
    body = search_body(await body_json(request, required=False))
    try:
        cursor = body.get("cursor")
        if cursor:
            if not isinstance(cursor, str):
                raise QueryError("[cursor] must be a string")
            query, spec, size, after = decode_cursor(cursor)
            start_from = 0
        else:
            query = body.get("query")
            spec = parse_sort(body.get("sort"), DEFAULT_DEPLOYMENT_SORT)
            size = body.get("size", DEFAULT_SEARCH_SIZE)
            start_from = body.get("from", 0)
            after = None
            if not isinstance(size, int) or not isinstance(start_from, int) or size < 0 or start_from < 0:
                raise QueryError("[size] and [from] must be non-negative integers")
            if start_from + size > MAX_RESULT_WINDOW:
                raise QueryError(f"Result window is too large, from + size must be <= {MAX_RESULT_WINDOW}")
        deployments, keys = _matches(w, query, spec)
    except QueryError as exc:
        raise invalid(str(exc)) from None
    start = position_after(keys, spec, after) if after is not None else start_from
    # ECE caps a page below what was asked; match_count still counts every match.
    shown = size if w.search_page_cap is None else min(size, w.search_page_cap)
    page = deployments[start : start + shown]
    next_cursor = (
        encode_cursor(query, spec, size, sort_values(deployment_doc(page[-1]), spec)) if page else None
    )
    tail = b',"cursor":' + orjson.dumps(next_cursor) if next_cursor else b""
    head = b'{"return_count":%d,"match_count":%d' % (len(page), len(deployments))
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


# --- writes --------------------------------------------------------------------------------------


def _start(
    w: World, dep: SimDeployment, r: SimResource, action: str, plan: dict[str, Any], now: float, **kw: Any
) -> None:
    attempt = new_attempt(
        r, action, plan, now, seed=w.seed, failure_rate=w.plan_failure_rate, user_id=dep.owner_id, **kw
    )
    begin(w.state, dep, r, attempt, now)


def _check_es_refs(payloads: list[Payload], existing: Sequence[SimResource] = ()) -> None:
    es_refs = {p.ref_id for p in payloads if p.kind == "elasticsearch"} | {
        r.ref_id for r in existing if r.kind == "elasticsearch"
    }
    for p in payloads:
        if p.es_ref_id is not None and p.es_ref_id not in es_refs:
            raise invalid(
                f"[{p.kind}] resource [{p.ref_id}] refers to unknown Elasticsearch resource [{p.es_ref_id}]",
                f"resources.{p.kind}",
            )


def _new_resources(w: World, payloads: list[Payload], seq: int) -> list[SimResource]:
    rng = seeded(w.seed, "created-resources", seq)
    resources = build_resources(rng, [(p.kind, p.ref_id, p.plan) for p in payloads], w.state.region)
    for r, p in zip(resources, payloads, strict=True):
        r.region = p.region
        r.es_ref_id = p.es_ref_id
    return resources


def _create_response(dep: SimDeployment, created: bool) -> dict[str, Any]:
    return {
        "id": dep.id,
        "name": dep.name,
        "alias": dep.alias,
        "created": created,
        "resources": [render.deployment_resource(dep, r, credentials=created) for r in dep.resources],
    }


async def create_deployment(request: web.Request) -> web.StreamResponse:
    w = world(request)
    now = w.now()
    request_id = request.query.get("request_id")
    if request_id is not None and not 32 <= len(request_id) <= 128:
        raise invalid("[request_id] must be between 32 and 128 characters long", "request_id")
    validate_only = flag(request, "validate_only", False)
    body = await body_object(request)
    if request_id is not None and not validate_only and request_id in w.state.request_ids:
        # ECE's idempotency: the same deployment, without the credentials only shown once.
        existing = w.state.deployments[w.state.request_ids[request_id]]
        return reply(_create_response(existing, created=False), status=202)
    version = default_version(body)
    resources = body.get("resources")
    template_id = request.query.get("template_id")
    if template_id and not resources:
        resources = template_resources(template_id, version, w.state.region)
    payloads = parse_resources(resources, version, w.state.region, require_elasticsearch=True)
    _check_es_refs(payloads)
    name = body.get("name")
    if name is not None and not isinstance(name, str):
        raise invalid("[name] must be a string", "name")
    seq = w.state.next_sequence()
    dep_id = hex_id(seeded(w.seed, "created-deployment", seq))
    name = name or dep_id[:6]
    alias = body.get("alias")
    if not isinstance(alias, str) or not alias:
        alias = name.lower().replace(" ", "-")
    dep = SimDeployment(
        id=dep_id,
        name=name,
        alias=alias,
        created=now,
        last_modified=now,
        owner_id=user_id(request) or w.state.user_id,
        organization_id=w.state.organization_id,
        resources=_new_resources(w, payloads, seq),
    )
    _apply_metadata(dep, body)
    if validate_only:
        return reply({**_create_response(dep, created=False), "resources": []})
    w.state.deployments[dep.id] = dep
    if request_id is not None:
        w.state.request_ids[request_id] = dep.id
    for r, p in zip(dep.resources, payloads, strict=True):
        _start(w, dep, r, CREATE, p.plan, now)
    w.state.changed(dep)
    return reply(_create_response(dep, created=True), status=201, headers=_headers(dep))


def _apply_metadata(dep: SimDeployment, body: dict[str, Any]) -> None:
    metadata = body.get("metadata")
    if isinstance(metadata, dict):
        tags = metadata.get("tags")
        if isinstance(tags, list):
            dep.tags = [(str(t.get("key")), str(t.get("value"))) for t in tags if isinstance(t, dict)]
        for attr in ("hidden", "system_owned"):
            if isinstance(metadata.get(attr), bool):
                setattr(dep, attr, metadata[attr])
    settings = body.get("settings")
    if isinstance(settings, dict) and isinstance(settings.get("autoscaling_enabled"), bool):
        dep.autoscaling_enabled = settings["autoscaling_enabled"]


async def update_deployment(request: web.Request) -> web.StreamResponse:
    w, dep, now = _deployment(request)
    version = request.query.get("version")
    if version is not None and version != str(dep.version):
        raise ApiError(
            409,
            "deployments.version_conflict",
            f"The version you sent [{version}] does not match the current version [{dep.version}]",
        )
    validate_only = flag(request, "validate_only", False)
    skip_snapshot = flag(request, "skip_snapshot", False)
    flag(request, "hide_pruned_orphans", False)
    body = await body_object(request)
    prune = body.get("prune_orphans")
    if not isinstance(prune, bool):
        raise invalid("[prune_orphans] is required", "prune_orphans")
    current_version = next(
        (r.version for r in dep.resources if r.kind == "elasticsearch"), ""
    ) or default_version(body)
    payloads = parse_resources(
        body.get("resources"), current_version, w.state.region, require_elasticsearch=False
    )
    _check_es_refs(payloads, dep.resources)
    if isinstance(body.get("name"), str) and not body["name"]:
        raise invalid("[name] must not be empty", "name")
    if validate_only:
        return reply({"id": dep.id, "name": body.get("name") or dep.name, "resources": []})
    for attr in ("name", "alias"):
        if isinstance(body.get(attr), str):
            setattr(dep, attr, body[attr])
    _apply_metadata(dep, body)
    mentioned: set[tuple[str, str]] = set()
    new_payloads: list[Payload] = []
    for p in payloads:
        mentioned.add((p.kind, p.ref_id))
        r = dep.resource(p.kind, p.ref_id)
        if r is None:
            new_payloads.append(p)
        elif p.plan != r.plan or r.stopped:
            _start(w, dep, r, UPDATE, p.plan, now, skip_snapshot=skip_snapshot)
    if new_payloads:
        added = _new_resources(w, new_payloads, w.state.next_sequence())
        dep.resources.extend(added)
        for r, p in zip(added, new_payloads, strict=True):
            _start(w, dep, r, CREATE, p.plan, now)
    orphaned: dict[str, list[Any]] = {k: [] for k in RESOURCE_KINDS}
    if prune:
        for r in dep.resources:
            if (r.kind, r.ref_id) not in mentioned and not (r.stopped and r.pending is None):
                _start(w, dep, r, SHUTDOWN, stopped_plan(r.plan), now, skip_snapshot=skip_snapshot)
                orphaned[r.kind].append({"id": r.id, "dependents": []} if r.kind == "elasticsearch" else r.id)
    dep.version += 1
    dep.last_modified = now
    w.state.changed(dep)
    out: dict[str, Any] = {
        "id": dep.id,
        "name": dep.name,
        "alias": dep.alias,
        "resources": [render.deployment_resource(dep, r) for r in dep.resources],
    }
    if prune:
        out["shutdown_resources"] = orphaned
    return reply(out, headers=_headers(dep))


async def shutdown_deployment(request: web.Request) -> web.StreamResponse:
    w, dep, now = _deployment(request)
    hide = flag(request, "hide", False)
    skip_snapshot = flag(request, "skip_snapshot", False)
    for r in dep.resources:
        if not (r.stopped and r.pending is None):
            _start(w, dep, r, SHUTDOWN, stopped_plan(r.plan), now, skip_snapshot=skip_snapshot)
    if hide:
        dep.hidden = True
    dep.version += 1
    dep.last_modified = now
    w.state.changed(dep)
    return reply({"id": dep.id, "name": dep.name})


async def delete_deployment(request: web.Request) -> web.StreamResponse:
    w, dep, now = _deployment(request)
    if not dep.stopped:
        raise ApiError(
            400,
            "deployments.resource_not_shutdown",
            f"The Deployment [{dep.id}] resources have not been shutdown yet",
        )
    dep.deleted = now
    w.state.changed(dep)
    return reply({"id": dep.id, "name": dep.name})


def _resource(dep: SimDeployment, kind: str, ref_id: str) -> SimResource:
    r = dep.resource(kind, ref_id)
    if r is None:
        raise ApiError(
            404,
            "deployments.deployment_resource_not_found",
            f"The {kind} resource [{ref_id}] cannot be found",
        )
    return r


def _restart(request: web.Request, kind: str) -> web.StreamResponse:
    w, dep, now = _deployment(request)
    r = _resource(dep, kind, request.match_info["ref_id"])
    cancel_pending = flag(request, "cancel_pending", False)
    if r.stopped and r.pending is None:
        raise ApiError(
            422, "deployments.deployment_resource_plan_change_error", f"The resource [{r.ref_id}] is stopped"
        )
    if r.pending is not None and not cancel_pending:
        raise ApiError(
            422,
            "deployments.deployment_resource_plan_change_error",
            f"The resource [{r.ref_id}] has a pending plan; set cancel_pending=true to replace it",
        )
    _start(w, dep, r, RESTART, r.plan, now, skip_snapshot=flag(request, "skip_snapshot", True))
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
    w, dep, now = _deployment(request)
    kind = request.match_info["resource_kind"]
    r = _resource(dep, kind, request.match_info["ref_id"])
    if r.pending is None:
        if not flag(request, "ignore_missing", False):
            raise ApiError(
                400,
                "deployments.resource_does_not_have_a_pending_plan",
                f"The resource [{r.ref_id}] does not have a pending plan",
            )
    else:
        cancel(r, now)
        w.state.changed(dep)
        w.state.schedule(dep, next_boundary(dep, now))
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
