"""Key figures as concepts: each value is read against its own words, in any wording."""

from __future__ import annotations

import pytest

from extractors.concepts import concept_of
from extractors.nlp import load_nlp
from extractors.patterns import PROJECTION
from tests.test_extract import extract


def linked(text: str) -> list[tuple[str, float, int | None]]:
    doc = load_nlp("en")(text)
    return [
        (
            span.label_,
            span._.value.value if hasattr(span._.value, "value") else span._.value,
            span._.fiscal_year,
        )
        for span in doc.spans["figures"]
    ]


@pytest.mark.parametrize(
    ("kind", "label", "name"),
    [
        ("MONEY", "Raise size", "funding_target"),
        ("MONEY", "Amount to be raised", "funding_target"),
        ("MONEY", "Target offering amount", "funding_target"),
        ("PERCENT", "Stake available to investors", "equity_offered_pct"),
        ("PERCENT", "Percentage of share capital offered", "equity_offered_pct"),
        ("MONEY", "Valuation before the raise", "pre_money_valuation"),
        ("MONEY", "Pre-money valuation", "pre_money_valuation"),
        ("MONEY", "Cost of one share", "price_per_share"),
        ("MONEY", "Issue price per ordinary share", "price_per_share"),
        ("MONEY", "Smallest ticket accepted", "minimum_investment"),
        ("MONEY", "Minimum subscription", "minimum_investment"),
        ("MONEY", "Overfunding ceiling", "maximum_target"),
        ("MONEY", "Maximum offering amount (if oversubscribed)", "maximum_target"),
        ("DATE", "Offer closes", "DEADLINE"),
    ],
)
def test_a_term_sheet_label_is_read_as_its_concept(kind: str, label: str, name: str) -> None:
    assert concept_of(kind, label) == name


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("MONEY", "Post-money valuation"),
        ("MONEY", "Valuation after the raise"),
        ("MONEY", "Valuation cap"),
        ("MONEY", "Nominal value per share"),
        ("MONEY", "Market size"),
        ("PERCENT", "Success fee charged to the project owner"),
        ("PERCENT", "Founders hold"),
        ("DATE", "Date of incorporation"),
    ],
)
def test_a_distractor_label_is_no_term(kind: str, label: str) -> None:
    assert concept_of(kind, label) is None


def test_each_amount_of_a_sentence_goes_to_its_own_words() -> None:
    found = linked(
        "We are offering 12% of our share capital to raise $350,000, at $0.85 per share; "
        "the smallest investment is $1K, and we may accept up to $700,000."
    )
    assert found == [
        ("equity_offered_pct", 12.0, None),
        ("funding_target", 350000.0, None),
        ("price_per_share", 0.85, None),
        ("minimum_investment", 1000.0, None),
        ("maximum_target", 700000.0, None),
    ]


def test_a_valuation_is_pre_money_only_before_the_money() -> None:
    found = linked(
        "This values the company at USD 33,800,000 before the investment (pre-money), "
        "based on 1,000,000 shares at USD 33.80."
    )
    assert found == [("pre_money_valuation", 33800000.0, None), ("price_per_share", 33.8, None)]
    assert linked("That puts the pre-money at £3,000,000 (£3,750,000 post-money).") == [
        ("pre_money_valuation", 3000000.0, None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Orchardleaf, our closest competitor, was valued at $40m in its latest round.",
        "Our previous round (2022) valued the company at $1,120,000 before the investment.",
        "In 2023 we closed a seed round of €390,000 at a pre-money valuation of €2,360,000.",
        "The shares are ordinary shares of €0.01 each.",
        "Common Stock, $0.0001 par value per share.",
    ],
)
def test_other_rounds_and_nominal_values_are_no_offering_terms(sentence: str) -> None:
    assert linked(sentence) == []


def test_statement_amounts_take_their_own_years() -> None:
    assert linked("In 2023 we generated revenue of €252,000 (FY2022: €158k).") == [
        ("revenue", 252000.0, 2023),
        ("revenue", 158000.0, 2022),
    ]
    assert linked(
        "Sales reached $1,188,000 in the year to December 2023, compared with $776,000 the "
        "year before."
    ) == [("revenue", 1188000.0, 2023), ("revenue", 776000.0, 2022)]
    assert linked("Revenue for FY2023 was €245,000, up from €169,000 in FY2022.") == [
        ("revenue", 245000.0, 2023),
        ("revenue", 169000.0, 2022),
    ]


def test_the_year_just_spoken_of_carries_to_the_next_sentence() -> None:
    found = linked(
        "In FY2022 the company recorded revenue of £180,000. The loss for the year was £63,000."
    )
    assert found == [("revenue", 180000.0, 2022), ("net_income", 63000.0, 2022)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue grew by €76,000 in FY2023.",
        "FX impacted net sales by $(5.2) billion in 2023.",
        "Revenue was up $76,000 in 2023.",
        "Turnover was up roughly 2.097.000,00 EUR on the prior year.",
        "Basic earnings per share were $5.20 in 2023.",
    ],
)
def test_changes_and_per_share_amounts_are_no_totals(sentence: str) -> None:
    assert linked(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "projected"),
    [
        ("Information on the project owner Revenue in 2023 was €352,000.", False),
        ("Revenue from pilot projects was €90,000 in 2023.", False),
        ("We project revenue of €700,000 in 2025.", True),
        ("The company projects revenue of €700,000 in 2025.", True),
        ("Revenue is projected at €700,000 in 2025.", True),
    ],
)
def test_project_looks_forward_as_a_verb_only(sentence: str, projected: bool) -> None:
    disclosure = extract([["Key figures", sentence]])
    assert bool(disclosure.projections) is projected
    assert bool(disclosure.figures) is not projected


def test_a_plans_forecasts_are_projections_with_their_year_never_figures() -> None:
    disclosure = extract(
        [
            [
                "Financial plan",
                "Revenue for FY2024 was £1,250,000.",
                "We expect revenue of £2,000,000 in 2026 as the second site opens.",
            ]
        ]
    )
    assert [(p.name, p.fiscal_year, p.value, p.page_no) for p in disclosure.projections] == [
        ("revenue", 2026, 2000000.0, 1)
    ]
    revenue = [(f.fiscal_year, f.value) for f in disclosure.figures if f.name == "revenue"]
    assert revenue == [(2024, 1250000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The label after the value: on a line the value opens, and right after it in a clause.
        (
            "• £400,000 – target raise\n• 12% – stake on offer\n",
            [("funding_target", 400_000, None), ("equity_offered_pct", 12, None)],
        ),
        (
            "They booked $1.9m of revenue in 2024 and a $120,000 net loss.",
            [("revenue", 1_900_000, 2024), ("net_income", 120_000, 2024)],  # signed below
        ),
        (
            "Tickets start with a €50 minimum investment and a €900,000 cap on the round.",
            [("minimum_investment", 50, None), ("maximum_target", 900_000, None)],
        ),
        # A date between the words and the amount is read as its year.
        (
            "Turnover for the twelve months to 30 June 2024 amounted to £2.2m.",
            [("revenue", 2_200_000, 2024)],
        ),
        (
            "Cash at 31 March 2024 amounted to €88,000.",
            [("cash", 88_000, 2024)],
        ),
        # Fiscal years named by both calendar years, or as FY and two digits.
        (
            "Sales were £610,000 in 2023/24, against £480,000 in FY23.",
            [("revenue", 610_000, 2024), ("revenue", 480_000, 2023)],
        ),
        # Pairs on one line, parted by dashes or list letters, each keep their own label.
        (
            "Offer price: $2.10 — Lowest subscription: $250 — Equity sold: 9%",
            [
                ("price_per_share", 2.10, None),
                ("minimum_investment", 250, None),
                ("equity_offered_pct", 9, None),
            ],
        ),
        (
            "(a) Issue price per share: 40p (b) Hard cap: £2m",
            [("price_per_share", 0.40, None), ("maximum_target", 2_000_000, None)],
        ),
        # Term-sheet pairs with no punctuation between them: the next label is not this one's.
        (
            "Target raise: 300.000,00 EUR Hard cap (with overfunding): 450.000,00 EUR",
            [("funding_target", 300_000, None), ("maximum_target", 450_000, None)],
        ),
        # A label cell wrapped under its value.
        (
            "Minimum  €250.00\nIndividual\nSubscription\nThe offer is open to all.",
            [("minimum_investment", 250, None)],
        ),
        # The words before the value govern it, though a concept's word follows it.
        (
            "We seek $800,000 at a pre-money valuation of $7.2 million.",
            [("funding_target", 800_000, None), ("pre_money_valuation", 7_200_000, None)],
        ),
        # German shorthand: Mio. before the currency, T€ for thousands.
        (
            "Die Emission: 1,5 Mio. € pre-money valuation; minimum ticket 2 T€.",
            [("pre_money_valuation", 1_500_000, None), ("minimum_investment", 2_000, None)],
        ),
    ],
)
def test_each_value_is_read_with_its_own_words(text: str, expected: list) -> None:
    assert [(name, pytest.approx(value), year) for name, value, year in expected] == linked(text)


@pytest.mark.parametrize(
    "text",
    [
        "For comparison, a rival was valued at £40m last spring.",
        "Earlier funding: £300,000 (2022, pre-money £2,000,000).",
        "The seed round closed at £900k; the pre-money valuation then was £3m.",
        "Number of new shares (target) 500,000",
    ],
)
def test_past_rounds_and_counts_are_no_offering_terms(text: str) -> None:
    assert [name for name, _, _ in linked(text) if name != "revenue"] == []


def test_a_loss_named_after_its_amount_is_negative() -> None:
    disclosure = extract([["In 2024 we made a £45,000 net loss on sales of £300,000."]])
    figures = {(figure.name, figure.value, figure.fiscal_year) for figure in disclosure.figures}
    assert figures == {("net_income", -45_000, 2024), ("revenue", 300_000, 2024)}


@pytest.mark.parametrize(
    ("language", "text", "deadline"),
    [
        ("zh", "认购截止日：2025.03.14\n", "2025.03.14"),
        ("zh", "截止日期  2025-03-14\n", "2025-03-14"),
        ("en", "• 14 Mar 2025 – offer period ends\n", "14 Mar 2025"),
    ],
)
def test_a_deadline_in_any_wording(language: str, text: str, deadline: str) -> None:
    doc = load_nlp(language)(text)
    assert [(span.label_, span.text) for span in doc.spans["figures"]] == [("DEADLINE", deadline)]


def linked_zh(text: str) -> list[tuple[str, float, int | None]]:
    doc = load_nlp("zh")(text)
    return [
        (span.label_, getattr(span._.value, "value", span._.value), span._.fiscal_year)
        for span in doc.spans["figures"]
        if span.label_ != "DEADLINE"
    ]


@pytest.mark.parametrize(
    ("kind", "label", "name"),
    [
        ("MONEY", "计划融资", "funding_target"),
        ("MONEY", "本次募集资金总额", "funding_target"),
        ("MONEY", "融资需求", "funding_target"),
        ("PERCENT", "释放股权比例", "equity_offered_pct"),
        ("PERCENT", "本轮让渡股份", "equity_offered_pct"),
        ("MONEY", "估值（投前）", "pre_money_valuation"),
        ("MONEY", "投资前估值", "pre_money_valuation"),
        ("MONEY", "认购价格（每股）", "price_per_share"),
        ("MONEY", "每股发行价", "price_per_share"),
        ("MONEY", "单笔最低认购金额", "minimum_investment"),
        ("MONEY", "最低投资额", "minimum_investment"),
        ("MONEY", "认购起点", "minimum_investment"),
        ("MONEY", "超募上限", "maximum_target"),
        ("MONEY", "募集规模上限", "maximum_target"),
        ("MONEY", "最高融资额", "maximum_target"),
        ("DATE", "募集结束日期", "DEADLINE"),
    ],
)
def test_a_chinese_term_label_is_read_as_its_concept(kind: str, label: str, name: str) -> None:
    assert concept_of(kind, label) == name


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("MONEY", "投后估值"),
        ("MONEY", "融资后估值"),
        ("MONEY", "每股收益"),
        ("MONEY", "每股净资产"),
        ("MONEY", "单笔最高认购金额"),
        ("MONEY", "本轮融资将用于研发"),
        ("MONEY", "融资计划书"),
        ("MONEY", "营业外收入"),
        ("MONEY", "利润总额"),
        ("MONEY", "扣除非经常性损益后的净利润"),
        ("PERCENT", "创始团队持股"),
        ("PERCENT", "净利润率"),
    ],
)
def test_a_chinese_distractor_label_is_no_term(kind: str, label: str) -> None:
    assert concept_of(kind, label) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The prior year given by comparison keeps its year; the clause after the semicolon
        # is of the year before it; a net loss is named (its sign comes with the figure).
        (
            "2024年公司实现营业收入人民币24,500,000元，较2023年的¥15,890,000.00增长54%；"
            "净亏损三百一十二万元。",
            [
                ("revenue", 24_500_000, 2024),
                ("revenue", 15_890_000, 2023),
                ("net_income", 3_120_000, 2024),
            ],
        ),
        (
            "2023年度，公司营业收入为1,280万元，上年为970万元；净利润23万元。",
            [
                ("revenue", 12_800_000, 2023),
                ("revenue", 9_700_000, 2022),
                ("net_income", 230_000, 2023),
            ],
        ),
        # A change is no total; a forecast year keeps its words but is no statement line.
        ("2024年营业收入同比增长120万元。", []),
        (
            "本轮计划融资100万元，出让股权比例25%，融资前估值¥3,000,000.00，投后估值人民币400万元。",
            [
                ("funding_target", 1_000_000, None),
                ("equity_offered_pct", 25, None),
                ("pre_money_valuation", 3_000_000, None),
            ],
        ),
        (
            "本轮融资金额400万元，释放股权比例15%，融资上限¥6,000,000.00，每股认购价12.50元，"
            "最低投资额1W，认购截止日期2025.04.29。",
            [
                ("funding_target", 4_000_000, None),
                ("equity_offered_pct", 15, None),
                ("maximum_target", 6_000_000, None),
                ("price_per_share", 12.5, None),
                ("minimum_investment", 10_000, None),
            ],
        ),
        # Past rounds and competitors give no offering terms.
        ("公司于2022年已完成天使轮融资500万元。", []),
        ("竞争对手A公司2023年营业收入5亿元。", []),
        # A minus after a Chinese word; another year's value after the first.
        (
            "公司2024年营业收入为3,000万元，2023年为2,400万元。2024年净利润为-320.5万元。",
            [
                ("revenue", 30_000_000, 2024),
                ("revenue", 24_000_000, 2023),
                ("net_income", -3_205_000, 2024),
            ],
        ),
        # Values listed after 分别为 take the years in turn.
        (
            "2022年度、2023年度，公司营业收入分别为4,500.23万元和6,210.45万元，"
            "净利润分别为-120.5万元和356.8万元。",
            [
                ("revenue", 45_002_300, 2022),
                ("revenue", 62_104_500, 2023),
                ("net_income", -1_205_000, 2022),
                ("net_income", 3_568_000, 2023),
            ],
        ),
        (
            "2022年至2024年，公司营业收入分别为1,000万元、1,500万元和2,200万元。",
            [
                ("revenue", 10_000_000, 2022),
                ("revenue", 15_000_000, 2023),
                ("revenue", 22_000_000, 2024),
            ],
        ),
        (
            "公司近三年营业收入分别为：2022年1000万元，2023年1500万元，2024年2200万元。",
            [
                ("revenue", 10_000_000, 2022),
                ("revenue", 15_000_000, 2023),
                ("revenue", 22_000_000, 2024),
            ],
        ),
        # Two years and three values do not pair up: no value takes a year.
        ("2023年和2024年，公司营业收入分别为1,000万元、1,500万元和2,200万元。", []),
        # A range is neither of its ends; part of a year is no year's figure.
        ("本轮融资额度：500-800万元", []),
        ("本次众筹目标金额为人民币200万元至300万元。", []),
        ("2024年1-9月，公司实现营业收入1,500万元。", []),
        ("公司2024年上半年营业收入800万元。", []),
        ("本次众筹目标金额为人民币200万元。", [("funding_target", 2_000_000, None)]),
        # The money above the target is no maximum: 超额认购部分, 新增…资金.
        ("超额认购部分（约2500万元）计划用于研发投入及市场推广。", []),
        ("如达到融资上限，新增800万元资金的用途如下：", []),
    ],
)
def test_chinese_prose_figures_each_with_its_own_words(text: str, expected: list) -> None:
    assert linked_zh(text) == [(name, pytest.approx(value), year) for name, value, year in expected]


def test_a_chinese_forecast_clause_keeps_the_reported_year_before_it() -> None:
    doc = load_nlp("zh")("公司2024年营业收入2000万元，预计2025年营业收入将达到3500万元。")
    found = [(span._.fiscal_year, span._.projected) for span in doc.spans["figures"]]
    assert found == [(2024, False), (2025, True)]


def test_a_decimal_point_does_not_end_a_chinese_sentence() -> None:
    doc = load_nlp("zh")("每股价格：0.10元\n起投金额：200,000.00元\n")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "每股价格：0.10元",
        "起投金额：200,000.00元",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2025年预计实现营业收入5012万元；2026年预计实现营业收入9348万元。",
        "2026年预 计实现营业收入5222万元。",  # a wrapped line split the word
    ],
)
def test_a_chinese_forecast_is_no_statement_figure(text: str) -> None:
    doc = load_nlp("zh")(text)
    assert [span.label_ for span in doc.spans["figures"]] == ["revenue"] * text.count("营业收入")
    assert all(PROJECTION.search(span.sent.text) for span in doc.spans["figures"])


def test_an_invitation_to_subscribe_an_amount_states_the_target() -> None:
    found = linked(
        "Investors are invited to subscribe $150,000 for new shares representing 10 percent of "
        "the enlarged share capital. The minimum subscription is $250."
    )
    assert ("funding_target", 150_000, None) in found
    assert ("minimum_investment", 250, None) in found


def test_a_sentence_the_layout_left_wrapped_goes_on_in_lower_case() -> None:
    found = linked("Turnover reached EUR 1,250,000 in the 12\nmonths to 30 June 2025.\nRisks")
    assert found == [("revenue", 1_250_000, 2025)]
    # A new line after a stop, or in capitals, starts a sentence of its own.
    assert linked("Revenue was €90,000.\nnet loss was €5,000 in 2024.")[0][2] is None
