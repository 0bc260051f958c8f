"""Crowdfunding regimes (issue 7): which one an issuer falls under and what it makes a document say.

us_reg_cf            US Regulation Crowdfunding (Form C, 17 CFR 227.201); cap $5,000,000 a year
eu_ecsp              EU Regulation 2020/1503 (key investment information sheet); cap EUR 5,000,000
cn_internet_finance  China's 2015 Guiding Opinions: a custodian bank holds investors' money
other                everything else (the UK is not in the EU)

A consistent document prints what its regime requires; `Compliance` holds those choices, drawn
once, so that a defect can take one of them away.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus import issuers

REGIMES = {
    "US": "us_reg_cf",
    "FR": "eu_ecsp",
    "DE": "eu_ecsp",
    "NL": "eu_ecsp",
    "IE": "eu_ecsp",
    "CN": "cn_internet_finance",
}
OTHER_REGIME = "other"
CAPS = {"us_reg_cf": 5_000_000.0, "eu_ecsp": 5_000_000.0}
# Reg CF financial statements by the amount raised in 12 months: up to CERTIFIED_UP_TO an
# officer's certification will do, up to REVIEWED_UP_TO a review, up to FIRST_RAISE_UP_TO a
# review only for a first raise, above that an audit.
ASSURANCE_LEVELS = ("certified", "reviewed", "audited")
CERTIFIED_UP_TO = 124_000.0
REVIEWED_UP_TO = 618_000.0
FIRST_RAISE_UP_TO = 1_235_000.0
CUSTODIAN_BANKS = (
    "China Merchants Bank",
    "Ping An Bank",
    "Industrial Bank Co., Ltd.",
    "China CITIC Bank",
    "Bank of Communications",
)
DEADLINE_DAYS = (45, 120)


@dataclass(frozen=True)
class Compliance:
    """What a document prints because its regime asks for it (None or False: not printed)."""

    regime: str
    financial_information: bool = False
    assurance: str | None = None
    custodian: str | None = None
    excess_use: tuple[str, ...] | None = None
    omitted: str | None = None


def regime_of(country: str | None) -> str:
    """The regime of an issuer in `country` (ISO 3166-1 alpha-2)."""
    return REGIMES.get(country or "", OTHER_REGIME)


def raise_amount(terms: issuers.Terms) -> float | None:
    """What the offer may raise in 12 months: the maximum, else the target."""
    return terms.maximum_target if terms.maximum_target is not None else terms.funding_target


def strictest_assurance(amount: float) -> str:
    """The assurance that suffices whether or not this is the issuer's first raise."""
    if amount <= CERTIFIED_UP_TO:
        return "certified"
    return "reviewed" if amount <= REVIEWED_UP_TO else "audited"


def least_assurance(amount: float) -> str:
    """The least assurance that can suffice (a first raise needs only a review up to $1.235m)."""
    if amount <= CERTIFIED_UP_TO:
        return "certified"
    return "reviewed" if amount <= FIRST_RAISE_UP_TO else "audited"


def adequate_assurance(rng: random.Random, amount: float) -> str:
    """A level at or above the strictest requirement; an audit is always enough."""
    needed = ASSURANCE_LEVELS.index(strictest_assurance(amount))
    return rng.choice(ASSURANCE_LEVELS[needed:])


def within_cap(terms: issuers.Terms, regime: str) -> issuers.Terms:
    """The terms with the maximum brought down to the regime's cap (a raise may not exceed it)."""
    cap = CAPS.get(regime)
    if cap is None or terms.maximum_target is None or terms.maximum_target <= cap:
        return terms
    return dataclasses.replace(terms, maximum_target=cap)


def with_deadline(rng: random.Random, terms: issuers.Terms, date: dt.date) -> issuers.Terms:
    """The terms with a closing date after the document's date (an offer must state one)."""
    if terms.deadline is not None:
        return terms
    later = date + dt.timedelta(days=rng.randrange(*DEADLINE_DAYS))
    return dataclasses.replace(terms, deadline=later.replace(day=rng.randrange(13, 29)))


def excess_uses(rng: random.Random, funds: list[issuers.FundsItem]) -> tuple[str, ...]:
    """Two of the use-of-funds categories that money above the target would also go to."""
    return tuple(item.category.lower() for item in rng.sample(funds, k=2))


def make_compliance(
    rng: random.Random,
    *,
    regime: str,
    kind: str,
    terms: issuers.Terms,
    funds: list[issuers.FundsItem],
) -> Compliance:
    """What a consistent document of `kind` under `regime` prints beyond its other facts."""
    target, maximum = terms.funding_target, terms.maximum_target
    overfunded = target is not None and maximum is not None and maximum > target
    compliance = Compliance(
        regime=regime, excess_use=excess_uses(rng, funds) if overfunded and funds else None
    )
    if kind != "offering":
        return compliance
    amount = raise_amount(terms)
    return dataclasses.replace(
        compliance,
        financial_information=True,
        assurance=adequate_assurance(rng, amount)
        if regime == "us_reg_cf" and amount is not None
        else None,
        custodian=rng.choice(CUSTODIAN_BANKS) if regime == "cn_internet_finance" else None,
    )
