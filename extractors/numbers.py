"""Numbers as printed: grouping and decimal marks, table cells, percentages, table scales.

Number formats (the same rules for table cells and running text; amounts of money read their
digits by them too, in `extractors.money`):

- Spaces, no-break and thin spaces and apostrophes group digits: `1 250 000`, `1'250'000`.
- Commas and dots together: the last one is the decimal mark (`1.250.000,50`, `1,250,000.50`).
- Several commas, or several dots, group digits (`1,250,000`, `1.250.000`, Indian `5,57,000`).
- One comma: followed by exactly three digits it groups (`1,250` -> 1250, also `€1,250`);
  otherwise it is a decimal comma (`2,4` -> 2.4, `€ 2,4m` -> 2 400 000).
- One dot: a decimal point (`1.5`, `$1.250` -> 1.25), except before exactly three digits in a
  euro (or other continental European currency) amount without a magnitude word, where it
  groups (`EUR 500.000`, `1.250 €` -> 500000, 1250). `parse_number(..., dot_groups=True)`
  applies the same rule to table cells whose column is known to be European.
- A leading `0` never starts a grouped number: `0,250` and `0.250` are decimals.
- Negative cells: a minus before the number, a whole cell in parentheses (`(45,000)`), or a
  trailing minus (`45,000-`).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractors import patterns

DEFAULT_SCALE = 1.0
SCALES: tuple[tuple[re.Pattern[str], float], ...] = (
    (patterns.SCALE_BILLIONS, 1e9),
    (patterns.SCALE_TEN_MILLIONS, 1e7),
    (patterns.SCALE_MILLIONS, 1e6),
    (patterns.SCALE_HUNDRED_MILLIONS, 1e8),
    (patterns.SCALE_TEN_THOUSANDS, 1e4),
    (patterns.SCALE_THOUSANDS, 1e3),
)
_NEGATIVE = "-−–"
_GROUPING = re.compile(r"[ \u00a0\u2009\u202f'’，]")  # NUMBER_RE admits "，" only as grouping


def parse_number(text: str, *, dot_groups: bool = False) -> float | None:
    """The number a table cell holds, or None (dashes, `n/a`, percentages, words).

    Currency marks are tolerated and dropped; magnitude words are not numbers here (use
    `parse_money`). `dot_groups` reads a lone dot before three digits as grouping (`1.250`).
    """
    match = patterns.NUMBER_CELL.fullmatch(text)
    if match is None:
        return None
    number = number_value(match["num"], dot_groups=dot_groups)
    if number is None:
        return None
    negative = bool(match["open"] or match["trail"] or match["sign2"]) or (
        match["sign"] is not None and match["sign"] in _NEGATIVE
    )
    return float(-number if negative else number)


def number_value(
    digits: str, *, dot_groups: bool = False, comma_decimal: bool = False
) -> Decimal | None:
    """The value of a matched digit string under the module's comma/dot rules; with
    `comma_decimal` a lone comma is the decimal mark (`1,832 Mio.`)."""
    plain = _GROUPING.sub("", digits)
    commas, dots = plain.count(","), plain.count(".")
    if commas and dots:
        decimal = "," if plain.rfind(",") > plain.rfind(".") else "."
        if plain.count(decimal) > 1:
            return None
        plain = plain.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif commas == 1 and comma_decimal:
        plain = plain.replace(",", ".")
    elif commas:
        plain = plain.replace(",", "" if _groups(plain, ",", commas, dot_groups=True) else ".")
    elif dots:
        plain = plain.replace(".", "" if _groups(plain, ".", dots, dot_groups=dot_groups) else ".")
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _groups(plain: str, mark: str, count: int, *, dot_groups: bool) -> bool:
    """Whether `mark` groups digits (True) or is the decimal mark (False)."""
    head, _, tail = plain.partition(mark)
    if head == "0":
        return False
    return count > 1 or (dot_groups and len(tail) == 3)


def find_percents(text: str) -> list[tuple[float, int, int]]:
    """Every percentage in text as (value 0-100, start, end): `10%`, `12.5 percent`, `12,5 %`."""
    found = []
    for match in patterns.PERCENT.finditer(text):
        number = number_value(match["num"])
        if number is not None:
            value = float(-number if match["sign"] else number)
            found.append((value, match.start(), match.end()))
    return found


def declares_scale(text: str) -> bool:
    """Whether a heading or caption announces a unit (`in thousands`, `£'000`, `单位：万元`)."""
    return any(pattern.search(text) for pattern, _ in SCALES)


def table_scale(text: str) -> float:
    """The multiplier a table heading or caption announces (`in thousands` -> 1e3), else 1."""
    for pattern, scale in SCALES:
        if pattern.search(text):
            return scale
    return DEFAULT_SCALE
