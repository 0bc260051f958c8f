"""Disclosure regimes: which rulebook a document answers to, and what each one requires.

    us_reg_cf            US Regulation Crowdfunding, Form C (17 CFR 227.201)
    eu_ecsp              EU crowdfunding, key investment information sheet (Regulation 2020/1503)
    cn_internet_finance  China, Guiding Opinions on Internet finance (2015)
    other                none of these: only the consistency rules apply

A regime is inferred from the document (its own citation of a rulebook, then the issuer's
country and registration id, then wording a regime's documents use, then the currency and
language) unless the platform's regime is set
(`Settings.regimes`). Its required fields apply to offering documents; business plans and
financial statements answer only to the consistency rules.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

from schemas.disclosure import Disclosure

Regime = Literal["us_reg_cf", "eu_ecsp", "cn_internet_finance", "other"]
REGIMES: tuple[Regime, ...] = ("us_reg_cf", "eu_ecsp", "cn_internet_finance", "other")

EU_MEMBERS = frozenset(
    {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT"}
    | {"LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
)
"""The 27 member states (ISO 3166-1 alpha-2) since the United Kingdom left on 31 January 2020."""

CAPS: dict[Regime, tuple[float, str]] = {
    "us_reg_cf": (5_000_000.0, "USD"),  # 17 CFR 227.100(a)(1), since March 2021
    "eu_ecsp": (5_000_000.0, "EUR"),  # Regulation (EU) 2020/1503, Article 1(2)(c)
}
"""The most a regime lets an issuer raise in 12 months, and its currency."""

REGIME_CITATIONS: dict[Regime, re.Pattern[str]] = {
    "us_reg_cf": re.compile(
        r"\bRegulation\s+Crowdfunding\b|\bReg(?:ulation)?\.?\s+CF\b|\bForm\s+C(?:-U|/A)?\b"
        r"|\b227\.\d{3}\b|\bSection\s+4\(a\)\(6\)",
        re.I,
    ),
    "eu_ecsp": re.compile(
        r"\bRegulation\s+\(EU\)\s+2020/1503\b|\b2020/1503\b|\bECSP\b"
        r"|\bEuropean\s+crowdfunding\s+service\s+provider",
        re.I,
    ),
}
"""A document's own citation of the rulebook it is written under: the strongest evidence."""
REGIME_WORDING: dict[Regime, re.Pattern[str]] = {
    "eu_ecsp": re.compile(r"\bkey\s+investment\s+information\s+sheet\b|\bKIIS\b", re.I),
    "cn_internet_finance": re.compile(r"股权众筹|互联网金融|众筹平台|资金存管|资金托管"),
}
"""Words a regime's documents use, which others borrow (a UK offer titled a KIIS): weaker
evidence than the issuer's country."""

REGISTRATION_REGIMES: dict[str, Regime] = {
    "us_ein": "us_reg_cf",
    "cn_uscc": "cn_internet_finance",
    "eu_vat": "eu_ecsp",
    "uk_crn": "other",
}
CURRENCY_REGIMES: dict[str, Regime] = {
    "USD": "us_reg_cf",
    "EUR": "eu_ecsp",
    "CNY": "cn_internet_finance",
}
DEFAULT_WORDING_PAGES = 3
"""Where a document names its rulebook: its cover and first pages (later a risk factor may cite
another regime's rules in passing)."""


def infer_regime(disclosure: Disclosure) -> Regime:
    """The regime `disclosure` answers to, by the strongest evidence it carries."""
    cover = "\n".join(page.text for page in disclosure.pages[:DEFAULT_WORDING_PAGES])
    cited = _named(REGIME_CITATIONS, cover)
    if cited:
        return cited
    company = disclosure.company
    if company.country:
        return country_regime(company.country)
    if company.registration_kind in REGISTRATION_REGIMES:
        return REGISTRATION_REGIMES[company.registration_kind]
    worded = _named(REGIME_WORDING, cover)
    if worded:
        return worded
    currencies = Counter(figure.currency for figure in disclosure.figures if figure.currency)
    if currencies:
        return CURRENCY_REGIMES.get(currencies.most_common(1)[0][0], "other")
    return "cn_internet_finance" if disclosure.language == "zh" else "other"


def _named(patterns: dict[Regime, re.Pattern[str]], text: str) -> Regime | None:
    """The one regime whose words `text` uses, None for none or several."""
    named = [regime for regime, pattern in patterns.items() if pattern.search(text)]
    return named[0] if len(named) == 1 else None


def country_regime(country: str) -> Regime:
    """The regime of an issuer incorporated in `country` (ISO 3166-1 alpha-2)."""
    if country == "US":
        return "us_reg_cf"
    if country == "CN":
        return "cn_internet_finance"
    return "eu_ecsp" if country in EU_MEMBERS else "other"
