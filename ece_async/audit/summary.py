"""Turn one deployment (as the server sent it) into the facts an operator audits.

Everything here reads real server data, which breaks the spec: any field may be
missing (``UNSET``), null, or of an unexpected type.  The ``_tolerant`` helpers
walk such data without raising, so one odd deployment never sinks a fleet-wide
audit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._tolerant import RESOURCE_KINDS, at, flag, items

SHORT_KIND = {
    "elasticsearch": "es",
    "kibana": "kb",
    "apm": "apm",
    "integrations_server": "is",
    "enterprise_search": "ent",
    "appsearch": "as",
}


@dataclass
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


@dataclass
class DeploymentSummary:
    """What the audit reports for one deployment; ``error`` is set when it could not be fetched."""

    id: str
    name: str | None = None
    healthy: bool | None = None
    resources: list[ResourceSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cost: float | None = None
    error: str | None = None
    organization_id: str | None = None

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
        return (
            "failed"
            if "failed" in outcomes
            else "success"
            if outcomes == {"success"}
            else ",".join(sorted(outcomes))
        )

    @property
    def unhealthy(self) -> bool:
        return self.error is None and (self.healthy is False or bool(self.problems))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _last_step(plan: Any) -> Any:
    steps = items(at(plan, "plan_attempt_log"))
    return steps[-1] if steps else None


def _plan_outcome(plan_info: Any) -> str | None:
    """success / failed / None.

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
    if at(plan, "error") is not None or _text(at(_last_step(plan), "status")) == "error":
        return "failed"
    healthy = flag(at(plan, "healthy"))
    return None if healthy is None else ("success" if healthy else "failed")


def _resource(kind: str, resource: Any, problems: list[str]) -> ResourceSummary:
    info = at(resource, "info")
    ref_id = _text(at(resource, "ref_id"))
    label = f"{kind}:{ref_id or '?'}"
    instances = items(at(info, "topology", "instances"))
    unhealthy_instances = sum(1 for i in instances if flag(at(i, "healthy")) is False)
    memory = 0
    for instance in instances:
        capacity = at(instance, "memory", "instance_capacity")
        memory += capacity if isinstance(capacity, int) else 0
    plan_info = at(info, "plan_info")
    pending = at(plan_info, "pending")
    pending_step = None
    if pending is not None:
        step = _last_step(pending)
        pending_step = _text(at(step, "step_id")) or "queued"
    version = _text(at(plan_info, "current", "plan", kind, "version"))
    if version is None:
        versions = sorted({v for v in (_text(at(i, "service_version")) for i in instances) if v})
        version = "/".join(versions) or None
    healthy = flag(at(info, "healthy"))
    last_plan = _plan_outcome(plan_info)
    if healthy is False:
        problems.append(f"{label} unhealthy")
    if unhealthy_instances:
        problems.append(f"{label} {unhealthy_instances}/{len(instances)} instances unhealthy")
    if last_plan == "failed":
        problems.append(f"{label} last plan failed")
    return ResourceSummary(
        kind=kind,
        ref_id=ref_id,
        version=version,
        status=_text(at(info, "status")),
        healthy=healthy,
        instances=len(instances),
        unhealthy_instances=unhealthy_instances,
        memory_mb=memory,
        pending_step=pending_step,
        last_plan=last_plan,
    )


def summarise(deployment: Any) -> DeploymentSummary:
    """The audit row of one decoded ``DeploymentGetResponse``."""
    summary = DeploymentSummary(
        id=_text(at(deployment, "id")) or "?",
        name=_text(at(deployment, "name")),
        healthy=flag(at(deployment, "healthy")),
    )
    resources = at(deployment, "resources")
    for kind in RESOURCE_KINDS:
        for resource in items(at(resources, kind)):
            summary.resources.append(_resource(kind, resource, summary.problems))
    if summary.healthy is False and not summary.problems:
        summary.problems.append("deployment unhealthy")
    return summary
