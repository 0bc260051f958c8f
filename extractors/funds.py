"""The use of proceeds: lines under a use-of-funds heading, from a table, rows or prose.

The section (`sections.section_spans`) is read from the page text, or from its own column where
the page text interleaves two columns (`funds_columns`). Its lines come from a table inside it
(`funds_tables`), else from its text (`funds_text`). A line that gives only a share of the
raise gets its amount from the raise the document states, never from a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from extractors.funds_columns import Column, heading_column
from extractors.funds_tables import row_label, table_lines
from extractors.funds_text import block_lines
from extractors.lines import CELL_SEPARATOR
from extractors.nlp import doc_text
from extractors.patterns import (
    CURRENCY_MARK,
    FEE_CHARGE,
    FUNDS_HEADING_RUN_ON,
    NEXT_HEADING,
    OF_MAXIMUM,
    OVERSUBSCRIPTION_CUE,
    SENTENCE_BEFORE,
    SENTENCE_END,
)
from extractors.sections import opens_on_value
from schemas import Figure, FundsLine, Page, Table


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
    section = _before_excess(_section_lines(doc_text(doc), start, end, column))
    tables = [table for table in page.tables if _in_section(table, section, column)]
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
            and not CURRENCY_MARK.match(line.strip())  # `EUR  Clinical study` over `1.250.000,00`
            and not opens_on_value(following)
        ):
            return column.lines[:index]
    return column.lines


def _before_excess(lines: list[str]) -> list[str]:
    """The section's lines up to the sentence that turns to money raised above the target
    (`If the maximum is raised, the additional $37,500 will go to …`): its uses are not the
    target's. A lead-in before any amount (`Uses if the maximum is raised:`) is no such turn."""
    for index, line in enumerate(lines):
        found = OVERSUBSCRIPTION_CUE.search(line)
        if found is None:
            continue
        before = "".join(lines[:index]) + line[: found.start()]
        if not any(char.isdigit() for char in before):
            continue
        kept = SENTENCE_BEFORE.split(line[: found.start()])[:-1]
        if not kept and line[found.start()].isupper():
            # The turn opens a sentence of its own that the layout ran onto an item's line
            # (`- Team: €10.000 (10%) If the maximum is raised, …`).
            kept = [line[: found.start()].rstrip()]
        return [*lines[:index], " ".join(kept)] if kept else lines[:index]
    return lines


def _filled(lines: Sequence[FundsLine]) -> int:
    """How many amounts and shares the lines give."""
    return sum((line.amount is not None) + (line.pct is not None) for line in lines)


def _in_section(table: Table, section: Sequence[str], column: Column | None) -> bool:
    """Whether a table belongs to the section: its row labels printed among the section's
    lines (above the next heading), and where the section has a column of its own, inside it."""
    if column is not None and not column.holds(table):
        return False
    text = " ".join(" ".join(section).split())
    labels = [" ".join(label.split()) for row in table.rows[1:] if (label := row_label(row))]
    labels = [label for label in labels if len(label) > 3]
    return bool(labels) and sum(label in text for label in labels) > len(labels) / 2


def _fee_rate(line: FundsLine, lines: Sequence[FundsLine]) -> bool:
    """A fee the platform charges, given as a rate (`Success fee charged to the project owner:
    6% of the amount raised`, `Investors pay a 2% fee`): what the raise costs, not what the
    money is used for. A sentence that names several uses (`… 10% to pay suppliers' fees`) is
    an enumeration, read by its categories only."""
    if line.amount is not None:
        return False
    alone = sum(other.evidence == line.evidence for other in lines) == 1
    return bool(FEE_CHARGE.search(line.evidence if alone else _clause(line, lines)))


def _clause(line: FundsLine, lines: Sequence[FundsLine]) -> str:
    """A line's own words in evidence it shares with other lines: from its category to the
    next line's category or the sentence's end. A note run onto an item's line (`5) Study:
    EUR 45.000,00 Note: a platform fee of 6 % is payable separately.`) is read apart from the
    item; in `60% to pay suppliers and 40% for platform fees` neither use is a fee charged."""
    start = line.evidence.find(line.category)
    if start < 0:
        return line.category
    rest = SENTENCE_END.split(line.evidence[start:], maxsplit=1)[0]
    others = [other.category for other in lines if other.evidence == line.evidence]
    ends = [rest.find(category, 1) for category in others if category != line.category]
    return rest[: min((end for end in ends if end > 0), default=len(rest))]


def _raise(figures: Sequence[Figure], *, maximum: bool) -> Figure | None:
    """The raise a share of the proceeds is a share of: the target, or the stated maximum."""
    name = "maximum_target" if maximum else "funding_target"
    stated = [figure for figure in figures if figure.name == name]
    return min(stated, key=lambda figure: (figure.source != "table", figure.page_no), default=None)


def _with_amount(line: FundsLine, raised: Figure | None) -> FundsLine:
    if line.amount is not None or line.pct is None or raised is None:
        return line
    amount = round(raised.value * line.pct / 100, 2)
    return line.model_copy(
        update={"amount": amount, "currency": raised.currency, "amount_from_share": True}
    )
