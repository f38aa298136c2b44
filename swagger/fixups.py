"""Spec fix-ups: general rules that repair defects of the published ECE Swagger 2.0 spec.

Each rule is a function ``(spec) -> list[str]`` that edits the spec in place and
returns one line per change it made (so ``make generate`` can report them).
Rules match *shapes* of defects, never named paths or operations: a newer ECE
release brings new instances of the same defects, and they must be repaired
without touching this file.

Rules run in the order of :data:`RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

JSON = "application/json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

#: Vendor extension recording the media types a raw body may be sent as.
RAW_BODY_EXTENSION = "x-ece-raw-body-media-types"

Spec = dict[str, Any]
Rule = Callable[[Spec], list[str]]


def iter_operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(method, path, operation)`` for every operation of the spec."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield method, path, operation


def _walk(node: Any, where: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(node, dict):
        yield node, where
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def info_urls(spec: Spec) -> list[str]:
    """Drop ``info`` URL fields that are not URLs.

    ECE publishes ``termsOfService: ""``; OpenAPI requires a URL there and the
    converter refuses the whole document.
    """
    changes = []
    info = spec.get("info", {})
    for key in ("termsOfService",):
        value = info.get(key)
        if key in info and not (isinstance(value, str) and "://" in value):
            del info[key]
            changes.append(f"info.{key}: removed non-URL value {value!r}")
    return changes


def enum_defaults_not_members(spec: Spec) -> list[str]:
    """Repair ``default`` values that are not members of the schema's own ``enum``.

    ECE declares e.g. ``enum: [daily, monthly], default: Daily``; the generator
    rejects such a parameter and drops the whole operation.  A default that
    matches a member case-insensitively becomes that member; any other is
    removed (the server applies its own default when the value is omitted).
    """
    changes = []
    for node, where in _walk(spec, "#"):
        members = node.get("enum")
        if not isinstance(members, list) or "default" not in node:
            continue
        default = node["default"]
        if default in members:
            continue
        folded = [
            m
            for m in members
            if isinstance(m, str) and isinstance(default, str) and m.lower() == default.lower()
        ]
        if len(folded) == 1:
            node["default"] = folded[0]
            changes.append(f"{where}: default {default!r} -> {folded[0]!r}")
        else:
            del node["default"]
            changes.append(f"{where}: removed default {default!r}, not one of {members}")
    return changes


def _is_raw_string(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and "format" not in schema
        and "enum" not in schema
    )


def _is_json(media_type: str) -> bool:
    return media_type == JSON or media_type.endswith("+json")


def raw_string_bodies(spec: Spec) -> list[str]:
    """Turn ``type: string`` bodies sent as text into raw payloads.

    ECE declares proxied payloads and certificate bundles as a body of
    ``type: string`` under ``application/text`` or ``application/x-ndjson``
    (sometimes beside ``application/json``).  Such a body is sent as is, not as
    a JSON string literal, and the generator supports none of those media
    types.  The body becomes ``application/octet-stream`` (``format: binary``),
    and the media types the spec listed are kept in
    ``x-ece-raw-body-media-types`` so the generated operation can offer them
    (the first is the default).
    """
    changes = []
    for method, path, operation in iter_operations(spec):
        body = _body_parameter(operation)
        media_types = operation.get("consumes") or spec.get("consumes") or []
        if body is None or not _is_raw_string(body.get("schema")) or all(_is_json(m) for m in media_types):
            continue
        operation[RAW_BODY_EXTENSION] = list(media_types)
        operation["consumes"] = ["application/octet-stream"]
        body["schema"] = {"type": "string", "format": "binary"}
        changes.append(f"{method.upper()} {path}: raw body, sent as one of {media_types}")
    return changes


def json_string_bodies(spec: Spec) -> list[str]:
    """Let ``type: string`` JSON bodies carry any JSON value.

    ECE declares JSON Merge Patch documents and free-form metadata as a JSON
    body of ``type: string`` while the server expects a JSON object; typed as
    ``str`` the client could only send a JSON string literal.  Such a body
    becomes a schema-less JSON value (a ``dict`` for a merge patch, or a
    ``str`` where a string is really meant).
    """
    changes = []
    for method, path, operation in iter_operations(spec):
        body = _body_parameter(operation)
        media_types = operation.get("consumes") or spec.get("consumes") or [JSON]
        if (
            body is None
            or not _is_raw_string(body.get("schema"))
            or not all(_is_json(m) for m in media_types)
        ):
            continue
        body["schema"] = {}
        changes.append(f"{method.upper()} {path}: string JSON body -> any JSON value")
    return changes


def _body_parameter(operation: dict[str, Any]) -> dict[str, Any] | None:
    bodies = [p for p in operation.get("parameters", []) if isinstance(p, dict) and p.get("in") == "body"]
    return bodies[0] if len(bodies) == 1 else None


def unsupported_media_types(spec: Spec) -> list[str]:
    """Keep only JSON where an operation also lists media types no generator path supports.

    After :func:`raw_string_bodies`, a JSON-schema body listed under
    ``application/json`` and e.g. ``application/text`` is a JSON document: the
    other entries only make the generator warn and drop the body.
    """
    supported = {JSON, "multipart/form-data", "application/x-www-form-urlencoded", "application/octet-stream"}
    changes = []
    for method, path, operation in iter_operations(spec):
        for key in ("consumes", "produces"):
            listed = operation.get(key)
            if not listed or all(m in supported or _is_json(m) for m in listed):
                continue
            if JSON in listed:
                operation[key] = [JSON]
                changes.append(f"{method.upper()} {path}: {key} {listed} -> [{JSON!r}]")
    return changes


def default_media_types(spec: Spec) -> list[str]:
    """Declare JSON where the spec declares no media type at all.

    The ECE spec has no global ``consumes``/``produces`` and omits them on some
    operations, so the converter emits ``*/*`` and the generator drops those
    responses and bodies.  The ECE API speaks only JSON, so an operation that
    has a body or a response schema and no media type gets ``application/json``.
    """
    changes = []
    for method, path, operation in iter_operations(spec):
        params = operation.get("parameters", [])
        has_body = any(isinstance(p, dict) and p.get("in") == "body" for p in params)
        if has_body and not (operation.get("consumes") or spec.get("consumes")):
            operation["consumes"] = [JSON]
            changes.append(f"{method.upper()} {path}: consumes -> [{JSON!r}]")
        has_schema = any(
            isinstance(r, dict) and "schema" in r for r in operation.get("responses", {}).values()
        )
        if has_schema and not (operation.get("produces") or spec.get("produces")):
            operation["produces"] = [JSON]
            changes.append(f"{method.upper()} {path}: produces -> [{JSON!r}]")
    return changes


#: The rules, in the order they run.
RULES: tuple[Rule, ...] = (
    info_urls,
    enum_defaults_not_members,
    raw_string_bodies,
    json_string_bodies,
    unsupported_media_types,
    default_media_types,
)


def apply_fixups(spec: Spec) -> dict[str, list[str]]:
    """Apply every rule in order; return the changes made, by rule name."""
    return {rule.__name__: rule(spec) for rule in RULES}
