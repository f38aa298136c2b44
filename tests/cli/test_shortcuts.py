"""The short commands: each is one generated operation with its identifier first."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
from aiohttp import web

from ece_async.cli import main
from ece_async.cli.shortcuts import SHORTCUTS, update_payload
from ece_async.cli.tree import operation

from .cli_support import API_KEY, Recorder, recording_server


@pytest.fixture
def server() -> Iterator[Recorder]:
    with recording_server() as recorder:
        yield recorder


def run(server: Recorder, *argv: str) -> int:
    return main([*argv, "--url", server.url, "--api-key", API_KEY, "--format", "json"])


@pytest.mark.parametrize(
    ("argv", "method", "path"),
    [
        (["deployment", "list"], "GET", "/api/v1/deployments"),
        (["deployment", "show", "d1"], "GET", "/api/v1/deployments/d1"),
        (["deployment", "search", "--set", "size=5"], "POST", "/api/v1/deployments/_search"),
        (["deployment", "shutdown", "d1", "--yes"], "POST", "/api/v1/deployments/d1/_shutdown"),
        (["deployment", "restore", "d1", "--yes"], "POST", "/api/v1/deployments/d1/_restore"),
        (
            ["deployment", "plan", "cancel", "d1", "--resource-kind", "kibana", "--ref-id", "main", "--yes"],
            "DELETE",
            "/api/v1/deployments/d1/kibana/main/plan/pending",
        ),
        (["allocator", "list"], "GET", "/api/v1/platform/infrastructure/allocators"),
        (["allocator", "show", "a1"], "GET", "/api/v1/platform/infrastructure/allocators/a1"),
        (
            ["allocator", "maintenance", "a1", "--on"],
            "POST",
            "/api/v1/platform/infrastructure/allocators/a1/maintenance-mode/_start",
        ),
        (
            ["allocator", "maintenance", "a1", "--off"],
            "POST",
            "/api/v1/platform/infrastructure/allocators/a1/maintenance-mode/_stop",
        ),
        (
            ["allocator", "vacate", "a1", "--yes"],
            "POST",
            "/api/v1/platform/infrastructure/allocators/a1/clusters/_move",
        ),
        (["stack", "list"], "GET", "/api/v1/stack/versions"),
        (["user", "list"], "GET", "/api/v1/users"),
        (["user", "show", "bob"], "GET", "/api/v1/users/bob"),
        (["user", "delete", "bob", "--yes"], "DELETE", "/api/v1/users/bob"),
        (["api-key", "list"], "GET", "/api/v1/users/auth/keys"),
        (["api-key", "create", "--set", "description=ci"], "POST", "/api/v1/users/auth/keys"),
        (["api-key", "delete", "k1", "--yes"], "DELETE", "/api/v1/users/auth/keys/k1"),
    ],
)
def test_each_short_command_sends_its_operation(
    server: Recorder, argv: list[str], method: str, path: str
) -> None:
    assert run(server, *argv) == 0
    (seen,) = server.take()
    assert (seen.method, seen.path) == (method, path)


def test_every_shortcut_names_a_real_operation() -> None:
    for shortcut in SHORTCUTS:
        op = operation(shortcut.operation_id)
        if shortcut.positional is not None:
            assert shortcut.positional in {p.name for p in op.params}


def test_short_destructive_commands_refuse_without_yes(
    server: Recorder, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(server, "deployment", "shutdown", "d1") == 2
    assert server.take() == []


def test_maintenance_needs_on_or_off(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(server, "allocator", "maintenance", "a1")
    assert exit_info.value.code == 2


DEPLOYMENT = {
    "id": "d1",
    "name": "web",
    "resources": {
        "elasticsearch": [
            {
                "ref_id": "main",
                "region": "ece-region",
                "info": {"plan_info": {"current": {"plan": {"elasticsearch": {"version": "8.15.1"}}}}},
            }
        ],
        "kibana": [
            {
                "ref_id": "kb",
                "region": "ece-region",
                "elasticsearch_cluster_ref_id": "main",
                "info": {"plan_info": {"current": {"plan": {"kibana": {"version": "8.15.1"}}}}},
            }
        ],
    },
}


def test_generate_update_payload_and_its_version(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    server.reply = lambda _r: web.json_response(DEPLOYMENT, headers={"x-cloud-resource-version": "42"})
    assert run(server, "deployment", "show", "d1", "--generate-update-payload") == 0
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert payload == {
        "name": "web",
        "prune_orphans": False,
        "resources": {
            "elasticsearch": [
                {"region": "ece-region", "ref_id": "main", "plan": {"elasticsearch": {"version": "8.15.1"}}}
            ],
            "kibana": [
                {
                    "region": "ece-region",
                    "ref_id": "kb",
                    "elasticsearch_cluster_ref_id": "main",
                    "plan": {"kibana": {"version": "8.15.1"}},
                }
            ],
        },
    }
    assert "--version 42" in captured.err
    assert all(dict(s.query).get("clear_transient") == "true" for s in server.take())


def test_update_with_the_version_lock(server: Recorder, tmp_path: object) -> None:
    payload = update_payload(DEPLOYMENT)
    server.reply = lambda _r: web.json_response({"id": "d1"})
    argv = ["deployment", "update", "d1", "--set", f"resources={json.dumps(payload['resources'])}"]
    assert run(server, *argv, "--set", "prune_orphans=false", "--version", "42") == 0
    (seen,) = server.take()
    assert (seen.method, seen.path, dict(seen.query)) == ("PUT", "/api/v1/deployments/d1", {"version": "42"})
    assert json.loads(seen.body)["resources"] == payload["resources"]


ALLOCATORS = {
    "zones": [
        {
            "zone_id": "zone-1",
            "allocators": [
                {
                    "allocator_id": "alloc-1",
                    "zone_id": "zone-1",
                    "host_ip": "10.0.0.1",
                    "status": {"connected": True, "healthy": True, "maintenance_mode": False},
                    "capacity": {"memory": {"total": 65536, "used": 2048}},
                    "instances": [{"cluster_id": "c1"}, {"cluster_id": "c2"}],
                }
            ],
        },
        {"zone_id": "zone-2", "allocators": []},
    ]
}


def test_allocator_list_as_a_table_shows_the_allocators(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    server.reply = lambda _r: web.json_response(ALLOCATORS)
    argv = ["allocator", "list", "--url", server.url, "--api-key", API_KEY, "--format", "table"]
    assert main(argv) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["ID", "ZONE", "HEALTHY"]
    assert row.split()[:3] == ["alloc-1", "zone-1", "true"] and "65536" in row.split()
    assert main([*argv, "--format", "json"]) == 0  # other formats: the answer as it is
    assert json.loads(capsys.readouterr().out) == ALLOCATORS
    assert main([*argv, "--query", "zones[].zone_id"]) == 0  # a query of one's own: the answer it selects
    assert capsys.readouterr().out.split() == ["zone-1", "zone-2"]


def test_the_identifier_given_twice_differently_is_refused(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(server, "deployment", "show", "d1", "--deployment-id", "d2") == 2
    assert "given twice" in capsys.readouterr().err
    assert server.take() == []
    assert run(server, "deployment", "show", "d1", "--deployment-id", "d1") == 0  # the same: fine
