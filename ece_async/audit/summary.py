"""Turn one deployment (as the server sent it) into the facts an operator audits.

Everything here reads real server data, which breaks the spec: any field may be
missing, null, or of an unexpected type.  It is read as plain JSON (a decoded
model is encoded back once), each step through ``_obj`` (a missing or odd value
reads as an empty object), so one odd deployment never sinks a fleet-wide audit
and a 5,000-deployment fleet costs a few dict lookups per field, not a generic
walk per field.  A search hit and a ``get-deployment`` body have the same shape, so the
same code summarises both; ``lacks_info`` and ``has_pending_plan`` on the row say
when a hit is not enough.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from .._generated import Model
from .._tolerant import RESOURCE_KINDS, flag, items, plan_attempt_failed, text
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
    instance_versions: Sequence[str] = attrs.field(factory=list)
    #: Ids of data tiers (topology elements holding data) that run in one zone only.
    single_zone_tiers: Sequence[str] = attrs.field(factory=list)
    #: ``info.snapshots.count`` and ``latest_successful_end_time`` (Elasticsearch only).
    snapshot_count: int | None = None
    last_snapshot: str | None = None
    #: Per instance: (name, memory pressure %) and (name, disk used %), where reported.
    memory_pressure: Sequence[tuple[str, int]] = attrs.field(factory=list)
    disk_pressure: Sequence[tuple[str, float]] = attrs.field(factory=list)
    maintenance_instances: Sequence[str] = attrs.field(factory=list)

    def slim(self) -> None:
        """Drop the per-instance facts only the checks read, once they ran (see
        :meth:`DeploymentSummary.slim`)."""
        self.instance_versions = self.single_zone_tiers = self.maintenance_instances = ()
        self.memory_pressure = self.disk_pressure = ()
        self.pending_since = self.last_snapshot = None

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
    #: Read from a search hit without resources, or with a resource without ``info`` (a minimal
    #: hit): the deployment must be fetched for its row.
    lacks_info: bool = attrs.field(default=False, eq=False, repr=False)

    def slim(self) -> None:
        """Keep only what a table or CSV row shows: a fleet's rows are held until the report is
        written, and per-instance facts would triple their size after the checks used them."""
        for resource in self.resources:
            resource.slim()

    @property
    def has_pending_plan(self) -> bool:
        """A plan is in flight (its step logs need a ``get-deployment``)."""
        return any(r.pending_step is not None for r in self.resources)

    @property
    def versions(self) -> dict[str, str]:
        """Stack version per resource kind (several refs of one kind are joined)."""
        versions: dict[str, list[str]] = {}
        for resource in self.resources:
            if resource.version:
                versions.setdefault(resource.kind, []).append(resource.version)
        return {
            kind: values[0] if len(values) == 1 else "/".join(sorted(set(values)))
            for kind, values in versions.items()
        }

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


#: A missing or non-object value, read as an empty object (never written to).
_NONE: dict[str, Any] = {}


def _obj(value: object) -> dict[str, Any]:
    """A JSON object as sent, or an empty one: every step of a walk through server data."""
    return value if type(value) is dict else _NONE


def _int(value: object) -> int | None:
    return value if type(value) is int else None


def _text(value: object) -> str | None:
    """:func:`text`, with the common case (a string as sent) first: read a hundred times per row."""
    return value if type(value) is str else text(value)


def _interned(value: str | None) -> str | None:
    """One copy of a string that thousands of rows repeat (``main-elasticsearch``, ``8.15.0``)."""
    return sys.intern(value) if value is not None else None


def _last_step(plan: dict[str, Any]) -> dict[str, Any]:
    steps = items(plan.get("plan_attempt_log"))
    return _obj(steps[-1]) if steps else _NONE


def _plan_outcome(plan_info: dict[str, Any]) -> str | None:
    """success / failed / None, by the same rule as plan tracking (:func:`plan_attempt_failed`).

    ECE keeps the last *successful* plan as ``current`` and flags a failed
    later attempt with ``plan_info.healthy: false`` (the attempt itself moves
    to the history, which the audit does not fetch), so that flag wins.
    """
    if plan_info.get("healthy") is False:
        return "failed"
    plan = plan_info.get("current")
    if plan is None:
        history = items(plan_info.get("history"))
        plan = history[-1] if history else None
    if plan is None:
        return None
    if plan_attempt_failed(plan):
        return "failed"
    return "success" if _obj(plan).get("healthy") is True else None


def _holds_data(element: dict[str, Any]) -> bool:
    roles = items(element.get("node_roles"))
    if roles:
        return any((_text(role) or "").startswith(_DATA_ROLE_PREFIX) for role in roles)
    return _obj(element.get("node_type")).get("data") is True


def _single_zone_tiers(plan: dict[str, Any]) -> list[str]:
    tiers = []
    for index, element in enumerate(items(plan.get("cluster_topology"))):
        element = _obj(element)
        size = _int(_obj(element.get("size")).get("value"))
        if not (size is not None and size > 0) or not _holds_data(element):
            continue
        if element.get("zone_count") == 1:
            tiers.append(_text(element.get("id")) or f"#{index}")
    return tiers


def _percent(used: Any, total: Any) -> float | None:
    if isinstance(used, (int, float)) and isinstance(total, (int, float)) and total > 0:
        return round(100.0 * used / total, 1)
    return None


def _instance_facts(summary: ResourceSummary, instances: list[Any]) -> None:
    versions: set[str] = set()
    memory_pressure: list[tuple[str, int]] = []
    disk_pressure: list[tuple[str, float]] = []
    maintenance_instances: list[str] = []
    for index, instance in enumerate(instances):
        if type(instance) is not dict:
            continue
        if instance.get("healthy") is False:
            summary.unhealthy_instances += 1
        memory = _obj(instance.get("memory"))
        capacity = _int(memory.get("instance_capacity"))
        if capacity is not None:
            summary.memory_mb += capacity
        pressure = _int(memory.get("memory_pressure"))
        disk = _obj(instance.get("disk"))
        used = _percent(disk.get("disk_space_used"), disk.get("disk_space_available"))
        maintenance = instance.get("maintenance_mode") is True
        if pressure is not None or used is not None or maintenance:
            name = _text(instance.get("instance_name")) or f"#{index}"
            if pressure is not None:
                memory_pressure.append((name, pressure))
            if used is not None:
                disk_pressure.append((name, used))
            if maintenance:
                maintenance_instances.append(name)
        version = _text(instance.get("service_version"))
        if version:
            versions.add(version)
    summary.instance_versions = sorted(versions)
    summary.memory_pressure, summary.disk_pressure = memory_pressure, disk_pressure
    summary.maintenance_instances = maintenance_instances


def _resource(kind: str, resource: dict[str, Any]) -> ResourceSummary:
    info = _obj(resource.get("info"))
    plan_info = _obj(info.get("plan_info"))
    pending = plan_info.get("pending")
    pending_step = None
    if pending is not None:
        pending_step = _interned(_text(_last_step(_obj(pending)).get("step_id"))) or "queued"
    instances = items(_obj(info.get("topology")).get("instances"))
    current_plan = _obj(_obj(plan_info.get("current")).get("plan"))
    summary = ResourceSummary(
        kind=kind,
        ref_id=_interned(_text(resource.get("ref_id"))),
        version=_interned(_text(_obj(current_plan.get(kind)).get("version"))),
        status=_interned(_text(info.get("status"))),
        healthy=flag(info.get("healthy")),
        instances=len(instances),
        unhealthy_instances=0,
        memory_mb=0,
        pending_step=pending_step,
        last_plan=_plan_outcome(plan_info),
        pending_since=_text(_obj(pending).get("attempt_start_time")),
        single_zone_tiers=_single_zone_tiers(current_plan) if kind == "elasticsearch" else [],
    )
    _instance_facts(summary, instances)
    if summary.version is None and summary.instance_versions:
        summary.version = "/".join(summary.instance_versions)
    if kind == "elasticsearch":
        snapshots = _obj(info.get("snapshots"))
        summary.snapshot_count = _int(snapshots.get("count"))
        summary.last_snapshot = _text(snapshots.get("latest_successful_end_time"))
    return summary


def _json(deployment: object) -> dict[str, Any]:
    """The deployment as JSON: what the server sent, or a decoded model encoded back (its keys)."""
    if isinstance(deployment, Model):
        return deployment.to_dict()
    return _obj(deployment)


def _resources(deployment: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    resources = _obj(deployment.get("resources"))
    for kind in RESOURCE_KINDS:
        for resource in items(resources.get(kind)):
            yield kind, _obj(resource)


def summarise(deployment: object) -> DeploymentSummary:
    """The audit row of one deployment (``get-deployment`` JSON or model, a search hit), no findings yet."""
    data = _json(deployment)
    metadata = _obj(data.get("metadata"))
    summary = DeploymentSummary(
        id=_text(data.get("id")) or "?",
        name=_text(data.get("name")),
        healthy=flag(data.get("healthy")),
        organization_id=_interned(
            _text(metadata.get("organization_id"))
            or _text(_obj(_obj(data.get("settings")).get("metadata")).get("organization_id"))
        ),
    )
    resources = list(_resources(data))
    summary.resources = [_resource(kind, resource) for kind, resource in resources]
    summary.lacks_info = not resources or any(resource.get("info") is None for _, resource in resources)
    return summary
