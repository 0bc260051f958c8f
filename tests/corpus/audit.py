"""The generator's own check of issue 7's rules, over the facts a document printed.

Independent of how defects are injected: it reads only the printed facts (figures, use-of-funds
lines, the deadline, sections, the assurance, the custodian, a sentence on the excess), so a test
can ask that a document fails exactly the rules its truth lists. Tolerances allow for rounding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from tests.corpus import regimes
from tests.corpus.story import Fact

MONEY_TOLERANCE = 0.005  # relative: a printed amount may be rounded
PCT_TOLERANCE = 0.05  # percentage points
TERM_NAMES = (
    "funding_target",
    "maximum_target",
    "pre_money_valuation",
    "price_per_share",
    "minimum_investment",
)


@dataclass(frozen=True)
class Printed:
    """What one document printed, as its facts say."""

    kind: str
    regime: str
    document_date: dt.date | None
    facts: list[Fact]

    def of(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]

    def figure(self, name: str, year: int | None = None) -> float | None:
        values = [
            f.data["value"]
            for f in self.of("figure")
            if f.data["name"] == name and f.data["fiscal_year"] == year
        ]
        return values[0] if values else None


def _differ(a: float, b: float) -> bool:
    return abs(a - b) > MONEY_TOLERANCE * max(abs(a), abs(b), 1.0)


def _funds_sum(doc: Printed) -> str | None:
    target, lines = doc.figure("funding_target"), doc.of("funds")
    if target is None or not lines:
        return None
    spent = sum(
        f.data["amount"] if f.data["amount"] is not None else target * f.data["pct"] / 100
        for f in lines
    )
    return f"use of funds {spent:,.0f} vs target {target:,.0f}" if _differ(spent, target) else None


def _balance(doc: Printed) -> str | None:
    years = {f.data["fiscal_year"] for f in doc.of("figure") if f.data["name"] == "total_assets"}
    for year in sorted(y for y in years if y is not None):
        assets = doc.figure("total_assets", year)
        liabilities, equity = (
            doc.figure("total_liabilities", year),
            doc.figure("total_equity", year),
        )
        if assets is None or liabilities is None or equity is None:
            continue
        if _differ(assets, liabilities + equity):
            return f"{year}: assets {assets:,.0f} vs {liabilities + equity:,.0f}"
    return None


def _valuation(doc: Printed) -> str | None:
    target, pre = doc.figure("funding_target"), doc.figure("pre_money_valuation")
    equity = doc.figure("equity_offered_pct")
    if target is None or pre is None or equity is None or pre + target <= 0:
        return None
    implied = 100 * target / (pre + target)
    if abs(implied - equity) <= PCT_TOLERANCE:
        return None
    return f"{implied:.2f}% implied, {equity}% offered"


def _equity_range(doc: Printed) -> str | None:
    equity = doc.figure("equity_offered_pct")
    return f"equity {equity}%" if equity is not None and not 0 < equity <= 100 else None


def _negative(doc: Printed) -> str | None:
    negative = [name for name in TERM_NAMES if (doc.figure(name) or 0.0) < 0]
    return ", ".join(negative) or None


def _risks(doc: Printed) -> str | None:
    return "no risk section" if doc.kind == "offering" and not doc.of("risk") else None


def _required(doc: Printed) -> str | None:
    if doc.kind != "offering":
        return None
    present = {
        "funding target": doc.figure("funding_target") is not None,
        "deadline": bool(doc.of("deadline")),
        "use of funds": bool(doc.of("funds")),
        "financial information": any(
            f.data["kind"] == "financial_information" for f in doc.of("section")
        ),
        "management": bool(doc.of("person")),
        "custodian bank": doc.regime != "cn_internet_finance" or bool(doc.of("custodian")),
    }
    missing = [name for name, there in present.items() if not there]
    return ", ".join(missing) or None


def _registration(doc: Printed) -> str | None:
    broken = [f for f in doc.of("company") if f.data.get("registration_id_valid") is False]
    return broken[0].data["registration_id"] if broken else None


def _deadline(doc: Printed) -> str | None:
    deadlines = [dt.date.fromisoformat(f.data["deadline"]) for f in doc.of("deadline")]
    if not deadlines or doc.document_date is None:
        return None
    return str(deadlines[0]) if deadlines[0] < doc.document_date else None


def _revenue(doc: Printed) -> str | None:
    for quote in doc.of("revenue_quote"):
        stated = doc.figure("revenue", quote.data["fiscal_year"])
        if stated is not None and _differ(stated, quote.data["value"]):
            return f"quoted {quote.data['value']:,.0f}, statement {stated:,.0f}"
    return None


def _target_maximum(doc: Printed) -> str | None:
    target, maximum = doc.figure("funding_target"), doc.figure("maximum_target")
    if target is None or maximum is None:
        return None
    return f"{target:,.0f} > {maximum:,.0f}" if target > maximum else None


def _cap(doc: Printed) -> str | None:
    cap = regimes.CAPS.get(doc.regime)
    amount = doc.figure("maximum_target") or doc.figure("funding_target")
    if cap is None or amount is None:
        return None
    return f"{amount:,.0f} > {cap:,.0f}" if amount > cap else None


def _excess(doc: Printed) -> str | None:
    target, maximum = doc.figure("funding_target"), doc.figure("maximum_target")
    if target is None or maximum is None or maximum <= target or not doc.of("funds"):
        return None
    return None if doc.of("excess_use") else "no use stated for the excess"


def _assurance(doc: Printed) -> str | None:
    """A US offering with financial information must state an adequate assurance."""
    if doc.regime != "us_reg_cf" or doc.kind != "offering" or not doc.of("section"):
        return None
    amount = doc.figure("maximum_target") or doc.figure("funding_target")
    stated = [f.data["level"] for f in doc.of("assurance")]
    if amount is None:
        return None
    if not stated:
        return "no assurance stated"
    least = regimes.least_assurance(amount)
    ranks = regimes.ASSURANCE_LEVELS
    return f"{stated[0]} < {least}" if ranks.index(stated[0]) < ranks.index(least) else None


RULES: dict[str, Callable[[Printed], str | None]] = {
    "use_of_funds_sum_mismatch": _funds_sum,
    "balance_sheet_mismatch": _balance,
    "valuation_inconsistent": _valuation,
    "equity_pct_out_of_range": _equity_range,
    "negative_amount": _negative,
    "missing_risk_factors": _risks,
    "missing_required_disclosure": _required,
    "registration_id_invalid": _registration,
    "deadline_before_document_date": _deadline,
    "revenue_contradiction": _revenue,
    "target_above_maximum": _target_maximum,
    "regime_cap_exceeded": _cap,
    "oversubscription_use_missing": _excess,
    "assurance_level_insufficient": _assurance,
}


def failed_rules(doc: Printed) -> dict[str, str]:
    """Rule id -> why, for every rule the printed facts fail."""
    found = {rule: check(doc) for rule, check in RULES.items()}
    return {rule: why for rule, why in found.items() if why is not None}
