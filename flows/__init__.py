"""Prefect flows and the `disclose` command: the table of contents of the pipeline.

Importing `flows` sets Prefect's defaults before Prefect itself is imported: no usage analytics
(the server's, or the client's), so an offline run prints no DNS errors, and more patience with
the temporary API server, whose first start (creating its database) can take over Prefect's
20 s on a busy machine; and a server that records task runs in batches. Prefect's server
records each task-run state change in its own transaction by default (three per task run, six
task runs per document): measured on the flow over 100 documents, that was 12 CPU-s of the
server's against 4 CPU-s with batches flushed every second, and the flow went from 13 to 24
pages/s (`bench/issue9.md`); the UI shows a task run at most a second later. The defaults reach
the temporary server a flow command starts (it inherits this environment); `make ui` sets the
same for the operator's server. Each is only a default: an operator's own environment wins.
Prefect is imported lazily, so a parser worker that imports `flows.budget` never pays for it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

SERVER_DEFAULTS = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": "1",
}
"""A Prefect server's settings: task runs recorded in batches (`make ui` sets the same)."""
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    **SERVER_DEFAULTS,
}
for _name, _value in PREFECT_DEFAULTS.items():
    os.environ.setdefault(_name, _value)

if TYPE_CHECKING:
    from flows.discover import find_candidates
    from flows.ingest import run_ingest
    from flows.stages import process_file

# The flow itself is `flows.ingest.ingest`: the name `ingest` here is its module.
__all__ = ["find_candidates", "process_file", "run_ingest"]

_HOMES = {
    "find_candidates": "flows.discover",
    "process_file": "flows.stages",
    "run_ingest": "flows.ingest",
}


def __getattr__(name: str) -> Any:
    """Import the exported verbs on first use (`flows.ingest` imports Prefect, ~2 s)."""
    if name not in _HOMES:
        raise AttributeError(f"module 'flows' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_HOMES[name]), name)
