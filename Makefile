# ece-async developer commands. Every target sets up what it needs (a .venv in the repo).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SWAGGER ?= ../shared/ece-api/swagger-ece-ms112.json
OUTPUT ?= generated

# Directories of scripts type-checked as a user's mypy sees the installed packages (see typecheck-scripts);
# relative to the repository or absolute.
SCRIPTS ?= examples tests/typecheck

.PHONY: install test lint typecheck-scripts docs readme-examples check-package generate check-generated check-spec bench demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q ece_async generated >/dev/null
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check ece_async tests scripts swagger examples
	$(BIN)/ruff format --check ece_async tests scripts swagger examples
	$(BIN)/mypy --strict ece_async swagger/ece_codegen
	$(MAKE) --no-print-directory typecheck-scripts

# mypy --strict on every script in $(SCRIPTS), run from an empty directory outside the repository with
# no config: it finds ece_async and ece_generated only as installed packages, as a user's mypy does.
typecheck-scripts: $(STAMP)
	empty="$$(mktemp -d)" && trap 'rmdir "$$empty"' EXIT && cd "$$empty" && '$(CURDIR)/$(BIN)/mypy' --strict --config-file= \
		--cache-dir '$(CURDIR)/.mypy_cache/scripts' $(foreach dir,$(SCRIPTS),'$(abspath $(dir))')

# The HTML reference (mkdocs + mkdocstrings) in site/; warnings fail the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(BIN)/mkdocs build --strict --quiet

# Build the sdist and wheel, install the wheel into a fresh venv, run its CLI and type-check against it.
# Needs the package index (build backend and dependencies), so it is a CI step, not part of `make test`.
check-package: $(STAMP)
	$(BIN)/python -m pytest -q --packaging tests/packaging

generate: $(STAMP)
	$(BIN)/python -m ece_codegen '$(SWAGGER)' --output '$(OUTPUT)'
	$(BIN)/python -m compileall -q '$(OUTPUT)' >/dev/null

check-generated: $(STAMP)
	$(BIN)/python -m ece_codegen '$(SWAGGER)' --check --output generated

# Generate from another spec (e.g. an older ECE release) into a temp dir and import every module.
check-spec: $(STAMP)
	$(BIN)/python -m ece_codegen '$(SWAGGER)' --smoke

# Fresh bytecode first: with PYTHONDONTWRITEBYTECODE set, a module changed since the install (a merge)
# would be recompiled by every cold process, and the startup rows would time the compiler.
bench: $(STAMP)
	$(BIN)/python -m compileall -q ece_async generated >/dev/null
	$(BIN)/python scripts/bench_decode.py
	$(BIN)/python scripts/bench_client.py
	$(BIN)/python scripts/bench_throttle.py
	$(BIN)/python scripts/bench_adaptive_groups.py
	$(BIN)/python scripts/bench_audit.py
	$(BIN)/python scripts/bench_simulator.py
	$(BIN)/python scripts/bench_otel.py
	$(BIN)/python scripts/bench_cli_startup.py
	$(BIN)/python scripts/bench_coordinators.py
	$(BIN)/python scripts/bench_fleet.py

# The morning check against an embedded simulator with faults on: no ECE installation needed.
# Findings make the audit exit 1 (--fail-on high): expected here, so the demo goes on to the
# platform audit without make's "Error 1 (ignored)"; any other status still fails the demo.
demo: $(STAMP)
	$(BIN)/ece-async audit --simulate 1000 --faults --concurrency 64 --fail-on high || test $$? -eq 1
	$(BIN)/ece-async audit --simulate 1000 --platform || test $$? -eq 1

clean:
	rm -rf $(VENV) swagger/node_modules .pytest_cache .mypy_cache .ruff_cache site build dist

# Rewrite README.md's python blocks from the examples they quote (tests/examples checks them).
readme-examples: $(STAMP)
	$(BIN)/python scripts/readme_examples.py --write
