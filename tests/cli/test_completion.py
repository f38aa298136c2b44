"""Shell completion from the command tree: bash (run for real), zsh and fish scripts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ece_async.cli import main


def _script(shell: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


def _complete(script: Path, *words: str) -> list[str]:
    line = " ".join(words)
    program = (
        f"source {script}; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _ece_async; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
    return done.stdout.split()


@pytest.fixture
def bash_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    path = tmp_path / "ece-async.bash"
    path.write_text(_script("bash", capsys))
    return path


def test_bash_completes_groups_operations_flags_and_shortcuts(bash_script: Path) -> None:
    assert "platform-infrastructure" in _complete(bash_script, "ece-async", "platform-inf")
    operations = _complete(bash_script, "ece-async", "deployments", "get-deploymen")
    assert {"get-deployment", "get-deployment-es-resource-info"} <= set(operations)
    assert "--show-plans" in _complete(bash_script, "ece-async", "deployments", "get-deployment", "--show-pl")
    assert "--no-show-plans" in _complete(
        bash_script, "ece-async", "deployments", "get-deployment", "--no-show"
    )
    flags = _complete(bash_script, "ece-async", "deployments", "get-deployment", "--deployment-id", "x", "--")
    assert {"--profile", "--format", "--query"} <= set(flags)
    assert _complete(bash_script, "ece-async", "deployment", "plan", "") == ["cancel"]
    assert "list" in _complete(bash_script, "ece-async", "stack", "")
    assert _complete(bash_script, "ece-async", "completion", "") == ["bash", "zsh", "fish"]


def test_zsh_and_fish_scripts_cover_the_same_tree(capsys: pytest.CaptureFixture[str]) -> None:
    zsh = _script("zsh", capsys)
    assert "bashcompinit" in zsh and "complete -F _ece_async ece-async" in zsh
    fish = _script("fish", capsys)
    line = next(x for x in fish.splitlines() if "-n '__ece_async_is \"deployments get-deployment\"'" in x)
    assert "--show-plans" in line and "--deployment-id" in line


def test_bash_completes_the_values_of_options_that_have_them(bash_script: Path) -> None:
    get = ["ece-async", "deployments", "get-deployment"]
    assert _complete(bash_script, *get, "--format", "") == ["json", "jsonl", "yaml", "table"]
    assert _complete(bash_script, *get, "--deployment-id", "d", "--format", "js") == ["json", "jsonl"]
    cancel = ["ece-async", "deployments", "cancel-deployment-resource-pending-plan", "--resource-kind", ""]
    assert {"elasticsearch", "kibana", "apm"} <= set(_complete(bash_script, *cancel))
    assert _complete(bash_script, "ece-async", "deployment", "list", "--format", "t") == ["table"]
    assert _complete(bash_script, "ece-async", "fleet", "upgrade", "--format", "") == [
        "table",
        "json",
        "jsonl",
    ]
    assert "rolling" in _complete(bash_script, "ece-async", "fleet", "upgrade", "--strategy", "")
    assert "--to" in _complete(bash_script, "ece-async", "fleet", "upgrade", "--")


def test_zsh_and_fish_complete_option_values_too(capsys: pytest.CaptureFixture[str]) -> None:
    zsh = _script("zsh", capsys)
    assert "'deployments get-deployment --format') COMPREPLY=($(compgen -W 'json jsonl yaml table'" in zsh
    fish = _script("fish", capsys)
    condition = "-n '__ece_async_is \"deployments get-deployment\"'"
    assert f"complete -c ece-async {condition} -l format -x -a 'json jsonl yaml table'" in fish


def test_bash_completes_after_a_positional_argument(bash_script: Path) -> None:
    """``deployment show ID --<TAB>``, as the README writes it: the ID is no command word."""
    show = ["ece-async", "deployment", "show", "0a1b2c"]
    assert "--format" in _complete(bash_script, *show, "--fo")
    assert {"--query", "--show-plans"} <= set(_complete(bash_script, *show, ""))
    assert _complete(bash_script, *show, "--format", "y") == ["yaml"]
    assert "--failed-only" in _complete(bash_script, "ece-async", "fleet", "rollback", "j.jsonl", "--fa")
    assert _complete(bash_script, "ece-async", "fleet", "resume", "j.jsonl", "--format", "") == [
        "table",
        "json",
        "jsonl",
    ]


def test_fish_takes_only_command_paths_as_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    """fish is not installed here: its script names the known paths its command walk stops at."""
    fish = _script("fish", capsys)
    known = next(x for x in fish.splitlines() if x.startswith("set -g __ece_async_commands "))
    assert "'deployment show'" in known and "'fleet rollback'" in known
    assert "contains -- $longer $__ece_async_commands; or break" in fish
