# The verbs a newcomer needs. Everything installs into .venv from the package registry.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

UI_HOST ?= 127.0.0.1
UI_PORT ?= 4200

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: install demo test test-default test-processes test-fast lint bench bench-similarity ui clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) -e ".[dev]"
	touch $(STAMP)

demo: install  ## bundled samples -> ./disclosure.duckdb, then the review
	$(VENV)/bin/disclose demo

test: test-default test-processes  ## the whole suite, watcher process trials included (CI)

test-default: install  ## everything but the watcher process trials (~4 min on 2 cores)
	$(PY) -m pytest

test-processes: install  ## real watcher processes: served mode, 20 SIGKILL trials (minutes)
	$(PY) -m pytest -m "crash or served"

test-fast: install  ## everything but the slow corpus and flow tests
	$(PY) -m pytest -m "not slow and not crash and not served"

lint: install  ## ruff, mypy and the import layers
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: install  ## pages/s per stage, flow vs pipeline, 1 vs 2 workers, the watcher on 200 files, publish cost, GX -> bench/*.md
	$(PY) -m tests.bench --out bench/results.md
	$(PY) -m tests.bench_publish --out bench/publish.md
	$(PY) -m tests.bench_flow --out bench/flow_after.json
	$(PY) -m tests.bench_startup --with-server --out bench/startup.json
	$(PY) -m tests.bench_expectations --out bench/expectations.md
	$(PY) -m tests.bench_scaling --out bench/scaling.md
	$(PY) -m tests.bench_watch --served --out bench/watch.md

bench-similarity: install  ## copy detection: Clough, a fresh generated world, 10k-100k documents -> bench/similarity.md
	$(PY) -m tests.similarity_bench --out bench/similarity.md


# A local Prefect server (API and UI) on 127.0.0.1 with its SQLite database in .prefect/,
# recording task runs in batches flushed every second (flows.SERVER_DEFAULTS: a third of the
# CPU per task run of Prefect's default, one transaction per state change).
# Point the watcher at it: PREFECT_API_URL=http://127.0.0.1:4200/api disclose watch INBOX
ui: install  ## the Prefect UI and API on http://127.0.0.1:4200 (SQLite in .prefect/)
	@echo "Prefect UI: http://$(UI_HOST):$(UI_PORT)"
	@echo "Then, in another shell: export PREFECT_API_URL=http://$(UI_HOST):$(UI_PORT)/api"
	PREFECT_HOME=$(CURDIR)/.prefect PREFECT_SERVER_API_HOST=$(UI_HOST) \
	PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE=200 \
	PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL=1 \
	PREFECT_SERVER_API_PORT=$(UI_PORT) PREFECT_UI_API_URL=http://$(UI_HOST):$(UI_PORT)/api \
	$(VENV)/bin/prefect server start --host $(UI_HOST) --port $(UI_PORT)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
