"""An embedded ECE simulator: what moto is to boto3, for ece-async.

Realistic, stateful and seeded: deployments with plans that progress (and
sometimes fail) over simulated time, comments, API keys, login tokens that
expire, billing, allocators, and fault injection (latency, 5xx, 429 bursts,
dropped connections, malformed and HTML bodies).  Never imported by
``import ece_async``; it pulls in ``aiohttp.web``.

    async with ECESimulator(deployments=50, seed=1) as sim:
        async with aiohttp.ClientSession(headers=sim.headers) as s:
            async with s.get(sim.api_url + "/deployments") as r:
                ...
"""

from __future__ import annotations

from .clock import SimClock
from .faults import FaultConfig
from .simulator import ECESimulator
from .stats import SimulatorStats

__all__ = ["ECESimulator", "FaultConfig", "SimClock", "SimulatorStats"]
