"""Where the examples connect: the ECE named by ``ECE_URL``, else an embedded simulator.

``ECE_URL`` and ``ECE_API_KEY`` (and ``ECE_CA_FILE`` for a private CA) name a real installation;
with ``ECE_URL`` unset, each example starts an :class:`~ece_async.testing.ECESimulator` of its own,
so ``python examples/<name>.py`` runs anywhere.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import attrs

from ece_async.testing import ECESimulator


@attrs.frozen
class Target:
    """An installation's URL and credentials; ``simulator`` is ``None`` for a real ECE."""

    url: str
    api_key: str = attrs.field(repr=False)
    ca_file: str | None = None
    simulator: ECESimulator | None = None


@asynccontextmanager
async def ece_target(**simulator_options: Any) -> AsyncIterator[Target]:
    """The installation to use; ``simulator_options`` go to the simulator when there is one."""
    url = os.environ.get("ECE_URL")
    if url:
        yield Target(url, os.environ["ECE_API_KEY"], os.environ.get("ECE_CA_FILE"))
        return
    async with ECESimulator(**{"deployments": 5, "seed": 1, **simulator_options}) as sim:
        yield Target(sim.url, sim.api_key, simulator=sim)
