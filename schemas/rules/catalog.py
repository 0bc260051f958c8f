"""Every rule's id, severity and what makes it fail: the one list reviewers and code share."""

from __future__ import annotations

from typing import NamedTuple

from schemas.disclosure import Severity


class Rule(NamedTuple):
    rule_id: str
    severity: Severity
    fails_when: str


CATALOG = (
    Rule(
        "use_of_funds_sum_mismatch",
        "error",
        "the use-of-proceeds lines do not add up to the funding target (or the maximum)",
    ),
    Rule(
        "balance_sheet_mismatch",
        "error",
        "total assets differ from total liabilities plus total equity for a year",
    ),
    Rule(
        "valuation_inconsistent",
        "error",
        "pre-money valuation, target and equity offered (or price × shares) disagree",
    ),
    Rule("equity_pct_out_of_range", "error", "the equity offered is not within (0, 100] %"),
    Rule(
        "negative_amount",
        "error",
        "a target, maximum, price, valuation or minimum investment is negative",
    ),
    Rule("missing_risk_factors", "error", "an offering document has no risk-factors section"),
    Rule(
        "missing_required_disclosure",
        "error",
        "an offering document lacks a field its regime requires (the message names it)",
    ),
    Rule(
        "registration_id_invalid",
        "error",
        "the company registration id fails its format or checksum",
    ),
    Rule(
        "deadline_before_document_date",
        "error",
        "the offering deadline is earlier than the document's own date",
    ),
    Rule(
        "revenue_contradiction",
        "error",
        "revenue quoted in the text disagrees with the income statement for that year",
    ),
    Rule("target_above_maximum", "error", "the funding target is above the maximum"),
    Rule(
        "regime_cap_exceeded",
        "error",
        "the amount sought is above what the regime allows in 12 months",
    ),
    Rule(
        "oversubscription_use_missing",
        "warning",
        "the maximum is above the target and nothing says how the excess would be used",
    ),
    Rule(
        "assurance_level_insufficient",
        "error",
        "the financial statements were examined less than the amount raised requires (Form C)",
    ),
    Rule(
        "disclosures_not_read",
        "info",
        "the regime requires disclosures this pipeline does not read: a reviewer checks them",
    ),
)
RULES = {rule.rule_id: rule for rule in CATALOG}
RULE_IDS = tuple(RULES)
