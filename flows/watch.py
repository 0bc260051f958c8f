"""The watched folder as Prefect runs it: a `watch-inbox` flow, served as deployments.

Each `watch-inbox` run claims the inbox's settled files and ingests them, together with any a
killed run left claimed (`flows.inbox`). Without a Prefect server `watch_forever` runs the flow
in this process whenever there is work (`Backoff.due`), paying Prefect's start-up once.

With a server (`PREFECT_API_URL`, `make ui`) `serve_watch` registers two deployments, so the UI
lists them and every run: `watch-inbox/<inbox>` and `ingest/on-demand` (ad hoc runs on given
paths, served by Prefect's runner). The serving process polls the inbox itself and, once a file
settled, creates a run of `watch-inbox` and runs it here, so its worker processes keep spaCy
loaded from one run to the next. Served on an interval instead, Prefect's runner started every
run, empty or not, in a fresh process that imported everything and loaded spaCy again:
measured, a dropped file waited ~33 s instead of ~5 s (`bench/issue9.md`). Runs asked for in
the UI are run here too, one at a time with the watch's own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from uuid import UUID

from prefect import flow
from prefect.runtime import flow_run
from prefect.states import State

from flows.inbox import claim, claimed_files, settled_files
from flows.ingest import ingest
from flows.serving import requested_runs, run_here, runner_serving, start_run
from schemas import FileOutcome, Settings

DEFAULT_ON_DEMAND = "on-demand"
DEFAULT_QUERY_SECONDS = 10.0
"""How often the watcher asks the API for `watch-inbox` runs requested in the UI (as often as
Prefect's runner asks for scheduled runs); the inbox itself is polled every `interval`."""
DEFAULT_MAX_BACKOFF_SECONDS = 300.0
"""The longest wait before files a failed run left claimed are tried again with no new file."""

logger = logging.getLogger(__name__)


class Backoff:
    """When to try again the files a failed run (a bug) left claimed: after twice the wait of
    the time before, up to `DEFAULT_MAX_BACKOFF_SECONDS`; at once when a new file settles
    (each file's outcome is stored on its own, so the new one is not held up); at every poll
    again once a run completes."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.failures = 0
        self.until = 0.0

    def record(self, completed: bool) -> None:
        self.failures = 0 if completed else self.failures + 1
        wait = min(self.interval * 2**self.failures, DEFAULT_MAX_BACKOFF_SECONDS)
        self.until = time.monotonic() + wait if self.failures else 0.0
        if self.failures:
            logger.warning("the files still claimed are tried again in %.0f s", wait)

    def due(self, inbox: Path, *, settings: Settings) -> bool:
        """Whether a `watch-inbox` run has work now: settled files, or files still claimed
        once the wait after a failed run is over."""
        if settled_files(inbox, settle_seconds=settings.settle_seconds):
            return True
        return time.monotonic() >= self.until and bool(claimed_files(inbox))


def watch_run_name() -> str:
    """`watch inbox → disclosure.duckdb`."""
    parameters = flow_run.parameters
    return f"watch {Path(parameters['inbox']).name} → {Path(parameters['db']).name}"


@flow(name="watch-inbox", flow_run_name=watch_run_name)
def watch_inbox(
    inbox: str, db: str, platform: str = "default", settings: Settings | None = None
) -> list[FileOutcome]:
    """Claim the settled files in `inbox` and ingest them with those still claimed."""
    settings = settings or Settings()
    root = Path(inbox)
    for path in settled_files(root, settle_seconds=settings.settle_seconds):
        claim(path, inbox=root)
    claimed = claimed_files(root)
    if not claimed:
        return []
    paths = [str(path) for path in claimed]
    return ingest(paths, db=db, platform=platform, settings=settings, inbox=inbox)


def serve_watch(
    inbox: Path, *, db: Path, platform: str, interval: float, settings: Settings
) -> Iterator[list[FileOutcome]]:
    """Serve the deployments; run `watch-inbox` here whenever there is work, until stopped.

    Yields each run's outcomes (an empty list for a run that failed: the UI and the log show
    why, and its claimed files are tried again by the next run).
    """
    watching, on_demand = deployments(inbox, db=db, platform=platform)
    deployment_id = watching.apply()
    with runner_serving(on_demand):
        yield from served_runs(deployment_id, inbox=inbox, settings=settings, interval=interval)


def served_runs(
    deployment_id: UUID, *, inbox: Path, settings: Settings, interval: float
) -> Iterator[list[FileOutcome]]:
    """Run the deployment's runs here: one when a file settled, and those asked for in the UI."""
    asked = 0.0
    backoff = Backoff(interval)
    while True:
        runs = []
        if time.monotonic() - asked >= DEFAULT_QUERY_SECONDS:
            runs, asked = requested_runs(deployment_id), time.monotonic()
        if not runs and backoff.due(inbox, settings=settings):
            runs = [start_run(deployment_id)]  # one run claims every settled file
        for run in runs:
            outcomes = run_here(watch_inbox, run)
            backoff.record(completed=outcomes is not None)
            yield outcomes or []
        time.sleep(interval)


def watch_forever(
    inbox: Path, *, settings: Settings, interval: float, once: bool = False
) -> Iterator[list[FileOutcome]]:
    """Run `watch-inbox` in this process whenever there is work (`once`: if there is now).

    A run that fails (a bug) is logged with its traceback and its files tried again later
    (`Backoff`); with `once`, it raises.
    """
    backoff = Backoff(interval)
    while True:
        if backoff.due(inbox, settings=settings):  # a flow run only when there is work
            state = watch_inbox(
                str(inbox),
                db=str(settings.db),
                platform=settings.platform,
                settings=settings,
                return_state=True,
            )
            if once or state.is_completed():
                yield state.result()
            else:
                logger.error("%s: %s", state.name, state.message, exc_info=_error(state))
                yield []
            backoff.record(completed=state.is_completed())
        if once:
            return
        time.sleep(interval)


def _error(state: State[Any]) -> BaseException | None:
    """The exception a failed run raised."""
    error = state.result(raise_on_failure=False)
    return error if isinstance(error, BaseException) else None


def deployments(inbox: Path, *, db: Path, platform: str) -> list[Any]:
    """`watch-inbox/<inbox>`, run by the watcher when files settle; `ingest/on-demand`."""
    parameters = {"inbox": str(inbox), "db": str(db), "platform": platform}
    watching = watch_inbox.to_deployment(
        name=inbox.name or "inbox",
        parameters=parameters,
        description=f"Ingests what lands in {inbox} into {db}: a run starts once a file "
        "settled (the watcher polls the folder), or when asked for here.",
    )
    on_demand = ingest.to_deployment(
        name=DEFAULT_ON_DEMAND,
        parameters={"db": str(db), "platform": platform},
        description="Ingest given paths now (files are read, never moved).",
    )
    # `to_deployment` is sync-compatible: called from sync code it returns the deployment.
    return [cast(Any, watching), cast(Any, on_demand)]
