"""``make typecheck-scripts``: the directories it checks may be given relative or absolute."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _typecheck(scripts: str) -> subprocess.CompletedProcess[str]:
    command = ["make", "--no-print-directory", "-C", str(ROOT), "typecheck-scripts", f"SCRIPTS={scripts}"]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_typecheck_scripts_takes_an_absolute_directory(tmp_path: Path) -> None:
    # Module names of their own: mypy's cache (shared by every run) remembers a module's file.
    unique = uuid.uuid4().hex
    good = tmp_path / f"good_{unique}.py"
    good.write_text("from ece_async import ECEClient\n\nclient: type[ECEClient] = ECEClient\n")
    done = _typecheck(str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found in 1 source file" in done.stdout

    bad = tmp_path / f"bad_{unique}.py"
    bad.write_text('count: int = "three"\n')
    done = _typecheck(str(tmp_path))
    assert done.returncode != 0 and f"{bad}:1: error" in done.stdout, done.stdout
