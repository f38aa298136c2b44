"""The one line on stderr that explains a failure: the server's words, never its control characters."""

from __future__ import annotations

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
