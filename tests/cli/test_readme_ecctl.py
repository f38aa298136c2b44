"""The README's table of ecctl's commands: 108 rows, each ece-async command parses with the real parser."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from ece_async.cli import _parsers, _words

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(r"^\| `ecctl ([^`]+)` \| (.+) \|$")


def _rows() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### ecctl's commands in ece-async", 1)[1].split("<!--", 1)[0]
    return [(m.group(1), m.group(2)) for m in map(ROW.match, section.splitlines()) if m]


def _commands(cell: str) -> list[list[str]]:
    """Each ``ece-async ...`` code span of a cell as argv (optional ``[--flag]`` kept as the flag)."""
    spans = re.findall(r"`ece-async ([^`]+)`", cell)
    return [shlex.split(span.replace("[", "").replace("]", "")) for span in spans]


def test_every_ece_command_of_ecctl_has_a_row() -> None:
    rows = _rows()
    assert len(rows) == 108
    assert all(_commands(cell) for _, cell in rows)


@pytest.mark.parametrize(("ecctl", "cell"), _rows())
def test_each_equivalent_parses(ecctl: str, cell: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in _commands(cell):
        if argv[0] in ("GROUP", "--version"):
            continue
        parser, _subs = _parsers(_words(argv))
        args, extra = parser.parse_known_args(argv)
        assert extra == [], (ecctl, argv, extra)
        assert args.command is not None, (ecctl, argv)
