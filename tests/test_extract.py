"""Extraction from text and tables: figures with evidence, company, people, use of funds."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors import extract_disclosure, load_nlp
from extractors.classify import classify_kind, detect_language
from schemas import Disclosure
from tests import pdfs

PLAN = [
    [
        "Brightwater Robotics Inc. Business Plan",
        "Date: 12 January 2025",
        "Brightwater Robotics Inc. is a Delaware corporation headquartered in Austin, Texas.",
        "Founded in 2018, the company employs 23 people. EIN: 84-1234567.",
        "Maria Garcia, Chief Executive Officer, leads the team. John Smith (CFO) joined in 2020.",
        "Founder & CTO: Li Wei",
        "We are seeking to raise $500,000 in exchange for 10% equity at a pre-money valuation "
        "of $4.5m.",
        "The maximum raise is $750,000. Price per share: $1.20. Minimum investment: $100.",
        "The offer closes on 31 March 2025.",
        "The global market is worth $4.2 billion. Our app costs $9.99 a month.",
        "Competitor Acme raised $20m last year.",
        "Revenue for fiscal 2023 was $1.2 million and net income was -$45,000 in 2023.",
        "We expect revenue of $3 million in 2026.",
    ],
    [
        "Use of Proceeds",
        "We will allocate 40% ($200,000) to product development, 35% to marketing and 25% to "
        "working capital.",
        "Risk Factors",
        "Investing in early-stage companies is risky.",
    ],
]


def extract(pages: list[list[str]]) -> Disclosure:
    data = pdfs.text_pdf(pages)
    pdf = pdfs.parsed(data)
    return extract_disclosure(pdf)


@pytest.fixture(scope="module")
def plan() -> Disclosure:
    return extract(PLAN)


def figure_values(disclosure: Disclosure) -> dict[tuple[str, int | None], float]:
    return {(figure.name, figure.fiscal_year): figure.value for figure in disclosure.figures}


def test_offering_terms_come_from_prose_with_page_and_evidence(plan: Disclosure) -> None:
    values = figure_values(plan)
    assert values[("funding_target", None)] == 500_000
    assert values[("maximum_target", None)] == 750_000
    assert values[("equity_offered_pct", None)] == 10
    assert values[("pre_money_valuation", None)] == 4_500_000
    assert values[("price_per_share", None)] == 1.2
    assert values[("minimum_investment", None)] == 100
    target = next(figure for figure in plan.figures if figure.name == "funding_target")
    assert target.page_no == 1
    assert "$500,000" in target.evidence
    assert target.bbox is not None
    assert plan.offering is not None
    assert plan.offering.deadline == dt.date(2025, 3, 31)
    assert plan.offering.currency == "USD"


def test_distractors_and_projections_are_not_key_figures(plan: Disclosure) -> None:
    values = set(figure_values(plan).values())
    assert not values & {4.2e9, 9.99, 20e6, 3e6}
    assert figure_values(plan)[("revenue", 2023)] == 1_200_000
    assert figure_values(plan)[("net_income", 2023)] == -45_000


def test_company_facts(plan: Disclosure) -> None:
    company = plan.company
    assert company.company_name == "Brightwater Robotics Inc."
    assert (company.registration_id, company.registration_kind) == ("84-1234567", "us_ein")
    assert company.registration_id_valid is True
    assert (company.country, company.region, company.city) == ("US", "Texas", "Austin")
    assert (company.founded_year, company.employees) == (2018, 23)


def test_people_with_roles(plan: Disclosure) -> None:
    people = {(person.name, person.role) for person in plan.people}
    assert {
        ("Maria Garcia", "ceo"),
        ("John Smith", "cfo"),
        ("Li Wei", "founder"),
        ("Li Wei", "cto"),
    } <= people


def test_use_of_funds_from_prose_and_risk_section(plan: Disclosure) -> None:
    lines = [(line.category, line.amount, line.pct) for line in plan.use_of_funds]
    assert lines == [
        ("product development", 200_000, 40),
        ("marketing", 175_000, 35),
        ("working capital", 125_000, 25),
    ]
    assert plan.has_risk_section
    assert plan.doc_kind == "business_plan"
    assert plan.document_date == dt.date(2025, 1, 12)


def test_missing_risk_section_is_noticed() -> None:
    disclosure = extract([["Acme Ltd business plan", "Our market is large and growing fast."]])
    assert not disclosure.has_risk_section


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Use of Funds",
            "• Marketing – €50.000 (20%)",
            "• Hiring – €150.000 (60%)",
            "• Reserve – €50.000 (20%)",
        ],
        [
            "Allocation of Funds",
            "- Marketing: EUR 50,000 (20%)",
            "- Hiring: EUR 150,000 (60%)",
            "- Reserve: EUR 50,000 (20%)",
        ],
    ],
    ids=["bullets-european", "dashes"],
)
def test_use_of_funds_from_bullet_lists(lines: list[str]) -> None:
    disclosure = extract([["Nordlicht GmbH Business Plan", *lines]])
    assert [
        (line.category, line.amount, line.currency, line.pct) for line in disclosure.use_of_funds
    ] == [
        ("Marketing", 50_000, "EUR", 20),
        ("Hiring", 150_000, "EUR", 60),
        ("Reserve", 50_000, "EUR", 20),
    ]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_statement_lines_per_fiscal_year_in_thousands(ruled: bool) -> None:
    rows = [
        ("", "FY2023", "FY2022"),
        ("Revenue", "2,500", "1,900"),
        ("Net loss", "(45)", "(120)"),
        ("Total assets", "5,400", "4,100"),
        ("Total liabilities", "2,000", "1,800"),
        ("Total shareholders' equity", "3,400", "2,300"),
    ]
    data = pdfs.statement_pdf(rows, caption="(in thousands of US dollars)", ruled=ruled)
    pdf = pdfs.parsed(data)
    disclosure = extract_disclosure(pdf)
    values = figure_values(disclosure)
    assert values[("revenue", 2023)] == 2_500_000
    assert values[("net_income", 2023)] == -45_000
    assert values[("net_income", 2022)] == -120_000
    assert values[("total_equity", 2022)] == 2_300_000
    assert {figure.source for figure in disclosure.figures} == {"table"}
    assert all(figure.currency == "USD" for figure in disclosure.figures)
    assert disclosure.doc_kind == "financial_statement"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The company will use the proceeds for growth and hiring.", "en"),
        ("本公司是一家位于杭州的科技公司，主要从事新能源业务。", "zh"),
        ("Nous sommes une entreprise de la région et nous avons des clients dans le pays.", "fr"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Business Plan 2025\nExecutive summary", "business_plan"),
        ("Offering Memorandum\nThe offer and how to invest", "offering"),
        ("Summitleaf Logistics plc\nOur pitch\nDeal terms\nMarket and competition", "offering"),
        ("长沙恒信新能源科技有限公司\n融资计划书\n1. 公司简介\n2. 管理团队", "offering"),
        ("长沙恒信新能源科技有限公司\n商业计划书\n1. 公司简介\n2. 管理团队", "business_plan"),
        ("Acme Ltd\nBalance Sheet as of 31 December 2024", "financial_statement"),
        ("Press release: Acme opens a new shop", "other"),
    ],
)
def test_doc_kind(text: str, kind: str) -> None:
    assert classify_kind(text) == kind


def test_pipeline_keeps_only_the_components_it_needs() -> None:
    nlp = load_nlp("en")
    assert nlp.pipe_names == [
        "disclosure_sentences",
        "ner",
        "disclosure_values",
        "disclosure_cues",
        "figure_linker",
    ]
    assert load_nlp("en") is nlp  # built once per process


@pytest.mark.parametrize(
    ("period", "quoted"),
    [
        ("for the year ended 31 December 2023", [("revenue", 3_000_000.0, 2023)]),
        # A quarter's statements: `the period` is the quarter, no fiscal year.
        ("for the three months ended 30 September 2023", []),
    ],
)
def test_a_text_amount_for_the_year_takes_the_statements_year(period: str, quoted: list) -> None:
    placed = [(56.0, 60.0, "Directors' report")]
    placed += [(56.0, 80.0, "Turnover for the period amounted to € 3,000,000.")]
    placed += [(56.0, 110.0, f"Income statement {period}"), (56.0, 124.0, "in EUR")]
    rows = [("", "2023", "2022"), ("Revenue", "3,250,000", "2,900,000")]
    rows += [("Net profit", "120,000", "80,000")]
    for index, (label, latest, prior) in enumerate(rows):
        y = 140.0 + 14 * index
        placed += [(56.0, y, label), (400.0, y, f">{latest}"), (500.0, y, f">{prior}")]
    data = pdfs.placed_pdf([placed])
    pdf = pdfs.parsed(data)
    disclosure = extract_disclosure(pdf)
    assert [(f.name, f.value, f.fiscal_year) for f in disclosure.quoted] == quoted
