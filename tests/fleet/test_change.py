"""plan_change and its helpers: pure JSON in, JSON out."""

from __future__ import annotations

from typing import Any

import pytest

from ece_async.fleet import Apply, Restart, Rollback, Upgrade, merge_patch, parse_set, plan_change, set_path

from .fake_ece import VERSIONS, FakeDeployment, FakeECE

STACKS = {s["version"]: s for s in FakeECE(0).stacks}


def deployment(version: str = "8.14.3") -> dict[str, Any]:
    return FakeDeployment(0, version, ("zone-1", "zone-2"), tags={}).body()


def test_an_upgrade_sets_every_resource_version_elasticsearch_first() -> None:
    planned = plan_change(Upgrade("8.15.1"), deployment(), stacks=STACKS, strategy="rolling")
    assert planned.verdict == "change" and planned.payload is not None
    resources = planned.payload["resources"]
    assert list(resources) == ["elasticsearch", "kibana"]
    assert resources["elasticsearch"][0]["plan"]["elasticsearch"]["version"] == "8.15.1"
    assert resources["kibana"][0]["plan"]["kibana"]["version"] == "8.15.1"
    assert resources["elasticsearch"][0]["plan"]["transient"] == {
        "strategy": {"rolling": {"group_by": "__zone__"}}
    }
    assert planned.payload["prune_orphans"] is False
    assert resources["kibana"][0]["elasticsearch_cluster_ref_id"] == "main-elasticsearch"
    assert len(planned.diff) == 2  # the strategy is no change of the deployment


@pytest.mark.parametrize(
    ("version", "to", "stacks", "reason"),
    [
        ("8.15.2", "8.15.1", STACKS, "downgrade from 8.15.2 to 8.15.1 refused"),
        ("8.14.3", "8.16.0", STACKS, "version 8.16.0 is not offered by this installation"),
        ("8.14.3", "8.15.1", None, "stack versions could not be read"),
        ("8.14.3", "8.15.1", {**STACKS, "8.14.3": {"upgradable_to": ["8.15.2"]}}, "8.14.3 cannot upgrade to"),
        ("8.14.3", "8.15.1", {**STACKS, "8.15.1": {"min_upgradable_from": "8.15.0"}}, "upgrade in steps"),
    ],
)
def test_an_upgrade_refuses_with_the_reason(
    version: str, to: str, stacks: dict[str, Any] | None, reason: str
) -> None:
    planned = plan_change(Upgrade(to), deployment(version), stacks=stacks)
    assert planned.verdict == "refused" and reason in (planned.reason or "")


def test_legacy_node_types_block_an_upgrade_to_8() -> None:
    legacy = deployment("7.17.9")
    topology = legacy["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"]["plan"][
        "cluster_topology"
    ]
    del topology[0]["node_roles"]
    topology[0]["node_type"] = {"data": True, "master": True}
    stacks = {"8.15.1": {"version": "8.15.1"}}
    planned = plan_change(Upgrade("8.15.1"), legacy, stacks=stacks)
    assert planned.verdict == "refused" and "legacy instance configuration data.default" in (
        planned.reason or ""
    )


def test_a_deployment_at_the_target_is_left_alone() -> None:
    assert plan_change(Upgrade(VERSIONS[1]), deployment(VERSIONS[1]), stacks=STACKS).verdict == "at_target"
    same = Apply(sets=(("resources.kibana.0.plan.cluster_topology.0.size.value", 1024),))
    assert plan_change(same, deployment()).verdict == "at_target"


def test_apply_merges_a_patch_and_sets_paths() -> None:
    patch = {"resources": {"kibana": [{"ref_id": "main-kibana", "region": "r", "plan": {"kibana": {}}}]}}
    planned = plan_change(Apply(patch), deployment())
    assert planned.verdict == "change" and planned.payload is not None
    assert planned.payload["resources"]["kibana"][0]["plan"] == {"kibana": {}}  # lists replace (RFC 7386)
    assert planned.payload["resources"]["elasticsearch"]  # untouched keys stay


def test_merge_patch_follows_rfc_7386() -> None:
    assert merge_patch({"a": {"b": 1, "c": 2}, "d": [1]}, {"a": {"b": None, "e": 3}, "d": [2]}) == {
        "a": {"c": 2, "e": 3},
        "d": [2],
    }


def test_set_path_indexes_lists_and_never_invents_items() -> None:
    payload: dict[str, Any] = {"r": [{"x": 1}, {"x": 2}]}
    assert set_path(payload, "r.*.x", 5) == 2 and payload == {"r": [{"x": 5}, {"x": 5}]}
    assert set_path(payload, "r.7.x", 1) == 0
    assert set_path(payload, "s.t", "v") == 1 and payload["s"] == {"t": "v"}
    assert set_path(payload, "k.*.x", 1) == 0 and "k" not in payload  # a resource it lacks
    assert parse_set("a.b=4096") == ("a.b", 4096)
    assert parse_set("a=hello") == ("a", "hello")
    with pytest.raises(ValueError, match="PATH=VALUE"):
        parse_set("nothing")


def test_restart_and_rollback_payloads() -> None:
    assert plan_change(Restart(), deployment()).verdict == "change"
    current = plan_change(Upgrade("8.15.1"), deployment(), stacks=STACKS).payload
    assert current is not None
    back = plan_change(Rollback({"x": current}), {**deployment(), "id": "x"})
    assert back.verdict == "change"
    assert plan_change(Rollback({}), deployment()).verdict == "refused"
