# The verbs a newcomer needs. Everything installs into .venv from the package registry.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: install demo test test-fast lint bench bench-similarity ui clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) -e ".[dev]"
	touch $(STAMP)

demo: install  ## bundled samples -> ./disclosure.duckdb, then the review
	$(VENV)/bin/disclose demo

test: install  ## the whole suite
	$(PY) -m pytest

test-fast: install  ## everything but the slow corpus and flow tests
	$(PY) -m pytest -m "not slow"

lint: install  ## ruff, mypy and the import layers
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: install  ## pages/s per stage and peak memory -> bench/results.md
	$(PY) -m tests.bench --out bench/results.md

bench-similarity: install  ## copy detection: Clough, a fresh generated world, 10k-100k documents -> bench/similarity.md
	$(PY) -m tests.similarity_bench --out bench/similarity.md

ui: install  ## the Prefect UI on http://127.0.0.1:4200
	$(VENV)/bin/prefect server start

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
