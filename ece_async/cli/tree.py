"""The generated command tree: ``ece-async <group> <operation>`` for every operation of the spec.

Nothing here is a second description of the API.  The groups and operation
names come from the generated ``OPERATIONS`` table; an operation's flags, help
and types come from the facade method itself (``ECEClient.<tag>.<operation>``:
its signature, annotations and docstring), read only for the one operation a
command line names, so ``--help`` stays fast however large the spec grows.
"""

from __future__ import annotations

import builtins
import enum
import functools
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

# The adapter loads the model converter and cattrs only when asked: help for one command
# does not pay for decoding machinery it never uses.
from .._generated import OPERATIONS


def group_name(tag: str) -> str:
    """A facade namespace's command-line name: ``platform_infrastructure`` -> ``platform-infrastructure``."""
    return tag.replace("_", "-")


@functools.cache
def groups() -> dict[str, str]:
    """Command-line group name -> the facade's namespace attribute, in the spec's order."""
    return {group_name(tag): tag for tag, _module, _method, _path in OPERATIONS.values()}


def operation_ids(tag: str) -> list[str]:
    """The operationIds of one namespace, sorted."""
    return sorted(op for op, (t, _m, _me, _p) in OPERATIONS.items() if t == tag)


@dataclass(frozen=True)
class Param:
    """One argument of an operation as a flag; ``kind`` says how its text becomes the value."""

    name: str  #: the facade's argument name
    flag: str  #: ``--deployment-id``
    kind: str  #: scalar, bool, list, enum, body (a model), json (any JSON), content (raw text/bytes)
    required: bool
    help: str
    type: Any = None  #: int/str/float for scalars and list items, the enum or model class
    default: Any = None  #: a default the facade itself applies (``content_type``), else None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One operation as the command line knows it (read from its facade method)."""

    operation_id: str
    tag: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    errors: tuple[str, ...]

    @property
    def body(self) -> Param | None:
        return next((p for p in self.params if p.kind in ("body", "json", "content")), None)

    @property
    def reads(self) -> bool:
        return self.http_method in ("GET", "HEAD")


class _LazyNames(Mapping[str, Any]):
    """Names for annotations: the module's globals, then any generated model (imported when named)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self._namespace = namespace

    def __getitem__(self, name: str) -> Any:
        if name in self._namespace:
            return self._namespace[name]
        if hasattr(builtins, name):
            raise KeyError(name)  # eval then finds it among the builtins: no model import for ``bool``
        from .._generated import generated_models

        try:
            return getattr(generated_models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._namespace)

    def __len__(self) -> int:
        return len(self._namespace)


def _evaluate(annotation: Any, namespace: dict[str, Any]) -> Any:
    if not isinstance(annotation, str):
        return annotation
    return eval(annotation, dict(namespace), _LazyNames(namespace))  # the generated code's own annotation


def _alternatives(annotation: Any) -> list[Any]:
    from .._generated import Unset

    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
    return [annotation]


def _flag(name: str) -> str:
    return "--" + name.rstrip("_").replace("_", "-")


def _is_model(kind: Any) -> bool:
    """A generated model class (the converter is loaded already when an annotation names one)."""
    if not isinstance(kind, type) or not hasattr(kind, "from_dict"):
        return False
    from .._generated import Model

    return issubclass(kind, Model)


def _param(name: str, annotation: Any, required: bool, default: Any, help_text: str) -> Param:
    options = _alternatives(annotation)
    first = options[0]
    flag = _flag(name)
    if bytes in options:
        return Param(name, flag, "content", required, help_text)
    if first is Any:
        return Param(name, flag, "json", required, help_text)
    if _is_model(first):
        return Param(name, flag, "body", required, help_text, first)
    if typing.get_origin(first) is list:
        (item,) = typing.get_args(first)
        return Param(name, flag, "list", required, help_text, item)
    if isinstance(first, type) and issubclass(first, enum.Enum):
        choices = tuple(str(m.value) for m in first)
        return Param(name, flag, "enum", required, help_text, first, choices=choices)
    if first is bool:
        return Param(name, flag, "bool", required, help_text, bool)
    if first in (int, float, str):
        shown = None if default is inspect.Parameter.empty or default is None else default
        return Param(name, flag, "scalar", required, help_text, first, default=shown)
    raise TypeError(f"{name}: no command-line form for {annotation!r}")


_ARG = re.compile(r"^(\w+): (.*)$")


def _sections(doc: str) -> tuple[str, str, dict[str, str], tuple[str, ...]]:
    """Summary, description, argument help and error lines of a generated docstring."""
    lines = inspect.cleandoc(doc).splitlines()
    summary = lines[0].strip() if lines else ""
    description: list[str] = []
    args: dict[str, str] = {}
    errors: list[str] = []
    section, current = "description", ""
    for raw in lines[1:]:
        line = raw.strip()
        if line in ("Args:", "Returns:", "Raises:"):
            section = line[:-1].lower()
            continue
        if section == "description" and not line.startswith("``"):
            description.append(line)
        elif section == "args" and line:
            match = _ARG.match(line) if raw.startswith("    ") and not raw.startswith("        ") else None
            if match:
                current = match.group(1)
                args[current] = match.group(2)
            elif current:
                args[current] += " " + line
        elif section == "raises" and line and not line.startswith("The transport's error"):
            if re.match(r"^\d{3}\b", line) or not errors:
                errors.append(line)
            else:
                errors[-1] += " " + line
    return summary, "\n".join(description).strip(), args, tuple(errors)


def facade_method(tag: str, method_name: str) -> Callable[..., Any]:
    """The unbound facade method (``DeploymentsApi.get_deployment``): what ``ECEClient`` calls."""
    from .._generated import api_class

    method: Callable[..., Any] = getattr(api_class(tag), method_name)
    return method


@functools.cache
def operation(operation_id: str) -> Operation:
    """The operation's command-line description, from its facade method."""
    tag, method_name, http_method, path = OPERATIONS[operation_id]
    method = facade_method(tag, method_name)
    summary, description, arg_help, errors = _sections(method.__doc__ or "")
    namespace = vars(sys.modules[method.__module__])
    params = []
    for name, parameter in inspect.signature(method).parameters.items():
        if name == "self":
            continue
        annotation = _evaluate(parameter.annotation, namespace)
        required = parameter.default is inspect.Parameter.empty
        params.append(_param(name, annotation, required, parameter.default, arg_help.get(name, "")))
    return Operation(
        operation_id, tag, method_name, http_method, path, summary, description, tuple(params), errors
    )


def summary(operation_id: str) -> str:
    """One line for the group's listing: the summary from the facade method's docstring."""
    tag, method_name, _m, _p = OPERATIONS[operation_id]
    doc = facade_method(tag, method_name).__doc__ or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""
