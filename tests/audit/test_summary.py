"""Audit rows from real-shaped deployments, including ones that break the spec."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from ece_async import models
from ece_async.audit.checks import check_deployment
from ece_async.audit.findings import Rules
from ece_async.audit.render import render_deployments
from ece_async.audit.summary import DeploymentSummary, summarise

from .audit_data import NOW, deployment_data


def _summary(data: dict[str, Any]) -> DeploymentSummary:
    return summarise(models.DeploymentGetResponse.from_dict(data))


def test_healthy_deployment_summary() -> None:
    summary = _summary(deployment_data())
    assert (summary.id, summary.name, summary.healthy) == ("d-1", "prod", True)
    assert summary.versions == {"elasticsearch": "8.15.0", "kibana": "8.15.0"}
    assert (summary.instance_count, summary.memory_mb) == (3, 9216)
    assert summary.pending is None and summary.last_plan == "success"
    assert check_deployment(summary, Rules(), now=NOW) == [] and not summary.unhealthy


def test_pending_plan_step_and_failed_plan_and_unhealthy_instances_are_reported() -> None:
    data = deployment_data(healthy=False)
    es = data["resources"]["elasticsearch"][0]["info"]
    es["healthy"] = False
    es["topology"]["instances"][1]["healthy"] = False
    es["plan_info"]["pending"] = {
        "healthy": True,
        "plan_attempt_log": [
            {"step_id": "validate-plan", "status": "success"},
            {"step_id": "allocate-instances", "status": "pending"},
        ],
    }
    es["plan_info"]["current"]["plan_attempt_log"].append({"step_id": "migrate-data", "status": "error"})
    summary = _summary(data)
    assert summary.pending == "es:allocate-instances"
    assert summary.last_plan == "failed"
    assert summary.unhealthy
    assert [(f.rule, f.severity, f.message) for f in check_deployment(summary, Rules(), now=NOW)] == [
        ("unhealthy", "critical", "elasticsearch:main-elasticsearch unhealthy: 1/2 instances unhealthy"),
        ("plan_failed", "high", "elasticsearch:main-elasticsearch last plan failed"),
    ]


def test_spec_breaking_deployments_never_raise() -> None:
    broken = {"id": "d-2", "resources": {"elasticsearch": None, "kibana": [{"info": None}], "apm": "??"}}
    summary = _summary(broken)
    assert summary.id == "d-2" and summary.name is None and summary.healthy is None
    assert [(r.kind, r.instances, r.version) for r in summary.resources] == [("kibana", 0, None)]
    assert _summary({}).id == "?"


def test_version_falls_back_to_running_instances() -> None:
    data = deployment_data()
    del data["resources"]["elasticsearch"][0]["info"]["plan_info"]
    assert _summary(data).versions["elasticsearch"] == "8.15.0"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_every_format_lists_every_deployment_and_errors(fmt: str) -> None:
    summaries = [_summary(deployment_data()), DeploymentSummary(id="d-9", error="HTTP 503 after 4 attempts")]
    summaries[0].cost = 12.345
    out = render_deployments(summaries, fmt, totals={"deployments": 2})
    if fmt in ("json", "jsonl"):
        lines = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else None
        document = json.loads(out) if fmt == "json" else {"deployments": lines[:-1], **lines[-1]}  # type: ignore[index]
        items = document["deployments"]
        assert document["summary"] == {"deployments": 2}
        assert [i["id"] for i in items] == ["d-9", "d-1"]  # worst (an error) first
        assert items[1]["versions"] == {"elasticsearch": "8.15.0", "kibana": "8.15.0"}
        assert items[1]["cost"] == 12.345 and items[1]["findings"] == []
        assert items[0]["health"] == "error" and items[0]["error"] == "HTTP 503 after 4 attempts"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [r["id"] for r in rows] == ["d-9", "d-1"]
        assert rows[1]["versions"] == "es:8.15.0 kb:8.15.0" and rows[1]["cost"] == "12.35"
        assert rows[0]["error"] == "HTTP 503 after 4 attempts"
    else:
        lines = out.splitlines()
        assert lines[0].startswith("ID") and "HEALTH" in lines[0] and "FINDINGS" in lines[0]
        assert "error" in lines[1] and "healthy" in lines[2]
        assert "HTTP 503 after 4 attempts" in out  # in the errors section


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="choose one of table, json, jsonl, csv"):
        render_deployments([], "yaml")


def test_narrow_tables_drop_unimportant_columns_before_shortening_important_ones() -> None:
    from ece_async.audit.render import REQUIRED, Column, fit_columns

    columns = [Column("id", REQUIRED), Column("extra", 10), Column("name", 70, shrink_to=6)]
    rows = [{"id": "i" * 10, "extra": "e" * 20, "name": "n" * 20}]
    shown, widths = fit_columns(columns, rows, 32)
    assert [c.key for c in shown] == ["id", "name"] and widths["name"] == 20
    shown, widths = fit_columns(columns, rows, 20)
    assert [c.key for c in shown] == ["id", "name"] and widths["name"] == 8
    shown, widths = fit_columns(columns, rows, 5)
    assert [c.key for c in shown] == ["id"]  # never dropped, even when nothing fits
    shown, widths = fit_columns(columns, rows, None)
    assert [c.key for c in shown] == ["id", "extra", "name"] and widths["extra"] == 20


def test_required_columns_are_never_shortened_even_when_shrinkable_columns_remain() -> None:
    from ece_async.audit.platform import PLATFORM_COLUMNS
    from ece_async.audit.render import DEPLOYMENT_COLUMNS, REQUIRED, Column, fit_columns

    assert {c.key for c in (*DEPLOYMENT_COLUMNS, *PLATFORM_COLUMNS) if c.priority >= REQUIRED} >= {"id"}
    with pytest.raises(ValueError, match="column 'id' is required: it is never shortened"):
        Column("id", REQUIRED, shrink_to=4)
    columns = [Column("id", REQUIRED), Column("versions", 70, shrink_to=6)]
    rows = [{"id": "i" * 32, "versions": "v" * 20}]
    shown, widths = fit_columns(columns, rows, 44)
    assert [c.key for c in shown] == ["id", "versions"] and widths == {"id": 32, "versions": 10}
    shown, widths = fit_columns(columns, rows, 30)  # versions goes before the id is touched
    assert [c.key for c in shown] == ["id"] and widths["id"] == 32


def test_an_error_reason_is_kept_whole_and_wrapped() -> None:
    from ece_async.audit.runner import describe_error
    from ece_async.errors import TLSError

    reason = (
        "Cannot connect to host ece.example:12443 ssl:True [SSLCertVerificationError: (1, '[SSL: "
        "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate "
        "(_ssl.c:1006)')] while auditing the installation behind the corporate proxy of the data centre"
    )
    assert len(reason) > 200
    message = describe_error(TLSError(reason + "\n(second line)"))
    assert message == reason + " (second line)"
    out = render_deployments([DeploymentSummary(id="d-1", error=message)], "table", width=80)
    errors = out.partition("ERRORS: ")[2]
    assert " ".join(errors.split()).endswith(message)  # every word, in order
    assert all(len(line) <= 80 for line in errors.splitlines())


def _row(deployment_id: str, name: str, *severities: str) -> DeploymentSummary:
    from ece_async.audit.findings import Finding

    row = _summary(deployment_data(id=deployment_id, name=name))
    row.findings = [Finding("r", s, f"{s} thing") for s in severities]
    row.cost = 1234.5
    return row


def test_the_80_column_table_sorts_worst_first_and_tells_rows_apart() -> None:
    rows = [
        _row("a1", "security-catalog-production-eu-west-1"),
        _row("b2", "security-catalog-production-eu-west-2", "critical"),
        _row("c3", "security-catalog-production-us-east-1", "low", "medium"),
        DeploymentSummary(id="d4", name="security-catalog-staging", error="HTTP 503"),
    ]
    out = render_deployments(rows, "table", width=80)
    table = out.partition("\n\n")[0].splitlines()
    assert all(len(line) <= 80 for line in table)
    assert [line.split()[0] for line in table[1:]] == ["d4", "b2", "c3", "a1"]  # error, critical, ...
    names = [line.split()[1] for line in table[1:]]
    assert len(set(names)) == 4 and all(n.startswith("secur") for n in names)  # both ends kept
    only = render_deployments(rows, "table", width=200, only_findings=True)
    assert [line.split()[0] for line in only.partition("\n\n")[0].splitlines()[1:]] == ["d4", "b2", "c3"]
    wide = render_deployments(rows, "table", width=None)
    assert wide.splitlines()[0].endswith("COST_ECU_MTD")
    assert "\nCOST_ECU_MTD: cost in ECU (Elastic Consumption Units) since the start of the month\n" in wide


def test_only_findings_reaches_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    from ece_async.cli import main

    argv = ["audit", "--simulate", "200", "--format", "json", "--no-progress", "--only-findings"]
    assert main(argv) in (0, 1)
    document = json.loads(capsys.readouterr().out)
    rows = document["deployments"]
    assert 0 < len(rows) < 200 == document["summary"]["deployments"]
    assert all(row["findings"] or row["error"] for row in rows)


def test_a_json_row_holds_every_resource_field_as_attrs_gives_them() -> None:
    import attrs

    from ece_async.audit.render import deployment_json

    summary = _summary(deployment_data())
    resources = deployment_json(summary)["resources"]
    assert resources == [attrs.asdict(r, recurse=False) for r in summary.resources]
