"""The codegen pipeline end to end on small specs: complete, loud about losses, deterministic."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="swagger2openapi needs node")

SMALL_SPEC: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Tiny ECE", "version": "1", "termsOfService": ""},
    "basePath": "/api/v1",
    "paths": {
        "/things/{thing_id}": {
            "get": {
                "operationId": "get-thing",
                "tags": ["Things"],
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "type": "string"},
                    {
                        "name": "mode",
                        "in": "query",
                        "type": "string",
                        "enum": ["full", "light"],
                        "default": "Full",
                    },
                ],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}},
                    "404": {
                        "description": "Not there. (code: `things.thing_not_found`)",
                        "schema": {"$ref": "#/definitions/BasicFailedReply"},
                    },
                },
            }
        }
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string", "description": "The id."},
                "state": {"type": "string", "enum": ["on", "off"]},
            },
        },
        "BasicFailedReply": {
            "type": "object",
            "properties": {"errors": {"type": "array", "items": {"type": "object"}}},
        },
    },
}


def _write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "swagger.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.py"))}


def test_small_spec_generates_completely_and_deterministically(tmp_path: Path) -> None:
    from ece_codegen import generate

    source = _write(tmp_path, SMALL_SPEC)
    first = generate.generate(str(source), tmp_path / "one")
    generate.generate(str(source), tmp_path / "two")
    assert first["operations"] == 1
    assert first["fixups"]["enum_defaults_not_members"]
    tree = _tree(tmp_path / "one" / "ece_generated")
    assert tree == _tree(tmp_path / "two" / "ece_generated")
    module = tree["api/things/get_thing.py"].decode()
    assert 'OPERATION_ID = "get-thing"' in module
    assert '404: ("things.thing_not_found",)' in module
    assert generate.smoke_import(tmp_path / "one") > 5


def test_generation_fails_naming_what_the_generator_could_not_handle(tmp_path: Path) -> None:
    from ece_codegen import generate

    spec = json.loads(json.dumps(SMALL_SPEC))
    spec["paths"]["/things/{thing_id}"]["get"]["produces"] = ["application/xml"]
    with pytest.raises(generate.GenerationError) as excinfo:
        generate.generate(str(_write(tmp_path, spec)), tmp_path / "out")
    message = str(excinfo.value)
    assert "GET /things/{thing_id}" in message
    assert "application/xml" in message
    assert not (tmp_path / "out" / "ece_generated").exists()


def test_non_swagger2_input_is_refused(tmp_path: Path) -> None:
    from ece_codegen import generate

    with pytest.raises(generate.GenerationError, match=r"not a Swagger 2\.0 document"):
        generate.generate(str(_write(tmp_path, {"openapi": "3.0.0"})), tmp_path / "out")


def test_a_required_nullable_field_is_typed_and_decoded_with_its_null(tmp_path: Path) -> None:
    """``x-nullable`` on a required field: ``X | None``, a null reads as None and nested objects decode."""
    from ece_codegen import generate

    spec = json.loads(json.dumps(SMALL_SPEC))
    thing = spec["definitions"]["Thing"]
    thing["required"] = ["id", "label", "reply"]
    thing["properties"]["label"] = {"type": "string", "x-nullable": True}
    thing["properties"]["reply"] = {
        "type": "array",
        "items": {"$ref": "#/definitions/BasicFailedReply"},
        "x-nullable": True,
    }
    generate.generate(str(_write(tmp_path, spec)), tmp_path)
    module = (tmp_path / "ece_generated" / "models" / "thing.py").read_text(encoding="utf-8")
    assert "    label: str | None\n" in module and "    reply: list[BasicFailedReply] | None\n" in module
    probe = (
        "from ece_generated.models import Thing, BasicFailedReply\n"
        "t = Thing.from_dict({'id': 't', 'label': None, 'reply': None})\n"
        "assert t.label is None and t.reply is None\n"
        "assert t.to_dict() == {'id': 't', 'label': None, 'reply': None}\n"
        "t = Thing.from_dict({'id': 't', 'label': 'x', 'reply': [{'errors': []}]})\n"
        "assert isinstance(t.reply[0], BasicFailedReply), t.reply\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
