"""Fixtures for the facade tests.

Every test here also fails on an unraisable exception (an unclosed session or
connector reported from ``__del__``), and collects garbage at teardown so such
reports land in the test that caused them.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aioresponses import aioresponses

from .facade_support import FakeClock, LocalServers, ManualClock, mock_ece

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"))
            item.add_marker(pytest.mark.filterwarnings("error::ResourceWarning"))


@pytest.fixture(scope="session", autouse=True)
def _freeze_older_objects() -> Iterator[None]:
    """Move what earlier tests left alive out of the collector's reach, once.

    The per-test collection below then walks only what facade tests create: without
    this it walked every fleet, model and spec the rest of the suite keeps cached
    (0.6 s a test in a full run).
    """
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _collect_garbage(_freeze_older_objects: None) -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def manual_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def servers() -> AsyncIterator[LocalServers]:
    local = LocalServers()
    yield local
    await local.close_all()


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with mock_ece() as m:
        yield m
