"""Fixtures of the fleet tests: the fake ECE on 127.0.0.1, a client on it, and virtual time."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from ece_async import ECEClient
from ece_async.clock import Clock

from .fake_ece import FakeECE, serve


class VirtualClock(Clock):
    """Polls wait on virtual time: a run of many poll intervals takes no real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return 1_736_942_400.0 + self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


Connect = Callable[[FakeECE], Awaitable[ECEClient]]


@pytest.fixture
async def connect() -> AsyncIterator[Connect]:
    """``await connect(fake)`` serves ``fake`` on 127.0.0.1 and returns a client on it."""
    servers = []
    clients: list[ECEClient] = []

    async def start(fake: FakeECE) -> ECEClient:
        server, url = await serve(fake)
        servers.append(server)
        clients.append(ECEClient(url, api_key="fleet-test-key"))
        return clients[-1]

    yield start
    for client in clients:
        await client.close()
    for server in servers:
        await server.close()


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()
