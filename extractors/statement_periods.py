"""A statement's value columns from its period header, and the period a report covers.

Headings come in many forms: `2023`, `2023A`, `FY2023`, `Dec 31, 2023`, `31.12.2023`,
`September 25,` over `2021`, `Year ended 30 June 2024`, `本期发生额 / 上期发生额`,
`期末余额 / 年初余额`. Each becomes a column with its box, period end and fiscal year (the year
in which the period ends). Relative headings need the report's own period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extractors import patterns
from extractors.dates import find_dates, fiscal_year_in
from schemas import TextRun

DEFAULT_JANUARY_SPILL = 7  # days into January a 52/53-week year may end
DEFAULT_HEADING_CHARS = 40  # a longer header cell is a caption, not a column heading
DEFAULT_MONTH_DAYS = 30.44
WEEKS_PER_MONTH = 52 / 12
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
QUARTER_ENDS = {"一": (3, 31, 3), "二": (6, 30, 6), "三": (9, 30, 9), "四": (12, 31, 12)}


@dataclass(frozen=True)
class ReportPeriod:
    """The period a report covers: where it ends and how many months it spans."""

    end: dt.date
    months: int


@dataclass
class Column:
    """A value column: its heading's box, and the period it reports."""

    x0: float
    x1: float
    fiscal_year: int | None
    period_end: dt.date | None
    heading: str
    months: int | None = None  # when the heading spans its period ("From 01/04 To 30/04/2023")

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def header_columns(
    lines: Sequence[Sequence[TextRun]], *, report: ReportPeriod | None = None
) -> list[Column]:
    """The value columns a statement's header lines name, left to right."""
    context = " ".join(run.text for line in lines for run in line)
    default_day = _month_day(context)
    best: list[Column] = []
    for index, line in enumerate(lines):
        columns = [column for run in line for column in _columns_in(run, report=report)]
        if sum(column.fiscal_year is not None for column in columns) >= 1:
            above = [run for other in lines[:index] for run in other]
            below = [run for other in lines[index + 1 :] for run in other]
            best = [_with_span(_with_date(column, above, default_day), below) for column in columns]
    notes = [
        Column(run.x0, run.x1, None, None, run.text)
        for line in lines
        for run in line
        if patterns.NOTE_HEADER.match(run.text.strip())
    ]  # "Notes" may head its column on a line above the years
    if best and not any(column.fiscal_year is None for column in best):
        best += notes
    return sorted(best, key=lambda column: column.x0)


def _with_span(column: Column, below: list[TextRun]) -> Column:
    """A column's length from "(53 weeks)" or "(9 months)" printed under its heading."""
    for run in below:
        span = patterns.PERIOD_SPAN.search(run.text)
        if span and run.x0 < column.x1 and run.x1 > column.x0:
            count = int(span["count"])
            months = round(count / WEEKS_PER_MONTH) if span["unit"].startswith("week") else count
            return replace(column, months=min(max(months, 1), 12))
    return column


def _columns_in(run: TextRun, *, report: ReportPeriod | None) -> list[Column]:
    text = run.text.strip()
    if patterns.NOTE_HEADER.match(text):
        return [Column(run.x0, run.x1, None, None, text)]
    if len(text) > DEFAULT_HEADING_CHARS:
        return []
    relative = _relative(text, report)
    if relative is not None:
        return [Column(run.x0, run.x1, fiscal_year_of(relative), relative, text)]
    dates = find_dates(text)
    years = [
        match
        for match in patterns.YEAR.finditer(text)
        if not any(start <= match.start() < end for _, start, end in dates)
    ]
    if len(dates) == 2 and patterns.PERIOD_RANGE.fullmatch(text, dates[0][2], dates[1][1]):
        (start, _, _), (end, _, _) = dates
        months = max(1, round((end - start).days / DEFAULT_MONTH_DAYS))
        return [Column(run.x0, run.x1, fiscal_year_of(end), end, text, min(months, 12))]
    if len(dates) > 1 or (len(years) > 1 and not dates):
        spans = [(start, end) for _, start, end in dates] or [m.span() for m in years]
        return [_part(run, text, start, end) for start, end in spans]
    year = fiscal_year_in(text)
    if year is None or not _heading_like(text):
        return []
    if dates:
        return [Column(run.x0, run.x1, fiscal_year_of(dates[0][0]), dates[0][0], text)]
    return [Column(run.x0, run.x1, year, None, text)]


def fiscal_year_of(end: dt.date) -> int:
    """The fiscal year a period ending on `end` is named after.

    52/53-week years that end in the first days of January belong to the year before
    ("fiscal 2015" ended on 3 January 2016); every other period to the year it ends in.
    """
    return end.year - 1 if end.month == 1 and end.day <= DEFAULT_JANUARY_SPILL else end.year


def _heading_like(text: str) -> bool:
    """`2023`, `FY2023`, `2023A`, `Dec 31, 2023`, `2024年度`, `Year ended 30 June 2024`."""
    stripped = patterns.HEADING_WORDS.sub("", text)
    stripped = patterns.HEADING_LATIN.sub("", stripped) if len(stripped) < 30 else stripped
    return len(stripped.strip(" 年度末月日")) <= 2


def _part(run: TextRun, text: str, start: int, end: int) -> Column:
    width = (run.x1 - run.x0) / max(len(text), 1)
    cell = text[start:end]
    dates = find_dates(cell)
    return Column(
        run.x0 + start * width,
        run.x0 + end * width,
        fiscal_year_of(dates[0][0]) if dates else fiscal_year_in(cell),
        dates[0][0] if dates else None,
        cell,
    )


def _with_date(column: Column, above: list[TextRun], default_day: tuple[int, int] | None) -> Column:
    """A year heading completed by the month and day printed above it ("September 25," / "2021")."""
    if column.period_end is not None or column.fiscal_year is None:
        return column
    stacked = [
        run
        for run in above
        if run.x0 < column.x1 and run.x1 > column.x0 and patterns.MONTH_DAY.search(run.text)
    ]
    day = _month_day(stacked[-1].text) if stacked else default_day
    if day is None:
        return column
    try:
        end = dt.date(column.fiscal_year, *day)
    except ValueError:
        return column
    if fiscal_year_of(end) != end.year:  # "January 3," over "2016" heads fiscal 2015
        column = Column(column.x0, column.x1, fiscal_year_of(end), None, column.heading)
    x0 = min([column.x0, *(run.x0 for run in stacked)])
    x1 = max([column.x1, *(run.x1 for run in stacked)])
    return Column(x0, x1, column.fiscal_year, end, column.heading)


def _month_day(text: str) -> tuple[int, int] | None:
    """The month and day a heading ends its period on ("April 29 - June 7," → June 7)."""
    matches = list(patterns.MONTH_DAY.finditer(text))
    if not matches:
        return None
    match = matches[-1]
    month = (match["month"] or match["month2"]).lower()[:3]
    return MONTHS.index(month) + 1, int(match["day"] or match["day2"])


def _relative(text: str, report: ReportPeriod | None) -> dt.date | None:
    if report is None:
        return None
    if patterns.RELATIVE_PERIODS["prior_end"].search(text):
        return dt.date(report.end.year - 1, 12, 31)
    if patterns.RELATIVE_PERIODS["prior"].search(text):
        return _year_before(report.end)
    if patterns.RELATIVE_PERIODS["current"].search(text):
        return report.end
    return None


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def report_period_in(text: str) -> ReportPeriod | None:
    """The period a report covers, from its cover ("2018年第一季度报告", "year ended 31 Dec")."""
    chinese = patterns.REPORT_ZH.search(text)
    if chinese is not None:
        year = int(chinese["year"])
        if chinese["quarter"]:
            quarter = chinese["quarter"]
            month, day, months = (
                QUARTER_ENDS.get(quarter) or QUARTER_ENDS["一二三四"[int(quarter) - 1]]
            )
            return ReportPeriod(dt.date(year, month, day), months)
        if chinese["half"]:
            return ReportPeriod(dt.date(year, 6, 30), 6)
        return ReportPeriod(dt.date(year, 12, 31), 12)
    for match in patterns.REPORT_EN.finditer(text):
        dates = find_dates(text[match.end() : match.end() + 40])
        if dates:
            span = match["span"].lower()
            months = (
                3
                if span in {"three months", "quarter"}
                else 6
                if "six" in span or "half" in span
                else 9
                if "nine" in span
                else 12
            )
            return ReportPeriod(dates[0][0], months)
    return None
