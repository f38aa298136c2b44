"""A generated command's flags, body, safety (confirmation, --dry-run) and exit codes, on the wire."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web

from ece_async.cli import main
from ece_async.cli.operation import apply_set, destructive, destructive_arguments, starts_plan
from ece_async.cli.tree import operation

from .cli_support import API_KEY, Recorder, json_body, recording_server


@pytest.fixture
def server() -> Iterator[Recorder]:
    with recording_server() as recorder:
        yield recorder


def run(recorder: Recorder, *argv: str) -> int:
    return main([*argv, "--url", recorder.url, "--api-key", API_KEY])


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_flags_become_the_query_and_path(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        server,
        "deployments",
        "get-deployment",
        "--deployment-id",
        "a/b",
        "--no-show-plans",
        "--show-system-alerts",
        "3",
    )
    (seen,) = server.take()
    assert code == 0
    assert seen.method == "GET" and seen.path == "/api/v1/deployments/a%2Fb"
    assert dict(seen.query) == {"show_plans": "false", "show_system_alerts": "3"}
    assert seen.headers["authorization"] == f"ApiKey {API_KEY}"


def test_lists_are_repeatable_or_comma_separated(server: Recorder) -> None:
    argv = ["deployments", "start-deployment-resource-instances", "--deployment-id", "d", "--resource-kind"]
    argv += ["elasticsearch", "--ref-id", "main", "--instance-ids", "i-0,i-1", "--instance-ids", "i-2"]
    assert run(server, *argv) == 0
    (seen,) = server.take()
    assert seen.path.endswith("/instances/i-0,i-1,i-2/_start")


def test_enum_choices_are_checked(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["deployments", "cancel-deployment-resource-pending-plan", "--deployment-id", "d"]
    with pytest.raises(SystemExit) as exit_info:
        run(server, *argv, "--resource-kind", "nosuch", "--ref-id", "main")
    assert exit_info.value.code == 2
    assert "invalid choice: 'nosuch'" in capsys.readouterr().err
    assert server.take() == []


def test_body_from_a_file_with_set_edits_on_top(server: Recorder, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"name": "old", "prune_orphans": False, "metadata": {"tags": []}}))
    argv = ["deployments", "update-deployment", "--deployment-id", "d", "--body", str(body)]
    argv += ["--set", "name=new", "--set", "metadata.system_owned=true", "--set", "settings.x.y=[1, 2]"]
    assert run(server, *argv, "--yes") == 0
    (seen,) = server.take()
    assert json_body(seen) == {
        "name": "new",
        "prune_orphans": False,
        "metadata": {"tags": [], "system_owned": True},
        "settings": {"x": {"y": [1, 2]}},
    }


def test_body_from_stdin(server: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "from-stdin", "prune_orphans": true}'))
    # --yes: prune_orphans=true asks, and stdin holds the body, not an answer
    assert (
        run(server, "deployments", "update-deployment", "--deployment-id", "d", "--body", "-", "--yes") == 0
    )
    (seen,) = server.take()
    assert json_body(seen) == {"name": "from-stdin", "prune_orphans": True}


def test_a_required_body_is_a_usage_error(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(server, "deployments", "update-deployment", "--deployment-id", "d") == 2
    assert "needs a body" in capsys.readouterr().err
    assert server.take() == []


def test_set_paths() -> None:
    assert apply_set({}, "a.b.c=1") == {"a": {"b": {"c": 1}}}
    assert apply_set({"l": [{"x": 1}]}, "l.0.x=text") == {"l": [{"x": "text"}]}
    assert apply_set({}, 'v="quoted"') == {"v": "quoted"}
    with pytest.raises(ValueError, match="not an index"):
        apply_set({"l": []}, "l.3=1")
    with pytest.raises(ValueError, match="PATH=VALUE"):
        apply_set({}, "novalue")


def test_destructive_and_plan_starting_operations() -> None:
    assert destructive(operation("delete-deployment"))
    assert destructive(operation("shutdown-deployment"))
    assert destructive(operation("move-clusters"))
    assert destructive(operation("restore-deployment"))
    assert destructive(operation("stop-deployment-resource-instances-all"))
    assert not destructive(operation("stop-allocator-maintenance-mode"))
    assert not destructive(operation("update-deployment"))
    assert not destructive(operation("get-deployment"))
    assert starts_plan(operation("update-deployment"))
    assert starts_plan(operation("restart-deployment-stateless-resource"))
    assert not starts_plan(operation("get-deployment"))
    assert not starts_plan(operation("delete-deployment"))


#: Every operation that asks before it runs, reviewed one by one against the rule in
#: ``ece_async/cli/operation.py``: a new operation in the spec fails this test until it is placed.
ASKS_ALWAYS = {
    # every DELETE
    "cancel-deployment-resource-pending-plan", "delete-active-directory-configuration",
    "delete-adminconsole-logging-settings", "delete-allocator", "delete-allocator-logging-settings",
    "delete-allocator-metadata-item", "delete-api-key", "delete-api-keys", "delete-blueprinter-role",
    "delete-comment", "delete-config-store-option", "delete-constructor-logging-settings",
    "delete-coordinator-candidate", "delete-deployment", "delete-deployment-resource-proxy-requests",
    "delete-deployment-stateless-resource", "delete-deployment-template-v2", "delete-enrollment-token",
    "delete-extension", "delete-extra-certificate", "delete-instance-configuration",
    "delete-ldap-configuration", "delete-license", "delete-organization-invitations",
    "delete-organization-memberships", "delete-proxies-filtered-group", "delete-runner",
    "delete-runner-logging-settings", "delete-saml-configuration", "delete-snapshot-repository",
    "delete-traffic-filter-ruleset", "delete-traffic-filter-ruleset-association",
    "delete-trust-relationship", "delete-user", "delete-user-api-key", "delete-user-api-keys",
    "delete-users-api-keys", "delete-version-stack", "remove-role-assignments",
    # removes, stops, restarts, moves, resets or restores
    "deployment-apm-reset-secret-token", "reset-elasticsearch-user-password",
    "move-clusters", "move-clusters-by-type", "move-deployment-elasticsearch-resource-instances",
    "restore-deployment", "restore-deployment-resource",
    "shutdown-deployment", "shutdown-deployment-es-resource", "shutdown-deployment-stateless-resource",
    "stop-deployment-resource-instances", "stop-deployment-resource-instances-all",
    "restart-deployment-es-resource", "restart-deployment-stateless-resource",
    "demote-coordinator", "unclaim-traffic-filter-link-id",
    # takes a deployment's instances out of routing (downtime)
    "start-deployment-resource-instances-all-maintenance-mode", "start-deployment-resource-maintenance-mode",
    # replaces the installation's license
    "set-license",
    # cascades to every deployment (skip_cascading_operations)
    "set-api-base-url", "set-default-deployment-domain-name", "set-resource-kind-deployment-domain-name",
}  # fmt: skip
#: Operations that ask only when one of their arguments is true.
ASKS_WHEN_TRUE = {
    "update-deployment": ("prune_orphans",),
    "set-instance-settings-overrides": ("restart_after_update",),
    "set-all-instances-settings-overrides": ("restart_after_update",),
}


def test_the_operations_that_ask_are_exactly_those_the_rule_names() -> None:
    from ece_async.cli.tree import groups, operation_ids

    every = [operation(i) for tag in groups().values() for i in operation_ids(tag)]
    assert len(every) == 274
    assert {op.operation_id for op in every if destructive(op)} == ASKS_ALWAYS
    conditional = {op.operation_id: destructive_arguments(op) for op in every if destructive_arguments(op)}
    assert conditional == ASKS_WHEN_TRUE
    assert not any(op.reads for op in every if destructive(op) or destructive_arguments(op))


OVERRIDES = ["deployments", "set-instance-settings-overrides", "--deployment-id", "d", "--ref-id", "m"]
OVERRIDES += ["--resource-kind", "elasticsearch", "--instance-ids", "i0", "--set", "capacity=1"]


@pytest.mark.parametrize(
    ("argv", "asks"),
    [
        (["deployments", "update-deployment", "--deployment-id", "d", "--set", "prune_orphans=true"], True),
        (["deployments", "update-deployment", "--deployment-id", "d", "--set", "prune_orphans=false"], False),
        (["deployment", "update", "d", "--set", "prune_orphans=true"], True),
        (["deployments", "restart-deployment-es-resource", "--deployment-id", "d", "--ref-id", "main"], True),
        (["platform-infrastructure", "demote-coordinator", "--coordinator-id", "c1"], True),
        (["platform-infrastructure", "set-license", "--set", "license.uid=u"], True),
        (
            [*OVERRIDES, "--restart-after-update"],
            True,
        ),
    ],
)
def test_disruptive_operations_and_arguments_refuse_without_yes(
    server: Recorder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    asks: bool,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(server, *argv) == (2 if asks else 0), capsys.readouterr().err
    err = capsys.readouterr().err
    assert ("pass --yes" in err) is asks
    assert ("with prune_orphans=true" in err) is ("prune_orphans=true" in argv)
    assert len(server.take()) == (0 if asks else 1)


def test_destructive_refuses_without_yes_when_stdin_is_no_terminal(
    server: Recorder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(server, "deployments", "shutdown-deployment", "--deployment-id", "d") == 2
    assert "pass --yes" in capsys.readouterr().err
    assert server.take() == []
    assert run(server, "deployments", "shutdown-deployment", "--deployment-id", "d", "--yes") == 0
    assert len(server.take()) == 1


@pytest.mark.parametrize(("answer", "sent"), [("y\n", 1), ("n\n", 0), ("\n", 0)])
def test_destructive_asks_on_a_terminal(
    server: Recorder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    sent: int,
) -> None:
    monkeypatch.setattr("sys.stdin", _Tty(answer))
    code = run(server, "deployments", "delete-deployment", "--deployment-id", "d")
    assert "Go ahead? [y/N]" in capsys.readouterr().err
    assert (code, len(server.take())) == ((0, 1) if sent else (2, 0))


def test_dry_run_prints_the_request_and_sends_nothing(
    server: Recorder, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"password": "hunter2-secret", "user_name": "bob"}))
    argv = [
        "users",
        "update-user",
        "--user-name",
        "bob",
        "--body",
        str(body),
        "--dry-run",
        "--format",
        "json",
    ]
    assert run(server, *argv) == 0
    assert server.take() == []
    out = capsys.readouterr().out
    shown = json.loads(out)
    assert shown["method"] == "PATCH" and shown["url"] == f"{server.url}/api/v1/users/bob"
    assert shown["body"]["user_name"] == "bob"
    assert "hunter2-secret" not in out and API_KEY not in out
    assert shown["headers"]["Authorization"] == "ApiKey ****"


def test_dry_run_uses_validate_only_where_the_operation_has_it(server: Recorder) -> None:
    argv = [
        "deployments",
        "update-deployment",
        "--deployment-id",
        "d",
        "--set",
        "prune_orphans=false",
        "--dry-run",
    ]
    assert run(server, *argv) == 0
    (seen,) = server.take()
    assert dict(seen.query) == {"validate_only": "true"}


def test_an_api_error_exits_1_with_status_code_and_message(
    server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    error = {
        "errors": [{"code": "deployments.deployment_not_found", "message": "Deployment [x] cannot be found"}]
    }
    server.reply = lambda _request: web.json_response(error, status=404)
    assert run(server, "deployments", "get-deployment", "--deployment-id", "x") == 1
    err = capsys.readouterr().err
    assert "404 deployments.deployment_not_found: Deployment [x] cannot be found" in err
    assert API_KEY not in err


def test_an_answer_that_is_not_the_api_exits_2(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    server.reply = lambda _request: web.Response(text="<html>sign in</html>", content_type="text/html")
    assert run(server, "deployments", "list-deployments") == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_an_unreachable_installation_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with recording_server() as stopped:
        url = stopped.url
    assert main(["deployments", "list-deployments", "--url", url, "--api-key", API_KEY]) == 2
    assert "ece-async list-deployments:" in capsys.readouterr().err


def test_help_comes_from_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["deployments", "get-deployment", "--help"])
    out = capsys.readouterr().out
    assert "Retrieves information about a Deployment." in out
    assert "GET /deployments/{deployment_id}" in out
    assert "deployments.deployment_not_found" in out
    assert "--show-plans, --no-show-plans" in out
    assert "(server default: true)" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["deployments", "shutdown-deployment", "--deployment-id", "d"],
        ["deployments", "update-deployment", "--deployment-id", "d", "--body", "-"],
    ],
    ids=["confirmation", "body from stdin"],
)
def test_no_stdin_at_all_is_a_usage_error(
    argv: list[str], server: Recorder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", None)  # `command <&-`: Python starts with sys.stdin None
    assert run(server, *argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "ece-async" in err, err
    assert server.take() == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [("missing.json", "No such file or directory"), (".", "Is a directory"), ("bad.json", "not JSON")],
)
def test_a_body_file_that_cannot_be_used_says_why(
    name: str, reason: str, server: Recorder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.json").write_text("{oops")
    body = str(tmp_path / name)
    assert run(server, "deployments", "update-deployment", "--deployment-id", "d", "--body", body) == 2
    err = capsys.readouterr().err
    assert err.count(reason) == 1 and len(err.strip().splitlines()) == 1, err
    assert ("not JSON" in err) == (reason == "not JSON"), err
    assert server.take() == []


@pytest.mark.parametrize("edit", ["a..b=1", ".a=1", "a.=1", "a.b.=1"])
def test_set_refuses_an_empty_key_in_the_path(edit: str) -> None:
    with pytest.raises(ValueError, match="empty key"):
        apply_set({}, edit)


@pytest.mark.parametrize("edit", ["l=[1, 2", "o={'a': 1}", 's="unterminated'])
def test_set_refuses_a_value_that_looks_like_json_but_is_not(edit: str) -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        apply_set({}, edit)
    assert apply_set({}, 'o="{not json"') == {"o": "{not json"}  # quoted, it is the text


SECRET_TOKEN = "enroll-7Hq/9zX"  # a value URL-encoding changes, as real tokens' can be


def test_dry_run_masks_secrets_in_the_path(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["platform-configuration-security", "delete-enrollment-token", "--token", SECRET_TOKEN]
    assert run(server, *argv, "--dry-run") == 0
    assert server.take() == []
    shown = json.loads(capsys.readouterr().out)
    assert shown["url"].endswith("/enrollment-tokens/****"), shown


def test_errors_mask_secrets_in_the_path(server: Recorder, capsys: pytest.CaptureFixture[str]) -> None:
    server.reply = lambda _request: web.Response(status=500, text="boom", content_type="text/plain")
    argv = ["platform-configuration-security", "delete-enrollment-token", "--token", SECRET_TOKEN, "--yes"]
    assert run(server, *argv) == 2  # a plain-text 500 is no ECE error document: not the ECE API
    err = capsys.readouterr().err
    assert "enroll-7Hq" not in err and "/enrollment-tokens/***" in err, err


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["deployments", "get-deployment", "--deployment-id", "d"], "ece-async deployments get-deployment: "),
        (["deployment", "update", "d"], "ece-async deployment update: "),
        (
            ["deployment", "plan", "cancel", "d", "--resource-kind", "kibana", "--ref-id", "k"],
            "ece-async deployment plan cancel: ",
        ),
    ],
)
def test_a_usage_error_names_the_whole_command(
    argv: list[str], command: str, server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(server, *argv, "--query", "a[", "--yes") == 2
    assert capsys.readouterr().err.startswith(command)


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]], ids=["sent", "dry run"])
def test_an_argument_the_encoder_refuses_is_one_line_and_exit_2(
    dry_run: list[str], server: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["deployments", "start-deployment-resource-instances", "--deployment-id", "", "--resource-kind"]
    argv += ["elasticsearch", "--ref-id", "main", "--instance-ids", "i-0", *dry_run]
    assert run(server, *argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("ece-async start-deployment-resource-instances: deployment_id: a path parameter")
    assert len(err.strip().splitlines()) == 1
    assert server.take() == []
