"""The simulator's domain operations on deployments, with plain arguments (moto's ``models.py``).

Routes parse a request, call one of these, and render what it returns; everything ECE decides
(version locks, idempotent writes, upgrade rules, which plans start) is decided here, so it can be
tested without HTTP.  Errors are :class:`~.replies.ApiError` with ECE's status and code.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Sequence
from typing import Any

import attrs
import orjson

from .._tolerant import RESOURCE_KINDS
from . import catalog, infrastructure, render
from .documents import DEFAULT_DEPLOYMENT_SORT, deployment_doc
from .generate import build_resources
from .lifecycle import (
    CREATE,
    RESTART,
    SHUTDOWN,
    UPDATE,
    begin,
    cancel,
    fail_first_step,
    new_attempt,
    next_boundary,
    stopped_plan,
)
from .payloads import Payload, default_version, parse_resources, template_resources
from .replies import ApiError, invalid
from .search import (
    Doc,
    QueryError,
    SortSpec,
    compile_query,
    decode_cursor,
    doc_key,
    encode_cursor,
    parse_sort,
    position_after,
    sort_docs,
    sort_values,
)
from .state import PlanAttempt, SimDeployment, SimResource
from .templates import SHIPPED
from .util import hex_id, seeded
from .world import World

#: Elasticsearch's result window: ``from + size`` beyond it is refused.
MAX_RESULT_WINDOW = 10000
DEFAULT_SEARCH_SIZE = 100
#: Searches whose matches are kept for their next pages (each holds a sort key per match).
_KEPT_SEARCHES = 4

#: ECE's codes for the upgrade rules (400s of update-deployment, which the spec leaves undocumented).
INVALID_PLAN = "clusters.cluster_invalid_plan"
VERSION_NOT_FOUND = "stackpack.version_not_found"
VERSION_CONFLICT = "deployments.version_conflict"
#: How an upgrade waiting for its Elasticsearch's fails when that upgrade failed.
ES_UPGRADE_FAILED = "ClusterFailure:ElasticsearchUpgradeFailed"
#: The simulator's own code (update-deployment has no ``request_id`` in ECE's spec).
REQUEST_ID_REUSED = "deployments.request_id_reused"
#: How many update-deployment ``request_id`` replies are kept (the oldest are forgotten first).
KEPT_REQUEST_IDS = 10_000


def not_found(deployment_id: str) -> ApiError:
    return ApiError(404, "deployments.deployment_not_found", f"Deployment [{deployment_id}] cannot be found")


@attrs.frozen
class SearchPage:
    """One page of a deployment search: its deployments, how many match in all, the next cursor."""

    deployments: list[SimDeployment]
    match_count: int
    cursor: str | None
    #: The simulated time the deployments were brought up to (render them as of then).
    now: float


class DeploymentBackend:
    """Create, update, shut down, delete, restart deployments and cancel their plans."""

    def __init__(self, world: World) -> None:
        self.w = world

    def get(self, deployment_id: str) -> SimDeployment:
        """A live deployment, after bringing plans up to now."""
        return self.at_now(deployment_id)[0]

    def at_now(self, deployment_id: str) -> tuple[SimDeployment, float]:
        """A live deployment and the simulated time its plans were brought up to."""
        now = self.w.now()
        dep = self.w.state.get(deployment_id)
        if dep is None:
            raise not_found(deployment_id)
        return dep, now

    # --- search ----------------------------------------------------------------------------------

    def search(
        self,
        query: Any = None,
        sort: Any = None,
        size: Any = DEFAULT_SEARCH_SIZE,
        start: Any = 0,
        cursor: Any = None,
    ) -> SearchPage:
        """A page of the deployments matching ``query`` (a ``SearchRequest``'s fields, as sent).

        A ``cursor`` (from the previous page) carries the query, sort and size and continues
        after the last hit.  With the simulator's ``search_page_cap``, a page holds at most that
        many hits whatever ``size`` asks, and ``match_count`` still counts every match.
        """
        now = self.w.now()
        try:
            after = None
            if cursor:
                if not isinstance(cursor, str):
                    raise QueryError("[cursor] must be a string")
                query, spec, size, after = decode_cursor(cursor)
                start = 0
            else:
                spec = parse_sort(sort, DEFAULT_DEPLOYMENT_SORT)
                if not isinstance(size, int) or not isinstance(start, int) or size < 0 or start < 0:
                    raise QueryError("[size] and [from] must be non-negative integers")
                if start + size > MAX_RESULT_WINDOW:
                    window = MAX_RESULT_WINDOW
                    raise QueryError(f"Result window is too large, from + size must be <= {window}")
            deployments, keys = self._matches(query, spec)
        except QueryError as exc:
            raise invalid(str(exc)) from None
        if after is not None:
            start = position_after(keys, spec, after)
        cap = self.w.search_page_cap
        page = deployments[start : start + (size if cap is None else min(size, cap))]
        last = sort_values(deployment_doc(page[-1]), spec) if page else None
        next_cursor = encode_cursor(query, spec, size, last) if last is not None else None
        return SearchPage(page, len(deployments), next_cursor, now)

    def _matches(self, query: Any, spec: SortSpec) -> tuple[list[SimDeployment], list[Any]]:
        """Matching deployments in sort order (and their sort keys), kept until anything changes.

        Nothing is kept per deployment: each search flattens every deployment once, and the
        next pages of the same search (same query and sort) reuse its matches.
        """
        caches = self.w.state.caches
        key = ("search", orjson.dumps(query, option=orjson.OPT_SORT_KEYS), tuple(spec))
        hit = caches.get(key)
        if hit is None:
            predicate = compile_query(query)
            items = []
            for d in self.w.state.live():
                doc = deployment_doc(d)
                if predicate(doc):
                    items.append((d, doc_key(doc, spec)))
            hit = sort_docs(items)
            searches = [k for k in caches if isinstance(k, tuple) and k[0] == "search"]
            for old in searches[: max(0, len(searches) - _KEPT_SEARCHES + 1)]:
                del caches[old]
            caches[key] = hit
        return hit

    # --- create ----------------------------------------------------------------------------------

    def create(
        self,
        body: dict[str, Any],
        *,
        owner_id: str,
        request_id: str | None = None,
        validate_only: bool = False,
        template_id: str | None = None,
    ) -> tuple[int, dict[str, Any], SimDeployment]:
        """(status, ``DeploymentCreateResponse``, deployment): 201 created, 202 a repeated
        ``request_id``, 200 validated only."""
        w = self.w
        now = w.now()
        if request_id is not None and not 32 <= len(request_id) <= 128:
            raise invalid("[request_id] must be between 32 and 128 characters long", "request_id")
        if request_id is not None and not validate_only and request_id in w.state.request_ids:
            # ECE's idempotency: the same deployment, without the credentials only shown once.
            existing = w.state.deployments[w.state.request_ids[request_id]]
            return 202, _create_response(existing, created=False), existing
        version = default_version(body)
        resources = body.get("resources")
        if template_id and not resources:
            resources = self._template_resources(template_id, version)
        payloads = parse_resources(resources, version, w.state.region, require_elasticsearch=True)
        _check_es_refs(payloads)
        for p in payloads:
            self._check_offered(p)
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
            owner_id=owner_id or w.state.user_id,
            organization_id=w.state.organization_id,
            resources=self._new_resources(payloads, seq),
        )
        apply_metadata(dep, body)
        if validate_only:
            return 200, {**_create_response(dep, created=False), "resources": []}, dep
        w.state.deployments[dep.id] = dep
        if request_id is not None:
            w.state.request_ids[request_id] = dep.id
        for r, p in zip(dep.resources, payloads, strict=True):
            self._start(dep, r, CREATE, p.plan, now)
        w.state.changed(dep)
        return 201, _create_response(dep, created=True), dep

    def _template_resources(self, template_id: str, version: str) -> Any:
        """What template ``template_id`` fills in: a snapshot's own, or a shipped one at ``version``."""
        template = self.w.state.templates.get(template_id)
        if template is None:
            raise invalid(f"The deployment template [{template_id}] does not exist", "template_id")
        if template_id in SHIPPED and template.get("system_owned"):
            return template_resources(template_id, version, self.w.state.region)
        return copy.deepcopy(_deployment_template_resources(template))

    # --- update ----------------------------------------------------------------------------------

    def update(
        self,
        deployment_id: str,
        body: dict[str, Any],
        *,
        version: str | None = None,
        validate_only: bool = False,
        skip_snapshot: bool = False,
        request_id: str | None = None,
    ) -> dict[str, Any]:
        """Apply ``body`` (a ``DeploymentUpdateRequest``); the ``DeploymentUpdateResponse``.

        ``version`` is the optimistic lock (409 when the deployment moved on); a ``request_id``
        already written to this deployment answers what that write answered and changes nothing;
        ``validate_only`` runs every check and changes nothing.
        """
        w = self.w
        dep, now = self.at_now(deployment_id)
        request = _fingerprint(body, version, skip_snapshot) if request_id is not None else b""
        if not validate_only:
            w.stats.update_requests[dep.id] += 1
            if request_id is not None:
                done = self._answered(dep.id, request_id, request)
                if done is not None:
                    return done
            self._someone_else(dep, now)
        if version is not None and version != str(dep.version):
            raise ApiError(
                409,
                VERSION_CONFLICT,
                f"The version you sent [{version}] does not match the current version [{dep.version}]",
            )
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
        self._check_upgrades(dep, payloads)
        if validate_only:
            return {
                "id": dep.id,
                "name": body.get("name") or dep.name,
                "alias": dep.alias,
                "resources": [render.deployment_resource(dep, r) for r in dep.resources],
            }
        out = self._apply(dep, body, payloads, prune, skip_snapshot, now)
        w.stats.writes[dep.id] += 1
        if request_id is not None:
            self._keep_reply(dep.id, request_id, request, out)
        return out

    def _answered(self, deployment_id: str, request_id: str, request: bytes) -> dict[str, Any] | None:
        """The reply of the write ``request_id`` already made, if any; a 400 if it named another request."""
        kept = self.w.state.update_replies.get((deployment_id, request_id))
        if kept is None:
            return None
        if kept[0] != request:
            raise ApiError(
                400,
                REQUEST_ID_REUSED,
                f"The request_id [{request_id}] was already used for another change of this deployment",
                ["request_id"],
            )
        return kept[1]

    def _keep_reply(self, deployment_id: str, request_id: str, request: bytes, out: dict[str, Any]) -> None:
        """Keep the latest :data:`KEPT_REQUEST_IDS` replies (as idempotency keys expire), not all."""
        replies = self.w.state.update_replies
        replies[(deployment_id, request_id)] = (request, out)
        while len(replies) > KEPT_REQUEST_IDS:
            del replies[next(iter(replies))]

    def _apply(
        self,
        dep: SimDeployment,
        body: dict[str, Any],
        payloads: list[Payload],
        prune: bool,
        skip_snapshot: bool,
        now: float,
    ) -> dict[str, Any]:
        """Start the plans ``payloads`` ask for (and shut down orphans when pruning)."""
        for attr in ("name", "alias"):
            if isinstance(body.get(attr), str):
                setattr(dep, attr, body[attr])
        apply_metadata(dep, body)
        mentioned: set[tuple[str, str]] = set()
        new_payloads: list[Payload] = []
        #: Elasticsearch ref id -> its upgrade attempt, which the upgrades depending on it wait for.
        upgrading: dict[str, PlanAttempt] = {}
        for p in payloads:  # Elasticsearch first (parse_resources keeps ECE's order of kinds)
            mentioned.add((p.kind, p.ref_id))
            r = dep.resource(p.kind, p.ref_id)
            if r is None:
                new_payloads.append(p)
            elif p.plan != r.plan or r.stopped:
                upgrade = _version(p) != r.version
                after = upgrading.get(p.es_ref_id or "") if upgrade else None
                self._start(
                    dep, r, UPDATE, p.plan, now, skip_snapshot=skip_snapshot, upgrade=upgrade, after=after
                )
                if upgrade and p.kind == "elasticsearch" and r.pending is not None:
                    upgrading[p.ref_id] = r.pending
        if new_payloads:
            added = self._new_resources(new_payloads, self.w.state.next_sequence())
            dep.resources.extend(added)
            for r, p in zip(added, new_payloads, strict=True):
                self._start(dep, r, CREATE, p.plan, now)
        orphaned = self._prune(dep, mentioned, skip_snapshot, now) if prune else None
        dep.version += 1
        dep.last_modified = now
        self.w.state.changed(dep)
        out: dict[str, Any] = {
            "id": dep.id,
            "name": dep.name,
            "alias": dep.alias,
            "resources": [render.deployment_resource(dep, r) for r in dep.resources],
        }
        if orphaned is not None:
            out["shutdown_resources"] = orphaned
        return out

    def _prune(
        self, dep: SimDeployment, mentioned: set[tuple[str, str]], skip_snapshot: bool, now: float
    ) -> dict[str, list[Any]]:
        """Shut down the running resources the update did not mention; ``Orphaned`` by kind."""
        orphaned: dict[str, list[Any]] = {k: [] for k in RESOURCE_KINDS}
        for r in dep.resources:
            if (r.kind, r.ref_id) not in mentioned and not (r.stopped and r.pending is None):
                self._start(dep, r, SHUTDOWN, stopped_plan(r.plan), now, skip_snapshot=skip_snapshot)
                orphaned[r.kind].append({"id": r.id, "dependents": []} if r.kind == "elasticsearch" else r.id)
        return orphaned

    def _someone_else(self, dep: SimDeployment, now: float) -> None:
        """The ``concurrent_change_rate`` fault: another user changed the deployment just now.

        Drawn from (seed, deployment, how many writes it was sent), so a rerun conflicts on the
        same writes whatever the order of requests.
        """
        rate = self.w.faults.config.concurrent_change_rate
        if not rate:
            return
        n = self.w.state.write_draws[dep.id] = self.w.state.write_draws.get(dep.id, 0) + 1
        rng = seeded(self.w.seed, "someone-else", dep.id, n)
        if rng.random() < rate:
            dep.version += 1
            dep.last_modified = now
            self.w.state.changed(dep)
            self.w.stats.fault("update-deployment", "concurrent_change")

    def _check_offered(self, p: Payload) -> None:
        version = _version(p)
        if version not in self.w.state.stack_versions:
            raise ApiError(
                400,
                VERSION_NOT_FOUND,
                f"The stack version [{version}] of [{p.kind}] resource [{p.ref_id}] is not available"
                " on this installation",
                [f"resources.{p.kind}"],
            )

    def _check_upgrades(self, dep: SimDeployment, payloads: list[Payload]) -> None:
        """ECE's upgrade rules: offered versions only, no downgrade, nothing ahead of its Elasticsearch."""
        targets: dict[str, str] = {r.ref_id: r.version for r in dep.of_kind("elasticsearch")}
        for p in payloads:
            r = dep.resource(p.kind, p.ref_id)
            version = _version(p)
            if r is not None and version == r.version:
                continue
            self._check_offered(p)
            if r is not None and r.version and catalog.version_key(version) < catalog.version_key(r.version):
                raise ApiError(
                    400,
                    INVALID_PLAN,
                    f"Version downgrades are not supported: [{p.kind}] resource [{p.ref_id}] runs"
                    f" [{r.version}], the plan asks for [{version}]",
                    [f"resources.{p.kind}"],
                )
            if r is not None and r.version:
                self._check_minimum(p, r.version, version)
            if p.kind == "elasticsearch":
                targets[p.ref_id] = version
        for p in payloads:
            es_version = targets.get(p.es_ref_id or "")
            if p.kind == "elasticsearch" or not es_version:
                continue
            if catalog.version_key(_version(p)) > catalog.version_key(es_version):
                raise ApiError(
                    400,
                    INVALID_PLAN,
                    f"[{p.kind}] resource [{p.ref_id}] cannot run [{_version(p)}], newer than its"
                    f" Elasticsearch [{es_version}]: upgrade Elasticsearch first",
                    [f"resources.{p.kind}"],
                )

    def _check_minimum(self, p: Payload, running: str, version: str) -> None:
        """The target's ``min_upgradable_from``: 8.x only from 7.17, as ECE's stack packs say."""
        minimum = self.w.state.stack_versions.get(version, {}).get("min_upgradable_from")
        if isinstance(minimum, str) and catalog.version_key(running) < catalog.version_key(minimum):
            raise ApiError(
                400,
                INVALID_PLAN,
                f"[{p.kind}] resource [{p.ref_id}] runs [{running}]; [{version}] can only be upgraded"
                f" to from [{minimum}] or later",
                [f"resources.{p.kind}"],
            )

    # --- shutdown, delete, restart, cancel -------------------------------------------------------

    def shutdown(
        self, deployment_id: str, *, hide: bool = False, skip_snapshot: bool = False
    ) -> SimDeployment:
        dep, now = self.at_now(deployment_id)
        for r in dep.resources:
            if not (r.stopped and r.pending is None):
                self._start(dep, r, SHUTDOWN, stopped_plan(r.plan), now, skip_snapshot=skip_snapshot)
        if hide:
            dep.hidden = True
        dep.version += 1
        dep.last_modified = now
        self.w.state.changed(dep)
        return dep

    def delete(self, deployment_id: str) -> SimDeployment:
        dep, now = self.at_now(deployment_id)
        if not dep.stopped:
            raise ApiError(
                400,
                "deployments.resource_not_shutdown",
                f"The Deployment [{dep.id}] resources have not been shutdown yet",
            )
        dep.deleted = now
        self.w.state.changed(dep)
        return dep

    def restart(
        self, deployment_id: str, kind: str, ref_id: str, *, cancel_pending: bool, skip_snapshot: bool
    ) -> None:
        dep, now = self.at_now(deployment_id)
        r = resource(dep, kind, ref_id)
        if r.stopped and r.pending is None:
            raise ApiError(
                422,
                "deployments.deployment_resource_plan_change_error",
                f"The resource [{r.ref_id}] is stopped",
            )
        if r.pending is not None and not cancel_pending:
            raise ApiError(
                422,
                "deployments.deployment_resource_plan_change_error",
                f"The resource [{r.ref_id}] has a pending plan; set cancel_pending=true to replace it",
            )
        self._start(dep, r, RESTART, r.plan, now, skip_snapshot=skip_snapshot)

    def cancel_pending(
        self, deployment_id: str, kind: str, ref_id: str, *, ignore_missing: bool
    ) -> SimResource:
        dep, now = self.at_now(deployment_id)
        r = resource(dep, kind, ref_id)
        if r.pending is None:
            if not ignore_missing:
                raise ApiError(
                    400,
                    "deployments.resource_does_not_have_a_pending_plan",
                    f"The resource [{r.ref_id}] does not have a pending plan",
                )
            return r
        cancel(r, now)
        for waiting in _waiting_for(dep, r, now):
            cancel(waiting, now)
        self.w.state.changed(dep)
        self.w.state.schedule(dep, next_boundary(dep, now))
        return r

    # --- helpers ---------------------------------------------------------------------------------

    def _start(
        self,
        dep: SimDeployment,
        r: SimResource,
        action: str,
        plan: dict[str, Any],
        now: float,
        *,
        after: PlanAttempt | None = None,
        **kw: Any,
    ) -> None:
        """Start a plan on ``r`` now, or once ``after`` (its Elasticsearch's upgrade) has ended."""
        w = self.w
        attempt = new_attempt(
            r,
            action,
            plan,
            now if after is None else max(now, after.end),
            seed=w.seed,
            failure_rate=w.plan_failure_rate,
            user_id=dep.owner_id,
            unhealthy_rate=w.plan_unhealthy_rate,
            **kw,
        )
        if after is not None and after.failed:
            fail_first_step(attempt, ES_UPGRADE_FAILED, "The upgrade of its Elasticsearch failed")
        begin(w.state, dep, r, attempt, now)

    def _new_resources(self, payloads: list[Payload], seq: int) -> list[SimResource]:
        rng = seeded(self.w.seed, "created-resources", seq)
        resources = build_resources(rng, [(p.kind, p.ref_id, p.plan) for p in payloads], self.w.state.region)
        for r, p in zip(resources, payloads, strict=True):
            r.region = p.region
            r.es_ref_id = p.es_ref_id
        return resources


_ALLOCATOR_SORT: SortSpec = [("zone_id", False), ("id", False)]
_RUNNER_SORT: SortSpec = [("zone", False), ("id", False)]


class PlatformBackend:
    """Allocators and runners, listed and searched as ECE does (``from``/``size`` windows)."""

    def __init__(self, world: World) -> None:
        self.w = world

    def allocators(self, query: Any, sort: Any, start: int, size: int) -> list[dict[str, Any]]:
        """``AllocatorInfo`` of the matching allocators, in sort order, ``size`` from ``start``."""
        self.w.now()
        return _select(infrastructure.allocators(self.w.state), query, sort, start, size, _ALLOCATOR_SORT)

    def runners(self, query: Any, sort: Any, start: int, size: int) -> list[dict[str, Any]]:
        """``RunnerInfo`` of the matching runners, in sort order, ``size`` from ``start``."""
        self.w.now()
        return _select(infrastructure.runners(self.w.state), query, sort, start, size, _RUNNER_SORT)


def _select(
    listing: list[tuple[dict[str, Any], Doc]], query: Any, sort: Any, start: int, size: int, default: SortSpec
) -> list[dict[str, Any]]:
    if start < 0 or size < 0:
        raise invalid("[from] and [size] must be non-negative")
    try:
        predicate = compile_query(query)
        spec = parse_sort(sort, default)
    except QueryError as exc:
        raise invalid(str(exc)) from None
    matched = [(info, doc_key(doc, spec)) for info, doc in listing if predicate(doc)]
    ordered, _ = sort_docs(matched)
    return ordered[start : start + size]


def _waiting_for(dep: SimDeployment, es: SimResource, now: float) -> list[SimResource]:
    """The resources whose upgrade waits for ``es``'s (not started yet as of ``now``)."""
    if es.kind != "elasticsearch":
        return []
    return [
        r
        for r in dep.resources
        if r.es_ref_id == es.ref_id and r.pending is not None and r.pending.started > now
    ]


def _deployment_template_resources(template: dict[str, Any]) -> Any:
    dt = template.get("deployment_template")
    return dt.get("resources") if isinstance(dt, dict) else None


def resource(dep: SimDeployment, kind: str, ref_id: str) -> SimResource:
    r = dep.resource(kind, ref_id)
    if r is None:
        raise ApiError(
            404,
            "deployments.deployment_resource_not_found",
            f"The {kind} resource [{ref_id}] cannot be found",
        )
    return r


def apply_metadata(dep: SimDeployment, body: dict[str, Any]) -> None:
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


def _version(p: Payload) -> str:
    config = p.plan.get(p.kind)
    value = config.get("version") if isinstance(config, dict) else None
    return value if isinstance(value, str) else ""


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


def _fingerprint(body: dict[str, Any], version: str | None, skip_snapshot: bool) -> bytes:
    """What a repeated ``request_id`` must repeat: the body and the parameters of the write."""
    encoded = orjson.dumps([body, version, skip_snapshot], option=orjson.OPT_SORT_KEYS)
    return hashlib.blake2b(encoded, digest_size=16).digest()


def _create_response(dep: SimDeployment, created: bool) -> dict[str, Any]:
    return {
        "id": dep.id,
        "name": dep.name,
        "alias": dep.alias,
        "created": created,
        "resources": [render.deployment_resource(dep, r, credentials=created) for r in dep.resources],
    }
