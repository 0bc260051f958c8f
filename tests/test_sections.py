"""Sections by their headings: each kind in English and Chinese, and what is no heading."""

from __future__ import annotations

import pytest

from extractors import load_nlp
from extractors.sections import document_sections, heading_kind, page_headings, section_spans
from schemas import Section, StatementLine
from tests.test_extract import extract


def sections_of(*pages: str, language: str = "en") -> list[tuple[str, str, int]]:
    docs = []
    for page_no, text in enumerate(pages, start=1):
        doc = load_nlp(language)(text)
        doc.user_data["page_no"] = page_no
        docs.append(doc)
    return [(s.kind, s.heading, s.page_no) for s in document_sections(docs, [])]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Risk Factors", "risk_factors"),
        ("Item 1A. Risk Factors", "risk_factors"),
        ("Risks related to our business", "risk_factors"),
        ("What are the risks?", "risk_factors"),
        ("Part C: Risk factors", "risk_factors"),
        ("Risikohinweise", "risk_factors"),
        ("4. Use of Proceeds", "use_of_funds"),
        ("Officers and Directors", "management"),
        ("Directors, Executive Officers and Corporate Governance", "management"),
        ("Meet the team", "management"),
        ("Description of the Business", "business"),
        ("Information about the Issuer", "business"),
        ("The Offering", "offer"),
        ("Terms of the offer:", "offer"),
        ("Financial Condition", "financial_statements"),
        ("Item 8. Financial Statements and Supplementary Data", "financial_statements"),
        ("Informations financières", "financial_statements"),
        ("（七）主要风险", "risk_factors"),
        ("第三章 核心团队", "management"),
        ("董事、监事、高级管理人员", "management"),
        ("一、公司概况", "business"),
        ("6. 融资需求", "offer"),
        ("四、经营与财务情况", "financial_statements"),
        ("本轮融资资金用途", "use_of_funds"),
    ],
)
def test_a_heading_names_its_kind(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


@pytest.mark.parametrize(
    "heading",
    [
        "Credit risk",  # one kind of risk in the notes, not the risk factors
        "Financial risk management",
        "Management report",  # the directors' narrative report, not who runs the company
        "Directors' report",
        "Key people",  # a risk factor's title
        "Company information",
        "Offer price",
        "Financial projections",  # a plan's forecasts are no financial information
        "Management's Discussion and Analysis of Financial Condition",
        "技术风险",
        "财务预测",
        "The risks of the market are described in the section below.",
        "founders",  # the wrapped tail of `Capital invested by`
        "Board",  # the wrapped tail of `Member of the`
    ],
)
def test_what_is_no_heading_of_a_kind(heading: str) -> None:
    assert heading_kind(heading) is None


def test_an_offering_lists_its_sections_in_page_order() -> None:
    found = sections_of(
        "FORM C\nInformation about the Issuer\nAcme Inc. makes robots.\nRisk Factors\n"
        "You may lose your money.",
        "The Offering\nTarget Offering Amount: $75,000\nUse of Proceeds\nMarketing  $75,000\n"
        "Officers and Directors\nJane Doe, CEO\nFinancial Information\nTotal assets  $362,710",
    )
    assert found == [
        ("business", "Information about the Issuer", 1),
        ("risk_factors", "Risk Factors", 1),
        ("offer", "The Offering", 2),
        ("use_of_funds", "Use of Proceeds", 2),
        ("management", "Officers and Directors", 2),
        ("financial_statements", "Financial Information", 2),
    ]


def test_a_chinese_plan_lists_its_sections() -> None:
    text = "\n".join(
        [
            "易达环保科技有限公司",
            "融资计划书",
            "1. 公司概况",
            "公司专注于污水处理设备。",
            "3. 团队介绍",
            "赵霞（总经理）",
            "4. 经营与财务情况",
            "营业收入  237.00",
            "6. 融资需求",
            "本轮计划融资人民币350万元。",
            "资金使用计划",
            "1. 品牌建设：192.5万元（55%）",
            "7. 风险提示",
            "经营风险：公司可能亏损。",
        ]
    )
    assert [kind for kind, _, _ in sections_of(text, language="zh")] == [
        "business",
        "management",
        "financial_statements",
        "offer",
        "use_of_funds",
        "risk_factors",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Risk Factors ........................ 12",
        "Item 1A.  Risk Factors  6",
        "9. Risk Analysis.......10",
        "风险提示 ………… 5",
    ],
)
def test_a_contents_line_is_no_section(line: str) -> None:
    text = f"Contents\n{line}\nOur market is large.\n"
    language = "zh" if "风险" in line else "en"
    assert not [s for s in sections_of(text, language=language) if s[0] == "risk_factors"]


@pytest.mark.parametrize(
    "line",
    ["See Risk Factors", 'as described under "Risk Factors"', "Refer to Key risks", "详见风险提示"],
)
def test_a_cross_reference_is_no_section(line: str) -> None:
    language = "zh" if "风险" in line else "en"
    assert sections_of(f"Summary\n{line}\nWe sell robots.\n", language=language) == []


def test_the_risk_section_flag_follows_the_sections() -> None:
    assert not extract([["Acme Ltd business plan", "See Risk Factors", "We sell robots."]]).sections
    plan = extract([["Acme Ltd business plan", "Key risks", "You may lose your money."]])
    assert plan.has_risk_section
    assert [section.kind for section in plan.sections] == ["risk_factors"]


def test_a_primary_statement_is_a_financial_statements_section() -> None:
    doc = load_nlp("en")("Notes\nBalance sheet\nCash  1,000\n")
    doc.user_data["page_no"] = 3
    line = StatementLine(
        statement="balance_sheet",
        title="Balance sheet",
        label="Cash",
        line_item="cash",
        value=1000,
        printed="1,000",
        scale=1,
        page_no=3,
    )
    assert document_sections([doc], [line, line]) == [
        Section(kind="financial_statements", heading="Balance sheet", page_no=3)
    ]


def test_a_heading_opens_its_line_but_for_its_number() -> None:
    text = "ITEM 1A.  RISK FACTORS\nOur business is risky.\nCost  Gains  Value  Securities\n"
    assert sections_of(text) == [("risk_factors", "RISK FACTORS", 1)]


def test_a_use_of_funds_section_ends_at_the_next_heading_of_any_kind() -> None:
    text = "Use of funds\nMarketing  €40,000\nHiring  €60,000\nOfficers and Directors\nJane Doe\n"
    doc = load_nlp("en")(text)
    start, end = section_spans(doc, "use_of_funds")[0]
    assert text[start:end] == "Use of funds\nMarketing  €40,000\nHiring  €60,000\n"
    assert [heading.kind for heading in page_headings(doc)] == ["use_of_funds", "management"]
