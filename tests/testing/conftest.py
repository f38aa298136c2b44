"""Fixtures for the simulator's tests: a frozen-clock simulator and an authenticated session."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from ece_async.testing import ECESimulator

from .sim_helpers import START


@pytest.fixture
async def sim() -> AsyncIterator[ECESimulator]:
    async with ECESimulator(deployments=30, seed=7, speed=0, start_time=START) as simulator:
        yield simulator


@pytest.fixture
async def session(sim: ECESimulator) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as client:
        yield client
