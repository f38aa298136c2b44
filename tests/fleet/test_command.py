"""``ece-async fleet`` and ``ece-async snapshot`` as a user runs them: subprocesses against the fake ECE."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from ece_async.cli import main

from .fake_ece import FakeECE, serve

TARGET = "8.15.1"
KIBANA_SIZE = "resources.kibana.*.plan.cluster_topology.0.size.value"


async def cli(url: str, cwd: Path, *args: str) -> tuple[int, str, str]:
    process = await _spawn(url, cwd, *args)
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def _default_sigint() -> None:
    """A runner started with SIGINT ignored hands that on to its children: Ctrl-C must reach them."""
    signal.signal(signal.SIGINT, signal.default_int_handler)


async def _spawn(url: str, cwd: Path, *args: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "ECE_URL": url, "ECE_API_KEY": "fleet-test-key"}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sys; from ece_async.cli import main; sys.exit(main())",
        *args,
        cwd=cwd,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=_default_sigint,
    )


FAST = ("--poll-interval", "0.01")


async def test_upgrade_names_its_journal_first_and_exits_0_when_all_done(tmp_path: Path) -> None:
    fake = FakeECE(5)
    server, url = await serve(fake)
    try:
        code, out, err = await cli(
            url, tmp_path, "fleet", "upgrade", "--to", TARGET, "--yes", "--format", "table", *FAST
        )
    finally:
        await server.close()
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith("journal: fleet-upgrade-") and (tmp_path / first.split(": ")[1]).is_file()
    assert "total: 5 done" in out
    assert set(fake.updates.values()) == {1}


async def test_without_a_terminal_writing_needs_yes(tmp_path: Path) -> None:
    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        code, _, err = await cli(url, tmp_path, "fleet", "upgrade", "--to", TARGET)
    finally:
        await server.close()
    assert code == 2 and "--yes" in err
    assert not fake.updates and not os.listdir(tmp_path)


async def test_a_dry_run_prints_the_diff_and_writes_nothing(tmp_path: Path) -> None:
    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        code, out, _ = await cli(
            url, tmp_path, "fleet", "upgrade", "--to", TARGET, "--dry-run", "--format", "table"
        )
    finally:
        await server.close()
    assert code == 0
    assert 'elasticsearch:main-elasticsearch plan.elasticsearch.version: "8.14.3" -> "8.15.1"' in out
    assert "validated: 2 would change" in out
    assert not fake.updates and not os.listdir(tmp_path)


async def test_skipped_deployments_exit_1_and_jsonl_streams_events(tmp_path: Path) -> None:
    fake = FakeECE(3)
    fake.stacks = [s for s in fake.stacks if s["version"] != TARGET]
    server, url = await serve(fake)
    try:
        code, out, _ = await cli(
            url, tmp_path, "fleet", "upgrade", "--to", TARGET, "--yes", "--format", "jsonl"
        )
    finally:
        await server.close()
    assert code == 1
    events = [json.loads(line) for line in out.splitlines()]
    assert events[0]["event"] == "journal" and (tmp_path / events[0]["path"]).is_file()
    assert events[1]["event"] == "selected"
    refused = [e for e in events if e["event"] == "validated" and e["verdict"] == "refused"]
    assert len(refused) == 3 and "not offered" in refused[0]["reason"]
    assert events[-1] == {"event": "report", "counts": {"refused": 3}, "stopped": None}


async def test_an_unreachable_installation_exits_2(tmp_path: Path) -> None:
    fake = FakeECE(1)
    server, url = await serve(fake)
    await server.close()
    code, _, err = await cli(url, tmp_path, "fleet", "restart", "--dry-run")
    assert code == 2 and err.startswith("ece-async fleet: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fleet", "upgrade", "--to", "8.15.1", "--where", "colour=red", "--dry-run"], "unknown field"),
        (["fleet", "apply", "--dry-run"], "--set PATH=VALUE"),
        (["fleet", "upgrade", "--to", "8.15.1", "--concurrency", "0", "--dry-run"], "--concurrency"),
    ],
)
def test_bad_usage_exits_2_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ECE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ECE_API_KEY", "k")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


async def test_kill_9_in_the_middle_then_resume_loses_nothing_and_writes_nothing_twice(
    tmp_path: Path,
) -> None:
    fake = FakeECE(20, steps=10**9)  # plans hold until the test lets them finish
    ids = fake.ids()
    fake.fail = {ids[4], ids[15]}  # one before the kill, one after
    changed = {ids[17]}  # someone else changes it just before its write

    def someone_else(deployment_id: str) -> None:
        if deployment_id in changed:
            changed.discard(deployment_id)
            fake.bump(deployment_id)

    fake.before_write = someone_else
    server, url = await serve(fake)
    try:
        process = await _spawn(
            url, tmp_path, "fleet", "upgrade", "--to", TARGET, "--yes", "--canary", "0",
            "--concurrency", "6", "--max-failures", "5", "--journal", "j.jsonl", *FAST,
        )  # fmt: skip
        while sum(fake.updates.values()) < 6:
            fake.updated.clear()
            await asyncio.wait_for(fake.updated.wait(), 30)
        process.send_signal(signal.SIGKILL)
        assert await process.wait() == -signal.SIGKILL
        fake.finish_soon()

        code, out, err = await cli(url, tmp_path, "fleet", "resume", "j.jsonl", "--format", "json")
    finally:
        await server.close()
    assert code == 1, err + out  # two failed, one skipped
    report = json.loads(out)
    reasons = {d["id"]: (d["status"], d["reason"]) for d in report["deployments"]}
    assert report["counts"] == {"done": 17, "failed": 2, "skipped": 1}
    assert reasons[ids[17]][0] == "skipped" and "deployments.version_conflict" in reasons[ids[17]][1]
    assert "rolling upgrade failed" in reasons[ids[4]][1] and "rolling upgrade failed" in reasons[ids[15]][1]
    assert max(fake.updates.values()) == 1 and ids[17] not in fake.updates  # nothing written twice
    at_target = [
        i for i in ids if fake.deployments[i].plans["elasticsearch"]["elasticsearch"]["version"] == TARGET
    ]
    assert len(at_target) == 17


async def test_rollback_failed_only_puts_back_the_saved_plans_of_the_failed(tmp_path: Path) -> None:
    fake = FakeECE(4)
    broken = fake.ids()[1]
    fake.unhealthy_after.add(broken)
    fake.deployments[broken].plans["kibana"]["cluster_topology"][0]["size"]["value"] = 2048
    server, url = await serve(fake)
    try:
        code, _, _ = await cli(
            url, tmp_path, "fleet", "apply", "--set", f"{KIBANA_SIZE}=4096",
            "--yes", "--canary", "0", "--max-failures", "3", "--journal", "j.jsonl", *FAST,
        )  # fmt: skip
        assert code == 1
        kibana = fake.deployments[broken].plans["kibana"]["cluster_topology"][0]["size"]["value"]
        assert kibana == 4096  # the plan went through, and left the deployment unhealthy
        fake.unhealthy_after.clear()
        fake.deployments[broken].healthy = True
        code, out, err = await cli(
            url, tmp_path, "fleet", "rollback", "j.jsonl", "--failed-only", "--yes", "--format", "table"
        )
    finally:
        await server.close()
    assert code == 0, err + out
    assert fake.deployments[broken].plans["kibana"]["cluster_topology"][0]["size"]["value"] == 2048
    others = [fake.deployments[i].plans["kibana"]["cluster_topology"][0]["size"]["value"] for i in fake.ids()]
    assert others.count(4096) == 3
    assert "total: 1 done" in out


async def test_ctrl_c_exits_130_naming_the_journal_and_resume_finishes(tmp_path: Path) -> None:
    fake = FakeECE(6, steps=10**9)
    server, url = await serve(fake)
    try:
        process = await _spawn(
            url, tmp_path, "fleet", "upgrade", "--to", TARGET, "--yes", "--canary", "0",
            "--concurrency", "3", "--journal", "j.jsonl", *FAST,
        )  # fmt: skip
        while sum(fake.updates.values()) < 3:
            fake.updated.clear()
            await asyncio.wait_for(fake.updated.wait(), 30)
        process.send_signal(signal.SIGINT)
        _, err = await process.communicate()
        assert process.returncode == 130
        assert "interrupted; the journal is intact: ece-async fleet resume j.jsonl" in err.decode()
        fake.finish_soon()
        code, out, err2 = await cli(url, tmp_path, "fleet", "resume", "j.jsonl")
    finally:
        await server.close()
    assert code == 0, err2 + out
    assert dict(fake.updates) == {i: 1 for i in fake.ids()}


async def test_resume_and_rollback_refuse_a_journal_of_another_installation(tmp_path: Path) -> None:
    """A journal's request ids, versions and saved plans belong to the installation it was written on."""
    first, other = FakeECE(2), FakeECE(2)
    server, url = await serve(first)
    server2, url2 = await serve(other)
    try:
        code, _, err = await cli(url, tmp_path, "fleet", "restart", "--yes", "--journal", "j.jsonl", *FAST)
        assert code == 0, err
        results = [
            await cli(url2, tmp_path, "fleet", "resume", "j.jsonl"),
            await cli(url2, tmp_path, "fleet", "rollback", "j.jsonl", "--yes"),
        ]
    finally:
        await server.close()
        await server2.close()
    for code, out, err in results:
        assert code == 2, out + err
        assert len(err.strip().splitlines()) == 1 and "written against" in err and url in err
    assert not other.updates


async def test_rollback_refuses_a_journal_whose_run_is_still_going(tmp_path: Path) -> None:
    """Rolling back under a live run (or a live resume) would race its writes."""
    from ece_async.fleet import Journal

    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        code, _, err = await cli(url, tmp_path, "fleet", "restart", "--yes", "--journal", "j.jsonl", *FAST)
        assert code == 0, err
        live, _ = Journal.reopen(tmp_path / "j.jsonl")
        try:
            code, out, err = await cli(url, tmp_path, "fleet", "rollback", "j.jsonl", "--yes")
        finally:
            live.close()
    finally:
        await server.close()
    assert code == 2, out + err
    assert "in use by another ece-async fleet run" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("journal", ["missing-dir/j.jsonl", "not-a-dir/j.jsonl"])
async def test_a_journal_that_cannot_be_created_exits_74_in_one_line_before_any_write(
    tmp_path: Path, journal: str
) -> None:
    (tmp_path / "not-a-dir").write_text("a file")
    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        code, out, err = await cli(url, tmp_path, "fleet", "restart", "--yes", "--journal", journal, *FAST)
    finally:
        await server.close()
    assert code == 74, out + err
    assert err.startswith(f"ece-async fleet: cannot write to the journal {journal}: ")
    assert len(err.strip().splitlines()) == 1
    assert not fake.updates


async def _closed_stdout(tmp_path: Path, *args: str) -> tuple[int, str, FakeECE]:
    return await _closed(tmp_path, ">&-", *args)


async def _closed(tmp_path: Path, redirect: str, *args: str) -> tuple[int, str, FakeECE]:
    """The command started from a shell with ``redirect`` (``>&-``, ``<&-``): its stderr."""
    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        process = await asyncio.create_subprocess_shell(
            f"{sys.executable} -c 'import sys; from ece_async.cli import main; sys.exit(main())' "
            f"{' '.join(args)} {redirect}",
            cwd=tmp_path,
            env={**os.environ, "ECE_URL": url, "ECE_API_KEY": "fleet-test-key"},
            stdin=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await process.communicate()
    finally:
        await server.close()
    assert process.returncode is not None
    return process.returncode, err.decode(), fake


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
async def test_a_closed_stdout_exits_74_in_one_line_in_every_format(tmp_path: Path, fmt: str) -> None:
    code, err, _ = await _closed_stdout(tmp_path, "fleet", "restart", "--dry-run", "--format", fmt)
    assert code == 74, err
    assert err.startswith("ece-async fleet: cannot write to stdout: ")
    assert len(err.strip().splitlines()) == 1


async def test_a_closed_stdout_stops_a_run_before_its_journal_and_writes(tmp_path: Path) -> None:
    """A run that prints only at the end (json) must not change the fleet first and fail after."""
    code, err, fake = await _closed_stdout(tmp_path, "fleet", "restart", "--yes", "--format", "json", *FAST)
    assert code == 74, err
    assert len(err.strip().splitlines()) == 1
    assert not fake.updates and not os.listdir(tmp_path)


async def test_json_when_stdout_is_no_terminal_as_every_command(tmp_path: Path) -> None:
    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        code, out, err = await cli(url, tmp_path, "fleet", "restart", "--dry-run")
    finally:
        await server.close()
    assert code == 0, err
    assert json.loads(out)["counts"] == {"would_change": 2}


@pytest.mark.parametrize(
    ("fmt", "printed"),
    [
        ("table", ""),
        ("json", {"journal": None, "counts": {}, "stopped": None, "deployments": []}),
        ("jsonl", {"event": "report", "counts": {}, "stopped": None}),
    ],
)
async def test_a_selection_matching_nothing_makes_no_journal_says_so_and_exits_0(
    tmp_path: Path, fmt: str, printed: object
) -> None:
    """Nothing to do is no failure (a cron re-run after the fleet is done), but it is said."""
    fake = FakeECE(3)
    server, url = await serve(fake)
    try:
        code, out, err = await cli(
            url, tmp_path, "fleet", "upgrade", "--to", TARGET, "--where", "name=nomatch-*", "--yes",
            "--format", fmt, *FAST,
        )  # fmt: skip
    finally:
        await server.close()
    assert code == 0, err
    assert err.splitlines() == ["ece-async fleet: no deployment matched the selection: nothing to do"]
    assert (json.loads(out) if out else out) == printed
    assert not os.listdir(tmp_path) and not fake.updates


async def test_a_rollback_with_nothing_to_roll_back_makes_no_journal(tmp_path: Path) -> None:
    fake = FakeECE(2)
    server, url = await serve(fake)
    try:
        code, _, err = await cli(url, tmp_path, "fleet", "restart", "--yes", "--journal", "j.jsonl", *FAST)
        assert code == 0, err
        code, _, err = await cli(url, tmp_path, "fleet", "rollback", "j.jsonl", "--failed-only", "--yes")
    finally:
        await server.close()
    assert code == 0, err
    assert err.splitlines() == ["ece-async fleet: no deployment of the journal to roll back: nothing to do"]
    assert os.listdir(tmp_path) == ["j.jsonl"]


@pytest.mark.parametrize("action", [["restart"], ["upgrade", "--to", TARGET]])
async def test_a_closed_stdin_refuses_to_write_without_yes_in_one_line(
    tmp_path: Path, action: list[str]
) -> None:
    """Started with stdin closed (``<&-``), as every command: nobody can confirm, so --yes is asked for."""
    code, err, fake = await _closed(tmp_path, "<&-", "fleet", *action, *FAST)
    assert code == 2, err
    refusal = "ece-async fleet: stdin is not a terminal: pass --yes to write without asking"
    assert err.splitlines() == [refusal]
    assert not fake.updates and not os.listdir(tmp_path)


#: The confirmation's question, and the pause's between waves.
CONFIRM, PAUSE = b"[y/N]", b"press Enter"


async def _on_a_terminal(
    tmp_path: Path, fake: FakeECE, answers: list[tuple[bytes, bytes | None]], *args: str
) -> tuple[int, str, str]:
    """The command with a terminal on stdin (stdout and stderr piped): each (question, answer) in
    turn, an answer of None being Ctrl-C."""
    import pty

    primary, secondary = pty.openpty()
    server, url = await serve(fake)
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "import sys; from ece_async.cli import main; sys.exit(main())", *args,
            cwd=tmp_path, env={**os.environ, "ECE_URL": url, "ECE_API_KEY": "fleet-test-key"},
            stdin=secondary, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            preexec_fn=_default_sigint,
        )  # fmt: skip
        os.close(secondary)
        assert process.stderr is not None
        asked, answered = b"", 0  # answered: where the last question answered ends
        for question, answer in answers:
            while question not in asked[answered:]:
                chunk = await asyncio.wait_for(process.stderr.read(1024), 30)
                assert chunk, asked
                asked += chunk
            answered = asked.index(question, answered) + len(question)
            if answer is None:
                process.send_signal(signal.SIGINT)
            else:
                os.write(primary, answer)
        out, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:  # a question that never came: no process left behind
            process.kill()
            await process.communicate()
        await server.close()
        os.close(primary)
    assert process.returncode is not None
    return process.returncode, out.decode(), (asked + err).decode()


async def test_the_question_goes_to_stderr_so_the_json_report_stays_json(tmp_path: Path) -> None:
    """``fleet upgrade ... > report.json`` on a terminal: the report file holds the report alone."""
    fake = FakeECE(2)
    code, out, err = await _on_a_terminal(
        tmp_path, fake, [(CONFIRM, b"y\n")], "fleet", "restart", "--format", "json", *FAST
    )
    assert code == 0, err
    assert json.loads(out)["counts"] == {"done": 2}
    assert "write these changes? [y/N]" in err


async def test_end_of_input_at_the_question_is_no(tmp_path: Path) -> None:
    """Ctrl-D at ``[y/N]`` answers no, as an empty line does: nothing written, no traceback."""
    fake = FakeECE(2)
    code, out, err = await _on_a_terminal(
        tmp_path, fake, [(CONFIRM, b"\x04")], "fleet", "restart", "--format", "json", *FAST
    )
    assert code == 1, err
    assert json.loads(out)["stopped"] == "not confirmed"
    assert "Traceback" not in err and not fake.updates


async def test_pause_without_a_terminal_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    """``--pause`` waits for Enter: from cron nobody presses it, so it is a usage error up front."""
    fake = FakeECE(3)
    server, url = await serve(fake)
    try:
        code, _, err = await cli(
            url, tmp_path, "fleet", "restart", "--yes", "--pause", "--canary", "1", *FAST
        )
    finally:
        await server.close()
    assert code == 2, err
    assert err.splitlines() == [
        "ece-async fleet: --pause waits for Enter between waves: stdin is not a terminal"
    ]
    assert not fake.updates and not os.listdir(tmp_path)


async def test_end_of_input_at_the_pause_stops_the_run_there_for_resume(tmp_path: Path) -> None:
    """Enter starts the next wave; Ctrl-D at the pause stops the run, the journal ready for resume."""
    fake = FakeECE(3)
    answers = [(CONFIRM, b"y\n"), (PAUSE, b"\n"), (PAUSE, b"\x04")]
    argv = ["fleet", "restart", "--pause", "--canary", "1", "--concurrency", "1", "--journal", "j.jsonl"]
    code, out, err = await _on_a_terminal(tmp_path, fake, answers, *argv, "--format", "json", *FAST)
    assert code == 1, err
    report = json.loads(out)
    assert report["stopped"] == "stopped at the pause between waves", report
    assert sorted(fake.updates.values()) == [1, 1] and "Traceback" not in err  # two waves of one


async def test_ctrl_c_at_the_question_exits_130_at_once(tmp_path: Path) -> None:
    """The answer is awaited in the loop: no reading thread for the exit to wait on until Enter."""
    fake = FakeECE(2)
    argv = ["fleet", "restart", "--journal", "j.jsonl", "--format", "json", *FAST]
    code, _, err = await _on_a_terminal(tmp_path, fake, [(CONFIRM, None)], *argv)
    assert code == 130, err
    assert "interrupted; the journal is intact: ece-async fleet resume j.jsonl" in err
    assert not fake.updates


async def test_ctrl_c_before_any_journal_names_none(tmp_path: Path) -> None:
    """Interrupted while selecting (or in a dry run): there is no journal to call intact or resume."""
    from aiohttp import web
    from aiohttp.test_utils import TestServer

    searched = asyncio.Event()

    async def search_forever(_request: web.Request) -> web.Response:
        searched.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    app = web.Application()
    app.router.add_post("/api/v1/deployments/_search", search_forever)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        process = await _spawn(
            str(server.make_url("")).rstrip("/"), tmp_path, "fleet", "restart", "--dry-run"
        )
        await asyncio.wait_for(searched.wait(), 30)
        process.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        await server.close()
    assert process.returncode == 130, err
    assert err.decode().splitlines() == ["ece-async fleet: interrupted"]
    assert not os.listdir(tmp_path)


async def test_a_snapshot_to_a_closed_stdout_exits_74_before_reading_the_installation(tmp_path: Path) -> None:
    """``snapshot -o - >&-``: as every command, output that cannot go out fails before any request."""
    code, err, fake = await _closed(tmp_path, ">&-", "snapshot", "-o", "-")
    assert code == 74, err
    assert len(err.strip().splitlines()) == 1 and "cannot write" in err
    assert not fake.requests
