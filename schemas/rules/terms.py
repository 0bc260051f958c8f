"""Rules on the offering's terms: signs, ranges, target and maximum, valuation, dates."""

from __future__ import annotations

import re

from schemas.disclosure import Finding
from schemas.regimes import CAPS
from schemas.rules.facts import Facts, close, rounding_slack

AT_MAXIMUM = re.compile(
    r"\b(?:max(?:imum)?|fully\s+(?:subscribed|funded)|overfund\w*|hard\s+cap)\b|最高|上限", re.I
)
"""Words that quote a share offered for the maximum raise (`22% if fully subscribed`)."""

MONEY_TERMS = (
    ("funding_target", "funding target"),
    ("maximum_target", "maximum"),
    ("price_per_share", "price per share"),
    ("pre_money_valuation", "pre-money valuation"),
    ("minimum_investment", "minimum investment"),
)


def negative_amount(facts: Facts) -> list[Finding]:
    """No target, maximum, price, valuation or minimum investment below zero."""
    stated = [
        (figure, label) for name, label in MONEY_TERMS if (figure := facts.term(name)) is not None
    ]
    if not stated:
        return [facts.lacking("negative_amount", "the document states no offering amount")]
    negative = [(figure, label) for figure, label in stated if figure.value < 0]
    if not negative:
        return [facts.finding("negative_amount", True, "No offering amount is negative.")]
    return [
        facts.finding(
            "negative_amount",
            False,
            f"The {label} is negative: {facts.money(figure.value, figure.currency)}.",
            evidence=figure,
        )
        for figure, label in negative
    ]


def equity_pct_out_of_range(facts: Facts) -> list[Finding]:
    """Equity offered within (0, 100] %."""
    pct = facts.term("equity_offered_pct")
    if pct is None:
        return [facts.lacking("equity_pct_out_of_range", "the document states no equity offered")]
    if 0 < pct.value <= 100:
        message = f"The equity offered, {pct.value:g}%, is within (0, 100]."
        return [facts.finding("equity_pct_out_of_range", True, message, evidence=pct)]
    message = f"The equity offered is {pct.value:g}%: a share of a company lies in (0, 100]."
    return [facts.finding("equity_pct_out_of_range", False, message, evidence=pct)]


def target_above_maximum(facts: Facts) -> list[Finding]:
    """The funding target no higher than the maximum."""
    target, maximum = facts.term("funding_target"), facts.term("maximum_target")
    if target is None or maximum is None:
        return [facts.lacking("target_above_maximum", "the document states no target and maximum")]
    if target.value <= maximum.value:
        message = (
            f"The target {facts.money(target.value)} is within the maximum "
            f"{facts.money(maximum.value)}."
        )
        return [facts.finding("target_above_maximum", True, message, evidence=(target, maximum))]
    message = (
        f"The funding target {facts.money(target.value)} is above the maximum "
        f"{facts.money(maximum.value)}."
    )
    return [facts.finding("target_above_maximum", False, message, evidence=(target, maximum))]


def regime_cap_exceeded(facts: Facts) -> list[Finding]:
    """The amount sought within the regime's 12-month cap (in the cap's currency)."""
    if facts.regime not in CAPS:
        return []
    cap, cap_currency = CAPS[facts.regime]
    sought = facts.term("maximum_target") or facts.term("funding_target")
    if sought is None:
        return [facts.lacking("regime_cap_exceeded", "the document states no amount sought")]
    if sought.currency and sought.currency != cap_currency:
        what = f"the amount sought is in {sought.currency}, the cap in {cap_currency}"
        return [facts.lacking("regime_cap_exceeded", what, page_no=sought.page_no)]
    if sought.value <= cap:
        limit = facts.money(cap, cap_currency)
        message = f"{facts.money(sought.value)} sought is within the {limit} cap."
        return [facts.finding("regime_cap_exceeded", True, message, evidence=sought)]
    message = (
        f"{facts.money(sought.value)} sought is above the {facts.money(cap, cap_currency)} a "
        f"{facts.regime} offering may raise in 12 months."
    )
    return [facts.finding("regime_cap_exceeded", False, message, evidence=sought)]


def deadline_before_document_date(facts: Facts) -> list[Finding]:
    """The offering deadline after the document's own date."""
    offering, dated = facts.disclosure.offering, facts.disclosure.document_date
    deadline = offering.deadline if offering else None
    if deadline is None or dated is None:
        what = "the document states no deadline" if deadline is None else "it bears no date"
        return [facts.lacking("deadline_before_document_date", what)]
    assert offering is not None  # a deadline comes with its offering
    evidence, page_no = offering.deadline_evidence, offering.deadline_page_no
    if deadline >= dated:
        message = f"The deadline {deadline} is after the document's date {dated}."
        passed = True
    else:
        message = f"The offering closes on {deadline}, before the document's own date {dated}."
        passed = False
    return [
        facts.finding(
            "deadline_before_document_date", passed, message, evidence=evidence, page_no=page_no
        )
    ]


def valuation_inconsistent(facts: Facts) -> list[Finding]:
    """Equity % = amount / (pre-money + amount); price × shares = amount and = pre-money."""
    findings = _equity_identity(facts) + _share_identities(facts)
    if not findings:
        what = "the document states no two of pre-money, equity offered and price with shares"
        return [facts.lacking("valuation_inconsistent", what)]
    return findings


def _equity_identity(facts: Facts) -> list[Finding]:
    """Equity % against pre-money and the target; against the maximum too where the share's
    own words quote it for the maximum (`22% if fully subscribed`).

    The target is needed: a share offered is quoted for it, and the maximum alone says too
    little to call a valuation wrong."""
    pct, pre = facts.term("equity_offered_pct"), facts.term("pre_money_valuation")
    target = facts.term("funding_target")
    maximum = facts.term("maximum_target")
    at_maximum = pct is not None and AT_MAXIMUM.search(pct.evidence) is not None
    amounts = [target, maximum] if at_maximum else [target]
    raised = [amount for amount in amounts if amount is not None and amount.value > 0]
    if pct is None or pre is None or target is None or not 0 < pct.value <= 100:
        return []
    if target.value <= 0 or pre.value <= 0:
        return []
    printed = min(rounding_slack(pct.value), 0.5)  # `20%` is rounded to units, not tens
    slack = max(printed, facts.settings.valuation_tolerance * pct.value)
    implied = [100 * amount.value / (pre.value + amount.value) for amount in raised]
    evidence = (pct, pre, raised[0])
    if any(abs(value - pct.value) <= slack for value in implied):
        message = f"{pct.value:g}% offered agrees with a pre-money of {facts.money(pre.value)}."
        return [facts.finding("valuation_inconsistent", True, message, evidence=evidence)]
    message = (
        f"{facts.money(raised[0].value)} at a pre-money valuation of {facts.money(pre.value)} "
        f"buys {implied[0]:.2f}% of the company, but the document offers {pct.value:g}%."
    )
    return [facts.finding("valuation_inconsistent", False, message, evidence=evidence)]


def _share_identities(facts: Facts) -> list[Finding]:
    """Price × shares offered = the amount; price × shares before = the pre-money valuation."""
    price = facts.term("price_per_share")
    if price is None or price.value <= 0:
        return []
    pairs = (
        ("shares_offered", ("funding_target", "maximum_target"), "the amount raised"),
        ("shares_before_offering", ("pre_money_valuation",), "the pre-money valuation"),
    )
    findings = []
    for shares_name, amount_names, label in pairs:
        shares = facts.term(shares_name)
        amounts = [facts.term(name) for name in amount_names]
        stated = [amount for amount in amounts if amount is not None]
        if shares is None or not stated:
            continue
        product = price.value * shares.value
        slack = facts.settings.valuation_tolerance
        evidence = (price, shares, stated[0])
        if any(
            close(product, amount.value, relative=slack, absolute=rounding_slack(amount.value))
            for amount in stated
        ):
            message = f"Price × shares agrees with {label}."
            findings.append(
                facts.finding("valuation_inconsistent", True, message, evidence=evidence)
            )
            continue
        message = (
            f"{shares.value:,.0f} shares at {facts.money(price.value)} come to "
            f"{facts.money(product)}, but {label} is {facts.money(stated[0].value)}."
        )
        findings.append(facts.finding("valuation_inconsistent", False, message, evidence=evidence))
    return findings
