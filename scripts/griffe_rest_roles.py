"""A griffe extension for ``make docs``: the reST bits of our docstrings, read as Markdown.

Docstrings are written for ``help()`` and IDEs as much as for the site, in the reST dialect
Python's own docs use. mkdocstrings renders Markdown, so ``:class:`~a.b.C``` becomes a link
to ``a.b.C`` where the site documents it (plain code otherwise: an *optional* autoref, no
warning), and a ``::`` literal block becomes a fenced code block (an indented block alone would
be read as part of a preceding list item).
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|exc|data|obj):`(~?)([\w.]+)(\(\))?`")


def _link(found: re.Match[str]) -> str:
    tilde, target, call = found.groups()
    title = (target.rsplit(".", 1)[-1] if tilde else target) + (call or "")
    return f'<autoref identifier="{target}" optional><code>{title}</code></autoref>'


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _fence_literal_blocks(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.rstrip().endswith("::"):
            out.append(line)
            i += 1
            continue
        intro = line.rstrip()[:-2].rstrip()
        if intro:
            out.append(intro + ":")
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > _indent(line)):
            end += 1
        block = textwrap.dedent("\n".join(lines[i + 1 : end])).strip("\n")
        if block:
            out += ["", "```python", *block.splitlines(), "```", ""]
        i = end
    return out


def markdown(text: str) -> str:
    return "\n".join(_fence_literal_blocks(ROLE.sub(_link, text).split("\n")))


class RestRoles(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
