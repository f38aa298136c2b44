"""Every operation's request, built from its signature, is what the spec describes on the wire.

For each of the spec's operations: plausible values for every parameter (array
parameters get two elements, bodies are built from the models, every optional
field filled), then the built request is checked against the *spec*, not the
generated code: the path matches the template segment by segment, arrays
follow ``collectionFormat``, no Python ``repr`` reaches the URL, query and
header names are the spec's and their values have the declared types, and the
body goes out in a media type the operation consumes (for operations that
declare none, the Swagger defaults: JSON for a body, form encoding for form
fields).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import types
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import attrs
import pytest

from ece_async._generated import OPERATIONS, UNSET, File, Model, Request, Unset
from ece_generated import models

pytestmark = pytest.mark.shared_spec

SEPARATORS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}
REPR_MARKERS = ("[", "]", "'", "{", "}", "UNSET", "<")


class _LazyNames(Mapping[str, Any]):
    """Annotation names: a module's globals, then any model class (imported only when named)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self._namespace = namespace

    def __getitem__(self, name: str) -> Any:
        if name in self._namespace:
            return self._namespace[name]
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._namespace)

    def __len__(self) -> int:
        return len(self._namespace)


def _evaluate(annotation: Any, module_name: str) -> Any:
    """A string annotation as a type, in its module (model names resolve even if only type-checked)."""
    if not isinstance(annotation, str):
        return annotation
    namespace = vars(importlib.import_module(module_name))
    return eval(annotation, dict(namespace), _LazyNames(namespace))


def _concrete(annotation: Any) -> list[Any]:
    """The alternatives of an annotation, without ``Unset`` and ``None``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
    return [annotation]


def plausible(annotation: Any, name: str, depth: int = 0) -> Any:
    """A plausible value of a type: two elements for lists, every field filled for models."""
    choice = _concrete(annotation)[0]
    origin = typing.get_origin(choice)
    if origin is list:
        (item,) = typing.get_args(choice)
        first, second = plausible(item, name, depth), plausible(item, name + "2", depth)
        if isinstance(first, enum.Enum) and len(type(first)) > 1:
            second = list(type(first))[1]
        return [first, second]
    if origin is dict:
        return {"key": plausible(typing.get_args(choice)[1], name, depth)}
    if choice is str:
        return f"{name}-1"
    if choice is bool:
        return True
    if choice is int:
        return 2
    if choice is float:
        return 1.5
    if choice is File:
        return File(payload=b"PK\x03\x04", file_name=f"{name}.zip", mime_type="application/zip")
    if isinstance(choice, type) and issubclass(choice, enum.Enum):
        return next(iter(choice))
    if isinstance(choice, type) and issubclass(choice, Model):
        return _model(choice, depth)
    return {"any": "value"}


def _model(cls: type[Model], depth: int) -> Model:
    values = {}
    for field in attrs.fields(cls):  # type: ignore[arg-type]
        if field.name == "additional_properties":
            continue
        if field.default is UNSET and depth >= 2:
            continue
        values[field.name] = plausible(_evaluate(field.type, cls.__module__), field.name, depth + 1)
    return cls(**values)


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _spec_parameters(spec: dict[str, Any], path: str, method: str) -> list[dict[str, Any]]:
    item = spec["paths"][path]
    own = item[method].get("parameters", [])
    names = {(p["name"], p["in"]) for p in own}
    return own + [p for p in item.get("parameters", []) if (p["name"], p["in"]) not in names]


def _media_type(request: Request) -> str | None:
    if request.json is not UNSET:
        return "application/json"
    if request.files:
        return "multipart/form-data"
    if request.content is not None:
        return request.content_type
    return None


def _check_path(
    request: Request, template: str, params: dict[str, dict[str, Any]], values: dict[str, Any]
) -> None:
    sent = request.path.split("/")
    expected = template.split("/")
    assert len(sent) == len(expected), (request.path, template)
    for segment, part in zip(sent, expected, strict=True):
        if not (part.startswith("{") and part.endswith("}")):
            assert segment == part, (request.path, template)
            continue
        param = params[part[1:-1]]
        value = values[param["name"]]
        if param.get("type") == "array":
            fmt = param.get("collectionFormat", "csv")
            wanted = quote(SEPARATORS[fmt], safe=",").join(quote(_text(v), safe="") for v in value)
        else:
            wanted = quote(_text(value), safe="")
        assert segment == wanted, (param["name"], segment, wanted)
        assert segment not in ("", ".", "..") and "/" not in segment


def _check_query(request: Request, params: list[dict[str, Any]], values: dict[str, Any]) -> None:
    sent: dict[str, list[str]] = {}
    for name, text in request.params:
        sent.setdefault(name, []).append(text)
    assert set(sent) == {p["name"] for p in params}, (sorted(sent), sorted(p["name"] for p in params))
    for param in params:
        texts = sent[param["name"]]
        value = values[param["name"]]
        if param.get("type") == "array":
            fmt = param.get("collectionFormat", "csv")
            items = [_text(v) for v in value]
            assert texts == (items if fmt == "multi" else [SEPARATORS[fmt].join(items)]), param["name"]
            continue
        assert len(texts) == 1, param["name"]
        text = texts[0]
        kind = param.get("type")
        if kind == "boolean":
            assert text in ("true", "false")
        elif kind == "integer":
            int(text)
        elif kind == "number":
            float(text)
        if "enum" in param:
            assert text in param["enum"], (param["name"], text)


def _consumes(spec: dict[str, Any], operation: dict[str, Any], params: list[dict[str, Any]]) -> list[str]:
    listed = operation.get("consumes") or spec.get("consumes")
    if listed:
        return list(listed)
    if any(p["in"] == "formData" for p in params):
        files = any(p.get("type") == "file" for p in params)
        return ["multipart/form-data"] if files else ["application/x-www-form-urlencoded"]
    return ["application/json"]


def check_operation(spec: dict[str, Any], operation_id: str) -> None:
    tag, module_name, method, path = OPERATIONS[operation_id]
    operation = spec["paths"][path][method.lower()]
    params = _spec_parameters(spec, path, method.lower())
    module = importlib.import_module(f"ece_generated.api.{tag}.{module_name}")
    build = module.build_request
    arguments = {
        name: plausible(_evaluate(parameter.annotation, module.__name__), name)
        for name, parameter in inspect.signature(build).parameters.items()
        if name != "content_type"
    }
    request = build(**arguments)
    by_python_name = {name.replace("_", "").lower(): value for name, value in arguments.items()}
    values = {
        p["name"]: by_python_name.get(p["name"].replace("_", "").replace("-", "").lower()) for p in params
    }

    assert (request.method, request.operation_id) == (method, operation_id)
    by_name = {p["name"]: p for p in params if p["in"] == "path"}
    _check_path(request, path, by_name, values)
    _check_query(request, [p for p in params if p["in"] == "query"], values)
    assert sorted(name for name, _ in request.headers) == sorted(
        p["name"] for p in params if p["in"] == "header"
    )
    url_text = unquote(request.path) + "?" + "&".join(f"{n}={v}" for n, v in request.params)
    url_text += "".join(v for _, v in request.headers)
    assert not any(marker in url_text for marker in REPR_MARKERS), url_text

    has_body = any(p["in"] in ("body", "formData") for p in params)
    media_type = _media_type(request)
    if not has_body:
        assert media_type is None, operation_id
        return
    assert media_type in _consumes(spec, operation, params), (operation_id, media_type)
    if request.json is not UNSET:
        json.dumps(request.json)
    if media_type == "application/x-www-form-urlencoded":
        assert request.content is not None
        body = unquote(request.content.decode("ascii"))
        assert not any(marker in body for marker in REPR_MARKERS), body


def test_every_operation_builds_the_request_the_spec_describes(current_spec: Path) -> None:
    spec = json.loads(current_spec.read_text(encoding="utf-8"))
    spec_ids = {
        op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    assert set(OPERATIONS) == spec_ids
    failures = []
    for operation_id in sorted(OPERATIONS):
        try:
            check_operation(spec, operation_id)
        except Exception as exc:  # collect every failure, not just the first
            failures.append(f"{operation_id}: {type(exc).__name__}: {exc}"[:300])
    assert failures == [], "\n".join(failures)
