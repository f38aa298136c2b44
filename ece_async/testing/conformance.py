"""Strict spec conformance of a JSON payload, judged by the generated models.

The generated models decode anything faithfully (unknown keys and values kept,
nothing rejected), which is right for a client but proves nothing about a
server.  :func:`problems` walks the decoded model and reports what the spec
would not allow: missing required fields, nulls, undeclared keys, unknown enum
values and JSON types that differ from the declared ones.  The simulator's own
tests hold every served body to this; users can do the same with fixtures.
"""

from __future__ import annotations

from typing import Any, cast

import attrs

from ece_async._generated import UNSET, Model, OpenEnum, error_codes, generated_models

_PRIMITIVES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "bool": (bool,),
    "int": (int,),
    "float": (int, float),
}


def model_class(name: str) -> type[Model]:
    cls = getattr(generated_models, name)
    if not (isinstance(cls, type) and issubclass(cls, Model)):
        raise TypeError(f"{name} is not a generated model")
    return cls


def problems(model: type[Model] | str, data: Any) -> list[str]:
    """Everything in ``data`` that the spec's definition of ``model`` does not allow (empty: conforms)."""
    cls = model_class(model) if isinstance(model, str) else model
    if not isinstance(data, dict):
        return [f"$: expected a JSON object for {cls.__name__}, got {type(data).__name__}"]
    decoded = cls.from_dict(data)
    out: list[str] = []
    if decoded.to_dict() != data:
        out.append(f"$: {cls.__name__} does not round-trip through from_dict/to_dict")
    _check_model(decoded, "$", out)
    return out


def _required(cls: type[Model]) -> frozenset[str]:
    cached = cls.__dict__.get("_conformance_required")
    if cached is None:
        fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast(Any, cls))
        cached = frozenset(a.name for a in fields if a.default is attrs.NOTHING)
        type.__setattr__(cls, "_conformance_required", cached)
    return cast(frozenset[str], cached)


def _check_model(obj: Model, path: str, out: list[str]) -> None:
    cls = type(obj)
    extra = getattr(obj, "additional_properties", {})
    # Free-form objects (no declared fields) legitimately carry everything as extra keys.
    if extra and cls.__ece_fields__:
        if cls.__ece_extra__ is None:
            out.append(f"{path}: keys the spec does not define for {cls.__name__}: {sorted(extra)}")
        else:
            for key, value in extra.items():
                _check_kind(cls.__ece_extra__, "Any", value, f"{path}.{key}", out)
    required = _required(cls)
    annotations = {f.name: f.type for f in attrs.fields(cast(Any, cls))}  # also for a subclass
    for attr, json_key, kind in cls.__ece_fields__:
        where = f"{path}.{json_key}"
        value = getattr(obj, attr, UNSET)  # a required field left out or null raises MissingFieldError
        if value is UNSET and attr in required and obj.to_dict().get(json_key, UNSET) is None:
            value = None
        if value is UNSET:
            if attr in required:
                out.append(f"{where}: required by {cls.__name__} but missing")
            continue
        if value is None:
            out.append(f"{where}: null")
            continue
        _check_kind(kind, str(annotations.get(attr, "Any")), value, where, out)


def _strip(annotation: str) -> str:
    return annotation.replace(" | Unset", "").replace(" | None", "").strip()


def _check_kind(kind: Any, annotation: str, value: Any, path: str, out: list[str]) -> None:
    if value is None:
        out.append(f"{path}: null")
        return
    ann = _strip(annotation)
    if kind is None:
        if ann.startswith("list[") and ann.endswith("]"):
            if not isinstance(value, list):
                out.append(f"{path}: expected a list, got {type(value).__name__}")
                return
            for i, item in enumerate(value):
                _check_kind(None, ann[5:-1], item, f"{path}[{i}]", out)
            return
        expected = _PRIMITIVES.get(ann)
        if expected is None:
            return
        if not isinstance(value, expected) or (bool not in expected and isinstance(value, bool)):
            out.append(f"{path}: expected {ann}, got {type(value).__name__} {value!r}")
        return
    if isinstance(kind, str):
        if isinstance(value, Model):
            _check_model(value, path, out)
        else:
            out.append(f"{path}: expected a {kind} object, got {type(value).__name__}")
        return
    tag, inner = kind
    if tag == "enum":
        if not isinstance(value, OpenEnum) or not value.is_known:
            out.append(f"{path}: {value!r} is not a value of {inner}")
        return
    inner_ann = ann[5:-1] if ann.startswith("list[") else "Any"
    if tag == "list":
        if not isinstance(value, list):
            out.append(f"{path}: expected a list, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            _check_kind(inner, inner_ann, item, f"{path}[{i}]", out)
        return
    if tag == "dict":
        if not isinstance(value, dict):
            out.append(f"{path}: expected an object, got {type(value).__name__}")
            return
        for key, item in value.items():
            _check_kind(inner, "Any", item, f"{path}.{key}", out)


def error_code_problems(operation_id: str, status: int, body: Any, header: str | None) -> list[str]:
    """An error reply whose codes the spec does not document for this operation and status.

    The spec lists the ``x-cloud-error-codes`` each status can carry; a client
    branching on a code must be able to trust that list.  Statuses the spec does
    not list for the operation are not judged here (that is a status problem).
    """
    documented = error_codes(operation_id).get(status)
    if not documented:
        return []
    errors = body.get("errors", []) if isinstance(body, dict) else []
    sent = [e.get("code") for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []
    if header is not None:
        sent.append(header)
    if not all(isinstance(code, str) for code in sent):
        return [f"{operation_id} {status}: error codes must be strings, got {sent!r}"]
    return [
        f"{operation_id} {status}: error code {code!r} is not documented ({', '.join(documented)})"
        for code in dict.fromkeys(sent)
        if code not in documented
    ]
