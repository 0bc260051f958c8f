"""The copy check as its own Prefect task: run after a document is loaded, in the flow's thread.

The task opens its own connection to the working database (in one process DuckDB hands it the
instance the flow already holds), so only plain values and models cross the task boundary.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

import warehouse
from schemas import Arrival, CopyMatch, Disclosure, FileOutcome, Settings


def check_disclosure(
    work: Path, disclosure: Disclosure, *, arrival: Arrival, settings: Settings
) -> list[CopyMatch]:
    """Index a loaded document and store what it copies from earlier documents; a kind that
    is not checked (financial statements, by default) is neither indexed nor checked."""
    if disclosure.fingerprint is None or disclosure.doc_kind not in settings.similarity_doc_kinds:
        return []
    with warehouse.connect(work) as con:
        return warehouse.check_copies(
            con,
            disclosure.doc_id,
            disclosure.fingerprint,
            received_at=arrival.received_at,
            min_fraction=settings.similarity_min_fraction,
            boilerplate_docs=settings.similarity_boilerplate_docs,
        )


@task(name="similarity", task_run_name="similarity {arrival.file_name}", cache_policy=NO_CACHE)
def check_similarity(
    work: Path, disclosure: Disclosure, *, arrival: Arrival, settings: Settings
) -> list[CopyMatch]:
    """The copy check of one loaded document; each suspected source is logged."""
    matches = check_disclosure(work, disclosure, arrival=arrival, settings=settings)
    for match in matches:
        get_run_logger().info(
            "%s copies %.0f%% of its text from %s (%d passage(s))",
            arrival.file_name,
            100 * match.copied_fraction,
            match.source_doc_id[:12],
            len(match.passages),
        )
    return matches


@task(name="similarity-recheck", cache_policy=NO_CACHE)
def recheck_similarity(work: Path, outcomes: Sequence[FileOutcome], *, settings: Settings) -> int:
    """Check again the suspects near this run's new documents: text that became boilerplate
    with them may clear one."""
    loaded = [outcome.doc_id for outcome in outcomes if outcome.outcome == "loaded"]
    if not loaded:
        return 0
    with warehouse.connect(work) as con:
        return warehouse.recheck_copies(
            con,
            near=loaded,
            min_fraction=settings.similarity_min_fraction,
            boilerplate_docs=settings.similarity_boilerplate_docs,
        )
