"""The issuer's founding year and headcount, as documents state them.

Founding: a cue (`Date of incorporation`, `was established`, `has been trading since`, `成立于`)
and the first date or year after it, in the same line or, for a label, on the next. A label or
the company as subject outranks a passing mention ("the founders set up a lab in 2009").
A year after the document's own year is no founding year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from extractors import patterns
from extractors.dates import find_dates
from extractors.evidence import trim
from extractors.labels import unwrap_labels
from extractors.nlp import doc_text
from schemas import Figure

DEFAULT_FOUNDED_REACH = 60  # characters after a founding cue searched for its date
DEFAULT_MENTION_REACH = 30  # the same for a passing mention ("founded in 2015")
DEFAULT_WRAP_CHARS = 12  # a cue's line this short after it continues on the next line
MIN_FOUNDED_YEAR = 1800
MAX_EMPLOYEES = 5_000_000  # more than any employer has: a number that is not a headcount
LABEL_GROUPS = frozenset({"d", "j", "k"})  # EMPLOYEES alternatives that read a labelled value
YEAR_RANGE = (1900, 2100)
CUE_RANK = {"label": 0, "passive": 0, "subject": 0, "cjk": 0, "other": 1}


def founded_year(text: str, *, latest: int | None = None) -> int | None:
    """The year the issuer was founded or incorporated, as the text states it; None if unstated.

    `latest`: the last year a founding can fall in (the document's own year, by default today's).
    """
    latest = latest or dt.date.today().year
    found: list[tuple[int, int, int]] = []  # (rank, position, year)
    for match in patterns.FOUNDED_CUE.finditer(text):
        reach = DEFAULT_MENTION_REACH if match.lastgroup == "other" else DEFAULT_FOUNDED_REACH
        year = _year_after(text, match.end(), reach=reach)
        if year is not None and MIN_FOUNDED_YEAR <= year <= latest:
            found.append((CUE_RANK[match.lastgroup or "other"], match.start(), year))
    return min(found)[2] if found else None


def _year_after(text: str, start: int, *, reach: int) -> int | None:
    """The year of the first date, month or year in the cue's reach: its line, and the next when
    the line ends soon after the cue (a label's value below it, a date wrapped: "on 1" /
    "February 2021")."""
    start = patterns.FOUNDED_GAP.match(text, start).end()  # type: ignore[union-attr]
    lines = text[start : start + reach].split("\n", 2)
    year = _first_year(lines[0])
    if year is None and len(lines) > 1 and 0 < len(lines[0].strip()) <= DEFAULT_WRAP_CHARS:
        year = _first_year(f"{lines[0]} {lines[1]}")
    return year


def _first_year(window: str) -> int | None:
    candidates = [(begin, date.year) for date, begin, _ in find_dates(window)]
    for pattern in (patterns.MONTH_YEAR, patterns.YEAR_CJK, patterns.YEAR):
        candidates += [(m.start(), int(m["year"])) for m in pattern.finditer(window)]
    return min(candidates)[1] if candidates else None


def employees_from(docs: Sequence[Doc]) -> Figure | None:
    """The staff count the document states first, as a figure with its page and sentence; a
    table's label wrapped under its value ("Number of  123" / "employees") is read too."""
    for doc in docs:
        for match in patterns.EMPLOYEES.finditer(doc_text(doc)):
            value = _headcount(match)
            if value is not None:
                start, end = match.span(match.lastgroup or 0)
                span = doc.char_span(start, end, alignment_mode="expand")
                sentence = span.sent.text if span is not None else match.group(0)
                return _employees(value, doc, sentence)
    for doc in docs:
        text = unwrap_labels(doc_text(doc))
        for match in patterns.EMPLOYEES.finditer(text):
            value = _headcount(match)
            if value is not None:
                return _employees(value, doc, _line_of(text, match.start()))
    return None


def _headcount(match: re.Match[str]) -> float | None:
    value = float(match[match.lastgroup or 0].replace(",", ""))
    if match.lastgroup in LABEL_GROUPS and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        return None  # "Staff  2024": a table's year, not a headcount
    return value if 0 < value <= MAX_EMPLOYEES else None


def _employees(value: float, doc: Doc, sentence: str) -> Figure:
    return Figure(
        name="employees",
        value=value,
        page_no=doc.user_data["page_no"],
        evidence=trim(sentence),
        source="text",
    )


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]
