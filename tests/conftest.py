"""Suite-wide rules: tests that read ``../shared``, the packaging tests, and the pytester fixture.

Tests that read the spec or real payloads in ``../shared/ece-api`` (beside the repository,
never committed) carry ``@pytest.mark.shared_spec``. Where that folder is absent they skip,
saying so; with ``ECE_REQUIRE_SHARED=1`` (set by ``.ci/run``) a marked test that skips, for
that or any other reason, fails instead, so CI cannot go green without having read them.

Tests marked ``packaging`` build and install the distribution (minutes of pip, and the package
index): they are deselected unless pytest runs with ``--packaging`` (``make check-package``).
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

SHARED_API = Path(__file__).resolve().parents[2] / "shared" / "ece-api"
REQUIRE_SHARED = "ECE_REQUIRE_SHARED"


def shared_required() -> bool:
    return os.environ.get(REQUIRE_SHARED, "") not in ("", "0")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--packaging", action="store_true", help="run the packaging tests too (make check-package)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--packaging"):
        return
    deselected = [item for item in items if item.get_closest_marker("packaging") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item.get_closest_marker("packaging") is None]


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("shared_spec") is not None and not SHARED_API.is_dir():
        pytest.skip(f"shared_spec: needs {SHARED_API} (the ECE spec and real payloads, never committed)")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.skipped and shared_required() and item.get_closest_marker("shared_spec") is not None:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"{REQUIRE_SHARED}=1 but this shared_spec test skipped: {reason}"
    return report
