"""The pytest plugin's fixtures, run in pytest sub-sessions under pytest-asyncio's strict and auto modes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

# Imported here, before any sub-session: pytester's in-process runs restore sys.modules
# afterwards, and modules first imported inside one would come back as new copies (with new
# exception classes) in the next.
import ece_async.client
import ece_async.testing  # noqa: F401

README = Path(__file__).resolve().parents[2] / "README.md"

INI = """
[pytest]
asyncio_mode = {mode}
asyncio_default_fixture_loop_scope = function
filterwarnings =
    error
    error::pytest.PytestUnraisableExceptionWarning
{extra}
"""


@pytest.fixture(params=["strict", "auto"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(pytester: pytest.Pytester, mode: str, source: str, ini: str = "") -> pytest.RunResult:
    """Run ``source`` as a test module in a sub-session in the given pytest-asyncio mode."""
    pytester.makefile(".ini", pytest=INI.format(mode=mode, extra=ini))
    pytester.makepyfile(test_sub=source)
    # hypothesis' plugin re-imports all of hypothesis in every sub-session (1 s each): not needed here.
    return pytester.runpytest("-p", "no:cacheprovider", "-p", "no:hypothesispytest")


def readme_plugin_example() -> str:
    """The README's pytest example (quoted from examples/testing_with_pytest.py)."""
    text = README.read_text(encoding="utf-8")
    found = re.search(
        r"<!-- example: examples/testing_with_pytest.py:tests -->\s*```python\n(.*?)```", text, re.S
    )
    assert found, "README.md lost its pytest plugin example"
    return found.group(1)


def test_readme_example_passes(pytester: pytest.Pytester, mode: str) -> None:
    run(pytester, mode, readme_plugin_example()).assert_outcomes(passed=2)


def test_markers_nearest_wins_per_argument_over_ini(pytester: pytest.Pytester, mode: str) -> None:
    source = """
import pytest

pytestmark = [pytest.mark.asyncio, pytest.mark.ece_simulator(deployments=2)]

async def test_module_marker_and_ini(ece_simulator):
    assert len(ece_simulator.deployment_ids()) == 2 and ece_simulator.seed == 9

@pytest.mark.ece_simulator(deployments=4, seed=5)
async def test_nearest_marker_wins(ece_simulator):
    assert len(ece_simulator.deployment_ids()) == 4 and ece_simulator.seed == 5
"""
    ini = "ece_simulator_deployments = 7\nece_simulator_seed = 9"
    run(pytester, mode, source, ini=ini).assert_outcomes(passed=2)


def test_ini_options(pytester: pytest.Pytester, mode: str) -> None:
    source = """
import asyncio
import pytest

@pytest.mark.asyncio
async def test_ini(ece_simulator):
    assert len(ece_simulator.deployment_ids()) == 3 and ece_simulator.seed == 9
    assert ece_simulator.clock.speed == 100
    before = ece_simulator.now()
    await asyncio.sleep(0.05)
    assert ece_simulator.now() > before
"""
    ini = "ece_simulator_deployments = 3\nece_simulator_seed = 9\nece_simulator_speed = 100"
    run(pytester, mode, source, ini=ini).assert_outcomes(passed=1)


def test_defaults_frozen_clock_and_fresh_simulator_per_test(pytester: pytest.Pytester, mode: str) -> None:
    source = """
import asyncio
import pytest

pytestmark = pytest.mark.asyncio

async def test_first(ece_simulator, ece_client):
    assert len(ece_simulator.deployment_ids()) == 10 and ece_simulator.seed == 0
    before = ece_simulator.now()
    await asyncio.sleep(0.02)
    assert ece_simulator.now() == before
    await ece_client.deployments.list_deployments()
    assert ece_simulator.stats.requests["list-deployments"] == 1

async def test_second_gets_a_new_simulator(ece_simulator):
    assert ece_simulator.stats.total == 0
"""
    run(pytester, mode, source).assert_outcomes(passed=2)


def test_client_marker_and_errors(pytester: pytest.Pytester, mode: str) -> None:
    source = """
import pytest
from ece_async import NO_RETRY, RateLimitedError, ServerError
from ece_async.testing import FaultConfig

pytestmark = pytest.mark.asyncio
ALWAYS_503 = FaultConfig(routes={"list-deployments": FaultConfig(error_rate=1.0)})

@pytest.mark.ece_simulator(faults=ALWAYS_503)
@pytest.mark.ece_client(retry=NO_RETRY, max_concurrency=3)
async def test_no_retry(ece_simulator, ece_client):
    assert ece_client.transport.max_concurrency == 3
    with pytest.raises(ServerError):
        await ece_client.deployments.list_deployments()
    assert ece_simulator.stats.requests["list-deployments"] == 1

@pytest.mark.ece_client("positional")
async def test_positional_marker_arguments_are_refused(ece_client):
    pass

@pytest.mark.ece_simulator(faults=FaultConfig(routes={"list-deployments": FaultConfig(rate_limit_rate=1.0)}))
async def test_the_client_waits_on_the_simulators_clock(ece_simulator, ece_client):
    before = ece_simulator.now()  # frozen: only the client's retry waits move it
    with pytest.raises(RateLimitedError):
        await ece_client.deployments.list_deployments()
    assert ece_simulator.now() - before >= 3  # three Retry-After: 1 waits
"""
    result = run(pytester, mode, source)
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*ece_client takes keyword arguments only*"])


def test_bad_ini_value_names_the_option(pytester: pytest.Pytester, mode: str) -> None:
    source = """
import pytest

@pytest.mark.asyncio
async def test_x(ece_simulator):
    pass
"""
    result = run(pytester, mode, source, ini="ece_simulator_deployments = many")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*ece_simulator_deployments = 'many' is not a int*"])


def test_markers_are_registered(pytester: pytest.Pytester) -> None:
    pytester.makefile(".ini", pytest="[pytest]\nasyncio_default_fixture_loop_scope = function")
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(
        ["@pytest.mark.ece_simulator(**kwargs)*", "@pytest.mark.ece_client(**kwargs)*"]
    )


def test_loading_the_plugin_imports_neither_aiohttp_nor_the_simulator() -> None:
    probe = (
        "import sys, ece_async.pytest_plugin\n"
        "heavy = ('aiohttp', 'ece_async.testing', 'ece_async.client')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
