"""``--track``: a plan-starting command follows the plan, a line per step, and exits by its outcome."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

from ece_async.cli import main
from ece_async.clock import Clock

from .cli_support import API_KEY, Recorder, recording_server


class _NoWait(Clock):
    async def sleep(self, seconds: float) -> None:
        return None


def _resource(pending: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, Any]:
    plan_info: dict[str, Any] = {"current": current, "healthy": current.get("healthy", True)}
    if pending is not None:
        plan_info["pending"] = pending
    return {"resources": {"elasticsearch": [{"ref_id": "main", "info": {"plan_info": plan_info}}]}}


def _attempt(healthy: bool, *steps: tuple[str, str]) -> dict[str, Any]:
    log = [{"step_id": s, "status": status, "stage": "completed"} for s, status in steps]
    attempt: dict[str, Any] = {"plan_attempt_id": "a2", "healthy": healthy, "plan_attempt_log": log}
    if not healthy:
        attempt["error"] = {"message": "not enough capacity in zone-1"}
    return attempt


def _scripted(server: Recorder, final_ok: bool) -> None:
    old = {"plan_attempt_id": "a1", "healthy": True, "plan_attempt_log": []}
    pending = {
        "plan_attempt_id": "a2",
        "plan_attempt_log": [{"step_id": "plan-validate", "status": "success"}],
    }
    last_step = ("apply-plan", "success" if final_ok else "error")
    answers = [
        _resource(pending, old),
        _resource(None, _attempt(final_ok, ("plan-validate", "success"), last_step)),
    ]

    def reply(request: web.Request) -> web.StreamResponse:
        if request.method != "GET":
            return web.json_response({"id": "d1"})
        return web.json_response(answers.pop(0) if len(answers) > 1 else answers[0])

    server.reply = reply


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    monkeypatch.setattr("ece_async.cli.execute.PLAN_CLOCK", _NoWait())
    with recording_server() as recorder:
        yield recorder


def _update(server: Recorder, *extra: str) -> int:
    argv = ["deployments", "update-deployment", "--deployment-id", "d1", "--set", "prune_orphans=false"]
    return main([*argv, "--track", "--url", server.url, "--api-key", API_KEY, *extra])


def test_a_plan_that_succeeds_exits_0_with_jsonl_events(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    _scripted(server, final_ok=True)
    assert _update(server) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    steps = [(e["step_id"], e["status"]) for e in events[:-1]]  # a step again when its stage changes
    assert steps[0] == ("plan-validate", "success") and steps[-1] == ("apply-plan", "success")
    assert events[-1] == {"event": "succeeded", "deployment_id": "d1"}
    assert [s.method for s in server.take()][:2] == ["PUT", "GET"]


def test_a_plan_that_fails_exits_1_with_the_failing_step(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    _scripted(server, final_ok=False)
    assert _update(server, "--format", "table") == 1
    captured = capsys.readouterr()
    assert "elasticsearch  main  apply-plan  error" in captured.out
    assert "plan of d1 failed: elasticsearch/main at step 'apply-plan': not enough capacity" in captured.err
    assert "plan failed: elasticsearch/main at step 'apply-plan'" in captured.out


def test_create_tracks_the_deployment_it_created(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    _scripted(server, final_ok=True)
    argv = ["deployment", "create", "--set", "name=new", "--track", "--url", server.url, "--api-key", API_KEY]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {
        "event": "succeeded",
        "deployment_id": "d1",
    }


def test_vacate_tracks_the_deployments_whose_instances_move(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    done = _resource(None, _attempt(True, ("plan-completed", "success")))
    allocator = {
        "allocator_id": "a1",
        "instances": [
            {"cluster_id": "c1", "deployment_id": "d1"},
            {"cluster_id": "c2", "deployment_id": "d2"},
        ],
    }
    answers = {
        ("POST", "/api/v1/platform/infrastructure/allocators/a1/clusters/_move"): {
            "moves": {"elasticsearch_clusters": [{"cluster_id": "c1"}]}
        },
        ("GET", "/api/v1/platform/infrastructure/allocators/a1"): allocator,
    }
    server.reply = lambda r: web.json_response(answers.get((r.method, r.path), done))
    argv = ["allocator", "vacate", "a1", "--yes", "--track", "--url", server.url, "--api-key", API_KEY]
    assert main(argv) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {e["deployment_id"] for e in events} == {"d1"}
    assert events[-1] == {"event": "succeeded", "deployment_id": "d1"}
    assert [s.path for s in server.take()][2:] == ["/api/v1/deployments/d1"]


def test_a_dry_run_tracks_nothing(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    _scripted(server, final_ok=True)
    assert _update(server, "--dry-run") == 0
    assert [s.method for s in server.take()] == ["PUT"]


class _Jumping(Clock):
    """Each poll's sleep moves time on by what it asked: the plan's deadline comes in a few polls."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 600.0)


def test_a_plan_still_pending_at_the_deadline_exits_1_not_2(
    server: Recorder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not confirmed done is a failed operation (1), as a failed plan is; 2 is for bad usage."""
    monkeypatch.setattr("ece_async.cli.execute.PLAN_CLOCK", _Jumping())
    log = [{"step_id": "plan-validate", "status": "pending"}]
    pending = {"plan_attempt_id": "a2", "plan_attempt_log": log}
    still = _resource(pending, {"plan_attempt_id": "a1", "healthy": True, "plan_attempt_log": []})
    server.reply = lambda r: web.json_response(still if r.method == "GET" else {"id": "d1"})
    assert _update(server, "--format", "jsonl") == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "ece-async: plan of d1 not confirmed done: plan of deployment d1 still pending after 3600s: "
        "elasticsearch/main"
    ]
    assert json.loads(captured.out.splitlines()[-1]) == {"event": "timed_out", "deployment_id": "d1"}


def test_track_help_names_both_ways_to_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["deployments", "update-deployment", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "exit 1 when it fails or is still running after an hour" in text
