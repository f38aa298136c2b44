"""The fleet journal: an append-only JSON-lines file, flushed and fsynced line by line.

Why JSON lines and not SQLite: the journal is written in one order and read once, from the
top (on resume or rollback); each line is one self-contained event, so a crash can at worst
leave a torn *last* line, which :func:`read_journal` drops (the event it held had not been
acted on: the write it announces comes after the fsync).  An operator reads it with ``tail -f``,
``grep`` and ``jq`` while the run goes on, and it travels as a text file with the change
ticket.  SQLite would give the same durability only with ``synchronous=FULL`` and would
hide the history behind a schema.

Events (``"event"`` field), per deployment in this order:

* ``selected`` (once per run: every id the run covers),
* ``validated`` (state before: resource ``version``, the payload to send, the ``previous``
  payload to roll back to, zones, plan attempt ids) | ``at_target`` | ``refused``,
* ``intent`` (fsynced *before* the write is sent), ``written`` (after the server took it),
* ``outcome`` (``done``, ``failed`` or ``skipped``, with a reason).
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

__all__ = ["DeploymentEntry", "Journal", "JournalError", "JournalState", "read_journal"]

FORMAT = "ece-async-fleet-journal"


class JournalError(ValueError):
    """A journal that cannot be used (not a journal, or written by a newer ece-async)."""


@attrs.define
class DeploymentEntry:
    """What the journal says about one deployment so far."""

    id: str
    state: str = "selected"
    name: str | None = None
    version: str | None = None
    request_id: str | None = None
    payload: dict[str, Any] | None = None
    previous: dict[str, Any] | None = None
    zones: tuple[str, ...] = ()
    attempts: dict[str, str] = attrs.field(factory=dict)
    diff: tuple[str, ...] = ()
    #: Critical findings before the change (the gate: a plan may add none).
    critical: tuple[str, ...] = ()
    reason: str | None = None
    status: str | None = None

    @property
    def final(self) -> bool:
        return self.state in ("outcome", "at_target", "refused")


@attrs.define
class JournalState:
    """The run header and each deployment's latest state, replayed from the events."""

    header: dict[str, Any]
    deployments: dict[str, DeploymentEntry] = attrs.field(factory=dict)

    def check_installation(self, urls: Sequence[str]) -> None:
        """Refuse to act on another installation's journal.

        Its versions, request ids and saved plans mean nothing elsewhere: resumed against a
        second installation sharing deployment ids (a copy, a staging twin) it would write
        plans that were validated on the first.
        """
        written = self.header.get("url")
        if written and written not in urls:
            raise JournalError(
                f"journal written against {written}, not {', '.join(urls)}: "
                "resume or roll it back with the connection it was started with"
            )

    def apply(self, event: Mapping[str, Any]) -> None:
        kind = event.get("event")
        if kind == "selected":
            for deployment_id in event.get("ids", []):
                self.deployments.setdefault(deployment_id, DeploymentEntry(deployment_id))
            return
        entry = self.deployments.setdefault(str(event["id"]), DeploymentEntry(str(event["id"])))
        entry.state = str(kind)
        if kind == "validated":
            entry.name = event.get("name")
            entry.version = event.get("version")
            entry.request_id = event.get("request_id")
            entry.payload = event.get("payload")
            entry.previous = event.get("previous")
            entry.zones = tuple(event.get("zones", ()))
            entry.attempts = dict(event.get("attempts", {}))
            entry.diff = tuple(event.get("diff", ()))
            entry.critical = tuple(event.get("critical", ()))
        elif kind in ("outcome", "refused", "at_target"):
            entry.name = event.get("name", entry.name)
            entry.status = event.get("status", kind)
            entry.reason = event.get("reason")
        elif kind == "intent":
            entry.request_id = event.get("request_id", entry.request_id)


def _events(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    # The last element is b"" after a complete line; anything else there is a torn write.
    for number, line in enumerate(lines[:-1], 1):
        if line.strip():
            yield _event(json.loads(line), number)


def _event(value: Any, number: int) -> dict[str, Any]:
    """A complete line that is no event was edited by hand: refuse it rather than guess."""
    if not isinstance(value, dict) or (
        number > 1 and value.get("event") != "selected" and not isinstance(value.get("id"), str)
    ):
        raise JournalError(f"line {number} is not a journal event")
    return value


def _check_header(path: Path, header: Any) -> dict[str, Any]:
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise JournalError(f"{path}: not an ece-async fleet journal")
    if header.get("version") != 1:
        raise JournalError(f"{path}: journal format version {header.get('version')}; this ece-async reads 1")
    return header


def read_journal(path: str | Path) -> JournalState:
    """Replay a journal; a torn last line (a crash mid-write) is ignored."""
    path = Path(path)
    try:
        events = _events(path)
        state = JournalState(_check_header(path, next(events, None)))
        for event in events:
            state.apply(event)
    except JournalError as exc:
        raise JournalError(str(exc) if str(exc).startswith(f"{path}:") else f"{path}: {exc}") from None
    except (OSError, ValueError) as exc:
        raise JournalError(f"{path}: {exc}") from None
    return state


class Journal:
    """Appends events; each one is on disk (flushed and fsynced) before :meth:`append` returns."""

    def __init__(self, path: str | Path, file: IO[bytes]) -> None:
        self.path = Path(path)
        self._file = file
        self._closed = False

    @classmethod
    def create(cls, path: str | Path, header: Mapping[str, Any]) -> Journal:
        """A new journal (never an existing file: two runs must not share one)."""
        file = Path(path).open("xb")
        _lock(path, file)
        journal = cls(path, file)
        journal.append({"format": FORMAT, "version": 1, **header})
        _fsync_dir(Path(path))
        return journal

    @classmethod
    def reopen(cls, path: str | Path) -> tuple[Journal, JournalState]:
        """An existing journal, replayed, ready for more events (a torn last line is cut off first)."""
        file = Path(path).open("r+b")
        try:
            _lock(path, file)
            state = read_journal(path)
        except BaseException:
            file.close()
            raise
        data = file.read()
        end = data.rfind(b"\n") + 1
        file.seek(end)
        file.truncate()
        return cls(path, file), state

    def append(self, event: Mapping[str, Any]) -> None:
        if self._closed:
            raise JournalError(f"{self.path}: journal closed")
        self._file.write(json.dumps(event, separators=(",", ":"), sort_keys=True).encode() + b"\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._file.close()


def _lock(path: str | Path, file: IO[bytes]) -> None:
    """Hold the journal for this run's lifetime: two runs resuming one journal would write twice.

    An advisory ``flock``, released by the kernel when the process ends (``kill -9`` included),
    so a crashed run never leaves a stale lock behind.
    """
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        file.close()
        raise JournalError(f"{path}: in use by another ece-async fleet run") from None


def _fsync_dir(path: Path) -> None:
    """Make the new file's directory entry durable too (a crash must not lose the whole journal)."""
    try:
        fd = os.open(path.resolve().parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
