"""Models and operations load on first use, so ``import ece_async`` stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SCRIPT = """
import json, sys
import ece_async
before = sorted(m for m in sys.modules if m.startswith("ece_generated."))
from ece_async import models
cls = models.DeploymentGetResponse
after = sorted(m for m in sys.modules if m.startswith("ece_generated.models."))
print(json.dumps({"before": before, "after": after, "name": cls.__name__}))
"""


def test_import_loads_no_model_or_operation_modules() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    assert not [m for m in report["before"] if m.startswith(("ece_generated.models.", "ece_generated.api."))]
    assert report["after"] == ["ece_generated.models.deployment_get_response"]
    assert report["name"] == "DeploymentGetResponse"


def test_models_namespace_lists_every_model_without_importing_them() -> None:
    from ece_async import models

    names = dir(models)
    assert "DeploymentGetResponse" in names and "SearchRequest" in names
    assert len(names) > 600


ENCODE = """
import json, sys
from ece_async.models import SearchRequest, SearchRequestSortItem
from ece_async._generated import build_request
body = SearchRequest(size=500, sort=[SearchRequestSortItem(additional_properties={"id": "asc"})])
sent = build_request("search-deployments", body=body).json
loaded = sorted(m for m in sys.modules if m.startswith("ece_generated.models."))
print(json.dumps({"sent": sent, "loaded": loaded}))
"""


def test_a_body_encodes_without_loading_the_models_of_fields_it_leaves_out() -> None:
    """The audit's first search body: its query DSL (twenty models) is never imported or compiled."""
    out = subprocess.run([sys.executable, "-c", ENCODE], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    assert report["sent"] == {"size": 500, "sort": [{"id": "asc"}]}
    assert report["loaded"] == [
        "ece_generated.models.search_request",
        "ece_generated.models.search_request_sort_item",
    ]


ORDERS = """
import json, sys
from ece_generated._convert import decode
from ece_async.models import SearchRequest
query = {"bool": {"must": [{"match_all": {}}]}}
data = {"query": query, "size": 1}
def lazy_child():
    outer = decode("SearchRequest", data)
    outer.size = 1  # touched: encoded field by field, its query still a lazy child
    return outer
makers = {
    "dict": lambda: SearchRequest(query=dict(query), size=1),
    "lazy": lazy_child,
    "eager": lambda: SearchRequest.from_dict(data),
}
print(json.dumps([makers[name]().to_dict() for name in sys.argv[1:]]))
"""


@pytest.mark.parametrize("first", ["dict", "lazy", "eager"])
def test_a_model_field_encodes_the_same_whatever_its_first_value_was(first: str) -> None:
    """A field binds its model's encoder at its first value (see ``_encode_model``): a dict in
    the model's place, a lazy child or a decoded model first, every later value encodes alike."""
    order = [first, *(name for name in ("dict", "lazy", "eager") if name != first)]
    done = subprocess.run([sys.executable, "-c", ORDERS, *order], capture_output=True, text=True, check=True)
    expected = {"query": {"bool": {"must": [{"match_all": {}}]}}, "size": 1}
    assert json.loads(done.stdout) == [expected] * 3
