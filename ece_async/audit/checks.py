"""The deployment rules: from a :class:`DeploymentSummary` to its findings.

Each check is a small function over the summary's facts, so a rule can be
tested with a hand-made summary.  ``version_behind`` compares with the newest
version in the whole fleet, which is only known at the end: :class:`FleetVersions`
collects what it needs as rows pass (a few bytes per deployment, never the rows).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence

import attrs

from .findings import Finding, Rule, Rules, parse_time, parse_version, severity_rank
from .summary import DeploymentSummary, ResourceSummary

Check = Callable[[DeploymentSummary, Rule, float], Iterator[Finding]]


def _unhealthy(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    found = False
    for r in summary.resources:
        if r.healthy is False or r.unhealthy_instances:
            found = True
            detail = (
                f"{r.unhealthy_instances}/{r.instances} instances unhealthy" if r.unhealthy_instances else ""
            )
            yield rule.finding(f"{r.label} unhealthy" + (f": {detail}" if detail else ""))
    if summary.healthy is False and not found:
        yield rule.finding("deployment unhealthy")


def _plan_failed(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    for r in summary.resources:
        if r.last_plan == "failed":
            yield rule.finding(f"{r.label} last plan failed")


def _plan_pending_too_long(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    limit = float(rule["max_minutes"]) * 60
    for r in summary.resources:
        started = parse_time(r.pending_since)
        if started is not None and now - started > limit:
            minutes = int((now - started) // 60)
            yield rule.finding(f"{r.label} plan pending for {minutes} min (step {r.pending_step or '?'})")


def _mixed_versions(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    versions: set[str] = set()
    for r in summary.resources:
        if not r.stopped:
            if r.version:
                versions.add(r.version)
            versions.update(r.instance_versions)
    if len(versions) > 1:
        yield rule.finding("components on different versions: " + ", ".join(sorted(versions)))


def _end_of_life(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    oldest = int(rule["oldest_supported_major"])
    old = sorted(
        {v for v in summary.versions.values() if (p := parse_version(v)) is not None and p[0] < oldest}
    )
    if old:
        yield rule.finding(f"end-of-life stack version {', '.join(old)} (supported: {oldest}.x and later)")


def _single_zone(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    for r in summary.resources:
        if r.single_zone_tiers and not r.stopped:
            yield rule.finding(f"{r.label} data tier {', '.join(r.single_zone_tiers)} in a single zone")


def _running_elasticsearch(summary: DeploymentSummary) -> Iterator[ResourceSummary]:
    for r in summary.resources:
        if r.kind == "elasticsearch" and not r.stopped and r.instances:
            yield r


def _no_snapshots(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    for r in _running_elasticsearch(summary):
        if r.snapshot_count == 0 and r.last_snapshot is None:
            yield rule.finding(f"{r.label} has no successful snapshot (is a snapshot repository configured?)")


def _snapshot_stale(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    limit = float(rule["max_age_hours"]) * 3600
    for r in _running_elasticsearch(summary):
        last = parse_time(r.last_snapshot)
        if last is not None and now - last > limit:
            yield rule.finding(f"{r.label} latest successful snapshot is {int((now - last) // 3600)} h old")


def _pressure(
    pairs: Sequence[tuple[str, float]] | Sequence[tuple[str, int]], limit: float, what: str, label: str
) -> str | None:
    """How many instances are over ``limit``, and the worst (the first of equals); one pass."""
    over = 0
    worst: tuple[str, float] | None = None
    for name, value in pairs:
        if value > limit:
            over += 1
            if worst is None or value > worst[1]:
                worst = (name, value)
    if worst is None:
        return None
    return f"{label} {over} instance(s) over {limit:g}% {what} (max {worst[1]:g}% on {worst[0]})"


def _memory_pressure(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    limit = float(rule["max_percent"])
    for r in summary.resources:
        message = (
            _pressure(r.memory_pressure, limit, "memory pressure", r.label) if r.memory_pressure else None
        )
        if message:
            yield rule.finding(message)


def _disk_pressure(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    limit = float(rule["max_percent"])
    for r in summary.resources:
        message = _pressure(r.disk_pressure, limit, "disk used", r.label) if r.disk_pressure else None
        if message:
            yield rule.finding(message)


def _maintenance_mode(summary: DeploymentSummary, rule: Rule, now: float) -> Iterator[Finding]:
    for r in summary.resources:
        if r.maintenance_instances:
            names = ", ".join(r.maintenance_instances)
            yield rule.finding(f"{r.label} instances in maintenance mode: {names}")


#: Per-deployment checks, in the order their findings are listed.
CHECKS: dict[str, Check] = {
    "unhealthy": _unhealthy,
    "plan_failed": _plan_failed,
    "plan_pending_too_long": _plan_pending_too_long,
    "mixed_versions": _mixed_versions,
    "end_of_life": _end_of_life,
    "single_zone": _single_zone,
    "no_snapshots": _no_snapshots,
    "snapshot_stale": _snapshot_stale,
    "memory_pressure": _memory_pressure,
    "disk_pressure": _disk_pressure,
    "maintenance_mode": _maintenance_mode,
}


def check_deployment(summary: DeploymentSummary, rules: Rules, now: float) -> list[Finding]:
    """The findings of one deployment (rules that need the whole fleet come from :class:`FleetVersions`)."""
    if summary.error is not None:
        return []
    findings: list[Finding] = []
    for check, rule in _enabled_checks(rules):
        findings.extend(check(summary, rule, now))
    return findings


@functools.lru_cache(maxsize=16)
def _enabled_checks(rules: Rules) -> tuple[tuple[Check, Rule], ...]:
    """The checks ``rules`` switch on, looked up once per rules rather than per deployment."""
    enabled = ((check, rules.enabled(name)) for name, check in CHECKS.items())
    return tuple((check, rule) for check, rule in enabled if rule is not None)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: -severity_rank(f.severity))


@attrs.define
class FleetVersions:
    """The ``version_behind`` rule: each deployment's (major, minor) against the fleet's newest."""

    rule: Rule | None
    #: deployment id -> the (major, minor) versions it runs
    seen: dict[str, tuple[tuple[int, int], ...]] = attrs.field(factory=dict)
    #: Each distinct set of versions once: a fleet runs a handful, and ``seen`` holds one per
    #: deployment for the whole run (100 B saved a deployment, 10 MiB at 100,000).
    _distinct: dict[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = attrs.field(
        factory=dict, init=False, repr=False
    )

    @classmethod
    def of(cls, rules: Rules) -> FleetVersions:
        return cls(rules.enabled("version_behind"))

    def add(self, summary: DeploymentSummary) -> None:
        if self.rule is None or summary.error is not None:
            return
        versions = set()
        for r in summary.resources:
            parsed = parse_version(r.version) if not r.stopped else None
            if parsed is not None:
                versions.add(parsed[:2])
        if versions:
            found = tuple(sorted(versions))
            self.seen[summary.id] = self._distinct.setdefault(found, found)

    def newest(self) -> tuple[int, int] | None:
        configured = parse_version(str(self.rule["newest"])) if self.rule is not None else None
        if configured is not None:
            return configured[:2]
        return max((v for versions in self.seen.values() for v in versions), default=None)

    def findings(self) -> dict[str, Finding]:
        """deployment id -> its ``version_behind`` finding, for those behind the newest."""
        newest = self.newest()
        if self.rule is None or newest is None:
            return {}
        gap = int(self.rule["min_minors"])
        out = {}
        for deployment_id, versions in self.seen.items():
            oldest = versions[0]
            behind = oldest[0] < newest[0] or newest[1] - oldest[1] >= max(gap, 1)
            if oldest < newest and behind:
                text = f"{oldest[0]}.{oldest[1]}"
                out[deployment_id] = self.rule.finding(
                    f"stack {text} is behind the fleet's newest {newest[0]}.{newest[1]}"
                )
        return out
