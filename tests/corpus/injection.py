"""How each injected defect gets printed: a change to a document's facts, or something left out.

Every breaker keeps the rest of the document consistent, so that exactly its own rule fails
(an out-of-range equity share drops the pre-money valuation, which would disagree with it too),
and returns the truth's `defect_detail`: what the document now says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from tests.corpus import issuers, money, regimes
from tests.corpus.material import Material
from tests.corpus.recipes import Recipe

MISMATCH_SHARE_OF_TARGET = 0.1
INCONSISTENT_VALUATION_FACTOR = 1.6
OUT_OF_RANGE_PCTS = (0.0, 120.0, 150.0)
UNDER_MAXIMUM_FACTORS = (0.6, 0.8)
OVER_CAP_FACTORS = (1.2, 1.5)
MISQUOTED_REVENUE_FACTORS = (0.8, 1.15, 1.25)
QUOTE_UNIT = 1_000
EARLY_DEADLINE_DAYS = 40
REQUIRED_ITEMS = (
    "use_of_funds",
    "financial_information",
    "management",
    "deadline",
    "funding_target",
)
ITEM_NAMES = {
    "use_of_funds": "use of funds",
    "financial_information": "financial information",
    "management": "management (officers and directors)",
    "deadline": "offering deadline",
    "funding_target": "funding target",
    "custodian_bank": "custodian bank",
}

Injected = tuple[Material, Recipe, str]


def _amount(value: float | None, currency: str) -> str:
    return f"{money.plain_number(value or 0.0)} {currency}"


def _terms(material: Material, **changes: Any) -> Material:
    return dataclasses.replace(material, terms=dataclasses.replace(material.terms, **changes))


def _comply(material: Material, **changes: Any) -> Material:
    if material.compliance is None:
        raise AssertionError("a defect is injected only into a document under its regime's rules")
    return dataclasses.replace(
        material, compliance=dataclasses.replace(material.compliance, **changes)
    )


def _reassure(material: Material, rng: random.Random) -> Material:
    """A US offering's assurance, made adequate again after its maximum changed."""
    compliance, amount = material.compliance, regimes.raise_amount(material.terms)
    if compliance is None or compliance.assurance is None or amount is None:
        return material
    return _comply(material, assurance=regimes.adequate_assurance(rng, amount))


def _overfund(material: Material, rng: random.Random) -> Material:
    """A maximum above the target (within the cap) with a stated use for the excess."""
    terms, compliance = material.terms, material.compliance
    assert compliance is not None and terms.funding_target is not None
    if terms.maximum_target is None or terms.maximum_target <= terms.funding_target:
        maximum = terms.funding_target * rng.choice(issuers.OVERFUNDING_MULTIPLES)
        material = _terms(material, maximum_target=maximum)
        material = dataclasses.replace(
            material, terms=regimes.within_cap(material.terms, compliance.regime)
        )
    if compliance.excess_use is None:
        material = _comply(material, excess_use=regimes.excess_uses(rng, material.funds))
    return _reassure(material, rng)


def _funds_mismatch(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    target, funds = material.terms.funding_target or 0.0, list(material.funds)
    first = funds[0]
    funds[0] = dataclasses.replace(first, amount=first.amount + target * MISMATCH_SHARE_OF_TARGET)
    currency = material.terms.currency
    detail = f"use of funds adds up to {_amount(sum(item.amount for item in funds), currency)}"
    detail += f" but the target is {_amount(target, currency)}"
    # A table prints every amount; prose may give only percentages, which still add up.
    recipe = dataclasses.replace(recipe, funds_style="table")
    return dataclasses.replace(material, funds=funds), recipe, detail


def _valuation(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    terms = material.terms
    target, equity = terms.funding_target or 0.0, terms.equity_pct or 10.0
    consistent = terms.pre_money or target * (100 - equity) / equity
    pre_money = consistent * INCONSISTENT_VALUATION_FACTOR
    implied = 100 * target / (pre_money + target)
    detail = f"pre-money {_amount(pre_money, terms.currency)} and target "
    detail += f"{_amount(target, terms.currency)} give {implied:.1f}% but {equity:g}% is offered"
    return _terms(material, equity_pct=equity, pre_money=pre_money), recipe, detail


def _equity_range(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    equity = rng.choice(OUT_OF_RANGE_PCTS)
    # Without a pre-money valuation the terms cannot also disagree with each other.
    changed = _terms(material, equity_pct=equity, pre_money=None)
    return changed, recipe, f"equity offered {equity:g}%"


def _negative(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    terms = material.terms
    if rng.random() < 0.5:
        value = terms.minimum_investment or rng.choice(issuers.MINIMUM_INVESTMENTS[terms.currency])
        changed = _terms(material, minimum_investment=-float(value))
        return changed, recipe, f"minimum investment -{_amount(value, terms.currency)}"
    price = terms.price_per_share or rng.choice(issuers.SHARE_PRICES[terms.currency])
    changed = _terms(material, price_per_share=-float(price))
    return changed, recipe, f"price per share -{_amount(price, terms.currency)}"


def _early_deadline(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    early = material.date - dt.timedelta(days=EARLY_DEADLINE_DAYS)
    deadline = early.replace(day=max(early.day, 13))
    detail = f"deadline {deadline.isoformat()} is before the document's date {material.date}"
    return _terms(material, deadline=deadline), recipe, detail


def _under_maximum(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    terms = material.terms
    target = terms.funding_target or 0.0
    maximum = round(target * rng.choice(UNDER_MAXIMUM_FACTORS), -3)
    changed = _comply(_terms(material, maximum_target=maximum), excess_use=None)
    detail = f"target {_amount(target, terms.currency)} above the maximum "
    return _reassure(changed, rng), recipe, detail + _amount(maximum, terms.currency)


def _over_cap(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    terms, compliance = material.terms, material.compliance
    assert compliance is not None
    cap = regimes.CAPS[compliance.regime]
    wanted = max((terms.funding_target or 0.0) * 2.5, cap * rng.choice(OVER_CAP_FACTORS))
    maximum = round(wanted, -5)
    changed = _overfund(_terms(material, maximum_target=maximum), rng)
    detail = f"maximum {_amount(maximum, terms.currency)} above the {compliance.regime} cap "
    return changed, recipe, detail + _amount(cap, terms.currency)


def _excess_unexplained(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    changed = _comply(_overfund(material, rng), excess_use=None)
    terms = changed.terms
    detail = f"maximum {_amount(terms.maximum_target, terms.currency)} above the target "
    detail += f"{_amount(terms.funding_target, terms.currency)}; no use stated for the excess"
    return changed, recipe, detail


def _no_risks(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    return material, dataclasses.replace(recipe, risk=False), "no risk-factors section"


def _missing_item(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    compliance = material.compliance
    assert compliance is not None
    cn = compliance.regime == "cn_internet_finance"
    item = "custodian_bank" if cn else rng.choice(REQUIRED_ITEMS)
    changed = _comply(material, omitted=item)
    if item == "custodian_bank":
        changed = _comply(changed, custodian=None)
    elif item == "financial_information":
        changed = _comply(changed, financial_information=False, assurance=None)
    elif item == "deadline":
        changed = _terms(changed, deadline=None)
    elif item in ("use_of_funds", "funding_target"):
        # With no target (or no uses) an excess above it has nothing to be measured against.
        changed = _comply(_terms(changed, maximum_target=None), excess_use=None)
    if item == "funding_target":
        changed = _terms(changed, funding_target=None)
        # Prose terms open with the target, and a funds table's total would print it.
        style = recipe.terms_style if recipe.terms_style != "prose" else "table"
        recipe = dataclasses.replace(recipe, terms_style=style, funds_style="bullets")
    return changed, recipe, f"no {ITEM_NAMES[item]}"


def _weak_assurance(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    amount = regimes.raise_amount(material.terms) or 0.0
    least = regimes.ASSURANCE_LEVELS.index(regimes.least_assurance(amount))
    level = rng.choice(regimes.ASSURANCE_LEVELS[:least])
    detail = f"{level} statements for a raise of up to {_amount(amount, material.terms.currency)}"
    detail += f" ({regimes.least_assurance(amount)} at least)"
    return _comply(material, assurance=level), recipe, detail


def _unbalanced(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    accounts = list(material.accounts)
    index = rng.randrange(len(accounts))
    lines = dict(accounts[index].lines)
    # Inventories counted twice: the asset column still adds up, the sheet no longer balances.
    delta = lines["inventories"]
    for key in ("cash", "total_current_assets", "total_assets"):
        lines[key] += delta
    accounts[index] = dataclasses.replace(accounts[index], lines=lines)
    other_side = lines["total_liabilities"] + lines["total_equity"]
    currency = material.terms.currency
    detail = f"FY{accounts[index].year}: total assets {_amount(lines['total_assets'], currency)}"
    detail += f" but liabilities + equity {_amount(other_side, currency)}"
    return dataclasses.replace(material, accounts=accounts), recipe, detail


def _misquoted_revenue(material: Material, recipe: Recipe, rng: random.Random) -> Injected:
    latest = material.accounts[0]
    revenue = latest.lines["revenue"]
    quoted = round(revenue * rng.choice(MISQUOTED_REVENUE_FACTORS) / QUOTE_UNIT) * QUOTE_UNIT
    currency = material.terms.currency
    detail = f"text quotes FY{latest.year} revenue {_amount(quoted, currency)}, the income "
    detail += f"statement {_amount(revenue, currency)}"
    return dataclasses.replace(material, quoted_revenue=float(quoted)), recipe, detail


BREAKERS: dict[str, Callable[[Material, Recipe, random.Random], Injected]] = {
    "use_of_funds_sum_mismatch": _funds_mismatch,
    "balance_sheet_mismatch": _unbalanced,
    "valuation_inconsistent": _valuation,
    "equity_pct_out_of_range": _equity_range,
    "negative_amount": _negative,
    "missing_risk_factors": _no_risks,
    "missing_required_disclosure": _missing_item,
    "deadline_before_document_date": _early_deadline,
    "revenue_contradiction": _misquoted_revenue,
    "target_above_maximum": _under_maximum,
    "regime_cap_exceeded": _over_cap,
    "oversubscription_use_missing": _excess_unexplained,
    "assurance_level_insufficient": _weak_assurance,
}


def inject(
    material: Material,
    recipe: Recipe,
    *,
    defect: str,
    rng: random.Random,
    issuer: issuers.Issuer,
) -> Injected:
    """The facts, printing choices and detail of a document that fails exactly `defect`."""
    if defect == "registration_id_invalid":
        registration = issuer.registration
        if registration is None or registration.valid:
            raise AssertionError(f"{issuer.name}: planned with a broken id but printed none")
        return material, recipe, f"{registration.kind} {registration.value} fails its check"
    return BREAKERS[defect](material, recipe, rng)
