"""The ``ece-async`` command line: a thin dispatcher over lazily built commands.

Three kinds of commands share one parser tree: the tools in ``COMMANDS``
(each module exposes ``configure(parser)`` and ``run(args) -> int``; to add
one, add an entry), one group per API namespace with one command per
operation of the spec (:mod:`.tree`, run by :mod:`.execute`), and the short
commands of :mod:`.shortcuts`.  Only the parser of the command named on the
line is built, and only its module imported, so ``ece-async --help`` stays
instant and one command's dependencies never slow down another.  What every
command shares lives beside this module: connection flags and profiles
(:mod:`.connection`), output (:mod:`.output`) and exit codes (:mod:`.exits`).

Usage rules are the same for every command: bad usage exits 2 with one line
that names the command, the flag or environment variable and the bad value
(never a secret), pointing at the command's ``--help``.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, cast

from .exits import EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_USAGE

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

#: name -> (module implementing it, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "audit": ("ece_async.audit.command", "audit every deployment: health, versions, sizes, plans, costs"),
    "simulate": ("ece_async.testing.command", "run a local ECE simulator for tests and demos"),
    "init": ("ece_async.cli.init", "add a profile to the config file, after checking its credentials"),
    "completion": ("ece_async.cli.completion", "print the shell completion script (bash, zsh or fish)"),
    "fleet": ("ece_async.fleet.command", "change many deployments safely: upgrade, apply, restart, resume"),
    "snapshot": ("ece_async.fleet.snapshot", "save a read-only copy of an installation to rehearse on"),
}


class UsageError(ValueError):
    """Bad usage: the message names the flag or environment variable (``--url``, ``ECE_URL``)."""


def stdin_is_terminal() -> bool:
    """Whether someone can answer a question on stdin: a terminal, not cron's /dev/null, a pipe,
    nor a stdin closed with ``<&-`` (where Python leaves ``sys.stdin`` None)."""
    return sys.stdin is not None and sys.stdin.isatty()


class _Parser(argparse.ArgumentParser):
    """Argument errors in one line, as every other usage error: the usage is one ``--help`` away."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        """Help on stdout is written like any output: a closed pipe exits 74 (argparse ignores it)."""
        if file is not None:
            super().print_help(file)
            return
        from .output import Output

        Output().write(self.format_help())  # an OutputError is an exit 74 in main()


class Command(Protocol):
    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _load(name: str) -> Command:
    return cast(Command, importlib.import_module(COMMANDS[name][0]))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command`` (if given) gets its full set of arguments."""
    return _parsers([command] if command else [])[0]


def _parsers(words: list[str]) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top-level parser; only the command (or group and operation) named in ``words`` is built out.

    A tool or short command named on the line gets the parser of that command alone: the
    operation tree (and ``inspect``, which it imports) is left unloaded, as a cold
    ``ece-async audit`` has no use for it.
    """
    parser = _Parser(
        prog="ece-async",
        description="The Elastic Cloud Enterprise API from the command line: every operation of the spec "
        "(ece-async GROUP OPERATION --help) and tools around it.",
    )
    parser.add_argument("--version", action="store_true", help="print the ece-async version and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subs: dict[str, argparse.ArgumentParser] = {}
    command = words[0] if words else None
    roots = {} if command in COMMANDS else _roots()  # a tool's parser lists no short command
    tool = command in COMMANDS or command in roots
    every = not tool and command not in _groups()
    for name, (_module, help_text) in COMMANDS.items():
        if every or name == command:
            sub = subs[name] = subparsers.add_parser(name, help=help_text, description=help_text)
            if name == command:
                _load(name).configure(sub)
    for name, help_text in roots.items():
        if every or name == command:
            sub = subs[name] = subparsers.add_parser(name, help=help_text, description=help_text)
            if name == command:
                _shortcut_parsers(sub.add_subparsers(metavar="COMMAND"), (name,), words[1:], subs)
    for name, tag in ({} if tool else _groups()).items():
        if every or name == command:
            help_text = f"API operations tagged {tag}"
            sub = subs[name] = subparsers.add_parser(name, help=help_text, description=help_text)
            if name == command:
                subs.update(_group_parsers(sub, tag, words[1] if len(words) > 1 else None))
    return parser, subs


def _roots() -> dict[str, str]:
    """The first words of the short commands (``deployment``, ``allocator``...) and their help.

    Their module (the whole table of short commands) is not loaded for a tool such as
    ``ece-async audit``, whose cold start is a benchmark row.
    """
    from .shortcuts import ROOTS

    return ROOTS


def _groups() -> dict[str, str]:
    from .tree import groups

    return groups()


def _shortcut_parsers(
    subparsers: Any, prefix: tuple[str, ...], words: list[str], subs: dict[str, argparse.ArgumentParser]
) -> None:
    """The short commands under ``prefix``; only the one ``words`` names gets its flags."""
    from .shortcuts import configure, under

    following = under(prefix)
    only = words[0] if words and words[0] in following else None
    for word, shortcut in following.items():
        if only is not None and word != only:
            continue  # the chosen one alone: argparse builds a parser per choice
        help_text = shortcut.help if shortcut else f"short commands: {' '.join((*prefix, word))} ..."
        sub = subs[" ".join((*prefix, word))] = subparsers.add_parser(
            word, help=help_text, description=help_text
        )
        chosen = bool(words) and words[0] == word
        if shortcut is None:
            sub.set_defaults(shortcut_help=sub)
            if chosen:
                _shortcut_parsers(sub.add_subparsers(metavar="COMMAND"), (*prefix, word), words[1:], subs)
            continue
        sub.set_defaults(shortcut=shortcut)
        if chosen:
            configure(sub, shortcut)


def _group_parsers(
    parser: argparse.ArgumentParser, tag: str, chosen: str | None
) -> dict[str, argparse.ArgumentParser]:
    """One sub-parser per operation of the group; only ``chosen`` gets its flags (read from the facade)."""
    from .operation import configure, describe
    from .tree import group_name, operation, operation_ids, summary

    ops = parser.add_subparsers(dest="operation", metavar="OPERATION")
    subs: dict[str, argparse.ArgumentParser] = {}
    names = operation_ids(tag)
    known = chosen in names
    if not known:
        _shortcut_parsers(ops, (group_name(tag),), [chosen] if chosen else [], subs)
    for operation_id in names:
        if operation_id != chosen:
            if not known:
                subs[operation_id] = ops.add_parser(operation_id, help=summary(operation_id))
            continue
        op = operation(operation_id)
        sub = subs[operation_id] = ops.add_parser(
            operation_id,
            help=op.summary,
            description=describe(op),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        configure(sub, op)
    return subs


def _words(args: list[str]) -> list[str]:
    """The leading command words (``deployments get-deployment``) before the first flag."""
    words = []
    for arg in args[:3]:
        if arg.startswith("-"):
            break
        words.append(arg)
    return words


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code.  What it printed is flushed here, so a closed pipe is 74."""
    if sys.stdout is None:  # started with stdout closed (`>&-`): writes must fail, not crash on None
        from .output import ClosedStdout

        sys.stdout = ClosedStdout()
    if sys.stderr is None:  # started with stderr closed (`2>&-`): print(file=None) would go to stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # for the process's life
    try:
        code = _main(argv)
    except SystemExit:  # argparse's --help and usage errors: what --help printed must go out too
        if not _flushed():
            raise SystemExit(EXIT_OUTPUT) from None
        raise
    except KeyboardInterrupt:  # e.g. at a confirmation prompt; commands handle it while they run
        print("ece-async: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        return _unwritten(error)
    return code if _flushed() else EXIT_OUTPUT


def _unwritten(error: Exception) -> int:
    """74 with one line for output that could not be written (help, ``--version``); else re-raised."""
    from .output import OutputError, drop_unwritten_stdout

    if not isinstance(error, OutputError):
        raise error
    print(f"ece-async: {error}", file=sys.stderr)
    drop_unwritten_stdout()
    return EXIT_OUTPUT


def console() -> NoReturn:
    """The ``ece-async`` program: :func:`main`, then an exit that skips tearing the interpreter down.

    Freeing every module and object one by one, and a last full garbage
    collection over them, was a sixth of a cold ``ece-async audit --simulate 12``'s
    CPU, spent on a process about to end.  The ``atexit`` handlers (logging,
    exporters) still run and the standard streams are flushed first; ``main``
    itself stays an ordinary function for callers inside a process.
    """
    _collect_less_often()
    code = main()
    atexit._run_exitfuncs()
    if not _flushed():
        code = EXIT_OUTPUT
    if sys.stderr is not None:
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass  # a closed or broken stderr has nothing left to say
    os._exit(code)


#: The first-generation garbage collection threshold of the ``ece-async`` process (CPython: 700).
CLI_GEN0_THRESHOLD = 50_000


def _collect_less_often() -> None:
    """A command's start is imports, whose classes and functions all stay alive: collecting
    every 700 allocations scanned them over and over, ~5% of a cold ``ece-async audit
    --simulate 12``.  Cycles are still collected, every 50,000 allocations, for the
    process's life (a command is one short run; the audit raises it further while it runs)."""
    gen0, *older = gc.get_threshold()
    gc.set_threshold(max(gen0, CLI_GEN0_THRESHOLD), *older)


def _flushed() -> bool:
    """Whether stdout took everything written to it; if not, say so and silence the exit's flush."""
    if sys.stdout is None:  # started with stdout closed (``>&-``): nothing went out, the command said so
        return True
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as error:
        print(
            f"ece-async: cannot write to stdout: {getattr(error, 'strerror', None) or error}", file=sys.stderr
        )
        from .output import drop_unwritten_stdout

        drop_unwritten_stdout()
        return False
    return True


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser, subs = _parsers(_words(args_list))
    args, extra = parser.parse_known_args(args_list)
    if extra:
        # Reported under the command's own usage, not the top-level one.
        # Only flag names are echoed: a stray value may be a secret typed after a misspelt flag.
        target = _chosen_parser(args, subs, parser)
        flags = [a.split("=", 1)[0] for a in extra if a.startswith("-")]
        values = len(extra) - len(flags)
        shown = " ".join(flags) + (f" (and {values} value{'s' if values > 1 else ''})" if values else "")
        (target or parser).error(f"unrecognized arguments: {shown.strip()}")
    if args.version:
        from .. import __version__
        from .output import Output

        Output().write(__version__ + "\n")
        return 0
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command in COMMANDS:
            return int(_load(args.command).run(args) or 0)
        if getattr(args, "shortcut", None) is not None:
            from .shortcuts import run

            return run(args.shortcut, args)
        if getattr(args, "shortcut_help", None) is not None or getattr(args, "operation", 0) is None:
            _chosen_parser(args, subs, parser).print_help()
            return EXIT_USAGE
        return _run_generated(args)
    except UsageError as exc:
        print(f"ece-async {_command_words(args)}: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _command_words(args: argparse.Namespace) -> str:
    """The command as typed: ``deployment plan cancel``, ``deployments get-deployment``, ``audit``."""
    if getattr(args, "shortcut", None) is not None:
        return " ".join(args.shortcut.words)
    operation = getattr(args, "operation", None)
    return f"{args.command} {operation}" if operation else str(args.command)


def _chosen_parser(
    args: argparse.Namespace, subs: dict[str, argparse.ArgumentParser], parser: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """The parser of the command that was chosen, deepest first (for its usage and help)."""
    if getattr(args, "shortcut", None) is not None:
        return subs[" ".join(args.shortcut.words)]
    if getattr(args, "shortcut_help", None) is not None:
        chosen: argparse.ArgumentParser = args.shortcut_help
        return chosen
    name = getattr(args, "operation", None) or args.command
    return subs.get(name, parser) if name else parser


def _run_generated(args: argparse.Namespace) -> int:
    from .execute import follow_for, run_operation
    from .operation import arguments
    from .tree import operation

    op = operation(args.operation)
    kwargs = arguments(op, args)
    return run_operation(op, kwargs, args, follow_for(args, kwargs))


if __name__ == "__main__":
    sys.exit(main())
