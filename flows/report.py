"""What a run leaves in the Prefect UI: a table artifact of its files and their outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from schemas import FileOutcome

ARTIFACT_KEY = "ingest-outcomes"
"""One key for every run: the UI's Artifacts page shows the latest, each run's page its own."""
COLUMNS = ("file", "platform", "outcome", "reason", "pages", "figures")


def outcome_rows(outcomes: Sequence[FileOutcome]) -> list[dict[str, Any]]:
    """One row per arrival: file, platform, outcome, reason, pages, figures."""
    return [
        {
            "file": outcome.file_name,
            "platform": outcome.platform,
            "outcome": outcome.outcome,
            "reason": outcome.reason or "",
            "pages": outcome.page_count,
            "figures": outcome.figures,
        }
        for outcome in outcomes
    ]


def summary(outcomes: Sequence[FileOutcome]) -> str:
    """`3 file(s): 1 loaded, 1 duplicate, 1 rejected`."""
    kinds = ("loaded", "duplicate", "rejected")
    counts = ", ".join(f"{sum(o.outcome == kind for o in outcomes)} {kind}" for kind in kinds)
    return f"{len(outcomes)} file(s): {counts}"


def record_outcomes(outcomes: Sequence[FileOutcome]) -> None:
    """Leave the outcomes as a table artifact of the current flow run (none for no files)."""
    if not outcomes:
        return
    from prefect.artifacts import create_table_artifact

    create_table_artifact(outcome_rows(outcomes), key=ARTIFACT_KEY, description=summary(outcomes))
