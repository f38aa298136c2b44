"""``ece-async simulate``: serve the ECE simulator until Ctrl-C (or SIGTERM)."""

from __future__ import annotations

import argparse
import asyncio
import math
import signal
import sys
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from ..cli import UsageError
from ..cli.output import Output
from .faults import FaultConfig

if TYPE_CHECKING:
    from .simulator import ECESimulator


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s, local only)"
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--deployments", type=int, default=100, help="size of the generated fleet (default: %(default)s)"
    )
    parser.add_argument(
        "--from-snapshot",
        metavar="FILE",
        default=None,
        help="serve the fleet of a snapshot (ece-async snapshot -o FILE) instead of a generated one",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed for data, plans and faults (default: %(default)s)"
    )
    parser.add_argument(
        "--faults",
        nargs="?",
        const="default",
        default=None,
        metavar="SPEC",
        help="inject faults: alone, a realistic default mix; or 'name=value,...' "
        "(e.g. 'error_rate=0.05,latency=0.01', 'default,rate_limit_rate=0.2'); names are FaultConfig fields",
    )
    parser.add_argument(
        "--speed", type=float, default=1.0, help="simulated seconds per real second (default: %(default)s)"
    )
    parser.add_argument(
        "--plan-failure-rate",
        type=float,
        default=0.1,
        help="probability that a plan fails (default: %(default)s)",
    )
    parser.add_argument(
        "--plan-unhealthy-rate",
        type=float,
        default=0.0,
        help="probability that a successful plan leaves its resource unhealthy (default: %(default)s)",
    )
    parser.add_argument(
        "--token-lifetime", type=float, default=None, help="login token lifetime in simulated seconds"
    )
    parser.add_argument(
        "--username", default="admin", help="user for Basic auth and login (default: %(default)s)"
    )
    parser.add_argument("--password", default=None, help="password (default: derived from the seed)")
    parser.add_argument("--api-key", default=None, help="API key to accept (default: derived from the seed)")
    parser.add_argument(
        "--minimal-hits", action="store_true", help="search hits without resource info (clients must GET)"
    )
    parser.add_argument(
        "--search-page-cap",
        type=int,
        default=None,
        metavar="N",
        help="return at most N hits per deployment search page, as ECE caps them (default: no cap)",
    )
    parser.add_argument("--json", action="store_true", help="print the connection details as one JSON line")


def _faults(args: argparse.Namespace) -> FaultConfig:
    try:
        config = FaultConfig.parse(args.faults) if args.faults else FaultConfig()
    except ValueError as exc:
        raise UsageError(f"--faults {args.faults}: {exc}") from None
    if args.token_lifetime is not None:
        config = config.replace(token_lifetime=args.token_lifetime)
    return config


def _describe(config: FaultConfig) -> str:
    if not config.active and config.token_lifetime is None and not config.concurrent_change_rate:
        return "none"
    parts = [
        f"{name}={getattr(config, name)}"
        for name in (
            "latency",
            "jitter",
            "error_rate",
            "rate_limit_rate",
            "drop_rate",
            "malformed_rate",
            "html_rate",
            "concurrent_change_rate",
        )
        if getattr(config, name)
    ]
    if config.token_lifetime is not None:
        parts.append(f"token_lifetime={config.token_lifetime:g}s")
    if config.routes:
        parts.append("per-route: " + ", ".join(config.routes))
    return ", ".join(parts)


def check_args(args: argparse.Namespace) -> None:
    """Bad values are usage errors naming the flag, before anything is built."""
    if args.deployments < 0:
        raise UsageError(f"--deployments must be 0 or more, got {args.deployments}")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, got {args.port}")
    if not 0.0 <= args.plan_failure_rate <= 1.0:
        raise UsageError(f"--plan-failure-rate must be between 0 and 1, got {args.plan_failure_rate}")
    if not (math.isfinite(args.speed) and args.speed >= 0):
        raise UsageError(f"--speed must be a finite number, 0 or more, got {args.speed}")
    if not 0.0 <= args.plan_unhealthy_rate <= 1.0:
        raise UsageError(f"--plan-unhealthy-rate must be between 0 and 1, got {args.plan_unhealthy_rate}")
    if args.search_page_cap is not None and args.search_page_cap < 1:
        raise UsageError(f"--search-page-cap must be 1 or more, got {args.search_page_cap}")
    if args.token_lifetime is not None and not (
        math.isfinite(args.token_lifetime) and args.token_lifetime > 0
    ):
        raise UsageError(f"--token-lifetime must be a finite number more than 0, got {args.token_lifetime}")


async def serve(args: argparse.Namespace, out: TextIO) -> int:
    from .simulator import ECESimulator

    config = _faults(args)
    settings: dict[str, Any] = dict(
        seed=args.seed,
        faults=config,
        host=args.host,
        port=args.port,
        speed=args.speed,
        plan_failure_rate=args.plan_failure_rate,
        plan_unhealthy_rate=args.plan_unhealthy_rate,
        username=args.username,
        password=args.password,
        api_key=args.api_key,
        search_hits="minimal" if args.minimal_hits else "full",
        search_page_cap=args.search_page_cap,
    )
    if args.from_snapshot is not None:
        sim = _from_snapshot(args.from_snapshot, settings)
        count = sim.snapshot_deployments or 0
    else:
        sim = ECESimulator(args.deployments, **settings)
        count = args.deployments
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
            pass
    try:
        await sim.start()
        details = {
            "url": sim.url,
            "api_url": sim.api_url,
            "api_key": sim.api_key,
            "username": sim.username,
            "password": sim.password,
            "organization_id": sim.organization_id,
            "deployments": count,
            "seed": args.seed,
        }
        printer = Output(stream=out)  # checked writes: a closed stdout is exit 74, not "cannot listen"
        if args.json:
            printer.write(orjson.dumps(details).decode() + "\n")
        else:
            printer.write(
                f"ECE simulator listening on {sim.url} (API root {sim.api_url})\n"
                f"  deployments:     {count}{_origin(args)} (seed {args.seed}, speed x{args.speed:g})\n"
                f"  api key:         {sim.api_key}   (Authorization: ApiKey <key>)\n"
                f"  username:        {sim.username}\n"
                f"  password:        {sim.password}\n"
                f"  organization id: {sim.organization_id}\n"
                f"  faults:          {_describe(config)}\n"
                f"  stats:           {sim.url}/_simulator/stats\n"
                "Press Ctrl-C to stop.\n"
            )
        await stop.wait()
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        await sim.close()
    if not args.json:
        printer.write(f"Stopped after {sim.stats.total} requests.\n")
    return 0


def _from_snapshot(path: str, settings: dict[str, Any]) -> ECESimulator:
    from .simulator import ECESimulator

    try:
        return ECESimulator.from_snapshot(path, **settings)
    except OSError as exc:
        raise UsageError(f"--from-snapshot {path}: cannot read ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise UsageError(f"--from-snapshot {path}: {exc}") from None


def _origin(args: argparse.Namespace) -> str:
    return f" from {args.from_snapshot}" if args.from_snapshot is not None else ""


def run(args: argparse.Namespace) -> int:
    check_args(args)
    _faults(args)
    try:
        return asyncio.run(serve(args, sys.stdout))
    except KeyboardInterrupt:  # pragma: no cover - only where signal handlers are unsupported
        return 0
    except OSError as exc:
        raise UsageError(
            f"--host {args.host} --port {args.port}: cannot listen ({exc.strerror or exc})"
        ) from None
