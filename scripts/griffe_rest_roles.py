"""A griffe extension for ``make docs``: the reST bits of our docstrings, read as Markdown.

Docstrings are written for ``help()`` and IDEs as much as for the site, in the reST dialect
Python's own docs use. mkdocstrings renders Markdown, so ``:class:`~a.b.C``` becomes a link
to ``a.b.C`` where the site documents it (plain code otherwise: an *optional* autoref, no
warning), and a paragraph ending in ``::`` before a code block ends in ``:``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|exc|data|obj):`(~?)([\w.]+)(\(\))?`")
LITERAL_BLOCK_INTRO = re.compile(r"(?<=\S)::$", re.M)  # "Example::" -> "Example:"
LITERAL_BLOCK_MARK = re.compile(r"^[ \t]*::\n", re.M)  # a "::" line of its own goes


def _link(found: re.Match[str]) -> str:
    tilde, target, call = found.groups()
    title = (target.rsplit(".", 1)[-1] if tilde else target) + (call or "")
    return f'<autoref identifier="{target}" optional><code>{title}</code></autoref>'


def markdown(text: str) -> str:
    return LITERAL_BLOCK_MARK.sub("", LITERAL_BLOCK_INTRO.sub(":", ROLE.sub(_link, text)))


class RestRoles(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
