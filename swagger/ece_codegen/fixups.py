"""Spec fix-ups: general rules that repair defects of published ECE Swagger 2.0 specs.

They cover the defects of every ECE release from 2.x on, every "Patchable" error
of the pinned swagger2openapi, and what hand-edited Swagger 2 files commonly get
wrong; each docstring names the converter error or generator loss it prevents.

Each rule is a function ``(spec) -> list[str]`` that edits the spec in place and
returns one line per change it made (so ``make generate`` can report them).
Rules match *shapes* of defects, never named paths or operations: a newer ECE
release brings new instances of the same defects, and they must be repaired
without touching this file.  The one exception is :data:`REAL_PAYLOAD_OMISSIONS`:
which required fields real servers leave out is not visible in the spec, only in
their payloads, so it is a table of named fields.

Rules run in the order of :data:`RULES`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote, urlsplit

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

#: Vendor extension recording the media types a raw body may be sent as.
RAW_BODY_EXTENSION = "x-ece-raw-body-media-types"

#: Vendor extension recording a ``collectionFormat`` OpenAPI 3 cannot express (the code sends it).
COLLECTION_FORMAT_EXTENSION = "x-ece-collection-format"

Spec = dict[str, Any]
Rule = Callable[[Spec], list[str]]


def iter_operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(method, path, operation)`` for every operation of the spec."""
    for path, item in _path_items(spec):
        for method, operation in _item_operations(item):
            yield method, path, operation


def _walk(node: Any, where: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(node, dict):
        yield node, where
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _parameters(spec: Spec) -> Iterator[tuple[dict[str, Any], str]]:
    """Every parameter object written out in the spec (global, path-level, operation-level)."""
    globals_ = spec.get("parameters")
    if isinstance(globals_, dict):
        for name, param in globals_.items():
            if isinstance(param, dict):
                yield param, f"#/parameters/{name}"
    for path, item in _path_items(spec):
        for index, param in enumerate(item.get("parameters") or []):
            if isinstance(param, dict) and "$ref" not in param:
                yield param, f"{path} parameters[{index}]"
        for method, operation in _item_operations(item):
            for param in operation.get("parameters") or []:
                if isinstance(param, dict) and "$ref" not in param:
                    yield param, f"{method.upper()} {path} {param.get('in')}:{param.get('name')}"


def _path_items(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    paths = spec.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            if isinstance(item, dict):
                yield path, item


def _item_operations(item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for method in HTTP_METHODS:
        operation = item.get(method)
        if isinstance(operation, dict):
            yield method, operation


def _resolve_parameter(spec: Spec, param: dict[str, Any]) -> dict[str, Any] | None:
    ref = param.get("$ref")
    if not isinstance(ref, str):
        return param
    if ref.startswith("#/parameters/"):
        target = (spec.get("parameters") or {}).get(_unescape(ref[len("#/parameters/") :]))
        return target if isinstance(target, dict) else None
    return None


def _unescape(pointer_token: str) -> str:
    return unquote(pointer_token).replace("~1", "/").replace("~0", "~")


def _effective_parameters(
    spec: Spec, item: dict[str, Any], operation: dict[str, Any]
) -> list[dict[str, Any]]:
    """The parameters an operation has: its own, plus the path-level ones it does not override."""
    own = [p for p in (_resolve_parameter(spec, p) for p in operation.get("parameters") or []) if p]
    declared = {(p.get("name"), p.get("in")) for p in own}
    shared = [p for p in (_resolve_parameter(spec, p) for p in item.get("parameters") or []) if p]
    return own + [p for p in shared if (p.get("name"), p.get("in")) not in declared]


def paths_object(spec: Spec) -> list[str]:
    """Add the empty ``paths`` object a document without operations leaves out.

    Prevents ``S2OError: (Patchable) paths object is mandatory``.
    """
    if isinstance(spec.get("paths"), dict):
        return []
    spec["paths"] = {}
    return ["paths: added the missing paths object"]


def _is_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme not in ("http", "https"))


def info_fields(spec: Spec) -> list[str]:
    """Make ``info`` what OpenAPI 3 requires: string ``title`` and ``version``, no ``logo``, URL-only terms.

    ECE publishes ``termsOfService: ""``; older and hand-edited specs also have
    no ``info``, null or numeric versions and ReDoc's ``logo``.  Prevents
    ``S2OError: (Patchable)`` ``info object is mandatory``, ``info.title cannot
    be null``, ``info.version cannot be null``, ``info.version must be a
    string``, ``info should not have logo property``, ``info.termsOfService
    cannot be null`` and ``info.termsOfService must be a URL``.
    """
    changes = []
    info = spec.get("info")
    if not isinstance(info, dict):
        info = spec["info"] = {}
        changes.append("info: added the missing info object")
    for key in ("title", "version"):
        value = info.get(key)
        if isinstance(value, str):
            continue
        info[key] = "" if value is None else str(value)
        changes.append(f"info.{key}: {value!r} -> {info[key]!r}")
    if "logo" in info:
        info["x-logo"] = info.pop("logo")
        changes.append("info.logo -> info.x-logo")
    if "termsOfService" in info and not _is_url(info["termsOfService"]):
        value = info.pop("termsOfService")
        changes.append(f"info.termsOfService: removed non-URL value {value!r}")
    return changes


def oauth2_scheme_names(spec: Spec) -> list[str]:
    """Drop ``name`` from OAuth2 security definitions (only API keys have one).

    Prevents ``S2OError: (Patchable) oauth2 securitySchemes should not have name property``.
    """
    changes = []
    for name, scheme in (spec.get("securityDefinitions") or {}).items():
        if isinstance(scheme, dict) and scheme.get("type") == "oauth2" and "name" in scheme:
            del scheme["name"]
            changes.append(f"securityDefinitions.{name}: removed name from an oauth2 scheme")
    return changes


def dangling_refs(spec: Spec) -> list[str]:
    """Replace local references that point nowhere: a schema becomes "any value", a parameter goes.

    Hand-maintained specs rename a definition and miss a use.  Prevents
    ``S2OError: Could not resolve reference #/definitions/...``.
    """
    changes = []
    for node, where in list(_walk(spec, "#")):
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/") or _resolves(spec, ref):
            continue
        node.clear()
        changes.append(f"{where}: unresolvable {ref} -> any value")
    for params, where in list(_parameter_lists(spec)):
        kept = [p for p in params if p != {}]
        if len(kept) != len(params):
            params[:] = kept
            changes.append(f"{where}: dropped parameters whose reference does not resolve")
    return changes


def _parameter_lists(spec: Spec) -> Iterator[tuple[list[Any], str]]:
    for path, item in _path_items(spec):
        if isinstance(item.get("parameters"), list):
            yield item["parameters"], f"{path} parameters"
        for method, operation in _item_operations(item):
            if isinstance(operation.get("parameters"), list):
                yield operation["parameters"], f"{method.upper()} {path} parameters"


def _resolves(spec: Spec, ref: str) -> bool:
    node: Any = spec
    for token in ref[2:].split("/"):
        if not isinstance(node, dict) or _unescape(token) not in node:
            return False
        node = node[_unescape(token)]
    return True


def missing_operation_ids(spec: Spec) -> list[str]:
    """Name operations without an ``operationId`` after their method and path.

    Every generated module, function and registry entry is named after the
    operationId; ``POST /clusters/{cluster_id}/_move`` becomes
    ``post-clusters-cluster-id-move``.
    """
    changes = []
    for path, item in _path_items(spec):
        for method, operation in _item_operations(item):
            if isinstance(operation.get("operationId"), str) and operation["operationId"].strip():
                continue
            words = re.findall(r"[A-Za-z0-9]+", path)
            operation["operationId"] = "-".join([method, *(w.lower() for w in words)])
            changes.append(f"{method.upper()} {path}: operationId -> {operation['operationId']!r}")
    return changes


def duplicate_operation_ids(spec: Spec) -> list[str]:
    """Make operationIds unique, also once spelled as Python names (``get-x`` and ``get_x`` clash).

    A later duplicate gets its method appended (then a counter); otherwise
    one operation's module silently overwrites the other's.
    """
    changes = []
    seen: set[str] = set()
    for method, path, operation in iter_operations(spec):
        original = operation["operationId"]
        candidate, counter = original, 1
        while _python_key(candidate) in seen:
            counter += 1
            candidate = f"{original}-{method}" if counter == 2 else f"{original}-{method}-{counter}"
        seen.add(_python_key(candidate))
        if candidate != original:
            operation["operationId"] = candidate
            changes.append(f"{method.upper()} {path}: duplicate operationId {original!r} -> {candidate!r}")
    return changes


def _python_key(operation_id: str) -> str:
    return "_".join(re.findall(r"[a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id).lower()))


def media_type_lists(spec: Spec) -> list[str]:
    """Wrap ``consumes``/``produces`` written as one string into a list.

    Prevents ``S2OError: (Patchable) operation.consumes must be an array`` (and
    ``produces``); the later rules read the top-level ones as lists too.
    """
    changes = []
    holders = [("", spec)] + [(f"{m.upper()} {p} ", op) for m, p, op in iter_operations(spec)]
    for where, holder in holders:
        for key in ("consumes", "produces"):
            if isinstance(holder.get(key), str):
                holder[key] = [holder[key]]
                changes.append(f"{where}{key}: string -> list")
    return changes


def parameter_types(spec: Spec) -> list[str]:
    """Give every non-body parameter a ``type``: its OpenAPI-3-style ``schema``'s, else ``string``.

    Hand-written specs mix in OpenAPI 3 habits (``schema: {type: integer}`` on
    a query parameter) or leave the type out.  Prevents ``S2OError:
    (Patchable) parameter.type is mandatory for non-body parameters``.
    """
    changes = []
    for param, where in _parameters(spec):
        if param.get("in") == "body" or "type" in param:
            continue
        schema = param.pop("schema", None)
        if isinstance(schema, dict) and isinstance(schema.get("type"), str) and "$ref" not in schema:
            for key, value in schema.items():
                param.setdefault(key, value)
            changes.append(f"{where}: type from its schema -> {param['type']!r}")
        else:
            param["type"] = "string"
            changes.append(f"{where}: missing type -> 'string'")
    return changes


def duplicate_parameters(spec: Spec) -> list[str]:
    """Keep one parameter per name and location in an operation (the last, as a later edit wins).

    openapi-python-client drops an operation whose parameters repeat
    ("Parameters MUST NOT contain duplicates").
    """
    changes = []
    for params, where in _parameter_lists(spec):
        last: dict[tuple[Any, Any], int] = {}
        for index, param in enumerate(params):
            resolved = _resolve_parameter(spec, param) if isinstance(param, dict) else None
            if resolved is not None:
                last[(resolved.get("name"), resolved.get("in"))] = index
        kept = [
            param
            for index, param in enumerate(params)
            if not isinstance(param, dict)
            or (resolved := _resolve_parameter(spec, param)) is None
            or last[(resolved.get("name"), resolved.get("in"))] == index
        ]
        if len(kept) != len(params):
            changes.append(f"{where}: dropped {len(params) - len(kept)} repeated parameter(s)")
            params[:] = kept
    return changes


def path_parameter_declarations(spec: Spec) -> list[str]:
    """Match declared path parameters with the template: declare the missing, drop the strays.

    openapi-python-client drops an operation whose path parameters differ from
    its template ("Incorrect path templating").  A template variable nobody
    declared becomes a required string; a declared path parameter the
    template does not mention cannot be sent and is removed.
    """
    changes = []
    for path, item in _path_items(spec):
        template = re.findall(r"\{([^}]+)\}", path)
        for method, operation in _item_operations(item):
            declared = {
                p.get("name") for p in _effective_parameters(spec, item, operation) if p.get("in") == "path"
            }
            params = operation.setdefault("parameters", [])
            for name in template:
                if name not in declared:
                    params.append({"name": name, "in": "path", "required": True, "type": "string"})
                    declared.add(name)
                    changes.append(f"{method.upper()} {path}: declared missing path parameter {name!r}")
            strays = declared - set(template)
            if strays:
                params[:] = [p for p in params if not (_is_path_param(spec, p) and _name(spec, p) in strays)]
                dropped = sorted(strays, key=str)
                changes.append(f"{method.upper()} {path}: dropped path parameters {dropped} not in the path")
        if isinstance(item.get("parameters"), list):
            before = len(item["parameters"])
            item["parameters"] = [
                p
                for p in item["parameters"]
                if not (_is_path_param(spec, p) and _name(spec, p) not in template)
            ]
            if len(item["parameters"]) != before:
                changes.append(f"{path}: dropped path-level path parameters not in the path")
    return changes


def _is_path_param(spec: Spec, param: Any) -> bool:
    resolved = _resolve_parameter(spec, param) if isinstance(param, dict) else None
    return resolved is not None and resolved.get("in") == "path"


def _name(spec: Spec, param: dict[str, Any]) -> Any:
    resolved = _resolve_parameter(spec, param)
    return resolved.get("name") if resolved else None


def optional_path_parameters(spec: Spec) -> list[str]:
    """Mark every path parameter required: a path cannot be sent without one.

    ECE 2.x specs declare a path parameter of an allocator move operation
    ``required: false``.  Prevents ``S2OError: (Patchable) path parameters
    must be required:true``.
    """
    changes = []
    for param, where in _parameters(spec):
        if param.get("in") == "path" and param.get("required") is not True:
            changes.append(f"{where}: required {param.get('required')!r} -> True")
            param["required"] = True
    return changes


def collection_format(param: dict[str, Any]) -> str:
    """How an array parameter is sent: its recorded or declared ``collectionFormat`` (``csv`` by default)."""
    return str(param.get(COLLECTION_FORMAT_EXTENSION) or param.get("collectionFormat") or "csv")


def collection_formats(spec: Spec) -> list[str]:
    """Keep ``collectionFormat`` where the converter understands it; record it where it does not.

    * on a parameter or header that is not an array it means nothing and is
      removed.  Prevents ``S2OError: (Patchable) collectionFormat is only
      applicable to param.type array`` (and ``header.type array``);
    * ``ssv``, ``tsv`` and ``pipes`` on path or header parameters, and ``tsv``
      anywhere, have no OpenAPI 3 form: the format is kept in
      ``x-ece-collection-format`` (the generated code sends it) and the
      converter sees ``csv``.  Prevents ``S2OError: collectionFormat:ssv is no
      longer supported except for in:query parameters`` (``pipes``, ``tsv``);
    * ``multi`` is defined only for query and form parameters: elsewhere it
      becomes ``csv``;
    * a nested ``items.collectionFormat`` is dropped, and so is the format of
      an array *response* header (the converter reads any such header as
      nested, and responses are not encoded by the client).  Prevents
      ``S2OError: Nested collectionFormats are not supported`` and
      ``collectionFormat:ssv is no longer supported for headers``.
    """
    changes = []
    for param, where in _parameters(spec):
        changes += _nested_format(param, where)
        fmt = param.get("collectionFormat")
        if fmt is None:
            continue
        location = param.get("in")
        if param.get("type") != "array":
            del param["collectionFormat"]
            changes.append(f"{where}: dropped collectionFormat {fmt!r} of a non-array")
        elif fmt == "multi" and location not in ("query", "formData"):
            param["collectionFormat"] = "csv"
            changes.append(f"{where}: collectionFormat 'multi' is query/form only -> 'csv'")
        elif fmt == "tsv" or (fmt in ("ssv", "pipes") and location not in ("query", "formData")):
            param[COLLECTION_FORMAT_EXTENSION] = fmt
            param["collectionFormat"] = "csv"
            changes.append(f"{where}: collectionFormat {fmt!r} kept in {COLLECTION_FORMAT_EXTENSION}")
    for header, where in _headers(spec):
        changes += _nested_format(header, where)
        fmt = header.pop("collectionFormat", None)
        if fmt is not None:
            if header.get("type") == "array" and fmt != "csv":
                header[COLLECTION_FORMAT_EXTENSION] = fmt
            changes.append(f"{where}: response header collectionFormat {fmt!r} dropped")
    return changes


def array_headers(spec: Spec) -> list[str]:
    """Send array header parameters as one string, joined by their ``collectionFormat``.

    openapi-python-client allows no list in a header ("list[str] is not allowed
    in header") and drops the operation.  The parameter becomes a string whose
    format is kept in ``x-ece-collection-format``: the generated code still
    joins a list it is given.
    """
    changes = []
    for param, where in _parameters(spec):
        if param.get("in") != "header" or param.get("type") != "array":
            continue
        param[COLLECTION_FORMAT_EXTENSION] = collection_format(param)
        for key in ("items", "collectionFormat", "minItems", "maxItems", "uniqueItems"):
            param.pop(key, None)
        param["type"] = "string"
        changes.append(f"{where}: array header -> string joined by {param[COLLECTION_FORMAT_EXTENSION]!r}")
    return changes


def _nested_format(param: dict[str, Any], where: str) -> list[str]:
    items = param.get("items")
    if isinstance(items, dict) and "collectionFormat" in items:
        del items["collectionFormat"]
        return [f"{where}: dropped nested items.collectionFormat"]
    return []


def _responses(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    """``(where, status, response)`` of every response: global ones, then each operation's."""
    for name, response in (spec.get("responses") or {}).items():
        yield f"#/responses/{name}", name, response
    for method, path, operation in iter_operations(spec):
        for status, response in (operation.get("responses") or {}).items():
            yield f"{method.upper()} {path} {status}", str(status), response


def _headers(spec: Spec) -> Iterator[tuple[dict[str, Any], str]]:
    for where, _, response in _responses(spec):
        if isinstance(response, dict) and isinstance(response.get("headers"), dict):
            for name, header in response["headers"].items():
                if isinstance(header, dict):
                    yield header, f"{where} header {name}"


def schema_type_lists(spec: Spec) -> list[str]:
    """Turn JSON-Schema-style ``type: [...]`` into one type (``null`` becomes ``x-nullable``).

    Prevents ``S2OError: (Patchable) schema type must not be an array``.  A
    list of several non-null types leaves the type open (any value).
    """
    changes = []
    for node, where in _walk(spec, "#"):
        types = node.get("type")
        if not isinstance(types, list):
            continue
        concrete = [t for t in types if t != "null"]
        if "null" in types:
            node["x-nullable"] = True
        if len(concrete) == 1:
            node["type"] = concrete[0]
        else:
            del node["type"]
        changes.append(f"{where}: type {types} -> {node.get('type', 'any')!r}")
    return changes


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def mistyped_defaults(spec: Spec) -> list[str]:
    """Repair ``default`` values of the wrong JSON type (``"false"`` for a boolean, ``"10"`` for an integer).

    Converted where the text says it exactly, else removed (the server applies
    its own default).  openapi-python-client drops an operation whose
    parameter default does not fit its type.
    """
    changes = []
    for node, where in _walk(spec, "#"):
        kind = node.get("type")
        if "default" not in node or not isinstance(kind, str) or kind not in _JSON_TYPES:
            continue
        default = node["default"]
        if _fits(default, kind):
            continue
        fixed = _coerce(default, kind)
        if fixed is _NO_VALUE:
            del node["default"]
            changes.append(f"{where}: removed {kind} default {default!r}")
        else:
            node["default"] = fixed
            changes.append(f"{where}: {kind} default {default!r} -> {fixed!r}")
    return changes


_NO_VALUE = object()


def _fits(value: Any, kind: str) -> bool:
    if isinstance(value, bool):
        return kind == "boolean"
    return isinstance(value, _JSON_TYPES[kind])


def _coerce(value: Any, kind: str) -> Any:
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return json.dumps(value)
    if not isinstance(value, str):
        return _NO_VALUE
    text = value.strip()
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text):
        number = float(text)
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number
    return _NO_VALUE


def response_descriptions(spec: Spec) -> list[str]:
    """Give every response a description where it is missing, null or empty: the HTTP reason phrase.

    Prevents ``S2OError: (Patchable) response.description is mandatory``.
    """
    changes = []
    for where, status, response in _responses(spec):
        if not isinstance(response, dict) or "$ref" in response:
            continue
        if isinstance(response.get("description"), str) and response["description"]:
            continue
        response["description"] = _reason(status)
        changes.append(f"{where}: description -> {response['description']!r}")
    return changes


def _reason(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Default response" if status == "default" else status


def status_code_headers(spec: Spec) -> list[str]:
    """Remove the pseudo-header ``Status Code`` some exporters list among response headers.

    Prevents ``S2OError: (Patchable) "Status Code" is not a valid header``.
    """
    changes = []
    for where, _, response in _responses(spec):
        headers = response.get("headers") if isinstance(response, dict) else None
        if not isinstance(headers, dict):
            continue
        for name in [n for n in headers if n.lower() == "status code"]:
            del headers[name]
            changes.append(f"{where}: removed header {name!r}")
    return changes


def form_data_media_types(spec: Spec) -> list[str]:
    """Declare a form media type for ``formData`` operations: multipart when a file is sent.

    Without ``consumes`` (ECE's ``saml-callback``) the fields would go out in a
    form nobody declared; with a ``type: file`` field and no
    ``multipart/form-data`` the converter emits a url-encoded body holding a
    binary field, which cannot carry a file.
    """
    changes = []
    for path, item in _path_items(spec):
        for method, operation in _item_operations(item):
            form = [p for p in _effective_parameters(spec, item, operation) if p.get("in") == "formData"]
            if not form:
                continue
            listed = operation.get("consumes") or spec.get("consumes") or []
            has_file = any(p.get("type") == "file" for p in form)
            wanted = [MULTIPART] if has_file else [m for m in listed if m in (FORM, MULTIPART)] or [FORM]
            if has_file and MULTIPART in listed:
                continue
            if listed != wanted:
                operation["consumes"] = wanted
                changes.append(f"{method.upper()} {path}: form parameters, consumes {listed} -> {wanted}")
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


_LEGACY = "deployment_logging_metrics_legacy_kibana_get.json"

#: Spec-required fields that real ECE servers leave out or send as null, by definition and
#: property, with a real payload that shows it (``/work/shared/ece-api/samples``, the Go
#: SDK's ``pkg/api/deploymentapi/testdata``) and whether it omits the field or sends null.
#: Typed as the spec says they would pass ``mypy`` and raise on read on most installations.
REAL_PAYLOAD_OMISSIONS: dict[tuple[str, str], tuple[str, str]] = {
    # Installations older than Integrations Server: all but deployment_integrations_server_get.json.
    ("DeploymentResources", "integrations_server"): ("deployment_apm_get.json", "omits"),
    # The current plan's warnings: omitted by five of the six get-deployment samples.
    ("ElasticsearchClusterPlanInfo", "warnings"): ("deployment_apm_get.json", "omits"),
    ("KibanaClusterPlanInfo", "warnings"): ("deployment_apm_get.json", "omits"),
    ("ApmPlanInfo", "warnings"): ("deployment_apm_get.json", "omits"),
    ("AppSearchPlanInfo", "warnings"): ("deployment_appsearch_get.json", "omits"),
    ("EnterpriseSearchPlanInfo", "warnings"): ("deployment_enterprise_search_get.json", "omits"),
    # Installations older than AutoOps (the 3.5.2 spec lacks it); also deployment_observability_get.json.
    ("DeploymentSettings", "auto_ops"): ("deployment_integrations_server_get.json", "omits"),
    ("ElasticsearchClusterInfo", "topology"): (_LEGACY, "omits"),
    ("KibanaClusterInfo", "topology"): (_LEGACY, "omits"),
    ("DeploymentResources", "enterprise_search"): (_LEGACY, "null"),
    ("ElasticsearchClusterInfo", "associated_enterprise_search_clusters"): (_LEGACY, "null"),
    ("ClusterMetadataPortInfo", "transport_passthrough"): (_LEGACY, "null"),
}


def _is_container(prop: dict[str, Any]) -> bool:
    return "$ref" in prop or prop.get("type") in ("array", "object")


def real_payload_omissions(spec: Spec) -> list[str]:
    """Make optional the required fields of :data:`REAL_PAYLOAD_OMISSIONS` (``X | Unset``).

    Without it ``plan_info.warnings`` is typed ``list[...]``, ``mypy`` approves reading it,
    and the read raises ``MissingFieldError`` on most real installations.  A scalar real
    servers send as null also becomes ``x-nullable`` (optional lists and objects accept
    null already).  Definitions or fields a spec lacks are left alone.
    """
    changes = []
    definitions = spec.get("definitions") or {}
    for (name, field), (_, how) in REAL_PAYLOAD_OMISSIONS.items():
        schema = definitions.get(name)
        if not isinstance(schema, dict) or field not in (schema.get("required") or []):
            continue
        required = schema["required"]
        required.remove(field)
        if not required:
            del schema["required"]
        changes.append(f"#/definitions/{name}: {field} optional, real servers: {how}")
        prop = (schema.get("properties") or {}).get(field)
        if how == "null" and isinstance(prop, dict) and not _is_container(prop):
            prop["x-nullable"] = True
    return changes


#: The rules, in the order they run.
RULES: tuple[Rule, ...] = (
    paths_object,
    info_fields,
    oauth2_scheme_names,
    dangling_refs,
    missing_operation_ids,
    duplicate_operation_ids,
    media_type_lists,
    parameter_types,
    duplicate_parameters,
    path_parameter_declarations,
    optional_path_parameters,
    collection_formats,
    array_headers,
    schema_type_lists,
    mistyped_defaults,
    enum_defaults_not_members,
    response_descriptions,
    status_code_headers,
    form_data_media_types,
    raw_string_bodies,
    json_string_bodies,
    unsupported_media_types,
    default_media_types,
    real_payload_omissions,
)


def apply_fixups(spec: Spec) -> dict[str, list[str]]:
    """Apply every rule in order; return the changes made, by rule name."""
    return {rule.__name__: rule(spec) for rule in RULES}
