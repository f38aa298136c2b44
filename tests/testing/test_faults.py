"""The fault injector without HTTP: what it remembers to keep its draws reproducible is bounded."""

from __future__ import annotations

import pytest

from ece_async.testing import FaultConfig, faults
from ece_async.testing.faults import FaultInjector


def _get(injector: FaultInjector, n: int, operation: str = "get-deployment") -> str | None:
    return injector.decide(operation, "GET", f"/deployments/{n}", "", b"").kind


def test_a_route_fault_leaves_the_other_routes_undrawn_and_unremembered() -> None:
    injector = FaultInjector(FaultConfig(routes={"get-costs-overview": FaultConfig(error_rate=1.0)}), 1)
    assert [_get(injector, n) for n in range(100)] == [None] * 100
    assert injector.remembered == 0
    assert _get(injector, 0, "get-costs-overview") == "error"
    assert injector.remembered == 1


def test_the_requests_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running simulator with faults meets ever new requests (cursors, ids): it keeps the
    counts of the latest ones, so a rerun is still reproducible for any run shorter than that."""
    monkeypatch.setattr(faults, "REMEMBERED_REQUESTS", 10)
    injector = FaultInjector(FaultConfig(error_rate=0.5), 1)
    first = [_get(injector, n % 5) for n in range(20)]
    assert injector.remembered == 5
    for n in range(100, 200):
        _get(injector, n)
    assert injector.remembered == 10
    again = FaultInjector(FaultConfig(error_rate=0.5), 1)
    assert [_get(again, n % 5) for n in range(20)] == first
