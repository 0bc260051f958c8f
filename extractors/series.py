"""Values listed together after one label: `2022年、2023年营业收入分别为4,500万元和6,210万元`.

Chinese reports give several years' figures in one clause: the years first, then `分别为` and
the values in the same order. The values take the label before `分别` and the years in turn;
when the years and the values do not pair up one to one, no value takes a year. A range
(`500-800万元`, `500万元至800万元`) is no value at all: neither end is the figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from extractors.concepts import FINANCIAL_CONCEPTS, clause_of, concept_of
from extractors.dates import years_in
from extractors.patterns import (
    LIST_JOINER,
    RANGE_AFTER,
    RANGE_BEFORE,
    RESPECTIVELY,
    YEAR_RANGE,
)

DEFAULT_RANGE_CHARS = 24  # how far back a range's first amount may start: `1,250,000元至`


@dataclass(frozen=True)
class Listed:
    """What a value of a listed series stands for: its figure and year (None when unpaired)."""

    name: str | None
    fiscal_year: int | None


def listed_values(text: str, sentence: Span, amounts: list[Span]) -> dict[int, Listed]:
    """The amounts of a sentence that belong to a `分别为` series, by their start character."""
    listed: dict[int, Listed] = {}
    index = 0
    while index < len(amounts):
        start = amounts[index - 1].end_char if index else sentence.start_char
        left = text[start : amounts[index].start_char]
        label = RESPECTIVELY.search(left)
        if label is None:
            index += 1
            continue
        series = [amounts[index]]
        while index + len(series) < len(amounts) and LIST_JOINER.fullmatch(
            text[series[-1].end_char : amounts[index + len(series)].start_char]
        ):
            series.append(amounts[index + len(series)])
        name = concept_of(series[0].label_, clause_of(left[: label.start()]))
        years = _listed_years(text[sentence.start_char : series[0].start_char], len(series))
        paired = name in FINANCIAL_CONCEPTS and len(series) > 1 and len(years) == len(series)
        for position, value in enumerate(series):
            listed[value.start_char] = Listed(
                name if name in FINANCIAL_CONCEPTS else None,
                years[position] if paired else None,
            )
        index += len(series)
    return listed


def _listed_years(before: str, count: int) -> list[int]:
    """The years named before a series, in order, once each; `2022年至2024年` before three
    values is 2022, 2023 and 2024."""
    years = list(dict.fromkeys(years_in(before)))
    if len(years) == 2 and count == years[1] - years[0] + 1 and YEAR_RANGE.search(before):
        return list(range(years[0], years[1] + 1))
    return years


def in_a_range(text: str, value: Span) -> bool:
    """`500-800万元`, `500万元至800万元`: an amount that ends or opens a range."""
    before = max(value.start_char - DEFAULT_RANGE_CHARS, 0)
    return bool(
        RANGE_BEFORE.search(text, before, value.start_char)
        or RANGE_AFTER.match(text, value.end_char)
    )
