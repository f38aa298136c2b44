"""The model engine (ece_codegen.runtime._convert), without generated code.

Kinds may name classes directly, so these tests declare their own small models.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest

from ece_codegen.runtime import _convert
from ece_codegen.runtime._convert import (
    MissingFieldError,
    Model,
    OpenEnum,
    decode,
    jsonable,
    use_missing_field_class,
)
from ece_codegen.runtime.types import UNSET, Unset


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


@attrs.define
class Node(Model):
    id: str
    child: Leaf
    secret: str = attrs.field(repr=False)
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    __ece_fields__ = (
        ("id", "id", None),
        ("child", "child", Leaf),
        ("secret", "secret", None),
        ("note", "note", None),
    )
    __ece_extra__ = None


@pytest.mark.parametrize("build", [Node.from_dict, lambda data: decode(Node, data)], ids=["eager", "lazy"])
def test_reading_a_required_field_the_server_left_out_raises_one_clear_error(build: Any) -> None:
    node = build({"id": "n1", "child": None})
    assert node.id == "n1" and node.note is UNSET
    with pytest.raises(MissingFieldError, match=r"^Node\.secret: the server left out this field") as left_out:
        _ = node.secret
    assert (left_out.value.model, left_out.value.field, left_out.value.name) == ("Node", "secret", "secret")
    with pytest.raises(MissingFieldError, match=r"^Node\.child: the server sent null for this field"):
        _ = node.child
    assert isinstance(left_out.value, AttributeError)
    assert not hasattr(node, "secret") and getattr(node, "child", "default") == "default"
    with pytest.raises(AttributeError) as unknown:
        _ = node.no_such_field
    assert type(unknown.value) is AttributeError


@pytest.mark.parametrize("build", [Node.from_dict, lambda data: decode(Node, data)], ids=["eager", "lazy"])
def test_left_out_and_null_required_fields_keep_the_servers_shape(build: Any) -> None:
    data = {"child": None, "extra": 1}
    node = build(dict(data))
    assert node.to_dict() == data
    assert repr(node) == "Node(id=<missing>, child=<null>, note=UNSET, additional_properties={'extra': 1})"
    assert node == Node.from_dict(data) and node != Node.from_dict({"extra": 1})
    assert node != Node.from_dict({"id": None, "child": None, "extra": 1})
    for copied in (pickle.loads(pickle.dumps(node)), copy.deepcopy(node), copy.copy(node)):
        assert copied == node and copied.to_dict() == data
        with pytest.raises(MissingFieldError):
            _ = copied.id


def test_a_required_field_set_later_reads_and_encodes_as_usual() -> None:
    node = Node.from_dict({"id": "n1"})
    node.secret = "s3cr3t"
    node.child = Leaf(name="a")
    assert node.to_dict() == {"id": "n1", "secret": "s3cr3t", "child": {"name": "a"}}
    assert "s3cr3t" not in repr(node)
    del node.id
    with pytest.raises(MissingFieldError):
        _ = node.id
    left_out, set_to_none = Node.from_dict({"id": "n1"}), Node.from_dict({"id": "n1"})
    set_to_none.secret = None  # type: ignore[assignment]
    assert left_out != set_to_none and set_to_none.to_dict() == {"id": "n1", "secret": None}


def test_models_compare_by_value_and_are_not_hashable() -> None:
    one, two = Node(id="a", child=Leaf(), secret="x"), Node(id="a", child=Leaf(), secret="x")
    assert one == two and not (one != two) and one != Node(id="b", child=Leaf(), secret="x")
    assert one != "a" and Leaf() != Tree()
    with pytest.raises(TypeError):
        hash(one)


def test_only_instances_missing_a_field_pay_for_the_check() -> None:
    """A class with ``__getattr__`` reads every attribute slower: complete instances keep the model class."""
    complete = Node.from_dict({"id": "n", "child": {}, "secret": "s"})
    assert type(complete) is Node and not hasattr(Node, "__getattr__")
    incomplete = Node.from_dict({"id": "n"})
    assert isinstance(incomplete, Node) and type(incomplete) is not Node
    assert type(incomplete).__name__ == "Node" and type(incomplete) is type(Node.from_dict({}))
    assert incomplete != complete and complete != incomplete
    with pytest.raises(TypeError):
        hash(incomplete)


def test_which_required_fields_were_null_compares_as_a_set() -> None:
    """Unpickling records them anew (in field order); the order never makes two instances differ."""
    one = Node.from_dict({"id": None, "secret": None, "child": {}})
    other = copy.copy(one)
    _convert._nulls_slot.__set__(other, ("secret", "id"))
    assert one == other and pickle.loads(pickle.dumps(other)) == one
    assert other.to_dict() == {"id": None, "secret": None, "child": {}}


def test_the_missing_field_error_class_can_be_replaced_by_a_subclass() -> None:
    class Mine(MissingFieldError):
        pass

    with pytest.raises(TypeError):
        use_missing_field_class(ValueError)  # type: ignore[arg-type]
    previous = _convert._missing_field_class
    use_missing_field_class(Mine)
    try:
        with pytest.raises(Mine):
            _ = Node.from_dict({}).id
    finally:
        use_missing_field_class(previous)


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


def test_a_null_required_field_set_later_equals_one_sent_with_the_value() -> None:
    """Which fields were null matters only while they are empty: a value set later counts as sent."""
    repaired = Node.from_dict({"id": None, "child": {}, "secret": "s"})
    repaired.id = "n1"
    sent = Node.from_dict({"id": "n1", "child": {}, "secret": "s"})
    assert repaired == sent and sent == repaired and not (repaired != sent)
    assert pickle.loads(pickle.dumps(repaired)) == sent


@attrs.define
class Renamed(Model):
    type_: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    __ece_fields__ = (("type_", "type", None),)
    __ece_extra__ = None


@pytest.mark.parametrize(
    "build", [Renamed.from_dict, lambda data: decode(Renamed, data)], ids=["eager", "lazy"]
)
def test_a_renamed_required_field_sent_null_keeps_its_json_key(build: Any) -> None:
    """``type_`` is ``"type"`` on the wire: its null goes back under the JSON key, and is told from absent."""
    sent_null, left_out = build({"type": None}), build({})
    assert sent_null.to_dict() == {"type": None} and left_out.to_dict() == {}
    assert sent_null != left_out
    with pytest.raises(MissingFieldError, match=r"^Renamed\.type_: the server sent null"):
        _ = sent_null.type_


@attrs.define
class Nullable(Model):
    label: str | None
    child: Leaf | None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    __ece_fields__ = (("label", "label", None), ("child", "child", Leaf))
    __ece_extra__ = None
    __ece_nullable__ = ("label", "child")


@pytest.mark.parametrize(
    "build", [Nullable.from_dict, lambda data: decode(Nullable, data)], ids=["eager", "lazy"]
)
def test_a_required_field_the_spec_makes_nullable_reads_its_null_as_none(build: Any) -> None:
    """``x-nullable`` says null is a value: typed ``str | None``, it must read as None, not raise."""
    sent = build({"label": None, "child": None})
    assert sent.label is None and sent.child is None and type(sent) is Nullable
    assert sent.to_dict() == {"label": None, "child": None}
    full = build({"label": "x", "child": {"name": "a"}})
    assert full.label == "x" and isinstance(full.child, Leaf)
    with pytest.raises(MissingFieldError, match=r"^Nullable\.label: the server left out"):
        _ = build({"child": None}).label
