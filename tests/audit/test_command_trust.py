"""``ece-async audit`` as cron and pipes use it: what is not the API, dead installations, closed pipes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import web

from ece_async.cli import main

from .local_server import Handler, html_page, json_response, serving_in_thread
from .served import simulators_in_thread

KEY = "k3y-that-never-shows"


@pytest.mark.parametrize("flags", [[], ["--platform"], ["--format", "json"]])
def test_an_html_page_is_not_an_empty_healthy_fleet(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with serving_in_thread([html_page()]) as url:
        code = main(["audit", "--url", url, "--api-key", KEY, "--fail-on", "low", "--no-progress", *flags])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("ece-async audit: ")
    assert " 200" in captured.err and "Welcome to nginx" in captured.err  # what came back
    assert KEY not in captured.err


@pytest.mark.parametrize("platform", [False, True])
def test_a_dead_installation_or_a_wrong_key_exits_2_for_either_audit(
    platform: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    flags = ["--no-progress", "--no-costs", *(["--platform"] if platform else [])]
    assert main(["audit", "--url", "http://127.0.0.1:9", "--api-key", KEY, *flags]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "127.0.0.1:9" in err and KEY not in err
    with simulators_in_thread(1, 5, seed=1, speed=0) as (sim,):
        assert main(["audit", "--url", sim.url, "--api-key", "wrong", *flags]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "401" in err


def test_a_platform_audit_counts_every_request_it_sent(capsys: pytest.CaptureFixture[str]) -> None:
    sent: list[str] = []

    def answer(payload: object, status: int = 200) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            sent.append(request.path)
            return json_response(payload, status)

        return handler

    forbidden = {"errors": [{"code": "root.forbidden", "message": "no platform rights"}]}
    routes = [  # runners refused (a key without platform rights): an error row; the others are read
        ("POST", "/platform/infrastructure/allocators/_search", answer({"zones": []})),
        ("POST", "/platform/infrastructure/runners/_search", answer(forbidden, 403)),
        ("GET", "/platform/infrastructure/proxies", answer({"proxies": [], "proxies_count": 0})),
    ]
    with serving_in_thread(routes) as url:
        code = main(["audit", "--url", url, "--api-key", KEY, "--platform", "--no-progress", "--wide"])
    captured = capsys.readouterr()
    assert code == 1 and "runner" in captured.out and "no platform rights" in captured.out
    assert len(sent) == 3 and ", 3 requests, " in captured.err.splitlines()[-1]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "jsonl"])
@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_a_closed_pipe_exits_74(fmt: str, unbuffered: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered  # a raw stdout: writes may be partial
    command = [sys.executable, "-m", "ece_async.cli", "audit", "--simulate", "1000", "--format", fmt]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    for _ in range(3):  # what `| head -3` reads before it goes away
        proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(60) == 74, err
    assert "ece-async audit: cannot write to stdout: Broken pipe" in err
    assert "Traceback" not in err and "Exception ignored" not in err


def test_a_wrong_organization_is_named_as_such(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "--simulate", "5", "--organization", "nope", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "costs unavailable: organization 'nope' not found (organization.not_found" in err
    assert "no billing API" not in err


def test_make_demo_expects_findings_without_ignoring_errors() -> None:
    makefile = (Path(__file__).parents[2] / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.partition("\ndemo:")[2].partition("\n\n")[0].splitlines()[1:]
    assert recipe and all(line.startswith("\t$(BIN)/ece-async audit ") for line in recipe)
    assert all(line.endswith(" || test $$? -eq 1") for line in recipe)  # 1: findings, as --fail-on asks


def test_ctrl_c_of_several_profiles_keeps_what_finished_and_the_dead_ones_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ece_async.audit import command

    original = command._audit_one

    async def interrupted_once_the_others_finish(
        session: command.Session, index: int, target: command.Target, organization: str | None
    ) -> object:
        if target.name != "slow":
            return await original(session, index, target, organization)
        while len(session.finished) < 2:  # noqa: ASYNC110 - the others finish on this loop
            await asyncio.sleep(0)
        raise KeyboardInterrupt  # what asyncio.run raises when SIGINT arrives mid-await

    monkeypatch.setattr(command, "_audit_one", interrupted_once_the_others_finish)
    with simulators_in_thread(1, 5, seed=1, speed=0) as (sim,):
        config = tmp_path / "config.toml"
        config.write_text(
            "".join(
                f'[profiles.{name}]\nurl = "{url}"\napi_key_env = "K"\n'
                for name, url in (("lab", sim.url), ("down", "http://127.0.0.1:9"), ("slow", sim.url))
            ),
            encoding="utf-8",
        )
        monkeypatch.setenv("K", sim.api_key)
        argv = ["audit", "--config", str(config), "--all-profiles", "--format", "json", "--no-progress"]
        assert main(argv) == 130
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0] == "audit interrupted"
    (lab,) = [line for line in lines if line.startswith("lab: 5 deployments")]
    assert not lab.endswith("(interrupted)")
    assert any(line.startswith("down: unreachable: ") and "127.0.0.1:9" in line for line in lines)
    assert any(line.startswith("slow: 0 deployments") and line.endswith("(interrupted)") for line in lines)
    document = json.loads(captured.out)  # the report of what was audited, marked partial
    assert document["summary"]["interrupted"] is True and len(document["deployments"]) == 5
    assert [u["installation"] for u in document["summary"]["unreachable"]] == ["down"]


def test_the_progress_line_shows_the_fleet_being_built_and_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "--simulate", "5", "--progress", "-o", os.devnull]) == 0
    err = capsys.readouterr().err
    assert "\rbuilding a simulated fleet of 5 deployments... 0s" in err
    assert "\rlisting deployments... " in err and "5/5 deployments" in err


def test_the_audit_command_imports_the_simulator_only_to_simulate() -> None:
    code = "import sys, ece_async.audit.command; print('ece_async.testing' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
