"""A synthetic spec with the shapes of older ECE releases generates completely and sends right.

No spec of an ECE 2.x release is on disk (and none may be committed), so this
one is written by hand: every defect older releases and hand-edited Swagger
files have, in one document, beside the wire shapes the generated code must
honour (array path segments, ``collectionFormat``, form bodies, renamed path
parameters).  It must generate every operation with zero warnings, import in a
fresh interpreter, and build the requests the spec describes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="swagger2openapi needs node")

FAILED = {"schema": {"$ref": "#/definitions/BasicFailedReply"}}


def _string(name: str, where: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "type": "string", **extra}


def _array(name: str, where: str, fmt: str | None, **extra: Any) -> dict[str, Any]:
    param = {"name": name, "in": where, "type": "array", "items": {"type": "string"}, **extra}
    if fmt:
        param["collectionFormat"] = fmt
    return param


OLD_SPEC: dict[str, Any] = {
    "swagger": "2.0",
    "info": {
        "title": "Elastic Cloud Enterprise API",
        "version": 1,
        "termsOfService": "",
        "logo": {"url": "l"},
    },
    "basePath": "/api/v1/",
    "consumes": "application/json",
    "securityDefinitions": {"basicAuth": {"type": "basic"}},
    "paths": {
        "/platform/infrastructure/allocators/{allocator_id}/clusters/{cluster_type}/_move": {
            "post": {
                "tags": ["PlatformInfrastructure"],
                "summary": "Move clusters by type",
                "operationId": "move-clusters-by-type",
                "parameters": [
                    _string("allocator_id", "path", required=True),
                    _string("cluster_type", "path", required=False, enum=["elasticsearch", "kibana"]),
                    {"name": "validate_only", "in": "query", "type": "boolean", "default": "false"},
                    {"in": "body", "name": "body", "schema": {"$ref": "#/definitions/MoveClustersRequest"}},
                ],
                "responses": {
                    "202": {"description": "ok", "schema": {"$ref": "#/definitions/MoveClustersRequest"}},
                    "400": {"description": "Bad plan (code: 'clusters.cluster_invalid_plan')", **FAILED},
                    "449": {
                        "description": "elevated (code: '\"root.unauthorized.rbac.elevated\"')",
                        **FAILED,
                    },
                },
            }
        },
        "/clusters/{clusterId}/instances/{instance_ids}/_stop": {
            "post": {
                "tags": ["Clusters"],
                "parameters": [
                    _string("clusterId", "path", required=True),
                    _array("instance_ids", "path", "csv", required=True),
                    _array("zones", "query", "multi"),
                    _array("tags", "query", None),
                    _array("X-Trace", "header", "csv"),
                    {"name": "limit", "in": "query"},
                ],
                "responses": {"202": {"schema": {"type": "object"}}},
            }
        },
        "/clusters/{cluster_ids}/_search": {
            "get": {
                "tags": ["Clusters"],
                "operationId": "search",
                "parameters": [
                    _array("cluster_ids", "path", "ssv", required=True),
                    _array("q", "query", "tsv"),
                ],
                "responses": {"200": {"description": "ok", "headers": {"Status Code": {"type": "integer"}}}},
            }
        },
        "/clusters/{cluster_ids}/_search_again": {
            "get": {
                "tags": ["Clusters"],
                "operationId": "search",
                "parameters": [_array("cluster_ids", "path", "pipes", required=True)],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/users/auth/saml/_callback": {
            "post": {
                "tags": ["Authentication"],
                "operationId": "saml-callback",
                "parameters": [
                    _string("SAMLResponse", "formData", required=True),
                    _string("RelayState", "formData"),
                    _array("scopes", "formData", "multi"),
                ],
                "responses": {"302": {"description": "redirect"}},
            }
        },
        "/stack/versions": {
            "post": {
                "tags": ["Stack"],
                "operationId": "update-stack-packs",
                "parameters": [{"name": "file", "in": "formData", "type": "file", "required": True}],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/deployments/{deployment_id}/keystore": {
            "put": {
                "tags": ["Deployments"],
                "operationId": "set-keystore",
                "parameters": [
                    _string("deployment_id", "path", required=True),
                    {"in": "body", "name": "body", "schema": {"$ref": "#/definitions/KeystoreContents"}},
                ],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/KeystoreContents"}}
                },
            }
        },
    },
    "definitions": {
        "BasicFailedReply": {"type": "object", "properties": {"errors": {"type": "array", "items": {}}}},
        "MoveClustersRequest": {
            "type": "object",
            "properties": {
                "kibana": {"type": "array", "items": {"$ref": "#/definitions/Move"}},
                "note": {"type": ["string", "null"]},
                "size": {"type": "integer", "default": "ten"},
                "owner": {"$ref": "#/definitions/RenamedInANewerRelease"},
            },
        },
        "Move": {"type": "object", "properties": {"cluster_id": {"type": "string"}}},
        "KeystoreContents": {
            "type": "object",
            "properties": {
                "secrets": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/definitions/KeystoreSecret"},
                }
            },
        },
        "KeystoreSecret": {
            "type": "object",
            "description": "The value that you configure for the Elasticsearch keystore secret.",
            "properties": {"value": {"type": "object"}, "as_file": {"type": "boolean"}},
        },
    },
}

CHECKS = r"""
import json
from ece_generated._encode import EncodeError
from ece_generated.api import OPERATIONS
from ece_generated.api.clusters import search, search_get
from ece_generated.api.clusters import post_clusters_clusterid_instances_instance_ids_stop as stop
from ece_generated.api.authentication import saml_callback
from ece_generated.api.stack import update_stack_packs
from ece_generated.api.platform_infrastructure import move_clusters_by_type as move
from ece_generated.models import KeystoreSecret, MoveClustersRequest, SamlCallbackBody, UpdateStackPacksBody
from ece_generated.types import File

out = {"operations": sorted(OPERATIONS)}
r = stop.build_request(cluster_id="c 1", instance_ids=["i-1", "i,2"], zones=["a", "b"], tags=["x", "y"],
                       x_trace=["t1", "t2"], limit="5")
out["stop"] = [r.path, list(map(list, r.params)), list(map(list, r.headers))]
out["search"] = [search.build_request(cluster_ids=["a", "b"], q=["x", "y"]).path,
                 search.build_request(cluster_ids=["a", "b"], q=["x", "y"]).params[0][1]]
out["search_get"] = search_get.PATH
r = saml_callback.build_request(body=SamlCallbackBody(saml_response="PHNhbWw+", scopes=["a", "b"]))
out["saml"] = [r.content.decode(), r.content_type, r.json is not None and repr(r.json)]
r = update_stack_packs.build_request(body=UpdateStackPacksBody(file=File(b"PK", "p.zip")))
out["upload"] = [[name, f.file_name] for name, f in r.files]
r = move.build_request(allocator_id="a1", cluster_type="kibana", body=MoveClustersRequest(kibana=None))
out["move"] = [r.path, r.json, move.ERROR_CODES]
try:
    move.build_request(allocator_id="..", cluster_type="kibana")
except EncodeError as exc:
    out["dots"] = str(exc)
out["repr"] = repr(KeystoreSecret(value={"password": "hunter2"}, as_file=False))
print(json.dumps(out, default=str))
"""


def test_an_old_release_spec_generates_completely_and_sends_right(tmp_path: Path) -> None:
    from ece_codegen import generate

    source = tmp_path / "swagger.json"
    source.write_text(json.dumps(OLD_SPEC), encoding="utf-8")
    report = generate.generate(str(source), tmp_path / "out")
    assert report["operations"] == 7
    assert generate.smoke_import(tmp_path / "out") > 10
    proc = subprocess.run(
        [sys.executable, "-c", CHECKS],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "out"), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["operations"] == [
        "move-clusters-by-type",
        "post-clusters-clusterid-instances-instance-ids-stop",
        "saml-callback",
        "search",
        "search-get",
        "set-keystore",
        "update-stack-packs",
    ]
    assert out["stop"] == [
        "/clusters/c%201/instances/i-1,i%2C2/_stop",
        [["zones", "a"], ["zones", "b"], ["tags", "x,y"], ["limit", "5"]],
        [["X-Trace", "t1,t2"]],
    ]
    assert out["search"] == ["/clusters/a%20b/_search", "x\ty"]
    assert out["search_get"] == "/clusters/{cluster_ids}/_search_again"
    assert out["saml"] == [
        "SAMLResponse=PHNhbWw%2B&scopes=a&scopes=b",
        "application/x-www-form-urlencoded",
        "UNSET",
    ]
    assert out["upload"] == [["file", "p.zip"]]
    assert out["move"] == [
        "/platform/infrastructure/allocators/a1/clusters/kibana/_move",
        {"kibana": None},
        {
            "400": ["clusters.cluster_invalid_plan"],
            "449": ["root.unauthorized.rbac.elevated"],
        },
    ]
    assert "allocator_id" in out["dots"] and "'..'" in out["dots"]
    assert "hunter2" not in out["repr"] and "as_file=False" in out["repr"]
