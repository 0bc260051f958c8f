"""Disclosure regimes by the issuer's jurisdiction: their caps and the US assurance tiers.

US Regulation Crowdfunding (17 CFR 227.100, 227.201(t)): at most $5,000,000 in 12 months, and
financial statements certified by the principal executive officer up to $124,000, reviewed by an
independent accountant up to $618,000, audited above (up to $1,235,000 a first Regulation CF
offering may still file reviewed statements). EU crowdfunding (Regulation 2020/1503): at most
EUR 5,000,000 per project owner in 12 months. China (2015 Guiding Opinions on Internet finance)
has no cap, but investors' money must sit with a custodian bank.
"""

from __future__ import annotations

US, EU, CN, OTHER = "us_reg_cf", "eu_ecsp", "cn_internet_finance", "other"
EU_MEMBERS = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
     "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
)  # fmt: skip
CAPS = {US: 5_000_000.0, EU: 5_000_000.0}
CAP_CURRENCY = {"USD": CAPS[US], "EUR": CAPS[EU]}  # offers in these currencies stay under a cap

LEVELS = ("unaudited", "certified", "reviewed", "audited")  # weakest first
CERTIFIED_UP_TO = 124_000.0
REVIEWED_UP_TO = 618_000.0
FIRST_RAISE_REVIEWED_UP_TO = 1_235_000.0


def regime_of(country: str | None) -> str:
    """The regime by the issuer's country (ISO 3166-1); the United Kingdom is not in the EU."""
    if country == "US":
        return US
    if country == "CN":
        return CN
    return EU if country in EU_MEMBERS else OTHER


def assurance_needed(amount: float, *, first_raise: bool) -> str:
    """The least assurance Regulation Crowdfunding asks of statements for `amount` in 12 months."""
    if amount <= CERTIFIED_UP_TO:
        return "certified"
    if amount <= REVIEWED_UP_TO:
        return "reviewed"
    if amount <= FIRST_RAISE_REVIEWED_UP_TO and first_raise:
        return "reviewed"
    return "audited"


def enough(level: str, needed: str) -> bool:
    return LEVELS.index(level) >= LEVELS.index(needed)
