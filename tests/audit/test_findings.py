"""Each built-in rule fires on its trigger alone, thresholds and switches come from the rules file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ece_async.audit.checks import FleetVersions, check_deployment
from ece_async.audit.findings import RULES, Rules, RulesError, at_or_above, parse_version
from ece_async.audit.summary import DeploymentSummary

from .audit_data import NOW, deployment_data, summary_of


def _es(data: dict[str, Any]) -> dict[str, Any]:
    info: dict[str, Any] = data["resources"]["elasticsearch"][0]["info"]
    return info


def _rules_found(data: dict[str, Any], rules: Rules | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in check_deployment(summary_of(data), rules or Rules(), NOW):
        found.setdefault(finding.rule, []).append(finding.message)
    return found


def _iso(seconds_ago: float) -> str:
    from datetime import datetime, timezone

    return datetime.fromtimestamp(NOW - seconds_ago, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _with_snapshots(data: dict[str, Any], **snapshots: Any) -> dict[str, Any]:
    _es(data)["snapshots"] = {"healthy": True, "count": 10, "recent_success": True, **snapshots}
    return data


def _clean() -> dict[str, Any]:
    data = _with_snapshots(deployment_data(), latest_successful_end_time=_iso(600))
    _es(data)["plan_info"]["current"]["plan"]["cluster_topology"] = [
        {"id": "hot_content", "size": {"value": 4096}, "zone_count": 2, "node_roles": ["data_hot"]}
    ]
    return data


def test_a_clean_deployment_has_no_findings() -> None:
    assert _rules_found(_clean()) == {}


def _unhealthy_deployment(data: dict[str, Any]) -> None:
    data["healthy"] = False


def _unhealthy_instance(data: dict[str, Any]) -> None:
    _es(data)["topology"]["instances"][0]["healthy"] = False


def _failed_plan(data: dict[str, Any]) -> None:
    _es(data)["plan_info"]["healthy"] = False


def _stuck_plan(data: dict[str, Any]) -> None:
    _es(data)["plan_info"]["pending"] = {"attempt_start_time": _iso(2 * 3600), "plan_attempt_log": []}


def _mixed(data: dict[str, Any]) -> None:
    data["resources"]["kibana"][0]["info"]["plan_info"]["current"]["plan"]["kibana"]["version"] = "8.14.3"


def _end_of_life(data: dict[str, Any]) -> None:
    _es(data)["plan_info"]["current"]["plan"]["elasticsearch"]["version"] = "7.17.24"
    data["resources"]["kibana"][0]["info"]["plan_info"]["current"]["plan"]["kibana"]["version"] = "7.17.24"
    for instance in (
        _es(data)["topology"]["instances"] + data["resources"]["kibana"][0]["info"]["topology"]["instances"]
    ):
        instance["service_version"] = "7.17.24"


def _single_zone(data: dict[str, Any]) -> None:
    _es(data)["plan_info"]["current"]["plan"]["cluster_topology"][0]["zone_count"] = 1


def _no_snapshots(data: dict[str, Any]) -> None:
    _es(data)["snapshots"] = {"healthy": False, "count": 0, "recent_success": False}


def _stale_snapshot(data: dict[str, Any]) -> None:
    _es(data)["snapshots"]["latest_successful_end_time"] = _iso(30 * 3600)


def _memory_pressure(data: dict[str, Any]) -> None:
    _es(data)["topology"]["instances"][1]["memory"]["memory_pressure"] = 91


def _disk_pressure(data: dict[str, Any]) -> None:
    _es(data)["topology"]["instances"][0]["disk"] = {
        "disk_space_used": 900,
        "disk_space_available": 1000,
        "storage_multiplier": 1.0,
    }


def _maintenance(data: dict[str, Any]) -> None:
    _es(data)["topology"]["instances"][0]["maintenance_mode"] = True


TRIGGERS = {
    "unhealthy": (_unhealthy_deployment, "deployment unhealthy"),
    "unhealthy ": (
        _unhealthy_instance,
        "elasticsearch:main-elasticsearch unhealthy: 1/2 instances unhealthy",
    ),
    "plan_failed": (_failed_plan, "elasticsearch:main-elasticsearch last plan failed"),
    "plan_pending_too_long": (
        _stuck_plan,
        "elasticsearch:main-elasticsearch plan pending for 120 min (step queued)",
    ),
    "mixed_versions": (_mixed, "components on different versions: 8.14.3, 8.15.0"),
    "end_of_life": (_end_of_life, "end-of-life stack version 7.17.24 (supported: 8.x and later)"),
    "single_zone": (_single_zone, "elasticsearch:main-elasticsearch data tier hot_content in a single zone"),
    "no_snapshots": (_no_snapshots, "elasticsearch:main-elasticsearch has no successful snapshot"),
    "snapshot_stale": (
        _stale_snapshot,
        "elasticsearch:main-elasticsearch latest successful snapshot is 30 h old",
    ),
    "memory_pressure": (_memory_pressure, "1 instance(s) over 75% memory pressure (max 91% on i-1)"),
    "disk_pressure": (_disk_pressure, "1 instance(s) over 85% disk used (max 90% on i-0)"),
    "maintenance_mode": (_maintenance, "instances in maintenance mode: i-0"),
}


@pytest.mark.parametrize("key", sorted(TRIGGERS))
def test_each_rule_fires_on_its_trigger_alone_and_can_be_switched_off(key: str) -> None:
    trigger, message = TRIGGERS[key]
    data = _clean()
    trigger(data)
    rule = key.strip()
    found = _rules_found(data)
    assert list(found) == [rule], found
    assert any(message in text for text in found[rule]), found[rule]
    assert _rules_found(data, Rules({rule: {"enabled": False}})) == {}
    (finding,) = check_deployment(summary_of(data), Rules({rule: {"severity": "low"}}), NOW)
    assert finding.severity == "low"


def test_thresholds_come_from_the_rules(tmp_path: Path) -> None:
    data = _clean()
    _stale_snapshot(data)
    _memory_pressure(data)
    path = tmp_path / "rules.toml"
    path.write_text(
        "[rules.snapshot_stale]\nmax_age_hours = 48\n\n[rules.memory_pressure]\nmax_percent = 95\n",
        encoding="utf-8",
    )
    assert _rules_found(data, Rules.load(path)) == {}
    assert set(_rules_found(data)) == {"snapshot_stale", "memory_pressure"}


def test_stopped_resources_do_not_report_snapshots_or_zones() -> None:
    data = _clean()
    _no_snapshots(data)
    _single_zone(data)
    _es(data)["status"] = "stopped"
    assert _rules_found(data) == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[rules.nope]\n", "unknown rule [rules.nope]"),
        ("[rules.snapshot_stale]\nmax_age = 3\n", "has no setting 'max_age'"),
        ("[rules.snapshot_stale]\nmax_age_hours = 'x'\n", "max_age_hours must be a number, not str"),
        ("[rules.snapshot_stale]\nmax_age_hours = true\n", "max_age_hours must be a number, not bool"),
        ("[rules.snapshot_stale]\nmax_age_hours = -1\n", "max_age_hours must be 0 or more, got -1"),
        ("[rules.snapshot_stale]\nmax_age_hours = nan\n", "max_age_hours must be a finite number, got nan"),
        ("[rules.snapshot_stale]\nmax_age_hours = inf\n", "max_age_hours must be a finite number, got inf"),
        (
            "[rules.version_behind]\nnewest = 'banana'\n",
            "newest must be a stack version such as '8.15', got 'banana'",
        ),
        (
            "[rules.version_behind]\nnewest = 'v8'\n",
            "newest must be a stack version such as '8.15', got 'v8'",
        ),
        ("[rules.version_behind]\nnewest = 8.15\n", "newest must be str, not float"),
        ("[rules.snapshot_stale]\nenabled = 'no'\n", "enabled must be true or false"),
        (
            "[rules.snapshot_stale]\nseverity = 'urgent'\n",
            "severity must be one of low, medium, high, critical",
        ),
        (
            "[rules.memory_pressure]\nmax_percent = 150\n",
            "[rules.memory_pressure] max_percent must be at most 100",
        ),
        ("[rules.allocator_over_capacity]\nmax_percent = 100.5\n", "max_percent must be at most 100"),
        ("[rules.zone_low_capacity]\nmin_ratio = 2\n", "min_ratio must be at most 1"),
        ("threshold = 3\n", "unknown top-level key 'threshold'"),
        ("[rules\n", "not valid TOML"),
    ],
)
def test_bad_rules_files_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Rules.load(path)
    with pytest.raises(RulesError, match="no such file"):
        Rules.load(tmp_path / "missing.toml")


def _versions(deployment_id: str, *versions: str) -> DeploymentSummary:
    data = deployment_data(id=deployment_id)
    data["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"]["plan"]["elasticsearch"][
        "version"
    ] = versions[0]
    summary = summary_of(data)
    summary.id = deployment_id
    for resource, version in zip(summary.resources, versions, strict=False):
        resource.version = version
    return summary


def test_version_behind_compares_with_the_newest_in_the_fleet_or_the_configured_one() -> None:
    fleet = FleetVersions.of(Rules())
    for summary in (
        _versions("new", "8.15.1", "8.15.1"),
        _versions("minor", "8.14.3", "8.14.3"),
        _versions("major", "7.17.24", "7.17.24"),
        _versions("patch", "8.15.0", "8.15.0"),
    ):
        fleet.add(summary)
    found = fleet.findings()
    assert sorted(found) == ["major", "minor"]
    assert found["minor"].message == "stack 8.14 is behind the fleet's newest 8.15"
    assert found["minor"].severity == "medium"
    two_minors = FleetVersions.of(Rules({"version_behind": {"min_minors": 2}}))
    for summary in (_versions("new", "8.15.1"), _versions("minor", "8.14.3")):
        two_minors.add(summary)
    assert two_minors.findings() == {}
    pinned = FleetVersions.of(Rules({"version_behind": {"newest": "8.16"}}))
    pinned.add(_versions("new", "8.15.1"))
    assert list(pinned.findings()) == ["new"]
    assert FleetVersions.of(Rules({"version_behind": {"enabled": False}})).findings() == {}


def test_the_fleet_keeps_each_distinct_set_of_versions_once() -> None:
    """``seen`` holds an entry per deployment for the whole run: equal version sets share one tuple."""
    fleet = FleetVersions.of(Rules())
    for n in range(3):
        fleet.add(_versions(f"a{n}", "8.15.1", "8.15.0"))
        fleet.add(_versions(f"b{n}", "7.17.24", "7.17.24"))
    assert fleet.seen["a0"] == ((8, 15),) and fleet.seen["b0"] == ((7, 17),)
    assert len({id(v) for v in fleet.seen.values()}) == 2


def test_fail_on_threshold() -> None:
    from ece_async.audit.findings import Finding

    findings = [Finding("x", "medium", "m")]
    assert at_or_above(findings, "low") and at_or_above(findings, "medium")
    assert not at_or_above(findings, "high")


def test_every_rule_is_documented_with_a_known_severity() -> None:
    assert all(
        spec.severity in ("low", "medium", "high", "critical") and spec.description for spec in RULES.values()
    )
    assert (
        parse_version("8.15.1") == (8, 15, 1) and parse_version("8.x") is None and parse_version(None) is None
    )
