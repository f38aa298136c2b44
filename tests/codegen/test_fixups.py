"""Each fix-up rule repairs a *shape* of defect, wherever it appears, and nothing else."""

from __future__ import annotations

import copy
from typing import Any

from ece_codegen import fixups


def _spec(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths, **extra}


def _get(responses: dict[str, Any] | None = None, **op: Any) -> dict[str, Any]:
    return {"operationId": "op", "responses": responses or {"200": {"description": "ok"}}, **op}


def test_info_fields_make_info_what_openapi_requires() -> None:
    spec = _spec({}, info={"title": "t", "version": "1", "termsOfService": ""})
    assert fixups.info_fields(spec) == ["info.termsOfService: removed non-URL value ''"]
    assert "termsOfService" not in spec["info"]
    good = _spec({}, info={"title": "t", "version": "1", "termsOfService": "https://example.com/tos"})
    assert fixups.info_fields(good) == []
    assert good["info"]["termsOfService"] == "https://example.com/tos"
    old = _spec({}, info={"version": 2.1, "logo": {"url": "l.png"}})
    assert len(fixups.info_fields(old)) == 3
    assert old["info"] == {"title": "", "version": "2.1", "x-logo": {"url": "l.png"}}
    bare = {"swagger": "2.0"}
    fixups.info_fields(bare)
    fixups.paths_object(bare)
    assert bare == {"swagger": "2.0", "info": {"title": "", "version": ""}, "paths": {}}


def test_oauth2_schemes_lose_their_name_and_api_keys_keep_it() -> None:
    spec = _spec(
        {},
        securityDefinitions={
            "o": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a", "name": "x"},
            "k": {"type": "apiKey", "in": "header", "name": "Authorization"},
        },
    )
    assert len(fixups.oauth2_scheme_names(spec)) == 1
    assert "name" not in spec["securityDefinitions"]["o"]
    assert spec["securityDefinitions"]["k"]["name"] == "Authorization"


def test_dangling_refs_become_any_value_or_go() -> None:
    spec = _spec(
        {"/a": {"get": _get(parameters=[{"$ref": "#/parameters/gone"}, {"$ref": "#/parameters/here"}])}},
        parameters={"here": {"name": "h", "in": "query", "type": "string"}},
        definitions={
            "A": {"properties": {"b": {"$ref": "#/definitions/Renamed"}, "c": {"$ref": "#/definitions/A"}}}
        },
    )
    assert len(fixups.dangling_refs(spec)) == 3
    assert spec["definitions"]["A"]["properties"] == {"b": {}, "c": {"$ref": "#/definitions/A"}}
    assert spec["paths"]["/a"]["get"]["parameters"] == [{"$ref": "#/parameters/here"}]


def test_operations_without_an_id_are_named_after_method_and_path() -> None:
    spec = _spec({"/clusters/{cluster_id}/_move": {"post": {"responses": {}}, "get": _get()}})
    assert len(fixups.missing_operation_ids(spec)) == 1
    assert (
        spec["paths"]["/clusters/{cluster_id}/_move"]["post"]["operationId"]
        == "post-clusters-cluster-id-move"
    )
    assert spec["paths"]["/clusters/{cluster_id}/_move"]["get"]["operationId"] == "op"


def test_operation_ids_are_made_unique_also_as_python_names() -> None:
    spec = _spec(
        {
            "/a": {"get": _get(operationId="get-x"), "post": _get(operationId="get_x")},
            "/b": {"post": _get(operationId="getX")},
            "/c": {"get": _get(operationId="other")},
        }
    )
    assert len(fixups.duplicate_operation_ids(spec)) == 2
    ids = [op["operationId"] for _, _, op in fixups.iter_operations(spec)]
    assert ids == ["get-x", "get_x-post", "getX-post-3", "other"]


def test_media_type_strings_become_lists() -> None:
    spec = _spec({"/a": {"post": _get(consumes="application/json")}}, produces="application/json")
    assert len(fixups.media_type_lists(spec)) == 2
    assert spec["produces"] == ["application/json"]
    assert spec["paths"]["/a"]["post"]["consumes"] == ["application/json"]


def test_parameters_get_a_type_from_their_schema_or_string() -> None:
    params = [
        {"name": "a", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "b", "in": "header"},
        {"name": "c", "in": "body", "schema": {"type": "object"}},
        {"name": "d", "in": "query", "type": "boolean"},
    ]
    spec = _spec({"/x": {"get": _get(parameters=params)}})
    assert len(fixups.parameter_types(spec)) == 2
    assert params[0] == {"name": "a", "in": "query", "type": "integer", "minimum": 1}
    assert params[1]["type"] == "string"
    assert "type" not in params[2] and params[3]["type"] == "boolean"


def test_repeated_parameters_keep_the_last_per_name_and_location() -> None:
    params = [
        {"name": "a", "in": "query", "type": "string"},
        {"name": "a", "in": "header", "type": "string"},
        {"name": "a", "in": "query", "type": "integer"},
    ]
    spec = _spec({"/x": {"get": _get(parameters=params)}})
    assert len(fixups.duplicate_parameters(spec)) == 1
    assert params == [
        {"name": "a", "in": "header", "type": "string"},
        {"name": "a", "in": "query", "type": "integer"},
    ]


def test_path_parameters_match_the_template() -> None:
    spec = _spec(
        {
            "/a/{x}/{y}": {
                "parameters": [{"$ref": "#/parameters/x"}, {"name": "gone", "in": "path", "type": "string"}],
                "get": _get(parameters=[{"name": "stray", "in": "path", "required": True, "type": "string"}]),
            }
        },
        parameters={"x": {"name": "x", "in": "path", "required": True, "type": "string"}},
    )
    changes = fixups.path_parameter_declarations(spec)
    item = spec["paths"]["/a/{x}/{y}"]
    assert item["get"]["parameters"] == [{"name": "y", "in": "path", "required": True, "type": "string"}]
    assert item["parameters"] == [{"$ref": "#/parameters/x"}]
    assert len(changes) == 3


def test_optional_path_parameters_become_required_like_ece_2x_allocator_moves() -> None:
    move = _get(
        parameters=[
            {"name": "allocator_id", "in": "path", "required": True, "type": "string"},
            {"name": "cluster_type", "in": "path", "required": False, "type": "string"},
            {"name": "move_only", "in": "query", "required": False, "type": "boolean"},
        ]
    )
    spec = _spec(
        {"/platform/infrastructure/allocators/{allocator_id}/clusters/{cluster_type}/_move": {"post": move}}
    )
    assert len(fixups.optional_path_parameters(spec)) == 1
    assert [p["required"] for p in move["parameters"]] == [True, True, False]


def test_collection_formats_are_kept_recorded_or_dropped() -> None:
    def array(where: str, fmt: str) -> dict[str, Any]:
        return {
            "name": f"{where}-{fmt}",
            "in": where,
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": fmt,
        }

    params = [
        array("query", "multi"),
        array("query", "ssv"),
        array("query", "tsv"),
        array("path", "ssv"),
        array("path", "multi"),
        array("header", "pipes"),
        {"name": "s", "in": "query", "type": "string", "collectionFormat": "csv"},
        {"name": "n", "in": "query", "type": "array", "items": {"type": "string", "collectionFormat": "csv"}},
    ]
    spec = _spec({"/x/{path-ssv}/{path-multi}": {"get": _get(parameters=params)}})
    changes = fixups.collection_formats(spec)
    formats = [(p.get("collectionFormat"), p.get(fixups.COLLECTION_FORMAT_EXTENSION)) for p in params]
    assert formats == [
        ("multi", None),
        ("ssv", None),
        ("csv", "tsv"),
        ("csv", "ssv"),
        ("csv", None),
        ("csv", "pipes"),
        (None, None),
        (None, None),
    ]
    assert params[7]["items"] == {"type": "string"}
    assert [fixups.collection_format(p) for p in params[:6]] == ["multi", "ssv", "tsv", "ssv", "csv", "pipes"]
    assert fixups.collection_format(params[7]) == "csv"
    assert len(changes) == 6


def test_schema_type_lists_become_one_type() -> None:
    spec = _spec(
        {},
        definitions={
            "A": {
                "properties": {
                    "n": {"type": ["string", "null"]},
                    "m": {"type": ["string", "integer"]},
                    "type": {"type": "string"},
                }
            }
        },
    )
    assert len(fixups.schema_type_lists(spec)) == 2
    props = spec["definitions"]["A"]["properties"]
    assert props["n"] == {"type": "string", "x-nullable": True}
    assert props["m"] == {}
    assert props["type"] == {"type": "string"}


def test_mistyped_defaults_are_converted_when_exact_else_dropped() -> None:
    props: dict[str, Any] = {
        "a": {"type": "boolean", "default": "false"},
        "b": {"type": "integer", "default": "10"},
        "c": {"type": "integer", "default": "ten"},
        "d": {"type": "string", "default": 5},
        "e": {"type": "integer", "default": True},
        "f": {"type": "number", "default": "1.5"},
        "ok": {"type": "integer", "default": 3},
        "default": {"type": "string"},
    }
    spec = _spec(
        {"/a": {"get": _get({"default": {"description": "x"}})}}, definitions={"A": {"properties": props}}
    )
    assert len(fixups.mistyped_defaults(spec)) == 6
    assert [props[k].get("default") for k in "abcdef"] == [False, 10, None, "5", None, 1.5]
    assert props["ok"]["default"] == 3 and props["default"] == {"type": "string"}


def test_responses_get_a_description_and_lose_status_code_headers() -> None:
    responses: dict[str, Any] = {
        "404": {},
        "default": {"description": None},
        "200": {
            "description": "ok",
            "headers": {"Status Code": {"type": "integer"}, "x-a": {"type": "string"}},
        },
    }
    spec = _spec({"/a": {"get": _get(responses)}}, responses={"Shared": {"description": ""}})
    assert len(fixups.response_descriptions(spec)) == 3
    assert (responses["404"]["description"], responses["default"]["description"]) == (
        "Not Found",
        "Default response",
    )
    assert spec["responses"]["Shared"]["description"] == "Shared"
    assert len(fixups.status_code_headers(spec)) == 1
    assert list(responses["200"]["headers"]) == ["x-a"]


def test_form_operations_declare_a_form_media_type() -> None:
    saml = _get(parameters=[{"name": "SAMLResponse", "in": "formData", "type": "string", "required": True}])
    upload = _get(
        parameters=[{"name": "file", "in": "formData", "type": "file"}], consumes=["application/json"]
    )
    multipart = _get(
        parameters=[{"name": "file", "in": "formData", "type": "file"}], consumes=["multipart/form-data"]
    )
    spec = _spec({"/saml": {"post": saml}, "/upload": {"put": upload}, "/ok": {"post": multipart}})
    assert len(fixups.form_data_media_types(spec)) == 2
    assert saml["consumes"] == ["application/x-www-form-urlencoded"]
    assert upload["consumes"] == ["multipart/form-data"]
    assert multipart["consumes"] == ["multipart/form-data"]


def test_enum_defaults_fold_case_or_are_dropped_anywhere_in_the_spec() -> None:
    spec = _spec(
        {
            "/a": {
                "get": _get(
                    parameters=[
                        {
                            "name": "b",
                            "in": "query",
                            "type": "string",
                            "enum": ["daily", "monthly"],
                            "default": "Daily",
                        },
                        {
                            "name": "m",
                            "in": "query",
                            "type": "string",
                            "enum": ["full", "light"],
                            "default": "heavy",
                        },
                        {"name": "ok", "in": "query", "type": "string", "enum": ["x", "y"], "default": "x"},
                    ]
                )
            }
        },
        definitions={
            "D": {"type": "object", "properties": {"k": {"type": "string", "enum": ["on"], "default": "ON"}}}
        },
    )
    changes = fixups.enum_defaults_not_members(spec)
    params = spec["paths"]["/a"]["get"]["parameters"]
    assert params[0]["default"] == "daily"
    assert "default" not in params[1]
    assert params[2]["default"] == "x"
    assert spec["definitions"]["D"]["properties"]["k"]["default"] == "on"
    assert len(changes) == 3


def test_text_string_bodies_become_raw_payloads_remembering_media_types() -> None:
    body = {"in": "body", "name": "body", "schema": {"type": "string"}}
    spec = _spec(
        {
            "/cert": {"put": _get(consumes=["application/text"], parameters=[dict(body)])},
            "/proxy": {
                "post": _get(consumes=["application/text", "application/json"], parameters=[dict(body)])
            },
            "/json": {"patch": _get(consumes=["application/json"], parameters=[copy.deepcopy(body)])},
        }
    )
    changes = fixups.raw_string_bodies(spec)
    assert len(changes) == 2
    cert = spec["paths"]["/cert"]["put"]
    assert cert["consumes"] == ["application/octet-stream"]
    assert cert[fixups.RAW_BODY_EXTENSION] == ["application/text"]
    assert cert["parameters"][0]["schema"] == {"type": "string", "format": "binary"}
    assert spec["paths"]["/proxy"]["post"][fixups.RAW_BODY_EXTENSION] == [
        "application/text",
        "application/json",
    ]
    assert spec["paths"]["/json"]["patch"]["parameters"][0]["schema"] == {"type": "string"}


def test_json_string_bodies_accept_any_json_value() -> None:
    spec = _spec(
        {
            "/merge": {
                "patch": _get(
                    consumes=["application/json"],
                    parameters=[{"in": "body", "name": "b", "schema": {"type": "string"}}],
                )
            },
            "/implicit": {
                "post": _get(parameters=[{"in": "body", "name": "b", "schema": {"type": "string"}}])
            },
            "/typed": {
                "post": _get(parameters=[{"in": "body", "name": "b", "schema": {"$ref": "#/definitions/X"}}])
            },
        }
    )
    assert len(fixups.json_string_bodies(spec)) == 2
    assert spec["paths"]["/merge"]["patch"]["parameters"][0]["schema"] == {}
    assert spec["paths"]["/typed"]["post"]["parameters"][0]["schema"] == {"$ref": "#/definitions/X"}


def test_unsupported_media_types_keep_json_when_json_is_listed() -> None:
    spec = _spec(
        {
            "/a": {"post": _get(consumes=["application/x-ndjson", "application/json"])},
            "/b": {"post": _get(consumes=["application/xml"])},
            "/c": {"post": _get(consumes=["multipart/form-data"])},
        }
    )
    changes = fixups.unsupported_media_types(spec)
    assert spec["paths"]["/a"]["post"]["consumes"] == ["application/json"]
    assert spec["paths"]["/b"]["post"]["consumes"] == ["application/xml"]
    assert spec["paths"]["/c"]["post"]["consumes"] == ["multipart/form-data"]
    assert len(changes) == 1


def test_missing_media_types_default_to_json_only_where_needed() -> None:
    with_schema = {"200": {"description": "ok", "schema": {"type": "object"}}}
    spec = _spec(
        {
            "/a": {"get": _get(with_schema)},
            "/b": {"delete": _get()},
            "/c": {
                "post": _get(
                    with_schema,
                    produces=["application/json"],
                    parameters=[{"in": "body", "name": "b", "schema": {}}],
                )
            },
        }
    )
    changes = fixups.default_media_types(spec)
    assert spec["paths"]["/a"]["get"]["produces"] == ["application/json"]
    assert "produces" not in spec["paths"]["/b"]["delete"]
    assert spec["paths"]["/c"]["post"]["consumes"] == ["application/json"]
    assert len(changes) == 2


def test_global_media_types_are_respected() -> None:
    spec = _spec(
        {"/a": {"get": _get({"200": {"description": "ok", "schema": {}}})}}, produces=["application/json"]
    )
    assert fixups.default_media_types(spec) == []


def test_apply_fixups_reports_every_rule_by_name() -> None:
    report = fixups.apply_fixups(_spec({}))
    assert list(report) == [rule.__name__ for rule in fixups.RULES]
    assert all(changes == [] for changes in report.values())


def _definitions_with(required: list[str], **props: Any) -> dict[str, Any]:
    return _spec({}, definitions={"DeploymentResources": {"required": required, "properties": props}})


def test_real_payload_omissions_make_exactly_the_listed_fields_optional() -> None:
    spec = _definitions_with(
        ["integrations_server", "elasticsearch"],
        integrations_server={"type": "array", "items": {}},
        elasticsearch={"type": "array", "items": {}},
    )
    spec["definitions"]["ClusterMetadataPortInfo"] = {
        "required": ["transport_passthrough"],
        "properties": {"transport_passthrough": {"type": "integer"}},
    }
    unlisted = {"required": ["warnings"], "properties": {"warnings": {"type": "array"}}}
    spec["definitions"]["Unlisted"] = unlisted
    assert len(fixups.real_payload_omissions(spec)) == 2
    definitions = spec["definitions"]
    assert definitions["DeploymentResources"]["required"] == ["elasticsearch"]
    assert "x-nullable" not in definitions["DeploymentResources"]["properties"]["integrations_server"]
    assert "required" not in definitions["ClusterMetadataPortInfo"]
    assert definitions["ClusterMetadataPortInfo"]["properties"]["transport_passthrough"]["x-nullable"] is True
    assert definitions["Unlisted"]["required"] == ["warnings"]
    assert fixups.real_payload_omissions(spec) == []


def test_real_payload_omissions_leave_specs_without_the_fields_alone() -> None:
    spec = _definitions_with(["elasticsearch"], elasticsearch={"type": "array"})
    before = copy.deepcopy(spec)
    assert fixups.real_payload_omissions(spec) == []
    assert fixups.real_payload_omissions(_spec({})) == []
    assert spec == before
