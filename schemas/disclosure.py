"""What a document discloses, as typed records ready to load.

Units follow the contract: money in full units with an ISO 4217 code, percentages 0-100,
pages 1-based. Every figure carries the page and the text it was read from.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.fingerprint import Fingerprint
from schemas.pdf import BBox

DocKind = Literal["business_plan", "offering", "financial_statement", "other"]
Source = Literal["text", "table"]

OFFERING_FIGURES = (
    "funding_target",
    "maximum_target",
    "equity_offered_pct",
    "pre_money_valuation",
    "price_per_share",
    "minimum_investment",
)
FINANCIAL_FIGURES = (
    "revenue",
    "net_income",
    "total_assets",
    "total_liabilities",
    "total_equity",
    "cash",
)
SHARE_FIGURES = ("shares_offered", "shares_before_offering")
"""Share counts: the shares the offering sells, and those issued before it (price checks)."""
FIGURE_NAMES = (*OFFERING_FIGURES, *FINANCIAL_FIGURES, "employees", *SHARE_FIGURES)
UNITLESS_FIGURES = ("equity_offered_pct", "employees", *SHARE_FIGURES)
ROLES = (
    "founder",
    "co_founder",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chair",
    "president",
    "director",
    "secretary",
    "treasurer",
    "officer",
    "other",
)

_CURRENCY = r"^[A-Z]{3}$"
_YEAR = Field(None, ge=1900, le=2100)


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PageText(Record):
    """A page's reading-order text, as loaded into `pages`."""

    page_no: int = Field(ge=1)
    text: str
    columns: int = Field(1, ge=1)
    table_count: int = Field(0, ge=0)


class Entity(Record):
    """A named-entity mention; offsets are characters into the page text."""

    page_no: int = Field(ge=1)
    label: str = Field(min_length=1)
    text: str = Field(min_length=1)
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)
    source: Literal["model", "rule"] = "model"


class Figure(Record):
    """A key figure with its evidence: where it was printed and the words around it."""

    name: str
    value: float
    currency: str | None = Field(None, pattern=_CURRENCY)
    fiscal_year: int | None = _YEAR
    page_no: int = Field(ge=1)
    evidence: str = Field(min_length=1)
    source: Source
    bbox: BBox | None = None

    @field_validator("name")
    @classmethod
    def _known_name(cls, name: str) -> str:
        if name not in FIGURE_NAMES:
            raise ValueError(f"unknown figure name {name!r}")
        return name

    @model_validator(mode="after")
    def _no_currency_on_unitless(self) -> Figure:
        if self.currency is not None and self.name in UNITLESS_FIGURES:
            raise ValueError(f"{self.name} carries no currency")
        return self


class Projection(Figure):
    """A forward-looking amount a plan prints for a year: never a statement figure."""

    fiscal_year: int = Field(ge=1900, le=2100)

    @field_validator("name")
    @classmethod
    def _financial(cls, name: str) -> str:
        if name not in FINANCIAL_FIGURES:
            raise ValueError(f"{name!r} is no projected statement figure")
        return name


class FundsLine(Record):
    """One line of the use of proceeds: an amount, a share, or both."""

    category: str = Field(min_length=1)
    amount: float | None = None
    currency: str | None = Field(None, pattern=_CURRENCY)
    pct: float | None = None
    page_no: int = Field(ge=1)
    evidence: str = Field(min_length=1)
    source: Source
    amount_at_maximum: float | None = Field(
        None, description="What the line gets if the maximum is raised, where a column says."
    )
    amount_from_share: bool = Field(
        False, description="The document prints only the share; the amount is that of the raise."
    )


class Person(Record):
    """A person the document names with a role."""

    name: str = Field(min_length=2)  # 王伟
    role: str
    page_no: int = Field(ge=1)
    evidence: str = Field(min_length=1)

    @field_validator("role")
    @classmethod
    def _known_role(cls, role: str) -> str:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        return role


class Company(Record):
    """The issuer the document discloses."""

    company_name: str | None = None
    registration_id: str | None = None
    registration_kind: str | None = Field(
        None, description="us_ein | cn_uscc | eu_vat | uk_crn | other"
    )
    registration_id_valid: bool | None = None
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    region: str | None = None
    city: str | None = None
    founded_year: int | None = _YEAR
    employees: int | None = Field(None, ge=0)
    page_no: int | None = Field(None, ge=1)
    evidence: str | None = None


class Offering(Record):
    """The offering terms, one row per document that states any."""

    currency: str | None = Field(None, pattern=_CURRENCY)
    funding_target: float | None = None
    maximum_target: float | None = None
    equity_offered_pct: float | None = None
    pre_money_valuation: float | None = None
    price_per_share: float | None = None
    minimum_investment: float | None = None
    deadline: dt.date | None = None
    deadline_page_no: int | None = Field(None, ge=1)
    deadline_evidence: str | None = None


StatementKind = Literal[
    "balance_sheet", "income_statement", "comprehensive_income", "cash_flow", "equity", "summary"
]
STATEMENT_FIGURES = {
    "revenue": "income_statement",
    "net_income": "income_statement",
    "total_assets": "balance_sheet",
    "total_liabilities": "balance_sheet",
    "total_equity": "balance_sheet",
    "cash": "balance_sheet",
}
"""The key financial figures and the primary statement each is read from."""


class StatementLine(Record):
    """One printed line of a primary financial statement, for one period column."""

    statement: StatementKind
    title: str = Field(description="The statement's title as printed.")
    label: str = Field(min_length=1, description="The line's label as printed.")
    line_item: str | None = Field(None, description="The vocabulary item, None for others.")
    period_end: dt.date | None = None
    period_months: int | None = Field(None, ge=1, le=12, description="None at a point in time.")
    fiscal_year: int | None = _YEAR
    consolidated: bool = Field(
        False, description="The group's consolidated statement (合并); False for one entity's own."
    )
    value: float = Field(description="Full units, sign included.")
    printed: str = Field(min_length=1, description="The value as printed: `(1,234)`.")
    scale: float = Field(gt=0, description="Multiplier the statement's unit declares.")
    currency: str | None = Field(None, pattern=_CURRENCY)
    page_no: int = Field(ge=1)
    bbox: BBox | None = None


SectionKind = Literal[
    "risk_factors", "use_of_funds", "financial_statements", "management", "business", "offer"
]
AssuranceLevel = Literal["audited", "reviewed", "certified", "unaudited"]


class Section(Record):
    """A section the document discloses under a heading (or a primary statement it prints)."""

    kind: SectionKind
    heading: str = Field(min_length=1, description="The heading as printed.")
    page_no: int = Field(ge=1)


class Mention(Record):
    """A fact stated in words (a custodian bank, an assurance level), with its evidence."""

    value: str = Field(min_length=1, description="The fact: a bank's name, `audited`, ...")
    page_no: int = Field(ge=1)
    evidence: str = Field(min_length=1)


class Disclosure(Record):
    """Everything extracted from one document: the record the warehouse loads."""

    doc_id: str = Field(pattern=r"^[0-9a-f]{64}$")
    doc_kind: DocKind
    language: str = Field(pattern=r"^[a-z]{2}$")
    page_count: int = Field(ge=1)
    title: str = ""
    document_date: dt.date | None = None
    pages: list[PageText]
    entities: list[Entity] = Field(default_factory=list)
    company: Company = Field(default_factory=Company)
    people: list[Person] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    use_of_funds: list[FundsLine] = Field(default_factory=list)
    offering: Offering | None = None
    has_risk_section: bool = False
    sections: list[Section] = Field(default_factory=list, description="In page order.")
    assurance: Mention | None = Field(
        None, description="How far the financial statements were examined: an AssuranceLevel."
    )
    excess_use: Mention | None = Field(
        None, description="Where the document says how money above the target would be used."
    )
    crowdfunding_history: Mention | None = Field(
        None, description="`prior` or `first`: whether the issuer raised by crowdfunding before."
    )
    custodian: Mention | None = Field(
        None, description="The bank holding investors' money until the raise closes."
    )
    statement_lines: list[StatementLine] = Field(default_factory=list)
    quoted: list[Figure] = Field(
        default_factory=list,
        description="Statement figures the text quotes where the document prints the statement "
        "itself (checked against it, never loaded as figures).",
    )
    projections: list[Projection] = Field(default_factory=list)
    fingerprint: Fingerprint | None = Field(None, description="Shingles for copy detection.")


Severity = Literal["error", "warning", "info"]


class Finding(Record):
    """A disclosure rule evaluated on a document (the rules themselves live in `schemas.rules`)."""

    rule_id: str = Field(min_length=1)
    passed: bool | None = Field(description="None when the document lacks what the rule needs.")
    severity: Severity
    message: str
    evidence: str | None = None
    page_no: int | None = Field(None, ge=1)
    fiscal_year: int | None = _YEAR
    source: Literal["rule", "expectation"] = Field(
        "rule", description="A disclosure rule, or a Great Expectations batch check."
    )
