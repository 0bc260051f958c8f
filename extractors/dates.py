"""Calendar dates and fiscal years read from text, with explicit patterns.

Rules:

- Written months: `31 March 2025`, `31st March 2025`, `March 31, 2025`, `Mar. 31, 2025`,
  `31-Mar-2025`, `31-Dec-23`; ISO `2025-03-31` (also `/` and `.`); Chinese `2025年3月31日`.
  Month names in German, French, Italian, Spanish, Dutch and Portuguese too (`31. März 2025`,
  `1er janvier 2025`, `31 de marzo de 2025`), from dateparser's data; their abbreviations only
  with a full stop (`déc. 2024`). dateparser's own parser is not used: at ~1 ms a call it would
  cost more than the rest of the page's rules.
- All-number dates `a/b/year` (also `.` and `-`): if `a` > 12 it is the day (`31/03/2025`);
  else if `b` > 12 it is a US month-first date (`03/31/2025`); with both <= 12 the date is read
  day-first (`09/10/2023` -> 9 October 2023). Two-digit years only with `/` (`31/03/25`).
- A month without a day (`March 2025`) is not a date for `find_dates`; `parse_date` reads it
  as the first of the month only when asked (`allow_month=True`).
- Impossible dates (`31/02/2025`) and years outside 1900-2100 are skipped.
- Fiscal years name the calendar year in which the fiscal year ends: `2023/24` -> 2024,
  `FY2023` and `FY23` -> 2023, `Year ended 31 December 2023` -> 2023, `2023年` -> 2023.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors import patterns

DEFAULT_CENTURY = 2000  # two-digit years are this century's: the documents are recent
MIN_YEAR, MAX_YEAR = 1900, 2100
NAMED_DATES = (
    patterns.DATE_DAY_MONTH,
    patterns.DATE_MONTH_DAY,
    patterns.DATE_DAY_MON_YY,
    patterns.DATE_ISO,
    patterns.DATE_CJK,
)


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every full date (day, month and year) in text as (date, start, end), in order."""
    found: list[tuple[dt.date, int, int]] = []
    for pattern in (*NAMED_DATES, patterns.DATE_NUMERIC):
        for match in pattern.finditer(text):
            date = _date_from(match)
            if date is not None and not _overlaps(found, match.start(), match.end()):
                found.append((date, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def parse_date(text: str, *, allow_month: bool = False) -> dt.date | None:
    """The first date in `text`; with `allow_month`, `March 2025` reads as 2025-03-01."""
    dates = find_dates(text)
    if dates:
        return dates[0][0]
    if not allow_month:
        return None
    for pattern in (patterns.MONTH_YEAR, patterns.MONTH_YEAR_CJK):
        match = pattern.search(text)
        if match is not None:
            month = match["month"]
            number = int(month) if month.isdigit() else _month_number(month)
            return _safe_date(int(match["year"]), number, 1)
    return None


def fiscal_year_in(text: str) -> int | None:
    """The fiscal year a column heading or line names: the year in which it ends."""
    for match in patterns.FISCAL_RANGE.finditer(text):
        start, end = int(match["start"]), _full_year(match["end"])
        if end == start + 1:
            return end
    labelled = patterns.FISCAL_FY.search(text)
    if labelled is not None:
        return _in_range(_full_year(labelled["year"]))
    dates = find_dates(text)
    if dates:
        return dates[0][0].year
    for pattern in (patterns.MONTH_YEAR, patterns.MONTH_SHORT_YEAR, patterns.YEAR_CJK):
        found = pattern.search(text)
        if found is not None:
            return _in_range(_full_year(found["year"]))
    bare = patterns.YEAR.search(text)
    return int(bare["year"]) if bare is not None else None


def years_in(text: str) -> list[int]:
    """The years a text names, in order, each fiscal year as the year it ends: `2023/24` →
    2024, `FY23` → 2023, `in 2022` → 2022."""
    found: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for match in patterns.FISCAL_RANGE.finditer(text):
        start, end = int(match["start"]), _full_year(match["end"])
        if end == start + 1:
            found.append((match.start(), end))
            taken.append(match.span())
    for match in patterns.FISCAL_FY.finditer(text):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            found.append((match.start(), _full_year(match["year"])))
            taken.append(match.span())
    for match in patterns.YEAR.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            found.append((match.start(), int(match["year"])))
    return [year for _, year in sorted(found)]


def _date_from(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    if "first" in groups:
        return _numeric_date(match)
    month = groups["month"]
    month_number = int(month) if month.isdigit() else _month_number(month)
    return _safe_date(_full_year(groups["year"]), month_number, int(groups["day"]))


def _numeric_date(match: re.Match[str]) -> dt.date | None:
    first, second, year = int(match["first"]), int(match["second"]), match["year"]
    if len(year) == 2 and match["sep"] != "/":
        return None  # 1.2.23 and 10-12-24 are versions and ranges more often than dates
    day, month = (second, first) if first <= 12 < second else (first, second)
    return _safe_date(_full_year(year), month, day)


def _month_number(name: str) -> int:
    return patterns.MONTH_NUMBERS[name.lower().rstrip(".")]


def _full_year(year: str) -> int:
    return DEFAULT_CENTURY + int(year) if len(year) == 2 else int(year)


def _in_range(year: int) -> int | None:
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if _in_range(year) is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _overlaps(found: list[tuple[dt.date, int, int]], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for _, other_start, other_end in found)
