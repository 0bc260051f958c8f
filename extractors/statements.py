"""Primary financial statements read as structure: every line, with its period, unit and page.

A statement starts at its title ("Consolidated Balance Sheets", "利润表") and runs to the next
title or the page's end; "(continued)" carries it over a page. Its unit declaration ("In
millions, except per share data", "£'000", "单位：元") and currency govern every line in it and
nothing outside it. The period header's cells ("September 25, 2021", "2023A", "FY2023",
"31.12.2023", "本期 / 上期") give the value columns; each value goes to the column whose heading
sits nearest above it, so a note column, `$` signs and footnote marks never shift a value into
another year. Selected data, quarterly tables and notes are not statements: their titles say so,
and tables without a statement title never yield statement lines.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from extractors import patterns
from extractors.currencies import EUROPEAN_CURRENCIES, currency_in
from extractors.dates import find_dates, fiscal_year_in
from extractors.lines import group_lines
from extractors.numbers import declares_scale, parse_number, table_scale
from extractors.statement_items import name_items
from extractors.statement_periods import Column, ReportPeriod, header_columns, report_period_in
from schemas import Page, StatementLine, TextRun

DEFAULT_TITLE_CHARS = 110  # a longer line is a sentence that mentions a statement
DEFAULT_TITLE_TAIL = 24  # characters of a title's second line ("income", "(continued)")
DEFAULT_TITLE_LEAD = 50  # characters (spaces removed) a company name may print before a title
DEFAULT_HEADER_LINES = 10  # lines below a title searched for the period header
DEFAULT_LABEL_CHARS = 160
DEFAULT_NOTE_CHARS = 8  # a note reference is short: "5", "4(a)", "五、11"
DEFAULT_NOTE_REACH = 12.0  # points beside a notes heading a reference may stand
DEFAULT_REACH = 40.0  # points left of the first heading where a right-aligned amount may start


@dataclass
class Statement:
    """One statement's frame on one page: what it is, its unit, its columns, its lines."""

    kind: str
    title: str
    consolidated: bool
    scale: float
    currency: str | None
    months: int | None
    columns: list[Column]
    lines: list[list[TextRun]] = field(default_factory=list)
    closed: bool = False
    dot_groups: bool = False


def read_statements(
    pages: Sequence[Page], *, currency: str | None, report: ReportPeriod | None = None
) -> list[StatementLine]:
    """Every line of every statement in the document, in page order."""
    found: list[StatementLine] = []
    carried: Statement | None = None
    for page in pages:
        for statement in _statements_on(page, carried, currency=currency, report=report):
            found += _lines_of(statement, page)
            carried = statement
        if carried is not None and carried.closed:
            carried = None
    if not any(line.statement == "income_statement" for line in found):
        # IFRS lets one "statement of comprehensive income" be the income statement.
        found = [
            line.model_copy(update={"statement": "income_statement"})
            if line.statement == "comprehensive_income"
            else line
            for line in found
        ]
    return name_items(found)


def _statements_on(
    page: Page, carried: Statement | None, *, currency: str | None, report: ReportPeriod | None
) -> Iterator[Statement]:
    lines = _titles_joined(group_lines(page.runs))
    starts = [index for index, line in enumerate(lines) if _title_kind(line) is not None]
    if carried is not None and (not starts or starts[0] > 0):
        first = starts[0] if starts else len(lines)
        continued = _continue(carried, lines[:first], report=report)
        if continued is not None:
            yield continued
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        statement = _frame(lines, start, end, currency=currency, report=report, carried=carried)
        if statement is not None:
            yield statement


def _titles_joined(lines: list[list[TextRun]]) -> list[list[TextRun]]:
    """A title wrapped over two lines ("Consolidated statement of comprehensive" / "income")
    is one line."""
    joined: list[list[TextRun]] = []
    for line in lines:
        if (
            joined
            and len(" ".join(run.text for run in line)) <= DEFAULT_TITLE_TAIL
            and not any(char.isdigit() for run in line for char in run.text)
            and _title_kind(joined[-1]) is None
            and _title_kind(line) is None
            and _title_kind([*joined[-1], *line]) is not None
        ):
            joined[-1] = [*joined[-1], *line]
        else:
            joined.append(line)
    return joined


def _title_kind(line: list[TextRun]) -> str | None:
    text = " ".join(run.text for run in line)
    if len(text) > DEFAULT_TITLE_CHARS:
        return None
    if any(_value_of(run.text) is not None for run in line[1:]):
        return None  # "Profit and loss account  3,056,434": a line of a statement, no title
    if patterns.STATEMENT_MENTION.search(text):
        return None  # a sentence that mentions a statement, or a contents line
    spaceless = "".join(text.split())
    if not patterns.STATEMENT_NOT_TITLE.search(text):
        for kind, title in patterns.STATEMENT_TITLES.items():
            match = title.search(spaceless)
            if match is not None and match.start() <= DEFAULT_TITLE_LEAD:
                lead = _lead(text, match.start())
                return None if patterns.STATEMENT_LEAD_IN.search(lead) else kind
    return "summary" if _summary_title(text, spaceless) else None


def _summary_title(text: str, spaceless: str) -> bool:
    """`Financial highlights`, `Five-year summary`, `Selected financial data`: key figures by
    year, kept apart from the statements (`statement` = summary)."""
    match = patterns.STATEMENT_SUMMARY_TITLE.search(spaceless)
    return (
        match is not None
        and match.start() <= DEFAULT_TITLE_LEAD
        and not patterns.STATEMENT_SUMMARY_NOT.search(text)
        and not patterns.STATEMENT_LEAD_IN.search(_lead(text, match.start()))
    )


def _lead(text: str, spaceless_start: int) -> str:
    """The words printed before a title that matched at `spaceless_start` (spaces removed)."""
    seen = 0
    for index, char in enumerate(text):
        if seen == spaceless_start:
            return text[:index]
        seen += not char.isspace()
    return text


def _frame(
    lines: list[list[TextRun]],
    start: int,
    end: int,
    *,
    currency: str | None,
    report: ReportPeriod | None,
    carried: Statement | None = None,
) -> Statement | None:
    title_line = lines[start]
    title = " ".join(run.text for run in title_line)
    kind = _title_kind(title_line) or ""
    body = lines[start + 1 : end]
    head_end = _first_value_line(body)
    head = body[:head_end]
    head_text = " ".join(run.text for line in head for run in line)
    report = report or report_period_in(head_text) or _dated(head_text)
    columns = header_columns(head, report=report)
    if not columns:
        return None
    if len(columns) == 1:  # one period: its values stand where they stand, not under a caption
        columns = [_anchored(columns[0], body[head_end:])]
    context = " ".join(
        run.text for line in [*lines[max(start - 3, 0) : start + 1], *head] for run in line
    )
    scale = table_scale(context) if declares_scale(context) else None
    found_currency = currency_in(context) or _cell_currency(body)
    if carried is not None and carried.kind == kind and patterns.STATEMENT_CONTINUED.search(title):
        scale = scale or carried.scale  # "(continued)" keeps the unit declared on its first page
        found_currency = found_currency or carried.currency
    statement = Statement(
        kind=kind,
        title=title,
        consolidated=bool(patterns.STATEMENT_CONSOLIDATED.search(context))
        and not patterns.STATEMENT_PARENT_ONLY.search(context),
        scale=scale or 1.0,
        currency=found_currency or currency,
        months=_months(context, kind, report),
        columns=columns,
        lines=body[head_end:],
        dot_groups=_dot_groups(body[head_end:], found_currency or currency),
    )
    statement.closed = end < len(lines) or _has_closing_total(statement)
    return statement


def _dated(text: str) -> ReportPeriod | None:
    """A statement dated in its header ("2023年12月31日") reports on that day's year."""
    dates = find_dates(text)
    return ReportPeriod(dates[0][0], 12) if dates else None


def _anchored(column: Column, lines: list[list[TextRun]]) -> Column:
    """A single period column placed over the right edge most of the statement's amounts share
    ("As of 30/04/2023" is centred over the page; its amounts sit in a "Total" column)."""
    edges = Counter(
        round(run.x1) for line in lines for run in line[1:] if _value_of(run.text) is not None
    )
    if not edges:
        return column
    edge = edges.most_common(1)[0][0]
    starts = [
        run.x0
        for line in lines
        for run in line[1:]
        if round(run.x1) == edge and _value_of(run.text) is not None
    ]
    return replace(column, x0=min(starts), x1=float(edge))


def _continue(
    carried: Statement, lines: list[list[TextRun]], *, report: ReportPeriod | None
) -> Statement | None:
    """A statement that runs on from the page before: its header is printed again, or not."""
    head_end = _first_value_line(lines)
    head = [" ".join(run.text for run in line) for line in lines[:head_end]]
    if any(len(text) > DEFAULT_TITLE_CHARS * 0.6 for text in head):
        return None  # prose before the first line: a new table, not the statement going on
    columns = header_columns(lines[:head_end], report=report) or carried.columns
    if len(columns) != len(carried.columns) or not lines[head_end:]:
        return None
    statement = replace(carried, columns=columns, lines=lines[head_end:])
    statement.closed = _has_closing_total(statement)
    return statement


def _first_value_line(lines: list[list[TextRun]]) -> int:
    """Where the header ends: the first line with an amount that is no year and no date."""
    for index, line in enumerate(lines[:DEFAULT_HEADER_LINES]):
        values = [
            run for run in line if _value_of(run.text) is not None and not declares_scale(run.text)
        ]  # "£000" over each column is the unit, not an amount
        amounts = values and not all(fiscal_year_in(run.text) for run in values)
        if amounts and not find_dates(" ".join(run.text for run in line)):  # "2018 年 03 月 31 日"
            return index
    return min(len(lines), DEFAULT_HEADER_LINES)


def _has_closing_total(statement: Statement) -> bool:
    labels = " ".join(_label(line) for line in statement.lines[-6:]).lower()
    closing = {
        "balance_sheet": ("total liabilities and", "total equity and liabilities", "负债和"),
        "income_statement": (
            "per share",
            "每股收益",
            "net income",
            "net loss",
            "net earnings",
            "profit for",
            "loss for",
            "净利润",
        ),
        "cash_flow": ("end of", "期末"),
    }.get(statement.kind, ())
    return not closing or any(word in labels for word in closing)


def _cell_currency(lines: list[list[TextRun]]) -> str | None:
    for line in lines[:12]:
        for run in line:
            if len(run.text) <= 4 and (found := currency_in(run.text)):
                return found
    return None


def _months(context: str, kind: str, report: ReportPeriod | None) -> int | None:
    if kind == "balance_sheet":
        return None
    match = patterns.PERIOD_MONTHS.search(context)
    if match is None:
        return report.months if report is not None else 12
    if match["year"]:
        return 12
    word = match["word"].lower().replace("-", " ")
    return {"three": 3, "six": 6, "nine": 9, "twelve": 12, "fifty two": 12, "fifty three": 12}.get(
        word, int(word) if word.isdigit() and int(word) <= 12 else 12
    )


def _label(line: list[TextRun]) -> str:
    return " ".join(run.text for run in line if _value_of(run.text) is None)


def _value_of(text: str, *, dot_groups: bool = False) -> float | None:
    cell = patterns.CELL_FOOTNOTE.sub("", text.strip())
    cell = patterns.CURRENCY_BEFORE_PAREN.sub("(", cell)  # "$(635,148)" is "(635,148)"
    if patterns.NIL_CELL.match(cell):
        return 0.0
    if fiscal_year_in(cell) is not None and patterns.YEAR_ONLY_CELL.fullmatch(cell):
        return None  # a year heading is no amount
    return parse_number(cell, dot_groups=dot_groups)


def _dot_groups(lines: list[list[TextRun]], currency: str | None) -> bool:
    """Whether a dot groups digits in this statement's amounts (`1.254.200`, `193.400`): a
    continental currency, or a cell that can only be read that way (`1.254.200`, `1.254,20`)."""
    return currency in EUROPEAN_CURRENCIES or any(
        patterns.CONTINENTAL_NUMBER.search(run.text) for line in lines for run in line
    )


def _lines_of(statement: Statement, page: Page) -> list[StatementLine]:
    found: list[StatementLine] = []
    pending = ""  # a label wrapped over lines, or a section heading above its lines
    section = ""
    last: list[StatementLine] = []  # the rows the line above gave
    for line in statement.lines:
        values = [run for run in line if _in_values(run, statement)]
        label = " ".join(
            run.text
            for run in line
            if run not in values
            and not patterns.CURRENCY_ONLY.match(run.text)
            and not _note_reference(run, statement)
        )
        label = " ".join(label.split())
        if not values:
            if label and label[:1].islower() and pending:
                pending = f"{pending} {label}"
            elif label[:1].islower() and last:  # "... operating" / "activities": the row above
                found[-len(last) :] = [
                    row.model_copy(update={"label": f"{row.label} {label}"}) for row in last
                ]
                last = []
            else:
                pending, section = label, label if label.endswith((":", "：")) else section
            continue
        if label[:1].islower() and pending:
            label = f"{pending} {label}"
        pending = ""
        if not label or len(label) > DEFAULT_LABEL_CHARS:
            continue
        last = _row(statement, page, label, section, values)
        found += last
    return found


def _note_reference(run: TextRun, statement: Statement) -> bool:
    """A short mark under a "Notes" / "附注" heading ("五、2", "4(a)"): no part of the label."""
    centre = (run.x0 + run.x1) / 2
    return len(run.text) <= DEFAULT_NOTE_CHARS and any(
        column.fiscal_year is None
        and column.x0 - DEFAULT_NOTE_REACH <= centre <= column.x1 + DEFAULT_NOTE_REACH
        for column in statement.columns
    )


def _in_values(run: TextRun, statement: Statement) -> bool:
    """An amount printed in the value columns (not a number inside a wrapped label)."""
    left = min(column.x0 for column in statement.columns)
    return _value_of(run.text) is not None and (run.x0 + run.x1) / 2 >= left - DEFAULT_REACH


def _row(
    statement: Statement, page: Page, label: str, section: str, values: list[TextRun]
) -> list[StatementLine]:
    rows = []
    taken: set[int] = set()
    for run in values:
        column = _nearest(statement.columns, run)
        if column is None or id(column) in taken or column.fiscal_year is None:
            continue
        taken.add(id(column))
        printed = run.text
        value = _value_of(printed, dot_groups=statement.dot_groups)
        if value is None:
            continue
        scale = 1.0 if patterns.PER_SHARE.search(f"{section} {label}") else statement.scale
        months = None if statement.kind == "balance_sheet" else column.months or statement.months
        if patterns.LOSS_LABEL.match(label) and value > 0:
            value = -value
        rows.append(
            StatementLine(
                statement=statement.kind,
                title=statement.title,
                label=label,
                line_item=None,
                period_end=column.period_end,
                period_months=months,
                fiscal_year=column.fiscal_year,
                consolidated=statement.consolidated,
                value=value * scale,
                printed=printed,
                scale=scale,
                currency=statement.currency,
                page_no=page.page_no,
                bbox=(run.x0, run.top, run.x1, run.bottom),
            )
        )
    return rows


def _nearest(columns: list[Column], run: TextRun) -> Column | None:
    centre = (run.x0 + run.x1) / 2
    right = run.x1 - (run.x1 - run.x0) / max(len(run.text), 1) * run.text.endswith(")")
    best = min(columns, key=lambda column: min(abs(column.centre - centre), abs(column.x1 - right)))
    spacing = min((b.centre - a.centre for a, b in itertools.pairwise(columns)), default=200.0)
    distance = min(abs(best.centre - centre), abs(best.x1 - right))
    return best if distance <= max(0.6 * spacing, 20.0) else None


def report_period(pages: Sequence[Page]) -> ReportPeriod | None:
    """The period the document reports on, from its first pages ("2018年第一季度报告")."""
    return report_period_in(" ".join(page.text[:1500] for page in pages[:3]))
