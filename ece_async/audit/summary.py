"""Turn one deployment (as the server sent it) into the facts an operator audits.

Everything here reads real server data, which breaks the spec: any field may be
missing (``UNSET``), null, or of an unexpected type.  The ``_tolerant`` helpers
walk such data without raising, so one odd deployment never sinks a fleet-wide
audit.  A search hit and a ``get-deployment`` body have the same shape, so the
same code summarises both; :func:`lacks_info` and :func:`has_pending_plan` say
when a hit is not enough.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._tolerant import RESOURCE_KINDS, at, flag, items, text
from ..plans import plan_attempt_failed
from .findings import Finding, worst_severity

SHORT_KIND = {
    "elasticsearch": "es",
    "kibana": "kb",
    "apm": "apm",
    "integrations_server": "is",
    "enterprise_search": "ent",
    "appsearch": "as",
}

#: Node roles (and legacy ``node_type`` flags) that make a topology element hold data.
_DATA_ROLE_PREFIX = "data"


@attrs.define
class ResourceSummary:
    """One resource (an Elasticsearch cluster, a Kibana, ...) of a deployment."""

    kind: str
    ref_id: str | None
    version: str | None
    status: str | None
    healthy: bool | None
    instances: int
    unhealthy_instances: int
    memory_mb: int
    pending_step: str | None
    last_plan: str | None
    #: ``attempt_start_time`` of the plan in flight.
    pending_since: str | None = None
    #: Versions the instances report (several while an upgrade rolls, or when one is stuck).
    instance_versions: list[str] = attrs.field(factory=list)
    #: Ids of data tiers (topology elements holding data) that run in one zone only.
    single_zone_tiers: list[str] = attrs.field(factory=list)
    #: ``info.snapshots.count`` and ``latest_successful_end_time`` (Elasticsearch only).
    snapshot_count: int | None = None
    last_snapshot: str | None = None
    #: Per instance: (name, memory pressure %) and (name, disk used %), where reported.
    memory_pressure: list[tuple[str, int]] = attrs.field(factory=list)
    disk_pressure: list[tuple[str, float]] = attrs.field(factory=list)
    maintenance_instances: list[str] = attrs.field(factory=list)

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.ref_id or '?'}"

    @property
    def stopped(self) -> bool:
        return self.status == "stopped"


@attrs.define
class DeploymentSummary:
    """What the audit reports for one deployment; ``error`` is set when it could not be fetched."""

    id: str
    name: str | None = None
    healthy: bool | None = None
    resources: list[ResourceSummary] = attrs.field(factory=list)
    findings: list[Finding] = attrs.field(factory=list)
    cost: float | None = None
    error: str | None = None
    organization_id: str | None = None
    #: The profile (installation) the deployment belongs to, when several are audited.
    installation: str | None = None

    @property
    def versions(self) -> dict[str, str]:
        """Stack version per resource kind (several refs of one kind are joined)."""
        versions: dict[str, list[str]] = {}
        for resource in self.resources:
            if resource.version:
                versions.setdefault(resource.kind, []).append(resource.version)
        return {kind: "/".join(sorted(set(values))) for kind, values in versions.items()}

    @property
    def instance_count(self) -> int:
        return sum(r.instances for r in self.resources)

    @property
    def memory_mb(self) -> int:
        return sum(r.memory_mb for r in self.resources)

    @property
    def pending(self) -> str | None:
        steps = [
            f"{SHORT_KIND.get(r.kind, r.kind)}:{r.pending_step}" for r in self.resources if r.pending_step
        ]
        return ", ".join(steps) or None

    @property
    def last_plan(self) -> str | None:
        outcomes = {r.last_plan for r in self.resources if r.last_plan}
        if not outcomes:
            return None
        if "failed" in outcomes:
            return "failed"
        return "success" if outcomes == {"success"} else ",".join(sorted(outcomes))

    @property
    def unhealthy(self) -> bool:
        if self.error is not None:
            return False
        return self.healthy is False or any(
            r.healthy is False or r.unhealthy_instances for r in self.resources
        )

    @property
    def worst(self) -> str | None:
        """The most severe finding's severity (``None`` without findings)."""
        return worst_severity(self.findings)


def _last_step(plan: Any) -> Any:
    steps = items(at(plan, "plan_attempt_log"))
    return steps[-1] if steps else None


def _plan_outcome(plan_info: Any) -> str | None:
    """success / failed / None, by the same rule as plan tracking (:func:`plan_attempt_failed`).

    ECE keeps the last *successful* plan as ``current`` and flags a failed
    later attempt with ``plan_info.healthy: false`` (the attempt itself moves
    to the history, which the audit does not fetch), so that flag wins.
    """
    if flag(at(plan_info, "healthy")) is False:
        return "failed"
    plan = at(plan_info, "current")
    if plan is None:
        history = items(at(plan_info, "history"))
        plan = history[-1] if history else None
    if plan is None:
        return None
    if plan_attempt_failed(plan):
        return "failed"
    return "success" if flag(at(plan, "healthy")) is True else None


def _holds_data(element: Any) -> bool:
    roles = [text(role) or "" for role in items(at(element, "node_roles"))]
    if roles:
        return any(role.startswith(_DATA_ROLE_PREFIX) for role in roles)
    return flag(at(element, "node_type", "data")) is True


def _single_zone_tiers(plan: Any) -> list[str]:
    tiers = []
    for index, element in enumerate(items(at(plan, "cluster_topology"))):
        size = at(element, "size", "value")
        if not (isinstance(size, int) and size > 0) or not _holds_data(element):
            continue
        if at(element, "zone_count") == 1:
            tiers.append(text(at(element, "id")) or f"#{index}")
    return tiers


def _percent(used: Any, total: Any) -> float | None:
    if isinstance(used, (int, float)) and isinstance(total, (int, float)) and total > 0:
        return round(100.0 * used / total, 1)
    return None


def _instance_facts(summary: ResourceSummary, instances: list[Any]) -> None:
    versions = set()
    for index, instance in enumerate(instances):
        name = text(at(instance, "instance_name")) or f"#{index}"
        if flag(at(instance, "healthy")) is False:
            summary.unhealthy_instances += 1
        memory = at(instance, "memory")
        capacity = at(memory, "instance_capacity")
        summary.memory_mb += capacity if isinstance(capacity, int) else 0
        pressure = at(memory, "memory_pressure")
        if isinstance(pressure, int) and not isinstance(pressure, bool):
            summary.memory_pressure.append((name, pressure))
        disk = at(instance, "disk")
        if disk is not None:
            used = _percent(at(disk, "disk_space_used"), at(disk, "disk_space_available"))
            if used is not None:
                summary.disk_pressure.append((name, used))
        if flag(at(instance, "maintenance_mode")) is True:
            summary.maintenance_instances.append(name)
        version = text(at(instance, "service_version"))
        if version:
            versions.add(version)
    summary.instance_versions = sorted(versions)


def _resource(kind: str, resource: Any) -> ResourceSummary:
    info = at(resource, "info")
    plan_info = at(info, "plan_info")
    pending = at(plan_info, "pending")
    pending_step = None
    if pending is not None:
        pending_step = text(at(_last_step(pending), "step_id")) or "queued"
    instances = items(at(info, "topology", "instances"))
    current_plan = at(plan_info, "current", "plan")
    summary = ResourceSummary(
        kind=kind,
        ref_id=text(at(resource, "ref_id")),
        version=text(at(current_plan, kind, "version")),
        status=text(at(info, "status")),
        healthy=flag(at(info, "healthy")),
        instances=len(instances),
        unhealthy_instances=0,
        memory_mb=0,
        pending_step=pending_step,
        last_plan=_plan_outcome(plan_info),
        pending_since=text(at(pending, "attempt_start_time")),
        single_zone_tiers=_single_zone_tiers(current_plan) if kind == "elasticsearch" else [],
    )
    _instance_facts(summary, instances)
    if summary.version is None and summary.instance_versions:
        summary.version = "/".join(summary.instance_versions)
    if kind == "elasticsearch":
        count = at(info, "snapshots", "count")
        summary.snapshot_count = count if isinstance(count, int) and not isinstance(count, bool) else None
        summary.last_snapshot = text(at(info, "snapshots", "latest_successful_end_time"))
    return summary


def _resources(deployment: Any) -> list[Any]:
    resources = at(deployment, "resources")
    return [resource for kind in RESOURCE_KINDS for resource in items(at(resources, kind))]


def lacks_info(deployment: Any) -> bool:
    """A search hit without resources, or with a resource without ``info`` (a minimal hit)."""
    resources = _resources(deployment)
    return not resources or any(at(resource, "info") is None for resource in resources)


def has_pending_plan(deployment: Any) -> bool:
    return any(at(r, "info", "plan_info", "pending") is not None for r in _resources(deployment))


def summarise(deployment: Any) -> DeploymentSummary:
    """The audit row of one decoded ``DeploymentGetResponse`` (or search hit), without findings."""
    summary = DeploymentSummary(
        id=text(at(deployment, "id")) or "?",
        name=text(at(deployment, "name")),
        healthy=flag(at(deployment, "healthy")),
        organization_id=text(at(deployment, "metadata", "organization_id"))
        or text(at(deployment, "settings", "metadata", "organization_id")),
    )
    resources = at(deployment, "resources")
    for kind in RESOURCE_KINDS:
        for resource in items(at(resources, kind)):
            summary.resources.append(_resource(kind, resource))
    return summary
