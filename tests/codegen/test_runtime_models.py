"""The model engine and transport types (ece_codegen.runtime: _convert.py, types.py), without generated code.

Kinds may name classes directly, so these tests declare their own small models.
"""

from __future__ import annotations

import pickle
from typing import Any

import attrs

from ece_codegen.runtime._convert import Model, OpenEnum, decode, jsonable
from ece_codegen.runtime.types import UNSET, File, Request, Response, Unset


class Color(OpenEnum):
    RED = "red"


@attrs.define
class Leaf(Model):
    name: str | Unset = UNSET
    color: Color | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    __ece_fields__ = (("name", "name", None), ("color", "color", ("enum", Color)))
    __ece_extra__ = None


@attrs.define
class Tree(Model):
    leaves: list[Leaf] | Unset | None = UNSET
    root: Leaf | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    __ece_fields__ = (("leaves", "leaves", ("list", Leaf)), ("root", "root", Leaf))
    __ece_extra__ = None


def test_decoding_is_tolerant_and_faithful() -> None:
    data = {"leaves": [{"name": "a", "color": "blue"}, 3], "root": None, "new": {"x": 1}}
    tree = Tree.from_dict(data)
    assert isinstance(tree.leaves, list)
    first = tree.leaves[0]
    assert isinstance(first, Leaf) and first.color == "blue" and not Color("blue").is_known
    assert tree.leaves[1] == 3 and tree.root is None
    assert tree.additional_properties == {"new": {"x": 1}}
    assert tree.to_dict() == data


def test_lazy_decoding_matches_eager() -> None:
    data = {"leaves": [{"name": "a"}], "root": {"color": "red"}}
    lazy = decode(Tree, data)
    assert isinstance(lazy, Tree) and lazy.to_dict() == data
    assert lazy == Tree.from_dict(data)
    assert decode(("list", Leaf), [{"name": "b"}])[0].name == "b"


def test_request_bodies_send_none_for_a_nulled_container() -> None:
    assert jsonable(Tree(leaves=None, root=Leaf(color=Color.RED))) == {
        "leaves": None,
        "root": {"color": "red"},
    }
    assert jsonable(UNSET) is UNSET


def test_unset_is_a_falsy_picklable_singleton() -> None:
    assert Unset() is UNSET and not UNSET and repr(UNSET) == "UNSET"
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_requests_compare_by_value_and_never_print_bodies() -> None:
    one = Request("PUT", "/a", "op", content=b"password=x", content_type="application/x-www-form-urlencoded")
    assert one == Request(
        "PUT", "/a", "op", content=b"password=x", content_type="application/x-www-form-urlencoded"
    )
    assert "password" not in repr(one) and "body=..." in repr(one)
    query = Request("GET", "/a", "op", params=(("access_token", "t0k3n"), ("size", "5")))
    assert repr(query) == "Request(GET /a [op], params=(('access_token', '***'), ('size', '5')))"
    assert "PK" not in repr(File(b"PK\x03\x04", "a.zip"))


def test_responses_expose_resource_metadata() -> None:
    response = Response(200, {"x-cloud-resource-version": "3"}, None)
    assert response.resource_version == "3" and response.resource_created is None
