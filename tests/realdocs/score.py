"""Key statement figures extracted from the real documents in ../shared/realdocs, scored against
the values read off the PDFs by hand (tests/realdocs/expected/*.json).

`python -m tests.realdocs.score` prints recall, precision and page accuracy per file.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from extractors.statement_periods import fiscal_year_of
from schemas import STATEMENT_FIGURES, Disclosure, Settings
from tests.accuracy import Tally, run_extractors

REALDOCS = Path(__file__).resolve().parents[2].parent / "shared" / "realdocs"
EXPECTED = Path(__file__).resolve().parent / "expected"
FOLDERS = {
    "annual_reports_us.json": "annual_reports_us",
    "zh_financial.json": "zh_financial",
    "sme_statements.json": "sme_statements_zoho",
}
DEFAULT_REL_TOLERANCE = 0.0005  # statements print exact values


@dataclass
class FileScore:
    """One file's key figures: a tally of expected, extracted and matched, and how many of the
    matched stand on the statement's own page."""

    name: str
    tally: Tally = field(default_factory=Tally)
    on_page: int = 0
    misses: list[str] = field(default_factory=list)


def expected_figures(entry: dict) -> dict[tuple[str, int], dict]:
    """The annual, consolidated key figures a file's primary statements print, by (name, year),
    and those its summary tables print for other years (`summary_lines`).

    Columns that share a fiscal year (a predecessor's stub periods) are left out: no single
    figure is right for them.
    """
    found: dict[tuple[str, int], list[dict]] = {}
    for line in entry.get("lines", []):
        name = line["line_item"]
        if STATEMENT_FIGURES.get(name) != line["statement"] or not line.get("consolidated", True):
            continue
        if line.get("period_months") not in (None, 12):
            continue
        year = line["fiscal_year"]
        if line.get("period_end"):
            year = fiscal_year_of(dt.date.fromisoformat(line["period_end"]))
        found.setdefault((name, year), []).append(line)
    expected = {key: lines[0] for key, lines in found.items() if len(lines) == 1}
    for line in entry.get("summary_lines", []):  # a five-year summary's older years
        expected.setdefault((line["line_item"], line["fiscal_year"]), line)
    return expected


def score_file(name: str, entry: dict, result: Disclosure | str) -> FileScore:
    """Compare one file's extracted key financial figures with the hand-read ones."""
    score = FileScore(name)
    want = expected_figures(entry)
    score.tally.expected = len(want)
    if not isinstance(result, Disclosure):
        score.misses.append(f"{name}: rejected as {result}")
        return score
    got = [figure for figure in result.figures if figure.name in STATEMENT_FIGURES]
    score.tally.extracted = len(got)
    for figure in got:
        line = want.get((figure.name, figure.fiscal_year or 0))
        tolerance = abs(line["value"]) * DEFAULT_REL_TOLERANCE + 0.011 if line else 0
        if line is None or abs(line["value"] - figure.value) > tolerance:
            score.misses.append(
                f"{name}: extra {figure.name} {figure.fiscal_year} {figure.value:,.2f} "
                f"p{figure.page_no} (expected {line and line['value']})"
            )
            continue
        score.tally.true_positive += 1
        score.on_page += figure.page_no == line["page_no"]
    matched = {(f.name, f.fiscal_year) for f in got}
    score.misses += [f"{name}: missed {key}" for key in want if key not in matched]
    return score


def score_folder(expected_file: str, *, settings: Settings | None = None) -> list[FileScore]:
    """Score every statement file that one expected-values file describes."""
    settings = settings or Settings(max_pages=1000)
    entries = json.loads((EXPECTED / expected_file).read_text(encoding="utf-8"))
    folder = REALDOCS / FOLDERS[expected_file]
    return [
        score_file(name, entry, run_extractors(folder / name, settings=settings))
        for name, entry in entries.items()
        if entry.get("is_statement", True)
    ]


def main() -> int:
    for expected_file in FOLDERS:
        for score in score_folder(expected_file):
            tally = score.tally
            print(
                f"{score.name:50} recall {tally.recall:.2f} "
                f"({tally.true_positive}/{tally.expected}) precision {tally.precision:.2f} "
                f"page {score.on_page}/{tally.true_positive}"
            )
            print("\n".join(f"    {miss}" for miss in score.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
