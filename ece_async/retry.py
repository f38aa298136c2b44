"""When to retry a failed call, and how long to wait first.

The rules follow what a retry can safely assume about the server:

* **429** (``billing_service.rate_limited`` and friends) means the request was
  *not processed*, so it is retried whatever the method.
* **502/503/504**, dropped connections and timeouts may hit a request the server
  already acted on, so only idempotent requests are retried: GET, HEAD, PUT,
  DELETE, OPTIONS, searches (POST ``.../_search``, which only read), and any
  request carrying an idempotency ``request_id`` query parameter (the client
  adds one to ``create-deployment`` itself).
* A successful status with a body that is not valid JSON (a stream cut short by
  a proxy) is treated like a dropped connection.
* A connection that could not be *established* never carried the request, so
  that is retried for every method; TLS failures are never retried.

The wait honours ``Retry-After`` (never earlier, a little jitter later, so a storm
of throttled callers does not come back in lockstep); otherwise it is
exponential backoff with full jitter.  Attempts and an overall deadline bound
the whole thing.
"""

from __future__ import annotations

from datetime import timezone
from typing import Literal

from ._frozen import Frozen
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

__all__ = ["IDEMPOTENT_METHODS", "NO_RETRY", "RetryPolicy", "is_idempotent", "parse_retry_after"]

#: Methods whose repetition has the same effect as a single call (RFC 9110 section 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


class RetryPolicy(Frozen):
    """How a client (or one call, via ``ECEClient.options``) retries.

    ``max_attempts`` counts the first try (1 disables retries).  ``deadline`` caps
    the time from the first attempt to the start of the last one (``None``: no
    cap); a ``Retry-After`` that would end past it is not waited for.
    ``backoff_base``/``backoff_max`` shape the exponential full-jitter backoff:
    attempt *n* waits ``uniform(0, min(backoff_max, backoff_base * 2**(n-1)))``.
    ``retry_after_jitter`` adds ``uniform(0, retry_after_jitter)`` after a
    ``Retry-After``.  ``retry_statuses`` are the statuses retried for idempotent
    requests (429 is always retried).  ``mode="adaptive"`` (client-wide only;
    ignored per call) also slows the whole client down while 429s keep coming,
    like botocore's adaptive mode.  Immutable; derive variants with ``replace()``.
    """

    __slots__ = (
        "backoff_base",
        "backoff_max",
        "deadline",
        "max_attempts",
        "mode",
        "retry_after_jitter",
        "retry_statuses",
    )
    _fields = (
        "max_attempts",
        "deadline",
        "backoff_base",
        "backoff_max",
        "retry_after_jitter",
        "retry_statuses",
        "mode",
    )
    max_attempts: int
    deadline: float | None
    backoff_base: float
    backoff_max: float
    retry_after_jitter: float
    retry_statuses: frozenset[int]
    mode: Literal["standard", "adaptive"]

    def __init__(
        self,
        max_attempts: int = 4,
        deadline: float | None = 120.0,
        backoff_base: float = 0.5,
        backoff_max: float = 20.0,
        retry_after_jitter: float = 0.5,
        retry_statuses: frozenset[int] = frozenset({502, 503, 504}),
        mode: Literal["standard", "adaptive"] = "standard",
    ) -> None:
        if max_attempts < 1:
            raise ConfigurationError("max_attempts must be at least 1")
        if backoff_base < 0 or backoff_max < 0 or retry_after_jitter < 0:
            raise ConfigurationError("backoff values must not be negative")
        if deadline is not None and deadline < 0:
            raise ConfigurationError("deadline must not be negative")
        if mode not in ("standard", "adaptive"):
            raise ConfigurationError("mode must be 'standard' or 'adaptive'")
        self._init(
            max_attempts=max_attempts,
            deadline=deadline,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            retry_after_jitter=retry_after_jitter,
            retry_statuses=frozenset(retry_statuses),
            mode=mode,
        )

    def backoff(self, attempt: int, random: float) -> float:
        """The full-jitter wait after failed attempt number ``attempt`` (1-based)."""
        ceiling = min(self.backoff_max, self.backoff_base * 2.0 ** min(attempt - 1, 62))
        return random * ceiling

    def should_retry(self, error: ECEError, *, idempotent: bool) -> bool:
        """Whether ``error`` is worth another attempt (limits are checked separately)."""
        if isinstance(error, RateLimitedError):
            return True
        if isinstance(error, APIError):
            return idempotent and error.status in self.retry_statuses
        if isinstance(error, TLSError):
            return False
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
    """Whether repeating the request cannot duplicate its effect.

    ECE searches are POSTs to ``.../_search`` that only read, so they count as
    idempotent: a fleet listing must survive a dropped connection.
    """
    if method in IDEMPOTENT_METHODS:
        return True
    if method == "POST" and path.split("?", 1)[0].endswith("/_search"):
        return True
    for name, _ in params:
        if name == "request_id":
            return True
    return False


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
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = when.timestamp() - now
    if seconds != seconds or seconds == float("inf"):  # NaN, inf
        return None
    return max(0.0, seconds)
