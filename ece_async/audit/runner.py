"""The fleet audit as a library call: list every deployment, summarise, find, report.

Search hits already carry each deployment's ``info`` (health, plans, topology,
snapshots), so most rows come straight from the search pages: an audit of N
deployments costs about N/500 search requests (N/100 where the server caps pages
at 100, as ECE does: the library's paging rule follows ``match_count`` to the
end), plus one ``get-deployment`` (with step logs) per plan in flight. Pages and
deployments are read as plain JSON (``ECEClient.request``, with the client's auth,
limits and retries): the audit reads a dozen fields of each 10 KB hit, so decoding
models would cost more CPU than everything else it does. A hit without ``info``
(an installation whose search returns minimal hits) is fetched instead, so the
rows are the same either way; only the request count differs.

Nothing here touches process-wide state (the CLI tunes the garbage collector
around the whole command, see :mod:`.command`), and a row that cannot be
fetched becomes a row with ``error`` set: it never stops the audit.

    async with ECEClient(url, api_key=key) as ece:
        result = await run_audit(ece)
    for row in result.summaries:
        print(row.id, row.worst, [f.message for f in row.findings])
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs

from .._tolerant import at, items, text
from ..errors import ECEError, NotFoundError
from .checks import FleetVersions, check_deployment, sort_findings
from .findings import SEVERITIES, Finding, Rules, severity_rank
from .summary import DeploymentSummary, summarise

if TYPE_CHECKING:
    from ..client import ECEClient

#: Statuses meaning "this installation has no billing API" (ECE self-hosted mostly hasn't).
BILLING_UNAVAILABLE = (400, 403, 404, 405, 501)
#: Hits asked for per search request (ECE sends at most 100 whatever is asked; others may send 500).
PAGE_SIZE = 500
MAX_PAGE_SIZE = 10_000
_DONE = object()

Progress = Callable[[int, "int | None"], None]


@attrs.define
class AuditResult:
    """The rows (in listing order, unless only streamed) and the run's totals."""

    summaries: list[DeploymentSummary] = attrs.field(factory=list)
    #: Counted as rows complete, so they hold when rows were only streamed (``keep_rows=False``).
    deployments: int = 0
    unhealthy: int = 0
    failed: int = 0
    #: Findings per severity, the fleet-wide ones included.
    severities: Counter[str] = attrs.field(factory=Counter)
    #: API requests the audit made (retries not included; see ``retries``).
    requests: int = 0
    retries: int = 0
    elapsed: float = 0.0
    #: Set when the audit was cancelled (e.g. Ctrl-C): the totals cover the rows so far.
    interrupted: bool = False
    #: What the operator should know about the run itself (costs unavailable, fallbacks, ...).
    notes: list[str] = attrs.field(factory=list)
    #: Findings that need the whole fleet (``version_behind``), by deployment id; also in ``summaries``.
    fleet_findings: dict[str, Finding] = attrs.field(factory=dict)
    #: The profile name, when the audit ran for one of several installations.
    installation: str | None = None
    #: Set when listing broke off after its first page: the rows are incomplete.
    listing_error: str | None = None

    @property
    def complete(self) -> bool:
        """Every deployment was listed and fetched (what exit status 0 requires)."""
        return not self.failed and self.listing_error is None and not self.interrupted

    @property
    def requests_per_deployment(self) -> float:
        return self.requests / self.deployments if self.deployments else 0.0

    @property
    def findings(self) -> int:
        return sum(self.severities.values())

    @property
    def worst(self) -> str | None:
        return max(self.severities, key=severity_rank, default=None)

    def add(self, summary: DeploymentSummary) -> None:
        self.deployments += 1
        self.unhealthy += summary.unhealthy
        self.failed += summary.error is not None
        if summary.findings:  # most rows have none: no counting machinery per row
            self.severities.update(f.severity for f in summary.findings)

    def summary_line(self) -> str:
        where = f"{self.installation}: " if self.installation else ""
        counts = ", ".join(f"{self.severities[s]} {s}" for s in reversed(SEVERITIES) if self.severities[s])
        text = (
            f"{where}{self.deployments} deployments, {self.unhealthy} unhealthy, "
            f"{self.failed} failed to fetch, "
            f"{self.findings} findings{f' ({counts})' if counts else ''}, {plural(self.requests, 'request')} "
            f"({self.requests_per_deployment:.3f}/deployment), {plural(self.retries, 'retry', 'retries')}, "
            f"{self.elapsed:.1f}s"
        )
        return text + (" (interrupted)" if self.interrupted else "")

    def totals(self, per_installation: Sequence[AuditResult] | None = None) -> dict[str, Any]:
        """The totals as JSON-ready values (the ``summary`` of ``--format json`` and ``jsonl``)."""
        out: dict[str, Any] = {
            "installation": self.installation,
            "deployments": self.deployments,
            "unhealthy": self.unhealthy,
            "failed": self.failed,
            "findings": {s: self.severities[s] for s in reversed(SEVERITIES)},
            "requests": self.requests,
            "requests_per_deployment": round(self.requests_per_deployment, 4),
            "retries": self.retries,
            "elapsed": round(self.elapsed, 3),
            "interrupted": self.interrupted,
            "notes": list(self.notes),
        }
        if per_installation is not None:
            out["installations"] = [result.totals() for result in per_installation]
        return out


@attrs.define
class Unreachable:
    """An installation that could not be audited at all: listed apart, never counted as deployments.

    Nothing could be read from it (refused connection, TLS, credentials, an answer
    that is not the ECE API), so it has no rows; ``error`` says why, in full.
    """

    installation: str | None
    error: str
    interrupted: bool = False
    notes: list[str] = attrs.field(factory=list)
    severities: Counter[str] = attrs.field(factory=Counter)

    @property
    def complete(self) -> bool:
        return False

    def summary_line(self) -> str:
        where = f"{self.installation}: " if self.installation else ""
        return f"{where}unreachable: {self.error}"

    def as_dict(self) -> dict[str, Any]:
        return {"installation": self.installation, "error": self.error}


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 retry``, ``2 retries``: counts an operator reads in a summary line."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def combine(results: Sequence[AuditResult]) -> AuditResult:
    """The totals of several installations' audits (rows and per-row findings stay in each)."""
    if len(results) == 1:
        return results[0]
    total = AuditResult()
    for result in results:
        for name in ("deployments", "unhealthy", "failed", "requests", "retries"):
            setattr(total, name, getattr(total, name) + getattr(result, name))
        total.severities.update(result.severities)
        total.elapsed = max(total.elapsed, result.elapsed)
        total.interrupted |= result.interrupted
        where = f"{result.installation}: " if result.installation else ""
        total.notes.extend(where + note for note in result.notes)
    return total


class RetryCounter:
    """A retry hook (``Hooks(on_retry=counter)``): the audit reports how hard the API pushed back."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, event: object) -> None:
        self.count += 1


def describe_error(error: BaseException) -> str:
    """The whole reason on one line (typed errors carry no secrets); reports wrap it, never cut it."""
    text = str(error) if isinstance(error, ECEError) else f"{type(error).__name__}: {error}"
    return " ".join(text.split())


class FleetAudit:
    """One audit run; ``result`` holds the totals so far, even when the run is cancelled.

    ``on_row`` receives each row as soon as it is complete (in completion order),
    which is how ``--format jsonl`` streams; with ``keep_rows=False`` rows are
    not kept, so memory stays flat for any fleet size.  ``slim_rows`` drops each
    row's per-instance facts once the checks ran (:meth:`DeploymentSummary.slim`),
    for reports that show only the table's columns.
    """

    def __init__(
        self,
        client: ECEClient,
        *,
        concurrency: int = 32,
        costs: bool = True,
        organization_id: str | None = None,
        rules: Rules | None = None,
        now: float | None = None,
        page_size: int = PAGE_SIZE,
        keep_rows: bool = True,
        on_row: Callable[[DeploymentSummary], None] | None = None,
        on_progress: Progress | None = None,
        retries: RetryCounter | None = None,
        installation: str | None = None,
        slim_rows: bool = False,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        if not 1 <= page_size <= MAX_PAGE_SIZE:  # 0 would list nothing and call it complete
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
        self._client = client
        self._concurrency = concurrency
        self._costs_wanted = costs
        self._organization_id = organization_id
        self._rules = rules if rules is not None else Rules()
        self._now = now
        self._page_size = page_size
        self._keep_rows = keep_rows
        self._slim_rows = slim_rows
        self._on_row = on_row
        self._on_progress = on_progress
        self._retries = retries
        self.result = AuditResult(installation=installation)
        self._fleet = FleetVersions.of(self._rules)
        self._costs: asyncio.Task[dict[str, float]] | None = None
        self._total: int | None = None
        self._fetched_missing_info = 0
        #: Indexes of rows listed but not yet finished (kept rows only).
        self._unfinished: set[int] = set()

    async def run(self) -> AuditResult:
        started = time.monotonic()
        now = self._now if self._now is not None else time.time()
        try:
            await self._collect(now)
            self._add_fleet_findings()
        except asyncio.CancelledError:
            self.result.interrupted = True
            self._drop_unfinished()
            raise
        finally:
            if self._costs is not None and not self._costs.done():
                self._costs.cancel()
            self.result.elapsed = time.monotonic() - started
            self.result.retries = self._retries.count if self._retries is not None else 0
        return self.result

    # --- listing and fetching --------------------------------------------------------------------

    async def _search(self) -> AsyncIterator[Any]:
        """``search-deployments`` pages, sorted by id (stable while deployments change).

        The library's paging rule decides when the listing is complete (``match_count``,
        cursors, repeats), so a server capping its pages below ``page_size`` is followed
        to the end; the audit only reads the hits as plain JSON.
        """
        from ..models import SearchRequestSortItem
        from ..pagination import iter_deployment_pages

        by_id = [SearchRequestSortItem(additional_properties={"id": "asc"})]
        pages = iter_deployment_pages(self._client, page_size=self._page_size, sort=by_id, decode=False)
        while True:  # each step of the walk that answers or fails was one request sent
            try:
                page = await anext(pages)
            except StopAsyncIteration:
                return
            except ECEError:
                self.result.requests += 1
                raise
            self.result.requests += 1
            yield page

    async def _pages(self) -> AsyncIterator[Any]:
        """Search pages, the next one requested while the current one is summarised."""
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=1)

        async def produce() -> None:
            try:
                async for page in self._search():
                    await queue.put(page)
                await queue.put(_DONE)
            except Exception as exc:  # handed to the consumer, which raises it
                await queue.put(exc)

        producer = asyncio.create_task(produce())
        try:
            while (page := await queue.get()) is not _DONE:
                if isinstance(page, BaseException):
                    raise page
                yield page
        finally:
            producer.cancel()
            await asyncio.gather(producer, return_exceptions=True)

    async def _listing(self) -> AsyncIterator[Any]:
        """The pages; a listing that breaks off after the first page keeps what it has, with a note."""
        pages = 0
        try:
            async for page in self._pages():
                pages += 1
                yield page
        except ECEError as error:
            if not pages:
                raise
            self.result.listing_error = describe_error(error)
            self.result.notes.append(f"listing stopped after {pages} pages: {self.result.listing_error}")

    async def _collect(self, now: float) -> None:
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=self._concurrency * 4)
        listed = 0

        async def worker() -> None:
            while (job := await queue.get()) is not _DONE:
                index, deployment_id, has_info = job
                await self._finish(index, await self._fetch(deployment_id, has_info), now)

        workers = [asyncio.create_task(worker()) for _ in range(self._concurrency)]
        try:
            async for page in self._listing():
                if self._total is None:
                    count = page.get("match_count")
                    self._total = count if type(count) is int else None
                for hit in items(page.get("deployments")):
                    summary = summarise(hit)
                    if self._costs is None:
                        self._start_costs(summary.organization_id)
                    if self._keep_rows:
                        self.result.summaries.append(summary)
                        self._unfinished.add(listed)
                    # A hit lacking info is fetched whole; a plan in flight needs its step logs.
                    missing = summary.lacks_info
                    if missing or summary.has_pending_plan:
                        self._fetched_missing_info += missing
                        await queue.put((listed, summary.id, not missing))
                    else:
                        await self._finish(listed, summary, now)
                    listed += 1
            for _ in workers:
                await queue.put(_DONE)
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        if self._costs is None:
            self._start_costs(None)
        if self._fetched_missing_info:
            self.result.notes.append(
                f"{self._fetched_missing_info} search hits carried no resource info; "
                "those deployments were fetched one by one"
            )
        await self._cost_table()  # for the note, when no row needed it

    async def _fetch(self, deployment_id: str, has_info: bool) -> DeploymentSummary:
        """The deployment's row from ``get-deployment``: with step logs when a plan is in flight."""
        path = f"/deployments/{quote(deployment_id, safe='')}"
        try:
            if not has_info:
                self.result.requests += 1
                deployment = await self._client.request("GET", path, params={"show_plans": True})
                summary = summarise(deployment)
                if not summary.has_pending_plan:
                    return _with_id(summary, deployment_id)
            self.result.requests += 1
            deployment = await self._client.request(
                "GET", path, params={"show_plans": True, "show_plan_logs": True}
            )
        except ECEError as error:
            return DeploymentSummary(id=deployment_id, error=describe_error(error))
        return _with_id(summarise(deployment), deployment_id)

    async def _finish(self, index: int, summary: DeploymentSummary, now: float) -> None:
        costs = await self._cost_table()
        summary.cost = costs.get(summary.id)
        summary.installation = self.result.installation
        summary.findings = sort_findings(check_deployment(summary, self._rules, now))
        self._fleet.add(summary)
        if self._slim_rows:
            summary.slim()
        if self._keep_rows:
            self.result.summaries[index] = summary
            self._unfinished.discard(index)
        self.result.add(summary)
        if self._on_row is not None:
            self._on_row(summary)
        if self._on_progress is not None:
            self._on_progress(self.result.deployments, self._total)

    def _drop_unfinished(self) -> None:
        """Rows listed but not yet checked are no report: only audited rows survive a Ctrl-C."""
        if self._unfinished:
            rows = self.result.summaries
            self.result.summaries = [row for i, row in enumerate(rows) if i not in self._unfinished]

    def _add_fleet_findings(self) -> None:
        found = self._fleet.findings()
        self.result.fleet_findings = found
        self.result.severities.update(f.severity for f in found.values())
        for summary in self.result.summaries:
            finding = found.get(summary.id)
            if finding is not None:
                summary.findings = sort_findings([*summary.findings, finding])

    # --- costs -----------------------------------------------------------------------------------

    def _start_costs(self, organization_id: str | None) -> None:
        self._costs = asyncio.create_task(self._load_costs(self._organization_id or organization_id))

    async def _cost_table(self) -> dict[str, float]:
        if self._costs is None:
            return {}
        if self._costs.done():
            return self._costs.result()
        # Shielded: a worker cancelled while waiting must not cancel the shared billing call.
        return await asyncio.shield(self._costs)

    async def _load_costs(self, organization: str | None) -> dict[str, float]:
        """Costs per deployment id from one organization-wide billing call; a note when unavailable."""
        if not self._costs_wanted:
            return {}
        if organization is None:
            self.result.requests += 1
            try:
                organization = text(at(await self._client.accounts.get_current_account(), "id"))
            except ECEError:
                organization = None
        if organization is None:
            self.result.notes.append("costs skipped: no organization id (pass --organization)")
            return {}
        from .costs import DeploymentCosts  # ijson: only an audit with costs needs it

        self.result.requests += 1
        try:
            # One document for the whole organization (42 MiB at 100k deployments): reduced to
            # id -> total as it arrives, never held (see .costs).
            return await self._client.request(
                "GET", f"/billing/costs/{quote(organization, safe='')}/deployments", reduce=DeploymentCosts
            )
        except NotFoundError as error:
            if error.has_code("organization.not_found"):
                self.result.notes.append(
                    f"costs unavailable: organization {organization!r} not found "
                    "(organization.not_found; check --organization)"
                )
            else:
                self.result.notes.append("costs unavailable: this installation has no billing API")
            return {}
        except ECEError as error:
            verdict = "unavailable" if error.status in BILLING_UNAVAILABLE else "failed"
            self.result.notes.append(f"costs {verdict}: {describe_error(error)}")
            return {}


def _with_id(summary: DeploymentSummary, deployment_id: str) -> DeploymentSummary:
    summary.id = deployment_id
    return summary


async def run_audit(
    client: ECEClient,
    *,
    concurrency: int = 32,
    costs: bool = True,
    organization_id: str | None = None,
    rules: Rules | None = None,
    now: float | None = None,
    page_size: int = PAGE_SIZE,
    keep_rows: bool = True,
    on_row: Callable[[DeploymentSummary], None] | None = None,
    on_progress: Progress | None = None,
    retries: RetryCounter | None = None,
    installation: str | None = None,
    slim_rows: bool = False,
) -> AuditResult:
    """Audit every deployment the client can see (see :class:`FleetAudit` for the options)."""
    audit = FleetAudit(
        client,
        concurrency=concurrency,
        costs=costs,
        organization_id=organization_id,
        rules=rules,
        now=now,
        page_size=page_size,
        keep_rows=keep_rows,
        on_row=on_row,
        on_progress=on_progress,
        retries=retries,
        installation=installation,
        slim_rows=slim_rows,
    )
    return await audit.run()
