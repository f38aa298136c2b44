"""Every script in examples/ runs: on its own (an embedded simulator) and against ``ECE_URL``."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from ece_async.testing import ECESimulator

EXAMPLES = sorted(
    path
    for path in (Path(__file__).resolve().parents[2] / "examples").glob("*.py")
    if not path.name.startswith("_")  # helpers of the examples
)
#: Examples about the simulator itself: they always start their own.
SIMULATOR_ONLY = {"simulator", "testing_with_pytest"}


async def run_example(path: Path, env: dict[str, str]) -> str:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(path),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, stderr.decode()
    assert stdout, f"{path.name} printed nothing"
    return stdout.decode()


def test_there_are_examples() -> None:
    assert EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
async def test_example_runs_on_its_own(path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ECE_")}
    await run_example(path, env)


@pytest.mark.parametrize(
    "path", [path for path in EXAMPLES if path.stem not in SIMULATOR_ONLY], ids=lambda path: path.stem
)
async def test_example_runs_against_ece_url(path: Path) -> None:
    async with ECESimulator(deployments=3, seed=2) as sim:
        env = {key: value for key, value in os.environ.items() if not key.startswith("ECE_")}
        env.update(ECE_URL=sim.url, ECE_API_KEY=sim.api_key)
        await run_example(path, env)
        assert sim.stats.total > 0, "the example did not use ECE_URL"
