"""The uses one line or sentence of a use-of-funds section gives: a row (`Marketing: £200,000
(40%)`, `Contingency  25 %`), a table row printed as text, or an enumeration (`€55,000 on debt
repayment, €30,000 on hiring and …`, `设备采购55%；产能扩建35%`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from extractors.currencies import currency_in
from extractors.dates import fiscal_year_in
from extractors.funds_tables import (
    aligned_cells,
    amount_at_maximum,
    cell_values,
    clean_category,
    numberless,
)
from extractors.money import Money, find_money
from extractors.numbers import find_percents, parse_number, table_scale
from extractors.patterns import (
    AMOUNT_COLUMN,
    CATEGORY_WORDS,
    FUNDS_LEAD,
    FUNDS_PREPOSITION,
    FUNDS_ROW_BREAK,
    LABEL_END,
    LABEL_MARK,
    NOT_CATEGORY,
    RAISE_WORDS,
    VALUE_GAP,
)

DEFAULT_CATEGORY_WORDS = 8  # a longer label before an amount is a sentence, not a category
DEFAULT_SEPARATORS = ",;，；。.\n"  # where a category after its amount ends
DEFAULT_LEAD_WORDS = 3  # a first category with more words before it follows a sentence opening


@dataclasses.dataclass(frozen=True)
class Value:
    """An amount, a share or both printed together (`€200,000 (40%)`), with its span."""

    start: int
    end: int
    money: Money | None
    pct: float | None


@dataclasses.dataclass(frozen=True)
class Use:
    """One use of the money as read: category, amount, currency, share."""

    category: str
    amount: float | None
    currency: str | None
    pct: float | None
    amount_at_maximum: float | None = None


def line_uses(
    text: str, *, currency: str | None, header: str = "", width: int = 0, headings: str = ""
) -> list[Use]:
    """The uses one line or sentence gives: a row, a table row read as text, an enumeration.
    `width` is the number of cells in the column headings above (0 if none); `headings` all
    the lines above the rows (a column for the maximum may be named three lines up)."""
    cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(text) if cell.strip()]
    cells = numberless(aligned_cells(cells, width))
    if len(cells) >= 2 and AMOUNT_COLUMN.search(header) and _bare_number(cells[0], currency):
        return _amount_first(cells, currency=currency, header=header)
    if len(cells) >= 2 and not value_groups(cells[0], currency):
        return _row_uses(cells, currency=currency, header=header, headings=headings or header)
    groups = value_groups(text, currency)
    if len(groups) > 1:
        return _enumeration(text, groups)
    if len(groups) == 1 and not text.rstrip().endswith((":", "：")):
        use = _single(text, groups[0])
        return [use] if use is not None else []
    return []


def _row_uses(
    cells: Sequence[str], *, currency: str | None, header: str, headings: str
) -> list[Use]:
    """A table row printed as text: the label cell, then amount and share cells; bare numbers
    are amounts where a column heading above names them (`金额（万元）`, `Amount (€)`)."""
    category = clean_category(cells[0])
    if category is None:
        return []
    currency = currency_in(header) or currency
    scale = table_scale(header)
    amount, unit, pct = cell_values(
        cells[1:], currency=currency, scale=scale, bare_amounts=bool(AMOUNT_COLUMN.search(header))
    )
    if amount is None and pct is None:
        return []
    at_maximum = amount_at_maximum(cells[1:], heading=headings, currency=currency, scale=scale)
    return [Use(category, amount, unit, pct, at_maximum)]


def _bare_number(cell: str, currency: str | None) -> bool:
    """Whether a cell is a number alone, without a currency mark or a percent sign, and no
    year (`2025  Marketing`)."""
    return (
        not value_groups(cell, currency)
        and parse_number(cell) is not None
        and fiscal_year_in(cell) is None
    )


def _amount_first(cells: Sequence[str], *, currency: str | None, header: str) -> list[Use]:
    """A row that prints its bare amount first, under column headings that name it
    (`Budget  % of raise  Category` over `700.000,00  35,0 % Working capital`): the category is
    the words after its values."""
    currency = currency_in(header) or currency
    rest = " ".join(cells[1:])
    groups = value_groups(rest, currency)
    if any(group.money for group in groups):
        return []  # a second amount: the first number is no amount but a count or a year
    category = clean_category(rest[groups[-1].end :] if groups else rest)
    number = parse_number(cells[0], dot_groups=currency == "EUR")
    if category is None or number is None:
        return []
    pct = groups[0].pct if groups else None
    return [Use(category, number * table_scale(header), currency, pct)]


def value_groups(text: str, currency: str | None) -> list[Value]:
    """Amounts and shares in order, an amount and the share printed with it taken together."""
    items = [
        Value(money.start, money.end, money, None)
        for money in find_money(text, default_currency=currency)
    ]
    items += [Value(start, end, None, pct) for pct, start, end in find_percents(text)]
    groups: list[Value] = []
    for item in sorted(items, key=lambda value: value.start):
        last = groups[-1] if groups else None
        if (
            last is not None
            and VALUE_GAP.match(text[last.end : item.start])
            and (last.money is None) != (item.money is None)
        ):
            groups[-1] = Value(last.start, item.end, last.money or item.money, last.pct or item.pct)
        else:
            groups.append(item)
    return groups


def _single(text: str, value: Value) -> Use | None:
    """A row with one value: the category before it (`Marketing: £200,000 (40%)`) or after it
    (`40% to marketing`, `$105,000 – Sales and marketing`)."""
    before, after = text[: value.start], text[value.end :]
    labelled = LABEL_END.split(before)[-1]
    if CATEGORY_WORDS.search(labelled):
        before = labelled  # `…as follows: marketing 40%`
    if CATEGORY_WORDS.search(before):
        if len(before.split()) > DEFAULT_CATEGORY_WORDS or NOT_CATEGORY.search(before):
            return None
        category = clean_category(before)
    else:
        category = _category_after(after)
    return _use(category, value) if category else None


def _category_after(text: str) -> str | None:
    """The category printed after its value, up to the end of its clause."""
    match = FUNDS_PREPOSITION.match(text)
    rest = (text[match.end() :] if match else text).lstrip(" )）")
    ends = [index for index in map(rest.find, DEFAULT_SEPARATORS) if index >= 0]
    rest = rest[: min(ends, default=len(rest))]
    if not match and len(rest.split()) > DEFAULT_CATEGORY_WORDS:
        return None
    return clean_category(rest)


def _enumeration(text: str, groups: Sequence[Value]) -> list[Use]:
    """An enumeration in a sentence: categories after their values (`€55,000 on debt repayment,
    €30,000 on hiring and €15,000 on marketing`) or before them (`hiring (€200,000), marketing
    (€100,000)`, `设备采购55%；产能扩建35%`)."""
    if _about_the_raise(text, groups[0].start):
        return []
    if FUNDS_PREPOSITION.match(text, groups[0].end):
        ends = [group.start for group in groups[1:]] + [len(text)]
        named = [
            (_category_after(text[group.end : end]), group)
            for group, end in zip(groups, ends, strict=True)
        ]
    else:
        starts = [0] + [group.end for group in groups[:-1]]
        named = [
            (_category_before(text[start : group.start], first=start == 0), group)
            for start, group in zip(starts, groups, strict=True)
        ]
    uses: list[Use] = []
    for category, group in named:
        if category:
            uses.append(_use(category, group))
        elif uses and group.money is None and uses[-1].pct is None:
            # `€55,000 on marketing (40%)`: the share printed after the category
            uses[-1] = dataclasses.replace(uses[-1], pct=group.pct)
    return uses


def _about_the_raise(text: str, start: int) -> bool:
    """Whether a sentence with values from `start` states the raise's own terms (`We are
    raising €1m for 10% of the company`); a lead-in about the raise that ends on a colon
    introduces uses (`本轮融资资金拟按如下方式使用：人民币60万元用于…`), unless the values' own
    words are the raise's too (`The raise: €500,000 for 10% equity`)."""
    lead = text[:start]
    own = LABEL_END.split(lead)[-1]
    if own == lead:
        return bool(RAISE_WORDS.search(lead))
    return bool(
        RAISE_WORDS.search(own) or (RAISE_WORDS.search(lead) and RAISE_WORDS.search(text[start:]))
    )


def _category_before(text: str, *, first: bool) -> str | None:
    """The category between the previous value and this one; the first one follows the
    sentence's opening (`The proceeds will fund hiring (`)."""
    text = LABEL_MARK.sub("", text)  # `Working capital: £48,000`: the colon ends the label
    if first and (len(text.split()) > DEFAULT_LEAD_WORDS or LABEL_END.search(text)):
        return _after_lead(text)
    if len(text.split()) > DEFAULT_CATEGORY_WORDS or NOT_CATEGORY.search(text):
        return None
    return clean_category(text)


def _after_lead(text: str) -> str | None:
    """The first category after a sentence's opening: after its last lead word that leaves a
    category (`The proceeds will fund customer support`: `support` is the category's own word)."""
    ends = [match.end() for match in FUNDS_LEAD.finditer(text)] or [0]
    for end in reversed(ends):
        rest = text[end:]
        if len(rest.split()) > DEFAULT_CATEGORY_WORDS or NOT_CATEGORY.search(rest):
            return None
        category = clean_category(rest)
        if category is not None:
            return category
    return None


def _use(category: str, value: Value) -> Use:
    money = value.money
    return Use(
        category, money.value if money else None, money.currency if money else None, value.pct
    )
