"""The generated command tree: names from the facade, flags from its signatures, help that loads little."""

from __future__ import annotations

import os
import subprocess
import sys

from ece_async._generated import OPERATIONS
from ece_async.cli.tree import groups, operation, operation_ids

HEAVY = ("cattrs", "asyncio", "aiohttp", "ece_async.client", "ece_generated._convert", "yaml", "jmespath")


def test_groups_are_the_facades_namespaces_with_dashes() -> None:
    assert groups()["platform-infrastructure"] == "platform_infrastructure"
    assert groups()["billing-costs-analysis"] == "billing_costs_analysis"
    assert sum(len(operation_ids(tag)) for tag in groups().values()) == len(OPERATIONS) == 274


def test_parameters_become_flags_of_their_kind() -> None:
    op = operation("get-deployment")
    kinds = {p.flag: p.kind for p in op.params}
    assert kinds["--deployment-id"] == "scalar" and kinds["--show-plans"] == "bool"
    assert operation("get-allocators").params[2].flag == "--from"  # from_ in Python
    kind = next(
        p for p in operation("cancel-deployment-resource-pending-plan").params if p.name == "resource_kind"
    )
    assert kind.kind == "enum" and "elasticsearch" in kind.choices
    assert operation("update-deployment").body is not None
    assert operation("update-deployment").body.kind == "body"  # type: ignore[union-attr]


def _modules_after(*argv: str) -> set[str]:
    program = (
        "import io, sys\nfrom ece_async.cli import main\nsys.stdout = io.StringIO()\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "sys.__stdout__.write('\\n'.join(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", program, *argv], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_help_loads_none_of_the_runtime() -> None:
    for argv in (["--help"], ["deployments", "get-deployment", "--help"], ["deployment", "show", "--help"]):
        loaded = _modules_after(*argv)
        assert not loaded & set(HEAVY), (argv, loaded & set(HEAVY))
        operation_modules = {m for m in loaded if m.startswith("ece_generated.api.")}
        assert len(operation_modules) <= 1, operation_modules  # the one namespace named, at most


def test_a_tool_command_leaves_the_operation_tree_unloaded() -> None:
    """A cold ``ece-async audit`` (a startup row of bench_audit) does not pay for the tree."""
    for argv in (["audit", "--help"], ["simulate", "--help"], ["init", "--help"]):
        assert "ece_async.cli.tree" not in _modules_after(*argv), argv
    assert "ece_async.cli.tree" in _modules_after("deployments", "--help")  # the tree's own commands


def test_an_audit_loads_only_what_its_flags_ask_for() -> None:
    """A cold ``ece-async audit --simulate 12`` (a startup row of bench_audit) leaves unloaded the
    platform audit (``--platform``), the TOML parser (``--rules``, profile files), ijson (a billing
    document too large to decode whole), csv (``--format csv``), the table of short commands, and
    the simulator's snapshot reader and conformance judge (a generated fleet, no body to judge), and
    plan tracking (the audit shares its rule of a failed attempt, not its records)."""
    loaded = _modules_after("audit", "--simulate", "3", "-o", os.devnull)
    assert "ece_async.audit.runner" in loaded and "ece_async.audit.costs" in loaded  # it did audit
    unneeded = {"ece_async.audit.platform", "tomllib", "tomli", "ijson", "csv", "ece_async.cli.shortcuts"}
    unneeded |= {"ece_async.testing.snapshot", "ece_async.testing.conformance", "ece_async.plans"}
    assert not loaded & unneeded, loaded & unneeded


def test_the_command_line_reaches_generated_code_only_through_the_adapter() -> None:
    """House rule: one adapter (``ece_async._generated``), so a regeneration breaks one module."""
    from pathlib import Path

    import ece_async.cli

    package = Path(ece_async.cli.__file__).parent
    offenders = [path.name for path in sorted(package.glob("*.py")) if "ece_generated" in path.read_text()]
    assert offenders == []


def test_the_adapter_loads_the_model_machinery_only_when_asked() -> None:
    program = (
        "import sys\nfrom ece_async._generated import OPERATIONS, Unset, api_class, is_secret_name\n"
        "api_class('deployments')\n"
        "assert 'ece_generated._convert' not in sys.modules, 'loaded eagerly'\n"
        "from ece_async._generated import Model\n"
        "assert Model.__name__ == 'Model' and 'ece_generated._convert' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True)
