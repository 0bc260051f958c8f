"""Deployment runs executed in this process, beside Prefect's runner serving the others.

Prefect's runner starts each run of a served deployment in a fresh process, which suits a run
asked for now and then (`ingest/on-demand`), not one per arriving file: each would import
Prefect and our packages and load spaCy again. The watcher instead creates the runs of its own
deployment and runs them here (`run_here`), one at a time, with Prefect's flow engine: the UI
shows them as that deployment's runs, as it would a runner's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from prefect import Flow, get_client
from prefect.client.schemas.objects import FlowRun
from prefect.deployments.runner import RunnerDeployment
from prefect.flow_engine import run_flow
from prefect.runner import Runner
from prefect.states import State

from schemas import FileOutcome

DEFAULT_STOP_SECONDS = 30.0
"""How long the watcher waits for Prefect's runner to stop before it exits anyway."""

logger = logging.getLogger(__name__)


def start_run(deployment_id: UUID) -> FlowRun:
    """A new run of the deployment, with its default parameters, due now."""
    with get_client(sync_client=True) as client:
        return client.create_flow_run_from_deployment(deployment_id)


def requested_runs(deployment_id: UUID) -> list[FlowRun]:
    """The deployment's runs due now that nobody ran yet (asked for in the UI or by a killed
    watcher), oldest first.

    Asked the way Prefect's runner asks, so the UI shows the deployment as ready.
    """
    now = dt.datetime.now(dt.UTC)
    with get_client(sync_client=True) as client:
        due = client.get_scheduled_flow_runs_for_deployments([deployment_id], now)
        return [client.read_flow_run(run.id) for run in due]


def run_here(flow: Flow[..., list[FileOutcome]], run: FlowRun) -> list[FileOutcome] | None:
    """Run `run` of `flow` in this process: its result, or None when the run failed.

    A failed run is recorded as such (the UI and the log show why); the watcher goes on.
    """
    state = run_flow(flow, flow_run=run, return_type="state")
    if not isinstance(state, State):
        raise TypeError(f"the flow engine returned a {type(state).__name__}, not a state")
    if not state.is_completed():
        logger.warning("flow run %s ended %s: %s", run.name, state.name, state.message)
        return None
    result: list[FileOutcome] = state.result()
    return result


@contextmanager
def runner_serving(*served: RunnerDeployment) -> Iterator[None]:
    """Prefect's runner serving `served` in a background thread while the block runs."""
    runner = Runner()
    thread = threading.Thread(
        target=asyncio.run, args=(_serve(runner, served),), name="prefect-runner", daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        if runner.started:  # else it is still starting: the daemon thread ends with us
            runner.execute_in_background(runner.astop).result(DEFAULT_STOP_SECONDS)
        thread.join(DEFAULT_STOP_SECONDS)


async def _serve(runner: Runner, served: tuple[RunnerDeployment, ...]) -> Any:
    """Register the deployments with the runner, then serve them until stopped."""
    for deployment in served:
        await runner.aadd_deployment(deployment)
    await runner.start()
