"""Audit output: a table that fits the terminal for people; JSON, JSON lines and CSV for machines.

The table never cuts what an operator acts on: when the terminal is narrow it
drops the least important columns first (cost, memory, instances, ...) and
shortens long cells with an ellipsis only in columns that allow it; the full
finding messages follow the table, wrapped rather than cut.  ``wide`` keeps
every column and every character.
"""

from __future__ import annotations

import json
import operator
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from .findings import SEVERITIES, Finding, severity_rank, worst_severity
from .summary import SHORT_KIND, DeploymentSummary, ResourceSummary

if TYPE_CHECKING:
    from .runner import Unreachable

FORMATS = ("table", "json", "jsonl", "csv")
_GAP = "  "


@attrs.frozen
class Column:
    """A table column; the lowest ``priority`` goes first when space runs out.

    A ``REQUIRED`` column is never dropped nor shortened (ids are what an operator
    copies into the next command), so it takes no ``shrink_to``.
    """

    key: str
    priority: int
    #: >0: the column may be cut to this width (with an ellipsis) instead of being dropped.
    shrink_to: int = attrs.field(default=0)
    #: Right-aligned (numbers).
    right: bool = False
    #: The header, when it is more than the key in capitals (a unit, a period).
    title: str = ""

    @shrink_to.validator
    def _never_shorten_required(self, _attribute: object, value: int) -> None:
        if value and self.priority >= REQUIRED:
            raise ValueError(f"column {self.key!r} is required: it is never shortened (no shrink_to)")

    @property
    def header(self) -> str:
        return self.title or self.key.upper()


#: Never dropped, whatever the width.
REQUIRED = 100


def _cut(cell: str, width: int) -> str:
    """Shortened in the middle: names differ at their ends (``-prod``, ``-2``) as often as at
    their starts, so both ends stay and rows remain told apart."""
    if len(cell) <= width:
        return cell
    if width < 2:
        return "…"[:width]
    tail = (width - 1) // 2
    return cell[: width - 1 - tail] + "…" + (cell[-tail:] if tail else "")


def _columns_of(columns: Sequence[Column], rows: Sequence[dict[str, str]]) -> dict[str, list[str]]:
    """Each column's cells, read once from the rows: fitting and drawing both walk columns."""
    return {c.key: [row.get(c.key, "") for row in rows] for c in columns}


def fit_columns(
    columns: Sequence[Column], rows: Sequence[dict[str, str]], width: int | None
) -> tuple[list[Column], dict[str, int]]:
    """The columns to show and their widths, so rows fit in ``width`` (``None``: everything)."""
    return _fit(columns, _columns_of(columns, rows), width)


def _fit(
    columns: Sequence[Column], cells: dict[str, list[str]], width: int | None
) -> tuple[list[Column], dict[str, int]]:
    """:func:`fit_columns` over cells by column.

    A column is shown when a row has something in it (or it is required), as wide as its
    longest cell or header: one pass over each column's cells, for tables of 50,000 rows.
    """
    shown: list[Column] = []
    widths: dict[str, int] = {}
    for column in columns:
        longest = max(map(len, cells[column.key]), default=0)
        if longest or column.priority >= REQUIRED:
            shown.append(column)
            widths[column.key] = max(longest, len(column.header))

    def total() -> int:
        return sum(widths[c.key] for c in shown) + len(_GAP) * (len(shown) - 1)

    if width is None:
        return shown, widths
    for column in sorted(shown, key=lambda c: c.priority):
        if total() <= width:
            break
        if column.shrink_to:
            widths[column.key] = max(
                column.shrink_to, len(column.header), widths[column.key] - (total() - width)
            )
        elif column.priority < REQUIRED:
            shown.remove(column)
    for column in sorted(shown, key=lambda c: c.priority):
        if total() <= width:
            break
        if column.priority < REQUIRED:
            shown.remove(column)
    return shown, widths


def table(columns: Sequence[Column], rows: Sequence[dict[str, str]], width: int | None) -> str:
    cells = _columns_of(columns, rows)
    return _drawn(*_fit(columns, cells, width), cells, len(rows))


def _drawn(shown: Sequence[Column], widths: dict[str, int], cells: dict[str, list[str]], count: int) -> str:
    """The table of :func:`_fit`'s choice: cells padded (numbers to the right), cut where narrowed.
    Built column by column, so a cell is cut only in a column narrower than its longest."""
    if not shown:
        return "\n" * (count + 1)
    columns = [_padded(c, widths[c.key], [c.header, *cells[c.key]]) for c in shown]
    return "".join(_GAP.join(line).rstrip() + "\n" for line in zip(*columns, strict=True))


def _padded(column: Column, width: int, cells: list[str]) -> list[str]:
    if max(map(len, cells)) > width:
        cells = [_cut(cell, width) for cell in cells]
    return [cell.rjust(width) for cell in cells] if column.right else [cell.ljust(width) for cell in cells]


def findings_cell(findings: Sequence[Finding]) -> str:
    """``critical (3)``: the worst severity and how many findings there are."""
    worst = worst_severity(findings)
    return f"{worst} ({len(findings)})" if worst else "-"


def _wrap(text: str, width: int, indent: str) -> list[str]:
    """Wrapped, never cut: long words (ids, URLs) stay whole."""
    return textwrap.wrap(
        text, width=max(width, 40), subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def findings_section(
    entries: Iterable[tuple[str, Finding]], width: int | None, title: str = "FINDINGS"
) -> str:
    """Every finding in full, worst first: ``severity  subject  message (rule)``, wrapped to ``width``."""
    ordered = sorted(entries, key=lambda entry: -severity_rank(entry[1].severity))
    if not ordered:
        return ""
    counts = {s: sum(1 for _, f in ordered if f.severity == s) for s in reversed(SEVERITIES)}
    head = f"{title}: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    indent = " " * 10
    lines = ["", head]
    for subject, finding in ordered:
        where = f"{subject}  " if subject else ""
        text = f"{finding.severity:<8}  {where}{finding.message} ({finding.rule})"
        if width is None or len(text) <= width:
            lines.append(text)
        else:
            lines.extend(_wrap(text, width, indent))
    return "\n".join(lines) + "\n"


def errors_section(entries: Iterable[tuple[str, str]], width: int | None) -> str:
    entries = list(entries)
    if not entries:
        return ""
    lines = ["", f"ERRORS: {len(entries)} could not be audited"]
    for subject, error in entries:
        text = f"{subject}  {error}"
        lines.extend([text] if width is None else _wrap(text, width, "  "))
    return "\n".join(lines) + "\n"


# --- deployments ---------------------------------------------------------------------------------

DEPLOYMENT_COLUMNS = (
    Column("installation", 95, shrink_to=10),
    Column("id", REQUIRED),
    Column("name", 90, shrink_to=16),
    Column("health", REQUIRED),
    Column("findings", REQUIRED),
    Column("versions", 70, shrink_to=14),
    Column("last_plan", 55),
    Column("pending", 50),
    Column("instances", 40, right=True),
    Column("memory_gb", 30, right=True),
    Column("cost", 20, right=True, title="COST_ECU_MTD"),
)
#: What the COST column holds (the billing API's default period), said under the table.
COST_NOTE = "COST_ECU_MTD: cost in ECU (Elastic Consumption Units) since the start of the month"


def health(summary: DeploymentSummary) -> str:
    if summary.error is not None:
        return "error"
    if summary.healthy is None and not summary.resources:
        return "unknown"
    return "unhealthy" if summary.unhealthy else "healthy"


def _cost(summary: DeploymentSummary) -> str:
    return "" if summary.cost is None else f"{summary.cost:.2f}"


def deployment_cells(summary: DeploymentSummary) -> dict[str, str]:
    """The row's table and CSV cells (strings)."""
    fetched = summary.error is None
    return {
        "installation": summary.installation or "",
        "id": summary.id,
        "name": summary.name or "",
        "health": health(summary),
        "findings": findings_cell(summary.findings) if fetched else "",
        "versions": " ".join([f"{SHORT_KIND.get(k, k)}:{v}" for k, v in summary.versions.items()]),
        "last_plan": summary.last_plan or "",
        "pending": summary.pending or "",
        "instances": str(summary.instance_count) if fetched else "",
        "memory_gb": f"{summary.memory_mb / 1024:.1f}" if fetched else "",
        "cost": _cost(summary),
    }


#: ``ResourceSummary``'s fields, read once: ``attrs.asdict`` per resource costs a row's worth of CPU.
_RESOURCE_FIELDS = tuple(field.name for field in attrs.fields(ResourceSummary))
#: All of them in one call (a tuple, in field order).
_resource_values = operator.attrgetter(*_RESOURCE_FIELDS)


def _resource_json(resource: ResourceSummary) -> dict[str, Any]:
    """The resource's fields as ``attrs.asdict(resource, recurse=False)`` gives them, faster."""
    return dict(zip(_RESOURCE_FIELDS, _resource_values(resource), strict=True))


def deployment_json(summary: DeploymentSummary) -> dict[str, Any]:
    """One deployment with its findings and resources in full (stable keys for scripts)."""
    item: dict[str, Any] = {
        "id": summary.id,
        "name": summary.name,
        "health": health(summary),
        "worst": summary.worst,
        "findings": [f.as_dict() for f in summary.findings],
        "versions": summary.versions,
        "instances": summary.instance_count,
        "memory_gb": round(summary.memory_mb / 1024, 1),
        "pending": summary.pending,
        "last_plan": summary.last_plan,
        "cost": summary.cost,
        "error": summary.error,
        "resources": [_resource_json(resource) for resource in summary.resources],
    }
    if summary.installation is not None:
        item = {"installation": summary.installation, **item}
    return item


def _subject(summary: DeploymentSummary) -> str:
    where = f"{summary.installation}/" if summary.installation else ""
    return f"{where}{summary.name or '?'} [{summary.id}]"


def worst_first(summaries: Iterable[DeploymentSummary]) -> list[DeploymentSummary]:
    """Rows an operator acts on first: errors, then by worst finding, unhealthy, findings; then id."""

    def key(s: DeploymentSummary) -> tuple[int, int, int, int, str, str]:
        worst = severity_rank(s.worst) if s.worst else -1
        return (s.error is None, -worst, not s.unhealthy, -len(s.findings), s.installation or "", s.id)

    return sorted(summaries, key=key)


def unreachable_section(unreachable: Sequence[Unreachable], width: int | None) -> str:
    """Installations that could not be audited at all, apart from the fleet's rows and counts."""
    if not unreachable:
        return ""
    lines = ["", f"UNREACHABLE: {len(unreachable)} installation(s) could not be audited"]
    for u in unreachable:
        text = f"{u.installation or '-'}  {u.error}"
        lines.extend([text] if width is None else _wrap(text, width, "  "))
    return "\n".join(lines) + "\n"


def deployments_table(
    summaries: Sequence[DeploymentSummary],
    width: int | None,
    *,
    costs: bool = True,
    unreachable: Sequence[Unreachable] = (),
    interrupted: bool = False,
) -> str:
    columns = [c for c in DEPLOYMENT_COLUMNS if costs or c.key != "cost"]
    cells = _columns_of(columns, [deployment_cells(s) for s in summaries])
    shown, widths = _fit(columns, cells, width)
    out = _drawn(shown, widths, cells, len(summaries))
    if any(c.key == "cost" for c in shown):
        out += "\n" + COST_NOTE + "\n"
    out += findings_section(((_subject(s), f) for s in summaries for f in s.findings), width)
    out += errors_section(((_subject(s), s.error) for s in summaries if s.error is not None), width)
    out += unreachable_section(unreachable, width)
    if interrupted:
        out += "\nINTERRUPTED: a partial report, of the deployments audited before Ctrl-C\n"
    return out


CSV_COLUMNS = (*(c.key for c in DEPLOYMENT_COLUMNS), "error", "findings_detail")


def deployments_csv(summaries: Sequence[DeploymentSummary], unreachable: Sequence[Unreachable] = ()) -> str:
    import csv  # --format csv alone
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for dead in unreachable:  # a row of its own kind: no id, no deployment counted
        writer.writerow(
            {"installation": dead.installation or "", "health": "unreachable", "error": dead.error}
        )
    for summary in summaries:
        row: dict[str, str] = {**deployment_cells(summary), "error": summary.error or ""}
        row["findings"] = str(len(summary.findings))
        row["findings_detail"] = " | ".join(f"{f.severity} {f.rule}: {f.message}" for f in summary.findings)
        writer.writerow(row)
    return buffer.getvalue()


def json_record(data: Any) -> bytes:
    """One JSON line as bytes (orjson: a tenth of the stdlib's time, for a row per deployment)."""
    return orjson.dumps(data, default=str, option=orjson.OPT_APPEND_NEWLINE)


def json_line(data: Any) -> str:
    return json_record(data).decode("utf-8")


def json_document(rows: list[dict[str, Any]], totals: dict[str, Any], key: str = "deployments") -> str:
    return json.dumps({"summary": totals, key: rows}, indent=2, default=str) + "\n"


def render_deployments(
    summaries: Sequence[DeploymentSummary],
    fmt: str,
    *,
    totals: dict[str, Any] | None = None,
    width: int | None = None,
    costs: bool = True,
    only_findings: bool = False,
    unreachable: Sequence[Unreachable] = (),
) -> str:
    """A whole report of ``summaries`` in ``fmt`` (``jsonl`` here: every row, then the summary).

    Rows come worst first; ``only_findings`` keeps those with findings or errors.
    """
    rows = worst_first(s for s in summaries if not only_findings or s.findings or s.error is not None)
    totals = totals or {}
    if fmt == "json":
        return json_document([deployment_json(s) for s in rows], totals)
    if fmt == "jsonl":
        return "".join(json_line(deployment_json(s)) for s in rows) + json_line({"summary": totals})
    if fmt == "csv":
        return deployments_csv(rows, unreachable)
    if fmt == "table":
        interrupted = bool(totals.get("interrupted"))
        return deployments_table(rows, width, costs=costs, unreachable=unreachable, interrupted=interrupted)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
