"""Fault injection: what can go wrong between a client and ECE, on purpose and reproducibly.

Every decision is drawn from a generator seeded with ``(seed, method, path,
query, body, n)`` where ``n`` counts earlier identical requests.  So the fate of
"the second GET of deployment X" does not depend on how many other requests ran
concurrently: a seeded run reproduces under any scheduling.  Only rate-limit
bursts (which refuse the *next* requests of a route) depend on arrival order.
"""

from __future__ import annotations

import fnmatch
import hashlib
import math
import random
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .._record import Record

#: Fault kinds, as counted in ``SimulatorStats.faults``.
FAULT_KINDS = ("latency", "drop", "html", "error", "rate_limit", "malformed", "concurrent_change")

_DROP_PHASES = ("before", "after", "either")


def _statuses(statuses: Iterable[int]) -> tuple[int, ...]:
    return tuple(statuses)


def _routes(routes: Mapping[str, FaultConfig]) -> dict[str, FaultConfig]:
    return dict(routes)


@attrs.frozen
class FaultConfig(Record):
    """What to inject, globally or (via ``routes``) for some operations.

    Rates are probabilities per request.  ``routes`` maps an operationId
    (``"get-costs-charts"``) or a glob over the path below ``/api/v1``
    (``"/billing/*"``) to the config used *instead* for matching requests (the
    first match wins; derive it from the base config with ``replace()`` to
    inherit from it).  ``token_lifetime`` and ``concurrent_change_rate`` are
    simulator-wide settings and are ignored inside ``routes``.
    """

    #: Seconds added to every response.
    latency: float = 0.0
    #: Extra random seconds in [0, jitter) on top of ``latency``.
    jitter: float = 0.0
    #: Probability of a JSON 5xx error (status drawn from ``error_statuses``).
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = attrs.field(default=(502, 503, 504), converter=_statuses)
    #: Probability that a request starts a burst of 429 ``billing_service.rate_limited`` replies.
    rate_limit_rate: float = 0.0
    #: Requests of the same route refused per burst (the triggering one included).
    rate_limit_burst: int = 3
    #: ``Retry-After`` seconds sent with a 429.
    retry_after: int = 1
    #: Probability of closing the connection without any response.
    drop_rate: float = 0.0
    #: Whether a drop happens before the request is processed, after it, or either (seeded).
    drop_phase: str = "either"
    #: Probability of a truncated JSON body (with the real status and headers).
    malformed_rate: float = 0.0
    #: Probability of an nginx-style ``502 Bad Gateway`` HTML page.
    html_rate: float = 0.0
    #: Lifetime of login tokens in simulated seconds (``None``: 3600, ECE's default session length).
    token_lifetime: float | None = None
    #: Probability that "someone else" changes a deployment just before an update-deployment write
    #: reaches it (its version moves on, so a write carrying the old ``version=`` gets a 409
    #: ``deployments.version_conflict``).  Simulator-wide, like ``token_lifetime``.
    concurrent_change_rate: float = 0.0
    routes: Mapping[str, FaultConfig] = attrs.field(factory=dict, converter=_routes, hash=False)

    def __attrs_post_init__(self) -> None:
        for name in (
            "error_rate",
            "rate_limit_rate",
            "drop_rate",
            "malformed_rate",
            "html_rate",
            "concurrent_change_rate",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        for name in ("latency", "jitter", "retry_after"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:  # inf would hang every request; NaN poisons sleeps
                raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
        if not self.error_statuses or any(not 500 <= s <= 599 for s in self.error_statuses):
            raise ValueError("error_statuses must be non-empty 5xx codes")
        if self.rate_limit_burst < 1:
            raise ValueError("rate_limit_burst must be >= 1")
        if self.drop_phase not in _DROP_PHASES:
            raise ValueError(f"drop_phase must be one of {_DROP_PHASES}")
        if self.token_lifetime is not None and not (
            math.isfinite(self.token_lifetime) and self.token_lifetime > 0
        ):
            raise ValueError(f"token_lifetime must be a finite number > 0, got {self.token_lifetime!r}")

    @property
    def active(self) -> bool:
        """Whether this config can inject anything at all (a fast path for the common case)."""
        return self.injects or bool(self.routes)

    @property
    def injects(self) -> bool:
        """Whether requests this config applies to (its ``routes`` aside) can meet a fault."""
        return bool(
            self.latency
            or self.jitter
            or self.error_rate
            or self.rate_limit_rate
            or self.drop_rate
            or self.malformed_rate
            or self.html_rate
        )

    def for_route(self, operation_id: str, path: str) -> tuple[str, FaultConfig]:
        """The (scope, config) that applies to a request; scope keys rate-limit bursts."""
        route = self.routes.get(operation_id)
        if route is not None:
            return operation_id, route
        for pattern, route in self.routes.items():
            if "/" in pattern and fnmatch.fnmatchcase(path, pattern):
                return pattern, route
        return operation_id, self

    @classmethod
    def default_mix(cls) -> FaultConfig:
        """A realistic bad day: a little latency and a few of every failure, billing rate-limited."""
        return cls(
            latency=0.002,
            jitter=0.01,
            error_rate=0.02,
            drop_rate=0.005,
            malformed_rate=0.005,
            html_rate=0.005,
            routes={
                "/billing/*": cls(
                    latency=0.005,
                    jitter=0.02,
                    error_rate=0.02,
                    rate_limit_rate=0.05,
                    rate_limit_burst=3,
                    retry_after=1,
                ),
            },
        )

    @classmethod
    def parse(cls, text: str) -> FaultConfig:
        """Parse the CLI form: ``default``, ``none`` or ``name=value,...``.

        ``default,name=value`` starts from :meth:`default_mix` and overrides one setting.

        >>> FaultConfig.parse("error_rate=0.1,error_statuses=503").error_statuses
        (503,)
        """
        base = cls()
        overrides: dict[str, Any] = {}
        known = {f.name for f in attrs.fields(cls) if f.name != "routes"}
        for raw in (p.strip() for p in text.split(",")):
            if not raw:
                continue
            if raw in ("default", "defaults", "on", "true"):
                base = cls.default_mix()
                continue
            if raw in ("none", "off", "false"):
                base = cls()
                continue
            name, sep, value = raw.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in known:
                raise ValueError(f"unknown fault setting {raw!r}; expected one of {', '.join(sorted(known))}")
            try:
                overrides[name] = _convert(name, value.strip())
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
        return base.replace(**overrides) if overrides else base


def _convert(name: str, value: str) -> Any:
    if name == "error_statuses":
        return tuple(int(v) for v in value.replace("/", " ").replace(";", " ").split())
    if name == "drop_phase":
        return value
    if name in ("rate_limit_burst", "retry_after"):
        return int(value)
    if name == "token_lifetime":
        return None if value.lower() in ("", "none") else float(value)
    return float(value)


@attrs.frozen
class Decision:
    """The faults chosen for one request."""

    delay: float = 0.0
    #: One of ``None``, "drop-before", "drop-after", "html", "error", "rate_limit", "malformed".
    kind: str | None = None
    status: int = 0
    retry_after: int = 0


NO_FAULT = Decision()

#: Distinct requests whose counts are kept; beyond it the least recently seen are forgotten
#: (a forgotten request's next draw is its first again).
REMEMBERED_REQUESTS = 100_000


class FaultInjector:
    """Turns a :class:`FaultConfig` and a seed into per-request :class:`Decision` objects."""

    def __init__(self, config: FaultConfig, seed: int) -> None:
        self.config = config
        self.seed = seed
        #: How many times each request was seen, latest last (at most :data:`REMEMBERED_REQUESTS`).
        self._seen: dict[str, int] = {}
        self._bursts: dict[str, int] = {}

    def decide(self, operation_id: str, method: str, path: str, query: str, body: bytes) -> Decision:
        scope, config = self.config.for_route(operation_id, path)
        if not config.injects:
            return NO_FAULT
        digest = hashlib.blake2b(body, digest_size=8).hexdigest() if body else ""
        key = f"{method} {path}?{query} {digest}"
        n = self._count(key)
        rng = random.Random(f"{self.seed}|{key}|{n}")
        delay = config.latency + (rng.random() * config.jitter if config.jitter else 0.0)
        # One draw per kind, always in the same order, so changing one rate does not reshuffle the others.
        drop, html, error, limit, malformed, phase, status = (rng.random() for _ in range(7))
        if drop < config.drop_rate:
            after = config.drop_phase == "after" or (config.drop_phase == "either" and phase < 0.5)
            return Decision(delay, "drop-after" if after else "drop-before")
        if html < config.html_rate:
            return Decision(delay, "html", 502)
        if error < config.error_rate:
            statuses = config.error_statuses
            return Decision(delay, "error", statuses[int(status * len(statuses))])
        remaining = self._bursts.get(scope, 0)
        if remaining > 0 or limit < config.rate_limit_rate:
            self._bursts[scope] = (remaining or config.rate_limit_burst) - 1
            return Decision(delay, "rate_limit", 429, config.retry_after)
        if malformed < config.malformed_rate:
            return Decision(delay, "malformed")
        return Decision(delay) if delay else NO_FAULT

    @property
    def remembered(self) -> int:
        """How many distinct requests' counts are kept."""
        return len(self._seen)

    def _count(self, key: str) -> int:
        """How many times ``key`` was seen before (then one more), the latest kept last."""
        n = self._seen.pop(key, 0)
        self._seen[key] = n + 1
        while len(self._seen) > REMEMBERED_REQUESTS:
            del self._seen[next(iter(self._seen))]
        return n
