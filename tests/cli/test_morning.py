"""An operator's morning against the simulator: show, generate the update, dry-run it, run it tracked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ece_async.cli import main

from .cli_support import simulator_in_thread


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with simulator_in_thread(12, seed=7, speed=0, plan_failure_rate=0) as simulator:
        # The tracker sleeps on the simulator's frozen clock: each poll moves simulated time on.
        monkeypatch.setattr("ece_async.cli.execute.PLAN_CLOCK", simulator.clock)
        monkeypatch.setenv("ECE_URL", simulator.url)
        monkeypatch.setenv("ECE_API_KEY", simulator.api_key)
        yield simulator


def _out(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(capsys.readouterr().out)


def test_upgrade_kibana_with_the_version_lock(
    sim: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deployment = "0d175832a1adac513cf6478c1e59aa11"
    kibana = "resources.kibana[0].info.plan_info.current.plan.kibana.version"
    assert main(["deployment", "show", deployment, "--query", kibana]) == 0
    assert _out(capsys) == "8.14.3"

    payload = tmp_path / "update.json"
    assert main(["deployment", "show", deployment, "--generate-update-payload", "-o", str(payload)]) == 0
    version = capsys.readouterr().err.split("--version ")[1].split()[0]
    edit = ["--body", str(payload), "--set", "resources.kibana.0.plan.kibana.version=8.15.1"]

    assert main(["deployment", "update", deployment, *edit, "--version", "1"]) == 1  # stale lock
    assert "409 deployments.version_conflict" in capsys.readouterr().err

    assert main(["deployment", "update", deployment, *edit, "--version", version, "--dry-run"]) == 0
    capsys.readouterr()
    assert main(["deployment", "show", deployment, "--query", kibana]) == 0
    assert _out(capsys) == "8.14.3"  # validate_only changed nothing

    assert main(["deployment", "update", deployment, *edit, "--version", version, "--track"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events[-1] == {"event": "succeeded", "deployment_id": deployment}
    assert any(e.get("kind") == "kibana" for e in events)
    assert main(["deployment", "show", deployment, "--query", kibana]) == 0
    assert _out(capsys) == "8.15.1"
