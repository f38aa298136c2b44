"""Billing costs analysis: overview, per-deployment costs and items, usage charts."""

from __future__ import annotations

from datetime import datetime, timezone

from aiohttp import web

from .. import billing
from ..replies import ApiError, raw, reply
from ..state import SimDeployment
from ..util import parse_iso
from ..world import World, world
from .base import Route


def _org(request: web.Request) -> tuple[World, float, list[SimDeployment]]:
    w = world(request)
    now = w.now()
    org = request.match_info["organization_id"]
    if org != w.state.organization_id:
        raise ApiError(404, "organization.not_found", f"Organization [{org}] not found")
    return w, now, [d for d in w.state.deployments.values() if d.organization_id == org]


def _period(request: web.Request, now: float) -> tuple[float, float]:
    """``from``/``to`` (ISO-8601); by default the current month up to now."""
    month = datetime.fromtimestamp(now, tz=timezone.utc).replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    try:
        start = parse_iso(request.query["from"]) if request.query.get("from") else month.timestamp()
        end = parse_iso(request.query["to"]) if request.query.get("to") else now
    except ValueError:
        raise ApiError(400, "costs.invalid_date_range", "The specified date range is invalid") from None
    if start > end:
        raise ApiError(
            400, "costs.invalid_date_range", "The specified date range is invalid: [from] is after [to]"
        )
    return start, end


def _monthly(request: web.Request) -> bool:
    strategy = request.query.get("bucketing_strategy", "daily").lower()
    if strategy not in ("daily", "monthly"):
        raise ApiError(
            400, "root.invalid_data", f"Invalid bucketing_strategy [{strategy}]", ["bucketing_strategy"]
        )
    return strategy == "monthly"


async def get_costs_overview(request: web.Request) -> web.StreamResponse:
    _, now, deployments = _org(request)
    return reply(billing.overview(deployments, *_period(request, now), now))


async def get_costs_deployments(request: web.Request) -> web.StreamResponse:
    _, now, deployments = _org(request)
    return raw(billing.deployments_costs(deployments, *_period(request, now), now))


async def get_costs_items_by_deployment(request: web.Request) -> web.StreamResponse:
    w, now, _ = _org(request)
    deployment_id = request.match_info["deployment_id"]
    dep = w.state.deployments.get(deployment_id)
    if dep is None:
        raise ApiError(
            404,
            "billing_service.es_cluster_id_not_found",
            f"No billing data for deployment [{deployment_id}]",
        )
    return reply(billing.items(dep, *_period(request, now), now))


async def get_costs_charts(request: web.Request) -> web.StreamResponse:
    _, now, deployments = _org(request)
    start, end = _period(request, now)
    return reply(billing.org_chart(deployments, start, end, now, _monthly(request)))


async def get_costs_charts_by_deployment(request: web.Request) -> web.StreamResponse:
    w, now, _ = _org(request)
    start, end = _period(request, now)
    dep = w.state.deployments.get(request.match_info["deployment_id"])
    return reply(billing.deployment_chart(dep, start, end, now, _monthly(request)))


ROUTES: list[Route] = [
    ("get-costs-overview", get_costs_overview),
    ("get-costs-deployments", get_costs_deployments),
    ("get-costs-items-by-deployment", get_costs_items_by_deployment),
    ("get-costs-charts", get_costs_charts),
    ("get-costs-charts-by-deployment", get_costs_charts_by_deployment),
]
