"""Key figures with their evidence: from linked spans in the text and from table rows."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from importlib import resources

from spacy.tokens import Doc

from extractors.concepts import concept_of
from extractors.currencies import currency_in
from extractors.dates import fiscal_year_in
from extractors.evidence import bbox_for, find_cell_bbox, row_evidence, span_evidence
from extractors.money import Money, parse_money
from extractors.numbers import declares_scale, find_percents, parse_number, table_scale
from extractors.patterns import (
    BRACKET_CLOSES_VALUE,
    BRACKET_OPENS_VALUE,
    CJK,
    COUNT_LABEL,
    LABEL_NOISE,
    LOSS,
    LOSS_ZH,
    NUMERIC_CELL,
    PROFIT,
    PROFIT_ZH,
    PROJECTED_HEADING,
    ROW_UNIT,
)
from extractors.tables import DEFAULT_CAPTION_HEIGHT
from extractors.term_tables import across
from schemas import FINANCIAL_FIGURES, OFFERING_FIGURES, Figure, Page, Table

DEFAULT_HEADING_CHARS = 60  # a longer caption is prose above the table, not its heading
DEFAULT_HEADING_WORDS = 6  # a longer run above a table is a sentence, not a column heading


@functools.cache
def line_items() -> dict[str, str]:
    """Normalised row label → figure name, for statement lines and Chinese term-sheet rows."""
    source = resources.files("extractors") / "patterns" / "line_items.json"
    names: dict[str, str] = {}
    for name, labels in json.loads(source.read_text(encoding="utf-8")).items():
        names.update({normalise_label(label): name for label in labels})
    return names


def row_figure(label: str, values: str) -> str | None:
    """The figure a table row or `Label: value` line names: a statement or Chinese term label
    as printed, else an offering term read as a concept (`Valuation before the raise`); a
    Chinese label may name a statement figure in other words too (`主营业务收入`, `资产总额`)."""
    name = line_items().get(normalise_label(label))
    if name is not None:
        return name
    kind = "PERCENT" if find_percents(values) else "MONEY"
    if kind == "MONEY" and COUNT_LABEL.search(label) and currency_in(values) is None:
        return None  # `Shares offered (at target) | 800,000`: a count of shares, not money
    term = concept_of(kind, label)
    if term in FINANCIAL_FIGURES and kind == "MONEY" and CJK.search(label):
        return term
    return term if term in OFFERING_FIGURES else None


def row_unit(label: str) -> tuple[str, float | None, str | None]:
    """A row label without the unit it ends on, with the unit's scale and currency:
    `营业收入（万元）` → (`营业收入`, 1e4, CNY); `Revenue ($'000)` → (`Revenue`, 1e3, USD)."""
    found = ROW_UNIT.search(label)
    if found is None:
        return label, None, None
    unit = found["unit"]
    currency = currency_in(unit)
    if not declares_scale(unit) and currency is None:
        return label, None, None
    return label[: found.start()], table_scale(unit), currency


def normalise_label(label: str) -> str:
    """`TOTAL ASSETS:` → `total assets`; `Revenue (note 3)` → `revenue`; `&` → `and`."""
    text = label.replace("’", "'").replace("&", " and ").lower()
    return " ".join(LABEL_NOISE.sub(" ", text).split())


def text_figures(
    doc: Doc, page: Page, *, currency: str | None, period_year: int | None = None
) -> list[Figure]:
    """Figures the linker read in a page's text, with their sentence as evidence. An amount
    whose sentence speaks of the reporting period without naming its year (`Turnover for the
    year amounted to €3m`) takes `period_year`, the year the document's statements report."""
    figures = []
    for span in doc.spans["figures"]:
        name = span.label_
        if name == "DEADLINE":
            continue
        sentence = span.sent
        year = span._.fiscal_year or (period_year if span._.this_period else None)
        if name in FINANCIAL_FIGURES and (year is None or span._.projected):
            continue  # a statement line needs its year; a projection is not a statement
        value, unit = _value_of(span._.value, currency)
        if name == "equity_offered_pct" and value < 0:
            continue  # a share out of (0, 100] is kept: the rules report it to a reviewer
        if name == "net_income" and value > 0 and _names_a_loss(span._.cue or ""):
            value = -value  # "a net loss of $43k" is printed without a minus
        if value > 0 and _bracketed(doc.text, span.start_char, span.end_char):
            value = -value  # `Minimum ticket: ($500)`
        if name != "equity_offered_pct" and unit is None:
            continue
        figures.append(
            Figure(
                name=name,
                value=value,
                currency=unit if name != "equity_offered_pct" else None,
                fiscal_year=year if name in FINANCIAL_FIGURES else None,
                page_no=page.page_no,
                evidence=span_evidence(sentence.text, span._.label),
                source="text",
                bbox=bbox_for(page, span.start_char, span.end_char),
            )
        )
    return figures


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether a label's whole value stands in brackets, as accounts print a negative."""
    return bool(
        BRACKET_OPENS_VALUE.search(text, max(start - 8, 0), start)
        and BRACKET_CLOSES_VALUE.match(text[end : end + 3] + "\n")
    )


def _names_a_loss(cue: str) -> bool:
    """`a net loss of`, `the loss for the year was`, `净亏损`, `净利润亏损`; not `net
    profit/(loss)`, nor `扭亏为盈，盈利`."""
    if CJK.search(cue):
        losses = [found.end() for found in LOSS_ZH.finditer(cue)]
        profits = [found.end() for found in PROFIT_ZH.finditer(cue)]
        return bool(losses) and (not profits or losses[-1] > profits[-1])
    return bool(LOSS.search(cue)) and not PROFIT.search(cue)


def _value_of(value: object, currency: str | None) -> tuple[float, str | None]:
    if isinstance(value, Money):
        return value.value, value.currency or currency
    return float(value), None  # type: ignore[arg-type]


def table_figures(
    table: Table,
    page: Page,
    *,
    currency: str | None,
    year_hint: int | None,
    projected_only: bool = False,
) -> list[Figure]:
    """Statement lines per fiscal year and term-sheet rows, read from one table; with
    `projected_only`, the statement lines of its forecast columns and nothing else."""
    context = " ".join([table.caption, *(cell or "" for row in table.rows[:2] for cell in row)])
    scale = table_scale(context)
    currency = currency_in(context) or currency
    placed = _years_above(table, page)
    years: list[int] = placed
    # A plan's "Year 1 (2024)" or "2025 (projected)" columns are forecasts, never statements.
    caption = table.caption if len(table.caption) <= DEFAULT_HEADING_CHARS else ""
    projected = bool(PROJECTED_HEADING.search(caption))
    figures = []
    for index, row in enumerate(table.rows):
        cells = [cell for cell in row if cell]
        if len(cells) < 2:
            continue
        if heading := header_years([row]):
            # A table may hold several statements, each under its own years; a heading row
            # that names fewer years than stand above the amounts lost a wrapped cell.
            years = heading if len(heading) >= len(placed) else placed
            # "FY2025" over "(forecast)", "Year 1" over "(2025)": a heading may take two rows.
            around = [
                cell
                for near in table.rows[max(index - 1, 0) : index + 2]
                if _heading_row(near)
                for cell in near
                if cell
            ]
            projected = bool(PROJECTED_HEADING.search(" ".join([caption, *cells, *around])))
            continue
        if _heading_row(row) and PROJECTED_HEADING.search(" ".join(cells)):
            projected = True  # "(forecast)" under years that stand above the table
            continue
        label, row_scale, row_currency = row_unit(cells[0])
        name = row_figure(label, " ".join(cells[1:])) or row_figure(
            _wrapped_label(label, table.rows[index + 1 : index + 2]), " ".join(cells[1:])
        )
        unit = (row_currency or currency, row_scale or scale)
        if projected_only:
            if name in FINANCIAL_FIGURES and projected and years:
                figures += _statement_line(name, row, years, table, page, *unit, None)
        elif name in FINANCIAL_FIGURES and not projected:
            figures += _statement_line(name, row, years, table, page, *unit, year_hint)
        elif name in OFFERING_FIGURES:
            figures += _term_row(name, cells, page, currency)
    for label, value in [] if projected_only else across(table):
        name = row_figure(label, value)
        if name in OFFERING_FIGURES:
            figures += _term_row(name, [label, value], page, currency)
    return figures


def _wrapped_label(label: str, following: Sequence[Sequence[str | None]]) -> str:
    """A row label wrapped in its cell: "Cash & Cash" over a row of just "Equivalents"."""
    cells = [cell for row in following for cell in row if cell]
    if len(cells) == 1 and not any(char.isdigit() for char in cells[0]):
        return f"{label} {cells[0]}"
    return label


def _heading_row(row: Sequence[str | None]) -> bool:
    """A row of column headings only: years, units, "(forecast)", "Year 1"."""
    cells = [cell for cell in row if cell]
    return bool(cells) and all(
        PROJECTED_HEADING.search(cell) or fiscal_year_in(cell) or currency_in(cell)
        for cell in cells
    )


def _years_above(table: Table, page: Page) -> list[int]:
    """Year headings printed above a table's amounts, left to right by where they stand: a
    wrapped heading cell ("Most recent fiscal year-end / (2024)") is not read as one row, and
    its text order is not its column order. Only as many years as the table has amounts."""
    x0, top, x1, bottom = table.bbox
    within = [run for run in page.runs if run.x1 >= x0 and run.x0 <= x1]
    amounts = [
        run.top
        for run in within
        if top <= run.top <= bottom
        and NUMERIC_CELL.match(run.text)
        and not fiscal_year_in(run.text)
    ]
    header_bottom = min(amounts, default=bottom)
    found = sorted(
        (run.x0, year)
        for run in within
        if top - DEFAULT_CAPTION_HEIGHT <= run.bottom <= header_bottom + 1
        and len(run.text.split()) <= DEFAULT_HEADING_WORDS
        and (year := fiscal_year_in(run.text)) is not None
    )
    years = [year for _, year in found]
    columns = max(
        (sum(1 for cell in row[1:] if cell and NUMERIC_CELL.match(cell)) for row in table.rows),
        default=0,
    )
    return years if len(set(years)) == len(years) == columns > 0 else []


def header_years(rows: Sequence[Sequence[str | None]]) -> list[int]:
    """The fiscal years heading the value columns, left to right (`FY2023  FY2022`)."""
    for row in rows[:4]:
        years = [fiscal_year_in(cell) for cell in row if cell]
        first = next((index for index, year in enumerate(years) if year is not None), None)
        trailing = years[first:] if first is not None else []
        if trailing and all(year is not None for year in trailing):
            return [year for year in trailing if year is not None]
    return []


def _statement_line(
    name: str,
    row: Sequence[str | None],
    years: list[int],
    table: Table,
    page: Page,
    currency: str | None,
    scale: float,
    year_hint: int | None,
) -> list[Figure]:
    parsed = [(cell, _cell_value(cell, currency, scale)) for cell in row[1:] if cell]
    values = [(cell, value) for cell, value in parsed if value is not None]
    if not values:
        return []
    if years:
        # Value columns line up with the year headings from the right (a note column may precede).
        pairs: list[tuple[tuple[str, float], int | None]] = list(
            zip(reversed(values), reversed(years), strict=False)
        )
    else:
        # No year headings: the first value column is the current period ("期末余额", "Total").
        pairs = [(values[0], year_hint)]
    return [
        Figure(
            name=name,
            value=value[1],
            currency=currency,
            fiscal_year=year,
            page_no=page.page_no,
            evidence=row_evidence(list(row)),
            source="table",
            bbox=find_cell_bbox(page, value[0]) or table.bbox,
        )
        for value, year in reversed(pairs)
    ]


def _cell_value(cell: str, currency: str | None, scale: float) -> float | None:
    number = parse_number(cell, dot_groups=currency == "EUR")
    if number is not None:
        return number * scale
    money = parse_money(cell, default_currency=currency)
    return money.value if money is not None else None


def _term_row(name: str, cells: list[str], page: Page, currency: str | None) -> list[Figure]:
    text = " ".join(cells[1:])
    if name == "equity_offered_pct":
        percents = find_percents(text)
        if not percents:
            return []
        value, unit = percents[0][0], None
    else:
        money = parse_money(text, default_currency=currency)
        if money is None or (money.currency or currency) is None:
            return []
        value, unit = money.value, money.currency or currency
    return [
        Figure(
            name=name,
            value=value,
            currency=unit,
            page_no=page.page_no,
            evidence=row_evidence(list(cells)),
            source="table",
            bbox=find_cell_bbox(page, cells[1]),
        )
    ]


def dedupe(figures: Iterable[Figure]) -> list[Figure]:
    """One figure per (name, year, value): tables first, then the earliest page."""
    ranked = sorted(figures, key=lambda figure: (figure.source != "table", figure.page_no))
    seen: set[tuple[str, int | None, float]] = set()
    kept = []
    for figure in ranked:
        key = (figure.name, figure.fiscal_year, round(figure.value, 2))
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return sorted(kept, key=lambda figure: (figure.page_no, FIGURE_ORDER.get(figure.name, 99)))


FIGURE_ORDER = {name: index for index, name in enumerate((*OFFERING_FIGURES, *FINANCIAL_FIGURES))}
