"""Each fix-up rule repairs a *shape* of defect, wherever it appears, and nothing else."""

from __future__ import annotations

import copy
from typing import Any

import fixups


def _spec(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths, **extra}


def _get(responses: dict[str, Any] | None = None, **op: Any) -> dict[str, Any]:
    return {"operationId": "op", "responses": responses or {"200": {"description": "ok"}}, **op}


def test_info_urls_drops_empty_terms_of_service_only() -> None:
    spec = _spec({}, info={"title": "t", "version": "1", "termsOfService": ""})
    assert fixups.info_urls(spec) == ["info.termsOfService: removed non-URL value ''"]
    assert "termsOfService" not in spec["info"]
    good = _spec({}, info={"title": "t", "version": "1", "termsOfService": "https://example.com/tos"})
    assert fixups.info_urls(good) == []
    assert good["info"]["termsOfService"] == "https://example.com/tos"


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
