"""Docs pages for every operation and every model, written while ``make docs`` builds.

Read from the generated package itself (``OPERATIONS``, each ``build_request``'s signature and
docstring, ``ERROR_CODES`` and the documented statuses; each model's attrs fields and docstring),
so the reference cannot drift from the code; nothing here is committed output. Operation pages
link the models they take and return; each model page links the models of its fields and the
operations that use it. mkdocs-gen-files runs this file; ``pages()`` is what the tests check.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

import attrs

from ece_async.errors import error_class_for_status
from ece_generated import models as generated_models
from ece_generated.api import OPERATIONS

OUT = "operations"
MODELS = "models"
NOISE = re.compile(r"\s*\|\s*(Unset|None)\b")  # "bool | Unset | None" reads as "bool" (optional)
NAME = re.compile(r"\b([A-Z]\w*)\b")
SECTION = re.compile(r"^(Args|Attributes|Returns|Raises):$")


def cell(text: str) -> str:
    """Text fit for one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;")


def model_module(name: str) -> str | None:
    """The module (page) name of a generated model or enum class, ``None`` for anything else."""
    cls = getattr(generated_models, name, None)
    if not isinstance(cls, type) or not cls.__module__.startswith("ece_generated.models."):
        return None
    return cls.__module__.rpartition(".")[2]


def type_markdown(annotation: str, prefix: str) -> str:
    """An annotation as code, each model or enum in it a link to its page (``prefix``: the path there)."""
    parts: list[str] = []
    text = ""
    for piece in NAME.split(annotation):
        module = model_module(piece) if NAME.fullmatch(piece) else None
        if module is None:
            text += piece
            continue
        if text.strip():
            parts.append(f"`{text.strip()}`")
        parts.append(f"[`{piece}`]({prefix}{module}.md)")
        text = ""
    if text.strip():
        parts.append(f"`{text.strip()}`")
    return "".join(parts)  # a "|" inside a code span does not split a table cell


def docstring_sections(doc: str) -> tuple[str, str, dict[str, dict[str, str]]]:
    """(summary, prose, {section: {name: text}}) of a generated Google-style docstring.

    A section (``Args:``, ``Attributes:``, ``Returns:``, ``Raises:``) ends where the next one
    starts; its entries are ``name: text`` lines indented once, continued by deeper lines.
    """
    lines = inspect.cleandoc(doc).splitlines()
    summary = lines[0].strip() if lines else ""
    prose: list[str] = []
    sections: dict[str, dict[str, str]] = {}
    entries: dict[str, str] | None = None
    current: str | None = None
    for line in lines[1:]:
        heading = SECTION.match(line)
        if heading:
            entries = sections.setdefault(heading.group(1), {})
            current = None
            continue
        if entries is None:
            prose.append(line)
            continue
        found = re.match(r"^    ([\w.]+): ?(.*)$", line)
        if found:
            current = found.group(1)
            entries[current] = found.group(2)
        elif current is not None and line.strip():
            entries[current] += " " + line.strip()
    return summary, "\n".join(prose).strip(), sections


def split_docstring(doc: str) -> tuple[str, str, dict[str, str]]:
    """(summary, description, {parameter: description}) of an operation's docstring."""
    summary, prose, sections = docstring_sections(doc)
    return summary, prose, sections.get("Args", {})


def operation_section(method_name: str, module: ModuleType) -> Iterator[str]:
    build = module.build_request
    summary, description, described = split_docstring(build.__doc__ or "")
    yield f"## {method_name}\n"
    yield f"`{module.METHOD} {module.PATH}` · operationId `{module.OPERATION_ID}`\n"
    if summary:
        yield f"**{cell(summary)}**\n"
    # The docstring's own "``METHOD /path`` (operationId ...)" line repeats the heading's.
    description = "\n".join(line for line in description.splitlines() if not line.startswith("``"))
    if description.strip():
        yield f"{description.strip()}\n"
    parameters = list(inspect.signature(build).parameters.values())
    if parameters:
        yield "| parameter | type | required | description |\n| --- | --- | --- | --- |"
        for param in parameters:
            annotation = NOISE.sub("", str(param.annotation))
            required = "yes" if param.default is inspect.Parameter.empty else ""
            text = cell(described.get(param.name, ""))
            yield f"| `{param.name}` | {type_markdown(annotation, '../models/')} | {required} | {text} |"
        yield ""
    returns = inspect.signature(module.parse_response).return_annotation
    statuses = ", ".join(str(status) for status in sorted(module.SUCCESS_STATUSES))
    yield f"**Returns** {type_markdown(str(returns), '../models/')} ({statuses}).\n"
    failures = sorted(status for status in module.RESPONSE_KINDS if status not in module.SUCCESS_STATUSES)
    if failures:
        yield "| status | raises | ECE error codes |\n| --- | --- | --- |"
        for status in failures:
            codes = ", ".join(f"`{code}`" for code in module.ERROR_CODES.get(status, ())) or "-"
            yield f"| {status} | `{error_class_for_status(status).__name__}` | {codes} |"
        yield ""


def tag_page(tag: str, operations: list[tuple[str, ModuleType]]) -> str:
    lines = [
        f"# {tag}\n",
        f"`ece.{tag}.<operation>(...)`: {len(operations)} operations, keyword arguments only. "
        "Each also has `<operation>_detailed(...)`, returning a `Response` with the status and "
        "headers around the same result. Errors raise the classes of `ece_async.errors`.\n",
        "| operation | request |\n| --- | --- |",
    ]
    lines += [f"| [`{name}`](#{name}) | `{module.METHOD} {module.PATH}` |" for name, module in operations]
    lines.append("")
    for name, module in operations:
        lines += operation_section(name, module)
    return "\n".join(lines)


def operation_pages(by_tag: dict[str, list[tuple[str, ModuleType]]]) -> dict[str, str]:
    """A page per tag and the operations' index page."""
    tags = sorted(by_tag)
    result = {f"{OUT}/{tag}.md": tag_page(tag, by_tag[tag]) for tag in tags}
    index = [
        "# Operations\n",
        f"Every operation of the ECE API ({len(OPERATIONS)}), as `ece.<tag>.<operation>(...)`, "
        "one page per tag: parameters, result, and the documented error statuses and ECE error codes. "
        "The models they take and return are in [Models](../models/index.md).\n",
        "| tag | operations |\n| --- | --- |",
    ]
    index += [f"| [{tag}]({tag}.md) | {len(by_tag[tag])} |" for tag in tags]
    result[f"{OUT}/index.md"] = "\n".join(index) + "\n"
    return result


def operations_by_tag() -> dict[str, list[tuple[str, ModuleType]]]:
    by_tag: dict[str, list[tuple[str, ModuleType]]] = defaultdict(list)
    for tag, module_name, _, _ in OPERATIONS.values():
        module = importlib.import_module(f"ece_generated.api.{tag}.{module_name}")
        by_tag[tag].append((module_name, module))
    return {tag: sorted(operations, key=lambda item: item[0]) for tag, operations in by_tag.items()}


def names_in(annotations: Iterable[object]) -> set[str]:
    """The model and enum names an annotation (or several) mentions."""
    return {name for text in annotations for name in NAME.findall(str(text)) if model_module(name)}


def operation_uses(by_tag: dict[str, list[tuple[str, ModuleType]]]) -> dict[str, list[str]]:
    """Model name -> links to the operations taking or returning it (directly or in a list)."""
    uses: dict[str, list[str]] = defaultdict(list)
    for tag, operations in sorted(by_tag.items()):
        for name, module in operations:
            taken = names_in(
                p.annotation for p in inspect.signature(module.build_request).parameters.values()
            )
            returned = names_in([inspect.signature(module.parse_response).return_annotation])
            link = f"[`{tag}.{name}`](../{OUT}/{tag}.md#{name})"
            for model in sorted(taken | returned):
                role = (
                    "takes and returns"
                    if model in taken and model in returned
                    else ("takes" if model in taken else "returns")
                )
                uses[model].append(f"{link} ({role})")
    return uses


def field_uses(classes: list[type[Any]]) -> dict[str, list[str]]:
    """Model name -> links to the models with a field of that type."""
    uses: dict[str, set[str]] = defaultdict(set)
    for cls in classes:
        if attrs.has(cls):
            for name in names_in(field.type for field in attrs.fields(cls)):
                if name != cls.__name__:
                    uses[name].add(cls.__name__)
    return {name: [model_link(other) for other in sorted(others)] for name, others in uses.items()}


def model_link(name: str) -> str:
    return f"[`{name}`]({model_module(name)}.md)"


def prose_markdown(text: str) -> str:
    return text.replace("<", "&lt;")


def field_rows(cls: type[Any], described: dict[str, str]) -> Iterator[str]:
    json_keys = {attr: key for attr, key, _ in cls.__ece_fields__}
    yield "| field | JSON key | type | required | description |\n| --- | --- | --- | --- | --- |"
    for field in attrs.fields(cls):
        required = "yes" if field.default is attrs.NOTHING else ""
        annotation = str(field.type) if required else NOISE.sub("", str(field.type))
        key = f"`{json_keys[field.name]}`" if field.name in json_keys else "(any other)"
        text = cell(described.get(field.name, ""))
        yield f"| `{field.name}` | {key} | {type_markdown(annotation, '')} | {required} | {text} |"
    yield ""


def model_page(cls: type[Any], used_by: list[str], fields_of: list[str]) -> str:
    summary, prose, sections = docstring_sections(cls.__doc__ or "")
    lines = [f"# {cls.__name__}\n", f"`ece_async.models.{cls.__name__}`\n"]
    lines += [prose_markdown(text) + "\n" for text in (summary, prose) if text]
    if attrs.has(cls):
        lines.append(
            "A required field the server left out raises `MissingFieldError` when read; an optional one "
            "is `UNSET` (optional lists and objects may also be `None`). See "
            "[the generated layer](../guide/generated.md).\n"
        )
        lines += field_rows(cls, sections.get("Attributes", {}))
    elif issubclass(cls, enum.Enum):
        lines.append("A string enum; a value the spec does not list decodes too (`is_known` is False).\n")
        lines.append("| value |\n| --- |")
        lines += [f"| `{member.value}` |" for member in cls]
        lines.append("")
    if used_by:
        lines.append("**Operations:** " + ", ".join(used_by) + "\n")
    if fields_of:
        lines.append("**A field of:** " + ", ".join(fields_of) + "\n")
    return "\n".join(lines)


def model_pages(by_tag: dict[str, list[tuple[str, ModuleType]]]) -> dict[str, str]:
    """A page per model and enum, and the models' index page."""
    classes = [getattr(generated_models, name) for name in sorted(generated_models.__all__)]
    used_by, fields_of = operation_uses(by_tag), field_uses(classes)
    result = {
        f"{MODELS}/{model_module(cls.__name__)}.md": model_page(
            cls, used_by.get(cls.__name__, []), fields_of.get(cls.__name__, [])
        )
        for cls in classes
    }
    index = [
        "# Models\n",
        f"Every model and enum of the ECE API ({len(classes)}), as `ece_async.models.<Name>`: attrs "
        "classes with `from_dict()`/`to_dict()`, one page each with its fields and the operations "
        "that take or return it.\n",
        "| model | description |\n| --- | --- |",
    ]
    index += [
        f"| {model_link(cls.__name__)} | {cell(docstring_sections(cls.__doc__ or '')[0])} |"
        for cls in classes
    ]
    result[f"{MODELS}/index.md"] = "\n".join(index) + "\n"
    return result


def pages() -> dict[str, str]:
    """Relative path -> Markdown: the operation pages and the model pages, each with an index."""
    by_tag = operations_by_tag()
    return {**operation_pages(by_tag), **model_pages(by_tag)}


def main() -> None:
    import mkdocs_gen_files

    for path, text in pages().items():
        with mkdocs_gen_files.open(path, "w") as page:
            page.write(text)


if __name__ in ("__main__", "<run_path>"):
    main()
