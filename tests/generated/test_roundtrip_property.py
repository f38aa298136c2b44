"""Property: any payload shaped like a model (or breaking its spec) round-trips exactly.

Payloads are drawn from each model's own field table, then broken the ways real
ECE servers break the spec: fields missing, nulls anywhere, extra keys, enum
values the spec does not list, values of the wrong JSON type.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ece_async import models

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
EXTRA_KEYS = st.dictionaries(st.text(min_size=1, max_size=6).map(lambda k: f"x-{k}"), ANY_JSON, max_size=2)

ROOTS = [
    "DeploymentGetResponse",
    "DeploymentUpdateRequest",
    "DeploymentCreateRequest",
    "DeploymentTemplateInfoV2",
    "DeploymentsSearchResponse",
    "AllocatorInfo",
    "ChartItems",
]


def _value(kind: Any, depth: int) -> st.SearchStrategy[Any]:
    if kind is None:
        return ANY_JSON
    if isinstance(kind, str):
        return _object(kind, depth + 1) if depth < 3 else st.just({})
    tag, inner = kind
    if tag == "enum":
        members = [m.value for m in getattr(models, inner)]
        return st.sampled_from(members) | st.text(min_size=1, max_size=10) | st.integers()
    return st.lists(_value(inner, depth), max_size=2)


def _object(name: str, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    cls = getattr(models, name)
    fields = {
        json_key: st.one_of(_value(kind, depth), st.none(), ANY_JSON)
        for _, json_key, kind in cls.__ece_fields__
    }
    present = st.fixed_dictionaries({}, optional=fields)
    return st.builds(lambda d, extra: {**extra, **d}, present, EXTRA_KEYS)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_model_payload_round_trips(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(ROOTS))
    payload = data.draw(_object(name, 0))
    cls = getattr(models, name)
    assert cls.from_dict(payload).to_dict() == payload


@settings(max_examples=50, deadline=None)
@given(payload=st.dictionaries(st.text(max_size=10), ANY_JSON, max_size=6))
def test_arbitrary_json_objects_round_trip(payload: dict[str, Any]) -> None:
    assert models.DeploymentGetResponse.from_dict(payload).to_dict() == payload
