"""Every python block of the README is quoted from an example (scripts/readme_examples.py)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "scripts" / "readme_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = load_tool()
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_quoted_block_is_its_examples_region() -> None:
    fresh = tool.quoted(README)
    stale = [m.group(0).splitlines()[0] for m in tool.QUOTE.finditer(README) if m.group(0) not in fresh]
    assert stale == [], "README blocks differ from their examples: run `make readme-examples`"


def test_every_python_block_quotes_an_example() -> None:
    assert tool.unquoted_blocks(README) == []
    assert len(list(tool.QUOTE.finditer(README))) >= 10


def test_every_region_of_every_example_is_quoted_and_every_example_named() -> None:
    used = {(m.group(1), name) for m in tool.QUOTE.finditer(README) for name in m.group(2).split(",")}
    for path in sorted((ROOT / "examples").glob("*.py")):
        regions = {(f"examples/{path.name}", name) for name in tool.sections(path)}
        assert regions <= used, f"regions of {path.name} no README block quotes: {sorted(regions - used)}"
        if not path.name.startswith("_"):
            assert f"`{path.stem}`" in README or f"examples/{path.name}" in README, path.name


def test_a_changed_example_or_readme_block_is_caught(tmp_path: Path) -> None:
    (tmp_path / "examples").mkdir()
    example = tmp_path / "examples" / "demo.py"
    example.write_text(
        "async def main() -> None:\n"
        "    # --8<-- [start:one]\n    x = 1\n\n    print(x)\n    # --8<-- [end:one]\n"
        "    # --8<-- [start:two]\n    y = 2\n    # --8<-- [end:two]\n"
    )
    readme = "<!-- example: examples/demo.py:one,two -->\n```python\nOLD\n```\n"
    assert tool.quoted(readme, tmp_path) == (
        "<!-- example: examples/demo.py:one,two -->\n```python\nx = 1\n\nprint(x)\n\ny = 2\n```\n"
    )
    assert tool.unquoted_blocks("text\n```python\nz = 3\n```\n") == [2]
    with pytest.raises(ValueError, match="no section three"):
        tool.quoted(readme.replace("one,two", "three"), tmp_path)
    example.write_text("    # --8<-- [start:one]\n    x = 1\n")
    with pytest.raises(ValueError, match="never ends"):
        tool.sections(example)


def test_readme_sections_stay_whole() -> None:
    """The docs include README sections; an example marker never sits between a fence and its text."""
    assert not re.search(r"```python\n<!-- example", README)
