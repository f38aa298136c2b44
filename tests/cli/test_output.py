"""--format, --query and -o: what a command prints, and a write that fails exits 74."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from ece_async.cli import UsageError, main
from ece_async.cli.output import Output, OutputError, check_writable, output_format, render, select

from .cli_support import API_KEY, recording_server

LISTING = {"deployments": [{"id": "a1", "name": "one", "healthy": True}, {"id": "b2", "name": "two"}]}


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_json_when_stdout_is_no_terminal_and_a_table_on_one() -> None:
    assert output_format(None, None, io.StringIO()) == "json"
    assert output_format(None, None, _Tty()) == "table"
    assert output_format(None, "out.json", _Tty()) == "json"
    assert output_format("yaml", None, _Tty()) == "yaml"


def test_formats() -> None:
    assert json.loads(render(LISTING, "json")) == LISTING
    assert render(LISTING["deployments"], "jsonl").splitlines() == [
        json.dumps(d) for d in LISTING["deployments"]
    ]
    assert yaml.safe_load(render(LISTING, "yaml")) == LISTING
    table = render(LISTING, "table").splitlines()
    assert table[0].split() == ["ID", "NAME", "HEALTHY"]
    assert table[1].split() == ["a1", "one", "true"] and table[2].split() == ["b2", "two", "-"]
    assert render({"a": {"b": 1}, "c": "x"}, "table").splitlines() == ["a.b  1", "c    x"]


def test_query_is_jmespath() -> None:
    assert select(LISTING, "deployments[?healthy].id") == ["a1"]
    assert select(LISTING, "length(deployments)") == 2
    with pytest.raises(UsageError, match="--query"):
        select(LISTING, "deployments[?")


def test_query_and_output_file_on_a_command(tmp_path: Path) -> None:
    out = tmp_path / "ids.json"
    with recording_server() as server:
        server.reply = lambda _r: __import__("aiohttp").web.json_response(LISTING)
        argv = ["deployments", "list-deployments", "--url", server.url, "--api-key", API_KEY]
        assert main([*argv, "--query", "deployments[].id", "-o", str(out)]) == 0
    assert json.loads(out.read_text()) == ["a1", "b2"]


def test_a_failed_write_is_an_output_error() -> None:
    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="No space left on device"):
        Output(stream=Full()).write("x")


def test_a_full_disk_exits_74(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full")
    with recording_server() as server:
        argv = ["deployments", "list-deployments", "--url", server.url, "--api-key", API_KEY, "-o", str(full)]
        assert main(argv) == 74
    assert "No space left on device" in capsys.readouterr().err


def test_a_table_shows_control_characters_escaped() -> None:
    """A name is the server's text: on a terminal it must not move the cursor, recolour or add rows."""
    evil = "evil\x1b[2J\x1b]0;owned\x07\nsecond\tline\r\x9b"
    rows = render({"deployments": [{"id": "a1", "name": evil}, {"id": "b2", "name": "ok ✓"}]}, "table")
    pairs = render({"name": evil, "tags": {"k\x1bey": "v"}}, "table")
    for text in (rows, pairs):
        assert not any(ch in text for ch in "\x1b\x07\r\t\x9b"), text
    assert len(rows.splitlines()) == 3 and "ok ✓" in rows
    shown = "evil\\x1b[2J\\x1b]0;owned\\x07\\nsecond\\tline\\r\\x9b"
    assert rows.splitlines()[1].split(maxsplit=1)[1] == shown
    assert pairs.splitlines()[1].startswith("tags.k\\x1bey")


@pytest.mark.parametrize(
    ("fmt", "printed"), [("json", "null\n"), ("jsonl", "null\n"), ("yaml", "null\n...\n"), ("table", "")]
)
def test_a_query_selecting_null_prints_null_except_as_a_table(
    fmt: str, printed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the AWS CLI: ``--query`` that selects nothing is ``null`` in a data format, nothing as text."""
    with recording_server() as server:
        server.reply = lambda _r: __import__("aiohttp").web.json_response(LISTING)
        argv = ["deployments", "list-deployments", "--url", server.url, "--api-key", API_KEY]
        assert main([*argv, "--query", "deployments[0].missing", "--format", fmt]) == 0
    assert capsys.readouterr().out == printed


def test_no_result_at_all_prints_nothing_in_any_format() -> None:
    """A call without a body (204) has no result: nothing to print, whatever the format."""
    for fmt in ("json", "jsonl", "yaml", "table"):
        assert render(None, fmt) == ""


def _writable_only(*allowed: Path) -> Callable[[Any, int], bool]:
    """``os.access`` as a non-root user sees it: only ``allowed`` may be written (root may write anything)."""
    return lambda path, mode: Path(path) in allowed


def test_an_existing_file_in_a_read_only_directory_is_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ``-o /dev/null`` as a user: /dev is not theirs, /dev/null is.
    existing = tmp_path / "report.json"
    existing.write_text("")
    monkeypatch.setattr(os, "access", _writable_only(existing))
    check_writable(str(existing))
    with pytest.raises(OutputError, match=r"new\.json: not writable"):
        check_writable(str(tmp_path / "new.json"))
    monkeypatch.setattr(os, "access", _writable_only(tmp_path))
    check_writable(str(tmp_path / "new.json"))
    with pytest.raises(OutputError, match=r"report\.json: not writable"):
        check_writable(str(existing))
