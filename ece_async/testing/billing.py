"""Costs in ECU derived from each deployment's size and lifetime (deterministic, no randomness).

A deployment costs ``hourly_rate`` (RAM x a per-kind price) for every hour
between its creation and its deletion (or now); the split into billing
dimensions is a fixed per-deployment ratio.  Deleted deployments keep their
history, as a real bill does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

import orjson

from . import catalog
from .generate import memory_mb
from .state import SimDeployment
from .util import iso, stable_int

DIMENSIONS = ("capacity", "data_in", "data_internode", "data_out", "storage_api", "storage_bytes")
_DIMENSION_NAMES = {
    "capacity": "Capacity",
    "data_in": "Data transfer in",
    "data_internode": "Data transfer inter-node",
    "data_out": "Data transfer out",
    "storage_api": "Snapshot storage API requests",
    "storage_bytes": "Snapshot storage",
}


def hourly_rate(dep: SimDeployment) -> float:
    if dep.deleted is not None:
        return 0.0
    return sum(
        memory_mb(r.plan) / 1024 * catalog.PRICE_PER_GB_HOUR[r.kind]
        for r in dep.resources
        if not (r.stopped and r.pending is None)
    )


def _base_rate(dep: SimDeployment) -> float:
    # What the deployment cost while it ran (a stopped one still billed before it stopped).
    return sum(memory_mb(r.plan) / 1024 * catalog.PRICE_PER_GB_HOUR[r.kind] for r in dep.resources) or sum(
        memory_mb(r.first_plan) / 1024 * catalog.PRICE_PER_GB_HOUR[r.kind]
        for r in dep.resources
        if r.first_plan is not None
    )


def _active(dep: SimDeployment, now: float) -> tuple[float, float]:
    end = now if dep.deleted is None else dep.deleted
    if dep.stopped:
        end = min(end, dep.last_plan_modified)
    return dep.created, end


def hours(dep: SimDeployment, start: float, end: float, now: float) -> float:
    lo, hi = _active(dep, now)
    return max(0.0, min(hi, end) - max(lo, start)) / 3600


def dimension_split(dep: SimDeployment) -> list[tuple[str, float]]:
    """Fixed shares per dimension: capacity dominates, transfer and storage vary per deployment."""
    h = stable_int(dep.id, "dimensions")
    extra = [(h >> (5 * i)) % 32 / 1000 for i in range(5)]
    return [("capacity", 1.0 - sum(extra)), *zip(DIMENSIONS[1:], extra, strict=True)]


def costs(dep: SimDeployment, start: float, end: float, now: float) -> dict[str, Any]:
    total = round(hours(dep, start, end, now) * _base_rate(dep), 4)
    return {
        "total": total,
        "dimensions": [{"type": t, "cost": round(total * share, 4)} for t, share in dimension_split(dep)],
    }


def sum_costs(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    totals = dict.fromkeys(DIMENSIONS, 0.0)
    grand = 0.0
    for item in items:
        grand += item["total"]
        for d in item["dimensions"]:
            totals[d["type"]] += d["cost"]
    return {
        "total": round(grand, 4),
        "dimensions": [{"type": t, "cost": round(c, 4)} for t, c in totals.items()],
    }


def overview(deployments: list[SimDeployment], start: float, end: float, now: float) -> dict[str, Any]:
    total = sum_costs(costs(d, start, end, now) for d in deployments)
    month = datetime.fromtimestamp(now, tz=timezone.utc).replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    line_start = month.timestamp()
    line_end = month.replace(year=month.year + 1).timestamp()
    quantity = max(100000.0, round(total["total"] * 4, -3))
    return {
        "costs": total,
        "trials": 0.0,
        "hourly_rate": round(sum(hourly_rate(d) for d in deployments), 4),
        "balance": {
            "available": quantity,
            "remaining": round(quantity - total["total"], 4),
            "line_items": [
                {
                    "id": "ece-prepaid-ecu",
                    "ecu_quantity": quantity,
                    "ecu_balance": round(quantity - total["total"], 4),
                    "start": iso(line_start),
                    "end": iso(line_end),
                }
            ],
        },
    }


def deployments_costs(deployments: list[SimDeployment], start: float, end: float, now: float) -> bytes:
    """``DeploymentsCosts``, encoded entry by entry: at 100,000 deployments the whole document
    as dicts would take ~100 MiB for a moment, its bytes take 9."""
    entries = []
    total = 0.0
    period = {"start": iso(start), "end": iso(end)}
    for d in deployments:
        c = costs(d, start, end, now)
        total += c["total"]
        entries.append(
            orjson.dumps(
                {
                    "deployment_id": d.id,
                    "deployment_name": d.name,
                    "costs": c,
                    "hourly_rate": round(hourly_rate(d), 4),
                    "period": period,
                }
            )
        )
    head = orjson.dumps({"total_cost": round(total, 4)})
    return head[:-1] + b',"deployments":[' + b",".join(entries) + b"]}"


def items(dep: SimDeployment, start: float, end: float, now: float) -> dict[str, Any]:
    c = costs(dep, start, end, now)
    h = hours(dep, start, end, now)
    resources = []
    for r in dep.resources:
        mb = memory_mb(r.plan) or memory_mb(r.first_plan or {})
        per_hour = round(mb / 1024 * catalog.PRICE_PER_GB_HOUR[r.kind], 4)
        config = next(
            (
                e.get("instance_configuration_id")
                for e in r.plan.get("cluster_topology") or []
                if isinstance(e, dict)
            ),
            r.kind,
        )
        resources.append(
            {
                "hours": int(h),
                "instance_count": max(
                    1,
                    sum(
                        int(e.get("zone_count", 1))
                        for e in r.plan.get("cluster_topology") or []
                        if isinstance(e, dict)
                    ),
                ),
                "period": {"start": iso(max(start, dep.created)), "end": iso(end)},
                "kind": r.kind,
                "price": round(per_hour * h, 4),
                "price_per_hour": per_hour,
                "name": f"{r.kind} {config} {mb}MB",
                "sku": f"ece.{r.kind}.{config}.{mb}",
            }
        )
    dts = []
    for t, cost in ((d["type"], d["cost"]) for d in c["dimensions"] if d["type"] != "capacity"):
        quantity = int(cost * 1e9 / 0.032) if cost else 0
        dts.append(
            {
                "cost": cost,
                "name": _DIMENSION_NAMES[t],
                "quantity": {"value": quantity, "formatted_value": f"{quantity / 1e9:.1f} GB"},
                "rate": {"value": 0.032, "formatted_value": "0.0320 per GB"},
                "sku": f"ece.{t}",
                "type": t,
            }
        )
    return {"costs": c, "data_transfer_and_storage": dts, "resources": resources}


def buckets(start: float, end: float, monthly: bool) -> list[tuple[float, float]]:
    """UTC day or month boundaries covering [start, end)."""
    out: list[tuple[float, float]] = []
    t = datetime.fromtimestamp(start, tz=timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    if monthly:
        t = t.replace(day=1)
    while t.timestamp() < end and len(out) < 3660:
        if monthly:
            nxt = t.replace(year=t.year + (t.month == 12), month=t.month % 12 + 1)
        else:
            nxt = datetime.fromtimestamp(t.timestamp() + 86400, tz=timezone.utc)
        out.append((t.timestamp(), nxt.timestamp()))
        t = nxt
    return out


def org_chart(
    deployments: list[SimDeployment], start: float, end: float, now: float, monthly: bool
) -> dict[str, Any]:
    """Per-dimension values per bucket (one series per billing dimension)."""
    # Per deployment once: (start, end, ECU per second, dimension shares); buckets then only overlap.
    rated = []
    for d in deployments:
        rate = _base_rate(d)
        if rate:
            lo, hi = _active(d, now)
            rated.append((lo, hi, rate / 3600, dimension_split(d)))
    data = []
    for b_lo, b_hi in buckets(start, end, monthly):
        b_lo, b_hi = max(b_lo, start), min(b_hi, end)
        sums = dict.fromkeys(DIMENSIONS, 0.0)
        for lo, hi, per_second, split in rated:
            seconds = min(hi, b_hi) - max(lo, b_lo)
            if seconds > 0:
                cost = seconds * per_second
                for t, share in split:
                    sums[t] += cost * share
        data.append(
            {
                "timestamp": int(b_lo),
                "values": [
                    {"id": t, "name": _DIMENSION_NAMES[t], "value": round(v, 4)} for t, v in sums.items()
                ],
            }
        )
    return {"data": data}


def deployment_chart(
    dep: SimDeployment | None, start: float, end: float, now: float, monthly: bool
) -> dict[str, Any]:
    """Per-resource values per bucket for one deployment (empty values for an unknown one)."""
    data = []
    for lo, hi in buckets(start, end, monthly):
        lo, hi = max(lo, start), min(hi, end)
        values = []
        if dep is not None:
            h = hours(dep, lo, hi, now)
            for r in dep.resources:
                mb = memory_mb(r.plan) or memory_mb(r.first_plan or {})
                values.append(
                    {
                        "id": r.id,
                        "name": f"{r.kind} ({r.ref_id})",
                        "value": round(h * mb / 1024 * catalog.PRICE_PER_GB_HOUR[r.kind], 4),
                    }
                )
        data.append({"timestamp": int(lo), "values": values})
    return {"data": data}
