"""Findings: what an operator should act on, from built-in rules with tunable thresholds.

Every rule has a name, a default severity and thresholds; a rules file (TOML)
may switch a rule off, change its severity or its thresholds::

    [rules.snapshot_stale]
    max_age_hours = 12

    [rules.maintenance_mode]
    enabled = false

    [rules.version_behind]
    severity = "high"
    newest = "8.15"        # compare with this instead of the newest version in the fleet

Unknown rules, unknown settings and values of the wrong type are errors that
name the offending key, so a typo never silently switches a check off.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs

from .._record import Record
from ._toml import read_toml

#: From least to most severe.
SEVERITIES = ("low", "medium", "high", "critical")
_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@attrs.frozen
class Finding(Record):
    """One thing to act on: which rule found it, how severe it is, and what it is."""

    rule: str
    severity: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "severity": self.severity, "message": self.message}


def severity_rank(severity: str) -> int:
    return _RANK.get(severity, -1)


def worst_severity(findings: Iterable[Finding]) -> str | None:
    """The first of the most severe findings' severity (``None`` without findings); read per row
    when a table is sorted and drawn, so a plain loop rather than ``max`` over a generator."""
    worst, worst_rank = None, -2
    for finding in findings:
        rank = _RANK.get(finding.severity, -1)
        if rank > worst_rank:
            worst, worst_rank = finding.severity, rank
    return worst


def at_or_above(findings: Iterable[Finding], severity: str) -> bool:
    """Whether any finding is at least as severe as ``severity`` (the ``--fail-on`` test)."""
    threshold = severity_rank(severity)
    return any(severity_rank(f.severity) >= threshold for f in findings)


@attrs.frozen
class RuleSpec(Record):
    """A built-in rule: default severity, thresholds (name -> default) and what it checks."""

    severity: str
    description: str
    params: Mapping[str, Any] = attrs.field(factory=dict)


#: Every built-in rule. Deployment rules first, then the platform's.
RULES: dict[str, RuleSpec] = {
    "unhealthy": RuleSpec("critical", "a deployment, resource or instance reports itself unhealthy"),
    "plan_failed": RuleSpec("high", "the last plan of a resource failed"),
    "plan_pending_too_long": RuleSpec(
        "medium", "a plan has been in flight longer than max_minutes", {"max_minutes": 60}
    ),
    "mixed_versions": RuleSpec("high", "components of one deployment run different stack versions"),
    "version_behind": RuleSpec(
        "medium",
        "a stack version is min_minors or more behind the newest in the fleet (or `newest`)",
        {"min_minors": 1, "newest": ""},
    ),
    "end_of_life": RuleSpec(
        "medium",
        "a stack version's major is before oldest_supported_major",
        {"oldest_supported_major": 8},
    ),
    "single_zone": RuleSpec("medium", "an Elasticsearch data tier runs in one zone (no high availability)"),
    "no_snapshots": RuleSpec("high", "an Elasticsearch cluster has no successful snapshot (no repository?)"),
    "snapshot_stale": RuleSpec(
        "high", "the latest successful snapshot is older than max_age_hours", {"max_age_hours": 24}
    ),
    "memory_pressure": RuleSpec("high", "instances over max_percent memory pressure", {"max_percent": 75}),
    "disk_pressure": RuleSpec("high", "instances over max_percent disk used", {"max_percent": 85}),
    "maintenance_mode": RuleSpec("low", "instances (or allocators) in maintenance mode"),
    "allocator_over_capacity": RuleSpec(
        "high", "an allocator's memory is more than max_percent used", {"max_percent": 90}
    ),
    "zone_low_capacity": RuleSpec(
        "medium",
        "a zone's free memory is below min_ratio of the other zones' average",
        {"min_ratio": 0.5},
    ),
    "disconnected": RuleSpec("critical", "an allocator or runner is not connected"),
    "platform_unhealthy": RuleSpec("high", "an allocator, runner or proxy reports itself unhealthy"),
}


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the key."""


@attrs.frozen
class Rule(Record):
    """A rule as configured: on or off, its severity and thresholds."""

    name: str
    enabled: bool
    severity: str
    params: Mapping[str, Any]

    def __getitem__(self, param: str) -> Any:
        return self.params[param]

    def finding(self, message: str) -> Finding:
        return Finding(self.name, self.severity, message)


class Rules:
    """The configured rules (the built-in defaults, changed by an optional rules file)."""

    def __init__(
        self, overrides: Mapping[str, Mapping[str, Any]] | None = None, *, source: str = "rules"
    ) -> None:
        self._rules: dict[str, Rule] = {}
        overrides = dict(overrides or {})
        for name in overrides:
            if name not in RULES:
                raise RulesError(f"{source}: unknown rule [rules.{name}] (known: {', '.join(RULES)})")
        for name, spec in RULES.items():
            self._rules[name] = _configure(name, spec, overrides.get(name, {}), source)

    @classmethod
    def load(cls, path: str | Path) -> Rules:
        """Rules from a TOML file with ``[rules.<name>]`` tables."""
        data = read_toml(path, RulesError)
        unknown = sorted(set(data) - {"rules"})
        if unknown:
            raise RulesError(f"{path}: unknown top-level key {unknown[0]!r} (expected [rules.<name>] tables)")
        tables = data.get("rules", {})
        if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
            raise RulesError(f"{path}: [rules] must hold one table per rule")
        return cls(tables, source=str(path))

    def __getitem__(self, name: str) -> Rule:
        return self._rules[name]

    def enabled(self, name: str) -> Rule | None:
        rule = self._rules[name]
        return rule if rule.enabled else None


def _configure(name: str, spec: RuleSpec, table: Mapping[str, Any], source: str) -> Rule:
    where = f"{source}: [rules.{name}]"
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RulesError(f"{where} enabled must be true or false")
    severity = table.get("severity", spec.severity)
    if severity not in SEVERITIES:
        raise RulesError(f"{where} severity must be one of {', '.join(SEVERITIES)}")
    params = dict(spec.params)
    for key, value in table.items():
        if key in ("enabled", "severity"):
            continue
        if key not in spec.params:
            known = ", ".join(["enabled", "severity", *spec.params])
            raise RulesError(f"{where} has no setting {key!r} (known: {known})")
        problem = _problem(key, value, spec.params[key])
        if problem is not None:
            raise RulesError(f"{where} {key} {problem}")
        params[key] = value
    return Rule(name, enabled, str(severity), params)


#: Thresholds with a ceiling: a percentage or a ratio beyond it cannot be reached.
_CEILINGS = {"max_percent": 100, "min_ratio": 1}


def _problem(key: str, value: Any, default: Any) -> str | None:
    """What is wrong with a setting's value (``None``: nothing), so a typo never goes unnoticed."""
    if isinstance(default, bool) or isinstance(value, bool):  # bool is an int: never a threshold
        if isinstance(default, bool) and isinstance(value, bool):
            return None
        wanted = "true or false" if isinstance(default, bool) else "a number"
        return f"must be {wanted}, not {type(value).__name__}"
    if isinstance(default, (int, float)):
        if not isinstance(value, (int, float)):
            return f"must be a number, not {type(value).__name__}"
        if not math.isfinite(value):
            return f"must be a finite number, got {value!r}"
        if value < 0:
            return f"must be 0 or more, got {value!r}"
        ceiling = _CEILINGS.get(key)
        if ceiling is not None and value > ceiling:  # the rule could never fire: silently off
            return f"must be at most {ceiling:g} (above, the rule never finds anything), got {value!r}"
        return None
    if not isinstance(value, type(default)):
        return f"must be {type(default).__name__}, not {type(value).__name__}"
    if key == "newest" and value and parse_version(value) is None:
        return f"must be a stack version such as '8.15', got {value!r}"
    return None


# --- shared parsing ------------------------------------------------------------------------------


def parse_time(value: str | None) -> float | None:
    """Epoch seconds of an ECE timestamp (``2024-09-02T12:00:00.000Z``), ``None`` if unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.timestamp()


@functools.lru_cache(maxsize=256)
def parse_version(value: str | None) -> tuple[int, int, int] | None:
    """``(major, minor, patch)`` of a stack version such as ``8.15.1`` (a suffix is ignored)."""
    if not value:
        return None
    parts = value.split("-")[0].split(".")
    numbers = []
    for part in parts[:3]:
        if not part.isdigit():
            return None
        numbers.append(int(part))
    while len(numbers) < 3:
        numbers.append(0)
    return numbers[0], numbers[1], numbers[2]
