"""Retries and per-call options: a retry policy, a hook that sees every retry, ``ece.options(...)``,
``Retry-After`` beyond ``max_retry_after``, and how many attempts a failure took.

The embedded simulator injects faults (half of ``get-deployment`` calls fail, 429s with a 30 s
``Retry-After`` on ``get-platform``); against ``ECE_URL`` the same calls simply succeed::

    python examples/retries_and_options.py
"""

from __future__ import annotations

import asyncio

from _target import ece_target

from ece_async import NO_RETRY, ECEClient, Hooks, RateLimitedError, RetryPolicy, RetryScheduled, ServerError
from ece_async.testing import FaultConfig

FAULTS = FaultConfig(
    routes={
        "get-deployment": FaultConfig(error_rate=0.5),
        "get-platform": FaultConfig(rate_limit_rate=1.0, retry_after=30),
    }
)


def report(event: RetryScheduled) -> None:
    print(
        f"  retry: {event.operation_id} attempt {event.attempt} failed ({event.error.status}), "
        f"next in {event.delay:.2f}s"
    )


async def main() -> None:
    async with ece_target(faults=FAULTS) as target:
        url, api_key, ca_file = target.url, target.api_key, target.ca_file
        # --8<-- [start:retries]
        policy = RetryPolicy(
            max_attempts=4, deadline=120, max_retry_after=10, retry_budget=500, backoff_base=0.05
        )
        hooks = Hooks(on_retry=report)  # sees every retry: operation, attempt, wait, error
        async with ECEClient(url, api_key=api_key, ca_file=ca_file, retry=policy, hooks=hooks) as ece:
            listing = await ece.deployments.list_deployments()
            ids = [summary.id for summary in listing.deployments or []]
            for dep_id in ids:  # 5xx are retried with backoff (a GET is idempotent)
                await ece.deployments.get_deployment(deployment_id=dep_id)

            with ece.options(retry=NO_RETRY, timeout=5):  # in this block only: one attempt, 5 s each
                for dep_id in ids:
                    try:
                        await ece.deployments.get_deployment(deployment_id=dep_id)
                    except ServerError as error:
                        print(f"no retry: {error.status} after {error.attempts} attempt")

            try:
                await ece.platform.get_platform()
            except RateLimitedError as error:  # Retry-After beyond max_retry_after: raised at once
                print(f"rate limited, Retry-After {error.retry_after}s, after {error.attempts} attempt(s)")
        # --8<-- [end:retries]
        print("done")


if __name__ == "__main__":
    asyncio.run(main())
