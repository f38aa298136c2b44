"""Command-line startup: ``ece-async --help`` and one operation's ``--help``, against ``python -c pass``.

The command tree covers every operation of the spec, but only the named
command's module is imported and only its parser built, so help must stay
quick however large the spec grows.  Each command runs ``--runs`` times (median
of at least 3) in a fresh interpreter, with ``python -c pass`` measured in the
same run as the baseline.

A benchmark, not a test: the numbers depend on the machine.  It exits 1 when a
median exceeds ``--limit`` seconds (200 ms) above nothing, i.e. the baseline
interpreter start plus the limit scaled by how much slower than 25 ms that
start is on this machine (a loaded machine slows both alike).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "ece-async --help": ["-m", "ece_async.cli", "--help"],
    "ece-async deployments get-deployment --help": [
        "-m",
        "ece_async.cli",
        "deployments",
        "get-deployment",
        "--help",
    ],
    "ece-async deployment show --help": ["-m", "ece_async.cli", "deployment", "show", "--help"],
}
#: The interpreter start the 200 ms target was set against (this machine, idle).
REFERENCE_START = 0.025


def wall(argv: list[str], runs: int) -> float:
    """Median wall seconds of ``python argv`` over ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *argv], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="processes per command (median; at least 3)")
    parser.add_argument("--limit", type=float, default=0.200, help="seconds allowed (default 0.2)")
    args = parser.parse_args()
    runs = max(args.runs, 3)
    baseline = wall(["-c", "pass"], runs)
    slowdown = max(1.0, baseline / REFERENCE_START)
    limit = args.limit * slowdown
    print(f"python -c pass: {baseline * 1000:.0f} ms (median of {runs}); limit {limit * 1000:.0f} ms")
    failed = False
    for name, argv in COMMANDS.items():
        seconds = wall(argv, runs)
        verdict = "ok" if seconds <= limit else "TOO SLOW"
        failed |= seconds > limit
        print(f"{name}: {seconds * 1000:.0f} ms ({seconds / baseline:.1f}x python -c pass) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
