"""When to retry a failed call, and how long to wait first.

The rules follow what a retry can safely assume about the server:

* **429** (``billing_service.rate_limited`` and friends) means the request was
  *not processed*, so it is retried whatever the method.
* **502/503/504**, dropped connections and timeouts may hit a request the server
  already acted on, so only idempotent requests are retried: GET, HEAD, PUT,
  DELETE, OPTIONS, searches (POST ``.../_search``, which only read), and any
  request carrying an idempotency ``request_id`` query parameter (the client
  adds one to ``create-deployment`` itself).  A write carrying an optimistic
  concurrency ``version`` is *not* idempotent: replayed after the server applied
  it, it would fail with a conflict against its own success.
* A successful status with a body that is not valid JSON (a stream cut short by
  a proxy) is treated like a dropped connection; a valid body of the wrong shape,
  or one over ``max_response_bytes``, is not retried: it would come back the same.
* A request that never left the client (the connection could not be
  *established*, or credentials could not be obtained) is retried for every
  method; TLS failures are never retried.

The wait honours ``Retry-After`` (never earlier, a little jitter later, so a storm
of throttled callers does not come back in lockstep) up to ``max_retry_after``;
otherwise it is exponential backoff with full jitter.  Attempts and an overall
deadline bound each call.

A client-wide :class:`RetryBudget` bounds retries across calls, like botocore's
standard-mode retry quota: every retry of an outage-type failure (5xx, dropped
connections, timeouts) spends from it and every success puts a little back, so
an outage costs little more than one attempt per call, and retries return as
the server recovers.  Throttling (429) does not spend from it: the server asked
for a later attempt, and ``Retry-After`` and the adaptive limiter pace those.
Nor does a failover: a retry that goes to another coordinator believed alive,
after one failed to connect, dropped the connection or timed out, tries a healthy
server, not the failing one again.  Once every coordinator is marked dead (or
due only for a resurrection probe), retries pay again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timezone
from typing import Literal

import attrs

from ._record import Record
from ._settings import count, number, optional_number
from .clock import Clock
from .errors import (
    APIError,
    ConfigurationError,
    ConnectError,
    ConnectTimeoutError,
    ECEConnectionError,
    ECEError,
    ECETimeoutError,
    RateLimitedError,
    ResponseDecodeError,
    TLSError,
)

__all__ = [
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_RETRY_BUDGET",
    "IDEMPOTENT_METHODS",
    "NO_RETRY",
    "RetryBudget",
    "RetryDecision",
    "RetryHandler",
    "RetryPolicy",
    "is_idempotent",
    "parse_retry_after",
]

#: Methods whose repetition has the same effect as a single call (RFC 9110 section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
#: Methods that only read: a ``version`` parameter on them is not a condition on a write.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: The longest ``Retry-After`` waited for by default (seconds); longer ones fail the call at once.
DEFAULT_MAX_RETRY_AFTER = 60.0
#: The default capacity of the client-wide retry budget (100 retries' worth).
DEFAULT_RETRY_BUDGET = 500.0


def _statuses(statuses: Iterable[int]) -> frozenset[int]:
    return frozenset(statuses)


# attrs reads a converter's signature: a builtin's (``float``) costs a tokenizer import, ~5 ms.
# Only numbers are converted: anything else is left for ``__attrs_post_init__`` to refuse by name.
def _float(value: float) -> float:
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # 10**400: refused by name in __attrs_post_init__
            return value
    return value


def _optional_float(value: float | None) -> float | None:
    return None if value is None else _float(value)


@attrs.frozen
class RetryPolicy(Record):
    """How a client (or one call, via ``ECEClient.options``) retries.

    ``max_attempts`` counts the first try (1 disables retries).  ``deadline`` caps
    the time from the first attempt to the start of the last one (``None``: no
    cap); a ``Retry-After`` that would end past it is not waited for.
    ``backoff_base``/``backoff_max`` shape the exponential full-jitter backoff:
    attempt *n* waits ``uniform(0, min(backoff_max, backoff_base * 2**(n-1)))``.
    ``retry_after_jitter`` adds ``uniform(0, retry_after_jitter)`` after a
    ``Retry-After``; a ``Retry-After`` longer than ``max_retry_after`` (default 60 s)
    is not waited for: the call fails at once with the error that carried it.
    ``retry_statuses`` are the statuses retried for idempotent requests (429 is
    always retried).  The deadline also bounds waits in the client's own rate limits.

    Client-wide only (ignored in a per-call policy): ``mode="adaptive"`` also slows
    down the route group (the operation's tag, e.g. ``billing_costs_analysis``) that keeps
    getting 429s, like botocore's adaptive mode but per group, so that billing's throttle
    never slows deployment or platform calls;
    ``retry_budget`` is the capacity of the :class:`RetryBudget` shared by all calls
    (``None``: unbounded).  Immutable; derive variants with ``replace()``.
    """

    max_attempts: int = 4
    deadline: float | None = 120.0
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    retry_after_jitter: float = 0.5
    retry_statuses: frozenset[int] = attrs.field(default=frozenset({502, 503, 504}), converter=_statuses)
    mode: Literal["standard", "adaptive"] = "standard"
    max_retry_after: float = attrs.field(default=DEFAULT_MAX_RETRY_AFTER, converter=_float)
    retry_budget: float | None = attrs.field(default=DEFAULT_RETRY_BUDGET, converter=_optional_float)

    def __attrs_post_init__(self) -> None:
        count("RetryPolicy.max_attempts", self.max_attempts)
        for name in ("backoff_base", "backoff_max", "retry_after_jitter", "max_retry_after"):
            number(f"RetryPolicy.{name}", getattr(self, name), inclusive=True)
        for name in ("deadline", "retry_budget"):
            optional_number(f"RetryPolicy.{name}", getattr(self, name), inclusive=True)
        if self.mode not in ("standard", "adaptive"):
            raise ConfigurationError("mode must be 'standard' or 'adaptive'")

    def backoff(self, attempt: int, random: float) -> float:
        """The full-jitter wait after failed attempt number ``attempt`` (1-based)."""
        ceiling = min(self.backoff_max, self.backoff_base * 2.0 ** min(attempt - 1, 62))
        return random * ceiling

    def should_retry(self, error: ECEError, *, idempotent: bool) -> bool:
        """Whether ``error`` is worth another attempt (limits are checked separately).

        ``idempotent``: whether sending the request again cannot duplicate an effect (true
        as well for a request that never left the client).
        """
        if isinstance(error, RateLimitedError):
            return error.status is not None  # a client-side throttle is a deadline, not a 429
        if isinstance(error, APIError):
            return idempotent and error.status in self.retry_statuses
        if isinstance(error, TLSError):
            return False
        if isinstance(error, ResponseDecodeError):
            return idempotent and error.malformed
        if isinstance(error, (ConnectError, ConnectTimeoutError)):
            return True
        if isinstance(error, (ECEConnectionError, ECETimeoutError, ResponseDecodeError)):
            return idempotent
        return False

    def delay(self, error: ECEError, attempt: int, random: float) -> float:
        """How long to wait before the next attempt."""
        if isinstance(error, APIError) and error.retry_after is not None:
            return error.retry_after + random * self.retry_after_jitter
        return self.backoff(attempt, random)


#: A policy that never retries.
NO_RETRY = RetryPolicy(max_attempts=1)


def is_idempotent(method: str, params: tuple[tuple[str, str], ...], path: str = "") -> bool:
    """Whether repeating the request cannot duplicate its effect, or turn it into a failure.

    ECE searches are POSTs to ``.../_search`` that only read, so they count as
    idempotent: a fleet listing must survive a dropped connection.  A write with an
    optimistic-concurrency ``version`` does not: if the first copy was applied, the
    version moved on and the replay reports a conflict with the caller's own write.
    """
    conditional = method not in _SAFE_METHODS and any(name == "version" for name, _ in params)
    if conditional:
        return False
    if method in IDEMPOTENT_METHODS:
        return True
    if method == "POST" and path.split("?", 1)[0].endswith("/_search"):
        return True
    for name, _ in params:
        if name == "request_id":
            return True
    return False


class RetryBudget:
    """A client-wide quota of retries (botocore's standard-mode retry quota).

    Starts full at ``capacity``.  A retry after a timeout costs ``timeout_cost``,
    after any other outage-type failure ``retry_cost``; when the budget cannot pay,
    the call fails with its error instead of retrying.  A call that succeeds at once
    puts back ``success_refill``; one that succeeds after retries puts back what
    its retries cost.  429s are free: see the module docstring.
    """

    __slots__ = ("available", "capacity", "retry_cost", "success_refill", "timeout_cost")

    def __init__(
        self,
        capacity: float = DEFAULT_RETRY_BUDGET,
        *,
        retry_cost: float = 5.0,
        timeout_cost: float = 10.0,
        success_refill: float = 1.0,
    ) -> None:
        self.capacity = capacity
        self.retry_cost = retry_cost
        self.timeout_cost = timeout_cost
        self.success_refill = success_refill
        #: What is left to spend (read it; change it through withdraw/deposit).
        self.available = capacity

    def cost(self, error: ECEError) -> float:
        """What retrying after ``error`` costs."""
        if isinstance(error, RateLimitedError):
            return 0.0
        if isinstance(error, ECETimeoutError):
            return self.timeout_cost
        return self.retry_cost

    def withdraw(self, amount: float) -> bool:
        if amount > self.available:
            return False
        self.available -= amount
        return True

    def deposit(self, amount: float) -> None:
        self.available = min(self.capacity, self.available + amount)


@attrs.frozen
class RetryDecision:
    """A retry handler's verdict: ``delay`` before the next attempt, or ``None`` and why not.

    ``cost`` is what the retry took from the client's retry budget.
    """

    delay: float | None
    reason: str = ""
    cost: float = attrs.field(default=0.0, repr=False)


class RetryHandler:
    """Decides, for one client, whether a failed attempt is retried and after how long.

    The rules, in order: attempts left, the error is retryable for this request, the
    server's ``Retry-After`` is within ``max_retry_after``, the wait ends inside the
    deadline, and the client-wide :class:`RetryBudget` can pay.
    """

    __slots__ = ("budget", "clock")

    def __init__(self, budget: RetryBudget | None, clock: Clock) -> None:
        self.budget = budget
        self.clock = clock

    def decide(
        self,
        policy: RetryPolicy,
        error: ECEError,
        *,
        attempt: int,
        started: float,
        idempotent: bool,
        immediate: bool = False,
        free: bool = False,
    ) -> RetryDecision:
        """``immediate``: the next attempt goes elsewhere (another coordinator), so skip the backoff.

        ``free``: it goes to a coordinator believed alive, a failover rather than another try
        against an outage, so the budget (which guards against outage storms) does not pay.
        """
        if attempt >= policy.max_attempts:
            return RetryDecision(None, f"attempt {attempt} of {policy.max_attempts} failed")
        if not policy.should_retry(error, idempotent=idempotent):
            return RetryDecision(None, "not retryable")
        retry_after = error.retry_after if isinstance(error, APIError) else None
        if retry_after is not None and retry_after > policy.max_retry_after:
            return RetryDecision(
                None, f"Retry-After {retry_after:.0f}s exceeds max_retry_after {policy.max_retry_after:.0f}s"
            )
        delay = (
            0.0 if immediate and retry_after is None else policy.delay(error, attempt, self.clock.random())
        )
        if policy.deadline is not None and self.clock.monotonic() + delay - started > policy.deadline:
            return RetryDecision(
                None, f"a retry in {delay:.3f}s would pass the {policy.deadline:.1f}s deadline"
            )
        cost = 0.0
        if self.budget is not None and not free:
            cost = self.budget.cost(error)
            if cost and not self.budget.withdraw(cost):
                return RetryDecision(None, "the client's retry budget is spent")
        return RetryDecision(delay, cost=cost)

    def succeeded(self, spent: float) -> None:
        """A call succeeded after retries that cost ``spent`` (0: at the first attempt)."""
        budget = self.budget
        if budget is not None and budget.available < budget.capacity:  # a full budget stays full
            budget.deposit(spent if spent else budget.success_refill)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """``Retry-After`` in seconds from ``now`` (unix time): delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime  # rarely needed: keep it off the import path

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):  # a server's text: any date, any offset
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = when.timestamp() - now
    if seconds != seconds or seconds == float("inf"):  # NaN, inf
        return None
    return max(0.0, seconds)
