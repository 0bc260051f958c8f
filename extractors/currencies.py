"""Currencies as ISO 4217 codes: the one a mark or name stands for, a caption names, a country uses.

`¥` is CNY in this project's documents; a bare `$` is USD.
"""

from __future__ import annotations

from extractors import patterns

EUROPEAN_CURRENCIES = frozenset(
    {"EUR", "CHF", "DKK", "NOK", "SEK", "PLN", "CZK", "HUF", "RON", "BGN", "ISK", "RSD"}
)
CURRENCY_NAMES: dict[str, str] = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "hk$": "HKD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "s$": "SGD", "nz$": "NZD", "nt$": "TWD", "r$": "BRL",
    "mx$": "MXN", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY", "₹": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "₱": "PHP", "฿": "THB", "₫": "VND",
    "rs": "INR", "rs.": "INR", "rmb": "CNY", "人民币": "CNY", "元": "CNY", "美元": "USD",
    "港元": "HKD", "港币": "HKD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "円": "JPY",
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollar": "USD", "u.s. dollars": "USD", "hong kong dollars": "HKD",
    "hong kong dollar": "HKD", "hk dollars": "HKD", "hk dollar": "HKD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "singapore dollars": "SGD", "singapore dollar": "SGD",
    "new zealand dollars": "NZD", "new zealand dollar": "NZD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "indian rupee": "INR", "indian rupees": "INR", "yen": "JPY",
}  # fmt: skip
EURO_COUNTRIES = frozenset(
    "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split()  # noqa: SIM905
)
COUNTRY_CURRENCIES = {"US": "USD", "CN": "CNY", "GB": "GBP", "HK": "HKD", "IN": "INR"}


def currency_code(mark: str) -> str | None:
    """The ISO 4217 code a currency mark stands for: `HK$` -> HKD, `元` -> CNY, `EUR` -> EUR."""
    key = " ".join(mark.split()).casefold()
    if key in CURRENCY_NAMES:
        return CURRENCY_NAMES[key]
    return mark if mark in patterns.CURRENCY_CODES else None


def currency_in(text: str) -> str | None:
    """The currency a heading, caption or sentence names first, as an ISO 4217 code."""
    for match in patterns.CURRENCY_MARK.finditer(text):
        code = currency_code(match["code"] or match.group())
        if code is not None:
            return code
    return None


def country_currency(country: str | None) -> str | None:
    """The currency a country reports in, for statements that never name theirs."""
    if country in EURO_COUNTRIES:
        return "EUR"
    return COUNTRY_CURRENCIES.get(country or "")
