"""Validating the resources of create/update requests, with ECE-style 400s."""

from __future__ import annotations

import copy
from typing import Any

import attrs

from . import catalog
from .generate import es_plan, es_topology_element, memory_mb, stateless_plan
from .replies import ApiError, invalid
from .state import KINDS

#: The spec's model of each kind's plan.
_PLAN_MODELS = {
    "elasticsearch": "ElasticsearchClusterPlan",
    "kibana": "KibanaClusterPlan",
    "apm": "ApmPlan",
    "integrations_server": "IntegrationsServerPlan",
    "enterprise_search": "EnterpriseSearchPlan",
}


@attrs.define
class Payload:
    kind: str
    ref_id: str
    region: str
    es_ref_id: str | None
    plan: dict[str, Any]


def _plan_error(message: str, *fields: str) -> ApiError:
    return ApiError(400, "clusters.cluster_invalid_plan", message, fields)


def template_resources(template_id: str, version: str, region: str) -> dict[str, Any]:
    """The resources a deployment template fills in when the request has none."""
    roles = ["master", "ingest", "data_hot", "data_content", "remote_cluster_client", "transform"]
    topology = [es_topology_element("hot_content", "data.default", 4096, 2, roles)]
    if template_id == "hot-warm":
        topology.append(es_topology_element("warm", "data.highstorage", 4096, 2, ["data_warm"]))
    elif template_id not in ("default", "observability", "enterprise-search"):
        raise invalid(f"The deployment template [{template_id}] does not exist", "template_id")

    def entry(kind: str, plan: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"ref_id": f"main-{kind}", "region": region, "plan": plan}
        if kind != "elasticsearch":
            out["elasticsearch_cluster_ref_id"] = "main-elasticsearch"
        return out

    resources: dict[str, Any] = {
        "elasticsearch": [entry("elasticsearch", es_plan(version, template_id, topology))],
        "kibana": [entry("kibana", stateless_plan("kibana", version, 1024))],
    }
    if template_id == "observability":
        resources["integrations_server"] = [
            entry("integrations_server", stateless_plan("integrations_server", version, 1024))
        ]
    if template_id == "enterprise-search":
        resources["enterprise_search"] = [
            entry("enterprise_search", stateless_plan("enterprise_search", version, 2048))
        ]
    return resources


def parse_resources(
    resources: Any, default_version: str, region: str, *, require_elasticsearch: bool
) -> list[Payload]:
    """Check and normalise ``resources`` (copies plans, fills in missing versions)."""
    if resources is None:
        resources = {}
    if not isinstance(resources, dict):
        raise invalid("[resources] must be an object", "resources")
    if resources.get("appsearch"):
        raise invalid("App Search resources are not supported by this ECE version", "resources.appsearch")
    out: list[Payload] = []
    for kind in KINDS:
        entries = resources.get(kind) or []
        if not isinstance(entries, list):
            raise invalid(f"[resources.{kind}] must be a list", f"resources.{kind}")
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            where = f"resources.{kind}[{i}]"
            if not isinstance(entry, dict):
                raise invalid(f"[{where}] must be an object", where)
            ref_id = entry.get("ref_id")
            if not isinstance(ref_id, str) or not ref_id:
                raise invalid(f"[{where}.ref_id] is required", f"{where}.ref_id")
            if ref_id in seen:
                raise invalid(f"Duplicate ref_id [{ref_id}] in [resources.{kind}]", f"{where}.ref_id")
            seen.add(ref_id)
            entry_region = entry.get("region", region)
            if not isinstance(entry_region, str):
                raise invalid(f"[{where}.region] must be a string", f"{where}.region")
            plan = entry.get("plan")
            if not isinstance(plan, dict):
                raise _plan_error(f"[{where}.plan] is required", f"{where}.plan")
            plan = copy.deepcopy(plan)
            config = plan.setdefault(kind, {})
            if not isinstance(config, dict):
                raise _plan_error(f"[{where}.plan.{kind}] must be an object", f"{where}.plan.{kind}")
            if not isinstance(config.get("version"), str):
                config["version"] = default_version
            topology = plan.get("cluster_topology", [])
            if not isinstance(topology, list) or not all(isinstance(t, dict) for t in topology):
                raise _plan_error(
                    f"[{where}.plan.cluster_topology] must be a list of objects", f"{where}.plan"
                )
            if kind == "elasticsearch" and memory_mb(plan) <= 0:
                raise _plan_error(
                    f"[{where}.plan.cluster_topology] must have at least one element with a non-zero size",
                    f"{where}.plan.cluster_topology",
                )
            # Whatever the spec does not allow would come back in every response showing the plan.
            from .conformance import problems  # judged by the models: loaded by the first plan sent

            wrong = problems(_PLAN_MODELS[kind], plan)
            if wrong:
                raise _plan_error(f"[{where}.plan] is invalid: {wrong[0].removeprefix('$')}", f"{where}.plan")
            es_ref = entry.get("elasticsearch_cluster_ref_id") if kind != "elasticsearch" else None
            if kind != "elasticsearch" and not isinstance(es_ref, str):
                raise invalid(
                    f"[{where}.elasticsearch_cluster_ref_id] is required",
                    f"{where}.elasticsearch_cluster_ref_id",
                )
            out.append(Payload(kind, ref_id, entry_region, es_ref, plan))
    es_refs = {p.ref_id for p in out if p.kind == "elasticsearch"}
    if require_elasticsearch and not es_refs:
        raise invalid("A deployment needs at least one Elasticsearch resource", "resources.elasticsearch")
    return out


def default_version(body: dict[str, Any]) -> str:
    version = body.get("version")
    return version if isinstance(version, str) and version else catalog.DEFAULT_VERSION
