"""A small purpose-built ECE for the fleet tests: search, get, update, restart, stack versions.

Plans advance one step per search (the fleet follows plans by searching), so a test drives
time by polling and never sleeps.  The server counts every request and every applied update
per deployment: "nothing written twice" is read off ``updates``.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import orjson
from aiohttp import web
from aiohttp.test_utils import TestServer

REGION = "ece-region"
ZONES = ("zone-1", "zone-2", "zone-3")
#: A secret in every deployment's settings: a snapshot must never carry it.
SECRET_SETTING = "s3cr3t-keystore-value"
VERSIONS = ("8.13.4", "8.14.3", "8.15.1", "8.15.2")


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        body=orjson.dumps(payload), status=status, content_type="application/json", headers=headers
    )


def _error(status: int, code: str, message: str) -> web.Response:
    return _json({"errors": [{"code": code, "message": message}]}, status, {"x-cloud-error-codes": code})


def _strip(plan: Any) -> Any:
    return {k: v for k, v in plan.items() if k != "transient"} if isinstance(plan, dict) else plan


class FakeDeployment:
    """One deployment: an Elasticsearch and a Kibana, in ``zones``."""

    def __init__(self, index: int, version: str, zones: tuple[str, ...], *, tags: dict[str, str]) -> None:
        self.id = f"d{index:05d}" + "0" * 26
        self.name = f"dep-{index:05d}"
        self.version = 1
        self.healthy = True
        self.zones = zones
        self.tags = tags
        self.plans: dict[str, dict[str, Any]] = {
            "elasticsearch": {
                "elasticsearch": {"version": version},
                "deployment_template": {"id": "default"},
                "cluster_topology": [
                    {
                        "id": "hot_content",
                        "node_roles": ["master", "data_hot", "ingest"],
                        "instance_configuration_id": "data.default",
                        "size": {"resource": "memory", "value": 4096},
                        "zone_count": len(zones),
                    }
                ],
            },
            "kibana": {
                "kibana": {"version": version},
                "cluster_topology": [{"size": {"resource": "memory", "value": 1024}, "zone_count": 1}],
            },
        }
        self.attempts = {kind: f"{kind}-0" for kind in self.plans}
        self.failed: dict[str, str] = {}
        #: Kind -> the failed attempt ECE moved to the plan history (the current plan stayed).
        self.history: dict[str, tuple[str, dict[str, Any]]] = {}
        self.pending: dict[str, dict[str, Any]] = {}

    def resource(self, kind: str, hit: bool, history: bool = False) -> dict[str, Any]:
        current: dict[str, Any] = {
            "plan_attempt_id": self.attempts[kind],
            "healthy": kind not in self.failed,
            "plan": copy.deepcopy(self.plans[kind]),
        }
        if kind in self.failed:
            current["error"] = {"message": self.failed[kind], "failure_type": "ClusterFailure"}
            current["plan_attempt_log"] = [{"step_id": "rolling-upgrade", "status": "error"}]
        plan_info: dict[str, Any] = {"healthy": kind not in self.failed and kind not in self.history}
        plan_info["current"] = current
        if history and kind in self.history:
            plan_info["history"] = [
                {
                    "plan_attempt_id": self.history[kind][0],
                    "plan": copy.deepcopy(self.history[kind][1]),
                    "healthy": False,
                    "error": {"message": "data migration failed: incompatible index settings"},
                }
            ]
        if kind in self.pending:
            plan_info["pending"] = {
                "plan_attempt_id": self.pending[kind]["attempt"],
                "plan": copy.deepcopy(self.pending[kind]["plan"]),
            }
        instances = [{"instance_name": f"instance-{i}", "zone": z} for i, z in enumerate(self.zones)]
        return {
            "ref_id": f"main-{kind}",
            "id": f"{kind[:2]}{self.id[2:]}",
            "region": REGION,
            "info": {
                "healthy": self.healthy,
                "status": "started",
                "plan_info": plan_info,
                "topology": {"instances": instances if kind == "elasticsearch" else instances[:1]},
            },
        }

    def body(self, hit: bool = False, history: bool = False) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "healthy": self.healthy,
            "metadata": {"tags": [{"key": k, "value": v} for k, v in self.tags.items()]},
            "settings": {"observability": {"api_key": SECRET_SETTING}},
            "resources": {kind: [self.resource(kind, hit, history)] for kind in self.plans},
        }


class FakeECE:
    """The server's state and its aiohttp app; tune ``fail``, ``unhealthy_after`` and ``steps``."""

    def __init__(self, count: int = 10, *, version: str = "8.14.3", steps: int = 2) -> None:
        self.deployments = {
            d.id: d
            for d in (
                FakeDeployment(
                    i,
                    version,
                    tuple(ZONES[(i + j) % len(ZONES)] for j in range(2)),
                    tags={"env": "prod" if i % 2 == 0 else "dev"},
                )
                for i in range(count)
            )
        }
        self.steps = steps
        #: A failed plan goes to the plan history, the current plan stays (as ECE does).
        self.failures_to_history = False
        #: Whether GET answers carry ``x-cloud-resource-version`` (a proxy may strip it).
        self.versioned = True
        #: At most this many hits a search page, whatever ``size`` asks (ECE caps at 100).
        self.page_cap: int | None = None
        #: Deployment ids whose next write is applied but answered 503 (an ambiguous failure).
        self.lose_answer: set[str] = set()
        #: Writes (not ``validate_only``) that arrived, applied or not, per deployment.
        self.write_attempts: Counter[str] = Counter()
        #: The ``version`` query parameter of every applied update (``None``: sent without one).
        self.write_versions: list[str | None] = []
        #: Deployment ids whose next plan fails / leaves them unhealthy.
        self.fail: set[str] = set()
        self.unhealthy_after: set[str] = set()
        self.requests: Counter[str] = Counter()
        #: Applied (non-validate) updates and restarts per deployment.
        self.updates: Counter[str] = Counter()
        self.request_ids: set[str] = set()
        #: Called before an update is applied (a concurrent change may happen there).
        self.before_write: Callable[[str], None] | None = None
        #: Set on every applied update (a test waits on it, then clears it).
        self.updated = asyncio.Event()
        #: The most deployments with a plan in flight, per zone and overall.
        self.max_per_zone: Counter[str] = Counter()
        self.max_in_flight = 0
        #: Deployments named by id in searches (what one GET per deployment per poll would cost).
        self.polled = 0
        self._attempt = itertools.count(1)
        self.stacks = [
            {"version": v, "upgradable_to": [w for w in VERSIONS if w > v], "deleted": False}
            for v in VERSIONS
        ]

    def ids(self) -> list[str]:
        return sorted(self.deployments)

    def finish_soon(self) -> None:
        """Every pending plan ends at the next search; later plans take one search."""
        self.steps = 1
        for d in self.deployments.values():
            for pending in d.pending.values():
                pending["left"] = 1

    def bump(self, deployment_id: str) -> None:
        """Someone else changes the deployment (a size), so its resource version moves on."""
        d = self.deployments[deployment_id]
        d.plans["kibana"]["cluster_topology"][0]["size"]["value"] += 1024
        d.version += 1

    # --- plans ---------------------------------------------------------------------------------

    def _start(self, d: FakeDeployment, kind: str, plan: dict[str, Any]) -> None:
        d.pending[kind] = {"attempt": f"{kind}-{next(self._attempt)}", "plan": plan, "left": self.steps}
        busy = Counter(z for other in self.deployments.values() if other.pending for z in other.zones)
        for zone, count in busy.items():
            self.max_per_zone[zone] = max(self.max_per_zone[zone], count)
        self.max_in_flight = max(self.max_in_flight, sum(1 for o in self.deployments.values() if o.pending))

    def _advance(self) -> None:
        for d in self.deployments.values():
            for kind in list(d.pending):
                pending = d.pending[kind]
                pending["left"] -= 1
                if pending["left"] > 0:
                    continue
                del d.pending[kind]
                failing = d.id in self.fail and kind == "elasticsearch"
                if failing and self.failures_to_history:
                    d.history[kind] = (pending["attempt"], pending["plan"])  # the previous plan stays current
                    continue
                d.attempts[kind] = pending["attempt"]
                d.failed.pop(kind, None)
                if failing:
                    d.failed[kind] = "rolling upgrade failed: shards did not relocate"
                else:
                    d.plans[kind] = _strip(pending["plan"])
                if not d.pending and d.id in self.unhealthy_after:
                    d.healthy = False

    # --- routes --------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._count])
        app.router.add_post("/api/v1/deployments/_search", self.search)
        app.router.add_get("/api/v1/deployments/{id}", self.get)
        app.router.add_put("/api/v1/deployments/{id}", self.update)
        app.router.add_post("/api/v1/deployments/{id}/{kind}/{ref}/_restart", self.restart)
        app.router.add_get("/api/v1/stack/versions", self.versions)
        return app

    @web.middleware
    async def _count(self, request: web.Request, handler: Any) -> web.StreamResponse:
        key = f"{request.method} {request.match_info.route.resource.canonical if request.match_info.route.resource else request.path}"  # noqa: E501
        self.requests[key] += 1
        return await handler(request)

    async def search(self, request: web.Request) -> web.Response:
        self._advance()
        body = await request.json()
        if "cursor" in body:
            cursor = orjson.loads(body["cursor"])
            query, size, start = cursor["q"], cursor["size"], cursor["from"]
        else:
            query, size, start = body.get("query"), body.get("size", 100), 0
        if len((query or {}).get("bool", {}).get("should", [])) > MAX_CLAUSES:
            return _error(
                400, "root.invalid_query", f"too_many_clauses: maxClauseCount is set to {MAX_CLAUSES}"
            )
        wanted = _ids(query)
        self.polled += len(wanted or ())
        found = [d for i, d in sorted(self.deployments.items()) if wanted is None or i in wanted]
        if self.page_cap is not None:
            size = min(size, self.page_cap)
        page = found[start : start + size]
        out: dict[str, Any] = {
            "deployments": [d.body(hit=True) for d in page],
            "return_count": len(page),
            "match_count": len(found),
        }
        if start + size < len(found):
            out["cursor"] = orjson.dumps({"q": query, "size": size, "from": start + size}).decode()
        return _json(out)

    def _deployment(self, request: web.Request) -> FakeDeployment:
        d = self.deployments.get(request.match_info["id"])
        if d is None:
            raise web.HTTPNotFound()
        return d

    async def get(self, request: web.Request) -> web.Response:
        d = self._deployment(request)
        history = request.query.get("show_plan_history") == "true"
        headers = {"x-cloud-resource-version": str(d.version)} if self.versioned else {}
        return _json(d.body(history=history), headers=headers)

    async def update(self, request: web.Request) -> web.Response:
        d = self._deployment(request)
        version = request.query.get("version")
        self.write_attempts[d.id] += request.query.get("validate_only") != "true"
        if version is not None and version != str(d.version):
            return _error(409, "deployments.version_conflict", f"version {version} is not {d.version}")
        body = await request.json()
        if request.query.get("validate_only") == "true":
            return _json({"id": d.id, "resources": []})
        request_id = request.query.get("request_id")
        if request_id is not None and request_id in self.request_ids:
            return _json({"id": d.id, "resources": []})
        if self.before_write is not None:
            self.before_write(d.id)
            if version is not None and version != str(d.version):
                return _error(409, "deployments.version_conflict", f"version {version} is not {d.version}")
        self.updates[d.id] += 1
        self.write_versions.append(version)
        self.updated.set()
        if request_id is not None:
            self.request_ids.add(request_id)
        for kind, resources in (body.get("resources") or {}).items():
            for resource in resources or []:
                if kind in d.plans and _strip(resource["plan"]) != d.plans[kind]:
                    self._start(d, kind, resource["plan"])
        d.version += 1
        if d.id in self.lose_answer:
            self.lose_answer.discard(d.id)
            return _error(503, "root.unavailable", "the answer was lost after the write was applied")
        return _json({"id": d.id, "resources": []}, headers={"x-cloud-resource-version": str(d.version)})

    async def restart(self, request: web.Request) -> web.Response:
        d = self._deployment(request)
        kind = request.match_info["kind"]
        self.updates[d.id] += kind == "elasticsearch"
        self._start(d, kind, copy.deepcopy(d.plans[kind]))
        return _json({})

    async def versions(self, request: web.Request) -> web.Response:
        return _json({"stacks": self.stacks})


#: Elasticsearch's default ``indices.query.bool.max_clause_count``: ECE refuses a search of more.
MAX_CLAUSES = 1024


def _ids(query: Any) -> set[str] | None:
    should: Iterable[Any] = (query or {}).get("bool", {}).get("should", [])
    ids = {clause["term"]["id"]["value"] for clause in should}
    return ids or None


async def serve(fake: FakeECE) -> tuple[TestServer, str]:
    server = TestServer(fake.app(), host="127.0.0.1", port=0)
    await server.start_server()
    return server, str(server.make_url("")).rstrip("/")
