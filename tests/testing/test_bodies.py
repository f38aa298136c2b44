"""Rendered bodies are kept within a bound; the simulator's state per deployment stays compact."""

from __future__ import annotations

import gc
import os
import tracemalloc

import aiohttp

from ece_async.testing import ECESimulator
from ece_async.testing.bodies import BodyCache
from ece_async.testing.util import iso

from .sim_helpers import START


def test_the_least_recently_used_body_goes_first() -> None:
    cache = BodyCache(entries=2)
    renders: list[str] = []

    def render(key: str) -> bytes:
        renders.append(key)
        return key.encode()

    for key in ("a", "b", "a", "c", "a", "b"):
        assert cache.get(key, lambda k=key: render(k)) == key.encode()
    assert renders == ["a", "b", "c", "b"]  # "b" was the least recently used when "c" came
    assert len(cache) == 2


async def _walk(sim: ECESimulator) -> list[bytes]:
    pages = []
    async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
        request: dict[str, object] = {"size": 50, "sort": ["id"]}
        while True:
            async with session.post("/api/v1/deployments/_search", json=request) as response:
                raw = await response.read()
                page = await response.json()
            if not page["deployments"]:
                return pages
            pages.append(raw)
            request = {"cursor": page["cursor"]}


async def _held(count: int) -> int:
    """Bytes allocated by the simulator's code and still held after a search walk.

    Only allocations made from ``ece_async/testing`` count: whatever else the test process keeps
    meanwhile (log records, pytest's captures) is not the simulator's state.
    """
    iso.cache_clear()  # a bounded process-wide cache: whatever earlier tests left in it is not ours
    gc.collect()
    tracemalloc.start()
    try:
        async with ECESimulator(count, seed=1, speed=0, start_time=START) as sim:
            sim._world.bodies = BodyCache(entries=16)  # bounded (see above); measure the state itself
            await _walk(sim)
            gc.collect()
            snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    mine = snapshot.filter_traces([tracemalloc.Filter(True, f"*{os.sep}ece_async{os.sep}testing{os.sep}*")])
    return sum(stat.size for stat in mine.statistics("filename"))


async def test_a_search_walk_keeps_a_bounded_number_of_bodies_and_serves_the_same() -> None:
    async with ECESimulator(300, seed=1, speed=0, start_time=START) as sim:
        sim._world.bodies = BodyCache(entries=20)
        first = await _walk(sim)
        assert len(sim._world.bodies) == 20
        assert await _walk(sim) == first  # rendered again from state: the same bytes


async def test_state_per_deployment_is_under_5_kib_after_a_search_walk() -> None:
    small, large = await _held(300), await _held(1300)
    assert (large - small) / 1000 < 5 * 1024
