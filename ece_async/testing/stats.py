"""Request counters, so tests can assert on what a client actually did."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs


@attrs.define
class SimulatorStats:
    """Counters since the simulator started (or since :meth:`reset`).

    ``requests`` and ``faults_by_operation`` are keyed by operationId
    (``"unknown"`` for paths the spec does not have); ``faults`` by injected
    fault kind: ``latency``, ``drop``, ``html``, ``error``, ``rate_limit``,
    ``malformed``, ``concurrent_change``; ``rejected`` counts refused credentials by reason
    (``unauthenticated``, ``token_expired``).  ``statuses`` counts the HTTP
    statuses sent (dropped connections have none).

    ``max_in_flight`` is the most requests being handled at once: each one
    yields to the event loop once before it is handled, so requests that
    arrive together are seen together; fault ``latency`` keeps them in flight
    longer, which makes a client's concurrency limit fully visible.
    """

    requests: Counter[str] = attrs.field(factory=Counter)
    statuses: Counter[int] = attrs.field(factory=Counter)
    faults: Counter[str] = attrs.field(factory=Counter)
    rejected: Counter[str] = attrs.field(factory=Counter)
    faults_by_operation: dict[str, Counter[str]] = attrs.field(factory=dict)
    #: Per deployment id: update-deployment requests that asked for a change (not ``validate_only``),
    #: whatever became of them, and the ones that changed the deployment (what "written twice" counts).
    update_requests: Counter[str] = attrs.field(factory=Counter)
    writes: Counter[str] = attrs.field(factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def begin(self, operation_id: str) -> None:
        self.requests[operation_id] += 1
        self.in_flight += 1
        if self.in_flight > self.max_in_flight:
            self.max_in_flight = self.in_flight

    def end(self, status: int | None) -> None:
        self.in_flight -= 1
        if status is not None:
            self.statuses[status] += 1

    def fault(self, operation_id: str, kind: str) -> None:
        self.faults[kind] += 1
        self.faults_by_operation.setdefault(operation_id, Counter())[kind] += 1

    def reset(self) -> None:
        """Zero every counter (``in_flight`` keeps counting requests still running)."""
        self.requests.clear()
        self.statuses.clear()
        self.faults.clear()
        self.rejected.clear()
        self.faults_by_operation.clear()
        self.update_requests.clear()
        self.writes.clear()
        self.max_in_flight = self.in_flight

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready copy (what ``GET /_simulator/stats`` serves)."""
        return {
            "total": self.total,
            "requests": dict(self.requests),
            "statuses": {str(k): v for k, v in self.statuses.items()},
            "faults": dict(self.faults),
            "rejected": dict(self.rejected),
            "faults_by_operation": {k: dict(v) for k, v in self.faults_by_operation.items()},
            "update_requests": dict(self.update_requests),
            "writes": dict(self.writes),
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
        }
