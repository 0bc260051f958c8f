"""Use-of-funds lines from a table: a category cell, then amount and share cells."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.currencies import currency_in
from extractors.dates import fiscal_year_in
from extractors.evidence import row_evidence
from extractors.money import find_money
from extractors.numbers import declares_scale, find_percents, parse_number, table_scale
from extractors.patterns import (
    CATEGORY_EDGE,
    CATEGORY_WORDS,
    CJK_SPACE,
    CURRENCY_MARK,
    DANGLING_ARTICLE,
    ITEM_NUMBER_CELL,
    MAXIMUM_COLUMN,
    PLAIN_UNIT,
    TOTAL_ROW,
)
from schemas import FundsLine, Table


def table_lines(table: Table, currency: str | None, heading: str = "") -> list[FundsLine]:
    """The rows of a use-of-funds table down to its total; the heading row names the currency
    and the unit (`Amount (€)`, `金额（万元）`). A table that holds the section's heading as a
    row (the layout found one table down a column) is read from below it. The heading row's
    unit wins over the caption's: a caption may be the prose above (`估值六百万元`)."""
    rows = _below(table.rows, heading)
    header = " ".join(cell or "" for cell in (rows[0] if rows else []))
    currency = currency_in(header) or currency_in(table.caption) or currency
    declared = declares_scale(header) or PLAIN_UNIT.search(header) is not None
    scale = table_scale(header) if declared else table_scale(table.caption)
    width = len([cell for cell in rows[0] if cell]) if rows else 0
    lines = []
    for row in rows:
        cells = _label_first(numberless(aligned_cells([cell for cell in row if cell], width)))
        if (cells and TOTAL_ROW.match(cells[0])) or _year_heading(cells):
            break  # the lines end at their total, or where a statement's years head a table
        category = clean_category(cells[0]) if len(cells) >= 2 else None
        if category is None:
            continue
        amount, unit, pct = cell_values(
            cells[1:], currency=currency, scale=scale, bare_amounts=True
        )
        if amount is not None or pct is not None:
            lines.append(
                FundsLine(
                    category=category,
                    amount=amount,
                    currency=unit,
                    pct=pct,
                    page_no=table.page_no,
                    evidence=row_evidence(list(row)),
                    source="table",
                    amount_at_maximum=amount_at_maximum(
                        cells[1:],
                        heading=f"{header} {table.caption}",
                        currency=currency,
                        scale=scale,
                    ),
                )
            )
    return lines


def aligned_cells(cells: list[str], width: int) -> list[str]:
    """A row's own cells where it holds more than its table's heading row: on a two-column
    page the layout may read a line of the other column into the row (`商业计划书  人才招聘
    175.00  35%` below `用途  金额（万元）  占比`): the cells before the row's label (the last
    cell without a value before its values) are dropped."""
    if width < 2:
        return cells
    start = 0
    while len(cells) - start > width and not _is_value(cells[start + 1]):
        start += 1
    return cells[start:]


def numberless(cells: list[str]) -> list[str]:
    """A row without the item number in its first cell (`1  人才招聘  700.00  35%` under
    `序号  用途  金额（万元）  占比`): a count of rows, not an amount."""
    if len(cells) >= 3 and ITEM_NUMBER_CELL.match(cells[0].strip()) and not _is_value(cells[1]):
        return cells[1:]
    return cells


def _label_first(cells: list[str]) -> list[str]:
    """A row whose amount comes before its label (`3,250,000 €  Regulatory approvals`, under
    `Budget  Purpose`) with its label first, as the other rows read."""
    if not cells or not _is_value(cells[0]):
        return cells
    label = next((cell for cell in cells[1:] if not _is_value(cell)), None)
    if label is None:
        return cells
    return [label, *(cell for cell in cells if cell is not label)]


def row_label(row: Sequence[str | None]) -> str | None:
    """A row's label: its first cell that holds no value (`Capital expenditure` in
    `2 000 000 € | Capital expenditure`)."""
    return next((cell for cell in row if cell and cell.strip() and not _is_value(cell)), None)


def _is_value(cell: str) -> bool:
    """An amount, a share, a number, or a currency mark whose amount wrapped below it."""
    return bool(
        find_percents(cell)
        or find_money(cell)
        or parse_number(cell) is not None
        or CURRENCY_MARK.fullmatch(cell.strip())
    )


def _below(rows: list[list[str | None]], heading: str) -> list[list[str | None]]:
    """The rows below the section's heading where the table holds it as a row of its own; a
    column heading that reads as the section's (`资金用途  金额（万元）  占比`) heads the rows."""
    for index, row in enumerate(rows):
        if heading and any(cell and cell.strip() == heading for cell in row):
            alone = sum(1 for cell in row if cell and cell.strip()) == 1
            return rows[index + 1 :] if alone else rows[index:]
    return rows


def _year_heading(cells: Sequence[str]) -> bool:
    """A row of fiscal years (`2023  2022`): the column headings of a statement."""
    return len(cells) >= 2 and all(fiscal_year_in(cell) is not None for cell in cells)


def cell_values(
    cells: Sequence[str], *, currency: str | None, scale: float, bare_amounts: bool
) -> tuple[float | None, str | None, float | None]:
    """The amount, its currency and the share a row prints, whichever cells hold them (one
    cell may hold two: `€300K 60.00%`); a bare number is an amount where `bare_amounts` says
    so, in `currency`."""
    amount: float | None = None
    unit = pct = None
    for cell in cells:
        percents = find_percents(cell)
        if percents and pct is None:
            pct = percents[0][0]
        if amount is not None:
            continue
        money = find_money(cell, default_currency=currency)
        # A year (`Since  2024`) is never a bare amount.
        dated = percents or fiscal_year_in(cell) is not None
        number = None if dated else parse_number(cell, dot_groups=currency == "EUR")
        if money:
            amount, unit = money[0].value, money[0].currency
        elif number is not None and bare_amounts:
            amount, unit = number * scale, currency
    return amount, unit, pct


def amount_at_maximum(
    cells: Sequence[str], *, heading: str, currency: str | None, scale: float
) -> float | None:
    """The amount in a row's second amount column where the headings name it the maximum's
    (`$32,000  $40,000` under `At target  Maximum`); None without one."""
    if not MAXIMUM_COLUMN.search(heading):
        return None
    amounts: list[float] = []
    for cell in cells:
        money = [found.value for found in find_money(cell, default_currency=currency)]
        number = None if find_percents(cell) else parse_number(cell, dot_groups=currency == "EUR")
        amounts += money or ([number * scale] if number else [])
    return amounts[1] if len(amounts) >= 2 else None


def clean_category(text: str) -> str | None:
    """A category without the marks and link words around it, or None if no words remain."""
    category = " ".join(CATEGORY_EDGE.sub("", text.strip()).split())
    category = CJK_SPACE.sub("", CATEGORY_EDGE.sub("", category))
    if category.count("(") == category.count(")") + 1 and f"{category})" in " ".join(text.split()):
        category += ")"  # `Team expansion (4 hires)`: the bracket closes the category's own
    letters = len(CATEGORY_WORDS.findall(category))
    return category if letters >= 2 and not DANGLING_ARTICLE.search(category) else None
