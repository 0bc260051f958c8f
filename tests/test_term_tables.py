"""Terms printed across a table: labels in the heading row, values in the row below."""

from __future__ import annotations

import datetime as dt

from extractors.figures import table_figures
from extractors.term_tables import across, table_deadline
from schemas import Page, Table

LABELS: list[str | None] = [
    "Raise target",
    "Share of capital offered",
    "Close date",
    "Minimum ticket",
]
VALUES: list[str | None] = ["5 million EUR", "0 %", "2025-09-23, 23:59 CET", "€500"]


def table(*rows: list[str | None]) -> Table:
    return Table(page_no=1, rows=list(rows), bbox=(72, 160, 359, 218), ruled=False)


def test_terms_across_a_table_are_read_column_by_column() -> None:
    terms = table(LABELS, VALUES)
    page = Page(page_no=1, text="Deal terms", width=595, height=842, tables=[terms])
    figures = table_figures(terms, page, currency="EUR", year_hint=None)
    assert [(f.name, f.value, f.currency) for f in figures] == [
        ("funding_target", 5_000_000, "EUR"),
        ("equity_offered_pct", 0, None),
        ("minimum_investment", 500, "EUR"),
    ]
    assert table_deadline(terms) == (dt.date(2025, 9, 23), "Close date | 2025-09-23, 23:59 CET")
    assert table_deadline(table(["Raise target", "Minimum ticket"], ["€5m", "€500"])) is None


def test_a_table_with_labels_down_its_first_column_is_not_across() -> None:
    assert across(table(["Raise target", "5 million EUR"], ["Close date", "2025-09-23"])) == []
    assert across(table(["Area", "Share"], ["Hiring", "35%"], ["Premises", "65%"])) == []
    assert across(table(LABELS, [None, "Note", "see below", "—"])) == []
