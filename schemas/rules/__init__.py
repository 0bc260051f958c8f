"""Disclosure rules: a document's regime and every rule's finding on it.

    review(disclosure, settings=..., platform=...) → Review(regime, findings)

Each rule is a function of `Facts` (the disclosure, its regime, the tolerances) returning its
findings: passed True or False with a message a reviewer understands, the evidence text and its
page; passed None (severity info) when the document lacks what the rule needs. The rules and
their severities are listed in `schemas.rules.catalog`.
"""

from __future__ import annotations

from collections.abc import Callable

from schemas.disclosure import Disclosure, Finding, Record
from schemas.regimes import Regime, infer_regime
from schemas.rules.catalog import CATALOG, RULE_IDS, RULES, Rule
from schemas.rules.facts import Facts
from schemas.rules.funds import oversubscription_use_missing, use_of_funds_sum_mismatch
from schemas.rules.presence import (
    assurance_level_insufficient,
    disclosures_not_read,
    missing_required_disclosure,
    missing_risk_factors,
    registration_id_invalid,
)
from schemas.rules.statements import balance_sheet_mismatch, revenue_contradiction
from schemas.rules.terms import (
    deadline_before_document_date,
    equity_pct_out_of_range,
    negative_amount,
    regime_cap_exceeded,
    target_above_maximum,
    valuation_inconsistent,
)
from schemas.settings import Settings

__all__ = ["CATALOG", "RULES", "RULE_IDS", "Review", "Rule", "review"]

OFFER_RULES: tuple[Callable[[Facts], list[Finding]], ...] = (
    negative_amount,
    equity_pct_out_of_range,
    target_above_maximum,
    regime_cap_exceeded,
    valuation_inconsistent,
    use_of_funds_sum_mismatch,
    oversubscription_use_missing,
    deadline_before_document_date,
)
"""Rules on the terms of an offer: run where the document offers securities."""
DOCUMENT_RULES: tuple[Callable[[Facts], list[Finding]], ...] = (
    missing_risk_factors,
    missing_required_disclosure,
    assurance_level_insufficient,
    balance_sheet_mismatch,
    revenue_contradiction,
    registration_id_invalid,
    disclosures_not_read,
)
"""Rules on any document (each decides for itself whether the document's kind concerns it)."""


class Review(Record):
    """A document's regime and the findings of every rule that concerns it."""

    regime: Regime
    findings: list[Finding]


def review(disclosure: Disclosure, *, settings: Settings, platform: str | None = None) -> Review:
    """Every rule's findings on `disclosure`, under its platform's regime or the inferred one."""
    regime = settings.regimes.get(platform or "") or infer_regime(disclosure)
    facts = Facts(disclosure=disclosure, regime=regime, settings=settings)
    offers = disclosure.offering is not None or disclosure.doc_kind == "offering"
    rules = (OFFER_RULES if offers else ()) + DOCUMENT_RULES
    return Review(regime=regime, findings=[finding for rule in rules for finding in rule(facts)])
