# ece-async developer commands. Every target sets up what it needs (a .venv in the repo).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SWAGGER ?= ../shared/ece-api/swagger-ece-ms112.json
OUTPUT ?= generated

.PHONY: install test lint generate check-generated check-spec bench demo clean

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
	$(BIN)/ruff check ece_async tests scripts swagger
	$(BIN)/ruff format --check ece_async tests scripts swagger
	$(BIN)/mypy --strict ece_async

generate: $(STAMP)
	$(BIN)/python scripts/generate.py '$(SWAGGER)' --output '$(OUTPUT)'
	$(BIN)/python -m compileall -q '$(OUTPUT)' >/dev/null

check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py '$(SWAGGER)' --check --output generated

# Generate from another spec (e.g. an older ECE release) into a temp dir and import every module.
check-spec: $(STAMP)
	$(BIN)/python scripts/generate.py '$(SWAGGER)' --smoke

bench: $(STAMP)
	$(BIN)/python scripts/bench_decode.py
	$(BIN)/python scripts/bench_client.py
	$(BIN)/python scripts/bench_audit.py

# The morning check against an embedded simulator with faults on: no ECE installation needed.
# Findings make the audit exit 1 (--fail-on high); the demo goes on to the platform audit anyway.
demo: $(STAMP)
	-$(BIN)/ece-async audit --simulate 1000 --faults --concurrency 64 --fail-on high
	-$(BIN)/ece-async audit --simulate 1000 --platform

clean:
	rm -rf $(VENV) swagger/node_modules .pytest_cache .mypy_cache .ruff_cache
