"""Rules on what an offering document must contain: sections, fields, assurance, a valid id."""

from __future__ import annotations

import re

from schemas.disclosure import Finding
from schemas.rules.facts import Facts
from schemas.rules.required import SCHEMAS, disclosed_fields, missing_fields, required_fields

ASSURANCE_ORDER = ("unaudited", "certified", "reviewed", "audited")
"""Levels of examination of financial statements, weakest first."""
FORM_C_ASSURANCE = (
    (124_000.0, "certified"),
    (618_000.0, "reviewed"),
    (1_235_000.0, "reviewed"),  # a first raise; later ones need audited statements
)
"""17 CFR 227.201(t): the least assurance required for the amount raised in 12 months (USD)."""
FIRST_RAISE_BAND = (618_000.0, 1_235_000.0)
_DATE = (
    r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,?"
    r" \d{4})"
)
_AMOUNT = (
    r"(?:[$€£¥￥]\s?\d|\d[\d,.\s]*\s?(?:[kKmM]\b|万|亿|元|USD|EUR|GBP|CNY|dollars|euros|pounds))"
)
UNREAD_HINTS = {
    "deadline": re.compile(
        rf"(?:deadline|clos(?:es|ing|e)|(?<!year )(?<!year-)(?<!period )ends?\b|until|expires"
        rf"|截止|结束)[^\n]{{0,60}}?"
        rf"(?P<value>{_DATE})|(?P<value_first>{_DATE})[^\n]{{0,30}}?(?:deadline|closing|截止)",
        re.I,
    ),
    "funding_target": re.compile(
        rf"(?:target|threshold|goal|raise\b|raising|seek\w*|融资|募集)[^\n]{{0,40}}?(?P<value>{_AMOUNT})"
        # not an earlier round (`The 2023 round raised 1,330,000 GBP`), nor the size of a
        # market (`We are targeting a £18.5 billion market`)
        r"(?![\d,.]*(?:\s+[\w-]+){0,3}?\s+(?:market|industry|sector|opportunity|TAM|SAM)\b)",
        re.I,
    ),
}
"""Words that suggest a required field is stated where the extractors read none."""


def missing_required_disclosure(facts: Facts) -> list[Finding]:
    """Each field the regime's schema requires for an offering document, present or not."""
    if not facts.is_offering:
        return []
    disclosed = disclosed_fields(facts.disclosure)
    citation = SCHEMAS[facts.regime].CITATION
    missing = {
        name: (label, severity) for name, label, severity in missing_fields(facts.regime, disclosed)
    }
    findings = []
    for name, label in required_fields(facts.regime).items():
        if name in missing and (hint := _unread(facts, name)) is not None:
            hint_page, hint_text = hint
            message = (
                f"Not checked: {label} may be stated on page {hint_page} but was not read; "
                "a reviewer should confirm it."
            )
            findings.append(
                facts.finding(
                    "missing_required_disclosure",
                    None,
                    message,
                    evidence=hint_text,
                    page_no=hint_page,
                    severity="info",
                )
            )
            continue
        if name in missing:
            message = f"The document does not state {label}, which {citation} requires."
            findings.append(
                facts.finding(
                    "missing_required_disclosure", False, message, severity=missing[name][1]
                )
            )
            continue
        where = disclosed[name]
        page_no = getattr(where, "page_no", None)
        message = f"States {label}" + (f" (page {page_no})." if page_no else ".")
        findings.append(
            facts.finding("missing_required_disclosure", True, message, page_no=page_no)
        )
    return findings


def _unread(facts: Facts, name: str) -> tuple[int, str] | None:
    """Where the document seems to state a field the extractors did not read (a deadline cue
    beside a date, a target cue beside an amount that no figure read): then its absence is
    not a finding."""
    pattern = UNREAD_HINTS.get(name)
    if pattern is None:
        return None
    for page in facts.disclosure.pages:
        read = [f.evidence for f in facts.disclosure.figures if f.page_no == page.page_no]
        for found in pattern.finditer(page.text):
            group = "value" if found["value"] else "value_first"
            # An amount in full (`$4` of `$4,500,000.00`); a date as matched (`30 June 2025`).
            value = (
                found[group] if name == "deadline" else page.text[found.start(group) :].split()[0]
            )
            if any(value in evidence for evidence in read):
                continue  # the value was read as another figure (`融资前估值：人民币840万元`)
            start = page.text.rfind("\n", 0, found.start()) + 1
            end = page.text.find("\n", found.end())
            return page.page_no, " ".join(page.text[start : end if end >= 0 else None].split())
    return None


def missing_risk_factors(facts: Facts) -> list[Finding]:
    """An offering document discloses its risk factors under a heading of their own."""
    if not facts.is_offering:
        return []
    disclosure = facts.disclosure
    section = next((s for s in disclosure.sections if s.kind == "risk_factors"), None)
    if section is not None:
        message = f"Risk factors are disclosed under '{section.heading}' (page {section.page_no})."
        return [
            facts.finding(
                "missing_risk_factors",
                True,
                message,
                evidence=section.heading,
                page_no=section.page_no,
            )
        ]
    if disclosure.has_risk_section:
        return [facts.finding("missing_risk_factors", True, "Risk factors are disclosed.")]
    message = "The offering document has no risk-factors section: investors are not told the risks."
    return [facts.finding("missing_risk_factors", False, message)]


def assurance_level_insufficient(facts: Facts) -> list[Finding]:
    """Form C: the statements examined at least as far as the amount raised requires."""
    if facts.regime != "us_reg_cf" or not facts.is_offering:
        return []
    sought = facts.term("maximum_target") or facts.term("funding_target")
    assurance = facts.disclosure.assurance
    if sought is None or assurance is None:
        what = "no amount sought" if sought is None else "the statements' assurance is not stated"
        return [facts.lacking("assurance_level_insufficient", what)]
    history = facts.disclosure.crowdfunding_history
    later = history is not None and history.value == "prior"
    tiers = FORM_C_ASSURANCE[:-1] if later else FORM_C_ASSURANCE  # a later raise: no first band
    needed = next((level for limit, level in tiers if sought.value <= limit), "audited")
    level = assurance.value
    have, need = ASSURANCE_ORDER.index(level), ASSURANCE_ORDER.index(needed)
    amount = facts.money(sought.value, sought.currency)
    if have >= need:
        message = f"{level.capitalize()} statements suffice for {amount}."
        if level == "reviewed" and FIRST_RAISE_BAND[0] < sought.value <= FIRST_RAISE_BAND[1]:
            message += " (for a first Regulation Crowdfunding raise; later ones need audited)"
        passed = True
    else:
        message = f"Raising {amount} requires {needed} financial statements; these are {level}."
        if later:
            message += " The issuer has raised by Regulation Crowdfunding before."
        passed = False
    return [
        facts.finding(
            "assurance_level_insufficient",
            passed,
            message,
            evidence=assurance.evidence,
            page_no=assurance.page_no,
        )
    ]


def registration_id_invalid(facts: Facts) -> list[Finding]:
    """The company registration id passes its format and checksum."""
    company = facts.disclosure.company
    if not company.registration_id:
        return [facts.lacking("registration_id_invalid", "the document states no registration id")]
    kind = (company.registration_kind or "registration id").replace("_", " ").upper()
    where = {"evidence": company.evidence, "page_no": company.page_no}
    if company.registration_id_valid is None:
        what = f"{company.registration_id} is of a kind with no known checksum"
        return [facts.lacking("registration_id_invalid", what, page_no=company.page_no)]
    if company.registration_id_valid:
        message = f"{kind} {company.registration_id} passes its format and checksum."
        return [facts.finding("registration_id_invalid", True, message, **where)]  # type: ignore[arg-type]
    message = f"{kind} {company.registration_id} fails its format or checksum."
    return [facts.finding("registration_id_invalid", False, message, **where)]  # type: ignore[arg-type]


def disclosures_not_read(facts: Facts) -> list[Finding]:
    """The regime's required disclosures this pipeline does not read, for a reviewer to check."""
    not_read = SCHEMAS[facts.regime].NOT_READ
    if not facts.is_offering or not not_read:
        return []
    message = "For a reviewer to check by hand: " + "; ".join(not_read) + "."
    return [facts.finding("disclosures_not_read", None, message)]
