"""The ``ece-async`` program (``console``): exit handlers run, the interpreter's teardown does not."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import atexit, sys
    from ece_async.cli import console

    class Torn:
        def __del__(self):
            print("torn down", flush=True)

    kept = Torn()  # freed only by the interpreter's teardown
    atexit.register(print, "exit handler ran", flush=True)
    sys.argv = ["ece-async", *sys.argv[1:]]
    console()
    """
)


def _console(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_console_runs_exit_handlers_and_skips_teardown() -> None:
    done = _console("--version")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "exit handler ran"
    assert "torn down" not in lines


def test_console_exits_with_the_commands_code() -> None:
    done = _console()  # no command: help, exit 2
    assert done.returncode == 2
    assert "exit handler ran" in done.stdout


def test_the_program_collects_garbage_less_often_than_the_interpreters_default() -> None:
    """Its start is imports that stay alive: a collection every 700 allocations only rescans them."""
    probe = PROBE.replace(
        'atexit.register(print, "exit handler ran", flush=True)',
        'import gc\natexit.register(lambda: print("gen0", gc.get_threshold()[0], flush=True))',
    )
    for args in (["--version"], ["audit", "--simulate", "2", "-o", "/dev/null"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1] == "gen0 50000", args
