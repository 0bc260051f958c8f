"""Injected disclosure defects (issue 7): which documents of a corpus fail which rule.

A defect is one rule id of the lead's rule set (/tmp/dp/issue7_rules.md, `findings.rule_id`).
`assign_defects` spreads them over a corpus, every rule before any twice, the scarce ones (a US
offering's assurance) first; tests/corpus/injection.py then prints each one.
"""

from __future__ import annotations

import random
from collections import Counter

from tests.corpus import regimes

RULE_IDS = (
    "use_of_funds_sum_mismatch",
    "balance_sheet_mismatch",
    "valuation_inconsistent",
    "equity_pct_out_of_range",
    "negative_amount",
    "missing_risk_factors",
    "missing_required_disclosure",
    "registration_id_invalid",
    "deadline_before_document_date",
    "revenue_contradiction",
    "target_above_maximum",
    "regime_cap_exceeded",
    "oversubscription_use_missing",
    "assurance_level_insufficient",
)
# Countries whose registration ids carry a check that a broken id fails.
CHECKED_COUNTRIES = frozenset({"US", "CN", "FR", "DE", "NL", "IE"})
TERMS_RULES = (
    "use_of_funds_sum_mismatch",
    "valuation_inconsistent",
    "equity_pct_out_of_range",
    "negative_amount",
    "deadline_before_document_date",
    "target_above_maximum",
    "oversubscription_use_missing",
)
# The extractor drops an equity share outside (0, 100] from Chinese text (extractors/figures.py),
# so a Chinese plan does not carry that defect until it keeps them.
CHINESE_RULES = ("use_of_funds_sum_mismatch", "valuation_inconsistent", "negative_amount")
OFFERING_RULES = ("missing_risk_factors", "missing_required_disclosure")
STATEMENT_RULES = ("balance_sheet_mismatch", "revenue_contradiction")
DEFAULT_DEFECT_SHARE = 0.3


def carriable(kind: str, country: str | None, *, chinese: bool = False) -> tuple[str, ...]:
    """The rule ids a document of `kind` by an issuer in `country` can be made to fail."""
    rules: tuple[str, ...] = ()
    if kind == "other":
        return rules  # a press release or brochure prints no id, no terms, no statements
    if country in CHECKED_COUNTRIES:
        rules += ("registration_id_invalid",)
    regime = regimes.regime_of(country)
    if chinese:
        return rules + CHINESE_RULES
    if kind in ("business_plan", "offering"):
        rules += TERMS_RULES
        rules += ("regime_cap_exceeded",) if regime in regimes.CAPS else ()
    if kind == "offering":
        rules += OFFERING_RULES
        rules += ("assurance_level_insufficient",) if regime == "us_reg_cf" else ()
    if kind == "financial_statement":
        rules += STATEMENT_RULES
    return rules


def assign_defects(
    candidates: dict[str, tuple[str, ...]], *, seed: int, share: float = DEFAULT_DEFECT_SHARE
) -> dict[str, str]:
    """File -> rule id for a `share` of the files, and for every rule that fits somewhere as long
    as that leaves half the files without a defect.

    Each step takes the least used rule, the one with the fewest free files first, and gives it
    to one of those files at random: every rule is used before any is used twice.
    """
    rng = random.Random(f"{seed}:defects")
    placeable = {rule for rules in candidates.values() for rule in rules}
    budget = max(round(share * len(candidates)), min(len(placeable), len(candidates) // 2))
    free = {file: rules for file, rules in candidates.items() if rules}
    used: Counter[str] = Counter()
    chosen: dict[str, str] = {}
    while len(chosen) < budget and free:
        files_for = {r: sorted(f for f, rules in free.items() if r in rules) for r in RULE_IDS}
        open_rules = [r for r in RULE_IDS if files_for[r]]
        rule = min(open_rules, key=lambda r: (used[r], len(files_for[r]), RULE_IDS.index(r)))
        file = rng.choice(files_for[rule])
        chosen[file] = rule
        used[rule] += 1
        del free[file]
    return chosen
