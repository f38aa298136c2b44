"""Running one operation from the command line: confirm, send (or dry-run), track, print, exit.

Shared by the generated commands and the hand-picked ones (``deployment
show`` is ``deployments get-deployment`` with fewer flags): each ends in
:func:`run_operation` with the facade arguments it chose.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..clock import Clock, SystemClock
from . import UsageError, stdin_is_terminal
from .connection import Target, open_client, resolve_target
from .exits import EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, describe, exit_code
from .operation import (
    asks,
    call,
    destructive_arguments_given,
    has_validate_only,
    mask_secrets,
    planned_request,
    secret_arguments,
)
from .output import (
    Output,
    OutputError,
    cell,
    check_query,
    drop_unwritten_stdout,
    output_format,
    plain,
    render,
    render_result,
    visible,
)

if TYPE_CHECKING:
    from ..client import ECEClient
    from .tree import Operation

#: The clock ``--track`` polls on (real time; a test puts it on a clock that does not wait).
PLAN_CLOCK: Clock = SystemClock()
#: Seconds between plan polls at first (the tracker backs off while nothing changes).
PLAN_POLL_INTERVAL = 2.0

#: After the call: given the client and the result, print what follows (``--track``); returns the exit code.
Follow = Callable[["ECEClient", Any, "Printer"], Awaitable[int]]


class Printer:
    """The command's output: format, query and destination chosen once from the flags."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.format = output_format(args.format, args.output)
        self.query: str | None = args.query
        check_query(self.query)
        self.output = Output(args.output)

    def result(self, value: Any) -> None:
        self.output.write(render_result(plain(value), self.query, self.format))

    def line(self, text: str) -> None:
        self.output.write(text + "\n")


def confirm(op: Operation, kwargs: dict[str, Any], args: argparse.Namespace) -> None:
    """Ask before a destructive operation; refuse without ``--yes`` when nobody can answer."""
    if getattr(args, "yes", False) or getattr(args, "dry_run", False) or not asks(op, kwargs):
        return
    ids = " ".join(f"{k}={v}" for k, v in kwargs.items() if k.endswith("_id") or k.endswith("_ids"))
    because = " ".join(f"{name}=true" for name in destructive_arguments_given(op, kwargs))
    what = " ".join(w for w in (op.operation_id, ids, f"with {because}" if because else "") if w)
    if not stdin_is_terminal():
        raise UsageError(f"{what} is destructive: pass --yes to run it without a terminal to confirm on")
    print(f"{what}: {op.summary}. Go ahead? [y/N] ", end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise UsageError(f"{what}: not confirmed, nothing was sent")


def _auth_scheme(target: Target) -> str:
    return "ApiKey" if target.credentials.api_key else "Bearer"


def run_operation(
    op: Operation, kwargs: dict[str, Any], args: argparse.Namespace, follow: Follow | None = None
) -> int:
    """Confirm, then send ``op`` with ``kwargs`` (or dry-run it) and print the result; the exit code."""
    from ..errors import ECEError

    printer = Printer(args)
    target = resolve_target(args)
    confirm(op, kwargs, args)
    dry_run = bool(getattr(args, "dry_run", False))
    try:
        try:
            printer.output.open()
            if dry_run and not has_validate_only(op):
                base = target.url if isinstance(target.url, str) else target.url[0]
                printer.result(
                    planned_request(op, kwargs, base.rstrip("/") + "/api/v1", _auth_scheme(target))
                )
                return EXIT_OK
            if dry_run:
                kwargs = kwargs | {"validate_only": True}
            return asyncio.run(_send(target, op, kwargs, printer, follow))
        finally:
            printer.output.close()
    except KeyboardInterrupt:
        print(f"ece-async {op.operation_id}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OutputError as exc:
        print(f"ece-async: {exc}", file=sys.stderr)
        if args.output is None:
            drop_unwritten_stdout()
        return EXIT_OUTPUT
    except (ECEError, OSError) as error:  # OSError: a connection failure the client did not wrap
        shown = mask_secrets(describe(error), secret_arguments(op, kwargs))
        print(f"ece-async {op.operation_id}: {shown}", file=sys.stderr)
        return exit_code(error)


async def _send(
    target: Target, op: Operation, kwargs: dict[str, Any], printer: Printer, follow: Follow | None
) -> int:
    async with open_client(target) as client:
        result = await call(client, op, kwargs)
        if follow is None:
            printer.result(result)
            return EXIT_OK
        return await follow(client, result, printer)


def follow_for(args: argparse.Namespace, kwargs: dict[str, Any]) -> Follow | None:
    """What ``--track`` follows after the call: the deployment's plan, or an allocator's moves."""
    if not getattr(args, "track", False) or getattr(args, "dry_run", False):
        return None  # a dry run starts no plan
    if "allocator_id" in kwargs and "deployment_id" not in kwargs:
        return allocator_tracker(kwargs["allocator_id"])
    return tracker(kwargs.get("deployment_id"))


def tracker(deployment_id: str | None) -> Follow:
    """``--track``: the plan's steps, one line each (jsonl when not on a terminal); 1 when it fails
    or is still running when tracking gives up (after an hour).

    Without ``deployment_id`` (``create-deployment``) the deployment is the one the call returned.
    """

    async def follow(client: ECEClient, result: Any, printer: Printer) -> int:
        from .._tolerant import at, text

        tracked = deployment_id or text(at(result, "id"))
        if tracked is None:
            print("ece-async: nothing to track: the answer names no deployment", file=sys.stderr)
            return EXIT_API_ERROR
        return await _track(client, tracked, printer)

    return follow


async def _track(client: ECEClient, deployment_id: str, printer: Printer) -> int:
    """Follow one plan: 0 when it succeeds; 1 when it fails or is still running at the deadline.

    A plan still pending when tracking gives up is not confirmed done: the operation has not
    succeeded as far as anyone can tell, which is a failure (1), not a usage error (2).
    """
    from ..errors import PlanFailedError, PlanTimeoutError
    from ..plans import track_plan

    steps = track_plan(client, deployment_id, poll_interval=PLAN_POLL_INTERVAL, clock=PLAN_CLOCK)
    try:
        async for step in steps:
            _print_step(printer, {"deployment_id": deployment_id} | attrs.asdict(step))
    except PlanFailedError as failed:
        for failure in failed.failures:
            _print_step(
                printer, {"event": "failed", "deployment_id": deployment_id, "summary": failure.summary()}
            )
            print(f"ece-async: plan of {deployment_id} failed: {visible(failure.summary())}", file=sys.stderr)
        return EXIT_API_ERROR
    except PlanTimeoutError as late:
        _print_step(printer, {"event": "timed_out", "deployment_id": deployment_id})
        print(f"ece-async: plan of {deployment_id} not confirmed done: {visible(str(late))}", file=sys.stderr)
        return EXIT_API_ERROR
    _print_step(printer, {"event": "succeeded", "deployment_id": deployment_id})
    return EXIT_OK


def allocator_tracker(allocator_id: str) -> Follow:
    """``--track`` for a vacate (``move-clusters``): the plan of every deployment whose instances move.

    The deployments are the allocator's instances of the clusters the answer lists as moved
    (all of its instances when it lists none), read right after the call, while they move.
    """

    async def follow(client: ECEClient, result: Any, printer: Printer) -> int:
        moved = _moved_clusters(plain(result))
        allocator = plain(await client.platform_infrastructure.get_allocator(allocator_id=allocator_id))
        instances = allocator.get("instances") or [] if isinstance(allocator, dict) else []
        deployments = sorted(
            {
                i["deployment_id"]
                for i in instances
                if isinstance(i, dict)
                and i.get("deployment_id")
                and (not moved or i.get("cluster_id") in moved)
            }
        )
        codes = [await _track(client, deployment_id, printer) for deployment_id in deployments]
        return max(codes, default=EXIT_OK)

    return follow


def _moved_clusters(answer: Any) -> set[str]:
    moves = answer.get("moves") if isinstance(answer, dict) else None
    if not isinstance(moves, dict):
        return set()
    return {
        str(entry["cluster_id"])
        for entries in moves.values()
        if isinstance(entries, list)
        for entry in entries
        if isinstance(entry, dict) and entry.get("cluster_id")
    }


def _print_step(printer: Printer, event: dict[str, Any]) -> None:
    if printer.format == "table":
        if "event" in event:
            printer.line(f"plan {event['event']}: {cell(event.get('summary') or event.get('deployment_id'))}")
            return
        fields = ("kind", "ref_id", "step_id", "status", "stage")
        printer.line("  ".join(cell(event.get(k) or None) for k in fields))
        return
    printer.output.write(render(event, "jsonl"))
