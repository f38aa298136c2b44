"""``ece-async fleet``: upgrade, apply, restart, resume and rollback across a fleet.

Every real run validates first (the dry run), asks before writing (``--yes`` when stdin is
no terminal), and journals to ``--journal`` (default: a new timestamped file in the current
directory, named first in table and jsonl output, in the json report's ``journal``).  Output
is every command's (:mod:`ece_async.cli.output`): a table on a terminal, else json.

Exit status: 0 every deployment done (or already at target), or none matched (nothing to do:
no journal, one line on stderr); 1 some failed, were skipped, refused or not reached, or the API
answered an error (a 403 to the selection); 2 bad usage, the installation unreachable or not the
ECE API answering; 74 output not writable (a closed stdout before anything
is read or written); 130 interrupted (the journal is intact: ``ece-async fleet resume JOURNAL``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cli import UsageError, stdin_is_terminal
from ..cli.exits import (
    EXIT_API_ERROR,
    EXIT_INTERRUPTED,
    EXIT_NOTHING_TO_DO,
    EXIT_OK,
    EXIT_OUTPUT,
    describe,
    exit_code,
)
from ..cli.output import Output, OutputError, drop_unwritten_stdout, output_format
from .change import STRATEGIES, Apply, Change, Restart, Rollback, Upgrade, parse_set
from .journal import Journal, JournalError, JournalState
from .run import FleetOptions, FleetReport, FleetRun
from .select import Where, parse_where, read_ids

if TYPE_CHECKING:
    from ..cli.connection import Target
    from ..client import ECEClient

EXIT_SOME = EXIT_API_ERROR  # some deployments failed or were skipped
FORMATS = ("table", "json", "jsonl")
ACTIONS = ("upgrade", "apply", "restart", "resume", "rollback")


def _connection(parser: argparse.ArgumentParser) -> None:
    from ..cli.connection import add_connection_flags

    add_connection_flags(parser)
    parser.set_defaults(all_profiles=False)


def _output(parser: argparse.ArgumentParser) -> None:
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="table (progress lines), json (the report) or jsonl (events as they happen); "
        "default: table on a terminal, else json",
    )
    out.add_argument("--yes", action="store_true", help="write without asking (required without a terminal)")
    out.add_argument("--journal", metavar="FILE", help="journal file (default: a new timestamped file here)")


def _waves(parser: argparse.ArgumentParser) -> None:
    run = parser.add_argument_group("selection and waves")
    run.add_argument("--where", action="append", default=[], metavar="EXPR", help="filter (repeatable)")
    run.add_argument("--ids", metavar="FILE", help="only these deployment ids (one a line)")
    run.add_argument("--dry-run", action="store_true", help="validate and show the diff; change nothing")
    run.add_argument("--canary", type=int, default=2, metavar="N", help="first wave size (default: 2)")
    run.add_argument("--concurrency", type=int, default=10, metavar="C", help="wave size (default: 10)")
    run.add_argument("--per-zone", type=int, metavar="K", help="plans in flight per zone at most")
    run.add_argument("--max-failures", type=int, default=0, metavar="F", help="stop after more failures")
    run.add_argument("--strategy", choices=sorted(STRATEGIES), help="plan strategy (default: ECE's)")
    run.add_argument("--pause", action="store_true", help="wait for Enter between waves")
    run.add_argument("--poll-interval", type=float, default=10.0, metavar="S", help=argparse.SUPPRESS)


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    upgrade = actions.add_parser("upgrade", help="upgrade every selected deployment to --to VERSION")
    upgrade.add_argument("--to", required=True, metavar="VERSION", help="target stack version")
    apply = actions.add_parser("apply", help="change the update payload: --set PATH=VALUE or --patch FILE")
    apply.add_argument("--set", action="append", default=[], metavar="PATH=VALUE", dest="sets")
    apply.add_argument("--patch", metavar="FILE", help="a JSON merge patch of the update payload")
    restart = actions.add_parser("restart", help="restart every resource of the selected deployments")
    for sub in (upgrade, apply, restart):
        _waves(sub)
        _output(sub)
        _connection(sub)
    resume = actions.add_parser(
        "resume", help="continue a journalled run after Ctrl-C, kill or a lost network"
    )
    rollback = actions.add_parser("rollback", help="re-apply the plans a journal saved before its writes")
    rollback.add_argument("--failed-only", action="store_true", help="only the deployments whose plan failed")
    rollback.add_argument("--dry-run", action="store_true", help="validate and show the diff; change nothing")
    for sub in (resume, rollback):
        sub.add_argument("journal_file", metavar="JOURNAL")
        _output(sub)
        _connection(sub)


# --- checking the command line --------------------------------------------------------------------


def _change(args: argparse.Namespace) -> Change:
    if args.action == "upgrade":
        return Upgrade(args.to)
    if args.action == "restart":
        return Restart()
    if bool(args.sets) == bool(args.patch):
        raise UsageError("apply takes --set PATH=VALUE (repeatable) or --patch FILE")
    try:
        sets = tuple(parse_set(s) for s in args.sets)
    except ValueError as exc:
        raise UsageError(f"--set {exc}") from None
    patch: dict[str, Any] = {}
    if args.patch:
        try:
            patch = json.loads(Path(args.patch).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"--patch {args.patch}: {exc}") from None
        if not isinstance(patch, dict):
            raise UsageError(f"--patch {args.patch}: a merge patch is a JSON object")
    return Apply(patch, sets)


def _options(args: argparse.Namespace) -> FleetOptions:
    for flag, value, least in (
        ("--canary", args.canary, 0),
        ("--concurrency", args.concurrency, 1),
        ("--max-failures", args.max_failures, 0),
        ("--per-zone", args.per_zone if args.per_zone is not None else 1, 1),
    ):
        if value < least:
            raise UsageError(f"{flag} must be at least {least}, got {value}")
    return FleetOptions(
        canary=args.canary,
        concurrency=args.concurrency,
        per_zone=args.per_zone,
        max_failures=args.max_failures,
        strategy=args.strategy,
        dry_run=args.dry_run,
        poll_interval=args.poll_interval,
        max_poll_interval=max(60.0, args.poll_interval),
    )


def _selection(args: argparse.Namespace) -> tuple[list[Where], list[str] | None]:
    try:
        where = [parse_where(w) for w in args.where]
    except ValueError as exc:
        raise UsageError(f"--where {exc}") from None
    if args.ids is None:
        return where, None
    try:
        return where, read_ids(args.ids)
    except OSError as exc:
        raise UsageError(f"--ids {args.ids}: {exc.strerror or exc}") from None


def _journal_path(args: argparse.Namespace, action: str) -> Path:
    if args.journal:
        path = Path(args.journal)
        if path.exists():
            raise UsageError(f"--journal {path}: exists (a journal belongs to one run; resume it instead)")
        return path
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Path(f"fleet-{action}-{stamp}.jsonl")


def _create_journal(path: Path, header: dict[str, Any]) -> Journal:
    """The run's journal, or exit 74 before anything is read or written when it cannot be made."""
    try:
        return Journal.create(path, header)
    except FileExistsError:
        raise UsageError(f"--journal {path}: exists (a journal belongs to one run)") from None
    except OSError as exc:
        raise OutputError(f"the journal {path}", exc) from None


def _needs_yes(args: argparse.Namespace) -> None:
    """A run that writes asks first, and ``--pause`` waits for Enter: both need a terminal on stdin."""
    if getattr(args, "dry_run", False) or stdin_is_terminal():
        return
    if not args.yes:
        raise UsageError("stdin is not a terminal: pass --yes to write without asking")
    if getattr(args, "pause", False):
        raise UsageError("--pause waits for Enter between waves: stdin is not a terminal")


def _target(args: argparse.Namespace) -> Target:
    from ..cli.connection import resolve_target

    return resolve_target(args)


def _client(target: Target) -> ECEClient:
    from ..cli.connection import open_client

    return open_client(target, max_concurrency=32)


# --- output ------------------------------------------------------------------------------------


class Printer:
    """Renders run events: a JSON line each (``jsonl``), progress lines (``table``), nothing (``json``).

    Lines go out through the commands' shared :class:`~ece_async.cli.output.Output`: each one
    flushed and checked, a closed pipe or full disk an ``OutputError`` (exit 74).
    """

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.output = Output()
        self.started: float | None = None
        self.reached = 0
        self.journal_path: str | None = None

    def line(self, text: str) -> None:
        self.output.write(text + "\n")

    def journal(self, path: Path) -> None:
        """Name the journal first: the line to copy into ``fleet resume`` after an interruption."""
        self.journal_path = str(path)
        if self.format == "jsonl":
            self.line(json.dumps({"event": "journal", "path": str(path)}))
        elif self.format == "table":
            self.line(f"journal: {path}")

    def validated(self, report: FleetReport) -> None:
        if self.format == "table":
            self.line(_validated_line(report))
        elif self.format == "jsonl":
            self.line(json.dumps({"event": "validated_all", "counts": report.counts()}))

    def event(self, event: dict[str, Any]) -> None:
        if self.format == "jsonl":
            self.line(json.dumps(event, separators=(",", ":")))
        elif self.format == "table":
            text = self._table_line(event)
            if text is not None:
                self.line(text)

    def _table_line(self, event: dict[str, Any]) -> str | None:
        kind = event["event"]
        if kind == "selected":
            return f"selected {event['count']} deployments"
        if kind == "wave":
            what = (
                "attaching to plans in flight"
                if event["attached"]
                else "canary"
                if event["canary"]
                else "wave"
            )
            self.started = self.started or time.monotonic()
            return f"wave {event['wave']} ({what}): {event['size']} deployments"
        if kind == "outcome":
            reason = f": {event['reason']}" if event.get("reason") else ""
            return f"  {event['status']:<8} {event['id']} {event.get('name') or ''}{reason}"
        if kind == "stopped":
            return f"stopped: {event['reason']}"
        if kind == "progress":
            return self._progress(event)
        return None

    def _progress(self, event: dict[str, Any]) -> str | None:
        reached = event["done"] + event["failed"] + event["skipped"]
        if reached == self.reached:
            return None
        self.reached = reached
        eta = ""
        elapsed = time.monotonic() - (self.started or time.monotonic())
        if elapsed > 0 and reached:
            seconds = (event["left"] + event["in_flight"]) * elapsed / reached
            eta = f", ETA {int(seconds // 60)}m{int(seconds % 60):02d}s"
        return (
            f"  wave {event['wave']}: {event['done']} done, {event['failed']} failed, "
            f"{event['skipped']} skipped, {event['in_flight']} in flight, {event['left']} left{eta}"
        )


def _validated_line(report: FleetReport) -> str:
    counts = report.counts()
    parts = [
        f"{counts.get(s, 0)} {label}"
        for s, label in (
            ("would_change", "would change"),
            ("not_started", "to change"),
            ("at_target", "already at target"),
            ("refused", "refused"),
            ("skipped", "skipped"),
        )
        if counts.get(s)
    ]
    return "validated: " + (", ".join(parts) or "nothing selected")


def render_report(report: FleetReport, fmt: str, *, diffs: bool, journal: str | None = None) -> str:
    """The final report: a table (every deployment not done, with its reason) or one JSON document."""
    outcomes = sorted(report.outcomes.values(), key=lambda o: (o.status, o.id))
    if fmt == "json":
        return json.dumps(
            {
                "journal": journal,
                "counts": report.counts(),
                "stopped": report.stopped,
                "deployments": [
                    {"id": o.id, "name": o.name, "status": o.status, "reason": o.reason, "diff": list(o.diff)}
                    for o in outcomes
                ],
            },
            indent=2,
        )
    if fmt == "jsonl":
        return json.dumps({"event": "report", "counts": report.counts(), "stopped": report.stopped})
    lines = []
    for o in outcomes:
        if o.status == "would_change" and diffs:
            lines.append(f"{o.status:<12} {o.id} {o.name or ''}")
            lines.extend(f"    {d}" for d in o.diff)
        elif o.status not in ("done", "at_target", "would_change"):
            lines.append(f"{o.status:<12} {o.id} {o.name or ''}: {o.reason or ''}".rstrip(": "))
    counts = ", ".join(f"{n} {s}" for s, n in sorted(report.counts().items()))
    lines.append(
        f"total: {counts or 'nothing selected'}" + (f" (stopped: {report.stopped})" if report.stopped else "")
    )
    return "\n".join(lines)


# --- running -------------------------------------------------------------------------------------


async def _ask(question: str) -> str | None:
    """The line typed after ``question``, None at the end of input (Ctrl-D).

    The question goes to stderr, as every command's: stdout is the report, which a
    person at a terminal may well send to a file (``> report.json``).
    """
    print(question, end="", file=sys.stderr, flush=True)
    return await _read_line()


async def _read_line() -> str | None:
    """One line from the terminal on stdin, awaited in the loop; None at the end of input.

    Not in a thread: ``asyncio.run`` waits for its executor's threads as it ends, so after
    Ctrl-C a thread blocked in ``readline`` would hold the command until someone pressed Enter.
    A terminal in its usual (canonical) mode hands over one line a read.
    """
    loop = asyncio.get_running_loop()
    fd = sys.stdin.fileno()
    typed: asyncio.Future[None] = loop.create_future()

    def readable() -> None:
        if not typed.done():
            typed.set_result(None)

    try:
        loop.add_reader(fd, readable)
    except NotImplementedError:  # pragma: no cover - an event loop without readers (Windows)
        return await asyncio.to_thread(sys.stdin.readline) or None
    try:
        await typed
    finally:
        loop.remove_reader(fd)
    return os.read(fd, 4096).decode("utf-8", "replace") or None


def _confirm(args: argparse.Namespace, printer: Printer) -> Callable[[FleetReport], Any] | None:
    async def confirm(report: FleetReport) -> bool:
        printer.validated(report)
        if args.yes:
            return True
        answer = await _ask("write these changes? [y/N] ")
        return answer is not None and answer.strip().lower() in ("y", "yes")

    return confirm


def _pause(args: argparse.Namespace) -> Callable[[int], Any] | None:
    if not getattr(args, "pause", False):
        return None

    async def pause(wave: int) -> bool:
        """Enter goes on; the end of input stops the run there, as Ctrl-C would (resume later)."""
        return await _ask(f"press Enter to start wave {wave} (Ctrl-C stops; resume later) ") is not None

    return pause


def _status(report: FleetReport) -> int:
    return EXIT_OK if report.ok else EXIT_SOME


async def _start(args: argparse.Namespace, printer: Printer, holder: list[Journal]) -> FleetReport | None:
    change = _change(args)
    options = _options(args)
    where, ids = _selection(args)
    target = _target(args)
    async with _client(target) as ece:
        run = FleetRun(ece, change, options, on_event=printer.event, pause=_pause(args))
        return await _begin(args, printer, holder, run, args.action, where, ids)


async def _begin(
    args: argparse.Namespace,
    printer: Printer,
    holder: list[Journal],
    run: FleetRun,
    action: str,
    where: list[Where],
    ids: list[str] | None,
) -> FleetReport | None:
    """Select; then journal, confirm and run the selection.  None when it is empty: no journal.

    An empty selection is nothing to do, not a run: a journal would only be one more file
    for a re-run from cron to leave behind once the fleet is done.
    """
    path = None if run.options.dry_run else _journal_path(args, action)  # a usage error before any search
    selected = await run.selection(where, ids)
    if not selected:
        return None
    if path is not None:
        run.journal = _create_journal(path, run.header())
        holder.append(run.journal)
        printer.journal(path)
        run._confirm = _confirm(args, printer)
    report = await run.run_selected(selected)
    if run.options.dry_run:
        printer.validated(report)
    return report


async def _resume(args: argparse.Namespace, printer: Printer, holder: list[Journal]) -> FleetReport:
    target = _target(args)
    async with _client(target) as ece:
        try:
            run, state = FleetRun.reopen(ece, args.journal_file, on_event=printer.event)
        except (JournalError, OSError) as exc:
            raise UsageError(str(exc)) from None
        assert run.journal is not None
        holder.append(run.journal)
        printer.journal(Path(args.journal_file))
        return await run.resume(state)


async def _rollback(args: argparse.Namespace, printer: Printer, holder: list[Journal]) -> FleetReport | None:
    try:
        held, state = Journal.reopen(args.journal_file)  # held: no run may resume it meanwhile
    except (JournalError, OSError) as exc:
        raise UsageError(str(exc)) from None
    try:
        return await _roll_back(args, printer, holder, state)
    finally:
        held.close()


async def _roll_back(
    args: argparse.Namespace, printer: Printer, holder: list[Journal], state: JournalState
) -> FleetReport | None:
    wanted = ("failed",) if args.failed_only else ("failed", "done")
    payloads = {
        i: e.previous
        for i, e in state.deployments.items()
        if e.previous is not None
        and (e.status in wanted or (e.state in ("written", "intent") and not args.failed_only))
    }
    options = FleetOptions(**(state.header.get("options") or {})).replace(
        dry_run=args.dry_run, max_failures=len(payloads)
    )
    target = _target(args)
    async with _client(target) as ece:
        try:
            state.check_installation(ece.base_urls)
        except JournalError as exc:
            raise UsageError(f"{args.journal_file}: {exc}") from None
        run = FleetRun(ece, Rollback(payloads), options, on_event=printer.event)
        return await _begin(args, printer, holder, run, "rollback", [], sorted(payloads))


def run(args: argparse.Namespace) -> int:
    if args.action is None:
        raise UsageError("which action? upgrade, apply, restart, resume or rollback (see --help)")
    if args.action not in ("resume",):
        _needs_yes(args)
    printer = Printer(output_format(args.format, None))
    journals: list[Journal] = []
    action = {"resume": _resume, "rollback": _rollback}.get(args.action, _start)
    return _main(args, printer, journals, action)


def _nothing_to_do(args: argparse.Namespace, printer: Printer) -> int:
    """One line on stderr; the empty report where a program reads the output (json, jsonl)."""
    rollback = args.action == "rollback"
    what = "no deployment of the journal to roll back" if rollback else "no deployment matched the selection"
    print(f"ece-async fleet: {what}: nothing to do", file=sys.stderr)
    if printer.format != "table":
        printer.line(render_report(FleetReport(), printer.format, diffs=False))
    return EXIT_NOTHING_TO_DO


def _main(args: argparse.Namespace, printer: Printer, journals: list[Journal], action: Any) -> int:
    from ..errors import ECEError

    try:
        printer.output.open()  # a closed stdout fails here, before a journal or a write
        report = asyncio.run(action(args, printer, journals))
        if report is None:
            return _nothing_to_do(args, printer)
        dry_run = bool(getattr(args, "dry_run", False))
        printer.line(render_report(report, printer.format, diffs=dry_run, journal=printer.journal_path))
    except KeyboardInterrupt:
        kept = f"; the journal is intact: ece-async fleet resume {journals[0].path}" if journals else ""
        print(f"ece-async fleet: interrupted{kept}", file=sys.stderr)  # no journal yet: none to name
        return EXIT_INTERRUPTED
    except OutputError as exc:
        where = f"; the journal is intact: ece-async fleet resume {journals[0].path}" if journals else ""
        print(f"ece-async fleet: {exc}{where}", file=sys.stderr)
        if exc.where == "stdout":
            drop_unwritten_stdout()
        return EXIT_OUTPUT
    except ECEError as exc:  # the shared rule: 1 the API answered an error, 2 it was not reached
        print(f"ece-async fleet: {describe(exc)}", file=sys.stderr)
        return exit_code(exc)
    finally:
        for journal in journals:
            journal.close()
    return _status(report)
