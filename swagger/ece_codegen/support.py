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

from .runtime._secrets import is_secret_field

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


def _non_null(prop: Any) -> Any:
    """The one non-null alternative of a nullable property (``X | None``), else the property itself."""
    if _kind_name(prop) != "UnionProperty":
        return prop
    others = [p for p in prop.inner_properties if _kind_name(p) != "NoneProperty"]
    return others[0] if len(others) == 1 else prop


def is_nullable(prop: Any) -> bool:
    """Whether the spec allows null for the property (``x-nullable``: a union with ``None``)."""
    return _kind_name(prop) == "UnionProperty" and any(
        _kind_name(p) == "NoneProperty" for p in prop.inner_properties
    )


def nullable_required(model: Any) -> tuple[str, ...]:
    """The model's required fields whose null is a value (``__ece_nullable__``), by Python name."""
    return tuple(str(p.python_name) for p in model.required_properties or [] if is_nullable(p))


def field_kind(prop: Any) -> Any:
    """The conversion kind of a property (see ``_convert.py`` in the generated package)."""
    prop = _non_null(prop)
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


def path_key(path: str) -> str:
    """A path template with its parameter names blanked: the same for the spec and the generator.

    The generator renames path parameters to Python names (``{from}`` becomes
    ``{from_}``); two templates of one API never differ only by those names.
    """
    return re.sub(r"\{[^}]*\}", "{}", path)


def path_expression(endpoint: Any, collection_formats: dict[str, str]) -> str:
    """Python source of an expression building the endpoint's path from encoded segments."""
    raw_names = {str(p.python_name): raw_text(p.name) for p in endpoint.path_parameters}
    parts = []
    for piece in re.split(r"(\{[^}]+\})", raw_text(endpoint.path)):
        python_name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        if python_name in raw_names:
            name = raw_names[python_name]
            args = [json.dumps(name), python_name]
            if name in collection_formats:
                args.append(json.dumps(collection_formats[name]))
            parts.append(f"path_segment({', '.join(args)})")
        elif piece:
            parts.append(json.dumps(piece))
    return " + ".join(parts) or '""'


def is_nullable_container(prop: Any) -> bool:
    """Optional lists and objects accept ``None``: ECE sends null for them, and takes it as "none of these".

    A required field is typed as the spec says (no ``| None``): a null there is
    kept for the output, and reading it raises ``MissingFieldError``.
    """
    return not prop.required and _kind_name(prop) in ("ListProperty", "ModelProperty")


def is_secret_prop(prop: Any, model: Any) -> bool:
    """Whether a model property holds a secret (the one rule: :mod:`ece_codegen.runtime._secrets`)."""
    description = raw_text(model.description or "")
    return is_secret_field(raw_text(prop.name), str(model.class_info.name), description)


def field_declaration(prop: Any, model: Any) -> str:
    """The attrs field line of a model property: annotation, default, and how it shows in ``repr``.

    Secret fields (:func:`ece_codegen.runtime._secrets.is_secret_field`) are left out of the
    ``repr``; free-form ones show with secret-named keys masked.  A required field has no
    default and no ``Unset`` in its type: the server leaving it out shows when it is read.
    """
    annotation = python_type(prop)
    options = []
    if not prop.required:
        annotation += " | Unset"
        options.append("default=UNSET")
    if is_nullable_container(prop):
        annotation += " | None"
    if is_secret_prop(prop, model):
        options.append("repr=False")
    elif _kind_name(prop) == "AnyProperty":
        options.append("repr=masked_repr")
    declaration = f"{prop.python_name}: {annotation}"
    if options == ["default=UNSET"]:
        return f"{declaration} = UNSET"
    if options:
        return f"{declaration} = _field({', '.join(options)})"
    return declaration
