"""Every report format of a seeded simulated fleet, pinned byte for byte.

The audit's hot path (summarising hits, the checks, the writers) is tuned for
CPU; these digests make sure a faster path writes exactly the report the
slower one did.  What no seed can fix is taken out first: the wall-clock
``elapsed`` of the summary, and the order of jsonl rows (they stream as they
complete, and fetched rows complete in any order, as do the fleet-wide findings of the jsonl summary).

When a report changes on purpose, take the new digests from
the failures of ``pytest tests/audit/test_audit_golden.py`` and say why in the commit.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from ece_async.cli import main

FLEET = ["audit", "--simulate", "1000", "--seed", "7", "--no-progress"]

#: sha256 of each normalised report of ``FLEET`` (see :func:`_normalised`).
GOLDEN = {
    "table": "2eaa1580fd6845d255f5cbd494f50776062a7e981beabedeb2ff699f29911b72",
    "table-90-columns": "1ff2c825691bc8ae307d780ce8173ded099fa3c8a1b328f8854d822835f4f389",
    "json": "4aefab6b67401087a633477969fc21e41a2b060b551b60f6169f65ebd3e01f37",
    "jsonl": "dfd4c64e22e4e5cffdb971bb37cc44ba3b35600393333b541c86b0477700fb57",
    "csv": "a5b527901d9c978f9611578e78cb4bfd5670d441a30aa0a3d0c7c70bff1b19e6",
    "json-minimal-hits": "8f5dca61f954a06acee4d0039959e04ca9f551a4209eea12973da6b766a591e3",
}


def _without_timing(record: dict[str, Any]) -> dict[str, Any]:
    """Without ``elapsed``; fleet findings (listed as rows completed) in id order."""
    if "summary" in record:
        record["summary"].pop("elapsed")
    if "fleet_findings" in record:
        record["fleet_findings"].sort(key=lambda finding: finding["id"])
    return record


def _normalised(fmt: str, report: str) -> bytes:
    if fmt == "json":
        return json.dumps(_without_timing(json.loads(report)), sort_keys=True).encode()
    if fmt == "jsonl":
        lines = [
            json.dumps(_without_timing(json.loads(line)), sort_keys=True) for line in report.splitlines()
        ]
        return "\n".join(sorted(lines)).encode()
    return report.encode()


def _digest(fmt: str, report: str) -> str:
    return hashlib.sha256(_normalised(fmt, report)).hexdigest()


@pytest.mark.parametrize(
    ("name", "fmt", "extra"),
    [
        ("table", "table", []),
        ("json", "json", []),
        ("jsonl", "jsonl", []),
        ("csv", "csv", []),
        ("json-minimal-hits", "json", ["--minimal-hits"]),
    ],
)
def test_every_format_writes_the_pinned_report(name: str, fmt: str, extra: list[str], tmp_path: Path) -> None:
    out = tmp_path / f"report.{fmt}"
    assert main([*FLEET, *extra, "--format", fmt, "-o", str(out)]) == 0
    digest = _digest(fmt, out.read_text(encoding="utf-8"))
    assert digest == GOLDEN[name], f"{name}: {digest}"


def test_a_narrow_table_writes_the_pinned_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "90")  # columns dropped and cells cut to fit
    assert main(FLEET) == 0
    digest = _digest("table", capsys.readouterr().out)
    assert digest == GOLDEN["table-90-columns"], f"table-90-columns: {digest}"
