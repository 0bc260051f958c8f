"""The date a document states as its own, read from its cover (the first page).

In order: a label that dates the document (`Date:`, `Document date`, `Version date:`, `Prepared
on:`, `As of:`, `Stand:`, 编制日期：), a sentence that does (`This Offering Memorandum is dated
May 5, 2023`), a cover line `As of 15 Aug 2024`, a date printed with the document's title
(`Business Plan — January 2025`), or alone on a line just below it (`2018 年 04 月` under
`2018 年第一季度报告`).

A month without a day reads as its first day: the earliest the document can be, so that a rule
comparing a deadline with it (`deadline_before_document_date`) never fires on a guess.
No document date: a period's end (`For the year ended 31 December 2024`, a balance sheet's `As
of 09/10/2023`), a founding date, a deadline, a date in the prose. On a financial statement's
cover a full date alone below the title is its period's end, so only a month counts there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from extractors.classify import names_a_title
from extractors.dates import find_dates, parse_date
from extractors.lines import CELL_SEPARATOR
from extractors.patterns import (
    DATE_LEAD,
    DOCUMENT_AS_OF,
    DOCUMENT_DATE_LABEL,
    DOCUMENT_DATED,
    MONTH_YEAR,
    MONTH_YEAR_CJK,
    TITLE_DATE_BREAK,
)
from schemas import DocKind, Page

DEFAULT_COVER_LINES = 10  # lines of the first page searched for a title's date
DEFAULT_TITLE_REACH = 2  # lines above a date alone on its line that may hold the title
DEFAULT_DATE_CHARS = 40  # characters after a label searched for its date
MONTHS = (MONTH_YEAR, MONTH_YEAR_CJK)


def document_date(pages: Sequence[Page], *, doc_kind: DocKind) -> dt.date | None:
    """The date the document gives itself on its cover, or None where it gives none."""
    if not pages:
        return None
    text = pages[0].text
    cover = "\n".join(text.split("\n")[:DEFAULT_COVER_LINES])
    return (
        _after(DOCUMENT_DATE_LABEL, text)
        or _after(DOCUMENT_DATED, text)
        or _after(DOCUMENT_AS_OF, cover, whole=True)
        or _titled(text, statements=doc_kind == "financial_statement")
    )


def leading_date(text: str) -> dt.date | None:
    """The date text opens with (a weekday before it aside), a month as its first day."""
    head = text[:DEFAULT_DATE_CHARS]
    dates = find_dates(head)
    if dates and DATE_LEAD.match(head[: dates[0][1]]):
        return dates[0][0]
    for pattern in MONTHS:
        month = pattern.match(head)
        if month is not None:
            return parse_date(month.group(0), allow_month=True)
    return None


def _after(pattern: re.Pattern[str], text: str, *, whole: bool = False) -> dt.date | None:
    """The first date that follows a match of `pattern` on its line (and, with `whole`, is
    all the rest of the line)."""
    for match in pattern.finditer(text):
        line_end = text.find("\n", match.end())
        rest = text[match.end() : None if line_end == -1 else line_end].strip()
        date = _alone(rest, statements=False) if whole else leading_date(rest)
        if date is not None:
            return date
    return None


def _titled(text: str, *, statements: bool) -> dt.date | None:
    """A date beside the title (`Growth Plan — January 2024`), or alone on a line right below
    it (a full date only where the document is no financial statement)."""
    lines = [line.strip() for line in text.split("\n")[:DEFAULT_COVER_LINES]]
    for index, line in enumerate(lines):
        for cell in line.split(CELL_SEPARATOR):
            date = _beside_title(cell)
            if date is not None:
                return date
        date = _alone(line, statements=statements)
        above = lines[max(index - DEFAULT_TITLE_REACH, 0) : index]
        if date is not None and any(names_a_title(title) for title in above):
            return date
    return None


def _beside_title(cell: str) -> dt.date | None:
    for gap in TITLE_DATE_BREAK.finditer(cell):
        date = leading_date(cell[gap.end() :])
        if date is not None and names_a_title(cell[: gap.start()]):
            return date
    return None


def _alone(line: str, *, statements: bool) -> dt.date | None:
    """A line that is a date, or a month, and nothing else."""
    if any(pattern.fullmatch(line) for pattern in MONTHS):
        return parse_date(line, allow_month=True)
    dates = find_dates(line)
    if not statements and len(dates) == 1 and dates[0][1:] == (0, len(line)):
        return dates[0][0]
    return None
