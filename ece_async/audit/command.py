"""``ece-async audit``: the morning check of every deployment (or, with ``--platform``, the installation).

Where to connect: ``--profile NAME`` (or ``--all-profiles``) from the config
file, else flags, else the environment (``ECE_URL``, ``ECE_API_KEY``,
``ECE_USERNAME``, ``ECE_PASSWORD``, ``ECE_CA_FILE``); ``--simulate N`` audits
an embedded simulator instead.

Exit status: 0 when everything was audited and no finding reached
``--fail-on``; 1 when something could not be audited (with ``--all-profiles``,
an unreachable installation, listed apart from the fleet's counts), a finding
reached ``--fail-on`` (or, with ``--fail-on-unhealthy``, a deployment is
unhealthy); 2 for bad usage or a single installation that cannot be audited at
all (refused, TLS, wrong key, an answer that is not the ECE API), for the
deployment and the platform audit alike; 74 when the report cannot be written
(disk full, closed pipe); 130 when interrupted, after writing the report of
what was audited, marked interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import gc
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AsyncExitStack, contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

import attrs

from ..cli import UsageError
from ..cli.connection import Target, add_connection_flags, resolve_targets
from ..cli.exits import EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE
from ..cli.output import OutputError, check_writable, drop_unwritten_stdout
from .findings import SEVERITIES, Rules, RulesError, severity_rank
from .profiles import Credentials
from .render import FORMATS

if TYPE_CHECKING:
    from ..client import ECEClient
    from .platform import PlatformResult
    from .progress import ProgressBar
    from .runner import AuditResult, FleetAudit, Unreachable
    from .summary import DeploymentSummary

#: Findings at or above ``--fail-on``, or an installation only partly audited (the shared code 1).
EXIT_FINDINGS = 1
#: Where a ``--simulate`` audit stands in simulated time: fixed, and frozen while it runs, so
#: a seed gives the same report (costs, snapshot ages, plans in flight) on any day.
SIMULATED_NOW = datetime(2025, 1, 15, 12, 0, tzinfo=timezone.utc)


def configure(parser: argparse.ArgumentParser) -> None:
    add_connection_flags(parser, all_profiles=True)
    sim = parser.add_argument_group("simulation")
    sim.add_argument("--simulate", type=int, metavar="N", help="audit an embedded simulator of N deployments")
    sim.add_argument(
        "--faults",
        nargs="?",
        const="default",
        metavar="SPEC",
        help="with --simulate: inject faults; alone a realistic mix, or 'name=value,...' as for simulate",
    )
    sim.add_argument("--seed", type=int, help="with --simulate: seed of data and faults (default: 0)")
    sim.add_argument(
        "--minimal-hits", action="store_true", help="with --simulate: search hits without info (forces GETs)"
    )
    run = parser.add_argument_group("audit")
    run.add_argument("--platform", action="store_true", help="audit allocators, runners and proxies instead")
    run.add_argument("--concurrency", type=int, default=32, help="deployments fetched at once (default: 32)")
    run.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    run.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    run.add_argument("--wide", action="store_true", help="table: every column, nothing shortened")
    run.add_argument("--no-costs", action="store_true", help="skip the billing API (and the COST column)")
    run.add_argument("--organization", help="organization id for billing (default: from the data)")
    run.add_argument("--rules", metavar="FILE", help="rules file (TOML): thresholds, severities, rules off")
    run.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        metavar="SEVERITY",
        help=f"exit 1 when a finding is at or above SEVERITY ({', '.join(SEVERITIES)})",
    )
    run.add_argument(
        "--fail-on-unhealthy", action="store_true", help="exit 1 when any deployment is unhealthy"
    )
    run.add_argument(
        "--only-findings",
        action="store_true",
        help="list only deployments with findings or errors (the summary still counts every one)",
    )
    run.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )


# --- where to connect ----------------------------------------------------------------------------


def check_args(args: argparse.Namespace) -> Rules:
    """Everything that can be checked before the first request; returns the rules to apply."""
    if args.concurrency < 1:
        raise UsageError(f"--concurrency must be at least 1, got {args.concurrency}")
    if args.simulate is not None:
        if args.simulate < 0:
            raise UsageError(f"--simulate must be 0 or more, got {args.simulate}")
        if args.profile or args.all_profiles or args.url:
            raise UsageError("--simulate audits an embedded simulator: drop --url/--profile/--all-profiles")
    else:
        for flag, given in (("--faults", args.faults), ("--minimal-hits", args.minimal_hits)):
            if given:
                raise UsageError(f"{flag} only applies with --simulate N")
        if args.seed is not None:
            raise UsageError("--seed only applies with --simulate N")
    if args.config and not (args.profile or args.all_profiles):
        raise UsageError("--config only applies with --profile NAME or --all-profiles")
    if args.output:
        check_writable(args.output)
    try:
        return Rules.load(args.rules) if args.rules else Rules()
    except RulesError as exc:
        raise UsageError(f"--rules {exc}") from None


def _faults(spec: str | None) -> Any:
    from ..testing import FaultConfig

    if spec is None:
        return FaultConfig()
    try:
        return FaultConfig.parse(spec)
    except ValueError as exc:
        raise UsageError(f"--faults {spec}: {exc}") from None


# --- output --------------------------------------------------------------------------------------


def _table_width() -> int | None:
    """The terminal's width (``COLUMNS`` first); ``None`` (everything) when stdout is no terminal.

    A pipe or cron has no width to fit: cutting its table to a guessed 80
    columns would only lose what scripts and mail readers want.
    """
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


class Output:
    """Where the report goes: jsonl rows streamed in batches, other formats written at the end.

    Every byte is written and checked: a raw (unbuffered, ``PYTHONUNBUFFERED``)
    stdout may take only part of a write, and a closed pipe must be exit 74,
    never a report silently cut short.
    """

    #: jsonl rows are flushed once this many bytes wait (and at the end, and on Ctrl-C).
    BATCH = 64 * 1024

    def __init__(self, path: str | None, fmt: str, wide: bool) -> None:
        self.path = path
        self.format = fmt
        self._stream: BinaryIO | _TextSink | None = None
        self._batch: list[bytes] = []
        self._batched = 0
        self.width = None if wide or path is not None else _table_width()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise OutputError(self.path or "stdout", error) from None

    def __enter__(self) -> Output:
        if self.format == "jsonl":
            with self._writing():
                self._stream = open(self.path, "wb") if self.path else _stdout_bytes()
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is None or not issubclass(kind, OutputError):  # rows still batched go out
            self.flush()
        stream, self._stream = self._stream, None
        if stream is not None and self.path:
            with self._writing():
                stream.close()  # closes the file even when flushing what a failed write left fails

    def line(self, data: bytes) -> None:
        """One jsonl record (a complete line); written when the batch is full or on :meth:`flush`."""
        self._batch.append(data)
        self._batched += len(data)
        if self._batched >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._stream is None or not self._batch:
            return
        data, self._batch, self._batched = b"".join(self._batch), [], 0
        with self._writing():
            _write_all(self._stream, data)

    def write(self, report: str) -> None:
        data = report.encode("utf-8")
        if self._stream is not None:
            self.line(data)
            self.flush()
            return
        with self._writing():
            if self.path:
                with open(self.path, "wb") as handle:
                    _write_all(handle, data)
            else:
                _write_all(_stdout_bytes(), data)


def _stdout_bytes() -> BinaryIO | _TextSink:
    """stdout as bytes (what was written as text flushed first)."""
    sys.stdout.flush()
    buffer: BinaryIO | None = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextSink(sys.stdout)


class _TextSink:
    """A text stream (no ``buffer``: a test's capture, an IDE console) taking bytes."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, data: bytes | memoryview) -> int:
        self._stream.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        """Never closes the stream it wraps (stdout stays open for the summary)."""


def _write_all(stream: BinaryIO | _TextSink, data: bytes) -> None:
    """All of ``data``, then flushed: a raw stream's partial write is continued, not dropped."""
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if not written:
            raise OSError(errno.EIO, "the output took no data")
        view = view[written:]
    stream.flush()


# --- running -------------------------------------------------------------------------------------


@attrs.define
class Session:
    """What one ``audit`` command runs and has so far (kept for the report after Ctrl-C)."""

    args: argparse.Namespace
    rules: Rules
    output: Output
    targets: list[Target]
    #: Deployment audits under way, by target index (their totals so far survive a Ctrl-C).
    audits: dict[int, FleetAudit] = attrs.field(factory=dict)
    #: Installations done (audited, or found unreachable), by target index, as each finishes.
    finished: dict[int, AuditResult | PlatformResult | Unreachable] = attrs.field(factory=dict)
    results: list[AuditResult | PlatformResult | Unreachable] = attrs.field(factory=list)
    progress: dict[str, tuple[int, int | None]] = attrs.field(factory=dict)
    #: The audit's "now" (epoch seconds; None: the real time): the simulator's for ``--simulate``.
    now: float | None = None
    bar: ProgressBar | None = None


def _client(target: Target, on_retry: Callable[[object], None], concurrency: int) -> ECEClient:
    from ..cli.connection import open_client
    from ..hooks import Hooks

    return open_client(
        target,
        max_concurrency=concurrency + 4,
        group_limits={"billing_costs_analysis": 2},
        hooks=Hooks(on_retry=on_retry),
    )


def _row_writer(session: Session) -> Callable[[DeploymentSummary], None] | None:
    """jsonl: each row written as it completes (``--only-findings``: rows with something to act on)."""
    if session.output.format != "jsonl":
        return None
    from .render import deployment_json, json_record

    only_findings = session.args.only_findings

    def write(row: DeploymentSummary) -> None:
        if not only_findings or row.findings or row.error is not None:
            session.output.line(json_record(deployment_json(row)))

    return write


async def _audit_one(
    session: Session, index: int, target: Target, organization: str | None
) -> AuditResult | PlatformResult:
    from .runner import FleetAudit, RetryCounter

    args = session.args
    retries = RetryCounter()
    key = target.name or ""

    def on_retry(event: object) -> None:
        retries(event)
        _draw(session)

    def on_progress(done: int, total: int | None) -> None:
        session.progress[key] = (done, total)
        _draw(session)

    async with _client(target, on_retry, args.concurrency) as client:
        if args.platform:
            from .platform import run_platform_audit  # a deployments audit never loads it

            return await run_platform_audit(client, rules=session.rules, installation=target.name)
        audit = FleetAudit(
            client,
            concurrency=args.concurrency,
            costs=not args.no_costs,
            organization_id=args.organization or organization,
            rules=session.rules,
            now=session.now,
            keep_rows=session.output.format != "jsonl",
            slim_rows=session.output.format in ("table", "csv"),
            on_row=_row_writer(session),
            on_progress=on_progress,
            retries=retries,
            installation=target.name,
        )
        session.audits[index] = audit
        return await audit.run()


def _draw(session: Session) -> None:
    bar = session.bar
    if bar is None or not bar.enabled:  # nothing to draw: no sums per row
        return
    done = sum(d for d, _ in session.progress.values())
    totals = [t for _, t in session.progress.values()]
    bar.retries = sum(a.result.retries for a in session.audits.values())
    bar.update(done, None if None in totals or not totals else sum(t for t in totals if t is not None))


async def _audit_all(session: Session, targets: Sequence[Target], organization: str | None) -> None:
    """Every installation at once; one that cannot be reached at all is listed as unreachable.

    Alone, an unreachable installation is an error (exit 2): there is nothing to report.
    """
    from ..errors import ECEError
    from .runner import Unreachable, describe_error

    async def one(index: int, target: Target) -> None:
        result: AuditResult | PlatformResult | Unreachable
        try:
            result = await _audit_one(session, index, target, organization)
        except (ECEError, OSError) as error:
            if len(targets) == 1:
                raise
            result = Unreachable(target.name, describe_error(error))
        session.finished[index] = result

    await asyncio.gather(*(one(index, target) for index, target in enumerate(targets)))
    session.results = [session.finished[index] for index in range(len(targets))]


async def _ticking(bar: ProgressBar) -> None:
    """Redraw the bar twice a second, so a listing or a slow first page still shows a live line."""
    while True:
        await asyncio.sleep(0.5)
        bar.tick()


async def audit(session: Session) -> None:
    from .progress import ProgressBar

    args = session.args
    bar = session.bar = ProgressBar(enabled=args.progress)
    ticker = asyncio.create_task(_ticking(bar))
    try:
        async with AsyncExitStack() as stack:
            if args.simulate is not None:
                from ..testing import ECESimulator

                bar.stage(f"building a simulated fleet of {args.simulate} deployments")
                simulator = ECESimulator(
                    args.simulate,
                    seed=args.seed or 0,
                    faults=_faults(args.faults),
                    speed=0,
                    start_time=SIMULATED_NOW,
                    search_hits="minimal" if args.minimal_hits else "full",
                )
                await stack.enter_async_context(simulator)
                session.now = simulator.clock.time()
                session.targets = [Target(None, simulator.url, Credentials(api_key=simulator.api_key))]
                organization: str | None = simulator.organization_id
            else:
                organization = None
            bar.stage("reading the platform" if args.platform else "listing deployments")
            await _audit_all(session, session.targets, organization)
    finally:
        ticker.cancel()
        bar.close()


#: Containers alive since the last collection before the next one: above two decoded 500-hit pages
#: (scanning them, all alive, was a fifth of the audit's CPU at 5,000 deployments); far below memory concerns.
GEN0_THRESHOLD = 1_000_000


@contextmanager
def throughput_gc(gen0_threshold: int = GEN0_THRESHOLD) -> Iterator[None]:
    """Collect garbage less often while the command runs; restore the settings after.

    An audit allocates millions of short-lived objects (JSON dicts, models) while
    dozens of responses are in flight.  CPython's default first-generation
    threshold (700 allocations) then triggers thousands of collections, each
    re-scanning every in-flight payload, which costs more CPU than the decoding
    itself.  The threshold counts containers allocated and not yet freed, so
    :data:`GEN0_THRESHOLD` is set above what an audit holds at once: a decoded
    search page (55,000 containers for 500 hits, and the next page arrives while
    one is summarised) is freed by reference counting without ever being
    scanned, while the little cyclic garbage aiohttp leaves (a few objects per
    request) is still collected in a long run.  Objects that exist before the
    audit (modules, an in-process simulator's fleet) are frozen out of the scans
    for the same reason.  This is the command's choice for its own process;
    ``run_audit`` never does it.

    On the way out, what the run left goes to the oldest generation unscanned
    (frozen, then unfrozen with the rest): restoring the threshold would
    otherwise make the next allocation scan tens of thousands of young objects
    at once (10 ms at the end of ``audit --simulate 12``), for a process that is
    usually about to exit.  A full collection still sees them.
    """
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(previous[0], gen0_threshold), *previous[1:])
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*previous)
        gc.unfreeze()


def _report(session: Session) -> None:
    """The report of what was audited (after a Ctrl-C too: the rows so far, marked interrupted)."""
    from .render import json_record, render_deployments
    from .runner import AuditResult, Unreachable, combine

    results = session.results
    fmt, width = session.output.format, session.output.width
    unreachable = [r for r in results if isinstance(r, Unreachable)]
    if session.args.platform:
        from .platform import PlatformResult, platform_report

        platform = [r for r in results if isinstance(r, PlatformResult)]
        session.output.write(platform_report(platform, fmt, width, unreachable=unreachable))
        return
    audits = [r for r in results if isinstance(r, AuditResult)]
    totals = combine(audits).totals(per_installation=audits if len(results) > 1 else None)
    totals["unreachable"] = [u.as_dict() for u in unreachable]
    if fmt == "jsonl":
        fleet = [
            {"installation": r.installation, "id": deployment_id, **finding.as_dict()}
            for r in audits
            for deployment_id, finding in r.fleet_findings.items()
        ]
        session.output.line(json_record({"summary": totals, "fleet_findings": fleet}))
        session.output.flush()
        return
    rows = [row for r in audits for row in r.summaries]
    session.output.write(
        render_deployments(
            rows,
            fmt,
            totals=totals,
            width=width,
            costs=not session.args.no_costs,
            only_findings=session.args.only_findings,
            unreachable=unreachable,
        )
    )


def _interrupted(session: Session) -> list[AuditResult | PlatformResult | Unreachable]:
    """Each installation after Ctrl-C: finished ones as they ended (never marked interrupted),
    one under way with its totals so far, one not started yet (still connecting, a platform
    audit in flight) empty; the last two marked interrupted, so every installation still
    has its summary line."""
    from .platform import PlatformResult
    from .runner import AuditResult

    results: list[AuditResult | PlatformResult | Unreachable] = []
    names = [t.name for t in session.targets] or [None]
    for index, name in enumerate(names):
        done = session.finished.get(index)
        if done is not None:
            results.append(done)
            continue
        audit = session.audits.get(index)
        result: AuditResult | PlatformResult
        if audit is not None:
            result = audit.result
        elif session.args.platform:
            result = PlatformResult(installation=name)
        else:
            result = AuditResult(installation=name)
        result.interrupted = True
        results.append(result)
    return results


def _summaries(session: Session) -> None:
    results: list[Any] = session.results
    for result in results:
        for note in result.notes:
            where = f"{result.installation}: " if result.installation else ""
            print(f"{where}{note}", file=sys.stderr)
        print(result.summary_line(), file=sys.stderr)


def _exit_status(session: Session) -> int:
    args = session.args
    results: list[Any] = session.results
    if not all(result.complete for result in results):
        return EXIT_FINDINGS
    if args.fail_on is not None:
        threshold = severity_rank(args.fail_on)
        if any(n and severity_rank(s) >= threshold for r in results for s, n in r.severities.items()):
            return EXIT_FINDINGS
    if args.fail_on_unhealthy and any(getattr(r, "unhealthy", 0) for r in results):
        return EXIT_FINDINGS
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    try:
        rules = check_args(args)
        targets = resolve_targets(args) if args.simulate is None else []
        return _run(Session(args, rules, Output(args.output, args.format, args.wide), targets))
    except OutputError as exc:
        print(f"ece-async audit: {exc}", file=sys.stderr)
        if not args.output:
            drop_unwritten_stdout()
        return EXIT_OUTPUT


def _run(session: Session) -> int:
    from ..errors import ECEError
    from .runner import describe_error

    with session.output:
        try:
            with throughput_gc():
                asyncio.run(audit(session))
        except KeyboardInterrupt:
            session.results = _interrupted(session)
            print("audit interrupted", file=sys.stderr)
            _report(session)
            _summaries(session)
            return EXIT_INTERRUPTED
        except (ECEError, OSError) as exc:
            print(f"ece-async audit: {describe_error(exc)}", file=sys.stderr)
            return EXIT_USAGE
        _report(session)
    _summaries(session)
    return _exit_status(session)
