"""What a run leaves in the Prefect UI: a table artifact of its files, outcomes and failed rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from schemas import FileOutcome

ARTIFACT_KEY = "ingest-outcomes"
"""One key for every run: the UI's Artifacts page shows the latest, each run's page its own."""
COLUMNS = ("file", "platform", "outcome", "reason", "pages", "figures", "regime", "failed rules")


def outcome_rows(outcomes: Sequence[FileOutcome]) -> list[dict[str, Any]]:
    """One row per arrival: file, platform, outcome, reason, pages, figures, the rules it failed."""
    return [
        {
            "file": outcome.file_name,
            "platform": outcome.platform,
            "outcome": outcome.outcome,
            "reason": outcome.reason or "",
            "pages": outcome.page_count,
            "figures": outcome.figures,
            "regime": outcome.regime or "",
            "failed rules": ", ".join(outcome.failed_rules),
        }
        for outcome in outcomes
    ]


def with_failed_rules(
    outcomes: Sequence[FileOutcome], failed: Mapping[str, Sequence[str]]
) -> list[FileOutcome]:
    """The outcomes, each loaded document's failed rules joined by those `failed` names for it
    (its doc_id's: the Great Expectations suites run after the stores)."""
    return [
        outcome.model_copy(
            update={"failed_rules": sorted({*outcome.failed_rules, *failed[outcome.doc_id]})}
        )
        if outcome.outcome == "loaded" and outcome.doc_id in failed
        else outcome
        for outcome in outcomes
    ]


def summary(outcomes: Sequence[FileOutcome]) -> str:
    """`3 file(s): 1 loaded, 1 duplicate, 1 rejected`."""
    kinds = ("loaded", "duplicate", "rejected")
    counts = ", ".join(f"{sum(o.outcome == kind for o in outcomes)} {kind}" for kind in kinds)
    return f"{len(outcomes)} file(s): {counts}"


def record_outcomes(outcomes: Sequence[FileOutcome], *, data_docs: Path | None = None) -> None:
    """Leave the outcomes as a table artifact of the current flow run (none for no files)."""
    if not outcomes:
        return
    from prefect.artifacts import create_table_artifact

    description = summary(outcomes)
    if data_docs is not None:
        description += f"\n\nGreat Expectations Data Docs: `{data_docs}`"
    create_table_artifact(outcome_rows(outcomes), key=ARTIFACT_KEY, description=description)
