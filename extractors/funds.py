"""The use of proceeds: lines under a use-of-funds heading, from a table, a list or prose."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.dates import fiscal_year_in
from extractors.evidence import row_evidence, trim
from extractors.layout import CELL_SEPARATOR
from extractors.money import (
    currency_in,
    find_money,
    find_percents,
    parse_number,
    table_scale,
)
from extractors.nlp import doc_text
from extractors.patterns import (
    BULLET,
    CATEGORY_AFTER,
    CATEGORY_NOISE,
    CHUNK_SPLIT,
    NEXT_HEADING,
    SENTENCE_BREAK,
    TOTAL_ROW,
    VALUE_DEBRIS,
)
from schemas import FundsLine, Page, Table


def section_spans(doc: Doc, heading_id: str) -> list[tuple[int, int]]:
    """Character ranges of the sections under headings of one kind, on a page."""
    headings = sorted(
        (span for span in doc.spans["cues"] if span.label_ == "HEADING" and _is_heading(span)),
        key=lambda span: span.start_char,
    )
    ranges = []
    text = doc_text(doc)
    for index, span in enumerate(headings):
        if span.id_ == heading_id:
            end = headings[index + 1].start_char if index + 1 < len(headings) else len(text)
            other = NEXT_HEADING.search(text, span.end_char, end)
            ranges.append((span.start_char, other.start() + 1 if other else end))
    return ranges


def _is_heading(span: Span) -> bool:
    """A heading has a short line of its own: `Risk Factors`, `4. Use of Funds`, `Key risks`.

    Only the stretch of the line between wide gaps counts: a sidebar printed beside a heading
    ("Use of Proceeds  Get in touch") leaves it a heading. A table's column heading ("Use of
    funds  Amount  Share") passes too; its section then starts at the table, which is right.
    """
    text = doc_text(span.doc)
    start = max(
        text.rfind("\n", 0, span.start_char), text.rfind(CELL_SEPARATOR, 0, span.start_char)
    )
    ends = (text.find("\n", span.end_char), text.find(CELL_SEPARATOR, span.end_char))
    end = min((end for end in ends if end != -1), default=len(text))
    segment = text[start + 1 : end].strip()
    before = text[start + 1 : span.start_char].strip(" \t0123456789.")
    return (
        len(before.split()) <= 2
        and len(segment) <= len(span.text) + 25
        and not segment.endswith((".", ",", ";"))
    )


def funds_lines(
    doc: Doc, page: Page, *, start: int, end: int, currency: str | None
) -> list[FundsLine]:
    """Use-of-funds lines in the section text[start:end] of a page: table, list or prose."""
    tables = [table for table in page.tables if _in_section(table, page, start, end)]
    lines = [line for table in tables for line in _table_lines(table, currency)]
    if lines:
        return lines
    section = doc_text(doc)[start:end].split("\n", 1)[-1]  # the heading line itself aside
    lines = _list_lines(section, page, currency)
    return lines or _prose_lines(section, page, currency)


def _in_section(table: Table, page: Page, start: int, end: int) -> bool:
    """Whether a table's row labels are printed inside the section's text."""
    section = page.text[start:end]
    labels = [row[0] for row in table.rows[1:] if row and row[0] and len(row[0]) > 3]
    return bool(labels) and sum(label in section for label in labels) > len(labels) / 2


def _table_lines(table: Table, currency: str | None) -> list[FundsLine]:
    context = " ".join([table.caption, *(cell or "" for cell in table.rows[0])])
    currency = currency_in(context) or currency
    scale = table_scale(context)
    lines = []
    for row in table.rows:
        cells = [cell for cell in row if cell]
        if (cells and TOTAL_ROW.match(cells[0])) or _year_heading(cells):
            break  # the lines end at their total, or where a statement's years head a table
        if len(cells) < 2:
            continue
        amount, pct = _cell_values(cells[1:], currency, scale)
        category = CATEGORY_NOISE.sub("", cells[0]).strip()
        if category and (amount is not None or pct is not None):
            lines.append(
                FundsLine(
                    category=category,
                    amount=amount,
                    currency=currency if amount is not None else None,
                    pct=pct,
                    page_no=table.page_no,
                    evidence=row_evidence(list(row)),
                    source="table",
                )
            )
    return lines


def _year_heading(cells: Sequence[str]) -> bool:
    """A row of fiscal years (`2023  2022`): the column headings of a statement."""
    return len(cells) >= 2 and all(fiscal_year_in(cell) is not None for cell in cells)


def _cell_values(
    cells: Sequence[str], currency: str | None, scale: float
) -> tuple[float | None, float | None]:
    """The amount and the share a use-of-funds row prints, whichever cells hold them."""
    amount = pct = None
    for cell in cells:
        percents = find_percents(cell)
        if percents and pct is None:
            pct = percents[0][0]
            continue
        money = find_money(cell, default_currency=currency)
        number = parse_number(cell, dot_groups=currency == "EUR")
        if amount is None and money:
            amount = money[0].value
        elif amount is None and number is not None:
            amount = number * scale
    return amount, pct


def _line(category: str, values: str, currency: str | None) -> dict[str, object] | None:
    category = CATEGORY_NOISE.sub("", category).strip()
    money = find_money(values, default_currency=currency)
    percents = find_percents(values)
    if not category or (not money and not percents):
        return None
    amount = money[0].value if money else None
    return {
        "category": category,
        "amount": amount,
        "currency": (money[0].currency or currency) if money else None,
        "pct": percents[0][0] if percents else None,
    }


def _list_lines(section: str, page: Page, currency: str | None) -> list[FundsLine]:
    lines = []
    for raw in section.splitlines():
        if not BULLET.match(raw) or TOTAL_ROW.match(BULLET.sub("", raw)):
            continue
        text = BULLET.sub("", raw)
        first = _first_value_at(text, currency)
        if first is None:
            continue
        category = text[:first] if first > 0 else _category_after(text)
        line = _line(category, text[first:] if first > 0 else text, currency)
        if line is not None:
            lines.append(FundsLine(**line, page_no=page.page_no, evidence=trim(raw), source="text"))
    return lines


def _first_value_at(text: str, currency: str | None) -> int | None:
    positions = [money.start for money in find_money(text, default_currency=currency)]
    positions += [start for _, start, _ in find_percents(text)]
    return min(positions) if positions else None


def _category_after(text: str) -> str:
    """The category a line names around its values: `40% to marketing`, `$400k for hiring (40%)`."""
    spans = [(money.start, money.end) for money in find_money(text)]
    spans += [(start, end) for _, start, end in find_percents(text)]
    match = CATEGORY_AFTER.match(text[max(end for _, end in spans) :])
    if match:
        return match.group(1)
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return CATEGORY_NOISE.sub("", VALUE_DEBRIS.sub("", text)).strip()


def _prose_lines(section: str, page: Page, currency: str | None) -> list[FundsLine]:
    lines = []
    for sentence in SENTENCE_BREAK.split(section):
        chunks = [chunk for chunk in CHUNK_SPLIT.split(sentence) if chunk.strip()]
        valued = [chunk for chunk in chunks if _first_value_at(chunk, currency) is not None]
        if len(valued) < 2:
            continue
        for chunk in valued:
            category = _category_after(chunk)
            line = _line(category.rstrip(". "), chunk, currency)
            if line is not None:
                lines.append(
                    FundsLine(**line, page_no=page.page_no, evidence=trim(sentence), source="text")
                )
    return lines
