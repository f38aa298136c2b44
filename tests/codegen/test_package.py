"""The codegen is one importable package (``ece_codegen``): run with ``-m``, no dead templates."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from ece_codegen import generate

TEMPLATES = generate.SWAGGER_DIR / "templates"


def test_the_codegen_runs_as_a_module_from_any_directory(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ece_codegen", "--help"], capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage: python -m ece_codegen")


def test_the_package_finds_its_inputs_beside_it() -> None:
    assert (generate.SWAGGER_DIR / "openapi-python-client.yaml").is_file()
    assert (generate.RUNTIME_DIR / "_convert.py").is_file()
    assert generate.DEFAULT_OUTPUT == generate.ROOT / "generated"


def test_every_template_is_rendered_or_imported_by_one() -> None:
    pipeline = Path(generate.__file__).read_text(encoding="utf-8")
    rendered = set(re.findall(r'_write\(\s*"([^"]+\.jinja)"', pipeline))
    imported = {
        name
        for template in TEMPLATES.glob("*.jinja")
        for name in re.findall(r'{%-?\s*(?:from|import|include|extends)\s+"([^"]+)"', template.read_text())
    }
    assert rendered, "no template found in the pipeline"
    assert {path.name for path in TEMPLATES.glob("*.jinja")} == rendered | imported


def test_no_codegen_module_edits_sys_path() -> None:
    for path in Path(generate.__file__).parent.rglob("*.py"):
        assert "sys.path" not in path.read_text(encoding="utf-8"), path
