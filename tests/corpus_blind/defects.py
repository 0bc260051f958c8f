"""The rule ids a document can break on purpose, and which documents get which.

About 30% of the readable documents carry exactly one defect. Every rule id is used once before
any is used twice; a rule only goes to a document kind that can show it (an assurance level only
to a Form C, a custodian bank only to a Chinese offering...).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

UOF, VAL, PCT = "use_of_funds_sum_mismatch", "valuation_inconsistent", "equity_pct_out_of_range"
RISK, REG, DATE = "missing_risk_factors", "registration_id_invalid", "deadline_before_document_date"
BS, REV = "balance_sheet_mismatch", "revenue_contradiction"
NEG, MISSING = "negative_amount", "missing_required_disclosure"
TAM, CAP = "target_above_maximum", "regime_cap_exceeded"
OVER, ASSURANCE = "oversubscription_use_missing", "assurance_level_insufficient"
RULES = (UOF, VAL, PCT, RISK, REG, DATE, BS, REV, NEG, MISSING, TAM, CAP, OVER, ASSURANCE)

# What an offering document must disclose under every regime; a Chinese offering also names the
# bank that holds investors' money.
REQUIRED = ("funding_target", "deadline", "use_of_funds", "financial_statements", "management")
REQUIRED_CN = (*REQUIRED, "custodian_bank")
DEFAULT_SHARE = 0.3


def missing_item(defect: str | None, rng: random.Random, *, china: bool = False) -> str | None:
    """The required item a document leaves out, when its defect is a missing disclosure."""
    if defect != MISSING:
        return None
    return rng.choice(REQUIRED_CN if china else REQUIRED)


def assign(
    kinds: Sequence[str],
    carries: Mapping[str, Sequence[str]],
    n_defects: int,
    rng: random.Random,
) -> list[str | None]:
    """A defect (or None) per document. Rules rotate: each round uses every rule that still has
    a document able to carry it; within a round the rule fewest documents can carry goes first,
    so that an assurance defect still finds a Form C after the others have had their pick."""
    out: list[str | None] = [None] * len(kinds)
    free = list(range(len(kinds)))
    rng.shuffle(free)
    rotation = list(RULES)
    rng.shuffle(rotation)
    given = 0
    while given < n_defects:
        live = [r for r in rotation if any(r in carries[kinds[i]] for i in free)]
        if not live:
            break
        this_round = live[: n_defects - given]
        for rule in sorted(this_round, key=lambda r: sum(r in carries[kinds[i]] for i in free)):
            doc = next((i for i in free if rule in carries[kinds[i]]), None)
            if doc is None:
                continue
            free.remove(doc)
            out[doc] = rule
            given += 1
    return out
