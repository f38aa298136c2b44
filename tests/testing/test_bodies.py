"""Rendered bodies are kept within a bound; the simulator's state per deployment stays compact."""

from __future__ import annotations

import gc
import tracemalloc

import aiohttp

from ece_async.testing import ECESimulator
from ece_async.testing.bodies import BodyCache

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
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    async with ECESimulator(count, seed=1, speed=0, start_time=START) as sim:
        sim._world.bodies = BodyCache(entries=16)  # bounded (see above); measure the state itself
        await _walk(sim)
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - base


async def test_a_search_walk_keeps_a_bounded_number_of_bodies_and_serves_the_same() -> None:
    async with ECESimulator(300, seed=1, speed=0, start_time=START) as sim:
        sim._world.bodies = BodyCache(entries=20)
        first = await _walk(sim)
        assert len(sim._world.bodies) == 20
        assert await _walk(sim) == first  # rendered again from state: the same bytes


async def test_state_per_deployment_is_under_5_kib_after_a_search_walk() -> None:
    tracemalloc.start()
    try:
        small, large = await _held(300), await _held(1300)
    finally:
        tracemalloc.stop()
    assert (large - small) / 1000 < 5 * 1024
