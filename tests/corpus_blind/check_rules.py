"""The self-check's half about disclosure rules: each injected defect is really in the document,
and a document without one passes every rule of the issue-7 rule set.

Works on one truth record and its page texts; returns problems as plain messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tests.corpus_blind import defects as D
from tests.corpus_blind.regimes import CAPS, US, assurance_needed, enough, regime_of

Record = dict[str, Any]
Figures = dict[tuple[str, Any], float]
TERM_NAMES = ("funding_target", "maximum_target", "price_per_share", "pre_money_valuation",
              "minimum_investment")  # fmt: skip
SIGN = r"[-\u2212(][^\d\s]{0,4}\s?"  # '-', '−' or '(' then at most a currency before the digits
WORDS = {
    "audited": re.compile(r"(?<!un)audit|Auditor|审计报告", re.IGNORECASE),
    "reviewed": re.compile(r"reviewed", re.IGNORECASE),
    "certified": re.compile(r"certif", re.IGNORECASE),
    "unaudited": re.compile(r"unaudited", re.IGNORECASE),
}
FIRST_RAISE = re.compile(r"first Regulation CF offering: (yes|no)")
Printed = Callable[[float, str], list[str]]  # the forms a value is printed in


def figures(rec: Record) -> Figures:
    return {(f["name"], f["fiscal_year"]): f["value"] for f in rec["figures"]}


def rule_problems(rec: Record, pages: list[str], forms: Printed) -> list[str]:
    """Every disagreement between the record's defects and what the document shows."""
    fig = figures(rec)
    out = _terms(rec, fig, pages, forms)
    out += _regime(rec, fig)
    out += _required(rec, fig)
    out += _overfunding(rec, fig, pages)
    out += _assurance(rec, fig, "\n".join(pages))
    return out


def _terms(rec: Record, fig: Figures, pages: list[str], forms: Printed) -> list[str]:
    """Signs, target against maximum, deadline against the document's date."""
    d, out = set(rec["defects"]), []
    negative = [n for n in TERM_NAMES if fig.get((n, None), 0.0) < 0]
    if bool(negative) != (D.NEG in d) or (negative and negative != [rec["defect_detail"]]):
        out.append(f"negative terms {negative} vs defects {sorted(d)}")
    for name in negative:
        value = fig[(name, None)]
        page = next(f["page_no"] for f in rec["figures"] if f["name"] == name)
        text = pages[page - 1]
        if not any(re.search(SIGN + re.escape(c), text) for c in forms(value, text)):
            out.append(f"{name} {value} printed without a minus sign on page {page}")
    target, cap = fig.get(("funding_target", None)), fig.get(("maximum_target", None))
    if target and cap and (target > cap) != (D.TAM in d):
        out.append(f"target {target} vs maximum {cap} and defects {sorted(d)}")
    if D.TAM in d and not (target and cap):
        out.append("target-above-maximum defect without both amounts")
    dated, deadline = rec["document_date"], rec["deadline"]
    if dated and deadline and (deadline < dated) != (D.DATE in d):
        out.append(f"deadline {deadline} vs document date {dated} and defects {sorted(d)}")
    if D.DATE in d and not (dated and deadline):
        out.append("deadline defect without a deadline and a document date")
    return out


def _regime(rec: Record, fig: Figures) -> list[str]:
    """The regime follows the issuer's country; an offer stays under its regime's cap."""
    d, out = set(rec["defects"]), []
    country = rec["company"]["country"]
    if country and rec["regime"] != regime_of(country):
        out.append(f"regime {rec['regime']} for an issuer in {country}")
    cap = CAPS.get(rec["regime"])
    amount = fig.get(("maximum_target", None)) or fig.get(("funding_target", None))
    over = bool(cap and amount and amount > cap)
    if over != (D.CAP in d):
        out.append(f"amount {amount} against cap {cap} and defects {sorted(d)}")
    if D.CAP in d and rec["doc_kind"] != "offering":
        out.append("cap defect on a document that offers nothing")
    return out


def _present(rec: Record, fig: Figures) -> dict[str, bool]:
    """Which required items the document discloses."""
    return {
        "funding_target": ("funding_target", None) in fig,
        "deadline": rec["deadline"] is not None,
        "use_of_funds": bool(rec["use_of_funds"]),
        "financial_statements": any(y is not None for _, y in fig) or bool(rec["statement_lines"]),
        "management": bool(rec["people"]),
        "custodian_bank": rec["custodian_bank"] is not None,
    }


def _required(rec: Record, fig: Figures) -> list[str]:
    """An offering document discloses everything its regime asks for, bar the one left out."""
    d, out = set(rec["defects"]), []
    if rec["doc_kind"] != "offering":
        return ["missing disclosure on a document that offers nothing"] if D.MISSING in d else []
    china = rec["regime"] == "cn_internet_finance"
    items = D.REQUIRED_CN if china else D.REQUIRED
    present = _present(rec, fig)
    absent = [k for k in items if not present[k]]
    wanted = [rec["defect_detail"]] if D.MISSING in d else []
    if absent != wanted:
        out.append(f"required items absent {absent}, defect says {wanted}")
    if rec["has_risk_section"] == (D.RISK in d):
        out.append("risk section flag and missing_risk_factors disagree")
    if rec["custodian_bank"] and not china:
        out.append("a custodian bank outside China")
    if not rec["document_date"]:
        out.append("an offering document without its own date")
    return out


def _overfunding(rec: Record, fig: Figures, pages: list[str]) -> list[str]:
    """Money between the target and the maximum has a stated use, unless that is the defect."""
    d, out = set(rec["defects"]), []
    target, cap = fig.get(("funding_target", None)), fig.get(("maximum_target", None))
    said = rec["oversubscription_use"]
    relevant = bool(target and cap and cap > target and rec["use_of_funds"])
    if relevant and (said is None) != (D.OVER in d):
        out.append(f"maximum {cap} > target {target}: excess use {said} vs {sorted(d)}")
    if D.OVER in d and (not relevant or None in [u["amount"] for u in rec["use_of_funds"]]):
        out.append("oversubscription defect without target, maximum and use-of-funds amounts")
    if said is None:
        return out
    if not (target and cap) or abs(said["amount"] - (cap - target)) > 0.01 or not relevant:
        out.append(f"excess use {said} for target {target} and maximum {cap}")
    if said["form"] == "lines":
        text = pages[said["page_no"] - 1].lower()
        lost = [c for c in said["categories"] if c.lower()[:12] not in text.replace("\n", " ")]
        if lost:
            out.append(f"excess use categories {lost} not on page {said['page_no']}")
    return out


def _assurance(rec: Record, fig: Figures, text: str) -> list[str]:
    """A Form C's statements carry the assurance its amount needs; every level is printed."""
    d, out = set(rec["defects"]), []
    level = rec["assurance"]
    if level and not WORDS[level].search(text):
        out.append(f"assurance {level} not stated")
    us_offer = rec["regime"] == US and rec["doc_kind"] == "offering"
    if us_offer and level is None and rec["defect_detail"] != "financial_statements":
        out.append("a Form C that does not say who stands behind its statements")
    amounts = [v for k in ("funding_target", "maximum_target") if (v := fig.get((k, None)))]
    if not (us_offer and level and amounts):
        return out + (["assurance defect without a Form C amount"] if D.ASSURANCE in d else [])
    first = FIRST_RAISE.search(rec["notes"] or "")
    needed = assurance_needed(max(amounts), first_raise=bool(first and first.group(1) == "yes"))
    if enough(level, needed) == (D.ASSURANCE in d):
        out.append(f"assurance {level} for {max(amounts)} (needs {needed}), defects {sorted(d)}")
    return out
