"""``ece-async audit`` end to end against the embedded simulator (run in-process and as a process)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ece_async.cli import main

SECRET = "s3cr3t-api-key-value"


def _summary(err: str) -> str:
    return next(line for line in reversed(err.splitlines()) if " deployments, " in line)


def test_audit_of_a_simulated_fleet_reports_every_deployment_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.json"
    code = main(["audit", "--simulate", "200", "--seed", "3", "--format", "json", "-o", str(out)])
    document = json.loads(out.read_text(encoding="utf-8"))
    items = document["deployments"]
    err = capsys.readouterr().err
    assert code == 0
    assert len(items) == 200 and len({i["id"] for i in items}) == 200
    assert all(i["health"] in ("healthy", "unhealthy") for i in items)
    assert all(i["versions"].get("elasticsearch") for i in items if i["instances"])
    assert any(i["pending"] for i in items)  # the simulator keeps a plan in flight
    assert any(i["last_plan"] == "failed" for i in items)
    assert all(i["cost"] is not None for i in items)
    rules = {f["rule"] for i in items for f in i["findings"]}
    assert {
        "plan_failed",
        "plan_pending_too_long",
        "mixed_versions",
        "no_snapshots",
        "snapshot_stale",
    } <= rules
    summary = document["summary"]
    assert summary["deployments"] == 200 and summary["requests_per_deployment"] <= 0.15
    assert sum(summary["findings"].values()) == sum(len(i["findings"]) for i in items)
    assert "200 deployments" in err and "failed to fetch" in err and "/deployment)" in err


def test_the_table_fits_the_terminal_and_lists_findings_in_full(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    assert main(["audit", "--simulate", "30", "--no-costs", "--no-progress"]) == 0
    out = capsys.readouterr().out
    table, _, findings = out.partition("\nFINDINGS: ")
    assert max(len(line) for line in out.splitlines()) <= 90
    header = table.splitlines()[0].split()
    assert header[:4] == ["ID", "NAME", "HEALTH", "FINDINGS"] and "COST" not in header
    assert "critical" in findings or "high" in findings
    assert "(plan_pending_too_long)" in findings.replace("\n", " ").replace("          ", "")

    monkeypatch.setenv("COLUMNS", "400")
    assert main(["audit", "--simulate", "30", "--no-progress"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split()
    expected = "ID NAME HEALTH FINDINGS VERSIONS LAST_PLAN PENDING INSTANCES MEMORY_GB COST_ECU_MTD"
    assert header == expected.split()


def test_fail_on_exits_1_when_a_finding_reaches_the_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "--simulate", "20", "--format", "csv", "--fail-on", "critical"]) == 1
    rules = tmp_path / "rules.toml"
    rules.write_text(
        "".join(f"[rules.{name}]\nenabled = false\n" for name in ("unhealthy", "disconnected")),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert (
        main(["audit", "--simulate", "20", "--format", "csv", "--fail-on", "critical", "--rules", str(rules)])
        == 0
    )


def test_jsonl_streams_rows_and_ends_with_the_summary(tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    assert main(["audit", "--simulate", "60", "--format", "jsonl", "-o", str(out), "--no-progress"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rows, last = lines[:-1], lines[-1]
    assert len(rows) == 60 and all("findings" in row for row in rows)
    assert last["summary"]["deployments"] == 60
    assert all(f["rule"] == "version_behind" for f in last["fleet_findings"])
    assert last["fleet_findings"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--concurrency", "0"], "--concurrency must be at least 1, got 0"),
        (["--faults", "bogus=1"], "--faults bogus=1: unknown fault setting"),
        (["--rules", "/nonexistent.toml"], "--rules /nonexistent.toml: no such file"),
        (["--simulate", "5", "--url", "https://x"], "--simulate audits an embedded simulator"),
    ],
)
def test_usage_errors_exit_2_with_one_line_naming_the_flag(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if "--simulate" not in argv:
        argv = ["--simulate", "5", *argv] if "--url" not in argv else argv
    assert main(["audit", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ece-async audit: ") and message in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("/nonexistent/dir/x.json", "cannot write to /nonexistent/dir/x.json: directory /nonexistent/dir"),
        ("/", "cannot write to /: is a directory"),
    ],
)
@pytest.mark.parametrize(
    "command", [["audit", "--simulate", "5"], ["snapshot", "--url", "http://127.0.0.1:9"]]
)
def test_an_output_that_cannot_be_written_exits_74_before_anything_is_fetched(
    command: list[str], output: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same code as a write that fails later (a full disk), as for every other command.
    assert main([*command, "--output", output]) == 74
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err


def test_connection_settings_errors_name_the_variable_and_never_the_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("ECE_URL", "ECE_API_KEY", "ECE_USERNAME", "ECE_PASSWORD", "ECE_CA_FILE"):
        monkeypatch.delenv(name, raising=False)
    assert main(["audit"]) == 2
    assert "no URL" in capsys.readouterr().err
    monkeypatch.setenv("ECE_URL", "ece.example:12443")
    monkeypatch.setenv("ECE_API_KEY", SECRET)
    assert main(["audit"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ece-async audit: ECE_URL: 'ece.example:12443' is not an http(s) URL")
    assert "base_url" not in err and SECRET not in err
    monkeypatch.setenv("ECE_URL", f"https://admin:{SECRET}@ece.example:12443")
    monkeypatch.setenv("ECE_CA_FILE", "/nonexistent/ca.pem")
    assert main(["audit"]) == 2
    err = capsys.readouterr().err
    assert "ECE_CA_FILE /nonexistent/ca.pem: no such file" in err and SECRET not in err
    monkeypatch.delenv("ECE_API_KEY")
    monkeypatch.delenv("ECE_CA_FILE")
    assert main(["audit", "--url", "https://ece.example:12443"]) == 2
    assert "no credentials" in capsys.readouterr().err


def test_unknown_flags_are_reported_under_the_audit_usage_without_their_values(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["audit", "--api-kye", SECRET])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert (
        err.startswith("ece-async audit: error: ") and "--api-kye (and 1 value)" in err and SECRET not in err
    )


@pytest.mark.parametrize(
    ("argv", "message", "help_hint"),
    [
        (
            ["audit", "--api-kye", SECRET],
            "ece-async audit: error: unrecognized arguments: --api-kye (and 1 value)",
            "audit",
        ),
        (
            ["audit", "--simulate", "many"],
            "ece-async audit: error: argument --simulate: invalid int value",
            "audit",
        ),
        (["audit", "--format", "yaml"], "ece-async audit: error: argument --format: invalid choice", "audit"),
        (
            ["audit", "--fail-on"],
            "ece-async audit: error: argument --fail-on: expected one argument",
            "audit",
        ),
        (
            ["simulate", "--port", "http"],
            "ece-async simulate: error: argument --port: invalid int value",
            "simulate",
        ),
        (["audyt"], "ece-async: error: argument COMMAND: invalid choice", ""),
    ],
)
def test_argument_errors_are_one_line_pointing_at_help(
    argv: list[str], message: str, help_hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    prog = f"ece-async {help_hint}".strip()
    assert exited.value.code == 2
    assert err.count("\n") == 1 and err.startswith(message), err
    assert err.endswith(f"(see {prog} --help)\n") and SECRET not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--seed", "3"], "--seed only applies with --simulate N"),
        (["--seed", "0"], "--seed only applies with --simulate N"),
        (["--config", "/etc/ece.toml"], "--config only applies with --profile NAME or --all-profiles"),
    ],
)
def test_flags_that_would_be_ignored_are_refused(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "--url", "https://ece.example:12443", "--api-key", SECRET, *argv]) == 2
    err = capsys.readouterr().err
    assert err == f"ece-async audit: {message}\n"
    assert main(["audit", "--simulate", "5", "--config", "/etc/ece.toml"]) == 2
    assert capsys.readouterr().err.startswith("ece-async audit: --config only applies with --profile")


def test_simulate_usage_errors_follow_the_same_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--faults", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ece-async simulate: --faults nope: ") and err.count("\n") == 1
    assert main(["simulate", "--deployments", "-1"]) == 2
    assert "--deployments must be 0 or more, got -1" in capsys.readouterr().err


def test_faults_are_survived_and_partial_failures_exit_non_zero_without_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ece_async.testing import FaultConfig

    # The default mix rarely defeats the retries: make some deployments' details unreachable.
    harsh = FaultConfig(error_rate=0.02, routes={"get-deployment": FaultConfig(error_rate=0.7)})
    monkeypatch.setattr(FaultConfig, "default_mix", classmethod(lambda cls: harsh))
    code = main(
        ["audit", "--simulate", "150", "--minimal-hits", "--faults", "default,error_rate=0.05", "--seed", "5",
         "--format", "csv", "--no-costs"]
    )  # fmt: skip
    captured = capsys.readouterr()
    rows = captured.out.strip().splitlines()
    assert len(rows) == 151
    assert "Traceback" not in captured.err
    summary = _summary(captured.err)
    assert summary.startswith("150 deployments")
    failed = int(summary.split(" failed to fetch")[0].rsplit(" ", 1)[1])
    assert 0 < failed < 150
    assert code == 1
    assert " 0 retries" not in summary  # the fault mix makes the client retry


def test_unreachable_installation_is_a_usage_error_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["audit", "--url", "http://127.0.0.1:9", "--api-key", SECRET, "--no-costs"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and "ece-async audit:" in err and SECRET not in err


def _interruptible(command: list[str]) -> subprocess.Popen[str]:
    """The CLI in a child whose SIGINT is Python's default, whatever this runner inherited."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "ece_async.cli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler),
    )


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_ctrl_c_writes_what_was_audited_marked_partial_and_exits_130(fmt: str, tmp_path: Path) -> None:
    # The report goes to a file: rows filling an unread stdout pipe would block the child before
    # the progress line this test waits for (a deadlock on a loaded machine).
    report = tmp_path / f"report.{fmt}"
    command = [
        "audit",
        "--simulate",
        "4000",
        "--minimal-hits",
        "--format",
        fmt,
        "--no-costs",
        "-o",
        str(report),
    ]
    proc = _interruptible([*command, "--concurrency", "4", "--progress"])
    try:
        assert proc.stderr is not None
        seen = ""
        while not seen.endswith("/4000 deployments") and (char := proc.stderr.read(1)):
            seen += char  # the progress line (redrawn with \r): rows are being audited
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    out = report.read_text(encoding="utf-8")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "audit interrupted\n" in err and "(interrupted)" in err
    if fmt == "jsonl":
        *rows, last = [json.loads(line) for line in out.splitlines()]
        assert rows and all("id" in row for row in rows)
        assert last["summary"]["interrupted"] is True and last["summary"]["deployments"] == len(rows)
    elif fmt == "json":
        document = json.loads(out)
        assert document["summary"]["interrupted"] is True
        assert 0 < len(document["deployments"]) == document["summary"]["deployments"] < 4000
    elif fmt == "csv":
        assert 1 < len(out.splitlines()) < 4001
    else:
        assert out.startswith("ID ") and "\nINTERRUPTED: a partial report" in out


FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(
    not FULL.exists(), reason="needs /dev/full (a device that is always full)"
)


@needs_dev_full
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "jsonl"])
def test_a_failed_report_write_exits_74_with_one_line_naming_the_output(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["audit", "--simulate", "5", "--format", fmt, "-o", str(FULL), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 74, err
    assert err == "ece-async audit: cannot write to /dev/full: No space left on device\n"


@needs_dev_full
@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_a_full_stdout_exits_74_without_a_traceback(fmt: str) -> None:
    command = [sys.executable, "-m", "ece_async.cli", "audit", "--simulate", "5", "--format", fmt]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # stdout buffered, as for users
    with FULL.open("w") as full:
        proc = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, env=env)
    assert proc.returncode == 74, proc.stderr
    assert proc.stderr == "ece-async audit: cannot write to stdout: No space left on device\n"


def _ids(capsys: pytest.CaptureFixture[str]) -> set[str]:
    assert main(["audit", "--simulate", "6", "--format", "json", "--no-progress"]) == 0
    return {row["id"] for row in json.loads(capsys.readouterr().out)["deployments"]}


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_ids_stay_whole_in_a_narrow_table(
    columns: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _ids(capsys)
    monkeypatch.setenv("COLUMNS", columns)
    assert main(["audit", "--simulate", "6", "--no-progress"]) == 0
    table = capsys.readouterr().out.partition("\n\n")[0].splitlines()
    assert table[0].split()[:1] == ["ID"] and "VERSIONS" not in table[0]
    assert {line.split()[0] for line in table[1:]} == ids
    assert "…" not in "".join(line.split()[0] for line in table[1:])


def test_a_table_piped_without_columns_is_printed_in_full(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # captured stdout is not a terminal: a pipe, cron
    ids = _ids(capsys)
    assert main(["audit", "--simulate", "6", "--no-progress"]) == 0
    table = capsys.readouterr().out.partition("\n\n")[0].splitlines()
    expected = "ID NAME HEALTH FINDINGS VERSIONS LAST_PLAN PENDING INSTANCES MEMORY_GB COST_ECU_MTD"
    assert table[0].split() == expected.split() and "…" not in "\n".join(table)
    assert {line.split()[0] for line in table[1:]} == ids


def _report(tmp_path: Path, name: str, *extra: str) -> dict[str, object]:
    out = tmp_path / name
    argv = ["audit", "--simulate", "200", "--seed", "3", "--format", "json", "-o", str(out), *extra]
    main([*argv, "--no-progress"])
    document: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    summary = document["summary"]
    assert isinstance(summary, dict)
    summary.pop("elapsed")  # wall-clock time: the one thing a seed cannot fix
    return document


def test_a_seeded_simulated_audit_is_reproducible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _report(tmp_path, "first.json")
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)  # another day: costs and ages would move
    assert _report(tmp_path, "second.json") == first
    assert _report(tmp_path, "other.json", "--seed", "4") != first


async def _ctrl_c(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt  # what asyncio.run raises when SIGINT arrives mid-await


@pytest.mark.parametrize(
    ("target", "flags", "summary"),
    [
        ("ece_async.audit.platform.run_platform_audit", ["--platform"], "0 allocators, 0 zones, 0 runners"),
        ("ece_async.audit.command._audit_all", [], "0 deployments, 0 unhealthy"),
        ("ece_async.audit.command._audit_all", ["--platform"], "0 allocators"),
    ],
)
def test_ctrl_c_always_ends_with_a_summary_line(
    target: str,
    flags: list[str],
    summary: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(target, _ctrl_c)
    assert main(["audit", "--simulate", "5", "--no-progress", *flags]) == 130
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "audit interrupted" and len(lines) == 2, lines
    assert lines[1].startswith(summary) and lines[1].endswith(" (interrupted)")


def test_ctrl_c_of_several_installations_summarises_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        "".join(f'[profiles.{n}]\nurl = "http://127.0.0.1:9"\napi_key_env = "K"\n' for n in ("a", "b")),
        encoding="utf-8",
    )
    monkeypatch.setenv("K", SECRET)
    monkeypatch.setattr("ece_async.audit.command._audit_all", _ctrl_c)
    assert main(["audit", "--config", str(config), "--all-profiles", "--platform"]) == 130
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in lines[1:]] == ["a", "b"]
    assert all(line.endswith(" (interrupted)") for line in lines[1:])


#: The rules a deployment audit applies (the platform ones are tested with --platform).
DEPLOYMENT_RULES = {
    "unhealthy",
    "plan_failed",
    "plan_pending_too_long",
    "mixed_versions",
    "version_behind",
    "end_of_life",
    "single_zone",
    "no_snapshots",
    "snapshot_stale",
    "memory_pressure",
    "disk_pressure",
    "maintenance_mode",
}


@pytest.mark.parametrize("count", [1000, 5000])
def test_the_simulated_fleet_shows_every_rule_at_a_few_percent(
    count: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.json"
    main(
        ["audit", "--simulate", str(count), "--format", "json", "-o", str(out), "--no-costs", "--no-progress"]
    )
    rows = json.loads(out.read_text(encoding="utf-8"))["deployments"]
    share = {
        rule: sum(any(f["rule"] == rule for f in row["findings"]) for row in rows) / count
        for rule in DEPLOYMENT_RULES
    }
    assert all(share.values()), share  # every rule has something to find
    assert max(share.values()) <= 0.10, sorted(share.items(), key=lambda item: -item[1])  # what README says


def test_fail_on_unhealthy_exits_1_only_when_a_deployment_is_unhealthy(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["audit", "--simulate", "100", "--format", "csv", "--no-progress", "--no-costs"]
    assert main(argv) == 0
    assert " 0 unhealthy" not in _summary(capsys.readouterr().err)  # the fleet has some
    assert main([*argv, "--fail-on-unhealthy"]) == 1
    assert main(["audit", "--simulate", "0", "--no-progress", "--fail-on-unhealthy"]) == 0


def test_batched_jsonl_rows_are_written_whatever_ends_the_run(tmp_path: Path) -> None:
    from ece_async.audit.command import Output

    path = tmp_path / "rows.jsonl"
    with pytest.raises(RuntimeError), Output(str(path), "jsonl", wide=False) as output:
        output.line(b'{"id":"d-1"}\n')
        assert path.read_bytes() == b""  # batched
        raise RuntimeError("the audit broke off")
    assert path.read_bytes() == b'{"id":"d-1"}\n'


def test_throughput_gc_hands_the_runs_survivors_on_without_a_young_scan() -> None:
    import gc

    from ece_async.audit.command import throughput_gc

    def collections() -> int:
        return sum(generation["collections"] for generation in gc.get_stats())

    previous = gc.get_threshold()
    with throughput_gc():
        kept = [[] for _ in range(5000)]  # survivors of the run, more than a young generation holds
        during = collections()
    more = [[] for _ in range(300)]  # fewer than a restored threshold lets through unscanned
    assert collections() == during
    assert gc.get_threshold() == previous
    assert len(kept) + len(more) == 5300


def test_throughput_gc_never_scans_decoded_search_pages() -> None:
    import gc

    from ece_async.audit.command import throughput_gc

    def collections() -> int:
        return sum(generation["collections"] for generation in gc.get_stats())

    with throughput_gc():
        before = collections()
        # Two 500-hit search pages alive at once, as decoded (55,000 containers each): all of it
        # alive, so a scan would find nothing to free.
        pages = [[{"resources": {"elasticsearch": [{"info": {}}]}} for _ in range(25_000)] for _ in range(2)]
        assert collections() == before
    assert len(pages) == 2
