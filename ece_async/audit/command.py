"""``ece-async audit``: the morning check of every deployment (or, with ``--platform``, the installation).

Where to connect: ``--profile NAME`` (or ``--all-profiles``) from the config
file, else flags, else the environment (``ECE_URL``, ``ECE_API_KEY``,
``ECE_USERNAME``, ``ECE_PASSWORD``, ``ECE_CA_FILE``); ``--simulate N`` audits
an embedded simulator instead.

Exit status: 0 when everything was audited and no finding reached
``--fail-on``; 1 when something could not be audited, a finding reached
``--fail-on`` (or, with ``--fail-on-unhealthy``, a deployment is unhealthy);
2 for bad usage or a single installation that cannot be reached; 74 when the
report cannot be written (disk full, closed pipe); 130 when interrupted
(``--format jsonl`` keeps the rows written so far).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AsyncExitStack, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from ..cli import UsageError
from ..cli.connection import Target, add_connection_flags, resolve_targets
from .findings import SEVERITIES, Rules, RulesError, severity_rank
from .profiles import Credentials
from .render import FORMATS

if TYPE_CHECKING:
    from ..client import ECEClient
    from .platform import PlatformResult
    from .runner import AuditResult, FleetAudit

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
#: Where a ``--simulate`` audit stands in simulated time: fixed, and frozen while it runs, so
#: a seed gives the same report (costs, snapshot ages, plans in flight) on any day.
SIMULATED_NOW = datetime(2025, 1, 15, 12, 0, tzinfo=timezone.utc)
#: The report could not be written (sysexits.h EX_IOERR): a full disk must not look like findings.
EXIT_OUTPUT = 74


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
        check_output(args.output)
    try:
        return Rules.load(args.rules) if args.rules else Rules()
    except RulesError as exc:
        raise UsageError(f"--rules {exc}") from None


def check_output(path: str) -> None:
    """Refuse an output file that cannot be written, before anything is fetched."""
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"--output {path}: is a directory")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"--output {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"--output {path}: not writable")


def _faults(spec: str | None) -> Any:
    from ..testing import FaultConfig

    if spec is None:
        return FaultConfig()
    try:
        return FaultConfig.parse(spec)
    except ValueError as exc:
        raise UsageError(f"--faults {spec}: {exc}") from None


# --- output --------------------------------------------------------------------------------------


class OutputError(Exception):
    """The report could not be written (disk full, closed pipe): exit 74, never mistaken for findings.

    Not an ``OSError``, so the per-installation error handling (an unreachable
    installation becomes a row) never swallows it.
    """

    def __init__(self, where: str, error: OSError) -> None:
        super().__init__(f"cannot write the report to {where}: {error.strerror or error}")


def _table_width() -> int | None:
    """The terminal's width (``COLUMNS`` first); ``None`` (everything) when stdout is no terminal.

    A pipe or cron has no width to fit: cutting its table to a guessed 80
    columns would only lose what scripts and mail readers want.
    """
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


class Output:
    """Where the report goes: streamed line by line for jsonl, written at the end otherwise."""

    def __init__(self, path: str | None, fmt: str, wide: bool) -> None:
        self.path = path
        self.format = fmt
        self._stream: TextIO | None = None
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
                self._stream = open(self.path, "w", encoding="utf-8") if self.path else sys.stdout
        return self

    def __exit__(self, *exc: object) -> None:
        stream, self._stream = self._stream, None
        if stream is not None and stream is not sys.stdout:
            with self._writing():
                stream.close()  # closes the file even when flushing what a failed write left fails

    def line(self, text: str) -> None:
        assert self._stream is not None
        with self._writing():
            self._stream.write(text)
            self._stream.flush()

    def write(self, report: str) -> None:
        if self._stream is not None:
            self.line(report)
            return
        with self._writing():
            if self.path:
                with open(self.path, "w", encoding="utf-8") as handle:
                    handle.write(report)
            else:
                sys.stdout.write(report)
                sys.stdout.flush()


def _drop_unwritten_stdout() -> None:
    """Point stdout at the null device, so the exit's flush of what failed to go out stays quiet."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # not a real file (captured, closed): nothing flushes at exit
        pass


# --- running -------------------------------------------------------------------------------------


@attrs.define
class Session:
    """What one ``audit`` command runs and has so far (kept for the summary after Ctrl-C)."""

    args: argparse.Namespace
    rules: Rules
    output: Output
    targets: list[Target]
    audits: list[FleetAudit] = attrs.field(factory=list)
    results: list[AuditResult | PlatformResult] = attrs.field(factory=list)
    progress: dict[str, tuple[int, int | None]] = attrs.field(factory=dict)
    #: The audit's "now" (epoch seconds; None: the real time): the simulator's for ``--simulate``.
    now: float | None = None


def _client(target: Target, on_retry: Callable[[object], None], concurrency: int) -> ECEClient:
    from ..cli.connection import open_client
    from ..hooks import Hooks

    return open_client(
        target,
        max_concurrency=concurrency + 4,
        group_limits={"billing_costs_analysis": 2},
        hooks=Hooks(on_retry=on_retry),
    )


async def _audit_one(
    session: Session, target: Target, organization: str | None, draw: Callable[[], None]
) -> AuditResult | PlatformResult:
    from .platform import run_platform_audit
    from .render import deployment_json, json_line
    from .runner import FleetAudit, RetryCounter

    args = session.args
    retries = RetryCounter()
    key = target.name or ""

    def on_retry(event: object) -> None:
        retries(event)
        draw()

    def on_progress(done: int, total: int | None) -> None:
        session.progress[key] = (done, total)
        draw()

    streaming = session.output.format == "jsonl"
    async with _client(target, on_retry, args.concurrency) as client:
        if args.platform:
            return await run_platform_audit(client, rules=session.rules, installation=target.name)
        audit = FleetAudit(
            client,
            concurrency=args.concurrency,
            costs=not args.no_costs,
            organization_id=args.organization or organization,
            rules=session.rules,
            now=session.now,
            keep_rows=not streaming,
            on_row=(lambda row: session.output.line(json_line(deployment_json(row)))) if streaming else None,
            on_progress=on_progress,
            retries=retries,
            installation=target.name,
        )
        session.audits.append(audit)
        return await audit.run()


def _unreachable(session: Session, target: Target, error: BaseException) -> AuditResult | PlatformResult:
    """An installation that could not be audited at all: one error row, not a crash."""
    from .platform import PlatformResult, PlatformRow
    from .render import deployment_json, json_line
    from .runner import AuditResult, describe_error
    from .summary import DeploymentSummary

    message = describe_error(error)
    if session.args.platform:
        return PlatformResult(
            rows=[PlatformRow(kind="installation", id="-", error=message, installation=target.name)],
            installation=target.name,
        )
    row = DeploymentSummary(id="-", error=message, installation=target.name)
    result = AuditResult(installation=target.name)
    result.add(row)
    if session.output.format == "jsonl":
        session.output.line(json_line(deployment_json(row)))
    else:
        result.summaries.append(row)
    return result


async def _audit_all(session: Session, targets: Sequence[Target], organization: str | None) -> None:
    from ..errors import ECEError
    from .progress import ProgressBar

    bar = ProgressBar(enabled=session.args.progress)

    def draw() -> None:
        done = sum(d for d, _ in session.progress.values())
        totals = [t for _, t in session.progress.values()]
        bar.retries = sum(a.result.retries for a in session.audits)
        bar.update(done, None if None in totals or not totals else sum(t for t in totals if t is not None))

    async def one(target: Target) -> AuditResult | PlatformResult:
        try:
            return await _audit_one(session, target, organization, draw)
        except (ECEError, OSError) as error:
            if len(targets) == 1:
                raise
            return _unreachable(session, target, error)

    try:
        session.results = list(await asyncio.gather(*(one(t) for t in targets)))
    finally:
        bar.close()


async def audit(session: Session) -> None:
    args = session.args
    async with AsyncExitStack() as stack:
        if args.simulate is not None:
            from ..testing import ECESimulator

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
            targets = [Target(None, simulator.url, Credentials(api_key=simulator.api_key))]
            session.targets = targets  # for the summary after a Ctrl-C
            organization: str | None = simulator.organization_id
        else:
            targets, organization = session.targets, None
        await _audit_all(session, targets, organization)


@contextmanager
def throughput_gc(gen0_threshold: int = 50_000) -> Iterator[None]:
    """Collect garbage less often while the command runs; restore the settings after.

    An audit allocates millions of short-lived objects (JSON dicts, models) while
    dozens of responses are in flight.  CPython's default first-generation
    threshold (700 allocations) then triggers thousands of collections, each
    re-scanning every in-flight payload, which costs more CPU than the decoding
    itself.  Objects that exist before the audit (modules, an in-process
    simulator's fleet) are frozen out of the scans for the same reason.  This is
    the command's choice for its own process; ``run_audit`` never does it.
    """
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(previous[0], gen0_threshold), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


def _report(session: Session) -> None:
    from .platform import PlatformResult, platform_report
    from .render import json_line, render_deployments
    from .runner import AuditResult, combine

    results = session.results
    fmt, width = session.output.format, session.output.width
    if session.args.platform:
        platform = [r for r in results if isinstance(r, PlatformResult)]
        session.output.write(platform_report(platform, fmt, width))
        return
    audits = [r for r in results if isinstance(r, AuditResult)]
    rows = [row for r in audits for row in r.summaries]
    totals = combine(audits).totals(per_installation=audits if len(audits) > 1 else None)
    if fmt == "jsonl":
        fleet = [
            {"installation": r.installation, "id": deployment_id, **finding.as_dict()}
            for r in audits
            for deployment_id, finding in r.fleet_findings.items()
        ]
        session.output.line(json_line({"summary": totals, "fleet_findings": fleet}))
    else:
        costs = not session.args.no_costs
        session.output.write(render_deployments(rows, fmt, totals=totals, width=width, costs=costs))


def _interrupted(session: Session) -> list[AuditResult | PlatformResult]:
    """What each installation got done before Ctrl-C, marked interrupted; one with nothing done
    yet (still connecting, a platform audit in flight) gets an empty result, so every
    installation still has its summary line."""
    from .platform import PlatformResult
    from .runner import AuditResult

    started = {a.result.installation: a.result for a in session.audits}
    results: list[AuditResult | PlatformResult] = []
    for name in [t.name for t in session.targets] or [None]:
        result: AuditResult | PlatformResult | None = started.get(name)
        if result is None:
            result = (
                PlatformResult(installation=name) if session.args.platform else AuditResult(installation=name)
            )
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
    rules = check_args(args)
    targets = resolve_targets(args) if args.simulate is None else []
    try:
        return _run(Session(args, rules, Output(args.output, args.format, args.wide), targets))
    except OutputError as exc:
        print(f"ece-async audit: {exc}", file=sys.stderr)
        if not args.output:
            _drop_unwritten_stdout()
        return EXIT_OUTPUT


def _run(session: Session) -> int:
    from ..errors import ECEError

    with session.output:
        try:
            with throughput_gc():
                asyncio.run(audit(session))
        except KeyboardInterrupt:
            session.results = _interrupted(session)
            print("audit interrupted", file=sys.stderr)
            _summaries(session)
            return EXIT_INTERRUPTED
        except (ECEError, OSError) as exc:
            print(f"ece-async audit: {exc}".splitlines()[0], file=sys.stderr)
            return EXIT_USAGE
        _report(session)
    _summaries(session)
    return _exit_status(session)
