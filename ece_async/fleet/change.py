"""What a fleet change does to one deployment: the update payload, a diff, or why not.

Everything here is pure (JSON in, JSON out), so each rule is tested without a server.
The payload is built from the deployment's *current* plans, so a change touches only what
it means to change: an upgrade rewrites versions, ``--set``/``--patch`` rewrite the named
paths, and everything else is sent back as it is running now.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from .._record import Record
from .._tolerant import at, items, text
from .select import _version_key, deployment_versions

__all__ = [
    "STRATEGIES",
    "UPGRADE_ORDER",
    "Apply",
    "Change",
    "Planned",
    "Restart",
    "Rollback",
    "Upgrade",
    "change_from_json",
    "current_payload",
    "diff_payloads",
    "merge_patch",
    "parse_set",
    "plan_change",
    "set_path",
]

#: The order ECE upgrades a deployment's resources in: Elasticsearch first, since every other
#: resource must not run a newer version than the cluster it connects to.
UPGRADE_ORDER = ("elasticsearch", "kibana", "apm", "integrations_server", "enterprise_search", "appsearch")

#: ``--strategy`` -> the plan's ``transient.strategy``.
STRATEGIES: dict[str, dict[str, Any]] = {
    "rolling": {"rolling": {"group_by": "__zone__"}},
    "grow_and_shrink": {"grow_and_shrink": {}},
    "autodetect": {"autodetect": {}},
}

#: Verdicts of :func:`plan_change`.
CHANGE, AT_TARGET, REFUSED = "change", "at_target", "refused"


@attrs.frozen
class Upgrade(Record):
    """Every resource to ``to``."""

    to: str
    kind: str = "upgrade"


@attrs.frozen
class Apply(Record):
    """A JSON merge patch (RFC 7386) on each deployment's update payload (``--set`` becomes one too)."""

    patch: Mapping[str, Any] = attrs.field(factory=dict)
    sets: tuple[tuple[str, Any], ...] = ()
    kind: str = "apply"


@attrs.frozen
class Restart(Record):
    """Restart every resource (its own endpoints: a restart changes no plan, so has no version)."""

    kind: str = "restart"


@attrs.frozen
class Rollback(Record):
    """Put back the payloads a journal saved before its writes (deployment id -> payload)."""

    payloads: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    kind: str = "rollback"


Change = Upgrade | Apply | Restart | Rollback


def change_to_json(change: Change) -> dict[str, Any]:
    if isinstance(change, Upgrade):
        return {"kind": "upgrade", "to": change.to}
    if isinstance(change, Apply):
        return {"kind": "apply", "patch": dict(change.patch), "sets": [list(s) for s in change.sets]}
    if isinstance(change, Rollback):
        return {"kind": "rollback"}
    return {"kind": "restart"}


def change_from_json(data: Mapping[str, Any]) -> Change:
    kind = data.get("kind")
    if kind == "upgrade":
        return Upgrade(str(data["to"]))
    if kind == "apply":
        sets = tuple((str(p), v) for p, v in data.get("sets", []))
        return Apply(dict(data.get("patch") or {}), sets)
    if kind == "restart":
        return Restart()
    if kind == "rollback":
        return Rollback()
    raise ValueError(f"unknown change kind {kind!r}")


@attrs.frozen
class Planned(Record):
    """One deployment's part of a change: the payload to send, or why nothing is sent."""

    deployment_id: str
    verdict: str
    payload: Mapping[str, Any] | None = None
    reason: str | None = None
    diff: tuple[str, ...] = ()


def _resources(payload: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    resources = payload.get("resources")
    if not isinstance(resources, dict):
        return
    for kind in UPGRADE_ORDER:
        listed = resources.get(kind)
        for resource in listed if isinstance(listed, list) else []:
            if isinstance(resource, dict):
                yield kind, resource


def current_payload(deployment: Any) -> dict[str, Any]:
    """The update payload that re-applies what the deployment runs now (resources in upgrade order).

    Resources without a current plan (never created, or deleted) are left out: with
    ``prune_orphans`` false, leaving a resource out of an update leaves it as it is.
    """
    resources: dict[str, list[dict[str, Any]]] = {}
    clusters = [text(at(r, "ref_id")) for r in items(at(deployment, "resources", "elasticsearch"))]
    for kind in UPGRADE_ORDER:
        for resource in items(at(deployment, "resources", kind)):
            plan = at(resource, "info", "plan_info", "current", "plan")
            if not isinstance(plan, dict) or text(at(resource, "info", "status")) == "stopped":
                continue
            entry = {
                "ref_id": text(at(resource, "ref_id")),
                "region": text(at(resource, "region")),
                "plan": copy.deepcopy(plan),
            }
            if kind != "elasticsearch":
                # Required for every resource but Elasticsearch: the cluster it belongs to.
                cluster = text(at(resource, "elasticsearch_cluster_ref_id")) or next(iter(clusters), None)
                entry["elasticsearch_cluster_ref_id"] = cluster
            resources.setdefault(kind, []).append(entry)
    return {"prune_orphans": False, "resources": resources}


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386: objects merge key by key, ``null`` deletes, anything else (lists too) replaces."""
    if not isinstance(patch, Mapping):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, Mapping) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def parse_set(expression: str) -> tuple[str, Any]:
    """``"a.b=4096"`` -> ``("a.b", 4096)``: the value is JSON when it parses, else a string."""
    path, sep, raw = expression.partition("=")
    if not sep or not path.strip():
        raise ValueError(f"{expression!r}: expected PATH=VALUE")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return path.strip(), value


def set_path(payload: Any, path: str, value: Any) -> int:
    """Set ``path`` (dotted; a number indexes a list, ``*`` means every item) in place; returns how many.

    Missing object keys are created only below the last list step: a ``--set`` through
    ``resources.kibana.*`` changes nothing on a deployment without a Kibana.
    """
    return _set(payload, path.split("."), value)


def _set(node: Any, parts: Sequence[str], value: Any) -> int:
    head, rest = parts[0], parts[1:]
    if isinstance(node, list):
        if head == "*":
            return sum(_set_item(node, i, rest, value) for i in range(len(node)))
        if head.isdigit() and int(head) < len(node):
            return _set_item(node, int(head), rest, value)
        return 0
    if not isinstance(node, dict):
        return 0
    if not rest:
        node[head] = copy.deepcopy(value)
        return 1
    if head not in node or node[head] is None:
        if any(p == "*" or p.isdigit() for p in rest):
            return 0
        node[head] = {}
    return _set(node[head], rest, value)


def _set_item(node: list[Any], index: int, rest: Sequence[str], value: Any) -> int:
    if not rest:
        node[index] = copy.deepcopy(value)
        return 1
    return _set(node[index], rest, value)


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and value:
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list) and value:
        out = {}
        for index, item in enumerate(value):
            out.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return out
    return {prefix: value}


def _without_transient(plan: Any) -> Any:
    return {k: v for k, v in plan.items() if k != "transient"} if isinstance(plan, dict) else plan


def diff_payloads(current: Mapping[str, Any], planned: Mapping[str, Any]) -> tuple[str, ...]:
    """Per resource, each leaf that differs: ``elasticsearch:main-elasticsearch plan.x: old -> new``."""
    before = {(kind, r.get("ref_id")): r for kind, r in _resources(current)}
    lines: list[str] = []
    for kind, resource in _resources(planned):
        old = before.get((kind, resource.get("ref_id")), {})
        a = _flatten({"plan": _without_transient(old.get("plan"))})
        b = _flatten({"plan": _without_transient(resource.get("plan"))})
        for path in sorted(set(a) | set(b)):
            if a.get(path) != b.get(path):
                show = json.dumps
                lines.append(
                    f"{kind}:{resource.get('ref_id')} {path}: {show(a.get(path))} -> {show(b.get(path))}"
                )
    return tuple(lines)


def _with_strategy(payload: dict[str, Any], strategy: str | None) -> dict[str, Any]:
    if strategy is None:
        return payload
    for _, resource in _resources(payload):
        plan = resource.get("plan")
        if isinstance(plan, dict):
            plan.setdefault("transient", {})["strategy"] = copy.deepcopy(STRATEGIES[strategy])
    return payload


def plan_change(
    change: Change,
    deployment: Any,
    *,
    stacks: Mapping[str, Any] | None = None,
    strategy: str | None = None,
) -> Planned:
    """The payload (and diff) for ``change`` on ``deployment`` (a GET body), or why not.

    ``stacks`` (version -> ``StackVersionConfig`` JSON) is what the installation offers;
    an upgrade is refused without it rather than sent blind.
    """
    deployment_id = text(at(deployment, "id")) or "?"
    current = current_payload(deployment)
    if not current["resources"]:
        return Planned(deployment_id, REFUSED, reason="no resource with a current plan")
    if isinstance(change, Restart):
        return Planned(deployment_id, CHANGE, payload=current, diff=("restart every resource",))
    if isinstance(change, Upgrade):
        refusal = upgrade_refusal(deployment, change.to, stacks)
        if refusal == AT_TARGET:
            return Planned(deployment_id, AT_TARGET)
        if refusal is not None:
            return Planned(deployment_id, REFUSED, reason=refusal)
        planned = copy.deepcopy(current)
        for kind, resource in _resources(planned):
            resource["plan"].setdefault(kind, {})["version"] = change.to
    elif isinstance(change, Apply):
        planned = merge_patch(copy.deepcopy(current), change.patch)
        for path, value in change.sets:
            set_path(planned, path, value)
    else:
        saved = change.payloads.get(deployment_id)
        if saved is None:
            return Planned(deployment_id, REFUSED, reason="the journal has no saved plan for it")
        planned = copy.deepcopy(dict(saved))
    diff = diff_payloads(current, planned)
    if not diff:
        return Planned(deployment_id, AT_TARGET)
    return Planned(deployment_id, CHANGE, payload=_with_strategy(planned, strategy), diff=diff)


def upgrade_refusal(deployment: Any, to: str, stacks: Mapping[str, Any] | None) -> str | None:
    """Why ``deployment`` cannot go to ``to`` (``AT_TARGET`` when it is there), else ``None``."""
    target = _version_key(to)
    if target is None:
        return f"{to!r} is not a stack version"
    versions = deployment_versions(deployment)
    if not versions:
        return "no resource reports a version"
    newer = sorted(v for v in versions.values() if (k := _version_key(v)) is not None and k > target)
    if newer:
        return f"downgrade from {newer[-1]} to {to} refused"
    if all(v == to for v in versions.values()):
        return AT_TARGET
    return _offer_refusal(versions, to, stacks) or _configuration_refusal(deployment, target)


def _offer_refusal(versions: Mapping[str, str], to: str, stacks: Mapping[str, Any] | None) -> str | None:
    if stacks is None:
        return "the installation's stack versions could not be read"
    config = stacks.get(to)
    if config is None or at(config, "deleted") is True:
        return f"version {to} is not offered by this installation"
    current = versions.get("elasticsearch")
    floor = text(at(config, "min_upgradable_from"))
    floor_key = _version_key(floor or "")
    if current and floor and floor_key and (_version_key(current) or ()) < floor_key:
        return f"{to} can only be reached from {floor} or later (runs {current}): upgrade in steps"
    upgradable = [v for v in items(at(stacks.get(current or ""), "upgradable_to")) if isinstance(v, str)]
    if current and upgradable and to not in upgradable:
        return f"{current} cannot upgrade to {to} (offered: {', '.join(upgradable)})"
    return None


def _configuration_refusal(deployment: Any, target: tuple[int, ...]) -> str | None:
    if target[0] < 8:
        return None
    for resource in items(at(deployment, "resources", "appsearch")):
        if text(at(resource, "info", "status")) != "stopped":
            return "App Search does not exist in 8.x: migrate it to Enterprise Search first"
    for resource in items(at(deployment, "resources", "elasticsearch")):
        topology = items(at(resource, "info", "plan_info", "current", "plan", "cluster_topology"))
        for element in topology:
            if at(element, "node_type") is not None and at(element, "node_roles") is None:
                name = text(at(element, "instance_configuration_id")) or text(at(element, "id")) or "?"
                return (
                    f"legacy instance configuration {name} (node_type, no node_roles) blocks 8.x: "
                    "migrate the deployment to node roles first"
                )
    return None
