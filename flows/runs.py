"""Flow runs a killed process left RUNNING, marked crashed by the next run on its warehouse.

A SIGKILL gives Prefect no chance to record the end of a run, so the UI would show it running
for ever. Only the warehouse's one writer can be running a flow on it: a process that holds the
writer lock knows every RUNNING ingest of the same `--db` belongs to a process that is gone.
"""

from __future__ import annotations

import logging
from pathlib import Path

import filelock

from warehouse.publish import lock_path

FLOW_NAMES = ("ingest", "watch-inbox")
CRASHED_MESSAGE = "its process was killed before it could finish; the next run took over"
DEFAULT_LIMIT = 200

logger = logging.getLogger(__name__)


def mark_orphans_crashed(db: Path) -> int:
    """Mark as crashed the RUNNING runs on `db` when no writer holds it; how many were marked."""
    lock = filelock.FileLock(lock_path(db), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        return 0  # a live writer: its runs are running indeed
    try:
        return _mark(db)
    finally:
        lock.release()


def _mark(db: Path) -> int:
    """Mark the RUNNING ingest and watch runs whose `db` parameter is `db` as crashed."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    running = FlowRunFilter(
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.RUNNING]))
    )
    ours = FlowFilter(name=FlowFilterName(any_=list(FLOW_NAMES)))
    marked = 0
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_filter=ours, flow_run_filter=running, limit=DEFAULT_LIMIT)
        for run in runs:
            if str(run.parameters.get("db")) != str(db):
                continue
            client.set_flow_run_state(run.id, Crashed(message=CRASHED_MESSAGE), force=True)
            logger.warning("flow run %s was left running by a killed process: crashed", run.name)
            marked += 1
    return marked
