"""How a generator property becomes an annotation and a field line (ece_codegen.support), on stand-ins.

The helpers dispatch on the property's class name, so small stand-ins named like
openapi-python-client's property classes exercise them without parsing a spec.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from ece_codegen.support import field_declaration, field_kind, python_type, referenced_classes


def prop(kind: str, name: str = "field", required: bool = False, **attrs: Any) -> Any:
    cls = type(kind, (SimpleNamespace,), {})
    return cls(name=name, python_name=name, required=required, **attrs)


def model_class(name: str) -> Any:
    return SimpleNamespace(name=name, module_name=name.lower())


PLAIN_MODEL = SimpleNamespace(description="", class_info=SimpleNamespace(name="Thing"))


def test_scalars_lists_unions_and_models_become_annotations() -> None:
    assert python_type(prop("StringProperty")) == "str"
    assert python_type(prop("DateTimeProperty")) == "str"  # kept as sent
    resources = prop("ModelProperty", class_info=model_class("Resources"))
    assert python_type(prop("ListProperty", inner_property=resources)) == "list[Resources]"
    union = prop("UnionProperty", inner_properties=[prop("IntProperty"), prop("StringProperty")])
    assert python_type(union) == "int | str"
    assert field_kind(prop("ListProperty", inner_property=resources)) == ("list", "Resources")
    assert referenced_classes(prop("ListProperty", inner_property=resources)) == [("Resources", "resources")]


@pytest.mark.parametrize(
    ("field", "line"),
    [
        (prop("StringProperty", "name", required=True), "name: str"),
        (prop("StringProperty", "alias"), "alias: str | Unset = UNSET"),
        (
            prop("ModelProperty", "resources", required=True, class_info=model_class("Resources")),
            "resources: Resources",
        ),
        (
            prop("ListProperty", "items", required=True, inner_property=prop("StringProperty")),
            "items: list[str]",
        ),
        (
            prop("ModelProperty", "settings", class_info=model_class("Settings")),
            "settings: Settings | Unset | None = UNSET",
        ),
        (
            prop("ListProperty", "tags", inner_property=prop("StringProperty")),
            "tags: list[str] | Unset | None = UNSET",
        ),
    ],
    ids=["required", "optional", "required-model", "required-list", "optional-model", "optional-list"],
)
def test_required_fields_are_typed_as_the_spec_says(field: Any, line: str) -> None:
    """No ``Unset`` and no ``None`` on a required field: a left-out one raises when read instead."""
    assert field_declaration(field, PLAIN_MODEL) == line


def test_secret_and_free_form_fields_are_kept_out_of_reprs() -> None:
    assert field_declaration(prop("StringProperty", "password", required=True), PLAIN_MODEL) == (
        "password: str = _field(repr=False)"
    )
    assert field_declaration(prop("AnyProperty", "data"), PLAIN_MODEL) == (
        "data: Any | Unset = _field(default=UNSET, repr=masked_repr)"
    )
