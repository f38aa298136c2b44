"""Type-checked (never run) as a user's mypy sees the installed packages: ``make typecheck-scripts``.

The records are attrs classes: mypy's attrs plugin must see their constructors and read-only
fields from outside the repository. Each ``type: ignore`` is an error mypy has to report
(``--strict`` flags an unused one), so were a record ``Any`` to mypy, this file would fail.
"""

from __future__ import annotations

import sys

from ece_async import ECEClient, Hooks, RequestEnd, RetryPolicy, SystemClock, Timeout
from ece_async.audit import Finding
from ece_async.clock import Clock
from ece_async.plans import PlanFailure
from ece_async.testing import ECESimulator, FaultConfig, SimClock

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def records() -> None:
    policy = RetryPolicy(max_attempts=2, retry_statuses={503})
    assert_type(policy.replace(deadline=None), RetryPolicy)
    assert_type(policy.retry_statuses, frozenset[int])
    assert_type(Timeout(5.0).total, float | None)
    policy.max_attempts = 3  # type: ignore[misc]  # frozen
    RetryPolicy(max_attempts="3")  # type: ignore[arg-type]
    RetryPolicy(attempts=3)  # type: ignore[call-arg]

    def on_end(event: RequestEnd) -> None:
        assert_type(event.status, int | None)

    Hooks(on_request_end=on_end)
    Hooks(on_request_end=print, on_retry=1)  # type: ignore[arg-type]
    assert_type(FaultConfig(error_rate=0.1).replace(latency=1.0), FaultConfig)
    assert_type(Finding("rule", "high", "message").severity, str)

    def failed(failure: PlanFailure) -> str | None:
        return failure.failure_type


async def one_clock() -> None:
    clock = SimClock(speed=0)
    async with (
        ECESimulator(clock=clock) as sim,
        ECEClient(sim.url, api_key=sim.api_key, clock=sim.clock) as ece,
    ):
        assert_type(sim.clock, SimClock)
        await ece.deployments.list_deployments()

    class Fast(Clock):  # a subclass overrides what it fakes and inherits real time for the rest
        async def sleep(self, seconds: float) -> None:
            pass

    clocks: list[Clock] = [Fast(), SystemClock(), clock]
    assert_type(clocks[0].time(), float)
    ECEClient("https://ece.example:12443", clock=object())  # type: ignore[arg-type]
