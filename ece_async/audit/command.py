"""``ece-async audit``: report the health, versions, sizes, plans and costs of every deployment.

Connection settings come from flags or the environment (``ECE_URL``,
``ECE_API_KEY``, ``ECE_USERNAME``, ``ECE_PASSWORD``, ``ECE_CA_FILE``); with
``--simulate N`` the audit runs against an embedded simulator instead.

Exit status: 0 when every deployment was fetched (and, with
``--fail-on-unhealthy``, all are healthy); 1 when some could not be fetched or
are unhealthy under that flag; 2 for bad usage or a connection that cannot be
set up; 130 when interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, NamedTuple

from .render import FORMATS, render

if TYPE_CHECKING:
    from .runner import AuditResult

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def configure(parser: argparse.ArgumentParser) -> None:
    conn = parser.add_argument_group("connection (flags override the ECE_* environment variables)")
    conn.add_argument(
        "--url", default=os.environ.get("ECE_URL"), help="coordinator URL, e.g. https://ece:12443"
    )
    conn.add_argument("--api-key", default=None, help="API key (prefer ECE_API_KEY: flags show up in ps)")
    conn.add_argument("--username", default=os.environ.get("ECE_USERNAME"), help="user for password login")
    conn.add_argument("--password", default=None, help="password (prefer ECE_PASSWORD)")
    conn.add_argument(
        "--ca-file", default=os.environ.get("ECE_CA_FILE"), help="CA bundle of the installation"
    )
    conn.add_argument(
        "--insecure", action="store_true", help="skip TLS verification (warns; never in production)"
    )
    sim = parser.add_argument_group("simulation")
    sim.add_argument(
        "--simulate", type=int, metavar="N", help="audit an embedded simulator with N deployments"
    )
    sim.add_argument(
        "--faults", action="store_true", help="with --simulate: switch the simulator's faults on"
    )
    sim.add_argument("--seed", type=int, default=0, help="with --simulate: seed of data and faults")
    run = parser.add_argument_group("audit")
    run.add_argument("--concurrency", type=int, default=32, help="deployments fetched at once (default: 32)")
    run.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    run.add_argument("--output", "-o", default=None, help="write the report to this file instead of stdout")
    run.add_argument("--no-costs", action="store_true", help="skip the billing API")
    run.add_argument(
        "--organization", default=None, help="organization id for billing (default: from the data)"
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


class _Credentials(NamedTuple):
    api_key: str | None = None
    username: str | None = None
    password: str | None = None


def _credentials(args: argparse.Namespace) -> _Credentials:
    api_key = args.api_key or os.environ.get("ECE_API_KEY")
    password = args.password or os.environ.get("ECE_PASSWORD")
    if api_key:
        return _Credentials(api_key=api_key)
    if args.username and password:
        return _Credentials(username=args.username, password=password)
    raise ValueError("no credentials: set ECE_API_KEY, or ECE_USERNAME and ECE_PASSWORD (or the flags)")


async def audit(args: argparse.Namespace) -> AuditResult:
    from ..client import ECEClient
    from ..hooks import Hooks
    from .progress import ProgressBar
    from .runner import RetryCounter, run_audit

    if args.concurrency < 1:
        raise ValueError("--concurrency must be at least 1")
    retries = RetryCounter()
    progress = ProgressBar(enabled=args.progress)
    result: AuditResult | None = None
    async with AsyncExitStack() as stack:
        if args.simulate is not None:
            from ..testing import ECESimulator, FaultConfig

            faults = FaultConfig.default_mix() if args.faults else FaultConfig()
            simulator = ECESimulator(args.simulate, seed=args.seed, faults=faults, speed=60.0)
            await stack.enter_async_context(simulator)
            url, credentials, insecure, ca_file = simulator.url, _Credentials(simulator.api_key), False, None
            args.organization = args.organization or simulator.organization_id
        else:
            if not args.url:
                raise ValueError("no URL: pass --url or set ECE_URL (or use --simulate N)")
            url, credentials, insecure, ca_file = args.url, _credentials(args), args.insecure, args.ca_file

        def on_retry(event: object) -> None:
            retries(event)
            progress.retries = retries.count

        client = ECEClient(
            url,
            api_key=credentials.api_key,
            username=credentials.username,
            password=credentials.password,
            verify_ssl=not insecure,
            ca_file=ca_file,
            max_concurrency=args.concurrency + 4,
            group_limits={"billing_costs_analysis": 2},
            hooks=Hooks(on_retry=on_retry),
        )
        await stack.enter_async_context(client)
        try:
            result = await run_audit(
                client,
                concurrency=args.concurrency,
                costs=not args.no_costs,
                organization_id=args.organization,
                retries=retries,
                on_progress=progress.update,
            )
        finally:
            progress.close()
    assert result is not None
    return result


def run(args: argparse.Namespace) -> int:
    from ..errors import ECEError

    try:
        result = asyncio.run(audit(args))
    except KeyboardInterrupt:
        print("\naudit interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ValueError, OSError) as exc:
        print(f"ece-async audit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ECEError as exc:
        print(f"ece-async audit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = render(result.summaries, args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(report)
    else:
        sys.stdout.write(report)
    if result.costs_note:
        print(result.costs_note, file=sys.stderr)
    print(result.summary_line(), file=sys.stderr)
    if result.failed or (args.fail_on_unhealthy and result.unhealthy):
        return EXIT_PARTIAL
    return EXIT_OK
