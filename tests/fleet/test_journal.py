"""The journal: every event on disk before append returns, torn last lines dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from ece_async.fleet import Journal, JournalError, read_journal


def test_events_replay_into_each_deployments_state(tmp_path: Path) -> None:
    journal = Journal.create(tmp_path / "j", {"change": {"kind": "restart"}})
    journal.append({"event": "selected", "ids": ["a", "b"]})
    journal.append({"event": "validated", "id": "a", "version": "3", "request_id": "r" * 32, "zones": ["z1"]})
    journal.append({"event": "intent", "id": "a", "request_id": "r" * 32})
    journal.close()
    state = read_journal(tmp_path / "j")
    assert state.header["change"] == {"kind": "restart"}
    assert state.deployments["a"].state == "intent" and state.deployments["a"].version == "3"
    assert state.deployments["b"].state == "selected"


def test_a_torn_last_line_is_dropped_and_cut_off_on_reopen(tmp_path: Path) -> None:
    journal = Journal.create(tmp_path / "j", {})
    journal.append({"event": "selected", "ids": ["a"]})
    journal.close()
    with (tmp_path / "j").open("ab") as f:
        f.write(b'{"event":"intent","id":"a"')  # the process died mid-line
    assert read_journal(tmp_path / "j").deployments["a"].state == "selected"
    again, _ = Journal.reopen(tmp_path / "j")
    again.append({"event": "outcome", "id": "a", "status": "done"})
    again.close()
    assert read_journal(tmp_path / "j").deployments["a"].status == "done"


def test_a_journal_is_never_shared_or_confused(tmp_path: Path) -> None:
    Journal.create(tmp_path / "j", {}).close()
    with pytest.raises(FileExistsError):
        Journal.create(tmp_path / "j", {})
    (tmp_path / "other").write_text('{"hello": 1}\n')
    with pytest.raises(JournalError, match="not an ece-async fleet journal"):
        read_journal(tmp_path / "other")


def test_a_journal_in_use_by_another_run_is_refused(tmp_path: Path) -> None:
    """Two resumes of one journal would each write the deployments the other is writing."""
    first = Journal.create(tmp_path / "j", {})
    try:
        with pytest.raises(JournalError, match="in use"):
            Journal.reopen(tmp_path / "j")
    finally:
        first.close()
    again, _ = Journal.reopen(tmp_path / "j")  # free once the first run closed it
    try:
        with pytest.raises(JournalError, match="in use"):
            Journal.reopen(tmp_path / "j")
    finally:
        again.close()


def test_a_journal_from_a_newer_format_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "j").write_text('{"format": "ece-async-fleet-journal", "version": 2}\n')
    with pytest.raises(JournalError, match="version 2"):
        read_journal(tmp_path / "j")


@pytest.mark.parametrize("line", ["5", '"text"', '{"event": "intent"}', "[1]"])
def test_a_hand_edited_line_that_is_json_but_no_event_is_a_journal_error(tmp_path: Path, line: str) -> None:
    journal = Journal.create(tmp_path / "j", {})
    journal.close()
    with (tmp_path / "j").open("a") as f:
        f.write(line + "\n")
    with pytest.raises(JournalError, match="line 2"):
        read_journal(tmp_path / "j")
