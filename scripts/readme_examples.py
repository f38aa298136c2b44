"""README code blocks are quoted from examples/: check them, or rewrite them from the examples.

In an example, a quotable region sits between ``# --8<-- [start:NAME]`` and
``# --8<-- [end:NAME]`` comment lines (pymdownx.snippets' section syntax). In README.md, a python
block right after ``<!-- example: examples/FILE.py:NAME -->`` (or ``:NAME1,NAME2``, joined by a
blank line) must be exactly that region, dedented. Every python block of the README is quoted
so, so every snippet a reader copies runs in the suite and is type-checked by ``make lint``.

    python scripts/readme_examples.py           # check: exit 1 naming each stale block
    python scripts/readme_examples.py --write   # rewrite the README's blocks from the examples
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SECTION = re.compile(r"^\s*# --8<-- \[(start|end):([\w-]+)\]\s*$")
#: A marker, the opening fence on the next line, the block's text, the closing fence.
QUOTE = re.compile(r"^<!-- example: (\S+?):([\w,-]+) -->\n(```python\n)(.*?)(^```$)", re.M | re.S)
PYTHON_BLOCK = re.compile(r"^```python$", re.M)


def sections(path: Path) -> dict[str, str]:
    """The quotable regions of one example, dedented, by name."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        marker = SECTION.match(line)
        if marker is None:
            if current is not None:
                found[current].append(line)
            continue
        kind, name = marker.groups()
        if kind == "start":
            if current is not None or name in found:
                raise ValueError(f"{path.name}:{number}: section {name} opens twice or inside {current}")
            current, found[name] = name, []
        elif current != name:
            raise ValueError(f"{path.name}:{number}: end of {name} outside it")
        else:
            current = None
    if current is not None:
        raise ValueError(f"{path.name}: section {current} never ends")
    return {name: textwrap.dedent("\n".join(lines)).strip("\n") + "\n" for name, lines in found.items()}


def quoted(text: str, root: Path = ROOT) -> str:
    """``text`` (a README) with every quoted block replaced by what its marker names."""

    def block(match: re.Match[str]) -> str:
        path, names = root / match.group(1), match.group(2).split(",")
        regions = sections(path)
        missing = [name for name in names if name not in regions]
        if missing:
            raise ValueError(f"{match.group(1)} has no section {', '.join(missing)}")
        body = "\n".join(regions[name] for name in names)
        return match.group(0)[: match.start(3) - match.start(0)] + match.group(3) + body + match.group(5)

    return QUOTE.sub(block, text)


def unquoted_blocks(text: str) -> list[int]:
    """Line numbers of python blocks not right after an example marker."""
    quoted_starts = {match.start(3) for match in QUOTE.finditer(text)}
    return [
        text.count("\n", 0, match.start()) + 1
        for match in PYTHON_BLOCK.finditer(text)
        if match.start() not in quoted_starts
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help="rewrite README.md from the examples")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    fresh = quoted(text)
    if args.write:
        README.write_text(fresh, encoding="utf-8")
        return 0
    stale = [m.group(0).splitlines()[0] for m in QUOTE.finditer(text) if m.group(0) not in fresh]
    for marker in stale:
        print(f"README.md: stale block after {marker} (python scripts/readme_examples.py --write)")
    for line in unquoted_blocks(text):
        print(f"README.md:{line}: a python block that quotes no example")
    return 1 if stale or unquoted_blocks(text) else 0


if __name__ == "__main__":
    sys.exit(main())
