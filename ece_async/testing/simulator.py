"""``ECESimulator``: a seeded, stateful fake ECE served over real HTTP on localhost."""

from __future__ import annotations

import hashlib
import os
import random
import socket
from collections.abc import Mapping
from datetime import datetime
from types import TracebackType
from typing import Any

from aiohttp import web

from . import catalog
from .app import API_ROOT, build_app
from .auth import DEFAULT_TOKEN_LIFETIME, Authenticator
from .backend import DeploymentBackend, PlatformBackend
from .clock import SimClock
from .faults import FaultConfig, FaultInjector
from .generate import FleetGenerator
from .lifecycle import settle
from .stacks import default_stacks
from .state import SimDeployment, SimState
from .stats import SimulatorStats
from .templates import shipped_templates
from .world import World

#: How search hits look: with each resource's ``info`` (as ECE's search returns), or ids only.
SEARCH_HITS = ("full", "minimal")


class ECESimulator:
    """A fake ECE for tests and demos, like moto for boto3.

    ``url`` is the installation root (``http://127.0.0.1:<port>``, like an ECE
    coordinator's ``https://host:12443``); the API itself is under
    ``api_url`` (``url + "/api/v1"``).  Credentials: ``api_key`` (``Authorization:
    ApiKey ...``), ``username``/``password`` (Basic, or ``POST
    /users/auth/_login`` for a bearer token).

    Everything is derived from ``seed``: the fleet of ``deployments``, plan
    step timings and failures (``plan_failure_rate``; ``plan_unhealthy_rate``: a
    successful plan that leaves its resource unhealthy), and injected faults.
    Time is simulated: ``speed`` scales real time (0 freezes it) and
    :meth:`advance` jumps ahead.  The initial clock is ``start_time`` (default:
    now, truncated to the second); pass a fixed one for byte-identical runs.
    Or pass a :class:`~ece_async.testing.SimClock` as ``clock`` (instead of
    ``speed`` and ``start_time``), e.g. one a test shares with its clients: the
    simulator's ``clock`` is an :class:`ece_async.clock.Clock` for ``ECEClient(clock=...)``.

    ``search_hits="minimal"`` serves search hits without the resources' ``info``
    (ids only), as some installations do, so clients must fetch each deployment.
    ``search_page_cap`` caps the hits of one deployment search page below the ``size`` asked for,
    as ECE does (``match_count`` still counts every match): clients must page on the counts, not
    stop at the first short page.

    Use ``async with ECESimulator(...) as sim:``, or :meth:`start`/:meth:`close`.
    """

    def __init__(
        self,
        deployments: int = 10,
        *,
        seed: int = 0,
        faults: FaultConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        speed: float = 1.0,
        start_time: datetime | float | None = None,
        plan_failure_rate: float = 0.1,
        username: str = "admin",
        password: str | None = None,
        api_key: str | None = None,
        search_hits: str = "full",
        clock: SimClock | None = None,
        search_page_cap: int | None = None,
        plan_unhealthy_rate: float = 0.0,
    ) -> None:
        if deployments < 0:
            raise ValueError("deployments must be >= 0")
        if search_hits not in SEARCH_HITS:
            raise ValueError(f"search_hits must be one of {', '.join(SEARCH_HITS)}, not {search_hits!r}")
        if not 0.0 <= plan_failure_rate <= 1.0:
            raise ValueError("plan_failure_rate must be between 0 and 1")
        if not 0.0 <= plan_unhealthy_rate <= 1.0:
            raise ValueError("plan_unhealthy_rate must be between 0 and 1")
        if search_page_cap is not None and search_page_cap < 1:
            raise ValueError("search_page_cap must be 1 or more (or None for no cap)")
        self.seed = seed
        self.host = host
        self.port = port
        if clock is not None and (start_time is not None or speed != 1.0):
            raise ValueError("pass speed and start_time to the SimClock given as clock=, not here")
        self.clock = clock if clock is not None else SimClock(start=start_time, speed=speed)
        rng = random.Random(f"{seed}:credentials")
        self.username = username
        self.password = password if password is not None else f"sim-{rng.getrandbits(64):016x}"
        key = api_key if api_key is not None else f"sim_{rng.getrandbits(160):040x}"
        self.organization_id = str(1_000_000_000 + rng.randrange(999_999_999))
        self._state = SimState(region=catalog.REGION, organization_id=self.organization_id, user_id=username)
        self._state.stack_versions = default_stacks()
        self._state.templates = shipped_templates(catalog.REGION)
        config = faults or FaultConfig()
        self.auth = Authenticator(
            self._state,
            self.clock,
            username,
            self.password,
            secret=hashlib.sha256(f"{seed}:jwt-secret".encode()).digest(),
            token_lifetime=config.token_lifetime or DEFAULT_TOKEN_LIFETIME,
        )
        self.api_key = key
        self.auth.add_api_key("sim-initial-key", key, "ECE simulator initial key")
        self.stats = SimulatorStats()
        self._world = World(
            state=self._state,
            clock=self.clock,
            auth=self.auth,
            faults=FaultInjector(config, seed),
            stats=self.stats,
            seed=seed,
            plan_failure_rate=plan_failure_rate,
            plan_unhealthy_rate=plan_unhealthy_rate,
            search_hits=search_hits,
            search_page_cap=search_page_cap,
        )
        # The fleet is drawn as of now, but built later: a few seconds of work for 100,000
        # deployments, done in slices when the app starts (see _build_fleet) or all at once when
        # something reads the state first.  Either way, the same fleet.
        self._fleet = FleetGenerator(self._state, seed, self.clock.time(), plan_failure_rate, deployments)
        self.app = build_app(self._world)
        self.app.on_startup.append(self._build_fleet)
        self._runner: web.AppRunner | None = None
        #: How many deployments a snapshot brought (:meth:`from_snapshot`); ``None`` for a generated fleet.
        self.snapshot_deployments: int | None = None

    @classmethod
    def from_snapshot(
        cls, snapshot: str | os.PathLike[str] | Mapping[str, Any], **kwargs: Any
    ) -> ECESimulator:
        """A simulator serving a copy of a real fleet: a file of ``ece-async snapshot``, or its JSON.

        Takes every other argument of the constructor but ``deployments`` (the snapshot's are
        served instead of a generated fleet).  Raises ``ValueError`` for a file that is not a
        snapshot.
        """
        if "deployments" in kwargs:
            raise TypeError("from_snapshot() serves the snapshot's deployments; do not pass deployments=")
        from . import snapshot as snapshot_file  # a generated fleet (the usual one) never reads a file

        document = snapshot_file.read(snapshot)
        sim = cls(0, **kwargs)
        sim._fleet.complete = True  # nothing to generate: no fleet, no allocators for it
        sim.snapshot_deployments = snapshot_file.load(
            sim._state, document, seed=sim.seed, now=sim.clock.time(), failure_rate=sim.plan_failure_rate
        )
        return sim

    async def _build_fleet(self, app: web.Application) -> None:
        await self._fleet.build_async()

    @property
    def backend(self) -> DeploymentBackend:
        """The deployment operations behind the routes, to call without HTTP (tests, setup)."""
        self._fleet.build()
        return DeploymentBackend(self._world)

    @property
    def platform(self) -> PlatformBackend:
        """The allocator and runner operations behind the routes, to call without HTTP."""
        self._fleet.build()
        return PlatformBackend(self._world)

    @property
    def state(self) -> SimState:
        """The simulator's data, for assertions a response cannot express (built on first use)."""
        self._fleet.build()
        return self._state

    # --- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> ECESimulator:
        if self._runner is not None:
            return self
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        server = site._server  # the only way aiohttp exposes the bound port (needed for port=0)
        sockets = getattr(server, "sockets", None) or []
        for sock in sockets:
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                self.port = sock.getsockname()[1]
                break
        return self

    async def close(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> ECESimulator:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # --- what clients need -----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The installation root, without ``/api/v1`` (clients accept either form)."""
        # A wildcard bind is reachable on loopback; the wildcard address itself is not a destination.
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    @property
    def api_url(self) -> str:
        return self.url + API_ROOT

    @property
    def headers(self) -> dict[str, str]:
        """Request headers that authenticate with the simulator's API key."""
        return {"Authorization": f"ApiKey {self.api_key}"}

    # --- controlling the world -------------------------------------------------------------------

    @property
    def faults(self) -> FaultConfig:
        return self._world.faults.config

    @faults.setter
    def faults(self, config: FaultConfig) -> None:
        """Swap the fault configuration mid-test (the per-request draw sequence starts afresh)."""
        self._world.faults = FaultInjector(config, self.seed)
        if config.token_lifetime is not None:
            self.auth.token_lifetime = config.token_lifetime

    @property
    def plan_failure_rate(self) -> float:
        return self._world.plan_failure_rate

    @plan_failure_rate.setter
    def plan_failure_rate(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError("plan_failure_rate must be between 0 and 1")
        self._world.plan_failure_rate = value

    def now(self) -> float:
        """The simulated time (epoch seconds), with plans brought up to it."""
        return self._world.now()

    def advance(self, seconds: float) -> float:
        """Move simulated time forward; plans and token expiry follow. Returns the new time."""
        self.clock.advance(seconds)
        return self.now()

    def settle(self) -> None:
        """Finish every pending plan now (advancing the clock just far enough)."""
        pending = [r.pending.end for d in self.state.live() for r in d.resources if r.pending is not None]
        if pending:
            target = max(pending)
            now = self.clock.time()
            if target > now:
                self.clock.advance(target - now + 0.001)
        settle(self.state, self.clock.time())

    def deployment_ids(self) -> list[str]:
        """Ids of the deployments that exist (not deleted), in creation order."""
        return [d.id for d in self.state.live()]

    def deployment(self, deployment_id: str) -> SimDeployment:
        """The internal record of a deployment, for assertions a response cannot express."""
        dep = self.state.get(deployment_id)
        if dep is None:
            raise KeyError(deployment_id)
        return dep

    def __repr__(self) -> str:
        state = "running" if self._runner is not None else "stopped"
        count = len(self.deployment_ids()) if self._fleet.complete else self._fleet.count
        return f"<ECESimulator {self.url} {state}, {count} deployments, seed={self.seed}>"
