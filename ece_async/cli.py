"""The ``ece-async`` command line: a thin dispatcher over lazily imported subcommands.

Each subcommand lives in its own module exposing ``configure(parser)`` (add
arguments) and ``run(args) -> int``.  Only the chosen command's module is
imported, so ``ece-async --help`` stays instant and one command's
dependencies never slow down another.  To add a command, add one entry to
``COMMANDS``.

Usage rules are the same for every command: bad usage exits 2 with one line
that names the command, the flag or environment variable and the bad value
(never a secret), pointing at the command's ``--help``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn, Protocol, cast

#: name -> (module implementing it, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "audit": ("ece_async.audit.command", "audit every deployment: health, versions, sizes, plans, costs"),
    "simulate": ("ece_async.testing.command", "run a local ECE simulator for tests and demos"),
    "fleet": ("ece_async.fleet.command", "change many deployments safely: upgrade, apply, restart, resume"),
    "snapshot": ("ece_async.fleet.snapshot", "save a read-only copy of an installation to rehearse on"),
}


EXIT_USAGE = 2


class UsageError(ValueError):
    """Bad usage: the message names the flag or environment variable (``--url``, ``ECE_URL``)."""


class _Parser(argparse.ArgumentParser):
    """Argument errors in one line, as every other usage error: the usage is one ``--help`` away."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class Command(Protocol):
    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _load(name: str) -> Command:
    return cast(Command, importlib.import_module(COMMANDS[name][0]))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command`` (if given) gets its full set of arguments."""
    return _parsers(command)[0]


def _parsers(command: str | None) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = _Parser(
        prog="ece-async", description="Tools around the asyncio client for the Elastic Cloud Enterprise API."
    )
    parser.add_argument("--version", action="store_true", help="print the ece-async version and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subs: dict[str, argparse.ArgumentParser] = {}
    for name, (_module, help_text) in COMMANDS.items():
        sub = subs[name] = subparsers.add_parser(name, help=help_text, description=help_text)
        if name == command:
            _load(name).configure(sub)
    return parser, subs


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args_list if not a.startswith("-")), None)
    parser, subs = _parsers(command if command in COMMANDS else None)
    args, extra = parser.parse_known_args(args_list)
    if extra:
        # Reported under the command's own usage, not the top-level one.
        # Only flag names are echoed: a stray value may be a secret typed after a misspelt flag.
        target = subs.get(args.command) if args.command else None
        flags = [a.split("=", 1)[0] for a in extra if a.startswith("-")]
        values = len(extra) - len(flags)
        shown = " ".join(flags) + (f" (and {values} value{'s' if values > 1 else ''})" if values else "")
        (target or parser).error(f"unrecognized arguments: {shown.strip()}")
    if args.version:
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(version("ece-async"))
        except PackageNotFoundError:
            print("unknown")
        return 0
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(_load(args.command).run(args) or 0)
    except UsageError as exc:
        print(f"ece-async {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
