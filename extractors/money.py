"""Amounts of money read from text: the number, its currency, its magnitude and its sign.

The digits are read by the rules of `extractors.numbers` (grouping, decimal marks); currency
marks and names by `extractors.currencies`. Beyond those:

- Magnitudes: k/thousand, m/mn/mln/mio/mm/million, b/bn/billion, tn/trillion, lakh, crore,
  千 万 百万 千万 亿 十亿, and w for 万 (`30w`, in CNY only). A single letter must touch the
  number (`$1.5m`, not `$1.5 m`).
- Negative: a minus, Unicode minus or en dash before the amount (`-$45,000`, `−45,000`), an
  accounting parenthesis after the currency (`USD (1,200)`), a whole cell in parentheses
  (`(45,000)`), or a trailing minus in a cell (`45,000-`). In running text an amount in
  parentheses with its currency inside (`€2.3m ($2.5m)`) is an aside, not a negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors import patterns
from extractors.currencies import EUROPEAN_CURRENCIES, currency_code
from extractors.numbers import number_value
from extractors.numerals import numeral_value

GERMAN_MAGNITUDES = frozenset({"mio", "mrd", "tsd", "t"})
MAGNITUDES: dict[str, Decimal] = {
    **dict.fromkeys(("k", "t", "tsd", "thousand", "千"), Decimal(10) ** 3),  # T€: Tausend Euro
    **dict.fromkeys(("m", "mn", "mln", "mio", "mm", "million", "百万"), Decimal(10) ** 6),
    **dict.fromkeys(("b", "bn", "mrd", "billion", "十亿"), Decimal(10) ** 9),
    **dict.fromkeys(("tn", "trillion"), Decimal(10) ** 12),
    **dict.fromkeys(("lakh", "lakhs", "lac", "lacs"), Decimal(10) ** 5),
    **dict.fromkeys(("crore", "crores"), Decimal(10) ** 7),
    **dict.fromkeys(("万", "w"), Decimal(10) ** 4),  # "30w": Chinese shorthand for 30万
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
}
NUMERAL_MAGNITUDES = "万萬亿億"  # a bare numeral is an amount only with one: 五百万, not 五百


@dataclass(frozen=True, slots=True)
class Money:
    """An amount found in text: full units, sign included, with where it was printed."""

    value: float
    currency: str | None
    start: int
    end: int
    text: str


def parse_money(text: str, *, default_currency: str | None = None) -> Money | None:
    """The one amount `text` holds (a cell or a field); bare numbers take `default_currency`.

    A whole string in parentheses is negative, as in a financial statement. When the text
    holds more than the amount, it is read as running text and must hold exactly one amount.
    """
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    negative = stripped.startswith("(") and stripped.endswith(")")
    inner = stripped[1:-1].strip() if negative else stripped
    offset = text.find(inner, lead)
    match = patterns.MONEY.fullmatch(text, offset, offset + len(inner))
    if match is not None:
        bare = Bare(default_currency, magnitudes=default_currency is not None)
        money = _money(match, text, bare=bare, bare_ok=True)
        if money is not None and negative:
            value = -abs(money.value)
            money = Money(value, money.currency, lead, lead + len(stripped), stripped)
        return money
    found = find_money(text, default_currency=default_currency)
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class Bare:
    """How numbers without a currency mark are read: `currency` is theirs (None: the
    document's); `magnitudes` says whether `120万` or `5 million` alone is an amount."""

    currency: str | None
    magnitudes: bool


def find_money(
    text: str, *, default_currency: str | None = None, bare_magnitudes: bool = False
) -> list[Money]:
    """Every amount in running text, in order, with offsets into `text`.

    An amount needs a currency mark (`$`, `EUR`, `元`, `dollars`, ...). A bare number followed
    by a magnitude (`5 million`, `120万`) counts only when `default_currency` is given, or
    with `bare_magnitudes` (Chinese text, where `融资500万` is yuan) as an amount in the
    document's currency (`currency` None), and no count noun follows (`5 million users`).
    Years, counts, ratios and versions never count.
    """
    bare = Bare(default_currency, magnitudes=bare_magnitudes or default_currency is not None)
    found = [
        _subunit(match, default_currency=default_currency)
        for match in patterns.SUBUNIT_AMOUNT.finditer(text)
    ]
    if not text.isascii():  # Chinese numerals are never ASCII: most English pages skip this
        found += [
            money
            for match in patterns.NUMERAL_AMOUNT.finditer(text)
            if (money := _numeral_money(match, text, bare=bare))
        ]
    taken = [(money.start, money.end) for money in found]
    for match in patterns.MONEY.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue  # "25 euro cents" is a quarter of a euro
        money = _money(match, text, bare=bare, bare_ok=False)
        if money is not None:
            found.append(money)
    return sorted(found, key=lambda money: money.start)


def _subunit(match: re.Match[str], *, default_currency: str | None) -> Money:
    """`25p` is £0.25; `50 cents` is half of the document's currency (unknown without one)."""
    value = float(Decimal(match["num"]) / 100) * (-1 if match["sign"] else 1)
    currency = (
        "GBP" if match["unit"] or (match["unit2"] or "").startswith("pence") else default_currency
    )
    return Money(value, currency, match.start(), match.end(), match.group())


def _numeral_money(match: re.Match[str], text: str, *, bare: Bare) -> Money | None:
    """`三百万元` is ¥3,000,000; `五百万` only where bare magnitudes count, and not before a
    count noun (`五百万用户`)."""
    currency = _match_currency(match)
    if currency is None:
        if not bare.magnitudes or match["num"][-1] not in NUMERAL_MAGNITUDES:
            return None
        if patterns.COUNT_NOUN_AFTER.match(text, match.end()):
            return None
        currency = bare.currency
    number = numeral_value(match["num"])
    if number is None:
        return None
    start, end = match.span()
    return Money(float(-number if match["sign"] else number), currency, start, end, match.group())


def _money(match: re.Match[str], text: str, *, bare: Bare, bare_ok: bool) -> Money | None:
    if patterns.PERCENT_AFTER.match(text, match.end("num")):
        return None
    currency = _match_currency(match)
    magnitude = match["mag"] or match["mag1"]
    if currency is None:
        if not bare_ok and (magnitude is None or not bare.magnitudes):
            return None
        if not bare_ok and patterns.COUNT_NOUN_AFTER.match(text, match.end()):
            return None
        currency = bare.currency
    # "5 pounds" is a weight; "5 million pounds", "£5" and "5 pounds sterling" are money.
    if (match["suf"] or "").lower() in {"pound", "pounds"} and not (magnitude or match["pre"]):
        return None
    # "30w" is 30万 in a Chinese plan (CNY, or the currency of Chinese text with bare
    # magnitudes); elsewhere "5W" is watts and "2w" two weeks.
    chinese = currency == "CNY" or (currency is None and bare.magnitudes)
    if (magnitude or "").lower() == "w" and not chinese:
        return None
    # German magnitudes come with German numbers ("1,832 Mio. €" is 1.832 million), and so do
    # euro amounts with a magnitude ("€ 2,401 mln"): a lone comma is the decimal mark.
    european = currency in EUROPEAN_CURRENCIES
    german = (magnitude or "").lower() in GERMAN_MAGNITUDES
    dot_groups = european and (magnitude is None or german)
    comma_decimal = german or (european and magnitude is not None)
    if patterns.LEADING_ZEROS.match(match["num"]):
        return None  # "000元" is the tail of a number broken by a space, never an amount
    number = number_value(match["num"], dot_groups=dot_groups, comma_decimal=comma_decimal)
    if number is None:
        return None
    if magnitude is not None:
        number *= MAGNITUDES[magnitude.lower()]
    if match["sign"] or match["sign2"] or match["open"]:
        number = -number
    start, end = match.span()
    return Money(float(number), currency, start, end, text[start:end])


def _match_currency(match: re.Match[str]) -> str | None:
    prefix = currency_code(match["pre"]) if match["pre"] else None
    suffix = currency_code(match["suf"]) if match["suf"] else None
    # "$500 AUD": the code after the amount names which dollar.
    if prefix == "USD" and match["pre"] == "$" and suffix is not None:
        return suffix
    return prefix or suffix
