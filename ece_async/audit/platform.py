"""``ece-async audit --platform``: the installation itself (allocators, zones, runners, proxies).

One row per allocator, zone, runner and proxy, each with findings from the
platform rules (see :mod:`.findings`): an allocator over its capacity
threshold, a zone with much less free memory than the others, anything
disconnected or unhealthy, allocators in maintenance mode.  A handful of
requests whatever the fleet size: the allocator and runner search pages, and
the proxies.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._tolerant import at, flag, items, text
from ..errors import ECEError
from ..pagination import iter_allocator_pages, iter_runner_pages
from .findings import SEVERITIES, Finding, Rules, severity_rank
from .render import (
    REQUIRED,
    Column,
    errors_section,
    findings_cell,
    findings_section,
    json_document,
    json_line,
    table,
    unreachable_section,
)
from .runner import describe_error, plural

if TYPE_CHECKING:
    from ..client import ECEClient
    from .runner import Unreachable

PAGE_SIZE = 100


@attrs.define
class PlatformRow:
    """An allocator, zone, runner or proxy; memory in MB where it applies."""

    kind: str
    id: str
    zone: str | None = None
    connected: bool | None = None
    healthy: bool | None = None
    maintenance: bool | None = None
    memory_total_mb: int | None = None
    memory_used_mb: int | None = None
    instances: int | None = None
    roles: list[str] = attrs.field(factory=list)
    host: str | None = None
    findings: list[Finding] = attrs.field(factory=list)
    error: str | None = None
    installation: str | None = None

    @property
    def memory_free_mb(self) -> int | None:
        if self.memory_total_mb is None or self.memory_used_mb is None:
            return None
        return self.memory_total_mb - self.memory_used_mb

    @property
    def used_percent(self) -> float | None:
        if not self.memory_total_mb or self.memory_used_mb is None:
            return None
        return round(100.0 * self.memory_used_mb / self.memory_total_mb, 1)

    @property
    def status(self) -> str:
        if self.error is not None:
            return "error"
        parts = []
        if self.connected is False:
            parts.append("disconnected")
        if self.healthy is False:
            parts.append("unhealthy")
        if self.maintenance:
            parts.append("maintenance")
        return ",".join(parts) or "ok"


@attrs.define
class PlatformResult:
    rows: list[PlatformRow] = attrs.field(factory=list)
    requests: int = 0
    elapsed: float = 0.0
    notes: list[str] = attrs.field(factory=list)
    installation: str | None = None
    interrupted: bool = False

    @property
    def severities(self) -> Counter[str]:
        return Counter(f.severity for row in self.rows for f in row.findings)

    @property
    def failed(self) -> int:
        return sum(1 for row in self.rows if row.error is not None)

    @property
    def complete(self) -> bool:
        return not self.failed and not self.interrupted

    def summary_line(self) -> str:
        where = f"{self.installation}: " if self.installation else ""
        kinds = Counter(row.kind for row in self.rows if row.error is None)
        counts = ", ".join(
            f"{kinds[kind]} {plural}"
            for kind, plural in (
                ("allocator", "allocators"),
                ("zone", "zones"),
                ("runner", "runners"),
                ("proxy", "proxies"),
            )
        )
        severities = self.severities
        found = ", ".join(f"{severities[s]} {s}" for s in reversed(SEVERITIES) if severities[s])
        return (
            f"{where}{counts}, {sum(severities.values())} findings{f' ({found})' if found else ''}, "
            f"{self.failed} failed, {plural(self.requests, 'request')}, {self.elapsed:.1f}s"
        ) + (" (interrupted)" if self.interrupted else "")

    def totals(self) -> dict[str, Any]:
        severities = self.severities
        return {
            "installation": self.installation,
            "rows": len(self.rows),
            "failed": self.failed,
            "findings": {s: severities[s] for s in reversed(SEVERITIES)},
            "requests": self.requests,
            "elapsed": round(self.elapsed, 3),
            "notes": list(self.notes),
        }


# --- reading -------------------------------------------------------------------------------------


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def allocator_row(allocator: Any) -> PlatformRow:
    return PlatformRow(
        kind="allocator",
        id=text(at(allocator, "allocator_id")) or "?",
        zone=text(at(allocator, "zone_id")),
        connected=flag(at(allocator, "status", "connected")),
        healthy=flag(at(allocator, "status", "healthy")),
        maintenance=flag(at(allocator, "status", "maintenance_mode")),
        memory_total_mb=_int(at(allocator, "capacity", "memory", "total")),
        memory_used_mb=_int(at(allocator, "capacity", "memory", "used")),
        instances=len(items(at(allocator, "instances"))),
        host=text(at(allocator, "host_ip")),
    )


def runner_row(runner: Any) -> PlatformRow:
    return PlatformRow(
        kind="runner",
        id=text(at(runner, "runner_id")) or "?",
        zone=text(at(runner, "zone")),
        connected=flag(at(runner, "connected")),
        healthy=flag(at(runner, "healthy")),
        instances=len(items(at(runner, "containers"))),
        roles=sorted(r for r in (text(at(role, "role_name")) for role in items(at(runner, "roles"))) if r),
        host=text(at(runner, "host_ip")),
    )


def proxy_row(proxy: Any) -> PlatformRow:
    return PlatformRow(
        kind="proxy",
        id=text(at(proxy, "proxy_id")) or "?",
        zone=text(at(proxy, "zone")),
        healthy=flag(at(proxy, "healthy")),
        host=text(at(proxy, "host_ip")),
    )


def zone_rows(allocators: Sequence[PlatformRow]) -> list[PlatformRow]:
    """One row per zone: the memory of its connected allocators that are not in maintenance."""
    zones: dict[str, PlatformRow] = {}
    for a in allocators:
        zone = zones.setdefault(a.zone or "?", PlatformRow("zone", a.zone or "?", zone=a.zone, instances=0))
        zone.instances = (zone.instances or 0) + (a.instances or 0)
        if a.connected is False or a.maintenance or a.memory_total_mb is None:
            continue
        zone.memory_total_mb = (zone.memory_total_mb or 0) + a.memory_total_mb
        zone.memory_used_mb = (zone.memory_used_mb or 0) + (a.memory_used_mb or 0)
    return list(zones.values())


# --- rules ---------------------------------------------------------------------------------------


def check_platform(rows: Sequence[PlatformRow], rules: Rules) -> None:
    """Attach the platform findings to ``rows`` (zone findings compare zones with each other)."""
    for row in rows:
        row.findings.extend(_row_findings(row, rules))
    zones = [row for row in rows if row.kind == "zone"]
    rule = rules.enabled("zone_low_capacity")
    if rule is not None and len(zones) > 1:
        for zone in zones:
            others = [z.memory_free_mb or 0 for z in zones if z is not zone]
            average = sum(others) / len(others)
            free = zone.memory_free_mb or 0
            if average > 0 and free < float(rule["min_ratio"]) * average:
                zone.findings.append(
                    rule.finding(
                        f"zone {zone.id} has {free / 1024:.0f} GB free, "
                        f"other zones {average / 1024:.0f} GB on average"
                    )
                )
    for row in rows:
        row.findings.sort(key=lambda f: -severity_rank(f.severity))


def _row_findings(row: PlatformRow, rules: Rules) -> list[Finding]:
    found = []
    label = f"{row.kind} {row.id}"
    if row.connected is False and (rule := rules.enabled("disconnected")):
        found.append(rule.finding(f"{label} is disconnected"))
    if row.healthy is False and (rule := rules.enabled("platform_unhealthy")):
        found.append(rule.finding(f"{label} is unhealthy"))
    if row.kind == "allocator":
        if row.maintenance and (rule := rules.enabled("maintenance_mode")):
            found.append(rule.finding(f"{label} is in maintenance mode"))
        used = row.used_percent
        if used is not None and (rule := rules.enabled("allocator_over_capacity")):
            if used > float(rule["max_percent"]):
                found.append(
                    rule.finding(f"{label} memory {used:g}% used (threshold {rule['max_percent']}%)")
                )
    return found


# --- running -------------------------------------------------------------------------------------


async def _collect_pages(pages: Any, rows: Any, result: PlatformResult, make: Any) -> list[PlatformRow]:
    """The rows of every page; each step of the walk that answers or fails was one request sent."""
    out: list[PlatformRow] = []
    while True:
        try:
            page = await anext(pages)
        except StopAsyncIteration:
            return out
        except ECEError:
            result.requests += 1
            raise
        result.requests += 1
        out.extend(make(item) for item in rows(page))


def _allocators(page: Any) -> list[Any]:
    return [a for zone in items(at(page, "zones")) for a in items(at(zone, "allocators"))]


def _runners(page: Any) -> list[Any]:
    return items(at(page, "runners"))


async def _proxies(client: ECEClient, result: PlatformResult) -> list[PlatformRow]:
    result.requests += 1
    overview = await client.platform_infrastructure.get_proxies()
    return [proxy_row(p) for p in items(at(overview, "proxies"))]


async def run_platform_audit(
    client: ECEClient, *, rules: Rules | None = None, installation: str | None = None
) -> PlatformResult:
    """Audit the installation's allocators, zones, runners and proxies.

    A part that cannot be read (e.g. an API key without platform rights) becomes
    an error row; the others are still reported.  When no part can be read, the
    installation is unreachable (refused connection, wrong key, not the ECE API):
    the first error is raised, as :func:`.run_audit` raises when it cannot list.
    """
    rules = rules if rules is not None else Rules()
    result = PlatformResult(installation=installation)
    started = time.monotonic()
    parts = {
        "allocators": _collect_pages(
            iter_allocator_pages(client, page_size=PAGE_SIZE), _allocators, result, allocator_row
        ),
        "runners": _collect_pages(
            iter_runner_pages(client, page_size=PAGE_SIZE), _runners, result, runner_row
        ),
        "proxies": _proxies(client, result),
    }
    try:
        outcomes = await asyncio.gather(*parts.values(), return_exceptions=True)
    except asyncio.CancelledError:
        result.interrupted = True
        raise
    failures = [outcome for outcome in outcomes if isinstance(outcome, ECEError)]
    if len(failures) == len(outcomes):
        raise failures[0]
    for name, outcome in zip(parts, outcomes, strict=True):
        if isinstance(outcome, ECEError):
            kind = {"allocators": "allocator", "runners": "runner", "proxies": "proxy"}[name]
            result.rows.append(PlatformRow(kind=kind, id="-", error=describe_error(outcome)))
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            result.rows.extend(outcome)
            if name == "allocators":
                result.rows.extend(zone_rows(outcome))
    check_platform(result.rows, rules)
    for row in result.rows:
        row.installation = installation
    result.elapsed = time.monotonic() - started
    return result


# --- output --------------------------------------------------------------------------------------

PLATFORM_COLUMNS = (
    Column("installation", 95, shrink_to=10),
    Column("kind", REQUIRED),
    Column("id", REQUIRED),
    Column("zone", 80, shrink_to=8),
    Column("status", REQUIRED),
    Column("findings", REQUIRED),
    Column("memory_gb", 70, right=True),
    Column("used_gb", 60, right=True),
    Column("free_gb", 65, right=True),
    Column("used_pct", 75, right=True),
    Column("instances", 50, right=True),
    Column("roles", 40, shrink_to=12),
    Column("host", 30),
)


def _gb(mb: int | None) -> str:
    return "" if mb is None else f"{mb / 1024:.0f}"


def platform_cells(row: PlatformRow) -> dict[str, str]:
    used = row.used_percent
    return {
        "installation": row.installation or "",
        "kind": row.kind,
        "id": row.id,
        "zone": row.zone or "",
        "status": row.status,
        "findings": findings_cell(row.findings) if row.error is None else "",
        "memory_gb": _gb(row.memory_total_mb),
        "used_gb": _gb(row.memory_used_mb),
        "free_gb": _gb(row.memory_free_mb),
        "used_pct": "" if used is None else f"{used:.0f}%",
        "instances": "" if row.instances is None else str(row.instances),
        "roles": ",".join(row.roles),
        "host": row.host or "",
    }


def platform_json(row: PlatformRow) -> dict[str, Any]:
    out = {k: v for k, v in attrs.asdict(row, recurse=False).items() if k != "findings"}
    out.update(status=row.status, memory_free_mb=row.memory_free_mb, used_percent=row.used_percent)
    out["findings"] = [f.as_dict() for f in row.findings]
    return out


def platform_report(
    results: Sequence[PlatformResult],
    fmt: str,
    width: int | None,
    *,
    unreachable: Sequence[Unreachable] = (),
) -> str:
    """The whole ``--platform`` report in ``fmt`` (jsonl included: a few rows, written at once)."""
    import csv
    import io

    rows = [row for result in results for row in result.rows]
    totals: dict[str, Any] = (
        results[0].totals()
        if len(results) == 1 and not unreachable
        else {"installations": [r.totals() for r in results]}
    )
    totals["unreachable"] = [u.as_dict() for u in unreachable]
    if fmt == "json":
        return json_document([platform_json(r) for r in rows], totals, key="platform")
    if fmt == "jsonl":
        return "".join(json_line(platform_json(r)) for r in rows) + json_line({"summary": totals})
    if fmt == "csv":
        buffer = io.StringIO()
        names = [c.key for c in PLATFORM_COLUMNS] + ["error", "findings_detail"]
        writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for dead in unreachable:
            writer.writerow(
                {"installation": dead.installation or "", "status": "unreachable", "error": dead.error}
            )
        for row in rows:
            detail = " | ".join(f"{f.severity} {f.rule}: {f.message}" for f in row.findings)
            writer.writerow({**platform_cells(row), "error": row.error or "", "findings_detail": detail})
        return buffer.getvalue()

    def subject(row: PlatformRow) -> str:
        return f"{row.installation + '/' if row.installation else ''}{row.kind} {row.id}"

    out = table(PLATFORM_COLUMNS, [platform_cells(r) for r in rows], width)
    # Platform messages name their allocator, runner or zone already.
    out += findings_section(((r.installation or "", f) for r in rows for f in r.findings), width)
    out += errors_section(((subject(r), r.error) for r in rows if r.error is not None), width)
    return out + unreachable_section(unreachable, width)
