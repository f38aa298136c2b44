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


def test_audit_of_a_simulated_fleet_reports_every_deployment_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.json"
    code = main(["audit", "--simulate", "40", "--seed", "3", "--format", "json", "-o", str(out)])
    items = json.loads(out.read_text(encoding="utf-8"))
    err = capsys.readouterr().err
    assert code == 0
    assert len(items) == 40 and len({i["id"] for i in items}) == 40
    assert all(i["health"] in ("healthy", "unhealthy") for i in items)
    assert all(i["versions"].get("elasticsearch") for i in items if i["instances"])
    assert any(i["pending"] for i in items)  # the simulator keeps a plan in flight
    assert any(i["last_plan"] == "failed" for i in items)
    assert all(i["cost"] is not None for i in items)
    assert "40 deployments" in err and "failed to fetch" in err


def test_faults_are_survived_and_partial_failures_exit_non_zero_without_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ece_async.testing import FaultConfig

    # The default mix rarely defeats the retries: make some deployments' details unreachable.
    harsh = FaultConfig(error_rate=0.02, routes={"get-deployment": FaultConfig(error_rate=0.7)})
    monkeypatch.setattr(FaultConfig, "default_mix", classmethod(lambda cls: harsh))
    code = main(["audit", "--simulate", "150", "--faults", "--seed", "5", "--format", "csv", "--no-costs"])
    captured = capsys.readouterr()
    rows = captured.out.strip().splitlines()
    assert len(rows) == 151
    assert "Traceback" not in captured.err
    summary = captured.err.strip().splitlines()[-1]
    assert summary.startswith("150 deployments")
    failed = int(summary.split(" failed to fetch")[0].rsplit(" ", 1)[1])
    assert 0 < failed < 150
    assert code == 1
    assert " 0 retries" not in summary  # the default fault mix makes the client retry


def test_missing_connection_settings_are_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("ECE_URL", "ECE_API_KEY", "ECE_USERNAME", "ECE_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["audit"]) == 2
    assert "no URL" in capsys.readouterr().err
    assert main(["audit", "--url", "https://ece.example:12443"]) == 2
    assert "no credentials" in capsys.readouterr().err


def test_unreachable_installation_reports_per_deployment_failure_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["audit", "--url", "http://127.0.0.1:9", "--api-key", "k", "--no-costs"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and "ece-async audit:" in err
    assert (
        "k" not in err.split("ece-async audit:")[1].replace("127.0.0.1", "").split()
    )  # the key is not echoed


def test_ctrl_c_stops_cleanly() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ece_async.cli",
            "audit",
            "--simulate",
            "20000",
            "--format",
            "json",
            "--no-costs",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        time.sleep(3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert "interrupted" in err
