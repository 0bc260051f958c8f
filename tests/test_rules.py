"""Every disclosure rule: a consistent document passes all of them; each defect fails its rule.

The documents are built as `Disclosure` models (what the extractors hand the rules), so each
test states exactly the facts a rule decides on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from schemas import (
    Company,
    Disclosure,
    Figure,
    FundsLine,
    Mention,
    Offering,
    PageText,
    Person,
    Section,
    Settings,
    StatementLine,
)
from schemas.regimes import infer_regime
from schemas.rules import RULE_IDS, review

DOC_ID = "a" * 64
SETTINGS = Settings()


def money(name: str, value: float, page_no: int = 1, **extra: Any) -> Figure:
    evidence = extra.pop("evidence", f"{name.replace('_', ' ')}: ${value:,.2f}")
    extra.setdefault("source", "text")
    return Figure(
        name=name, value=value, currency="USD", page_no=page_no, evidence=evidence,
        **extra,
    )  # fmt: skip


def pct(value: float) -> Figure:
    return Figure(
        name="equity_offered_pct",
        value=value,
        page_no=1,
        evidence=f"{value}% equity",
        source="text",
    )


def count(name: str, value: float) -> Figure:
    return Figure(name=name, value=value, page_no=1, evidence=f"{value:,.0f} shares", source="text")


def sheet(item: str, value: float, *, year: int = 2024) -> StatementLine:
    label = item.replace("_", " ").title()
    return StatementLine(
        statement="balance_sheet", title="Balance Sheet", label=label, line_item=item,
        period_end=dt.date(year, 12, 31), fiscal_year=year, value=value, printed=f"{value:,.0f}",
        scale=1.0, currency="USD", page_no=3,
    )  # fmt: skip


TERMS = {
    "funding_target": 500_000.0,
    "maximum_target": 1_000_000.0,
    "pre_money_valuation": 4_500_000.0,
    "price_per_share": 1.25,
    "minimum_investment": 250.0,
}


def form_c(**overrides: Any) -> Disclosure:
    """A US Regulation Crowdfunding offering that every rule passes."""
    terms = {**TERMS, **overrides.pop("terms", {})}
    figures = [money(name, value) for name, value in terms.items() if value is not None]
    figures += [pct(overrides.pop("equity", 10.0))]
    figures += [count("shares_offered", 400_000), count("shares_before_offering", 3_600_000)]
    figures += [money("revenue", 812_400.0, page_no=3, fiscal_year=2024, source="table")]
    funds = overrides.pop("funds", [("Product", 300_000.0), ("Marketing", 200_000.0)])
    values: dict[str, Any] = {
        "doc_id": DOC_ID,
        "doc_kind": "offering",
        "language": "en",
        "page_count": 4,
        "document_date": dt.date(2025, 3, 1),
        "pages": [
            PageText(page_no=1, text="Form C. Offering under Regulation Crowdfunding."),
            PageText(
                page_no=2,
                text="If we raise more than the target, the additional funds go to hiring.",
            ),
            PageText(page_no=3, text="Balance Sheet"),
            PageText(page_no=4, text="Risk Factors"),
        ],
        "excess_use": Mention(
            value="stated",
            page_no=2,
            evidence="If we raise more than the target, the additional funds go to hiring.",
        ),
        "company": Company(
            company_name="Acme Robotics Inc.",
            registration_id="46-1234567",
            registration_kind="us_ein",
            registration_id_valid=True,
            country="US",
            page_no=1,
            evidence="EIN 46-1234567",
        ),
        "people": [Person(name="Ada Lane", role="ceo", page_no=2, evidence="Ada Lane, CEO")],
        "figures": figures,
        "use_of_funds": [
            FundsLine(
                category=c, amount=a, currency="USD", page_no=2, evidence=f"{c} {a}", source="table"
            )
            for c, a in funds
        ],
        "offering": Offering(
            currency="USD",
            **{name: value for name, value in terms.items() if value is not None},
            equity_offered_pct=figures[len([v for v in terms.values() if v is not None])].value,
            deadline=overrides.pop("deadline", dt.date(2025, 6, 30)),
            deadline_page_no=1,
            deadline_evidence="The offering closes on June 30, 2025.",
        ),
        "has_risk_section": True,
        "sections": [
            Section(kind="use_of_funds", heading="Use of Proceeds", page_no=2),
            Section(kind="management", heading="Officers and Directors", page_no=2),
            Section(kind="financial_statements", heading="Financial Statements", page_no=3),
            Section(kind="risk_factors", heading="Risk Factors", page_no=4),
        ],
        "assurance": Mention(value="reviewed", page_no=3, evidence="reviewed by Smith CPA"),
        "statement_lines": [
            sheet("total_assets", 1_000_000.0),
            sheet("total_liabilities", 400_000.0),
            sheet("total_equity", 600_000.0),
        ],
    }
    return Disclosure.model_validate(values | overrides)


def failed(disclosure: Disclosure, **settings: Any) -> set[str]:
    findings = review(disclosure, settings=Settings(**settings)).findings
    return {finding.rule_id for finding in findings if finding.passed is False}


def test_a_consistent_offering_fails_no_rule():
    findings = review(form_c(), settings=SETTINGS).findings
    assert [f.message for f in findings if f.passed is False] == []
    assert {f.rule_id for f in findings} == set(RULE_IDS)  # every rule had its say


def _drop_section(kind: str) -> dict[str, Any]:
    sections = [s for s in form_c().sections if s.kind != kind]
    return {"sections": sections}


DEFECTS: dict[str, dict[str, Any]] = {
    "use_of_funds_sum_mismatch": {"funds": [("Product", 300_000.0), ("Marketing", 150_000.0)]},
    "balance_sheet_mismatch": {
        "statement_lines": [
            sheet("total_assets", 1_000_000.0),
            sheet("total_liabilities", 400_000.0),
            sheet("total_equity", 550_000.0),
        ]
    },
    "valuation_inconsistent": {"equity": 20.0},
    "equity_pct_out_of_range": {"equity": 120.0},
    "negative_amount": {"terms": {"minimum_investment": -250.0}},
    "missing_risk_factors": {**_drop_section("risk_factors"), "has_risk_section": False},
    "missing_required_disclosure": {**_drop_section("management"), "people": []},
    "registration_id_invalid": {
        "company": Company(
            company_name="Acme Robotics Inc.",
            registration_id="07-1234567",
            registration_kind="us_ein",
            registration_id_valid=False,
            country="US",
        )
    },
    "deadline_before_document_date": {"deadline": dt.date(2025, 2, 1)},
    "target_above_maximum": {"terms": {"maximum_target": 400_000.0}},
    "regime_cap_exceeded": {"terms": {"maximum_target": 6_000_000.0}},
    "oversubscription_use_missing": {
        "pages": [PageText(page_no=1, text="Form C under Regulation Crowdfunding.")],
        "excess_use": None,
    },
    "assurance_level_insufficient": {
        "assurance": Mention(value="certified", page_no=3, evidence="certified by our CEO")
    },
}


@pytest.mark.parametrize("rule_id", sorted(DEFECTS))
def test_each_defect_fails_its_rule_alone(rule_id):
    assert rule_id in failed(form_c(**DEFECTS[rule_id]))


def test_each_defect_fails_no_unrelated_rule():
    expected_companions = {  # a maximum of 400k under a 500k target also leaves funds unmatched
        "target_above_maximum": {"oversubscription_use_missing"},
        "regime_cap_exceeded": {"assurance_level_insufficient", "oversubscription_use_missing"},
        "valuation_inconsistent": set(),
    }
    for rule_id, defect in DEFECTS.items():
        extra = failed(form_c(**defect)) - {rule_id} - expected_companions.get(rule_id, set())
        assert extra == set(), rule_id


def test_every_rule_is_exercised_by_a_defect():
    assert set(DEFECTS) == set(RULE_IDS) - {"revenue_contradiction", "disclosures_not_read"}


def test_revenue_quoted_in_the_text_is_checked_against_the_statement():
    quoted = money("revenue", 1_000_000.0, page_no=2, fiscal_year=2024, evidence="revenue of $1m")
    assert "revenue_contradiction" in failed(form_c(quoted=[quoted]))
    rounded = money("revenue", 800_000.0, page_no=2, fiscal_year=2024, evidence="$0.8 million")
    assert "revenue_contradiction" not in failed(form_c(quoted=[rounded]))
    other_year = money("revenue", 1_000_000.0, page_no=2, fiscal_year=2023)
    assert "revenue_contradiction" not in failed(form_c(quoted=[other_year]))


def test_a_finding_quotes_its_evidence_and_page_and_states_the_numbers():
    findings = review(form_c(**DEFECTS["use_of_funds_sum_mismatch"]), settings=SETTINGS).findings
    (sums,) = [f for f in findings if f.rule_id == "use_of_funds_sum_mismatch"]
    assert sums.message == (
        "The use of funds adds up to $450,000 but the target is $500,000 "
        "(and the maximum $1,000,000)."
    )
    assert sums.page_no == 2
    assert sums.evidence is not None and "Marketing" in sums.evidence
    assert sums.severity == "error"


def test_a_rule_without_its_figures_is_undecided_never_passed():
    lean = form_c(statement_lines=[], figures=[], offering=None, use_of_funds=[], doc_kind="other")
    findings = {f.rule_id: f for f in review(lean, settings=SETTINGS).findings}
    assert findings["balance_sheet_mismatch"].passed is None
    assert findings["balance_sheet_mismatch"].severity == "info"
    assert findings["balance_sheet_mismatch"].message.startswith("Not checked")


def test_rounded_figures_are_within_tolerance():
    # 10% printed for 9.96%: rounding, not an inconsistency
    terms = {"pre_money_valuation": 4_520_000.0}
    assert "valuation_inconsistent" not in failed(form_c(terms=terms, equity=10.0))
    assert "valuation_inconsistent" in failed(form_c(terms=terms, equity=10.5))
    # use-of-funds lines rounded to thousands
    funds = [("Product", 301_000.0), ("Marketing", 201_000.0)]
    assert "use_of_funds_sum_mismatch" not in failed(form_c(funds=funds))


def test_tolerances_are_settings():
    funds = [("Product", 310_000.0), ("Marketing", 200_000.0)]  # 2% over the target
    assert "use_of_funds_sum_mismatch" in failed(form_c(funds=funds))
    assert "use_of_funds_sum_mismatch" not in failed(form_c(funds=funds), sum_tolerance=0.03)


def test_use_of_funds_may_add_up_to_the_maximum_or_be_given_in_shares():
    to_maximum = [("Product", 600_000.0), ("Marketing", 400_000.0)]
    assert failed(form_c(funds=to_maximum)) == set()
    shares = [
        FundsLine(category="Product", pct=60.0, page_no=2, evidence="Product 60%", source="text"),
        FundsLine(category="Growth", pct=40.0, page_no=2, evidence="Growth 40%", source="text"),
    ]
    plain = [PageText(page_no=1, text="Form C")]
    assert failed(form_c(use_of_funds=shares, pages=plain)) == set()


def test_balance_sheets_in_thousands_allow_the_rounding_of_each_line():
    lines = [
        sheet("total_assets", 1_000_000.0).model_copy(update={"scale": 1000.0}),
        sheet("total_liabilities", 399_000.0).model_copy(update={"scale": 1000.0}),
        sheet("total_equity", 600_000.0).model_copy(update={"scale": 1000.0}),
    ]
    assert "balance_sheet_mismatch" not in failed(form_c(statement_lines=lines))


def test_a_reviewed_first_raise_above_618k_passes_with_a_caveat():
    findings = review(form_c(), settings=SETTINGS).findings
    (assurance,) = [f for f in findings if f.rule_id == "assurance_level_insufficient"]
    assert assurance.passed is True
    assert "first Regulation Crowdfunding raise" in assurance.message


def test_business_plans_answer_only_to_the_consistency_rules():
    plan = form_c(doc_kind="business_plan", sections=[], has_risk_section=False, people=[])
    assert failed(plan) == set()


@pytest.mark.parametrize(
    ("country", "kind", "text", "regime"),
    [
        ("US", "us_ein", "", "us_reg_cf"),
        ("DE", "eu_vat", "", "eu_ecsp"),
        ("GB", "uk_crn", "", "other"),
        ("CN", "cn_uscc", "", "cn_internet_finance"),
        (None, None, "Key investment information sheet", "eu_ecsp"),
        (None, "cn_uscc", "", "cn_internet_finance"),
        ("US", "us_ein", "Key Investment Information Sheet", "us_reg_cf"),  # a borrowed title
        ("GB", None, "Offered under Regulation (EU) 2020/1503", "eu_ecsp"),  # a citation
    ],
)
def test_the_regime_is_inferred_from_wording_then_issuer(country, kind, text, regime):
    company = Company(country=country, registration_kind=kind)
    pages = [PageText(page_no=1, text=text or "Offer")]
    assert infer_regime(form_c(company=company, pages=pages)) == regime


def test_a_platform_setting_overrides_the_inferred_regime():
    settings = Settings(regimes={"seedrs": "eu_ecsp"})
    assert review(form_c(), settings=settings, platform="seedrs").regime == "eu_ecsp"
    assert review(form_c(), settings=settings, platform="other").regime == "us_reg_cf"


def test_a_chinese_offering_must_name_its_custodian_bank():
    company = Company(company_name="杭州星辰", country="CN", registration_kind="cn_uscc")
    pages = [PageText(page_no=1, text="融资计划书"), PageText(page_no=2, text="超募资金用于扩产。")]
    offering = form_c(company=company, assurance=None, pages=pages)
    findings = review(offering, settings=SETTINGS).findings
    (custodian,) = [
        f
        for f in findings
        if f.rule_id == "missing_required_disclosure" and "custodian" in f.message
    ]
    assert custodian.passed is False and custodian.severity == "warning"
    banked = form_c(
        company=company,
        custodian=Mention(value="招商银行", page_no=2, evidence="资金由招商银行存管"),
    )
    assert "missing_required_disclosure" not in failed(banked)


def test_a_field_the_text_seems_to_state_is_undecided_not_missing():
    pages = [PageText(page_no=1, text="Form C.\nPitch ends: 7 October 2025 at noon.")]
    offering = form_c(pages=pages).offering
    assert offering is not None
    unread = form_c(pages=pages, offering=offering.model_copy(update={"deadline": None}))
    (deadline,) = [
        f
        for f in review(unread, settings=SETTINGS).findings
        if f.rule_id == "missing_required_disclosure" and "deadline" in f.message
    ]
    assert deadline.passed is None and deadline.page_no == 1
    assert deadline.evidence == "Pitch ends: 7 October 2025 at noon."
    silent = form_c(offering=offering.model_copy(update={"deadline": None}))
    assert "missing_required_disclosure" in failed(silent)


def test_a_share_offered_is_for_the_target_unless_its_words_name_the_maximum():
    # 10% of 4.5m + 0.5m at the target; 1m / (4.5m + 1m) = 18.2% at the maximum.
    at_target = form_c(equity=18.2)
    assert "valuation_inconsistent" in failed(at_target)
    words = "18.2% of the company if fully subscribed"
    figures = [
        figure.model_copy(update={"evidence": words})
        if figure.name == "equity_offered_pct"
        else figure
        for figure in at_target.figures
    ]
    assert "valuation_inconsistent" not in failed(at_target.model_copy(update={"figures": figures}))


def test_a_target_seemingly_stated_but_unread_is_for_a_reviewer_unless_read_as_another_term():
    def target_finding(page_text: str) -> tuple[bool | None, str]:
        pages = [PageText(page_no=1, text=page_text)]
        disclosure = form_c(terms={"funding_target": None}, pages=pages)
        findings = review(disclosure, settings=SETTINGS).findings
        (finding,) = [
            f
            for f in findings
            if f.rule_id == "missing_required_disclosure" and "funding target" in f.message
        ]
        return finding.passed, finding.severity

    assert target_finding("We are raising funds: $500,000 in this round.") == (None, "info")
    assert target_finding("We are targeting a £18.5 billion market.") == (False, "error")
    assert target_finding("The 2023 round raised 1,330,000 GBP.") == (False, "error")
    # The amount beside `raising` is the pre-money valuation, which was read.
    stated = "pre money valuation: $4,500,000.00"
    assert target_finding(f"Before raising funds {stated}") == (False, "error")


def test_a_deadline_seemingly_stated_is_no_year_end():
    def deadline_finding(page_text: str) -> bool | None:
        disclosure = form_c(pages=[PageText(page_no=1, text=page_text)])
        offering = disclosure.offering
        assert offering is not None
        disclosure = disclosure.model_copy(
            update={"offering": offering.model_copy(update={"deadline": None})}
        )
        findings = review(disclosure, settings=SETTINGS).findings
        (finding,) = [
            f
            for f in findings
            if f.rule_id == "missing_required_disclosure" and "deadline" in f.message
        ]
        return finding.passed

    assert deadline_finding("The offer closes on 30 June 2025 at noon.") is None
    assert deadline_finding("Cash at the year end (December 31, 2023) were $42,057.") is False
