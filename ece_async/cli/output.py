"""What every command prints: ``--format``, ``-o FILE`` and ``--query``, and writes that are checked.

A result is plain JSON data (models are turned into their dicts first).
``--query`` selects from it with JMESPath, the expression language the AWS CLI
uses, so nobody learns a home-made one.  Every write is flushed and checked:
a full disk or a closed pipe is :class:`OutputError` (exit 74), never a
success with half a report.
"""

from __future__ import annotations

import argparse
import enum
import errno
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from . import UsageError

FORMATS = ("json", "jsonl", "yaml", "table")
#: Writes go out in pieces of this many characters, each flushed.  One large write to a pipe
#: whose reader left (``| head``) can end in a short write that Python's buffered stream never
#: reports; small flushed pieces make the next one fail with EPIPE, as it must.
CHUNK = 16384


class OutputError(Exception):
    """The output could not be written (disk full, closed pipe): exit 74."""

    def __init__(self, where: str, error: OSError) -> None:
        super().__init__(f"cannot write to {where}: {error.strerror or error}")
        #: What could not be written: ``stdout``, the ``-o`` path, a journal.
        self.where = where


def check_writable(path: str) -> None:
    """Refuse an output file that cannot be written before anything is fetched (``OutputError``,
    exit 74, as when the write itself fails), without creating or emptying it."""
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    if not parent.is_dir():
        raise OutputError(path, FileNotFoundError(errno.ENOENT, f"directory {parent} does not exist"))
    # An existing file is written in place (``/dev/null`` in a read-only ``/dev``); a new one needs
    # its directory.
    if not os.access(target if target.exists() else parent, os.W_OK):
        raise OutputError(path, PermissionError(errno.EACCES, "not writable"))


def add_output_flags(parser: argparse.ArgumentParser) -> None:
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="json, jsonl, yaml or table (default: table on a terminal, else json)",
    )
    out.add_argument("--output", "-o", metavar="FILE", help="write the result to FILE instead of stdout")
    out.add_argument("--query", metavar="EXPR", help="JMESPath expression selecting from the result")


def output_format(chosen: str | None, path: str | None, stream: TextIO | None = None) -> str:
    """``chosen``, else a table for a person at a terminal and JSON for everything else."""
    if chosen:
        return chosen
    stream = sys.stdout if stream is None else stream
    return "table" if path is None and stream.isatty() else "json"


def plain(value: Any) -> Any:
    """A result as JSON data: models as their dicts, enums as their values."""
    from .._generated import Model

    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def select(value: Any, query: str | None) -> Any:
    """``value`` narrowed by the JMESPath ``query`` (a usage error when the expression is malformed)."""
    if not query:
        return value
    import jmespath

    with _query_errors(query):
        return jmespath.search(query, value)


def check_query(query: str | None) -> None:
    """A malformed ``--query`` is a usage error before the command sends anything (not after a write)."""
    if not query:
        return
    import jmespath

    with _query_errors(query):
        jmespath.compile(query)


@contextmanager
def _query_errors(query: str) -> Iterator[None]:
    from jmespath.exceptions import JMESPathError

    try:
        yield
    except JMESPathError as exc:
        raise UsageError(f"--query {query!r}: {str(exc).splitlines()[0]}") from None


def _json(value: Any, indent: bool) -> str:
    import json

    return json.dumps(value, indent=2 if indent else None, ensure_ascii=False, default=str)


#: C0 and C1 control characters and DEL: in a table on a terminal they would move the cursor,
#: recolour, retitle the window or start a new row, so they are shown escaped (``\x1b``, ``\n``).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """``text`` with control characters escaped: the server's text cannot drive the terminal."""
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def cell(value: Any) -> str:
    """One value as table text: `-` for null, JSON for objects, control characters escaped."""
    if value is None:
        return "-"
    if isinstance(value, dict | list):
        return visible(_json(value, indent=False))
    if value is True or value is False:
        return "true" if value else "false"
    return visible(str(value))


def _rows_table(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [k for k, v in row.items() if k not in columns and not isinstance(v, dict | list)]
    if not columns:
        return "\n".join(_json(r, indent=False) for r in rows) + "\n"
    cells = [[visible(c.upper()) for c in columns]] + [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    return "".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n" for line in cells
    )


def _flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, value


def _table(value: Any) -> str:
    """A list of objects as columns; an object as ``key  value`` lines (dotted keys); else the value."""
    if isinstance(value, dict):
        rows = next((v for v in value.values() if _is_rows(v)), None) if len(value) <= 3 else None
        if rows is not None:
            return _rows_table(rows)
        pairs = [(visible(k), v) for k, v in _flatten(value)]
        width = max((len(k) for k, _ in pairs), default=0)
        return "".join(f"{k.ljust(width)}  {cell(v)}".rstrip() + "\n" for k, v in pairs)
    if _is_rows(value):
        return _rows_table(value)
    if isinstance(value, list):
        return "".join(cell(v) + "\n" for v in value)
    return "" if value is None else cell(value) + "\n"


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def render(value: Any, fmt: str) -> str:
    """``value`` (JSON data) as text in ``fmt``; empty for no result at all."""
    if fmt == "json":
        return "" if value is None else _json(value, indent=True) + "\n"
    if fmt == "jsonl":
        items = value if isinstance(value, list) else [] if value is None else [value]
        return "".join(_json(item, indent=False) + "\n" for item in items)
    if fmt == "yaml":
        import yaml

        return "" if value is None else yaml.safe_dump(value, sort_keys=False, allow_unicode=True)
    return _table(value)


def render_result(value: Any, query: str | None, fmt: str) -> str:
    """A command's result as printed: ``value`` (JSON data) narrowed by ``query``, in ``fmt``.

    A ``--query`` that selects nothing is ``null`` in the data formats (json, jsonl, yaml) and
    nothing in a table, as the AWS CLI prints it for json and text: a script reading the output
    gets a document, a person no noise.  Without a query, no result (a call without a body)
    prints nothing.
    """
    selected = select(value, query)
    if selected is None and query and fmt != "table":
        return _NULL[fmt]
    return render(selected, fmt)


#: ``null`` as each data format writes it.
_NULL = {"json": "null\n", "jsonl": "null\n", "yaml": "null\n...\n"}


class Output:
    """Where a command's output goes; every write is flushed and checked (``OutputError``)."""

    def __init__(self, path: str | None = None, stream: TextIO | None = None) -> None:
        self.path = path
        self._stream = stream
        self._file: TextIO | None = None

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except (OSError, ValueError) as error:  # ValueError: write to a closed file
            os_error = error if isinstance(error, OSError) else OSError(str(error))
            raise OutputError(self.path or "stdout", os_error) from None

    def open(self) -> None:
        """Open ``-o FILE`` (or check stdout) now: output that cannot go out fails before the command acts.

        An empty write costs nothing on a real stream and fails on a stdout that was closed (``>&-``).
        """
        with self._writing():
            self._open().write("")

    def write(self, text: str) -> None:
        with self._writing():
            stream = self._open()
            for start in range(0, len(text), CHUNK):
                stream.write(text[start : start + CHUNK])
                stream.flush()

    def _open(self) -> TextIO:
        if self.path is None:
            return self._stream or sys.stdout
        if self._file is None:
            self._file = open(self.path, "w", encoding="utf-8")
        return self._file

    def close(self) -> None:
        handle, self._file = self._file, None
        if handle is not None:
            with self._writing():
                handle.close()


class ClosedStdout(io.TextIOBase):
    """``sys.stdout`` of a process started with stdout closed (``>&-``), where Python leaves ``None``.

    Every write fails as on a closed descriptor, so each command reports it as it reports any
    output that cannot be written (exit 74), instead of crashing on ``None``.
    """

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "no standard output (it was closed)")


def drop_unwritten_stdout() -> None:
    """Point stdout at the null device, so the exit's flush of what failed to go out stays quiet."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # not a real file (captured, closed): nothing flushes at exit
        pass
