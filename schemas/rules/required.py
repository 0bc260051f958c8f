"""What each regime requires an offering document to disclose, as pydantic models.

A document is checked by validating what it discloses against its regime's model: each field
the model requires and the document lacks is a `missing_required_disclosure` finding naming the
field (with the severity the field's metadata gives), not a crash. Fields a regime requires but
this pipeline does not read (20%-holders, indebtedness, ...) are listed in `NOT_READ`: a
reviewer checks those by hand, and the findings say so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from schemas.disclosure import Disclosure, Severity
from schemas.regimes import Regime


class Evidence(BaseModel):
    """Where a required disclosure is made."""

    page_no: int
    text: str


def _required(label: str, severity: Severity = "error") -> Any:
    return Field(description=label, json_schema_extra={"severity": severity})


class OfferingDocument(BaseModel):
    """What any offering document must state, whatever its regime."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    CITATION: ClassVar[str] = "an offering document"
    NOT_READ: ClassVar[tuple[str, ...]] = ()

    funding_target: float = _required("the funding target (the amount sought)")
    deadline: dt.date = _required("the offering deadline")
    use_of_funds: Evidence = _required("the use of the funds raised")
    financial_information: Evidence = _required(
        "financial information (statements or key figures)", "warning"
    )
    management: Evidence = _required("the management (officers and directors)", "warning")


class FormC(OfferingDocument):
    """US Regulation Crowdfunding, Form C (17 CFR 227.201)."""

    CITATION: ClassVar[str] = "Form C (17 CFR 227.201)"
    NOT_READ: ClassVar[tuple[str, ...]] = (
        "holders of 20% or more of the voting equity (227.201(c))",
        "the capital structure and the terms of the securities (227.201(m))",
        "indebtedness (227.201(p))",
        "how oversubscriptions are allocated (227.201(h))",
    )

    issuer_name: str = _required("the issuer's name (227.201(a))")


class KeyInvestmentInformationSheet(OfferingDocument):
    """EU crowdfunding key investment information sheet (Regulation 2020/1503, Annex I)."""

    CITATION: ClassVar[str] = "the key investment information sheet (Regulation 2020/1503)"
    NOT_READ: ClassVar[tuple[str, ...]] = (
        "the rights attached to the securities (Annex I, Part F)",
        "the investor's pre-contractual reflection period (Annex I, Part E)",
    )

    issuer_name: str = _required("the project owner's name (Annex I, Part A)")


class ChinaOffering(OfferingDocument):
    """China, Guiding Opinions on promoting the healthy development of Internet finance (2015)."""

    CITATION: ClassVar[str] = "the 2015 Guiding Opinions on Internet finance"
    NOT_READ: ClassVar[tuple[str, ...]] = ("the rights of investors (投资者权益)",)

    custodian: Evidence = _required(
        "a custodian bank holding investors' money (资金存管)", "warning"
    )


SCHEMAS: dict[Regime, type[OfferingDocument]] = {
    "us_reg_cf": FormC,
    "eu_ecsp": KeyInvestmentInformationSheet,
    "cn_internet_finance": ChinaOffering,
    "other": OfferingDocument,
}


def missing_fields(regime: Regime, disclosed: dict[str, Any]) -> list[tuple[str, str, Severity]]:
    """(field, its label, severity) for each field `regime` requires and `disclosed` lacks."""
    schema = SCHEMAS[regime]
    try:
        schema.model_validate(disclosed)
    except ValidationError as error:
        missing = []
        for detail in error.errors():
            name = str(detail["loc"][0])
            info = schema.model_fields[name]
            extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
            missing.append((name, info.description or name, extra.get("severity", "error")))
        return missing  # type: ignore[return-value]
    return []


def required_fields(regime: Regime) -> dict[str, str]:
    """Each field `regime` requires, with its label."""
    return {name: info.description or name for name, info in SCHEMAS[regime].model_fields.items()}


def disclosed_fields(disclosure: Disclosure) -> dict[str, Any]:
    """What `disclosure` states of the fields any regime requires (absent ones left out)."""
    offering, company = disclosure.offering, disclosure.company
    fields: dict[str, Any] = {
        "funding_target": offering.funding_target if offering else None,
        "deadline": offering.deadline if offering else None,
        "issuer_name": company.company_name,
        "use_of_funds": _section(disclosure, "use_of_funds") or _first(disclosure.use_of_funds),
        "financial_information": _section(disclosure, "financial_statements")
        or _first(disclosure.statement_lines)
        or _first(f for f in disclosure.figures if f.fiscal_year and f.name != "employees"),
        "management": _section(disclosure, "management") or _first(disclosure.people),
        "custodian": _mention(disclosure.custodian),
    }
    return {name: value for name, value in fields.items() if value is not None}


def _section(disclosure: Disclosure, kind: str) -> Evidence | None:
    section = next((s for s in disclosure.sections if s.kind == kind), None)
    return Evidence(page_no=section.page_no, text=section.heading) if section else None


def _first(records: Any) -> Evidence | None:
    for record in records:
        text = getattr(record, "evidence", None) or getattr(record, "label", "")
        return Evidence(page_no=record.page_no, text=str(text) or f"page {record.page_no}")
    return None


def _mention(mention: Any) -> Evidence | None:
    return Evidence(page_no=mention.page_no, text=mention.evidence) if mention else None
