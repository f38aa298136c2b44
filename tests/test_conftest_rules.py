"""The rules of tests/conftest.py: shared_spec tests skip with a reason locally and fail under
ECE_REQUIRE_SHARED=1; packaging tests run only with --packaging."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parent / "conftest.py"

INI = """
[pytest]
asyncio_default_fixture_loop_scope = function
markers =
    shared_spec: reads ../shared
    packaging: builds the distribution
"""

TESTS = """
import pytest

@pytest.mark.shared_spec
def test_reads_shared():
    pass

@pytest.mark.shared_spec
def test_reads_a_missing_sample():
    pytest.skip("sample x.json is not present")

def test_unmarked_skip():
    pytest.skip("not about ../shared")

@pytest.mark.packaging
def test_builds_a_wheel():
    pass
"""


@pytest.fixture
def checkout(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository copy at <tmp>/repo with the suite's conftest; ../shared is <tmp>/shared."""
    monkeypatch.delenv("ECE_REQUIRE_SHARED", raising=False)
    tests = pytester.path / "repo" / "tests"
    tests.mkdir(parents=True)
    (tests / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"), encoding="utf-8")
    (tests / "test_x.py").write_text(TESTS, encoding="utf-8")
    (pytester.path / "repo" / "pytest.ini").write_text(INI, encoding="utf-8")
    return pytester.path / "repo"


def run(pytester: pytest.Pytester, checkout: Path, *args: str) -> pytest.RunResult:
    return pytester.runpytest(
        str(checkout), "-rs", "-p", "no:cacheprovider", "-p", "no:hypothesispytest", *args
    )


def test_absent_shared_skips_with_the_reason(pytester: pytest.Pytester, checkout: Path) -> None:
    result = run(pytester, checkout)
    result.assert_outcomes(skipped=3)
    result.stdout.fnmatch_lines(["*shared_spec: needs */shared/ece-api (the ECE spec and real payloads*"])


def test_present_shared_runs(pytester: pytest.Pytester, checkout: Path) -> None:
    (pytester.path / "shared" / "ece-api").mkdir(parents=True)
    run(pytester, checkout).assert_outcomes(passed=1, skipped=2)


def test_required_shared_turns_marked_skips_into_failures(
    pytester: pytest.Pytester, checkout: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ECE_REQUIRE_SHARED", "1")
    result = run(pytester, checkout)
    result.assert_outcomes(errors=2, skipped=1)  # the unmarked skip stays a skip
    result.stdout.fnmatch_lines(
        ["*ECE_REQUIRE_SHARED=1 but this shared_spec test skipped: *shared_spec: needs*"]
    )

    (pytester.path / "shared" / "ece-api").mkdir(parents=True)
    result = run(pytester, checkout)
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*shared_spec test skipped: sample x.json is not present*"])


def test_packaging_tests_run_only_when_asked(pytester: pytest.Pytester, checkout: Path) -> None:
    (pytester.path / "shared" / "ece-api").mkdir(parents=True)
    result = run(pytester, checkout)
    result.assert_outcomes(passed=1, skipped=2, deselected=1)
    run(pytester, checkout, "--packaging").assert_outcomes(passed=2, skipped=2)


def test_every_test_has_a_time_limit(pytestconfig: pytest.Config) -> None:
    # pytest-timeout with the project's default: a test stuck in a loop fails instead of hanging CI.
    assert pytestconfig.pluginmanager.hasplugin("timeout")
    assert 0 < float(pytestconfig.getini("timeout")) <= 120
