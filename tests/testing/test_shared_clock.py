"""One clock for client and simulator: a :class:`SimClock` is an ``ece_async.clock.Clock``.

With the simulator's clock handed to the client, the client's token windows close as the
simulator's tokens expire, and the client's retry waits are simulated time: nothing waits
for real seconds.  The same scenario on the client's own clock shows what sharing buys.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from ece_async import ECEClient, Hooks, RetryScheduled, SystemClock
from ece_async.clock import Clock
from ece_async.testing import ECESimulator, FaultConfig, SimClock

from .sim_helpers import START

LIFETIME = 300.0  # the client renews in the token's last minute (a quarter of its life at most)
EXPIRING = FaultConfig(token_lifetime=LIFETIME)


async def test_token_expiry_and_the_client_refresh_windows_move_together() -> None:
    clock = SimClock(start=START, speed=0)
    async with (
        ECESimulator(deployments=1, clock=clock, faults=EXPIRING) as sim,
        ECEClient(sim.url, username=sim.username, password=sim.password, clock=clock) as ece,
    ):
        await ece.deployments.list_deployments()
        sim.advance(LIFETIME - 30)  # inside the client's mandatory window: refreshed before sending
        await ece.deployments.list_deployments()
        assert (sim.stats.requests["login"], sim.stats.requests["refresh-token"]) == (1, 1)
        sim.advance(2 * LIFETIME)  # expired on both sides: the client logs in afresh, sends no dead token
        await ece.deployments.list_deployments()
        assert (sim.stats.requests["login"], sim.stats.requests["refresh-token"]) == (2, 1)
        assert sim.stats.rejected == {}


async def test_on_its_own_clock_the_client_sends_a_token_the_simulator_has_expired() -> None:
    async with (
        ECESimulator(
            deployments=1, speed=0, start_time=START, faults=FaultConfig(token_lifetime=LIFETIME)
        ) as sim,
        ECEClient(sim.url, username=sim.username, password=sim.password, clock=SystemClock()) as ece,
    ):
        await ece.deployments.list_deployments()
        sim.advance(2 * LIFETIME)
        await ece.deployments.list_deployments()  # 401; the refresh tried first: 401; login; replayed
        assert sim.stats.rejected == {"token_expired": 2}


async def test_the_client_retry_waits_are_simulated_time() -> None:
    clock = SimClock(start=START, speed=0, seed=3)
    throttled = FaultConfig(routes={"list-deployments": FaultConfig(rate_limit_rate=1.0, retry_after=40)})
    async with ECESimulator(deployments=1, clock=clock, faults=throttled) as sim:
        waits: list[float] = []

        def on_retry(event: RetryScheduled) -> None:
            waits.append(event.delay)
            if len(waits) == 2:
                sim.faults = FaultConfig()  # the third attempt gets through

        async with ECEClient(
            sim.url, api_key=sim.api_key, clock=clock, hooks=Hooks(on_retry=on_retry)
        ) as ece:
            started, before = time.monotonic(), sim.now()
            await ece.deployments.list_deployments()
        assert len(waits) == 2 and all(40 <= wait < 41 for wait in waits)
        assert sim.now() - before == pytest.approx(sum(waits))
        assert time.monotonic() - started < 5  # 80 simulated seconds, no real ones


def test_the_simulator_takes_either_a_clock_or_its_settings() -> None:
    with pytest.raises(ValueError, match="SimClock"):
        ECESimulator(clock=SimClock(), speed=0)


async def test_frozen_sleepers_wake_at_their_time_and_do_not_add_up() -> None:
    clock = SimClock(start=1000.0, speed=0)
    woke: dict[str, float] = {}

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke[name] = clock.time()

    await asyncio.gather(sleeper("long", 5.0), sleeper("short", 1.0))
    assert clock.time() == 1005.0 and woke["long"] == 1005.0 and woke["short"] >= 1001.0
    await clock.sleep(2.0)  # one after the other, they do
    assert clock.time() == 1007.0 and clock.monotonic() == 1007.0


async def test_a_running_clock_sleeps_the_real_time_of_its_speed() -> None:
    clock = SimClock(start=1000.0, speed=1000.0)
    started = time.monotonic()
    await clock.sleep(50.0)  # 50 ms of real time
    assert clock.time() >= 1050.0 and time.monotonic() - started < 2


def test_seeded_jitter_repeats_and_the_protocol_accepts_any_clock() -> None:
    assert [SimClock(seed=1).random() for _ in range(2)] == [SimClock(seed=1).random()] * 2
    clocks: list[Clock] = [SimClock(), SystemClock()]
    assert all(isinstance(c.time(), float) for c in clocks)
    with pytest.raises(TypeError):
        Clock()  # type: ignore[misc]  # a protocol: the real clock is SystemClock
