"""Facts the disclosure rules need: the statements' assurance, the custodian bank, share counts
and the document's own date, in English and Chinese, and what is none of them."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.assurance import assurance_of
from extractors.custodians import custodian_of
from extractors.document_dates import document_date
from extractors.excess import excess_use_of
from extractors.patterns import CJK_INNER_SPACE
from extractors.prior_raises import crowdfunding_history_of
from extractors.shares import share_figures
from schemas import DocKind, Page
from tests.test_extract import extract


def pages(*texts: str) -> list[Page]:
    return [
        Page(page_no=number, text=text, width=595, height=842)
        for number, text in enumerate(texts, start=1)
    ]


def level(*texts: str) -> str | None:
    mention = assurance_of(pages(*texts))
    return mention.value if mention else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INDEPENDENT AUDITOR'S REPORT\nTo the Board of Acme Inc.", "audited"),
        (
            "We have audited the accompanying balance sheets of Acme Inc. as of December 31, "
            "2024 and 2023.",
            "audited",
        ),
        ("Report of Independent Registered Public Accounting Firm", "audited"),
        ("INDEPENDENT ACCOUNTANT'S REVIEW REPORT\nWe have reviewed the accompanying", "reviewed"),
        ("The financial statements have been reviewed by Smith & Co CPAs.", "reviewed"),
        (
            "I, Jane Doe, certify that: (1) the financial statements of Acme Inc. included in "
            "this Form are true and complete in all material respects.",
            "certified",
        ),
        ("Financial statements certified by the principal executive officer", "certified"),
        (
            # Lines the layout did not join: a line that stops on `of` goes on below.
            "I, Yuting Wang, certify that the financial statements of\nOraoraka Brewing Co. "
            "included in this Form are true and complete in all material respects.",
            "certified",
        ),
        (
            "The financial statements have been certified by the company's principal executive "
            "officer as true and complete in all material respects.",
            "certified",
        ),
        ("Condensed Balance Sheets (Unaudited)\nJune 30, 2024", "unaudited"),
        ("The financial statements have not been audited or reviewed.", "unaudited"),
        (
            "The financial statements included in this Form\nC are unaudited and have been "
            "prepared by management.",
            "unaudited",
        ),
        ("上海远景新能源科技股份有限公司 2023年度审计报告及财务报表", "audited"),
        ("本公司财务报表已经立信会计师事务所审计，并出具了标准无保留意见的审计报告。", "audited"),
        ("公司第一季度报告未经审计。", "unaudited"),
        ("本报告中的财务报表经审阅。", "reviewed"),
    ],
)
def test_the_assurance_level_as_stated(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly results 2024 (unaudited)\nQ1  Q2  Q3  Q4",  # supplementary data
        "The unaudited pro forma financial information below is for information only.",
        "Forecasts are reviewed monthly by the board.",
        "Auditor  Hartwell Baines LLP, Chartered Accountants, London",  # names, states nothing
        "Report of Independent Registered Public Accounting Firm  55",  # a contents line
        "The company has no audited financial statements.",
        "二、审计报告\n第一季度报告是否经过审计",  # a question, not an answer
        "Our pension investments are held in managed accounts and are reviewed periodically.",
    ],
)
def test_no_assurance_level_where_none_is_stated(text: str) -> None:
    assert level(text) is None


def test_the_latest_statements_decide_the_level() -> None:
    """Audited annual accounts, then unaudited interim ones: the interim ones are the latest."""
    annual = "We have audited the balance sheet of Acme Ltd as at 31 December 2023."
    interim = "Interim balance sheet (unaudited)\nAs at 30 June 2024"
    assert level(annual, interim) == "unaudited"
    assert level(interim.replace("2024", "2023"), annual.replace("2023", "2024")) == "audited"


def test_a_form_c_certification_of_unaudited_statements_is_certified() -> None:
    mention = assurance_of(
        pages(
            "The financial statements have not been audited or reviewed.",
            "I, Jane Doe, certify that the financial statements of Acme Inc. are true and "
            "complete in all material respects.",
        )
    )
    assert mention is not None
    assert (mention.value, mention.page_no) == ("certified", 2)
    assert mention.evidence.startswith("I, Jane Doe, certify")


def test_levels_that_disagree_for_one_period_give_none() -> None:
    assert level("Audited financial statements 2024", "Reviewed financial statements 2024") is None


@pytest.mark.parametrize(
    ("text", "bank"),
    [
        ("Escrow agent: Evolve Bank & Trust", "Evolve Bank & Trust"),
        ("Prime Trust, LLC will act as escrow agent for the offering.", "Prime Trust, LLC"),
        ("The escrow agent is Enterprise Bank & Trust. Funds are released at close.", None),
        (
            "Investor funds will be held in escrow with Boston Private Bank & Trust Company, N.A. "
            "until the target is reached.",
            "Boston Private Bank & Trust Company, N.A.",
        ),
        ("Investors' funds are held by Lemonway SAS, a payment institution.", "Lemonway SAS"),
        ("Evolve Bank & Trust acts as custodian of investors' funds.", "Evolve Bank & Trust"),
        # The name on the line below the words that hold the money with it.
        (
            "Investors' money is held in a segregated account at\nChina CITIC Bank, the "
            "custodian bank, until the offer closes.",
            "China CITIC Bank",
        ),
        ("募集资金托管行  招商银行合肥分行", "招商银行合肥分行"),
        ("最低投资额20万元，资金托管银 行中国银行。", "中国银行"),
        (
            "募集截止日2024年6月13日，资金托\n管银行上海浦东发展银行股份有限公司北京分 行。",
            "上海浦东发展银行股份有限公司北京分行",
        ),
        (
            "Subscription monies are deposited with China CITIC\nBank, which acts as custodian "
            "bank for this offer.",
            "China CITIC Bank",
        ),
        ("本项目已与中国工商银行杭州分行签订资金托管协议。", "中国工商银行杭州分行"),
        ("资金托管银行：招商银行股份有限公司深圳分行", "招商银行股份有限公司深圳分行"),
        ("投资者资金由中国工商银行股份有限公司北京分行进行存管。", None),
        ("本次募集资金将存放于交通银行上海分行开设的募集资金专户。", "交通银行上海分行"),
        ("资金监管银行：中国建设银行股份有限公司杭州分行", "中国建设银行股份有限公司杭州分行"),
    ],
)
def test_the_custodian_bank_as_printed(text: str, bank: str | None) -> None:
    mention = custodian_of(pages("Summary", text))
    assert mention is not None
    assert mention.page_no == 2
    if bank is not None:
        assert mention.value == bank
    # A Chinese line wrapped mid-name leaves a space in the evidence as printed.
    assert mention.value in CJK_INNER_SPACE.sub("", " ".join(text.split()))
    assert mention.value in CJK_INNER_SPACE.sub("", mention.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Bankers  Northern Commerce Bank plc, 1 Cornhill, London",  # the issuer's own bank
        "Cash is held with banks rated A or better.",
        "A EUR 90,000 loan from a state promotional bank finances our equipment.",
        "Custody of the shares is free of charge for investors.",
        "Escrow agent: n/a",
        "Custodian of the shares: Acme Bank AG",  # keeps the securities, not the money
        "公司基本户开户银行：中国银行",
        "公司在中国银行取得贷款500万元。",
        "公司与招商银行签订了贷款协议。",  # a loan agreement, not custody
        "监管机构：中国人民银行",  # the regulator, not a bank holding the money
    ],
)
def test_no_custodian_where_none_holds_the_money(text: str) -> None:
    assert custodian_of(pages(text)) is None


def counts(*texts: str) -> dict[str, float]:
    return {figure.name: figure.value for figure in share_figures(pages(*texts))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New shares offered: 37,500", {"shares_offered": 37_500}),
        ("Number of new shares (target)  1.000.000", {"shares_offered": 1_000_000}),
        ("• 25.000.000 — shares offered (at target)", {"shares_offered": 25_000_000}),
        ("We are issuing 37,500 new shares at $2.00.", {"shares_offered": 37_500}),
        ("Target number of securities to be offered: 25,000", {"shares_offered": 25_000}),
        ("本次发行股数：500万股", {"shares_offered": 5_000_000}),
        ("本轮融资出让股份100万股，每股价格3.50元。", {"shares_offered": 1_000_000}),
        ("Shares in issue before the offer  8,000,000", {"shares_before_offering": 8e6}),
        ("Existing shares ........ 2,500,000", {"shares_before_offering": 2_500_000}),
        ("pm Eastern Existing shares ..... 2,500,000", {"shares_before_offering": 2_500_000}),
        (
            "There are 8,000,000 shares of common stock issued and outstanding.",
            {"shares_before_offering": 8_000_000},
        ),
        ("本次发行前总股本为8000万股。", {"shares_before_offering": 80_000_000}),
    ],
)
def test_share_counts_as_stated(text: str, expected: dict[str, float]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "10,000,000 shares are authorized.",
        "The Company is offering up to 107,000 shares of Common Stock.",
        "Number of new shares (maximum): 60,000",
        "Shares outstanding after the offering: 9,000,000",
        "1,200,000 shares are reserved for options under the share option plan.",
        "New shares as % of enlarged capital: 12 percent",
        "Shares offered  £100,000",
        "本次拟发行股份数量不超过500万股",
        "注册资本：1000万元",
    ],
)
def test_no_share_count_where_it_may_be_another(text: str) -> None:
    assert counts(text) == {}


def test_two_different_counts_for_one_figure_give_none() -> None:
    assert counts("New shares offered: 40,000", "Shares on offer  60,000") == {}
    assert counts("New shares offered: 40,000", "Shares on offer  40,000") == {
        "shares_offered": 40_000
    }


def dated(text: str, kind: DocKind = "offering") -> dt.date | None:
    return document_date(pages(text, "Later page\nDate: 1 January 2030"), doc_kind=kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FORM C\nOFFERING MEMORANDUM\nDated: February 10, 2024", dt.date(2024, 2, 10)),
        ("Acme Ltd\nCrowdfunding offer document\nAs of: 01-Apr-2024", dt.date(2024, 4, 1)),
        (
            "Key Investment Information Sheet\nAcme SARL – Prepared on: 18 janvier 2025",
            dt.date(2025, 1, 18),
        ),
        ("Acme\nVersion date: Saturday, 19 October 2024", dt.date(2024, 10, 19)),
        ("Acme Inc.\nInvestor Business Plan\nVersion 2.1 – November 4, 2024", dt.date(2024, 11, 4)),
        ("Acme UG\nBusiness Plan and Investment Summary Prepared 08.04.2024", dt.date(2024, 4, 8)),
        (
            "Acme Co., Ltd.\nInvestment Summary and Term Sheet\nAs of 15 Aug 2024",
            dt.date(2024, 8, 15),
        ),
        ("OFFERING MEMORANDUM DATED MAY 5, 2023", dt.date(2023, 5, 5)),
        ("Acme Inc.\nBusiness Plan — January 2025\nConfidential", dt.date(2025, 1, 1)),
        ("Acme Inc.\nBUSINESS PLAN\n15 March 2024", dt.date(2024, 3, 15)),
        ("Key Information Sheet\nAcme Ltd – Version date:\n16.11.2024", dt.date(2024, 11, 16)),
        ("青岛恒信智能科技有限公司\n商业计划书（融资版）\n日期：2025-06-01", dt.date(2025, 6, 1)),
        ("易达环保科技有限公司\n融资计划书\n编制日期：2025年10月19日", dt.date(2025, 10, 19)),
        ("东北电气发展股份有限公司\n2018 年第一季度报告\n2018 年 04 月", dt.date(2018, 4, 1)),
    ],
)
def test_the_document_date_the_cover_states(text: str, expected: dt.date) -> None:
    assert dated(text) == expected


def test_a_statement_printed_as_of_a_date_is_dated_so() -> None:
    """An accounting package's report is run as of a date: for a balance sheet that is both the
    statement's date and the report's."""
    text = "Bright ideas consulting\nBalance Sheet\nBasis: Accrual\nAs of 09/10/2023"
    assert dated(text, "financial_statement") == dt.date(2023, 10, 9)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Acme Ltd\nAnnual Report and Financial Statements\nFor the year ended 31 December 2024",
         "financial_statement"),
        ("Acme Ltd\nAnnual Report and Financial Statements\n31 December 2024",
         "financial_statement"),
        ("深圳微光食品股份有限公司\n财务报表（2024年12月31日）\n成立日期：2014年11月20日",
         "financial_statement"),
        ("BUSINESS PLAN\nIn March 2018, the parliament approved it on 1st March 2019.",
         "business_plan"),
        ("Acme Ltd\nDate of incorporation Dec 17, 2011\nClosing date\n7 August 2024", "offering"),
        ("Acme Ltd\nWe signed a loan agreement dated 3 March 2022.", "business_plan"),
        ("Acme Inc.\nAs of January 29, 2021, there were 2,000 shares outstanding.", "offering"),
        ("Acme Ltd\nOur valuation Prepared by KPMG on 1 March 2023", "business_plan"),
    ],
)  # fmt: skip
def test_no_document_date_from_a_period_a_founding_or_a_deadline(text: str, kind: DocKind) -> None:
    assert dated(text, kind) is None


def test_a_form_c_end_to_end() -> None:
    disclosure = extract(
        [
            [
                "FORM C",
                "OFFERING MEMORANDUM",
                "Acme Robotics Inc.",
                "Dated: February 10, 2024",
                "Risk Factors",
                "You may lose all of the money you invest.",
                "The Offering",
                "Target Offering Amount: $75,000.00",
                "Purchase price per share: $2.00",
                "New shares offered: 37,500",
                "10,000,000 shares are authorized.",
                "Offering Deadline: June 7, 2024",
                "Investor funds will be held in escrow with Evolve Bank & Trust until the target",
                "is reached.",
            ],
            [
                "Officers and Directors",
                "Jane Doe, Chief Executive Officer",
                "Financial Information",
                "The financial statements have been reviewed by Smith & Co CPAs.",
            ],
        ]
    )
    assert disclosure.document_date == dt.date(2024, 2, 10)
    assert [(s.kind, s.page_no) for s in disclosure.sections] == [
        ("risk_factors", 1),
        ("offer", 1),
        ("management", 2),
        ("financial_statements", 2),
    ]
    assert disclosure.assurance is not None and disclosure.assurance.value == "reviewed"
    assert disclosure.custodian is not None
    assert (disclosure.custodian.value, disclosure.custodian.page_no) == ("Evolve Bank & Trust", 1)
    shares = [(f.name, f.value, f.page_no) for f in disclosure.figures if "shares" in f.name]
    assert shares == [("shares_offered", 37_500, 1)]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Money raised beyond the target is earmarked for a second production line.", True),
        ("Any amount raised above €1,000,000 will go towards stock purchases.", True),
        ("Should we overfund, the additional GBP 800,000 would fund sales and marketing.", True),
        ("Oversubscription proceeds, if any, will be added to export and distribution.", True),
        ("超募资金将按比例用于产能扩建。", True),
        ("如达到融资上限，新增875万元资金的用途如下：", True),
        (
            "If the maximum of € 1.000.000,00 is raised, the additional € 600.000 will be "
            "allocated as follows:",
            True,
        ),
        ("Should the round be overfunded, the extra €\n250.000,00 would be spent on:", True),
        ("Should the round be overfunded, the extra 1 Mio. € would be spent on:", True),
        ("Overfunding cap: £1,125,000", False),
        ("Overfunding cap: £1,125,000\n1. Marketing will be spent first", False),
        ("This round targets €2,000,000, with overfunding up to €5,000,000.", False),
        ("Overfunding is possible up to a hard cap of EUR 7,500,000.", False),
    ],
)
def test_a_use_of_money_above_the_target_is_a_sentence_saying_so(text, stated):
    page = Page(page_no=1, text=f"Form C.\n{text}\nThe offer closes soon.", width=595, height=842)
    mention = excess_use_of([page])
    assert (mention is not None) is stated
    if mention is not None:
        assert mention.evidence == " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prior Regulation CF offering: $210,000, completed 2022.", "prior"),
        ("The Company previously raised $150,000 in a Regulation Crowdfunding offering.", "prior"),
        ("The Company previously raised $210,000.00 in a Regulation CF offering in 2022.", "prior"),
        ("We have already raised $80,000 through Reg CF on another portal.", "prior"),
        ("This is the Company's first offering under Regulation Crowdfunding.", "first"),
        ("This is our first Regulation Crowdfunding raise.", "first"),
        ("We raised $500,000 from angels in 2022.", None),  # not by crowdfunding
        ("Prior fiscal year-end (2022)", None),
    ],
)
def test_an_earlier_crowdfunding_raise_as_stated(text: str, expected: str | None) -> None:
    mention = crowdfunding_history_of(pages(text))
    assert (mention.value if mention else None) == expected
