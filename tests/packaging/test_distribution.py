"""The distribution on its own: sdist and wheel built, the wheel installed into a fresh venv.

Deselected unless pytest runs with ``--packaging`` (``make check-package``, a CI step): it needs
the package index for the build backend and the dependencies.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1800)]  # minutes of pip

ROOT = Path(__file__).resolve().parents[2]
SDIST_ALLOWED = (
    "ece_async/",
    "generated/ece_generated/",
    "README.md",
    "pyproject.toml",
    "PKG-INFO",
    ".gitignore",
)
USER_CHECKED = [ROOT / "tests" / "typecheck", ROOT / "examples"]
EXAMPLE_REQUIREMENTS = ["pytest>=8", "pytest-asyncio>=0.23", "opentelemetry-sdk>=1.20"]


def run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: the sdist, then the wheel built from the unpacked sdist."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=out)
    return out


@pytest.fixture(scope="module")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with what a user of the examples installs: the wheel with its ``otel`` extra,
    pytest and pytest-asyncio (the plugin's users), the OpenTelemetry SDK (the tracing example).
    Its bin/ directory."""
    home = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", home, cwd=home)
    (wheel,) = dist.glob("*.whl")
    run(
        home / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        f"ece-async[otel] @ {wheel.as_uri()}",
        *EXAMPLE_REQUIREMENTS,
        cwd=home,
    )
    return home / "bin"


def test_sdist_holds_the_packages_and_no_spec_tests_or_tooling(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    files = [name for name in names if "." in name.rsplit("/", 1)[-1]]
    assert [name for name in files if not name.startswith(SDIST_ALLOWED)] == []
    assert not [name for name in files if name.endswith((".json", ".yaml", ".pyc"))]
    assert {"ece_async/py.typed", "generated/ece_generated/py.typed", "ece_async/pytest_plugin.py"} <= set(
        files
    )


def test_wheel_holds_both_typed_packages_and_entry_points(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (entry_points,) = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
        declared = archive.read(entry_points).decode()
    assert {name.split("/", 1)[0] for name in names} == {
        "ece_async",
        "ece_generated",
        "ece_async-0.1.0.dist-info",
    }
    assert {"ece_async/py.typed", "ece_generated/py.typed", "ece_generated/api/__init__.py"} <= set(names)
    assert "ece-async = ece_async.cli:console" in declared
    assert "ece_async = ece_async.pytest_plugin" in declared


def test_installed_wheel_imports_from_site_packages(venv: Path, tmp_path: Path) -> None:
    probe = (
        "import pathlib, ece_async, ece_generated\n"
        "for module in (ece_async, ece_generated):\n"
        "    folder = pathlib.Path(module.__file__).parent\n"
        "    print(folder, (folder / 'py.typed').is_file())\n"
    )
    lines = run(venv / "python", "-c", probe, cwd=tmp_path).splitlines()
    assert len(lines) == 2
    for line in lines:
        folder, typed = line.rsplit(" ", 1)
        assert Path(folder).is_relative_to(venv.parent) and "site-packages" in folder
        assert typed == "True"


def test_installed_cli_runs_an_audit(venv: Path, tmp_path: Path) -> None:
    assert "audit" in run(venv / "ece-async", "--help", cwd=tmp_path)
    report = run(venv / "ece-async", "audit", "--simulate", "20", "--format", "json", cwd=tmp_path)
    assert report.count('"id"') >= 20


def test_installed_version_is_the_wheels_everywhere_the_package_reports_it(
    dist: Path, venv: Path, tmp_path: Path
) -> None:
    """The build reads ``ece_async.__version__``; the CLI and the user agent read it at run time."""
    (wheel,) = dist.glob("*.whl")
    released = wheel.name.split("-")[1]
    assert run(venv / "ece-async", "--version", cwd=tmp_path) == f"{released}\n"
    probe = (
        "from importlib.metadata import version\n"
        "from ece_async._config import default_user_agent\n"
        "print(version('ece-async'), default_user_agent().split()[0])\n"
    )
    assert run(venv / "python", "-c", probe, cwd=tmp_path).split() == [released, f"ece-async/{released}"]


def test_mypy_sees_the_installed_packages_fully_typed(venv: Path, tmp_path: Path) -> None:
    mypy = Path(sys.executable).parent / "mypy"
    command = [mypy, "--strict", "--config-file=", "--python-executable", venv / "python", *USER_CHECKED]
    assert "Success" in run(*command, cwd=tmp_path)
