"""The watched folder as Prefect runs it: a `watch-inbox` flow, served as deployments.

Each `watch-inbox` run claims the inbox's settled files and ingests them, together with any a
killed run left claimed (`flows.inbox`). With a Prefect server (`PREFECT_API_URL`, `make ui`)
`serve_watch` serves two deployments, so the UI lists them, their schedule and every run:
`watch-inbox/<inbox>` on an interval (one run at a time), and `ingest/on-demand` for ad hoc
runs on given paths. Without a server there is nothing to serve to: `watch_forever` runs the
same flow in this process whenever there is work (`waiting`), paying Prefect's start-up once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from prefect import flow, serve
from prefect.runtime import flow_run

from flows.inbox import claim, claimed_files, settled_files
from flows.ingest import ingest
from schemas import FileOutcome, Settings

DEFAULT_ON_DEMAND = "on-demand"


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


def serve_watch(inbox: Path, *, db: Path, platform: str, interval: float) -> None:
    """Serve the watch and on-demand ingest deployments until stopped (SIGTERM, Ctrl-C)."""
    served = deployments(inbox, db=db, platform=platform, interval=interval)
    serve(*served, print_starting_message=False)


def deployments(inbox: Path, *, db: Path, platform: str, interval: float) -> list[Any]:
    """`watch-inbox/<inbox>` every `interval` seconds, one run at a time; `ingest/on-demand`."""
    parameters = {"inbox": str(inbox), "db": str(db), "platform": platform}
    watching = watch_inbox.to_deployment(
        name=inbox.name or "inbox",
        interval=interval,
        parameters=parameters,
        concurrency_limit=1,
        description=f"Ingests what lands in {inbox} into {db}.",
    )
    on_demand = ingest.to_deployment(
        name=DEFAULT_ON_DEMAND,
        parameters={"db": str(db), "platform": platform},
        description="Ingest given paths now (files are read, never moved).",
    )
    # `to_deployment` is sync-compatible: called from sync code it returns the deployment.
    return [cast(Any, watching), cast(Any, on_demand)]


def waiting(inbox: Path, *, settings: Settings) -> bool:
    """Whether a `watch-inbox` run has work: settled files, or files still claimed."""
    return bool(
        claimed_files(inbox) or settled_files(inbox, settle_seconds=settings.settle_seconds)
    )
