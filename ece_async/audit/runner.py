"""Fetch a whole fleet concurrently and summarise each deployment.

Listing (search with cursor paging) and fetching overlap: ids flow through a
bounded queue to ``concurrency`` workers, so the first details arrive while
later pages are still being listed and memory stays flat for any fleet size.
A deployment that cannot be fetched becomes a row with ``error`` set; it never
stops the audit.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._tolerant import RESOURCE_KINDS, at, items
from ..errors import ECEError, NotFoundError
from ..pagination import iter_deployments
from .summary import DeploymentSummary, summarise

if TYPE_CHECKING:
    from ..client import ECEClient

#: Statuses meaning "this installation has no billing API" (ECE self-hosted mostly hasn't).
BILLING_UNAVAILABLE = (400, 403, 404, 405, 501)
_DONE = object()


@dataclass
class AuditResult:
    """The rows (in listing order) and the run's totals."""

    summaries: list[DeploymentSummary]
    retries: int = 0
    elapsed: float = 0.0
    costs_note: str | None = None
    interrupted: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def unhealthy(self) -> int:
        return sum(1 for s in self.summaries if s.unhealthy)

    @property
    def failed(self) -> int:
        return sum(1 for s in self.summaries if s.error is not None)

    def summary_line(self) -> str:
        text = (
            f"{len(self.summaries)} deployments, {self.unhealthy} unhealthy, {self.failed} failed to fetch, "
            f"{self.retries} retries, {self.elapsed:.1f}s"
        )
        return text + (" (interrupted)" if self.interrupted else "")


class RetryCounter:
    """A retry hook: the audit reports how hard the API pushed back."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, event: object) -> None:
        self.count += 1


def describe_error(error: BaseException) -> str:
    """One short line for a failed fetch (typed errors carry no secrets)."""
    if isinstance(error, ECEError):
        return str(error).splitlines()[0][:200]
    return f"{type(error).__name__}: {error}"[:200]


async def _fetch(client: ECEClient, deployment_id: str) -> DeploymentSummary:
    try:
        deployment = await client.deployments.get_deployment(deployment_id=deployment_id, show_plans=True)
        if _has_pending_plan(deployment):
            # Step logs only for the few deployments with a plan in flight: they are large.
            deployment = await client.deployments.get_deployment(
                deployment_id=deployment_id, show_plans=True, show_plan_logs=True
            )
    except ECEError as error:
        return DeploymentSummary(id=deployment_id, error=describe_error(error))
    summary = summarise(deployment)
    summary.id = deployment_id
    summary.organization_id = _text_or_none(at(deployment, "settings", "metadata", "organization_id"))
    return summary


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _has_pending_plan(deployment: Any) -> bool:
    resources = at(deployment, "resources")
    return any(
        at(resource, "info", "plan_info", "pending") is not None
        for kind in RESOURCE_KINDS
        for resource in items(at(resources, kind))
    )


async def collect(
    client: ECEClient,
    *,
    concurrency: int = 32,
    page_size: int = 500,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> list[DeploymentSummary]:
    """Summaries of every deployment, in listing order."""
    queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=concurrency * 4)
    summaries: list[DeploymentSummary] = []
    done = 0
    listed = 0

    async def worker() -> None:
        nonlocal done
        while (item := await queue.get()) is not _DONE:
            index, deployment_id = item
            summaries[index] = await _fetch(client, deployment_id)
            done += 1
            if on_progress is not None:
                on_progress(done, None)

    workers = [asyncio.create_task(worker()) for _ in range(concurrency)]
    try:
        async for hit in iter_deployments(client, page_size=page_size):
            deployment_id = str(getattr(hit, "id", "?"))
            summaries.append(DeploymentSummary(id=deployment_id, error="not fetched"))
            await queue.put((listed, deployment_id))
            listed += 1
        for _ in workers:
            await queue.put(_DONE)
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return summaries


async def add_costs(
    client: ECEClient, summaries: list[DeploymentSummary], organization_id: str | None
) -> str | None:
    """Fill ``cost`` from one organization-wide billing call; return a note when costs are unavailable."""
    organization = organization_id or next((s.organization_id for s in summaries if s.organization_id), None)
    if organization is None:
        try:
            account = await client.accounts.get_current_account()
        except ECEError:
            account = None
        organization = _text_or_none(at(account, "id"))
    if organization is None:
        return "costs skipped: no organization id (pass --organization)"
    try:
        report = await client.billing_costs_analysis.get_costs_deployments(organization_id=organization)
    except NotFoundError:
        return "costs unavailable: this installation has no billing API"
    except ECEError as error:
        if error.status in BILLING_UNAVAILABLE:
            return f"costs unavailable: {describe_error(error)}"
        return f"costs failed: {describe_error(error)}"
    by_id: dict[str, float] = {}
    for item in items(at(report, "deployments")):
        total = at(item, "costs", "total")
        deployment_id = at(item, "deployment_id")
        if isinstance(total, (int, float)) and deployment_id is not None:
            by_id[str(deployment_id)] = float(total)
    for summary in summaries:
        summary.cost = by_id.get(summary.id)
    return None


@contextmanager
def throughput_gc(gen0_threshold: int = 50_000) -> Iterator[None]:
    """Collect garbage less often while an audit runs; restore the settings after.

    An audit allocates millions of short-lived objects (JSON dicts, models) while
    dozens of responses are in flight.  CPython's default first-generation
    threshold (700 allocations) then triggers thousands of collections, each
    re-scanning every in-flight payload, which costs more CPU than the decoding
    itself.  Objects that exist before the audit (modules, an in-process
    simulator's fleet) are frozen out of the scans for the same reason.
    """
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(previous[0], gen0_threshold), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


async def run_audit(
    client: ECEClient,
    *,
    concurrency: int = 32,
    costs: bool = True,
    organization_id: str | None = None,
    retries: RetryCounter | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> AuditResult:
    """The whole audit: list, fetch, summarise, add costs (see :func:`throughput_gc`)."""
    started = time.monotonic()
    with throughput_gc():
        summaries = await collect(client, concurrency=concurrency, on_progress=on_progress)
        note = await add_costs(client, summaries, organization_id) if costs else None
    return AuditResult(
        summaries=summaries,
        retries=retries.count if retries else 0,
        elapsed=time.monotonic() - started,
        costs_note=note,
    )
