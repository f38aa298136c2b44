"""Docs pages for every operation, one page per tag, written while ``make docs`` builds.

Read from the generated package itself (``OPERATIONS``, each ``build_request``'s signature and
docstring, ``ERROR_CODES`` and the documented statuses), so the reference cannot drift from the
code; nothing here is committed output. mkdocs-gen-files runs this file; ``pages()`` is what the
tests check.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections import defaultdict
from collections.abc import Iterator
from types import ModuleType

from ece_async.errors import error_class_for_status
from ece_generated.api import OPERATIONS

OUT = "operations"
NOISE = re.compile(r"\s*\|\s*(Unset|None)\b")  # "bool | Unset | None" reads as "bool" (optional)


def cell(text: str) -> str:
    """Text fit for one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;")


def split_docstring(doc: str) -> tuple[str, str, dict[str, str]]:
    """(summary, description, {parameter: description}) of a generated Google-style docstring."""
    lines = inspect.cleandoc(doc).splitlines()
    summary = lines[0].strip() if lines else ""
    prose: list[str] = []
    params: dict[str, str] = {}
    current: str | None = None
    in_args = False
    for line in lines[1:]:
        if line.strip() == "Args:":
            in_args = True
            continue
        if not in_args:
            prose.append(line)
            continue
        found = re.match(r"^    (\w+): ?(.*)$", line)
        if found:
            current = found.group(1)
            params[current] = found.group(2)
        elif current is not None and line.strip():
            params[current] += " " + line.strip()
    return summary, "\n".join(prose).strip(), params


def operation_section(method_name: str, module: ModuleType) -> Iterator[str]:
    build = module.build_request
    summary, description, described = split_docstring(build.__doc__ or "")
    yield f"## {method_name}\n"
    yield f"`{module.METHOD} {module.PATH}` · operationId `{module.OPERATION_ID}`\n"
    if summary:
        yield f"**{cell(summary)}**\n"
    if description:
        yield f"{description}\n"
    parameters = list(inspect.signature(build).parameters.values())
    if parameters:
        yield "| parameter | type | required | description |\n| --- | --- | --- | --- |"
        for param in parameters:
            annotation = NOISE.sub("", str(param.annotation))
            required = "yes" if param.default is inspect.Parameter.empty else ""
            text = cell(described.get(param.name, ""))
            yield f"| `{param.name}` | `{cell(annotation)}` | {required} | {text} |"
        yield ""
    returns = inspect.signature(module.parse_response).return_annotation
    statuses = ", ".join(str(status) for status in sorted(module.SUCCESS_STATUSES))
    yield f"**Returns** `{returns}` ({statuses}).\n"
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


def pages() -> dict[str, str]:
    """Relative path -> Markdown: a page per tag, an index, and the section's nav (SUMMARY.md)."""
    by_tag: dict[str, list[tuple[str, ModuleType]]] = defaultdict(list)
    for tag, module_name, _, _ in OPERATIONS.values():
        module = importlib.import_module(f"ece_generated.api.{tag}.{module_name}")
        by_tag[tag].append((module_name, module))
    tags = sorted(by_tag)
    result = {f"{OUT}/{tag}.md": tag_page(tag, sorted(by_tag[tag], key=lambda item: item[0])) for tag in tags}
    index = [
        "# Operations\n",
        f"Every operation of the ECE API ({len(OPERATIONS)}), as `ece.<tag>.<operation>(...)`, "
        "one page per tag: parameters, result, and the documented error statuses and ECE error codes.\n",
        "| tag | operations |\n| --- | --- |",
    ]
    index += [f"| [{tag}]({tag}.md) | {len(by_tag[tag])} |" for tag in tags]
    result[f"{OUT}/index.md"] = "\n".join(index) + "\n"
    result[f"{OUT}/SUMMARY.md"] = "* [Overview](index.md)\n" + "".join(
        f"* [{tag}]({tag}.md)\n" for tag in tags
    )
    return result


def main() -> None:
    import mkdocs_gen_files

    for path, text in pages().items():
        with mkdocs_gen_files.open(path, "w") as page:
            page.write(text)


if __name__ in ("__main__", "<run_path>"):
    main()
