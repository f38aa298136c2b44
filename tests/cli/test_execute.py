"""Commands in a pipeline, as cron and shells run them: closed pipes, Ctrl-C, ``| head``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from typing import Any

import pytest
from aiohttp import web

from .cli_support import API_KEY, recording_server

MANY = {"deployments": [{"id": f"{i:032x}", "name": f"deployment-{i}"} for i in range(5000)]}


def _command(url: str, *argv: str) -> list[str]:
    return [sys.executable, "-m", "ece_async.cli", *argv, "--url", url, "--api-key", API_KEY]


def _default_sigint() -> None:
    # A runner may start us with SIGINT ignored (nohup, CI): the child must get Python's handler.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _spawn(command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, preexec_fn=_default_sigint, stderr=subprocess.PIPE, **kwargs)


COMMANDS = [
    *(["deployments", "list-deployments", "--format", fmt] for fmt in ("json", "jsonl", "yaml", "table")),
    ["deployment", "list"],
    ["deployment", "show", "d1", "--query", "deployments[0]"],
    ["deployments", "update-deployment", "--deployment-id", "d", "--set", "name=x", "--dry-run"],
    ["users", "delete-user", "--user-name", "u", "--dry-run"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_a_closed_stdout_exits_74_with_one_line(argv: list[str]) -> None:
    with recording_server() as server:
        server.reply = lambda _r: web.json_response(MANY)
        assert _closed_stdout(_command(server.url, *argv)) == 74


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["deployments", "--help"],
        ["deployments", "get-deployment", "--help"],
        ["completion", "bash"],
    ],
)
def test_help_and_completion_to_a_closed_stdout_exit_74(argv: list[str]) -> None:
    assert _closed_stdout([sys.executable, "-m", "ece_async.cli", *argv]) == 74


def _closed_stdout(command: list[str]) -> int:
    read, write = os.pipe()
    os.close(read)  # nobody will ever read: every write fails with EPIPE
    child = _spawn(command, stdout=write)
    os.close(write)
    _, err = child.communicate()
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "cannot write to stdout" in lines[0], lines
    return child.returncode


def test_head_reads_what_it_wants() -> None:
    with recording_server() as server:
        server.reply = lambda _r: web.json_response(MANY)
        child = _spawn(
            _command(
                server.url,
                "deployments",
                "list-deployments",
                "--query",
                "deployments[].id",
                "--format",
                "jsonl",
            ),
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        child.stdout.close()  # as `| head -1` does
        _, err = child.communicate()
    assert json.loads(first) == "0" * 32
    # the whole listing is one write of ~170 KB: more than a pipe holds, so it fails on the close
    assert child.returncode == 74, err
    assert b"Traceback" not in err


def test_a_pipe_that_reads_everything_exits_0() -> None:
    with recording_server() as server:
        server.reply = lambda _r: web.json_response(MANY)
        child = _spawn(_command(server.url, "deployments", "list-deployments"), stdout=subprocess.PIPE)
        out, err = child.communicate()
    assert child.returncode == 0, err
    assert len(json.loads(out)["deployments"]) == 5000


def test_ctrl_c_exits_130() -> None:
    with recording_server() as server:
        server.hold = True
        child = _spawn(_command(server.url, "deployments", "list-deployments"), stdout=subprocess.PIPE)
        assert server.arrived.wait(timeout=60)  # the request is in flight
        child.send_signal(signal.SIGINT)
        out, err = child.communicate()
    assert child.returncode == 130, err
    assert out == b""
    assert err.decode().strip().splitlines() == ["ece-async list-deployments: interrupted"]


def test_ctrl_c_while_tracking_exits_130() -> None:
    with recording_server() as server:
        server.hold = lambda request: request.method == "GET"  # the update answers, the plan never does
        server.reply = lambda _r: web.json_response({"id": "d1"})
        argv = ["deployment", "update", "d1", "--set", "prune_orphans=false", "--track"]
        child = _spawn(_command(server.url, *argv), stdout=subprocess.PIPE)
        assert server.arrived.wait(timeout=60)
        child.send_signal(signal.SIGINT)
        _, err = child.communicate()
    assert child.returncode == 130, err
    assert err.decode().strip().splitlines() == ["ece-async update-deployment: interrupted"]


def test_ctrl_c_at_the_confirmation_prompt_exits_130() -> None:
    import pty

    primary, secondary = pty.openpty()  # a terminal on stdin: the command asks
    with recording_server() as server:
        child = _spawn(
            _command(server.url, "deployment", "delete", "d1"), stdin=secondary, stdout=subprocess.PIPE
        )
        os.close(secondary)
        assert child.stderr is not None
        prompt = b""
        while b"[y/N]" not in prompt:
            chunk = child.stderr.read1(1024)  # type: ignore[attr-defined]
            assert chunk, prompt
            prompt += chunk
        child.send_signal(signal.SIGINT)
        _, err = child.communicate()
        assert server.take() == []
    os.close(primary)
    assert child.returncode == 130, err
    assert b"interrupted" in err


@pytest.mark.parametrize(
    ("flags", "code"),
    [(["--query", "name["], 2), (["-o", "/nonexistent-dir/out.json"], 74)],
    ids=["bad query", "unwritable output"],
)
def test_output_that_cannot_work_is_refused_before_anything_is_sent(
    flags: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    from ece_async.cli import main

    with recording_server() as server:
        argv = ["deployment", "update", "d1", "--set", "prune_orphans=false", *flags]
        assert main([*argv, "--url", server.url, "--api-key", API_KEY]) == code
        assert server.take() == []  # the update was not made, then reported as a failure
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def _without_stdout() -> None:
    _default_sigint()
    os.close(1)  # `command >&-`: Python starts with sys.stdout None


@pytest.mark.parametrize(
    "argv",
    [
        ["deployment", "list"],
        ["deployment", "list", "--format", "table"],
        ["--help"],
        ["--version"],
        ["completion", "bash"],
        ["audit", "--simulate", "3"],
    ],
    ids=" ".join,
)
def test_no_stdout_at_all_exits_74_with_one_line(argv: list[str]) -> None:
    with recording_server() as server:
        server.reply = lambda _r: web.json_response(MANY)
        command = [sys.executable, "-m", "ece_async.cli", *argv]
        if argv[0] == "deployment":
            command = _command(server.url, *argv)
        child = subprocess.Popen(command, preexec_fn=_without_stdout, stderr=subprocess.PIPE)
        _, err = child.communicate()
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and "no standard output" in lines[0], lines
    assert child.returncode == 74


def test_version_to_a_full_disk_exits_74() -> None:
    with open("/dev/full", "w") as full:
        child = subprocess.run(
            [sys.executable, "-m", "ece_async.cli", "--version"], stdout=full, stderr=subprocess.PIPE
        )
    assert child.returncode == 74, child.stderr
    assert child.stderr.decode().strip().splitlines() == [
        "ece-async: cannot write to stdout: No space left on device"
    ]


def _without_stderr() -> None:
    _default_sigint()
    os.close(2)  # `command 2>&-`: Python starts with sys.stderr None, and print(file=None) is stdout


def test_no_stderr_keeps_messages_out_of_stdout() -> None:
    with recording_server() as server:
        server.reply = lambda _r: web.json_response({"deployments": []})
        argv = ["deployment", "list", "--insecure", "--query", "deployments"]
        child = subprocess.run(
            _command(server.url, *argv),
            preexec_fn=_without_stderr,
            capture_output=False,
            stdout=subprocess.PIPE,
        )
        unreachable = subprocess.run(
            _command("http://127.0.0.1:9", "deployment", "list"),
            preexec_fn=_without_stderr,
            stdout=subprocess.PIPE,
        )
    assert (child.returncode, json.loads(child.stdout)) == (0, [])  # the --insecure notice went nowhere
    assert (unreachable.returncode, unreachable.stdout) == (2, b"")
