"""The facts one document is about: its date, offer terms, use of funds and accounts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus import issuers, statements
from tests.corpus.recipes import Recipe

INCONSISTENT_VALUATION_FACTOR = 1.6
MISMATCH_SHARE_OF_TARGET = 0.1
EARLY_DEADLINE_DAYS = 40
REVENUE_BASES = (320_000, 650_000, 1_200_000, 2_400_000, 4_800_000)
LARGE_REVENUE_BASES = (6_500_000, 12_000_000, 24_000_000)
HISTORY_UNIT = 1_000


@dataclass(frozen=True)
class Material:
    """The facts one document is about (money in full units)."""

    date: dt.date
    terms: issuers.Terms
    funds: list[issuers.FundsItem]
    history: list[statements.Accounts]
    accounts: list[statements.Accounts]


def _break(material: Material, deliberate: tuple[str, ...]) -> Material:
    """Apply deliberate disclosure faults; the truth records what is then printed."""
    terms, funds = material.terms, list(material.funds)
    if "use_of_funds_sum_mismatch" in deliberate:
        first = funds[0]
        funds[0] = dataclasses.replace(
            first, amount=first.amount + terms.funding_target * MISMATCH_SHARE_OF_TARGET
        )
    if "valuation_inconsistent" in deliberate and terms.pre_money:
        terms = dataclasses.replace(
            terms, pre_money=terms.pre_money * INCONSISTENT_VALUATION_FACTOR
        )
    if "deadline_before_document_date" in deliberate:
        early = material.date - dt.timedelta(days=EARLY_DEADLINE_DAYS)
        terms = dataclasses.replace(terms, deadline=early.replace(day=max(early.day, 13)))
    return dataclasses.replace(material, terms=terms, funds=funds)


def make_material(
    rng: random.Random, issuer: issuers.Issuer, recipe: Recipe, deliberate: tuple[str, ...]
) -> Material:
    """Draw the facts, then apply the deliberate faults (each needs the terms it breaks)."""
    date = issuers.document_date(rng)
    terms = issuers.make_terms(rng, issuer.currency, date)
    if "valuation_inconsistent" in deliberate and terms.pre_money is None:
        equity = terms.equity_pct or 10.0
        pre_money = terms.funding_target * (100 - equity) / equity
        terms = dataclasses.replace(terms, equity_pct=equity, pre_money=pre_money)
    if "deadline_before_document_date" in deliberate and terms.deadline is None:
        terms = dataclasses.replace(terms, deadline=date)
    scale = issuers.CURRENCY_SCALE[issuer.currency]
    large = recipe.statement.scale == "millions"
    revenue = rng.choice(LARGE_REVENUE_BASES if large else REVENUE_BASES) * scale
    unit = statements.scale_unit(recipe.statement.scale, rng=rng)
    last_year = date.year - 1
    material = Material(
        date=date,
        terms=terms,
        funds=issuers.make_funds(rng, terms.funding_target),
        history=statements.make_years(
            rng, last_year, count=2, revenue=revenue / 3, unit=HISTORY_UNIT
        ),
        accounts=statements.make_years(
            rng, last_year, count=recipe.years, revenue=revenue, unit=unit
        ),
    )
    return _break(material, deliberate)


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
    }
    values |= {item.amount for item in material.funds} | {item.pct for item in material.funds}
    for accounts in (*material.history, *material.accounts):
        values |= set(accounts.lines.values())
    return {v for v in values if v is not None}
