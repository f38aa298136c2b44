"""The progress line: a stage before the first row, a rate only once it means something."""

from __future__ import annotations

import io

from ece_async.audit.progress import ProgressBar


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _bar() -> tuple[ProgressBar, Clock, io.StringIO]:
    clock, out = Clock(), io.StringIO()
    return ProgressBar(out, enabled=True, clock=clock), clock, out


def test_a_line_shows_while_the_fleet_is_built_and_listed() -> None:
    bar, clock, out = _bar()
    bar.stage("building a simulated fleet of 20000 deployments")
    assert out.getvalue().endswith("building a simulated fleet of 20000 deployments... 0s\x1b[K")
    clock.now += 7
    bar.stage("listing deployments")
    clock.now += 4
    bar.tick()
    assert out.getvalue().endswith("\rlisting deployments... 4s\x1b[K")


def test_no_eta_until_a_rate_exists() -> None:
    bar, clock, _ = _bar()
    bar.stage("listing deployments")
    clock.now += 11  # a slow listing: not counted in the rate
    bar.update(1, 20_000)
    assert "ETA" not in bar.line(clock.now) and "/s" not in bar.line(clock.now)
    clock.now += 0.5
    bar.update(300, 20_000)
    assert "ETA" not in bar.line(clock.now)  # 300 rows, but in half a second
    clock.now += 1.5
    bar.update(2000, 20_000)
    line = bar.line(clock.now)
    assert "1000/s" in line and "ETA 18s" in line, line
    assert line.endswith("0 retries")
    bar.retries = 1
    assert bar.line(clock.now).endswith("1 retry")
