"""Response bodies decode lazily; a lazy model must be indistinguishable from an eager one."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ece_async import MissingFieldError, models
from ece_generated._convert import converter, decode

from .conftest import FIXTURES

DATA: dict[str, Any] = json.loads((FIXTURES / "deployment_broken_get.json").read_text(encoding="utf-8"))


def _lazy() -> Any:
    return decode("DeploymentGetResponse", copy.deepcopy(DATA))


def test_lazy_model_is_an_instance_that_decodes_on_first_read() -> None:
    lazy = _lazy()
    assert isinstance(lazy, models.DeploymentGetResponse)
    assert type(lazy).__name__ == "DeploymentGetResponse"
    assert lazy.name == "spec-breaking deployment"
    assert not type(lazy).__dict__.get("__ece_lazy__")  # switched out of the lazy class once touched,
    assert type(lazy).__bases__ == (models.DeploymentGetResponse,)  # to the one of instances missing a field
    complete = decode("DeploymentGetResponse", {"id": "d", "name": "n", "healthy": True, "resources": {}})
    assert complete.id == "d" and type(complete) is models.DeploymentGetResponse
    es = lazy.resources.elasticsearch[0]
    assert es.info.status.value == "hibernating" and not es.info.status.is_known
    assert lazy.additional_properties == {"x_added_by_a_newer_ece": {"anything": [1, 2, 3]}}


def test_lazy_and_eager_compare_print_and_serialise_alike() -> None:
    eager = models.DeploymentGetResponse.from_dict(DATA)
    assert _lazy() == eager
    assert eager == _lazy()
    assert not (_lazy() != eager)
    assert repr(_lazy()) == repr(eager)
    assert _lazy().to_dict() == DATA
    assert converter.unstructure(_lazy()) == DATA
    assert pickle.loads(pickle.dumps(_lazy())) == eager
    assert copy.deepcopy(_lazy()) == eager and copy.copy(_lazy()) == eager
    assert "healthy=<missing>" in repr(_lazy())  # required, left out by the server
    complete = {**DATA, "healthy": True}
    assert attrs.asdict(decode("DeploymentGetResponse", complete), recurse=False) == attrs.asdict(
        models.DeploymentGetResponse.from_dict(complete), recurse=False
    )


def test_untouched_to_dict_is_a_copy_not_the_servers_object() -> None:
    raw = copy.deepcopy(DATA)
    lazy = decode("DeploymentGetResponse", raw)
    out = lazy.to_dict()
    out["resources"]["elasticsearch"][0]["ref_id"] = "mutated"
    assert lazy.resources.elasticsearch[0].ref_id == "main-elasticsearch"


def test_writes_before_any_read_are_kept() -> None:
    lazy = _lazy()
    lazy.name = "renamed"
    assert lazy.name == "renamed" and lazy.id == DATA["id"]
    assert lazy.to_dict() == {**DATA, "name": "renamed"}
    child = _lazy().resources
    child.kibana = []
    assert child.to_dict()["kibana"] == []


def test_evolve_and_missing_attributes_behave() -> None:
    changed = attrs.evolve(decode("DeploymentGetResponse", {**DATA, "healthy": True}), name="copy")
    assert changed.name == "copy" and changed.id == DATA["id"]
    with pytest.raises(MissingFieldError, match="healthy"):  # a copy must not invent the left-out field
        attrs.evolve(_lazy(), name="copy")
    lazy = _lazy()
    assert not hasattr(lazy, "no_such_field")
    assert getattr(lazy, "__deepcopy_hook__", None) is None


def test_lists_of_models_decode_lazily_too() -> None:
    items = decode(("list", "DeploymentTemplateInfoV2"), [{"id": "a", "x": 1}, "not-an-object"])
    assert isinstance(items[0], models.DeploymentTemplateInfoV2) and items[1] == "not-an-object"
    assert items[0].id == "a" and items[0].additional_properties == {"x": 1}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=100, deadline=None)
@given(
    payload=st.fixed_dictionaries(
        {},
        optional={
            "id": JSON,
            "name": JSON,
            "resources": st.fixed_dictionaries(
                {}, optional={"elasticsearch": st.lists(JSON | st.just({}), max_size=2)}
            ),
            "metadata": JSON,
            "extra": JSON,
        },
    ),
    touch=st.booleans(),
)
def test_lazy_equals_eager_for_any_payload(payload: dict[str, Any], touch: bool) -> None:
    lazy = decode("DeploymentGetResponse", copy.deepcopy(payload))
    if touch:
        _ = getattr(lazy, "resources", None)
    eager = models.DeploymentGetResponse.from_dict(payload)
    assert lazy.to_dict() == payload == eager.to_dict()
    assert lazy == eager
