"""``import ece_async`` is lazy: every public name still resolves, to the object its submodule defines."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import ece_async


def test_every_public_name_resolves_to_its_submodule_object() -> None:
    for name in ece_async.__all__:
        value = getattr(ece_async, name)
        if name == "errors":
            assert value is importlib.import_module("ece_async.errors")
            continue
        module = importlib.import_module(f"ece_async.{ece_async._MODULE_OF[name]}")
        assert value is getattr(module, ece_async._RENAMED.get(name, name)), name
    assert set(ece_async.__all__) == set(ece_async._MODULE_OF) | {"errors"}
    assert set(ece_async.__all__) <= set(dir(ece_async))


def test_type_checkers_see_the_same_names() -> None:
    """The ``if TYPE_CHECKING:`` imports (all a type checker sees) are exactly ``__all__``."""
    tree = ast.parse(Path(ece_async.__file__).read_text(encoding="utf-8"))
    (block,) = [
        node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    imports = [node for node in block.body if isinstance(node, ast.ImportFrom)]
    imported = {alias.asname or alias.name for node in imports for alias in node.names}
    assert imported == set(ece_async.__all__)


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchThing"):
        ece_async.NoSuchThing  # noqa: B018


PROBE = """
import sys, ece_async
print(sorted(name for name in sys.modules if name.startswith(("aiohttp", "ece_"))))
"""


def test_import_alone_loads_no_submodule_and_no_aiohttp() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['ece_async']"


CLIENT_PROBE = """
import sys
from ece_async import ECEClient
ECEClient("https://ece.example:12443", api_key="key-1234", hooks=[])
print(sorted(name for name in ("ece_async.hooks", "html", "ece_async.testing") if name in sys.modules))
"""


def test_a_client_without_hooks_builds_no_hook_records_and_loads_no_html_tables() -> None:
    # Hook events and Hooks are attrs classes (~0.5 ms each to build): only a client given hooks needs them.
    probe = subprocess.run([sys.executable, "-c", CLIENT_PROBE], capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "[]"


def test_the_audit_package_is_lazy_too_and_its_names_resolve() -> None:
    """``ece_async.audit`` imports each submodule on first access (a deployments audit never
    loads :mod:`ece_async.audit.platform`); every public name is still there, and type
    checkers see exactly ``__all__``."""
    probe = "import sys, ece_async.audit\nprint(sorted(m for m in sys.modules if 'audit' in m))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['ece_async.audit']"
    audit = importlib.import_module("ece_async.audit")
    for name in audit.__all__:
        module = importlib.import_module(f"ece_async.audit.{audit._MODULE_OF[name]}")
        assert getattr(audit, name) is getattr(module, name), name
    assert set(audit.__all__) == set(audit._MODULE_OF) and set(audit.__all__) <= set(dir(audit))
    tree = ast.parse(Path(audit.__file__).read_text(encoding="utf-8"))
    (block,) = [
        node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    imported = {
        alias.asname or alias.name
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == set(audit.__all__)
    with pytest.raises(AttributeError, match="NoSuchThing"):
        audit.NoSuchThing  # noqa: B018
