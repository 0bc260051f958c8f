"""Terms printed across a table: the labels in its heading row, each value in the row below
(`Raise target | Share of capital offered | Close date` over `5 million EUR | 0 % |
2025-09-23, 23:59 CET`). Term sheets printed down a table (a label, then its value, per row)
are read as rows by `figures.table_figures` and by the text's figure linker."""

from __future__ import annotations

import datetime as dt

from extractors.concepts import concept_of
from extractors.dates import find_dates
from extractors.evidence import row_evidence
from extractors.money import find_money
from extractors.numbers import find_percents
from schemas import Table

DEFAULT_MAX_ROWS = 3  # a table of terms across holds its labels and a row of values or two


def across(table: Table) -> list[tuple[str, str]]:
    """(label, value) for each column of a table of terms printed across; [] for any other
    table: its first row must be labels alone and its second row, as wide, values alone (a
    table with a column of labels, a use of funds, has words in its rows)."""
    if not 2 <= len(table.rows) <= DEFAULT_MAX_ROWS:
        return []
    labels, values = (_cells(row) for row in table.rows[:2])
    if len(labels) < 2 or len(labels) != len(values) or any(map(_valued, labels)):
        return []
    return list(zip(labels, values, strict=True)) if all(map(_valued, values)) else []


def table_deadline(table: Table) -> tuple[dt.date, str] | None:
    """The deadline a table of terms printed across states, with its evidence."""
    for label, value in across(table):
        dates = find_dates(value)
        if dates and concept_of("DATE", label) == "DEADLINE":
            return dates[0][0], row_evidence([label, value])
    return None


def _cells(row: list[str | None]) -> list[str]:
    return [" ".join(cell.split()) for cell in row if cell and cell.strip()]


def _valued(cell: str) -> bool:
    return bool(find_money(cell) or find_percents(cell) or find_dates(cell))
