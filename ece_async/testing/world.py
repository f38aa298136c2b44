"""Everything a request handler needs, in one object stored on the aiohttp app."""

from __future__ import annotations

from contextvars import ContextVar

import attrs
from aiohttp import web

from .auth import Authenticator, Principal
from .bodies import BodyCache
from .clock import SimClock
from .faults import FaultInjector
from .lifecycle import settle
from .state import SimState
from .stats import SimulatorStats


@attrs.define
class World:
    state: SimState
    clock: SimClock
    auth: Authenticator
    faults: FaultInjector
    stats: SimulatorStats
    seed: int
    plan_failure_rate: float
    #: Probability that a successful plan leaves its resource unhealthy.
    plan_unhealthy_rate: float = 0.0
    #: ``full``: search hits carry each resource's ``info``; ``minimal``: only ids (as some installations).
    search_hits: str = "full"
    #: Most hits a deployment search returns per page, whatever ``size`` asks (``None``: no cap).
    search_page_cap: int | None = None
    #: Recently rendered response bodies (the rest are rendered again on demand).
    bodies: BodyCache = attrs.field(factory=BodyCache)

    def now(self) -> float:
        """The simulated time, with every plan brought up to it first."""
        now = self.clock.time()
        settle(self.state, now)
        return now


WORLD = web.AppKey("ece_simulator_world", World)


def world(request: web.Request) -> World:
    return request.app[WORLD]


#: The authenticated caller of the request being handled (set by the middleware, per task).
PRINCIPAL: ContextVar[Principal | None] = ContextVar("ece_simulator_principal", default=None)


def principal(request: web.Request) -> Principal | None:
    return PRINCIPAL.get()


def user_id(request: web.Request) -> str:
    """The authenticated caller's user id ("" for public operations)."""
    who = PRINCIPAL.get()
    return who.user_id if who is not None else ""
