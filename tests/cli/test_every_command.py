"""All 274 commands: each sends exactly the request the library sends for the same arguments.

For every operation of the spec, plausible values for every argument (the ones
``tests/generated/test_every_request.py`` builds, where the built requests are
checked against the spec) are sent twice to a recording server on 127.0.0.1:
once through the library (``ECEClient.<tag>.<operation>(**values)``) and once
through ``ece-async <group> <operation>`` with the same values as flags, the
body as a ``--body`` JSON file.  The two requests must be the same on the wire,
and the command's must match the spec's method, path template and query names.
"""

from __future__ import annotations

import asyncio
import enum
import importlib.util
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

from ece_async._generated import OPERATIONS, File, Model
from ece_async.cli import main
from ece_async.client import ECEClient

from .cli_support import API_KEY, Recorder, Seen, recording_server

SPEC = Path(__file__).resolve().parents[3] / "shared" / "ece-api" / "swagger-ece-ms112.json"
pytestmark = pytest.mark.shared_spec


def _library_values_module() -> Any:
    path = Path(__file__).resolve().parents[1] / "generated" / "test_every_request.py"
    spec = importlib.util.spec_from_file_location("_every_request_values", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _values(operation_id: str, tools: Any) -> dict[str, Any]:
    tag, module_name, _method, _path = OPERATIONS[operation_id]
    module = importlib.import_module(f"ece_generated.api.{tag}.{module_name}")
    values = {}
    for name, parameter in inspect.signature(module.build_request).parameters.items():
        if name == "content_type":
            continue
        annotation = tools._evaluate(parameter.annotation, module.__name__)
        if "bytes" in str(annotation):
            values[name] = b"raw text payload"
        else:
            values[name] = tools.plausible(annotation, name)
    return values


def _flag(name: str) -> str:
    return "--" + name.rstrip("_").replace("_", "-")


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _flags(values: dict[str, Any], tmp_path: Path) -> list[str]:
    """The same values as command-line flags (a body as a JSON file, files as ``--set k=@FILE``)."""
    flags: list[str] = []
    for name, value in values.items():
        if name == "body":
            flags += _body_flags(value, tmp_path)
        elif value is True or value is False:
            flags.append(_flag(name) if value else "--no-" + _flag(name)[2:])
        elif isinstance(value, list):
            for item in value:  # repeated, the other form (a,b) is tested on its own
                flags += [_flag(name), _text(item)]
        else:
            flags += [_flag(name), _text(value)]
    return flags


def _body_flags(value: Any, tmp_path: Path) -> list[str]:
    path = tmp_path / "body.json"
    if isinstance(value, bytes):
        path.write_bytes(value)
        return ["--body", str(path)]
    data = value.to_dict() if isinstance(value, Model) else value
    edits = []
    for key, item in list(data.items()):
        if isinstance(item, File):
            upload = tmp_path / (item.file_name or key)
            upload.write_bytes(item.payload)
            edits += ["--set", f"{key}=@{upload}"]
            del data[key]
    path.write_text(json.dumps(data), encoding="utf-8")
    return ["--body", str(path), *edits]


async def _library_call(url: str, operation_id: str, values: dict[str, Any]) -> None:
    tag, method_name, _m, _p = OPERATIONS[operation_id]
    async with ECEClient(url, api_key=API_KEY) as client:
        try:
            await getattr(getattr(client, tag), method_name)(**values)
        except Exception:
            pass


_BOUNDARY = re.compile(rb"[-]{2,}[0-9a-zA-Z._=]+")


def _comparable(seen: Seen) -> tuple[Any, ...]:
    content_type = seen.headers.get("content-type", "")
    body = seen.body
    if content_type.startswith("multipart/"):
        body = _BOUNDARY.sub(b"BOUNDARY", body)
        content_type = content_type.split(";")[0]
    wire = {
        k: v for k, v in seen.headers.items() if k not in ("user-agent", "content-length", "content-type")
    }
    wire.pop("x-request-id", None)
    return seen.method, seen.path, seen.query, content_type, body, sorted(wire.items())


def _check_spec(spec: dict[str, Any], operation_id: str, seen: Seen, tools: Any) -> None:
    """Method, path template, every query parameter with a value of its type, body media type."""
    _tag, _module, method, template = OPERATIONS[operation_id]
    assert seen.method == method
    pattern = "^/api/v1" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
    assert re.match(pattern, seen.path), (seen.path, template)
    operation = spec["paths"][template][method.lower()]
    params = tools._spec_parameters(spec, template, method.lower())
    query = [p for p in params if p["in"] == "query"]
    assert {name for name, _ in seen.query} == {p["name"] for p in query}
    for param in query:
        for name, text in seen.query:
            if name != param["name"]:
                continue
            if param.get("type") == "boolean":
                assert text in ("true", "false"), (name, text)
            elif param.get("type") == "integer":
                int(text)
            if "enum" in param:
                assert text in param["enum"], (name, text)
    if any(p["in"] in ("body", "formData") for p in params):
        media_type = seen.headers.get("content-type", "").split(";")[0]
        assert media_type in tools._consumes(spec, operation, params), (operation_id, media_type)


def _one(recorder: Recorder, operation_id: str, values: dict[str, Any], tmp_path: Path) -> Seen:
    asyncio.run(_library_call(recorder.url, operation_id, values))
    (library,) = recorder.take()
    tag = OPERATIONS[operation_id][0]
    argv = [tag.replace("_", "-"), operation_id, *_flags(values, tmp_path)]
    argv += [
        "--url",
        recorder.url,
        "--api-key",
        API_KEY,
        "--yes",
        "--format",
        "json",
        "-o",
        str(tmp_path / "out"),
    ]
    main(argv)
    (command,) = recorder.take()
    assert _comparable(command) == _comparable(library), argv
    return command


def test_every_command_sends_the_librarys_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not SPEC.is_file():
        pytest.skip(f"{SPEC} is not present")
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    tools = _library_values_module()
    failures = []
    with recording_server() as recorder:
        for operation_id in sorted(OPERATIONS):
            try:
                seen = _one(recorder, operation_id, _values(operation_id, tools), tmp_path)
                _check_spec(spec, operation_id, seen, tools)
            except (Exception, SystemExit) as exc:  # collect every failure, not just the first
                failures.append(f"{operation_id}: {type(exc).__name__}: {exc}"[:400])
                recorder.take()
    assert len(OPERATIONS) == 274
    assert failures == [], "\n".join(failures)


def test_every_write_dry_run_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--dry-run`` on each of the spec's writes: nothing sent, or only ``validate_only=true``."""
    from ece_async.cli.operation import has_validate_only
    from ece_async.cli.tree import operation

    tools = _library_values_module()
    failures = []
    writes = [op for op, (_t, _m, method, _p) in sorted(OPERATIONS.items()) if method not in ("GET", "HEAD")]
    with recording_server() as recorder:
        for operation_id in writes:
            values = _values(operation_id, tools)
            values.pop("validate_only", None)
            tag = OPERATIONS[operation_id][0]
            argv = [tag.replace("_", "-"), operation_id, *_flags(values, tmp_path), "--dry-run"]
            code = main([*argv, "--url", recorder.url, "--api-key", API_KEY, "-o", str(tmp_path / "out")])
            seen = recorder.take()
            validates = has_validate_only(operation(operation_id))
            if code != 0 or [dict(s.query).get("validate_only") for s in seen] != (
                ["true"] if validates else []
            ):
                failures.append(
                    f"{operation_id}: exit {code}, sent {[(s.method, s.path, s.query) for s in seen]}"
                )
    assert len(writes) > 100
    assert failures == [], "\n".join(failures)
