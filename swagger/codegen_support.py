"""Template helpers: how a generator property becomes a Python type and a field kind.

These decide the shape of every generated model field, so they live in one
place instead of being spread over Jinja macros.  Date and date-time values are
kept as the strings the server sent (exact round trips; parse them where you
need them).
"""

from __future__ import annotations

import json
import re
from typing import Any

_SCALARS = {
    "StringProperty": "str",
    "DateTimeProperty": "str",
    "DateProperty": "str",
    "UuidProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "AnyProperty": "Any",
    "NoneProperty": "None",
    "FileProperty": "File",
}


def _kind_name(prop: Any) -> str:
    return type(prop).__name__


def python_type(prop: Any) -> str:
    """The annotation of a property, without the ``| Unset`` of optional ones."""
    kind = _kind_name(prop)
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind in ("ModelProperty", "EnumProperty", "LiteralEnumProperty"):
        return str(prop.class_info.name)
    if kind == "ListProperty":
        return f"list[{python_type(prop.inner_property)}]"
    if kind == "UnionProperty":
        return " | ".join(dict.fromkeys(python_type(p) for p in prop.inner_properties))
    if kind == "ConstProperty":
        return type(prop.value.raw_value).__name__ if hasattr(prop.value, "raw_value") else "Any"
    return "Any"


def field_kind(prop: Any) -> Any:
    """The conversion kind of a property (see ``_convert.py`` in the generated package)."""
    kind = _kind_name(prop)
    if kind == "ModelProperty":
        return str(prop.class_info.name)
    if kind == "EnumProperty":
        return ("enum", str(prop.class_info.name))
    if kind == "ListProperty":
        inner = field_kind(prop.inner_property)
        return None if inner is None else ("list", inner)
    return None


def describe_kind(kind: Any) -> str:
    """Python source for a kind (tuples and strings only, so ``repr`` is stable)."""
    return repr(kind)


def extra_kind(model: Any) -> Any:
    """The kind of a model's undeclared keys (``additionalProperties``)."""
    extra = model.additional_properties
    if extra is None or extra is True or extra is False:
        return None
    return field_kind(extra)


def referenced_classes(prop: Any) -> list[tuple[str, str]]:
    """``(class name, module name)`` of the models and enums a property's annotation mentions."""
    kind = _kind_name(prop)
    if kind in ("ModelProperty", "EnumProperty", "LiteralEnumProperty"):
        return [(str(prop.class_info.name), str(prop.class_info.module_name))]
    if kind == "ListProperty":
        return referenced_classes(prop.inner_property)
    if kind == "UnionProperty":
        return [name for p in prop.inner_properties for name in referenced_classes(p)]
    return []


def raw_text(value: Any) -> str:
    """The plain text of a spec string (the generator wraps them as ``UntrustedString``)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def python_literal(value: Any) -> str:
    """A spec string as a safe Python string literal (JSON escaping is valid Python)."""
    return json.dumps(raw_text(value))


def path_fstring(endpoint: Any) -> str:
    """Python source of an f-string building the endpoint's path with quoted parameters."""
    by_name = {raw_text(p.name): str(p.python_name) for p in endpoint.path_parameters}
    pieces = re.split(r"(\{[^}]+\})", raw_text(endpoint.path))
    out = []
    for piece in pieces:
        if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in by_name:
            out.append("{path_segment(" + by_name[piece[1:-1]] + ")}")
        else:
            out.append(piece.replace("{", "{{").replace("}", "}}").replace("\\", "\\\\").replace('"', '\\"'))
    text = "".join(out)
    return (
        ('f"' if by_name else '"') + (text if by_name else text.replace("{{", "{").replace("}}", "}")) + '"'
    )
