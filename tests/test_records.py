"""The public records (``ece_async._record``): attrs classes that behave as the hand-made ones did.

Immutable with an error naming the class and the way out, ``replace()`` checked like the
constructor, equal and hashable by value, a repr of their fields, pickled whole, and built
positionally in the order users have relied on.
"""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest

from ece_async import ErrorDetail, Hooks, RequestEnd, RequestStart, RetryPolicy, Timeout
from ece_async.audit import Finding
from ece_async.audit.profiles import Credentials
from ece_async.errors import ConfigurationError, ECEError
from ece_async.plans import PlanStep
from ece_async.testing import FaultConfig

RECORDS: list[Any] = [
    RetryPolicy(max_attempts=2, retry_statuses=[503]),  # type: ignore[arg-type]  # converted
    Timeout(5.0, 1.0, 2.0),
    ErrorDetail("clusters.cluster_not_found", "no such cluster", ("id",)),
    Hooks(on_retry=print),
    RequestStart("get-deployment", "GET", "https://ece/api/v1/deployments/x", 1),
    RequestEnd("get-deployment", "GET", "https://ece/x", 2, 503, ECEError("boom"), 0.25),
    PlanStep("elasticsearch", "main", "a1", "step", "error", "completed", "t0", "t1"),
    Finding("unhealthy", "critical", "deployment is unhealthy"),
    FaultConfig(error_rate=0.5, routes={"/billing/*": FaultConfig(latency=1.0)}),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_assigning_or_deleting_a_field_says_the_record_is_immutable(record: Any) -> None:
    name = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError, match=rf"{type(record).__name__} is immutable"):
        setattr(record, name, None)
    with pytest.raises(AttributeError, match=r"\.replace\("):
        delattr(record, name)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_equal_hashable_pickled_and_shown_by_value(record: Any) -> None:
    copy = record.replace()
    assert copy == record and copy is not record
    if not isinstance(record, FaultConfig):  # routes (a dict) is compared but not hashed
        assert hash(copy) == hash(record)
    if isinstance(record, RequestEnd):  # an exception compares by identity: pickling makes another
        assert pickle.loads(pickle.dumps(record)).status == record.status
    elif not isinstance(record, Hooks):  # print pickles by name; the others must round-trip equal
        assert pickle.loads(pickle.dumps(record)) == record
    first = attrs.fields(type(record))[0].name
    assert repr(record).startswith(f"{type(record).__name__}({first}=")


def test_replace_changes_one_field_and_checks_it_like_the_constructor() -> None:
    policy = RetryPolicy(max_attempts=2)
    assert policy.replace(deadline=None) == RetryPolicy(max_attempts=2, deadline=None)
    assert policy.replace(retry_statuses=[500]).retry_statuses == frozenset({500})  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_attempts"):
        policy.replace(max_attempts=0)
    with pytest.raises(TypeError):
        policy.replace(no_such_field=1)
    with pytest.raises(ValueError, match="error_rate"):
        FaultConfig().replace(error_rate=2.0)


def test_positional_order_is_the_documented_one() -> None:
    assert Timeout(1.0, 2.0, 3.0) == Timeout(total=1.0, connect=2.0, read=3.0)
    assert ErrorDetail("c", "m") == ErrorDetail(code="c", message="m", fields=())
    assert RetryPolicy(3, 10.0) == RetryPolicy(max_attempts=3, deadline=10.0)
    assert RequestStart("op", "GET", "u", 1).attempt == 1


def test_converted_fields_are_normalised() -> None:
    policy = RetryPolicy(max_retry_after=5, retry_budget=10)  # ints accepted, kept as floats
    assert type(policy.max_retry_after) is float and type(policy.retry_budget) is float
    config = FaultConfig(error_statuses=[503])  # type: ignore[arg-type]  # converted
    assert config.error_statuses == (503,) and hash(config) == hash(FaultConfig(error_statuses=(503,)))


def test_credentials_never_show_their_secrets() -> None:
    shown = repr(Credentials(api_key="s3cr3t-key", username="admin", password="pa55word"))
    assert "s3cr3t" not in shown and "pa55word" not in shown and "admin" in shown
