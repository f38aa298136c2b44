"""A griffe extension for ``make docs``: the constructor of every attrs record, as IDEs show it.

ece_async defines its records with ``@attrs.frozen`` / ``@attrs.define`` (see
``ece_async/_record.py``).  griffe reads source statically and builds ``__init__`` only for
dataclasses, so without this a record's reference page would show ``RetryPolicy`` with no
arguments.  Like attrs: annotated class attributes in order (a base's first), defaults from
the value or ``attrs.field(default=..., factory=...)``, ``init=False`` left out.  The private
``Record`` base is not shown as a base: its ``replace()`` is documented in the records' text.
"""

from __future__ import annotations

from typing import Any

import griffe

DECORATORS = {"attrs.frozen", "attrs.define", "attrs.mutable"}
FIELD = "attrs.field"
PRIVATE_BASES = {"Record", "ece_async._record.Record"}


def _is_attrs_class(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        value = decorator.value
        path = value.function.canonical_path if isinstance(value, griffe.ExprCall) else None
        if path is None and isinstance(value, griffe.Expr):
            path = value.canonical_path
        if path in DECORATORS:
            return True
    return False


def _field_arguments(attribute: griffe.Attribute) -> dict[str, Any] | None:
    value = attribute.value
    if isinstance(value, griffe.ExprCall) and value.function.canonical_path == FIELD:
        return {arg.name: arg.value for arg in value.arguments if isinstance(arg, griffe.ExprKeyword)}
    return None


def _parameters(cls: griffe.Class) -> list[griffe.Parameter]:
    parameters = []
    for member in cls.members.values():
        if not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        if "property" in member.labels or "instance-attribute" not in member.labels:
            continue  # a property, or a ClassVar
        arguments = _field_arguments(member)
        default: str | griffe.Expr | None = member.value
        if arguments is not None:
            if str(arguments.get("init")) == "False":
                continue
            default = arguments.get("default")
            if "factory" in arguments:
                default = griffe.ExprCall(function=arguments["factory"], arguments=[])
        parameters.append(
            griffe.Parameter(
                member.name.lstrip("_"),  # attrs names a private field's argument without the underscore
                annotation=member.annotation,
                kind=griffe.ParameterKind.positional_or_keyword,
                default=default,
                docstring=member.docstring,
            )
        )
    return parameters


def _add_init(cls: griffe.Class) -> None:
    if "__init__" in cls.members or not _is_attrs_class(cls):
        return
    parameters = []
    for parent in reversed(cls.mro()):
        if _is_attrs_class(parent):
            parameters.extend(_parameters(parent))
    parameters.extend(_parameters(cls))
    cls.set_member(
        "__init__",
        griffe.Function(
            "__init__",
            lineno=0,
            endlineno=0,
            parent=cls,
            parameters=griffe.Parameters(
                griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword),
                *parameters,
            ),
            returns="None",
        ),
    )
    cls.bases = [base for base in cls.bases if str(base) not in PRIVATE_BASES]


def _walk(obj: griffe.Module | griffe.Class) -> None:
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            _add_init(member)
            _walk(member)
        elif isinstance(member, griffe.Module):
            _walk(member)


class AttrsInit(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        _walk(pkg)
