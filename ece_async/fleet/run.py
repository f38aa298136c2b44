"""Run a fleet change: validate every deployment, then write in waves, following plans cheaply.

The write path of one deployment, each step on disk before the next starts::

    validated (journal) -> intent (journal) -> PUT ?version=V&request_id=R -> written (journal)
    -> plan followed -> outcome (journal)

so after a crash anywhere :meth:`FleetRun.resume` knows, per deployment, whether the write
(a) was never sent (``validated``: send it, with the version that was validated), (b) may
or may not have reached the server (``intent``: look it up, never guess), or (c) was taken
(``written``: attach to its plan, never write again).  A write whose version no longer
matches is someone else's change: skipped (``deployments.version_conflict``), never
re-planned.

Plans are followed with one search over the wave's in-flight deployments per poll interval
(backing off while nothing changes), not a GET per deployment: a 1,000-deployment upgrade
costs about three requests per deployment (GET, validate, write) plus a few searches.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .._record import Record
from .._tolerant import RESOURCE_KINDS, at, flag, items, text
from ..clock import Clock, SystemClock
from ..errors import APIError, ECEError, NotFoundError
from ..plans import plan_attempt_failed
from ..retry import NO_RETRY
from .change import (
    CHANGE,
    UPGRADE_ORDER,
    Change,
    Planned,
    Restart,
    Upgrade,
    _without_transient,
    change_from_json,
    change_to_json,
    current_payload,
    plan_change,
)
from .journal import DeploymentEntry, Journal, JournalError, JournalState
from .select import Where, deployment_zones, search_ids, select

if TYPE_CHECKING:
    from ..client import ECEClient

__all__ = [
    "CRASH_POINTS",
    "FleetOptions",
    "FleetReport",
    "FleetRun",
    "Outcome",
    "read_stacks",
]

#: Where an injected crash may stop a run on the write path (tests kill the run at each one).
CRASH_POINTS = ("before_intent", "after_intent", "after_write", "after_plan_start")
VERSION_CONFLICT = "deployments.version_conflict"
#: Why a deployment is not written when its GET carried no ``x-cloud-resource-version``.
NO_VERSION = (
    "the server sent no resource version (x-cloud-resource-version): "
    "a write without one could overwrite a concurrent change"
)
#: Report statuses.
DONE, FAILED, SKIPPED, REFUSED, NOT_STARTED, WOULD_CHANGE = (
    "done",
    "failed",
    "skipped",
    "refused",
    "not_started",
    "would_change",
)

Event = dict[str, Any]


@attrs.frozen
class FleetOptions(Record):
    """How a run proceeds: wave sizes, limits, the failure budget, polling."""

    canary: int = 2
    concurrency: int = 10
    #: Plans in flight at once per availability zone (``None``: no limit beyond ``concurrency``).
    per_zone: int | None = None
    #: The run stops once more deployments than this have failed (a canary failure always stops it).
    max_failures: int = 0
    strategy: str | None = None
    dry_run: bool = False
    poll_interval: float = 10.0
    max_poll_interval: float = 60.0
    #: A plan not seen finishing within this long is reported failed (and left to run).
    plan_timeout: float = 4 * 3600.0
    #: GET + validate requests in flight at once while validating.
    validate_concurrency: int = 16

    def __attrs_post_init__(self) -> None:
        for name in ("canary", "max_failures"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more, got {getattr(self, name)}")
        for name in ("concurrency", "validate_concurrency"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.per_zone is not None and self.per_zone < 1:
            raise ValueError(f"per_zone must be at least 1, got {self.per_zone}")
        if not 0 < self.poll_interval <= self.max_poll_interval:
            raise ValueError("poll_interval must be positive and at most max_poll_interval")


@attrs.frozen
class Outcome(Record):
    """Where one deployment ended (or stands, for ``not_started``)."""

    id: str
    status: str
    reason: str | None = None
    name: str | None = None
    diff: tuple[str, ...] = ()


@attrs.define
class FleetReport:
    """Every selected deployment's outcome; ``stopped`` says why the run ended early."""

    outcomes: dict[str, Outcome] = attrs.field(factory=dict)
    stopped: str | None = None
    waves: int = 0

    def counts(self) -> dict[str, int]:
        return dict(Counter(o.status for o in self.outcomes.values()))

    @property
    def ok(self) -> bool:
        """Nothing failed, was skipped or was left: exit status 0."""
        return self.stopped is None and all(
            o.status in (DONE, "at_target", WOULD_CHANGE) for o in self.outcomes.values()
        )


class _Crash(BaseException):
    """Raised by an injected crash point (tests): unwinds without any cleanup writing."""


@attrs.define
class _Flight:
    entry: DeploymentEntry
    started: float
    seen_pending: bool = False


async def read_stacks(client: ECEClient) -> dict[str, Any] | None:
    """Version -> ``StackVersionConfig`` JSON of what the installation offers; ``None`` if unreadable."""
    try:
        body = await client.request("GET", "/stack/versions")
    except APIError:
        return None
    return {v: s for s in items(at(body, "stacks")) if (v := text(at(s, "version")))}


def _attempts(deployment: Any) -> dict[str, str]:
    """Per resource, its current plan attempt and whether its last attempt failed.

    A plan that ends changes this: a new current attempt, or (when ECE keeps the previous
    plan as current after a failure and moves the failed attempt to the history, which
    search hits do not carry) a resource whose ``plan_info.healthy`` turned false.
    """
    out = {}
    for kind in RESOURCE_KINDS:
        for r in items(at(deployment, "resources", kind)):
            where = f"{kind}:{text(at(r, 'ref_id'))}"
            attempt = text(at(r, "info", "plan_info", "current", "plan_attempt_id"))
            if attempt:
                out[where] = attempt
            if flag(at(r, "info", "plan_info", "healthy")) is False:
                out["!" + where] = "last attempt failed"
    return out


def _pending(deployment: Any) -> bool:
    return any(
        at(r, "info", "plan_info", "pending") is not None
        for kind in RESOURCE_KINDS
        for r in items(at(deployment, "resources", kind))
    )


def _critical(deployment: Any, now: float) -> set[str]:
    """The deployment's critical findings by the audit's rules (the gate: none may be new)."""
    from ..audit.checks import check_deployment
    from ..audit.findings import Rules
    from ..audit.summary import summarise

    findings = check_deployment(summarise(deployment), _rules(Rules), now)
    return {f"{f.rule}: {f.message}" for f in findings if f.severity == "critical"}


_RULES: list[Any] = []


def _rules(factory: Callable[[], Any]) -> Any:
    if not _RULES:
        _RULES.append(factory())
    return _RULES[0]


def _plan_failure(deployment: Any) -> str | None:
    """Why the latest plan of a resource failed, or ``None`` when every one succeeded."""
    for kind in UPGRADE_ORDER:
        for r in items(at(deployment, "resources", kind)):
            current = at(r, "info", "plan_info", "current")
            if current is not None and plan_attempt_failed(current):
                message = text(at(current, "error", "message"))
                failed = [s for s in items(at(current, "plan_attempt_log")) if at(s, "status") == "error"]
                step = text(at(failed[0], "step_id")) if failed else None
                where = f"{kind}:{text(at(r, 'ref_id'))}"
                return (
                    f"plan failed on {where}"
                    + (f" at step {step}" if step else "")
                    + (f": {message}" if message else "")
                )
    return None


def _unhealthy(deployment: Any) -> str | None:
    if flag(at(deployment, "healthy")) is False:
        return "deployment unhealthy after its plan"
    for kind in RESOURCE_KINDS:
        for r in items(at(deployment, "resources", kind)):
            if flag(at(r, "info", "healthy")) is False:
                return f"{kind}:{text(at(r, 'ref_id'))} unhealthy after its plan"
    return None


def _error_reason(error: ECEError) -> str:
    code = error.codes[0] if error.codes else None
    message = error.errors[0].message if error.errors else str(error)
    return f"{code}: {message}" if code else message


class FleetRun:
    """One fleet change against one installation, journalled (unless a dry run).

    ``on_event`` receives every event as a JSON-able dict (what ``--format jsonl`` prints);
    ``confirm`` is awaited once every deployment is validated (the dry run's report in hand)
    and ``pause`` between waves: either stops the run by returning ``False``.
    """

    def __init__(
        self,
        client: ECEClient,
        change: Change,
        options: FleetOptions | None = None,
        *,
        journal: Journal | None = None,
        clock: Clock | None = None,
        on_event: Callable[[Event], None] | None = None,
        pause: Callable[[int], Awaitable[bool]] | None = None,
        crash: Callable[[str, str], None] | None = None,
        confirm: Callable[[FleetReport], Awaitable[bool]] | None = None,
    ) -> None:
        self.client = client
        self.change = change
        self.options = options or FleetOptions()
        self.journal = journal
        self.clock = clock or SystemClock()
        self._on_event = on_event
        self._pause = pause
        self._crash_hook = crash
        self._confirm = confirm
        self.entries: dict[str, DeploymentEntry] = {}
        self.report = FleetReport()
        self._critical: dict[str, set[str]] = {}

    # --- events, journal, crash points ---------------------------------------------------------

    def _emit(self, event: Event) -> None:
        if self._on_event is not None:
            self._on_event(event)

    def _log(self, event: Event) -> None:
        if self.journal is not None:
            self.journal.append(event)

    def _crash(self, point: str, deployment_id: str) -> None:
        if self._crash_hook is not None:
            self._crash_hook(point, deployment_id)

    def _finish(self, entry: DeploymentEntry, status: str, reason: str | None = None) -> None:
        entry.state, entry.status, entry.reason = "outcome", status, reason
        self._log({"event": "outcome", "id": entry.id, "status": status, "reason": reason})
        self._record(entry)
        self._emit(
            {"event": "outcome", "id": entry.id, "name": entry.name, "status": status, "reason": reason}
        )

    def _record(self, entry: DeploymentEntry) -> None:
        status = entry.status or NOT_STARTED
        self.report.outcomes[entry.id] = Outcome(entry.id, status, entry.reason, entry.name, entry.diff)

    # --- a new run -----------------------------------------------------------------------------

    def header(self) -> dict[str, Any]:
        """The journal's first line: what the run does (never credentials)."""
        options = attrs.asdict(self.options)
        return {"change": change_to_json(self.change), "options": options, "url": self.client.base_url}

    async def start(self, where: Iterable[Where] = (), ids: Sequence[str] | None = None) -> FleetReport:
        """Select, validate every selected deployment, then (unless a dry run) write in waves."""
        return await self.run_selected(await self.selection(where, ids))

    async def selection(self, where: Iterable[Where] = (), ids: Sequence[str] | None = None) -> list[str]:
        """The ids of the deployments the run would change: one search, nothing journalled yet.

        Apart from :meth:`run_selected` so that a caller can tell an empty selection (nothing to
        do) before it makes a journal.
        """
        hits = await select(self.client, where, ids)
        return [i for h in hits if (i := text(at(h, "id")))]

    async def run_selected(self, selected: Sequence[str]) -> FleetReport:
        """Validate each of ``selected`` (from :meth:`selection`), then (unless a dry run) write in waves."""
        self._log({"event": "selected", "ids": selected})
        self._emit({"event": "selected", "count": len(selected)})
        for deployment_id in selected:
            self.entries[deployment_id] = DeploymentEntry(deployment_id)
        await self._validate_all(selected)
        if self.options.dry_run:
            return self.report
        if self._confirm is not None and not await self._confirm(self.report):
            self._stop("not confirmed")
            for entry in self.entries.values():
                self._record(entry)
            return self.report
        await self._waves()
        return self.report

    async def _validate_all(self, ids: Sequence[str]) -> None:
        stacks = await read_stacks(self.client) if isinstance(self.change, Upgrade) else None
        limit = asyncio.Semaphore(self.options.validate_concurrency)

        async def one(deployment_id: str) -> None:
            async with limit:
                await self._validate(self.entries[deployment_id], stacks)

        await asyncio.gather(*(one(i) for i in ids))

    async def _get(self, deployment_id: str, *, history: bool = False) -> tuple[Any, str | None]:
        params = {
            "show_plans": True,
            "show_metadata": True,
            "show_settings": True,
            "show_plan_history": history,
        }
        response = await self.client.request_detailed("GET", f"/deployments/{deployment_id}", params=params)
        return response.parsed, response.resource_version

    async def _validate(self, entry: DeploymentEntry, stacks: Mapping[str, Any] | None) -> None:
        try:
            deployment, version = await self._get(entry.id)
        except NotFoundError:  # deleted since the selection: one gone deployment must not end the run
            self._gone(entry)
            return
        entry.name = text(at(deployment, "name"))
        planned = plan_change(self.change, deployment, stacks=stacks, strategy=self.options.strategy)
        if planned.verdict == CHANGE and not isinstance(self.change, Restart):
            refusal = await self._server_verdict(entry.id, version, planned) if version else NO_VERSION
            if refusal is not None:
                planned = planned.replace(verdict="refused", reason=refusal)
        entry.diff = planned.diff
        self._emit(
            {
                "event": "validated",
                "id": entry.id,
                "name": entry.name,
                "verdict": planned.verdict,
                "reason": planned.reason,
                "diff": list(planned.diff),
            }
        )
        if planned.verdict != CHANGE:
            entry.state, entry.status, entry.reason = planned.verdict, planned.verdict, planned.reason
            if planned.reason and planned.reason.startswith(VERSION_CONFLICT):
                entry.status = SKIPPED
            self._log(
                {
                    "event": planned.verdict,
                    "id": entry.id,
                    "name": entry.name,
                    "status": entry.status,
                    "reason": planned.reason,
                }
            )
            self._record(entry)
            return
        if self.options.dry_run:
            entry.status = WOULD_CHANGE
            self._record(entry)
            return
        self._accept(entry, deployment, version, planned)

    def _gone(self, entry: DeploymentEntry) -> None:
        entry.state, entry.status, entry.reason = REFUSED, SKIPPED, "not found: deleted since it was selected"
        self._log(
            {"event": REFUSED, "id": entry.id, "name": entry.name, "status": SKIPPED, "reason": entry.reason}
        )
        self._record(entry)

    def _accept(self, entry: DeploymentEntry, deployment: Any, version: str | None, planned: Planned) -> None:
        entry.state, entry.version = "validated", version
        entry.request_id = uuid.uuid4().hex
        entry.payload = dict(planned.payload or {})
        entry.previous = current_payload(deployment)
        entry.zones = deployment_zones(deployment)
        entry.attempts = _attempts(deployment)
        self._critical[entry.id] = _critical(deployment, self.clock.time())
        event = {
            "event": "validated",
            "id": entry.id,
            "name": entry.name,
            "version": version,
            "request_id": entry.request_id,
            "payload": entry.payload,
            "previous": entry.previous,
            "zones": list(entry.zones),
            "attempts": entry.attempts,
            "diff": list(entry.diff),
            "critical": sorted(self._critical[entry.id]),
        }
        self._log(event)
        self._record(entry)

    async def _server_verdict(self, deployment_id: str, version: str | None, planned: Planned) -> str | None:
        """The server's opinion (``validate_only``) of the payload, against the state just read."""
        try:
            await self.client.request(
                "PUT",
                f"/deployments/{deployment_id}",
                params={"validate_only": True, "version": version},
                json=planned.payload,
            )
        except APIError as exc:
            return _error_reason(exc)
        return None

    # --- waves ---------------------------------------------------------------------------------

    def _count(self, status: str) -> int:
        return sum(1 for e in self.entries.values() if e.status == status)

    def _over_budget(self) -> bool:
        return self._count(FAILED) > self.options.max_failures

    async def _waves(self) -> None:
        attach = [e for e in self.entries.values() if e.state == "written"]
        if attach:
            await self._wave(attach, canary=False, attached=True)
        todo = [e for e in self.entries.values() if e.state == "validated"]
        canary = self._count(DONE) == 0 and self.options.canary > 0
        while todo and self.report.stopped is None:
            if self._over_budget():
                spent = self._count(FAILED)
                self._stop(f"failure budget spent: {spent} failed (max_failures {self.options.max_failures})")
                break
            size = self.options.canary if canary else self.options.concurrency
            wave, todo = todo[:size], todo[size:]
            if self.report.waves and self._pause is not None and not await self._pause(self.report.waves + 1):
                self._stop("stopped at the pause between waves")
                break
            failed_before = self._count(FAILED)
            await self._wave(wave, canary=canary)
            if canary and self._count(FAILED) > failed_before:
                self._stop("the canary wave failed")
            canary = False
        for entry in self.entries.values():
            if not entry.final:
                self._record(entry)

    def _stop(self, reason: str) -> None:
        self.report.stopped = reason
        self._emit({"event": "stopped", "reason": reason})

    async def _wave(self, wave: list[DeploymentEntry], *, canary: bool, attached: bool = False) -> None:
        self.report.waves += 1
        number = self.report.waves
        self._emit(
            {"event": "wave", "wave": number, "size": len(wave), "canary": canary, "attached": attached}
        )
        flights: dict[str, _Flight] = {}
        zones: Counter[str] = Counter()
        queue = list(wave)
        if attached:
            for entry in queue:
                flights[entry.id] = _Flight(entry, self.clock.monotonic())
                zones.update(entry.zones)
            queue = []
        interval = self.options.poll_interval
        while queue or flights:
            launch = self._fits(queue, zones, stop=self._over_budget())
            for entry in launch:
                queue.remove(entry)
            results = await asyncio.gather(*(self._write(e) for e in launch))
            for entry, in_flight in zip(launch, results, strict=True):
                if in_flight:
                    flights[entry.id] = _Flight(entry, self.clock.monotonic())
                    zones.update(entry.zones)
            if queue and not flights and not launch:
                for entry in queue:  # the budget is spent: the rest of the wave waits for a resume
                    self._record(entry)
                break
            if not flights:
                continue
            await self.clock.sleep(interval)
            finished = await self._poll(flights)
            for deployment_id in finished:
                zones.subtract(flights.pop(deployment_id).entry.zones)
            interval = (
                self.options.poll_interval
                if finished
                else min(interval * 1.5, self.options.max_poll_interval)
            )
            self._progress(number, len(flights))

    def _fits(
        self, queue: list[DeploymentEntry], zones: Counter[str], *, stop: bool
    ) -> list[DeploymentEntry]:
        if stop:
            return []
        limit = self.options.per_zone
        if limit is None:
            return list(queue)
        taken: Counter[str] = Counter(zones)
        launch = []
        for entry in queue:
            if all(taken[z] < limit for z in entry.zones):
                launch.append(entry)
                taken.update(entry.zones)
        return launch

    def _progress(self, wave: int, in_flight: int) -> None:
        self._emit(
            {
                "event": "progress",
                "wave": wave,
                "done": self._count(DONE),
                "failed": self._count(FAILED),
                "skipped": self._count(SKIPPED),
                "in_flight": in_flight,
                "left": sum(1 for e in self.entries.values() if e.state == "validated"),
            }
        )

    # --- the write path ------------------------------------------------------------------------

    async def _write(self, entry: DeploymentEntry, *, again: bool = False) -> bool:
        """Send one deployment's write; ``True`` when its plan is now to be followed."""
        if not isinstance(self.change, Restart) and not (entry.version and entry.payload):
            # Only a journal edited by hand gets here: without the version a write overwrites.
            self._finish(entry, FAILED, "the journal holds no validated version and payload for it")
            return False
        self._crash("before_intent", entry.id)
        self._log(
            {"event": "intent", "id": entry.id, "request_id": entry.request_id, "version": entry.version}
        )
        entry.state = "intent"
        self._crash("after_intent", entry.id)
        try:
            with self.client.options(retry=NO_RETRY):
                await self._send(entry)
        except APIError as exc:
            if not exc.has_code(VERSION_CONFLICT) and exc.status is not None and exc.status < 500:
                self._finish(entry, FAILED, f"write refused: {_error_reason(exc)}")
                return False
            return await self._settle_unknown(entry, again)
        except ECEError:
            return await self._settle_unknown(entry, again)
        self._crash("after_write", entry.id)
        self._written(entry, "write")
        self._crash("after_plan_start", entry.id)
        return True

    def _written(self, entry: DeploymentEntry, how: str) -> None:
        entry.state = "written"
        self._log({"event": "written", "id": entry.id, "request_id": entry.request_id, "by": how})
        self._emit({"event": "written", "id": entry.id, "name": entry.name, "by": how})

    async def _send(self, entry: DeploymentEntry) -> None:
        if isinstance(self.change, Restart):
            for kind, resource in _payload_resources(entry.payload):
                where = "elasticsearch" if kind == "elasticsearch" else kind
                await self.client.request(
                    "POST", f"/deployments/{entry.id}/{where}/{resource.get('ref_id')}/_restart"
                )
            return
        await self.client.request(
            "PUT",
            f"/deployments/{entry.id}",
            params={"version": entry.version, "request_id": entry.request_id},
            json=entry.payload,
        )

    async def _settle_unknown(self, entry: DeploymentEntry, again: bool) -> bool:
        """The write's fate is unknown (crash, timeout, conflict): look it up, then act on what is there.

        A write found not applied is sent once more; if that one's fate is unknown too, the
        deployment is reported failed (with why) rather than written in a loop.
        """
        found = await self._lookup(entry)
        if found == "ours":
            self._written(entry, "lookup")
            return True
        if found == "not_applied" and again:
            self._finish(entry, FAILED, "the write did not reach the server twice; left unchanged")
            return False
        if found == "not_applied":
            entry.state = "validated"
            return await self._write(entry, again=True)
        self._finish(entry, SKIPPED, f"{VERSION_CONFLICT}: changed by someone else since it was validated")
        return False

    async def _lookup(self, entry: DeploymentEntry) -> str:
        """``ours`` (the write was taken), ``not_applied`` (never reached the server) or ``theirs``."""
        deployment, version = await self._get(entry.id, history=True)
        if isinstance(self.change, Restart):
            started = _pending(deployment) or _attempts(deployment) != entry.attempts
            return "ours" if started else "not_applied"
        if version is not None and version == entry.version:
            return "not_applied"
        return "ours" if _carries(deployment, entry.payload or {}, entry.previous or {}) else "theirs"

    # --- following plans -----------------------------------------------------------------------

    async def _poll(self, flights: dict[str, _Flight]) -> list[str]:
        """One search over every deployment in flight (per 1,000 ids); returns those whose plans ended."""
        hits = await search_ids(self.client, list(flights))
        by_id = {text(at(h, "id")): h for h in hits}
        finished = []
        now = self.clock.monotonic()
        for deployment_id, flight in flights.items():
            hit = by_id.get(deployment_id)
            if hit is None:
                continue
            if _pending(hit):
                flight.seen_pending = True
            elif flight.seen_pending or _attempts(hit) != flight.entry.attempts:
                await self._judge(flight.entry, hit)
                finished.append(deployment_id)
                continue
            if now - flight.started > self.options.plan_timeout:
                self._finish(flight.entry, FAILED, f"plan not finished after {self.options.plan_timeout:g} s")
                finished.append(deployment_id)
        return finished

    async def _judge(self, entry: DeploymentEntry, hit: Any) -> None:
        failure = _plan_failure(hit)
        if failure is None and any(k.startswith("!") for k in _attempts(hit)):
            failure = await self._failure_in_history(entry.id)
        failure = failure or _unhealthy(hit)
        if failure is None:
            new = _critical(hit, self.clock.time()) - self._critical.get(entry.id, set())
            if new:
                failure = "new critical finding: " + "; ".join(sorted(new))
        self._finish(entry, FAILED if failure else DONE, failure)

    async def _failure_in_history(self, deployment_id: str) -> str:
        """Why the plan failed when ECE kept the previous plan: one GET with the plan history."""
        deployment = await self.client.request(
            "GET", f"/deployments/{deployment_id}", params={"show_plans": True, "show_plan_history": True}
        )
        for kind in UPGRADE_ORDER:
            for r in items(at(deployment, "resources", kind)):
                history = items(at(r, "info", "plan_info", "history"))
                failed = [h for h in history if plan_attempt_failed(h)]
                if flag(at(r, "info", "plan_info", "healthy")) is False and failed:
                    shown = {
                        "resources": {
                            kind: [
                                {"ref_id": at(r, "ref_id"), "info": {"plan_info": {"current": failed[-1]}}}
                            ]
                        }
                    }
                    return _plan_failure(shown) or f"plan failed on {kind}:{text(at(r, 'ref_id'))}"
        return "plan failed (ECE kept the previous plan)"

    # --- resume --------------------------------------------------------------------------------

    @classmethod
    def reopen(cls, client: ECEClient, path: str | Path, **kwargs: Any) -> tuple[FleetRun, JournalState]:
        """A run continuing the journal at ``path`` (its change and options come from the journal)."""
        journal, state = Journal.reopen(path)
        try:
            state.check_installation(client.base_urls)
            change = change_from_json(state.header.get("change") or {})
            options = FleetOptions(**(state.header.get("options") or {}))
        except JournalError as exc:
            journal.close()
            raise JournalError(f"{path}: {exc}") from None
        except (TypeError, ValueError) as exc:
            journal.close()
            raise JournalError(f"{path}: unusable run header: {exc}") from None
        return cls(client, change, options, journal=journal, **kwargs), state

    async def resume(self, state: JournalState) -> FleetReport:
        """Continue a journalled run: attach to plans in flight, look up unknown writes, write the rest."""
        self.entries = state.deployments
        for entry in self.entries.values():
            self._critical[entry.id] = set()
            if entry.final:
                self._record(entry)
        self._critical.update(_journal_critical(state))
        unvalidated = [e.id for e in self.entries.values() if e.state == "selected"]
        if unvalidated:
            await self._validate_all(unvalidated)
        for entry in [e for e in self.entries.values() if e.state == "intent"]:
            found = await self._lookup(entry)
            if found == "ours":
                self._written(entry, "lookup")
            elif found == "not_applied":
                entry.state = "validated"
            else:
                self._finish(
                    entry, SKIPPED, f"{VERSION_CONFLICT}: changed by someone else since it was validated"
                )
        await self._waves()
        return self.report


def _journal_critical(state: JournalState) -> dict[str, set[str]]:
    return {i: set(e.critical) for i, e in state.deployments.items() if e.critical}


def _payload_resources(payload: Mapping[str, Any] | None) -> list[tuple[str, dict[str, Any]]]:
    resources = (payload or {}).get("resources") or {}
    return [(kind, r) for kind in UPGRADE_ORDER for r in resources.get(kind) or []]


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    from .change import _flatten

    return _flatten(value, prefix)


def _carries(deployment: Any, payload: Mapping[str, Any], previous: Mapping[str, Any]) -> bool:
    """Whether, for every resource we changed, a plan since ours holds every value our write changed.

    The plans looked at are the pending one, the current one and the history (where ECE puts
    a failed attempt while keeping the previous plan current): a write of ours whose plan has
    already failed is still ours.
    """
    before = {(k, r.get("ref_id")): r.get("plan") for k, r in _payload_resources(previous)}
    for kind, resource in _payload_resources(payload):
        ref_id = resource.get("ref_id")
        server = next(
            (r for r in items(at(deployment, "resources", kind)) if at(r, "ref_id") == ref_id), None
        )
        plan_info = at(server, "info", "plan_info")
        ours = _flat(_without_transient(resource.get("plan")))
        old = _flat(_without_transient(before.get((kind, ref_id))))
        changed = {path: value for path, value in ours.items() if old.get(path) != value}
        if changed and not any(_holds(plan, changed) for plan in _plans(plan_info)):
            return False
    return True


def _plans(plan_info: Any) -> list[Any]:
    history = [at(h, "plan") for h in items(at(plan_info, "history"))]
    return [at(plan_info, "pending", "plan"), at(plan_info, "current", "plan"), *reversed(history)]


def _holds(plan: Any, changed: Mapping[str, Any]) -> bool:
    if not isinstance(plan, dict):
        return False
    theirs = _flat(_without_transient(plan))
    return all(theirs.get(path) == value for path, value in changed.items())
