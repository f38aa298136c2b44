"""Deployments flattened for searching: ``{"dotted.field": [values]}``, built on demand."""

from __future__ import annotations

from .search import Doc
from .state import SimDeployment
from .util import iso

#: Newest change first, as ECE documents for a search without ``sort``.
DEFAULT_DEPLOYMENT_SORT = [("metadata.last_modified", True), ("id", False)]


def deployment_doc(dep: SimDeployment) -> Doc:
    doc: Doc = {
        "id": [dep.id],
        "name": [dep.name],
        "alias": [dep.alias],
        "healthy": [dep.healthy],
        "metadata.organization_id": [dep.organization_id],
        "metadata.owner_id": [dep.owner_id],
        "metadata.hidden": [dep.hidden],
        "metadata.system_owned": [dep.system_owned],
        "metadata.subscription_level": [dep.subscription_level],
        "metadata.last_modified": [iso(dep.last_modified)],
        "metadata.created": [iso(dep.created)],
        "metadata.tags.key": [k for k, _ in dep.tags],
        "metadata.tags.value": [v for _, v in dep.tags],
    }
    for r in dep.resources:
        prefix = f"resources.{r.kind}"
        info = f"{prefix}.info"
        for field, value in (
            (f"{prefix}.id", r.id),
            (f"{prefix}.ref_id", r.ref_id),
            (f"{prefix}.region", r.region),
            (f"{info}.status", r.status),
            (f"{info}.healthy", r.healthy),
            (f"{info}.plan_info.healthy", r.last_ok),
            (f"{info}.plan_info.current.plan.{r.kind}.version", r.version),
        ):
            doc.setdefault(field, []).append(value)
        if r.pending is not None:
            doc.setdefault(f"{info}.plan_info.pending.plan_attempt_id", []).append(r.pending.attempt_id)
    return doc
