"""Shared paths for the generated-layer tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "ece-api"
SAMPLES = SHARED / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CURRENT_SPEC = SHARED / "swagger-ece-ms112.json"


_SHARED_FIXTURES = {"samples_dir", "current_spec"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that read ../shared (through these fixtures) carry the ``shared_spec`` marker."""
    for item in items:
        if _SHARED_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.shared_spec)


@pytest.fixture
def samples_dir() -> Path:
    """The real server payloads of ../shared/ece-api/samples (skips where absent)."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/ece-api/samples is not present")
    return SAMPLES


@pytest.fixture
def current_spec() -> Path:
    if not CURRENT_SPEC.is_file():
        pytest.skip("../shared/ece-api/swagger-ece-ms112.json is not present")
    return CURRENT_SPEC
