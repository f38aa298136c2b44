"""Simulators served from a thread, for tests that run the CLI (whose ``main`` runs its own loop)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ece_async.testing import ECESimulator


@contextmanager
def simulators_in_thread(count: int, *args: Any, **options: Any) -> Iterator[list[ECESimulator]]:
    """``count`` started simulators, each ``ECESimulator(*args, **options)``, until the block ends."""
    started: list[ECESimulator] = []
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    async def serve() -> None:
        sims = [ECESimulator(*args, **options) for _ in range(count)]
        for sim in sims:
            await sim.start()
        started.extend(sims)
        ready.set()
        try:
            await stop.wait()  # set from the test's thread, through the loop
        finally:
            for sim in sims:
                await sim.close()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    try:
        assert ready.wait(30), "the simulators did not start"
        yield started
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(10)
        loop.close()
