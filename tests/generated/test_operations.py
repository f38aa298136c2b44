"""The generated layer is complete: every operation of the spec, each importable and callable."""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
from pathlib import Path

import pytest

from ece_async._generated import OPERATION_COUNT, OPERATIONS, SPEC_SHA256, ApiNamespaces

from .conftest import ROOT


@pytest.mark.shared_spec
def test_operations_match_the_spec_operation_ids(current_spec: Path) -> None:
    spec = json.loads(current_spec.read_text(encoding="utf-8"))
    spec_ops = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(spec_ops) == 274
    assert set(OPERATIONS) == set(spec_ops)
    for operation_id, (_, _, method, path) in OPERATIONS.items():
        assert (method, path) == spec_ops[operation_id], operation_id


@pytest.mark.shared_spec
def test_generated_from_the_recorded_spec(current_spec: Path) -> None:
    assert hashlib.sha256(current_spec.read_bytes()).hexdigest() == SPEC_SHA256


def test_spec_record_in_swagger_dir_matches_the_generated_package() -> None:
    record = (ROOT / "swagger" / "spec.sha256").read_text(encoding="utf-8").split()[0]
    assert record == SPEC_SHA256


def test_every_operation_module_exposes_pure_builders() -> None:
    assert len(OPERATIONS) == OPERATION_COUNT == 274
    for operation_id, (tag, module_name, method, path) in OPERATIONS.items():
        module = importlib.import_module(f"ece_generated.api.{tag}.{module_name}")
        assert module.OPERATION_ID == operation_id
        assert (module.METHOD, module.PATH) == (method, path)
        assert callable(module.build_request) and callable(module.parse_response)
        assert isinstance(module.ERROR_CODES, dict)


def test_every_operation_is_reachable_on_its_tag_namespace() -> None:
    api = ApiNamespaces(transport=None)  # type: ignore[arg-type]  # namespaces are built lazily
    for operation_id, (tag, module_name, _, _) in OPERATIONS.items():
        namespace = getattr(api, tag)
        for name in (module_name, f"{module_name}_detailed"):
            method = getattr(namespace, name, None)
            assert method is not None and inspect.iscoroutinefunction(method), (operation_id, name)


def test_billing_charts_endpoints_are_generated() -> None:
    assert OPERATIONS["get-costs-charts"][0] == "billing_costs_analysis"
    assert OPERATIONS["get-costs-charts-by-deployment"][0] == "billing_costs_analysis"
