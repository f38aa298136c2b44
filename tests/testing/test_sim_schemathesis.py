"""An independent check: Schemathesis fuzzes the simulator's modelled operations from the spec.

Schemathesis (not our generated models) turns the spec into requests; every
response must be JSON of the documented content type, never a 5xx, and conform
to the spec: documented statuses match their schema (Schemathesis' own check)
and our stricter checker (no undeclared keys), errors are ``BasicFailedReply``
with an error code the spec documents for that status.  Bounded to a few
examples per operation so it stays in the suite (well under a minute).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ece_async._generated import OPERATIONS
from ece_async.testing import ECESimulator
from ece_async.testing.conformance import error_code_problems, problems
from ece_async.testing.routes import all_routes

SPEC = Path(__file__).resolve().parents[3] / "shared" / "ece-api" / "swagger-ece-ms112.json"
EXAMPLES_PER_OPERATION = 8

pytestmark = pytest.mark.shared_spec


@pytest.fixture(scope="module")
def simulator() -> Iterator[ECESimulator]:
    """A simulator on its own thread: Schemathesis calls it with blocking requests."""
    ready = threading.Event()
    stop = threading.Event()
    box: dict[str, ECESimulator] = {}

    async def serve() -> None:
        async with ECESimulator(20, seed=3, speed=0) as sim:
            box["sim"] = sim
            ready.set()
            while not stop.is_set():  # noqa: ASYNC110 - a threading.Event, set from another thread
                await asyncio.sleep(0.02)

    thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
    thread.start()
    assert ready.wait(30)
    yield box["sim"]
    stop.set()
    thread.join(10)


def _response_problems(
    operation_id: str, status: int, body: Any, header: str | None, model: str | None
) -> list[str]:
    if status >= 500:
        return [f"{status}: a server error"]
    if status >= 400:
        found = problems("BasicFailedReply", body)
        return found + error_code_problems(operation_id, status, body, header)
    return problems(model, body) if model else []


def _header(headers: Any, name: str) -> str | None:
    """One header value (Schemathesis keeps a list of values per name)."""
    value = headers.get(name)
    return value[0] if isinstance(value, list) and value else value


def _success_model(operation_id: str, status: int) -> str | None:
    import importlib

    tag, module, _method, _path = OPERATIONS[operation_id]
    kinds = importlib.import_module(f"ece_generated.api.{tag}.{module}").RESPONSE_KINDS
    kind = kinds.get(status)
    return kind if isinstance(kind, str) else None


def test_modelled_operations_conform_under_schemathesis(simulator: ECESimulator) -> None:
    if not SPEC.is_file():
        pytest.skip(f"{SPEC} is not present")
    import schemathesis

    schema = schemathesis.openapi.from_path(str(SPEC))
    modelled = {operation_id for operation_id, _ in all_routes()}
    operations = [result.ok() for result in schema.get_all_operations()]
    operations = [op for op in operations if op.definition.raw.get("operationId") in modelled]
    assert len(operations) == len(modelled)
    failures: dict[str, str] = {}
    for operation in operations:
        _exercise(operation, operation.definition.raw["operationId"], simulator, failures)
    assert failures == {}


def _exercise(operation: Any, operation_id: str, simulator: ECESimulator, failures: dict[str, str]) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis import checks

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def exercise(case: Any) -> None:
        response = case.call(base_url=simulator.api_url, headers=simulator.headers, timeout=10)
        try:
            case.validate_response(
                response,
                checks=[
                    checks.not_a_server_error,
                    checks.content_type_conformance,
                    checks.response_schema_conformance,
                    checks.response_headers_conformance,
                ],
            )
        except Exception as exc:  # Schemathesis' failure group: keep the first line
            failures.setdefault(operation_id, f"{response.status_code}: {str(exc).splitlines()[0]}")
            return
        body = response.json() if response.content else None
        found = _response_problems(
            operation_id,
            response.status_code,
            body,
            _header(response.headers, "x-cloud-error-codes"),
            _success_model(operation_id, response.status_code),
        )
        if found:
            failures.setdefault(operation_id, f"{response.status_code}: {found[0]}")

    exercise()
