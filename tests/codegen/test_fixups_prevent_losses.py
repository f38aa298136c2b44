"""Each fix-up rule prevents the loss it names, on a synthetic spec with that one defect.

Every case breaks a small valid spec in one way (the shapes older ECE releases
and hand-edited Swagger files have).  Converter cases check, in one Node
process for all cases, that the pinned swagger2openapi refuses the broken spec
with the expected error and accepts it after the fix-ups; generator cases that
openapi-python-client's parser drops or degrades the operation with the
expected warning, and warns about nothing after the fix-ups.  Either way the
named rule must have reported a change.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="swagger2openapi needs node")

Spec = dict[str, Any]

_BATCH = """
const s2o = require(process.argv[1]);
let input = '';
process.stdin.on('data', chunk => input += chunk);
process.stdin.on('end', async () => {
  const out = [];
  for (const spec of JSON.parse(input)) {
    try { out.push({openapi: (await s2o.convertObj(spec, {})).openapi}); }
    catch (e) { out.push({error: String((e && e.message) || e)}); }
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def base_spec() -> Spec:
    """A small, valid ECE-like spec: a path parameter, a query array, a body, response headers."""
    ok = {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}
    return {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "securityDefinitions": {"basicAuth": {"type": "basic"}},
        "paths": {
            "/allocators/{allocator_id}/clusters/{cluster_type}/_move": {
                "post": {
                    "operationId": "move-clusters-by-type",
                    "consumes": ["application/json"],
                    "produces": ["application/json"],
                    "parameters": [
                        {"name": "allocator_id", "in": "path", "required": True, "type": "string"},
                        {"name": "cluster_type", "in": "path", "required": True, "type": "string"},
                        {
                            "name": "ids",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                            "collectionFormat": "csv",
                        },
                        {"in": "body", "name": "body", "schema": {"$ref": "#/definitions/Thing"}},
                    ],
                    "responses": {
                        "202": {
                            **ok,
                            "headers": {"x-cloud-resource-version": {"type": "string"}},
                        }
                    },
                }
            }
        },
        "definitions": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}},
    }


def _op(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/allocators/{allocator_id}/clusters/{cluster_type}/_move"]["post"]


def _param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in _op(spec)["parameters"] if p.get("name") == name)


def _header(spec: Spec) -> dict[str, Any]:
    headers: dict[str, Any] = _op(spec)["responses"]["202"]["headers"]
    return headers


def _set(getter: Callable[[Spec], dict[str, Any]], **values: Any) -> Callable[[Spec], None]:
    def apply(spec: Spec) -> None:
        getter(spec).update(values)

    return apply


def _drop(getter: Callable[[Spec], dict[str, Any]], key: str) -> Callable[[Spec], None]:
    def apply(spec: Spec) -> None:
        del getter(spec)[key]

    return apply


def _path_array(collection_format: str) -> Callable[[Spec], None]:
    return _set(
        lambda s: _param(s, "cluster_type"),
        type="array",
        items={"type": "string"},
        collectionFormat=collection_format,
    )


#: (rule, what the shape is, how to break the base spec, the converter's error)
CASES: list[tuple[str, str, Callable[[Spec], None], str]] = [
    ("paths_object", "no paths", lambda s: s.pop("paths"), "(Patchable) paths object is mandatory"),
    ("info_fields", "no info", lambda s: s.pop("info"), "(Patchable) info object is mandatory"),
    (
        "info_fields",
        "null title",
        _set(lambda s: s["info"], title=None),
        "(Patchable) info.title cannot be null",
    ),
    (
        "info_fields",
        "no version",
        _drop(lambda s: s["info"], "version"),
        "(Patchable) info.version cannot be null",
    ),
    (
        "info_fields",
        "numeric version",
        _set(lambda s: s["info"], version=2),
        "(Patchable) info.version must be a string",
    ),
    (
        "info_fields",
        "logo",
        _set(lambda s: s["info"], logo={"url": "x"}),
        "(Patchable) info should not have logo property",
    ),
    (
        "info_fields",
        "empty terms (ECE)",
        _set(lambda s: s["info"], termsOfService=""),
        "(Patchable) info.termsOfService must be a URL",
    ),
    (
        "oauth2_scheme_names",
        "oauth2 with name",
        _set(
            lambda s: s["securityDefinitions"],
            oauth={"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a/", "name": "x"},
        ),
        "oauth2 securitySchemes should not have name property",
    ),
    (
        "dangling_refs",
        "reference to a missing definition",
        _set(lambda s: s["definitions"]["Thing"]["properties"], gone={"$ref": "#/definitions/Renamed"}),
        "Could not resolve reference",
    ),
    (
        "media_type_lists",
        "consumes as a string",
        _set(_op, consumes="application/json"),
        "(Patchable) operation.consumes must be an array",
    ),
    (
        "media_type_lists",
        "produces as a string",
        _set(_op, produces="application/json"),
        "(Patchable) operation.produces must be an array",
    ),
    (
        "parameter_types",
        "query parameter without type",
        _drop(lambda s: _param(s, "ids"), "type"),
        "(Patchable) parameter.type is mandatory for non-body parameters",
    ),
    (
        "optional_path_parameters",
        "required: false path parameter (ECE 2.x allocator move)",
        _set(lambda s: _param(s, "cluster_type"), required=False),
        "(Patchable) path parameters must be required:true",
    ),
    (
        "optional_path_parameters",
        "path parameter without required",
        _drop(lambda s: _param(s, "allocator_id"), "required"),
        "(Patchable) path parameters must be required:true",
    ),
    (
        "collection_formats",
        "collectionFormat on a string parameter",
        _set(lambda s: _param(s, "allocator_id"), collectionFormat="csv"),
        "(Patchable) collectionFormat is only applicable to param.type array",
    ),
    (
        "collection_formats",
        "collectionFormat on a string header",
        _set(lambda s: _header(s)["x-cloud-resource-version"], collectionFormat="csv"),
        "(Patchable) collectionFormat is only applicable to header.type array",
    ),
    (
        "collection_formats",
        "ssv path array",
        _path_array("ssv"),
        "collectionFormat:ssv is no longer supported except for in:query parameters",
    ),
    (
        "collection_formats",
        "pipes path array",
        _path_array("pipes"),
        "collectionFormat:pipes is no longer supported except for in:query parameters",
    ),
    (
        "collection_formats",
        "tsv query array",
        _set(lambda s: _param(s, "ids"), collectionFormat="tsv"),
        "collectionFormat:tsv is no longer supported",
    ),
    (
        "collection_formats",
        "ssv response header",
        _set(
            _header,
            x_ids={
                "type": "array",
                "items": {"type": "string", "collectionFormat": "ssv"},
                "collectionFormat": "ssv",
            },
        ),
        "collectionFormat:ssv is no longer supported for headers",
    ),
    (
        "collection_formats",
        "csv response header (the converter reads it as nested)",
        _set(_header, x_ids={"type": "array", "items": {"type": "string"}, "collectionFormat": "csv"}),
        "Nested collectionFormats are not supported",
    ),
    (
        "collection_formats",
        "nested collectionFormat",
        _set(lambda s: _param(s, "ids"), items={"type": "string", "collectionFormat": "pipes"}),
        "Nested collectionFormats are not supported",
    ),
    (
        "schema_type_lists",
        "JSON Schema type list",
        _set(lambda s: s["definitions"]["Thing"]["properties"]["id"], type=["string", "null"]),
        "(Patchable) schema type must not be an array",
    ),
    (
        "response_descriptions",
        "response without description",
        _drop(lambda s: _op(s)["responses"]["202"], "description"),
        "(Patchable) response.description is mandatory",
    ),
    (
        "response_descriptions",
        "null response description",
        _set(lambda s: _op(s)["responses"]["202"], description=None),
        "(Patchable) response.description is mandatory",
    ),
    (
        "status_code_headers",
        '"Status Code" response header',
        _set(_header, **{"Status Code": {"type": "integer"}}),
        '(Patchable) "Status Code" is not a valid header',
    ),
]


def _convert_all(specs: list[Spec]) -> list[dict[str, Any]]:
    """Each spec converted by swagger2openapi: ``{"openapi": ...}`` or ``{"error": message}``."""
    from ece_codegen import generate

    generate.install_converter()
    module = generate.SWAGGER_DIR / "node_modules" / "swagger2openapi"
    proc = subprocess.run(
        ["node", "-e", _BATCH, str(module)],
        input=json.dumps(specs),
        capture_output=True,
        text=True,
        check=True,
    )
    result: list[dict[str, Any]] = json.loads(proc.stdout)
    return result


def _generator_warnings(openapi: dict[str, Any], tmp_path: Path) -> list[str]:
    from ece_codegen import generate

    _, data = generate.parse_openapi3(openapi, tmp_path)
    errors = [*data.errors]
    for collection in data.endpoint_collections_by_tag.values():
        errors += collection.parse_errors
    return [f"{error.header} {error.detail}" for error in errors]


def _fixed_copies(cases: list[tuple[str, str, Callable[[Spec], None], str]]) -> tuple[list[Spec], list[Any]]:
    from ece_codegen import fixups

    broken, fixed, reports = [], [], []
    for _, _, breaker, _ in cases:
        spec = base_spec()
        breaker(spec)
        broken.append(spec)
        repaired = copy.deepcopy(spec)
        reports.append(fixups.apply_fixups(repaired))
        fixed.append(repaired)
    return [*broken, *fixed], reports


#: Patchable errors a Swagger 2 document cannot reach: the converter deletes null values first.
UNREACHABLE = {"info.termsOfService cannot be null"}


def test_every_patchable_error_of_the_converter_has_a_case() -> None:
    from ece_codegen import generate

    generate.install_converter()
    source = (generate.SWAGGER_DIR / "node_modules" / "swagger2openapi" / "index.js").read_text()
    patchable = {m.strip() for m in re.findall(r"\(Patchable\) ([^'\[]+)", source)}
    covered = {expected.removeprefix("(Patchable) ").strip() for _, _, _, expected in CASES}
    assert len(patchable) >= 18
    assert patchable - UNREACHABLE <= covered, sorted(patchable - UNREACHABLE - covered)


def test_a_null_terms_of_service_is_removed_too() -> None:
    from ece_codegen import fixups

    spec = base_spec()
    spec["info"]["termsOfService"] = None
    assert fixups.info_fields(spec) == ["info.termsOfService: removed non-URL value None"]


def test_each_rule_prevents_its_converter_error() -> None:
    specs, reports = _fixed_copies(CASES)
    results = _convert_all([base_spec(), *specs])
    assert "openapi" in results[0], results[0]
    count = len(CASES)
    for index, (rule, shape, _, expected) in enumerate(CASES):
        error = results[1 + index].get("error")
        assert error is not None and expected in error, (shape, error)
        assert "openapi" in results[1 + count + index], (shape, results[1 + count + index])
        assert reports[index][rule], (shape, rule)


def _add_param(**param: Any) -> Callable[[Spec], None]:
    return lambda s: _op(s)["parameters"].append(param)


def _text_body(spec: Spec) -> None:
    _op(spec)["consumes"] = ["application/text"]
    _param(spec, "body")["schema"] = {"type": "string"}


#: (rule, what the shape is, how to break the base spec, openapi-python-client's warning)
GENERATOR_CASES: list[tuple[str, str, Callable[[Spec], None], str]] = [
    (
        "duplicate_parameters",
        "a parameter declared twice",
        _add_param(name="ids", **{"in": "query"}, type="string"),
        "Parameters MUST NOT contain duplicates",
    ),
    (
        "path_parameter_declarations",
        "a template variable nobody declares",
        lambda s: _op(s)["parameters"].remove(_param(s, "cluster_type")),
        "Incorrect path templating",
    ),
    (
        "path_parameter_declarations",
        "a path parameter the template lacks",
        _add_param(name="zone", **{"in": "path"}, required=True, type="string"),
        "Incorrect path templating",
    ),
    (
        "mistyped_defaults",
        "a model field default of the wrong type",
        _set(lambda s: s["definitions"]["Thing"]["properties"], size={"type": "integer", "default": "ten"}),
        "Invalid int value",
    ),
    (
        "enum_defaults_not_members",
        "an enum default that is not a member (ECE: Daily for [daily, monthly])",
        _add_param(name="mode", **{"in": "query"}, type="string", enum=["full", "light"], default="Full"),
        "is not valid for enum",
    ),
    ("raw_string_bodies", "a text body", _text_body, "Unsupported content type application/text"),
    (
        "unsupported_media_types",
        "a JSON body also listed as ndjson",
        _set(_op, consumes=["application/x-ndjson", "application/json"]),
        "Unsupported content type application/x-ndjson",
    ),
    (
        "default_media_types",
        "a response schema without produces",
        _drop(_op, "produces"),
        "Unsupported content_type */*",
    ),
]


def test_each_rule_prevents_its_generator_loss(tmp_path: Path) -> None:
    specs, reports = _fixed_copies(GENERATOR_CASES)
    results = _convert_all(specs)
    count = len(GENERATOR_CASES)
    for index, (rule, shape, _, expected) in enumerate(GENERATOR_CASES):
        warnings = _generator_warnings(results[index]["openapi"], tmp_path)
        assert any(expected in warning for warning in warnings), (shape, warnings)
        assert _generator_warnings(results[count + index]["openapi"], tmp_path) == [], shape
        assert reports[index][rule], (shape, rule)
