"""Audit output: a readable table for people, JSON and CSV for machines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from .summary import SHORT_KIND, DeploymentSummary

FORMATS = ("table", "json", "csv")
COLUMNS = (
    "id",
    "name",
    "health",
    "versions",
    "instances",
    "memory_gb",
    "pending",
    "last_plan",
    "cost",
    "problems",
)


def _row(summary: DeploymentSummary) -> dict[str, Any]:
    if summary.error is not None:
        health = "error"
    elif summary.healthy is None:
        health = "unknown"
    else:
        health = "unhealthy" if summary.unhealthy else "healthy"
    versions = " ".join(f"{SHORT_KIND.get(k, k)}:{v}" for k, v in summary.versions.items())
    problems = [summary.error] if summary.error else summary.problems
    return {
        "id": summary.id,
        "name": summary.name or "",
        "health": health,
        "versions": versions,
        "instances": summary.instance_count,
        "memory_gb": round(summary.memory_mb / 1024, 1),
        "pending": summary.pending or "",
        "last_plan": summary.last_plan or "",
        "cost": "" if summary.cost is None else round(summary.cost, 2),
        "problems": "; ".join(problems),
    }


def as_json(summaries: Sequence[DeploymentSummary]) -> str:
    """One object per deployment, with resources in full (stable keys for scripts)."""
    items = []
    for summary in summaries:
        item = _row(summary)
        item["versions"] = summary.versions
        item["problems"] = [summary.error] if summary.error else list(summary.problems)
        item["cost"] = summary.cost
        item["resources"] = [vars(resource) for resource in summary.resources]
        items.append(item)
    return json.dumps(items, indent=2) + "\n"


def as_csv(summaries: Sequence[DeploymentSummary]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for summary in summaries:
        writer.writerow(_row(summary))
    return buffer.getvalue()


def as_table(summaries: Sequence[DeploymentSummary], *, max_width: int = 48) -> str:
    """Aligned columns; long cells are cut with an ellipsis so rows stay on one line."""
    rows = [[str(v) for v in _row(s).values()] for s in summaries]
    header = [c.upper() for c in COLUMNS]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in rows]
    widths = [
        max(len(header[i]), *(len(r[i]) for r in cells)) if cells else len(header[i])
        for i in range(len(header))
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def render(summaries: Sequence[DeploymentSummary], fmt: str) -> str:
    if fmt == "json":
        return as_json(summaries)
    if fmt == "csv":
        return as_csv(summaries)
    if fmt == "table":
        return as_table(summaries)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
