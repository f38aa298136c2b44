"""What ``make docs`` is built from: the README's sections, the operation pages, the docstring rewrite."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from ece_generated.api import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
MARKER = re.compile(r"^<!-- --8<-- \[(start|end):([\w-]+)\] -->$")


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def readme_sections() -> tuple[set[str], list[str]]:
    """The README's section names, and its lines outside every section (headings aside)."""
    names: set[str] = set()
    outside: list[str] = []
    current: str | None = None
    fenced = False
    for line in README.read_text(encoding="utf-8").splitlines():
        fenced ^= line.startswith("```")
        found = None if fenced else MARKER.match(line)
        if found and found.group(1) == "start":
            assert current is None, f"section {found.group(2)} starts inside {current}"
            current = found.group(2)
            names.add(current)
        elif found:
            assert current == found.group(2), f"end of {found.group(2)} inside {current}"
            current = None
        elif current is None and line.strip() and not line.startswith("#"):
            outside.append(line)
    assert current is None, f"section {current} never ends"
    return names, outside


def test_every_readme_line_is_in_a_section_and_every_section_on_a_page() -> None:
    names, outside = readme_sections()
    assert outside == [], "README text outside <!-- --8<-- [start:...] --> sections never reaches the docs"
    included = {
        name
        for page in (ROOT / "docs").rglob("*.md")
        for name in re.findall(r'^--8<-- "README\.md:([\w-]+)"$', page.read_text(encoding="utf-8"), re.M)
    }
    assert included == names


def test_operation_pages_cover_every_operation_once() -> None:
    pages = {
        path: text
        for path, text in load_script("gen_reference_pages").pages().items()
        if path.startswith("operations/")
    }
    tags = {tag for tag, _, _, _ in OPERATIONS.values()}
    assert set(pages) == {f"operations/{tag}.md" for tag in tags} | {"operations/index.md"}
    sections = [line for path, text in pages.items() for line in text.splitlines() if line.startswith("## ")]
    assert sorted(sections) == sorted(f"## {module}" for _, module, _, _ in OPERATIONS.values())
    for operation_id in OPERATIONS:
        assert sum(text.count(f"operationId `{operation_id}`") for text in pages.values()) == 1


def test_operation_section_has_parameters_result_and_error_codes() -> None:
    page = load_script("gen_reference_pages").pages()["operations/deployments.md"]
    section = page.split("\n## get_deployment\n", 1)[1].split("\n## ", 1)[0]
    assert "`GET /deployments/{deployment_id}` · operationId `get-deployment`" in section
    assert "| `deployment_id` | `str` | yes | Identifier for the Deployment |" in section
    assert "| `show_plans` | `bool` |  | Whether to include the full current and pending plan" in section
    assert "**Returns** [`DeploymentGetResponse`](../models/deployment_get_response.md) (200)." in section
    assert "| 404 | `NotFoundError` | `deployments.deployment_not_found` |" in section
    assert "Unset" not in section


def test_split_docstring_reads_summary_prose_and_wrapped_arguments() -> None:
    split = load_script("gen_reference_pages").split_docstring
    doc = """Get Thing

    Reads a thing.

    Args:
        thing_id: Identifier
            for the thing | with a pipe
        flag: Whether (server default: true)

    Returns:
        Thing: 200: The thing

    Raises:
        The transport's error for each documented status:
        404: Not found.
    """
    assert split(doc) == (
        "Get Thing",
        "Reads a thing.",
        {"thing_id": "Identifier for the thing | with a pipe", "flag": "Whether (server default: true)"},
    )


def test_no_parameter_row_carries_the_docstrings_returns_or_raises() -> None:
    pages = load_script("gen_reference_pages").pages()
    rows = [
        line
        for path, text in pages.items()
        if path.startswith("operations/")
        for line in text.splitlines()
        if line.startswith("| `")
    ]
    assert len(rows) > 600
    assert [row for row in rows if re.search(r"\b(Returns|Raises):", row)] == []


def test_every_model_and_enum_has_a_page_with_every_field_documented() -> None:
    import attrs

    from ece_generated import models

    pages = load_script("gen_reference_pages").pages()
    model_pages = {path for path in pages if path.startswith("models/")}
    assert len(model_pages) == len(models.__all__) + 1  # and the index
    assert not [path for path in pages if path.endswith("SUMMARY.md")]  # the nav is not a page
    for name in models.__all__:
        cls = getattr(models, name)
        page = pages[f"models/{cls.__module__.rpartition('.')[2]}.md"]
        assert page.startswith(f"# {name}\n")
        if attrs.has(cls):
            for field in attrs.fields(cls):
                assert f"| `{field.name}` |" in page, (name, field.name)
    page = pages["models/deployment_get_response.md"]
    assert "| `name` | `name` | `str` | yes | The name of this deployment |" in page
    assert "| `resources` | `resources` | [`DeploymentResources`](deployment_resources.md) | yes |" in page
    assert "[`deployments.get_deployment`](../operations/deployments.md#get_deployment) (returns)" in page
    assert (
        "**A field of:** [`ElasticsearchClusterInfo`](elasticsearch_cluster_info.md)"
        in pages["models/elasticsearch_cluster_info_status.md"]
    )
    assert "| `stopped` |" in pages["models/elasticsearch_cluster_info_status.md"]


def test_operation_pages_link_the_models_they_take() -> None:
    page = load_script("gen_reference_pages").pages()["operations/deployments.md"]
    section = page.split("\n## update_deployment\n", 1)[1].split("\n## ", 1)[0]
    assert "| `body` | [`DeploymentUpdateRequest`](../models/deployment_update_request.md) | yes |" in section
    # A "|" in a code span stays in its cell unescaped (escaped, it would show as "\\|").
    assert (
        "| `body` | `bytes | str` | yes |"
        in load_script("gen_reference_pages").pages()["operations/platform.md"]
    )


def test_the_audit_library_has_a_reference_page_in_the_nav() -> None:
    page = (ROOT / "docs" / "reference" / "audit.md").read_text(encoding="utf-8")
    assert "::: ece_async.audit" in page
    for name in ("run_audit", "Rules", "AuditResult", "FleetAudit"):
        assert f"        - {name}\n" in page
    assert "(reference/audit.md)" in (ROOT / "docs" / "SUMMARY.md").read_text(encoding="utf-8")


def test_rest_roles_become_optional_autorefs_and_literal_blocks_markdown() -> None:
    markdown = load_script("griffe_rest_roles").markdown
    assert markdown("See :class:`~a.b.C` or :func:`x.y`.") == (
        'See <autoref identifier="a.b.C" optional><code>C</code></autoref> or '
        '<autoref identifier="x.y" optional><code>x.y</code></autoref>.'
    )
    assert markdown("Like this::\n\n    code\n      more\n\nAfter.") == (
        "Like this:\n\n```python\ncode\n  more\n```\n\nAfter."
    )
    assert markdown("* item\n\n::\n\n    code") == "* item\n\n\n```python\ncode\n```\n"


def test_attrs_records_get_their_constructor_in_the_reference(tmp_path: Path) -> None:
    import griffe

    package = tmp_path / "records"
    package.mkdir()
    (package / "__init__.py").write_text(
        "import attrs\n"
        "class Record: ...\n"
        "@attrs.frozen\n"
        "class Policy(Record):\n"
        "    tries: int\n"
        "    statuses: frozenset[int] = attrs.field(default=frozenset({503}), converter=frozenset)\n"
        "    notes: list[str] = attrs.field(factory=list)\n"
        "    _cache: dict[str, int] = attrs.field(factory=dict, init=False)\n"
        "    @property\n"
        "    def twice(self) -> int: ...\n"
    )
    extension = load_script("griffe_attrs").AttrsInit()
    loaded = griffe.load("records", search_paths=[tmp_path], extensions=griffe.load_extensions(extension))
    policy = loaded["Policy"]
    init = policy["__init__"]
    shown = [(p.name, str(p.default) if p.default is not None else None) for p in init.parameters]
    assert shown == [
        ("self", None),
        ("tries", None),
        ("statuses", "frozenset({503})"),
        ("notes", "list()"),
    ]
    assert [str(base) for base in policy.bases] == []
