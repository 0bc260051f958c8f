"""What the command prints: a run's outcomes, the first review of a warehouse, query results.

The review reads the published warehouse through `warehouse.query` (read-only), with the same
SQL a reviewer would write against the contract's tables.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

import warehouse
from schemas import FileOutcome

DEFAULT_DETAIL_CHARS = 80
MISSING = "—"
OUTCOME_STYLES = {"loaded": "green", "duplicate": "yellow", "rejected": "red"}

DOCUMENTS_SQL = """
SELECT file_name, doc_kind, language, page_count
FROM documents WHERE status = 'loaded' ORDER BY file_name
"""
# Latest fiscal year of a line item per document.
_LATEST = """
(SELECT doc_id, value, currency, fiscal_year FROM financials WHERE line_item = '{item}'
 QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY fiscal_year DESC) = 1)
"""
KEY_FIGURES_SQL = f"""
SELECT coalesce(c.company_name, d.file_name), o.currency,
       o.funding_target, o.equity_offered_pct, o.pre_money_valuation,
       rev.value, rev.currency, rev.fiscal_year, ta.value, ta.currency, ta.fiscal_year
FROM documents AS d
LEFT JOIN companies AS c USING (doc_id)
LEFT JOIN offerings AS o USING (doc_id)
LEFT JOIN {_LATEST.format(item="revenue")} AS rev USING (doc_id)
LEFT JOIN {_LATEST.format(item="total_assets")} AS ta USING (doc_id)
WHERE d.status = 'loaded'
ORDER BY 1
"""
FINDINGS_COUNT_SQL = (
    "SELECT count(*), count(*) FILTER (WHERE passed = false),"
    " count(*) FILTER (WHERE passed IS NULL) FROM findings"
)
REVIEW_QUEUE_SQL = """
SELECT file_name, doc_kind, regime, errors, warnings, failed_rules, first_message
FROM review_queue
"""
REJECTS_SQL = """
SELECT file_name, reason, detail FROM receipts WHERE outcome = 'rejected' ORDER BY file_name
"""


class Format(StrEnum):
    """Output formats of `disclose query`."""

    table = "table"
    csv = "csv"
    json = "json"


Rows = list[tuple[Any, ...]]


def outcome_table(outcomes: Sequence[FileOutcome]) -> Table:
    """One row per file: what it ended as, and why or what it held."""
    table = Table(title="Outcomes")
    table.add_column("file", overflow="fold")
    for name in ("outcome", "reason", "kind", "pages", "figures"):
        table.add_column(name)
    for o in outcomes:
        style = OUTCOME_STYLES[o.outcome]
        table.add_row(
            escape(o.file_name),
            f"[{style}]{o.outcome}[/{style}]",
            escape(o.reason or ""),
            o.doc_kind or "",
            "" if o.page_count is None else str(o.page_count),
            str(o.figures) if o.outcome == "loaded" else "",
        )
    return table


def print_review(db: Path, *, console: Console) -> None:
    """Print documents loaded, key figures per company, the review queue and rejects of `db`."""
    console.print(
        _table("Documents loaded", ("file", "kind", "language", "pages"), DOCUMENTS_SQL, db)
    )
    console.print(key_figures(db))
    console.print(review_queue(db))
    rejects = _table("Rejected files", ("file", "reason", "detail"), REJECTS_SQL, db)
    console.print(rejects if rejects.row_count else "No file rejected.")


def key_figures(db: Path) -> Table:
    """The headline figures of each loaded document's issuer."""
    table = Table(
        "company", "funding target", "equity %", "pre-money", "revenue", "total assets",
        title="Key figures per company",
    )  # fmt: skip
    for row in warehouse.query(db, KEY_FIGURES_SQL)[1]:
        name, currency, target, equity, pre_money = row[:5]
        revenue, assets = row[5:8], row[8:11]
        table.add_row(
            escape(name),
            money(target, currency),
            _text(equity, "{:g}%"),
            money(pre_money, currency),
            _money_in_year(*revenue),
            _money_in_year(*assets),
        )
    return table


def review_queue(db: Path) -> Table | str:
    """The documents in the order a reviewer should read them: most failed errors first."""
    ((evaluated, failed, undecided),) = warehouse.query(db, FINDINGS_COUNT_SQL)[1]
    if not evaluated:
        return "Review queue: no disclosure rule has been evaluated yet."
    title = (
        f"Review queue ({failed} of {evaluated} findings failed, {undecided} undecided: "
        "SELECT * FROM review_queue)"
    )
    columns = ("file", "kind", "regime", "errors", "warnings", "failed rules", "first message")
    return _table(title, columns, REVIEW_QUEUE_SQL, db)


def money(value: float | None, currency: str | None) -> str:
    """`USD 1,250,000` (whole units unless there are cents), or a dash when absent."""
    if value is None:
        return MISSING
    amount = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{currency} {amount}" if currency else amount


def _money_in_year(value: float | None, currency: str | None, year: int | None) -> str:
    return MISSING if value is None else f"{money(value, currency)} ({year})"


def _text(value: Any, template: str = "{}") -> str:
    return MISSING if value is None else template.format(value)


def _table(title: str, columns: Sequence[str], sql: str, db: Path) -> Table:
    table = Table(*columns, title=title)
    for row in warehouse.query(db, sql)[1]:
        table.add_row(*(escape(_shorten(_text(value))) for value in row))
    return table


def _shorten(text: str) -> str:
    return text if len(text) <= DEFAULT_DETAIL_CHARS else text[: DEFAULT_DETAIL_CHARS - 1] + "…"


def write_rows(
    columns: list[str], rows: Rows, *, output: Format, console: Console, stream: TextIO
) -> None:
    """Query results as a rich table on `console`, or as CSV or JSON on `stream`."""
    _WRITERS[output](columns, rows, console, stream)


def _write_table(columns: list[str], rows: Rows, console: Console, _stream: TextIO) -> None:
    table = Table(*columns, caption=f"{len(rows)} row(s)")
    for row in rows:
        table.add_row(*("" if value is None else escape(str(value)) for value in row))
    console.print(table)


def _write_csv(columns: list[str], rows: Rows, _console: Console, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def _write_json(columns: list[str], rows: Rows, _console: Console, stream: TextIO) -> None:
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    stream.write(json.dumps(records, default=_json_value, ensure_ascii=False, indent=2) + "\n")


def _json_value(value: object) -> object:
    """JSON for what DuckDB returns beyond JSON's own types (dates, decimals, UUIDs...)."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)


_WRITERS: dict[Format, Callable[[list[str], Rows, Console, TextIO], None]] = {
    Format.table: _write_table,
    Format.csv: _write_csv,
    Format.json: _write_json,
}
