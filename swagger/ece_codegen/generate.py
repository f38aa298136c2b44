"""Build the generated layer (``generated/ece_generated``) from an ECE Swagger 2.0 spec.

Pipeline: load -> fix-ups (:mod:`ece_codegen.fixups`) -> Swagger 2 to OpenAPI 3
(swagger2openapi, pinned in ``swagger/package-lock.json``) -> openapi-python-client
parsing, rendered through our templates (``swagger/templates``) -> ruff format ->
the runtime (:mod:`ece_codegen.runtime`) copied in.

The run fails, naming what was lost, when the generator warns or any operation
of the input spec is missing from the output.  Output is deterministic: the same
spec gives byte-identical files.

Usage: python -m ece_codegen SWAGGER [--output DIR] [--check | --smoke]
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from . import fixups
from .support import (
    describe_kind,
    extra_kind,
    field_declaration,
    field_kind,
    is_secret_prop,
    nullable_required,
    path_expression,
    path_key,
    python_literal,
    python_type,
    raw_text,
    referenced_classes,
)

PACKAGE_DIR = Path(__file__).resolve().parent
#: The spec inputs beside the package: templates, generator and ruff settings, the pinned converter.
SWAGGER_DIR = PACKAGE_DIR.parent
ROOT = SWAGGER_DIR.parent
PACKAGE = "ece_generated"
DEFAULT_OUTPUT = ROOT / "generated"
SPEC_RECORD = SWAGGER_DIR / "spec.sha256"
RUNTIME_DIR = PACKAGE_DIR / "runtime"
# ``(code: `a.b`)``; older releases write ``(code: 'a.b')`` and ``(code: '"a.b"')``.
CODE_PATTERN = re.compile(r"""\(code: [`'"]+([^`'"\s]+)[`'"]+\)""")
PARAMETER_LOCATIONS = ("path", "query", "header", "formData")


class GenerationError(Exception):
    """Raised when the output would not be complete or warning-free."""


def load_spec(source: str) -> bytes:
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=60) as response:
            data: bytes = response.read()
            return data
    return Path(source).read_bytes()


def error_codes(operation: dict[str, Any]) -> dict[int, tuple[str, ...]]:
    """The documented ``x-cloud-error-codes`` of each response, from headers and descriptions."""
    result: dict[int, tuple[str, ...]] = {}
    for status, response in sorted(operation.get("responses", {}).items()):
        if not isinstance(response, dict):
            continue
        codes: list[str] = []
        header = response.get("headers", {}).get("x-cloud-error-codes", {})
        codes.extend(header.get("enum", []))
        codes.extend(CODE_PATTERN.findall(response.get("description", "")))
        if codes and str(status).isdigit():
            result[int(status)] = tuple(dict.fromkeys(codes))
    return result


def operation_facts(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """What the templates need that the generator's data model drops, by (method, path key)."""
    facts = {}
    for method, path, operation in fixups.iter_operations(spec):
        parameters = [p for p in operation.get("parameters", []) if isinstance(p, dict) and "name" in p]
        facts[(method, path_key(path))] = {
            "operation_id": operation["operationId"],
            "path": path,
            "error_codes": error_codes(operation),
            "raw_body_media_types": operation.get(fixups.RAW_BODY_EXTENSION, []),
            "summary": _one_line(operation.get("summary", "")),
            "description": str(operation.get("description", "")).strip(),
            "param_docs": {p["name"]: _param_doc(p) for p in parameters},
            "collection_formats": {
                location: {
                    p["name"]: fixups.collection_format(p)
                    for p in parameters
                    if p.get("in") == location
                    and (p.get("type") == "array" or fixups.COLLECTION_FORMAT_EXTENSION in p)
                }
                for location in PARAMETER_LOCATIONS
            },
            "responses": {
                int(status): _one_line(response.get("description", ""))
                for status, response in sorted(operation.get("responses", {}).items())
                if status.isdigit() and isinstance(response, dict)
            },
        }
    return facts


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())


def _param_doc(parameter: dict[str, Any]) -> str:
    doc = _one_line(parameter.get("description", ""))
    if "default" in parameter:
        doc += f" (server default: {json.dumps(parameter['default'])})"
    return doc


def install_converter() -> Path:
    """The pinned swagger2openapi command (``npm ci`` in ``swagger/`` on first use)."""
    converter = SWAGGER_DIR / "node_modules" / ".bin" / "swagger2openapi"
    if not converter.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=SWAGGER_DIR, check=True)
    return converter


def convert_to_openapi3(swagger: dict[str, Any], workdir: Path) -> dict[str, Any]:
    converter = install_converter()
    source = workdir / "swagger-fixed.json"
    target = workdir / "openapi3.json"
    source.write_text(json.dumps(swagger), encoding="utf-8")
    proc = subprocess.run(
        [str(converter), str(source), "--outfile", str(target)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise GenerationError(f"swagger2openapi failed:\n{proc.stderr.strip()}")
    result: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return result


def parse_openapi3(openapi3: dict[str, Any], out_dir: Path) -> tuple[Any, Any]:
    """openapi-python-client's config (ours) and its parse of an OpenAPI 3 document."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    no_metadata: Any = MetaType.NONE  # a StrEnum, which mypy's Python 3.10 target does not know
    config = Config.from_sources(
        ConfigFile.load_from_path(SWAGGER_DIR / "openapi-python-client.yaml"),
        no_metadata,
        document_source=Path("spec.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    data = GeneratorData.from_dict(openapi3, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"openapi-python-client could not parse the spec: {data.header} {data.detail}")
    return config, data


def render(
    openapi3: dict[str, Any], facts: dict[tuple[str, str], dict[str, Any]], out_dir: Path
) -> list[str]:
    """Render the package into ``out_dir``; return the generator's warnings."""
    config, data = parse_openapi3(openapi3, out_dir)

    project = _EceProject(openapi=data, config=config, custom_template_path=SWAGGER_DIR / "templates")
    project.facts = facts
    problems = project.build()
    warnings = []
    for problem in problems:
        text = f"{problem.level.value}: {problem.header or ''} {problem.detail or ''}".strip()
        warnings.append(re.sub(r" at 0x[0-9a-f]+", "", text))
    return warnings


def _load_project_class() -> type:
    from openapi_python_client import Project
    from openapi_python_client.parser.responses import NONE_SOURCE

    class EceProject(Project):
        """Renders only our templates: no httpx client, no project metadata."""

        facts: dict[tuple[str, str], dict[str, Any]]

        def build(self) -> Any:
            self.env.filters.update(
                ece_type=python_type,
                ece_kind=lambda prop: describe_kind(field_kind(prop)),
                ece_classes=referenced_classes,
                ece_field=field_declaration,
                ece_secret=is_secret_prop,
                ece_strip_codes=lambda text: " ".join(CODE_PATTERN.sub("", str(text)).split()),
                ece_empty=lambda response: response.source is NONE_SOURCE,
                ece_extra_kind=lambda model: describe_kind(extra_kind(model)),
                ece_nullable=nullable_required,
                ece_path=lambda endpoint: path_expression(
                    endpoint, self.facts[_fact_key(endpoint)]["collection_formats"]["path"]
                ),
                ece_uses=lambda text, name: re.search(rf"\b{name}\b", str(text)) is not None,
            )
            self.env.add_extension("jinja2.ext.do")
            self.env.filters.update(ece_lit=python_literal, ece_raw=raw_text, ece_json=json.dumps)
            self.env.globals.update(ece_fact=lambda endpoint: self.facts[_fact_key(endpoint)])
            self.project_dir.mkdir(parents=True, exist_ok=True)
            self._write("package_init.py.jinja", self.package_dir / "__init__.py")
            self._write("py.typed.jinja", self.package_dir / "py.typed")
            self._build_models()
            self._build_api()
            return self._get_errors()

        def _write(self, template: str, path: Path, **context: Any) -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(self.env.get_template(template).render(**context), encoding="utf-8")

        def _build_models(self) -> None:
            models_dir = self.package_dir / "models"
            models = sorted(self.openapi.models, key=lambda m: str(m.class_info.name))
            enums = sorted(self.openapi.enums, key=lambda e: str(e.class_info.name))
            for model in models:
                self._write("model.py.jinja", models_dir / f"{model.class_info.module_name}.py", model=model)
            for enum in enums:
                self._write("str_enum.py.jinja", models_dir / f"{enum.class_info.module_name}.py", enum=enum)
            classes = sorted(
                [(str(c.class_info.name), str(c.class_info.module_name)) for c in [*models, *enums]]
            )
            self._write("models_init.py.jinja", models_dir / "__init__.py", classes=classes)

        def _build_api(self) -> None:
            api_dir = self.package_dir / "api"
            collections = sorted(self.openapi.endpoint_collections_by_tag.items(), key=lambda kv: str(kv[0]))
            for tag, collection in collections:
                endpoints = sorted(collection.endpoints, key=lambda e: str(e.name))
                self._write(
                    "endpoint_init.py.jinja", api_dir / str(tag) / "__init__.py", tag=tag, endpoints=endpoints
                )
                for endpoint in endpoints:
                    self._write(
                        "endpoint_module.py.jinja",
                        api_dir / str(tag) / f"{endpoint.name}.py",
                        endpoint=endpoint,
                    )
            self._write("api_init.py.jinja", api_dir / "__init__.py", collections=collections)

    return EceProject


def _fact_key(endpoint: Any) -> tuple[str, str]:
    return (endpoint.method, path_key(raw_text(endpoint.path)))


_EceProject: Any = None


def copy_runtime(package_dir: Path) -> list[str]:
    """Copy the hand-written runtime (:mod:`ece_codegen.runtime`) into the package, with a header."""
    copied = []
    for source in sorted(RUNTIME_DIR.glob("*.py")):
        if source.name == "__init__.py":
            continue
        header = (
            f"# Copied verbatim from swagger/ece_codegen/runtime/{source.name} by `make generate`:"
            " edit that file, not this copy.\n"
        )
        (package_dir / source.name).write_text(header + source.read_text(encoding="utf-8"), encoding="utf-8")
        copied.append(source.name)
    return copied


def generate(source: str, output: Path) -> dict[str, Any]:
    """Generate into ``output`` (its ``ece_generated`` package is replaced); return a report."""
    global _EceProject
    if _EceProject is None:
        _EceProject = _load_project_class()
    raw = load_spec(source)
    sha256 = hashlib.sha256(raw).hexdigest()
    swagger = json.loads(raw)
    if swagger.get("swagger") != "2.0":
        raise GenerationError("input is not a Swagger 2.0 document (no 'swagger: \"2.0\"')")
    fixed = copy.deepcopy(swagger)
    changes = fixups.apply_fixups(fixed)
    spec_ops = {(m, p): op["operationId"] for m, p, op in fixups.iter_operations(fixed)}
    if set(spec_ops) != {(m, p) for m, p, _ in fixups.iter_operations(swagger)}:
        raise GenerationError("the fix-ups lost operations of the spec")
    facts = operation_facts(fixed)

    with tempfile.TemporaryDirectory(prefix="ece-generate-") as tmp:
        workdir = Path(tmp)
        openapi3 = convert_to_openapi3(fixed, workdir)
        package_dir = workdir / "out" / PACKAGE
        warnings = render(openapi3, facts, package_dir)
        (package_dir / "_spec.py").write_text(
            '"""Which spec this package was generated from (checked by make check-generated)."""\n\n'
            f'SPEC_SHA256 = "{sha256}"\nOPERATION_COUNT = {len(spec_ops)}\n',
            encoding="utf-8",
        )
        _ruff_format(package_dir)
        copy_runtime(package_dir)
        generated_ops = _generated_operations(package_dir)
        missing = sorted(set(spec_ops.values()) - generated_ops)
        if warnings or missing:
            lines = [
                f"generation lost parts of the spec ({len(warnings)} warnings,"
                f" {len(missing)} missing operations):"
            ]
            lines += [f"  missing operation: {op}" for op in missing]
            lines += [f"  {w}" for w in warnings]
            raise GenerationError("\n".join(lines))
        output.mkdir(parents=True, exist_ok=True)
        target = output / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(package_dir, target)
    return {"sha256": sha256, "operations": len(spec_ops), "fixups": changes}


def _ruff_format(package_dir: Path) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise GenerationError("ruff is not installed (make install)")
    config = ["--config", str(SWAGGER_DIR / "ruff-generated.toml")]
    for command in (
        ["check", "--fix", "--unsafe-fixes", "--quiet", "--output-format", "concise"],
        ["format", "--quiet"],
    ):
        proc = subprocess.run(
            [ruff, *command, "--no-cache", *config, "."], capture_output=True, text=True, cwd=package_dir
        )
        if proc.returncode != 0:
            raise GenerationError(f"ruff {command[0]} failed on the generated code:\n{proc.stdout[-4000:]}")


def _generated_operations(package_dir: Path) -> set[str]:
    registry = (package_dir / "api" / "__init__.py").read_text(encoding="utf-8")
    return set(re.findall(r'^\s+"([^"]+)": \(', registry, re.M))


def smoke_import(root: Path) -> int:
    """Import every module of a generated package in a fresh interpreter; return how many."""
    script = (
        "import importlib, pkgutil, sys\n"
        f"import {PACKAGE}\n"
        f"names = [m.name for m in pkgutil.walk_packages({PACKAGE}.__path__, '{PACKAGE}.')]\n"
        "for name in names: importlib.import_module(name)\n"
        f"from {PACKAGE} import models\n"
        "for name in models.__all__: getattr(models, name)\n"
        "print(len(names))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if proc.returncode != 0:
        raise GenerationError(f"the generated package does not import cleanly:\n{proc.stderr[-4000:]}")
    return int(proc.stdout.strip())


def diff_trees(left: Path, right: Path) -> list[str]:
    """Paths that differ between two trees (missing on either side, or different bytes)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        }

    lhs, rhs = files(left), files(right)
    differing = sorted(lhs ^ rhs)
    differing += sorted(p for p in lhs & rhs if not filecmp.cmp(left / p, right / p, shallow=False))
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ece_codegen", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument(
        "swagger", help="path or URL of an ECE Swagger 2.0 spec (e.g. .../api/v1/api-docs/swagger.json)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="directory to generate into")
    parser.add_argument(
        "--check", action="store_true", help="regenerate into a temp dir and fail on any diff with --output"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="generate into a temp dir and import every module"
    )
    parser.add_argument("--verbose", action="store_true", help="list every fix-up change")
    args = parser.parse_args(argv)
    try:
        if args.smoke:
            with tempfile.TemporaryDirectory(prefix="ece-smoke-") as tmp:
                report = generate(args.swagger, Path(tmp))
                count = smoke_import(Path(tmp))
            print(f"{args.swagger}: {report['operations']} operations, {count} modules import cleanly")
            return 0
        if args.check:
            with tempfile.TemporaryDirectory(prefix="ece-check-") as tmp:
                report = generate(args.swagger, Path(tmp))
                differing = diff_trees(Path(tmp) / PACKAGE, args.output / PACKAGE)
                if differing:
                    print(
                        f"generated code is stale or edited by hand ({len(differing)} files differ):",
                        file=sys.stderr,
                    )
                    for path in differing[:50]:
                        print(f"  {path}", file=sys.stderr)
                    print("run: make generate SWAGGER=<spec>", file=sys.stderr)
                    return 1
                print(f"generated code matches {args.swagger} (sha256 {report['sha256']})")
                return 0
        report = generate(args.swagger, args.output)
    except (GenerationError, OSError, ValueError) as exc:
        print(f"make generate failed: {exc}", file=sys.stderr)
        return 1
    for rule, changes in report["fixups"].items():
        print(f"fix-up {rule}: {len(changes)} change(s)")
        if args.verbose:
            for change in changes:
                print(f"    {change}")
    print(
        f"generated {report['operations']} operations into {args.output / PACKAGE}"
        f" (spec sha256 {report['sha256']})"
    )
    if args.output.resolve() == DEFAULT_OUTPUT.resolve():
        SPEC_RECORD.write_text(f"{report['sha256']}  {Path(args.swagger).name}\n", encoding="utf-8")
    return 0
