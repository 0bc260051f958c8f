"""The facts one document is about: its date, offer terms, use of funds and accounts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus import issuers, regimes, statements
from tests.corpus.recipes import Recipe
from tests.corpus.regimes import Compliance

REVENUE_BASES = (320_000, 650_000, 1_200_000, 2_400_000, 4_800_000)
LARGE_REVENUE_BASES = (6_500_000, 12_000_000, 24_000_000)
HISTORY_UNIT = 1_000
# Directors' reports that quote the year's revenue (rightly, unless that is the defect).
QUOTED_REVENUE_SHARE = 0.4


@dataclass(frozen=True)
class Material:
    """The facts one document is about (money in full units).

    `compliance` is what the issuer's regime makes the document print (None: documents written
    before issue 7, the demo samples); `quoted_revenue` is the latest year's revenue as a
    directors' report quotes it, when it does.
    """

    date: dt.date
    terms: issuers.Terms
    funds: list[issuers.FundsItem]
    history: list[statements.Accounts]
    accounts: list[statements.Accounts]
    compliance: Compliance | None = None
    quoted_revenue: float | None = None


def make_material(rng: random.Random, issuer: issuers.Issuer, recipe: Recipe) -> Material:
    """Draw the facts of a consistent document."""
    date = issuers.document_date(rng)
    terms = issuers.make_terms(rng, issuer.currency, date)
    target = terms.funding_target
    assert target is not None
    scale = issuers.CURRENCY_SCALE[issuer.currency]
    large = recipe.statement.scale == "millions"
    revenue = rng.choice(LARGE_REVENUE_BASES if large else REVENUE_BASES) * scale
    unit = statements.scale_unit(recipe.statement.scale, rng=rng)
    last_year = date.year - 1
    return Material(
        date=date,
        terms=terms,
        funds=issuers.make_funds(rng, target),
        history=statements.make_years(
            rng, last_year, count=2, revenue=revenue / 3, unit=HISTORY_UNIT
        ),
        accounts=statements.make_years(
            rng, last_year, count=recipe.years, revenue=revenue, unit=unit
        ),
    )


def under_regime(material: Material, rng: random.Random, *, regime: str, kind: str) -> Material:
    """The facts as a consistent document under `regime` states them: a maximum within the cap,
    an offer's closing date, and what the regime asks the document to print."""
    terms = regimes.within_cap(material.terms, regime)
    if kind == "offering":
        terms = regimes.with_deadline(rng, terms, material.date)
    compliance = regimes.make_compliance(
        rng, regime=regime, kind=kind, terms=terms, funds=material.funds
    )
    quoted = None
    if kind == "financial_statement" and rng.random() < QUOTED_REVENUE_SHARE:
        quoted = material.accounts[0].lines["revenue"]
    return dataclasses.replace(material, terms=terms, compliance=compliance, quoted_revenue=quoted)


def material_values(material: Material) -> set[float]:
    """Every number the document may print as a fact, so distractors can avoid them all."""
    terms = material.terms
    values = {
        terms.funding_target,
        terms.maximum_target,
        terms.equity_pct,
        terms.pre_money,
        terms.price_per_share,
        terms.minimum_investment,
        material.quoted_revenue,
    }
    values |= {item.amount for item in material.funds} | {item.pct for item in material.funds}
    for accounts in (*material.history, *material.accounts):
        values |= set(accounts.lines.values())
    return {v for v in values if v is not None}
