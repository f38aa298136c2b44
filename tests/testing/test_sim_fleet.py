"""Building the fleet: past plans drawn on demand, answers independent of access order, a live loop."""

from __future__ import annotations

import asyncio
import copy

import aiohttp
import pytest

from ece_async.testing import ECESimulator
from ece_async.testing.lifecycle import finish
from ece_async.testing.state import SimResource
from ece_async.testing.util import seeded

from .sim_helpers import START, call

_HISTORY = "?show_plan_history=true&show_plan_logs=true&show_metadata=true"


async def _rendered(sim: ECESimulator, ids: list[str]) -> dict[str, object]:
    async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
        out = {}
        for deployment_id in ids:
            status, body, _ = await call(session, "GET", f"/deployments/{deployment_id}{_HISTORY}")
            assert status == 200
            out[deployment_id] = body
        return out


async def test_plan_histories_do_not_depend_on_the_order_they_are_read_in() -> None:
    first = ECESimulator(deployments=60, seed=9, speed=0, start_time=START)
    second = ECESimulator(deployments=60, seed=9, speed=0, start_time=START)
    # The second fleet is built at once (reading .state) rather than in slices by the app, and its
    # histories are drawn last resource first, last deployment first, before anything is served.
    for dep in reversed(list(second.state.live())):
        for resource in reversed(dep.resources):
            assert len(resource.history) == resource.finished
    async with first, second:
        ids = first.deployment_ids()
        assert ids == second.deployment_ids()
        in_order = await _rendered(first, ids)
        reversed_order = await _rendered(second, ids[::-1])
    assert in_order == reversed_order
    plans = [
        r["info"]["plan_info"]
        for d in in_order.values()
        for k in d["resources"].values()
        for r in k  # type: ignore[attr-defined]
    ]
    assert sum(len(p["history"]) for p in plans) > len(plans)  # histories with several attempts


def test_a_drawn_history_ends_in_the_state_the_fleet_was_built_with() -> None:
    sim = ECESimulator(deployments=300, seed=4, speed=0, start_time=START)
    resources = [r for d in sim.state.live() for r in d.resources]
    assert {r.stopped for r in resources} == {True, False} and {r.last_ok for r in resources} == {True, False}
    for r in resources:
        history = r.history
        assert len(history) == r.finished and history[-1] is r.last
        assert r.current is None or any(a is r.current for a in history)
        assert (r.first_started, r.first_plan) == (history[0].started, history[0].plan)
        assert all(a.superseded is not None for a in history if not a.failed and a is not r.current)
        # Finishing the same attempts one by one leaves the state the generator computed directly.
        replayed = SimResource(r.kind, r.ref_id, r.id, r.region, r.es_ref_id)  # no source: an empty history
        for attempt in history:
            finish(replayed, copy.copy(attempt))
        assert replayed.current == r.current and replayed.last == r.last
        for field in ("stopped", "last_ok", "metadata_version", "last_modified", "finished"):
            assert getattr(replayed, field) == getattr(r, field), (r.id, field)


async def test_histories_are_drawn_only_for_what_is_read() -> None:
    async with ECESimulator(deployments=200, seed=2, speed=0, start_time=START) as sim:
        async with aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session:
            request: dict[str, object] = {"size": 100}
            while True:
                _, page, _ = await call(session, "POST", "/deployments/_search", json=request)
                if not page["deployments"]:
                    break
                request = {"cursor": page["cursor"]}
            touched = sim.deployment_ids()[7]
            await call(session, "GET", f"/deployments/{touched}?show_plan_history=true")
        drawn = {d.id for d in sim.state.live() for r in d.resources if r._history is not None}
    assert drawn == {touched}


async def test_the_fleet_is_built_in_slices_that_let_the_loop_run() -> None:
    sim = ECESimulator(deployments=300, seed=1, speed=0, start_time=START)
    assert sim._fleet.built == 0  # constructing does no per-deployment work
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    try:
        await sim._fleet.build_async(slice_seconds=0)  # a slice per deployment
    finally:
        task.cancel()
    assert ticks >= 300 and sim._fleet.complete
    async with sim:  # the app's startup finds the fleet built and builds nothing twice
        assert len(sim.deployment_ids()) == 300 and len(sim.state.allocators) >= 3


async def test_placing_the_fleet_on_allocators_lets_the_loop_run_too() -> None:
    """Placement walks every instance of the fleet: at 100,000 deployments a second in one go."""
    sim = ECESimulator(deployments=3000, seed=1, speed=0, start_time=START)
    fleet = sim._fleet
    ticks_while_placing = 0

    async def ticker() -> None:
        nonlocal ticks_while_placing
        while True:
            if fleet.built == fleet.count and not fleet.complete:
                ticks_while_placing += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    try:
        await fleet.build_async(slice_seconds=0)
    finally:
        task.cancel()
    assert fleet.complete and len(sim.state.allocators) >= 3
    assert ticks_while_placing >= 3000 // 512


async def test_starting_the_app_builds_the_fleet() -> None:
    async with ECESimulator(deployments=50, seed=1, speed=0, start_time=START) as sim:
        assert sim._fleet.complete and sim._fleet.built == 50
        assert "50 deployments" in repr(sim)


def test_seeded_draws_are_a_stable_stream() -> None:
    a, b = seeded(1, "x"), seeded(1, "x")
    assert [a.random() for _ in range(20)] == b.randoms(20)  # across a block boundary
    assert a.getrandbits(128) == b.getrandbits(128) and seeded(2, "x").random() != seeded(1, "x").random()
    draws = seeded("weights")
    picks = {draws.weighted((("never", 0), ("a", 1), ("b", 3))) for _ in range(200)}
    assert picks == {"a", "b"}
    assert all(0 <= draws.randrange(3, 7) - 3 < 4 for _ in range(50))


@pytest.mark.parametrize(("count", "seed"), [(200, 0), (200, 3), (1000, 1), (5000, 0)])
def test_no_allocator_holds_more_than_its_capacity(count: int, seed: int) -> None:
    from ece_async.testing.infrastructure import allocators

    sim = ECESimulator(count, seed=seed, speed=0, start_time=START)
    for _ in range(2):  # as generated, and once every plan in flight has finished
        over = [
            (info["allocator_id"], info["capacity"]["memory"]["used"], info["capacity"]["memory"]["total"])
            for info, _ in allocators(sim.state)
            if info["capacity"]["memory"]["used"] > info["capacity"]["memory"]["total"]
        ]
        assert over == []
        sim.settle()
