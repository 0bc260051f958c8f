"""The use of proceeds: lines under a use-of-funds heading, from a table, rows or prose.

The section is read from the page text, or from its own column where the page text
interleaves two columns (`funds_columns`). Its lines come from a table inside it
(`funds_tables`), else from its text (`funds_text`). A line that gives only a share of the
raise gets its amount from the raise the document states, never from a guess.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Sequence
from importlib import resources

from spacy.tokens import Doc, Span

from extractors.funds_columns import Column, heading_column
from extractors.funds_tables import table_lines
from extractors.funds_text import block_lines
from extractors.layout import CELL_SEPARATOR
from extractors.money import find_money, find_percents
from extractors.nlp import doc_text
from extractors.patterns import (
    CURRENCY_MARK,
    FEE_CHARGE,
    FUNDS_HEADING,
    FUNDS_HEADING_RUN_ON,
    HEADING_NUMBER,
    HEADING_TRAIL,
    NEXT_HEADING,
    OF_MAXIMUM,
)
from schemas import Figure, FundsLine, Page, Table

DEFAULT_HEADING_EXTRA = 25  # characters a heading's line may hold beyond the heading
DEFAULT_ZH_HEADING_EXTRA = 8  # characters a Chinese heading may hold before its key phrase
DEFAULT_COLUMN_HEADING_WORDS = 2  # words of a column heading printed beside a section heading
FUNDS_ID = "use_of_funds"


def section_spans(doc: Doc, heading_id: str) -> list[tuple[int, int]]:
    """Character ranges of the sections under headings of one kind, on a page."""
    text = doc_text(doc)
    headings = sorted(
        [
            (span.start_char, span.end_char, span.id_)
            for span in doc.spans["cues"]
            if span.label_ == "HEADING" and _is_heading(span)
        ]
        + list(_funds_headings(text)),
    )
    headings = [
        heading
        for index, heading in enumerate(headings)
        if not any(other[0] <= heading[0] < other[1] for other in headings[:index])
    ]
    ranges = []
    for index, (start, end, kind) in enumerate(headings):
        if kind == heading_id:
            stop = headings[index + 1][0] if index + 1 < len(headings) else len(text)
            ranges.append((start, _next_heading(text, end, stop)))
    return ranges


def _next_heading(text: str, start: int, stop: int) -> int:
    """Where a short title-case line ends the section in text[start:stop]; a currency code
    wrapped below its amount (`EUR`) and column headings over rows are none."""
    for match in NEXT_HEADING.finditer(text, start, stop):
        line, following = text[match.end() :].split("\n")[:2]
        if not CURRENCY_MARK.fullmatch(line.strip()) and not _opens_on_value(following):
            return match.start() + 1
    return stop


def _opens_on_value(line: str) -> bool:
    """A line that starts with an amount or a share: a row, so the line above heads columns
    (`Allocation  Use` over `66,000 EUR  New premises`), not a section."""
    line = line.strip()
    return any(money.start == 0 for money in find_money(line)) or any(
        start == 0 for _, start, _ in find_percents(line)
    )


def _is_heading(span: Span) -> bool:
    """A heading has a short line of its own: `Risk Factors`, `4. Use of Funds`, `Key risks`.

    Only the stretch of the line between wide gaps counts: a sidebar printed beside a heading
    ("Use of Proceeds  Get in touch") leaves it a heading. A table's column heading ("Use of
    funds  Amount  Share") passes too; its section then starts at the table, which is right.
    A row's label is none (`£480,000  40%  Team expansion`, `Team expansion  €300,000  40%`).
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
        and not _in_row(text, span.start_char, end)
        and len(segment) <= len(span.text) + DEFAULT_HEADING_EXTRA
        and not segment.endswith((".", ",", ";"))
    )


def _in_row(text: str, start: int, end: int) -> bool:
    """Whether the cell text[start:end] is a row's label: its line opens on a value, or the
    cell after it holds one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    first = text[line_start:start].split(CELL_SEPARATOR)[0]
    after = text[end : len(text) if line_end == -1 else line_end].split(CELL_SEPARATOR)
    following = next((cell for cell in after if cell.strip()), "")
    return any(find_money(cell) or find_percents(cell) for cell in (first, following))


def _funds_headings(text: str) -> Iterator[tuple[int, int, str]]:
    """Use-of-funds headings the cue list does not name: a short cell of a line that reads as
    one (`Use of the investment`, `5. How we will spend your money`, `Mittelverwendung`)."""
    offset = 0
    for line in text.split("\n"):
        run_on = FUNDS_HEADING_RUN_ON.match(line)
        if run_on:
            yield offset + run_on.start(), offset + run_on.end(), FUNDS_ID
        cells = line.split(CELL_SEPARATOR)
        position = offset
        for index, cell in enumerate(cells):
            later = cells[index + 1 :]
            if _reads_as_funds_heading(cell) and all(_column_heading(other) for other in later):
                start = position + len(cell) - len(cell.lstrip())
                yield start, position + len(cell.rstrip()), FUNDS_ID
            position += len(cell) + len(CELL_SEPARATOR)
        offset += len(line) + 1


def _reads_as_funds_heading(cell: str) -> bool:
    title = HEADING_TRAIL.sub("", HEADING_NUMBER.sub("", cell.strip())).strip()
    if FUNDS_HEADING.match(title) or title.casefold() in _heading_phrases()["headings"]:
        return True
    return any(
        title.endswith(phrase) and len(title) <= len(phrase) + DEFAULT_ZH_HEADING_EXTRA
        for phrase in _heading_phrases()["zh_headings"]
    )


def _column_heading(cell: str) -> bool:
    """A cell printed on a heading's line that heads a column (`Amount`, `%`, `金额（万元）`)."""
    words = cell.split()
    return len(words) <= DEFAULT_COLUMN_HEADING_WORDS and not any(char.isdigit() for char in cell)


@functools.cache
def _heading_phrases() -> dict[str, frozenset[str]]:
    """The fixed-phrase headings of patterns/funds.json, by kind."""
    source = resources.files("extractors") / "patterns" / "funds.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return {kind: frozenset(data[kind]) for kind in ("headings", "zh_headings")}


def funds_lines(
    doc: Doc,
    page: Page,
    *,
    start: int,
    end: int,
    currency: str | None,
    figures: Sequence[Figure] = (),
) -> list[FundsLine]:
    """Use-of-funds lines in the section text[start:end] of a page: table, rows or prose.

    `figures` are the document's key figures: a line that prints only its share of the raise
    gets its amount from the funding target (from the maximum where the section says so).
    """
    column = heading_column(page, start)
    section = _section_lines(doc_text(doc), start, end, column)
    tables = [table for table in page.tables if _in_section(table, page, start, end, column)]
    heading = doc_text(doc)[start:end].split("\n", 1)[0].split(CELL_SEPARATOR)[0].strip()
    from_tables = [line for table in tables for line in table_lines(table, currency, heading)]
    lines = block_lines(section, page_no=page.page_no, currency=currency)
    if from_tables and _filled(from_tables) >= _filled(lines):
        # A ruled table keeps a wrapped label in one cell; the text wins where it reads more
        # (a row the table finder dropped, a value wrapped within its cell).
        lines = from_tables
    if not lines and column is not None:
        # A sentence that wraps within the column: read the lines as one paragraph.
        lines = block_lines([" ".join(section)], page_no=page.page_no, currency=currency)
    lines = [line for line in lines if not _fee_rate(line, lines)]
    raised = _raise(figures, maximum=bool(OF_MAXIMUM.search(" ".join(section))))
    return [_with_amount(line, raised) for line in lines]


def _section_lines(text: str, start: int, end: int, column: Column | None) -> list[str]:
    """The section's lines below its heading line, cut at the next heading; a sentence the
    layout ran onto the heading's line is the first of them."""
    if column is None:
        run_on = FUNDS_HEADING_RUN_ON.match(text[start:end])
        if run_on:
            return text[start + run_on.end() : end].strip(" ").split("\n")
        return text[start:end].split("\n")[1:]
    for index, line in enumerate(column.lines):
        following = column.lines[index + 1] if index + 1 < len(column.lines) else ""
        if (
            NEXT_HEADING.match(f"\n{line}\n")
            and not following[:1].islower()
            and not CURRENCY_MARK.fullmatch(line.strip())
            and not _opens_on_value(following)
        ):
            return column.lines[:index]
    return column.lines


def _filled(lines: Sequence[FundsLine]) -> int:
    """How many amounts and shares the lines give."""
    return sum((line.amount is not None) + (line.pct is not None) for line in lines)


def _in_section(table: Table, page: Page, start: int, end: int, column: Column | None) -> bool:
    """Whether a table belongs to the section: inside its column, or its row labels printed
    inside the section's text."""
    if column is not None:
        return column.holds(table)
    section = page.text[start:end]
    labels = [row[0] for row in table.rows[1:] if row and row[0] and len(row[0]) > 3]
    return bool(labels) and sum(label in section for label in labels) > len(labels) / 2


def _fee_rate(line: FundsLine, lines: Sequence[FundsLine]) -> bool:
    """A fee the platform charges, given as a rate (`Success fee charged to the project owner:
    6% of the amount raised`, `Investors pay a 2% fee`): what the raise costs, not what the
    money is used for. A sentence that names several uses (`… 10% to pay suppliers' fees`) is
    an enumeration, read by its categories only."""
    if line.amount is not None:
        return False
    alone = sum(other.evidence == line.evidence for other in lines) == 1
    return bool(FEE_CHARGE.search(line.category) or (alone and FEE_CHARGE.search(line.evidence)))


def _raise(figures: Sequence[Figure], *, maximum: bool) -> Figure | None:
    """The raise a share of the proceeds is a share of: the target, or the stated maximum."""
    name = "maximum_target" if maximum else "funding_target"
    stated = [figure for figure in figures if figure.name == name]
    return min(stated, key=lambda figure: (figure.source != "table", figure.page_no), default=None)


def _with_amount(line: FundsLine, raised: Figure | None) -> FundsLine:
    if line.amount is not None or line.pct is None or raised is None:
        return line
    amount = round(raised.value * line.pct / 100, 2)
    return line.model_copy(update={"amount": amount, "currency": raised.currency})
