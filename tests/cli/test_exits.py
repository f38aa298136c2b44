"""The one line on stderr that explains a failure: the server's words, never its control characters."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from ece_async.cli import main

from .cli_support import API_KEY, recording_server


@pytest.mark.parametrize("status", [404, 500])
def test_the_servers_message_is_one_line_without_control_characters(
    status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    message = "not found\x1b[2J\x1b]0;owned\x07\nsecond line"
    body = {"errors": [{"code": "deployments.deployment_not_found", "message": message}]}
    with recording_server() as server:
        server.reply = lambda _r: web.json_response(body, status=status)
        argv = ["deployment", "show", "d1", "--url", server.url, "--api-key", API_KEY]
        assert main(argv) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "\x1b" not in err and "\x07" not in err
    assert "not found" in err and "second line" in err  # the library prints control characters as spaces


@pytest.mark.parametrize("status", [404, 502])
def test_an_error_page_that_is_not_the_ece_api_exits_2(
    status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "<html><body><h1>Bad Gateway</h1>nginx</body></html>"
    with recording_server() as server:
        server.reply = lambda _r: web.Response(text=page, status=status, content_type="text/html")
        assert main(["deployment", "list", "--url", server.url, "--api-key", API_KEY]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and f"-> {status}" in err


def test_an_ece_error_without_a_body_is_still_the_apis_answer(capsys: pytest.CaptureFixture[str]) -> None:
    with recording_server() as server:
        server.reply = lambda _r: web.Response(status=404)
        assert main(["deployment", "list", "--url", server.url, "--api-key", API_KEY]) == 1


@pytest.mark.parametrize(
    "closing",
    [">&-", "| { exec 0<&-; sleep 2; }"],  # no stdout at all; a pipe whose reader has closed it
    ids=["closed", "reader gone"],
)
def test_simulate_with_stdout_closed_exits_74_in_one_line(closing: str) -> None:
    import subprocess
    import sys

    program = "import sys; from ece_async.cli import main; sys.exit(main())"
    line = f"set -o pipefail; {sys.executable} -c '{program}' simulate --deployments 1 --port 0 {closing}"
    done = subprocess.run(["bash", "-c", f"{line}; echo $? >&2"], capture_output=True, text=True, timeout=30)
    *message, code = done.stderr.strip().splitlines()
    assert code.strip() == "74", done.stderr
    assert len(message) == 1 and message[0].startswith("ece-async: cannot write to stdout: "), message


#: A command of each kind that reads the installation first: an operation, the fleet (its
#: selection), the snapshot.  An answer means the same exit code in all of them.
READING_COMMANDS = [
    ["deployment", "list"],
    ["fleet", "restart", "--dry-run"],
    ["snapshot", "-o", "{tmp}/snapshot.json"],
]


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (
            lambda _r: web.json_response(
                {"errors": [{"code": "root.unauthorized", "message": "no"}]}, status=403
            ),
            1,
        ),
        (lambda _r: web.Response(text="<html>Bad Gateway</html>", status=502, content_type="text/html"), 2),
    ],
    ids=["the API's 403", "a proxy's HTML 502"],
)
@pytest.mark.parametrize("argv", READING_COMMANDS, ids=" ".join)
def test_every_command_gives_an_answer_the_same_exit_code(
    argv: list[str], reply: Any, code: int, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """1 when the API answered an error, 2 when what answered is not the API (README's table)."""
    with recording_server() as server:
        server.reply = reply
        command = [a.format(tmp=tmp_path) for a in argv]
        assert main([*command, "--url", server.url, "--api-key", API_KEY]) == code
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
