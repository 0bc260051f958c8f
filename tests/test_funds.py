"""Use-of-funds lines as plans and offerings print them: rows, prose, tables, two columns."""

from __future__ import annotations

import pytest

from extractors import extract_disclosure, load_nlp
from extractors.funds import funds_lines
from extractors.funds_tables import cell_values, table_lines
from extractors.funds_text import block_lines
from extractors.funds_uses import line_uses
from extractors.sections import section_spans
from schemas import Disclosure, Figure, Table
from tests import pdfs


def extract(pages: list[list[str]]) -> Disclosure:
    return extract_disclosure(pdfs.parsed(pdfs.text_pdf(pages)))


def uses(disclosure: Disclosure) -> list[tuple[str, float | None, float | None]]:
    return [(line.category, line.amount, line.pct) for line in disclosure.use_of_funds]


def read(
    lines: list[str], currency: str | None = None
) -> list[tuple[str, float | None, float | None]]:
    return [
        (line.category, line.amount, line.pct)
        for line in block_lines(lines, page_no=1, currency=currency)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contingency: $87,500 (25 %)", [("Contingency", 87_500, 25)]),
        ("Sales and marketing – $105,000 (30.0%)", [("Sales and marketing", 105_000, 30)]),
        ("Regulatory approvals 55%", [("Regulatory approvals", None, 55)]),
        ("$250,000 — Tooling", [("Tooling", 250_000, None)]),
        ("30% to hiring", [("hiring", None, 30)]),
        ("Working capital  €300K 60.00%", [("Working capital", 300_000, 60)]),
        ("产能扩建：1,200万元（40%）", [("产能扩建", 12_000_000, 40)]),
        (
            "We will put CHF 80,000 into a second kiln, CHF 45,000 towards certification and "
            "CHF 25,000 on the web shop.",
            [
                ("second kiln", 80_000, None),
                ("certification", 45_000, None),
                ("web shop", 25_000, None),
            ],
        ),
        (
            "The round pays for hiring (€200,000), a new warehouse (€150,000) and marketing "
            "(€50,000).",
            [
                ("hiring", 200_000, None),
                ("new warehouse", 150_000, None),
                ("marketing", 50_000, None),
            ],
        ),
        (
            "Of the money raised we will allocate 45 percent (£90,000) to working capital and "
            "55 percent (£110,000) to stock.",
            [("working capital", 90_000, 45), ("stock", 110_000, 55)],
        ),
        (
            "本轮资金将按以下比例使用：设备采购55%；产能扩建35%；品牌建设10%。",
            [("设备采购", None, 55), ("产能扩建", None, 35), ("品牌建设", None, 10)],
        ),
        (
            "Of the money raised we will allocate 55% to contingency, 30 % to debt repayment and "
            "the remaining 15% to recruitment.",
            [("contingency", None, 55), ("debt repayment", None, 30), ("recruitment", None, 15)],
        ),
        ("IT infrastructure – €40,000", [("IT infrastructure", 40_000, None)]),
        ("US distribution: $70,000", [("US distribution", 70_000, None)]),
        (
            "The new capital will fund customer support (£80k) and patents (£20k).",
            [("customer support", 80_000, None), ("patents", 20_000, None)],
        ),
    ],
    ids=[
        "colon",
        "dash",
        "percent-only",
        "amount-first",
        "percent-to",
        "one-cell-both",
        "chinese-row",
        "prose-on",
        "prose-brackets",
        "prose-percent-and-amount",
        "chinese-prose",
        "the-remaining",
        "acronym-it",
        "acronym-us",
        "lead-word-in-category",
    ],
)
def test_a_line_gives_its_uses(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert [
        (use.category, use.amount, use.pct) for use in line_uses(text, currency=None)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "We are raising €1,000,000 for 10% of the company.",
        "The funds raised (€500,000) will be allocated as follows:",
        "公司本轮计划融资3000万元",
        "The raise: €500,000 for 10% equity.",
    ],
)
def test_a_sentence_about_the_raise_is_no_use(text: str) -> None:
    assert line_uses(text, currency="EUR") == []


def test_the_lines_end_at_their_total_and_at_the_first_line_without_a_value() -> None:
    lines = [
        "We plan to use the money like this:",
        "Use  Amount  %",
        "Hiring  £60k  60%",
        "Tooling  £40k  40%",
        "Total  £100k  100%",
        "Revenue  £1.2m  £2.4m",
    ]
    assert read(lines) == [("Hiring", 60_000, 60), ("Tooling", 40_000, 40)]
    assert read(["1. Hiring: $10k", "2. Rent: $5k", "Financial projections", "Revenue: $2m"]) == [
        ("Hiring", 10_000, None),
        ("Rent", 5_000, None),
    ]


def test_rows_that_name_their_category_after_their_values() -> None:
    """Column headings are no label of the first row; the total printed last ends the lines."""
    lines = ["Cost  Share  Item", "€90,000  45%  Tooling", "€110,000  55%  Stock"]
    lines += ["€200,000  100%  Total", "€1.2m  2026 revenue"]
    assert read(lines) == [("Tooling", 90_000, 45), ("Stock", 110_000, 55)]


def test_a_page_number_after_the_last_row_is_no_part_of_it() -> None:
    lines = ["We will use the money like this:", "Hiring 480.000 EUR; Rent 120.000 EUR", "7"]
    assert read(lines, currency="EUR") == [("Hiring", 480_000, None), ("Rent", 120_000, None)]


def test_a_line_of_the_other_column_read_into_a_row() -> None:
    """On a two-column page a line of the left column runs into each row of the table."""
    lines = ["Use  Amount  Share", "Acme Ltd Business Plan  Hiring  €120,000  60%"]
    lines += ["March 2025  Equipment  €80,000  40%", "1. Summary  Total  €200,000  100%"]
    assert read(lines) == [("Hiring", 120_000, 60), ("Equipment", 80_000, 40)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["- Legal fees - EUR", "140,000 (35%)", "- Rent: EUR 260,000 (65%)"],
            ("Legal fees", 140_000, 35),
        ),
        (
            ["• Tooling: £280,000 (70", "percent)", "• Stock: £120,000 (30 percent)"],
            ("Tooling", 280_000, 70),
        ),
        (
            ["Category  Amount  %", "Research  USD  55.00%", "220,000", "Stock  USD 180,000  45%"],
            ("Research", 220_000, 55),
        ),
        (
            ["Category  Amount", "Marketing  EUR", "2.025.000,00", "Rent  EUR 500.000"],
            ("Marketing", 2_025_000, None),
        ),
        (
            ["We will spend $450k on equipment, $450k on hiring,", "$50k on rent."],
            ("rent", 50_000, None),
        ),
        (["本轮资金将按以下比例使用：渠道建设30%；品牌", "建设70%。"], ("品牌建设", None, 70)),
        (
            ["• Tooling – 40% (USD", "80,000)", "• Stock – 60% (USD 120,000)"],
            ("Tooling", 80_000, 40),
        ),
    ],
    ids=[
        "currency-then-amount",
        "percent-word",
        "amount-below-currency",
        "number-below-currency",
        "sentence",
        "chinese",
        "amount-below-its-bracketed-currency",
    ],
)
def test_a_wrapped_item_is_read_whole(
    lines: list[str], expected: tuple[str, float | None, float | None]
) -> None:
    assert expected in read(lines)


def test_the_heading_rows_unit_wins_over_the_prose_above() -> None:
    """The caption is the prose printed above the table; its `百万` is another number's unit."""
    table = Table(
        page_no=1,
        rows=[
            ["用途", "金额（万元）", "占比"],
            ["设备采购", "60.00", "60%"],
            ["市场推广", "40.00", "40%"],
        ],
        bbox=(0.0, 0.0, 100.0, 100.0),
        ruled=False,
        caption="本轮融资100万元，投前估值八百万元。",
    )
    assert [(line.category, line.amount, line.pct) for line in table_lines(table, None)] == [
        ("设备采购", 600_000, 60),
        ("市场推广", 400_000, 40),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Cost  Share  Item",
            "EUR  30 %  Tooling (two moulds)",
            "300.000,00",
            "€700k  70 %  Stock",
        ],
        [
            "Cost  Share  Item",
            "€300k  30 %  Tooling (two moulds)",
            "EUR",
            "€700k  70 %  Stock",
        ],
    ],
    ids=["number-below-its-currency", "currency-line-below-a-row"],
)
def test_a_value_first_row_wrapped_below(lines: list[str]) -> None:
    assert read(lines, currency="EUR") == [
        ("Tooling (two moulds)", 300_000, 30),
        ("Stock", 700_000, 70),
    ]


def test_a_cell_may_hold_the_amount_and_the_share() -> None:
    assert cell_values(["€300K 60.00%"], currency="EUR", scale=1.0, bare_amounts=True) == (
        300_000,
        "EUR",
        60,
    )
    assert cell_values(["105.00", "30%"], currency="CNY", scale=1e4, bare_amounts=True) == (
        1_050_000,
        "CNY",
        30,
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Use of the investment",
        "5. How we will spend your money",
        "Mittelverwendung",
        "Proceeds allocation:",
        "Spending plan",
        "Planned expenditure",
        "3. Budget breakdown",
    ],
)
def test_use_of_funds_headings_beyond_the_cue_list(heading: str) -> None:
    disclosure = extract(
        [
            [
                "Nordlicht GmbH Business Plan",
                heading,
                "Marketing: €40,000 (40%)",
                "Hiring: €60,000 (60%)",
            ]
        ]
    )
    assert uses(disclosure) == [("Marketing", 40_000, 40), ("Hiring", 60_000, 60)]


def test_unbulleted_lines_and_a_fee_section_after_them() -> None:
    disclosure = extract(
        [
            [
                "Key Investment Information Sheet",
                "Use of proceeds",
                "Platform fees: €90k (9%)",
                "Product development: €910k (91%)",
                "Part G: Fees, information and legal redress",
                "Success fee charged to the project owner: 6% of the amount raised",
            ]
        ]
    )
    assert uses(disclosure) == [("Platform fees", 90_000, 9), ("Product development", 910_000, 91)]


@pytest.mark.parametrize(
    "fee",
    [
        "Backers pay a 3.5% service fee to the portal on top of their pledge.",
        "Fees: the portal charges the company 5% of the money raised.",
    ],
)
def test_a_fee_sentence_after_the_lines_is_no_use(fee: str) -> None:
    disclosure = extract(
        [["Use of proceeds", "Platform fees: 9%", "Product development: 91%", fee]]
    )
    assert uses(disclosure) == [("Platform fees", None, 9), ("Product development", None, 91)]


def test_an_enumeration_that_names_a_payment_keeps_its_uses() -> None:
    disclosure = extract(
        [["Use of proceeds", "We will use 60% to pay suppliers and 40% for platform fees."]]
    )
    assert uses(disclosure) == [("pay suppliers", None, 60), ("platform fees", None, 40)]


def test_a_category_after_its_values_is_no_heading() -> None:
    """`Team` heads a section of its own; after a row's values it is the row's category."""
    text = "Use of proceeds\nCost  %  Purpose\n£48,000  40%  Team expansion\n"
    text += "£72,000  60%  Equipment\nRisks\nLoss of capital.\n"
    start, end = section_spans(load_nlp("en")(text), "use_of_funds")[0]
    assert "Equipment" in text[start:end]
    assert read(text[start:end].split("\n")[1:]) == [
        ("Team expansion", 48_000, 40),
        ("Equipment", 72_000, 60),
    ]


def test_a_row_label_with_its_values_is_no_heading() -> None:
    text = "Use of proceeds\nUse  Cost  %\nTeam growth  €300,000  60%\n"
    text += "Tooling  €200,000  40%\nEUR\nRisks\nLoss of capital.\n"
    start, end = section_spans(load_nlp("en")(text), "use_of_funds")[0]
    assert text[start:end].rstrip().endswith("EUR")


def test_column_headings_over_rows_do_not_end_the_section() -> None:
    text = "Use of funds\nThe money goes to:\nCost Purpose\n£66,000 Shop fit-out\n"
    text += "£34,000 Stock\nRisks\nLoss of capital.\n"
    start, end = section_spans(load_nlp("en")(text), "use_of_funds")[0]
    assert read(text[start:end].split("\n")[1:]) == [
        ("Shop fit-out", 66_000, None),
        ("Stock", 34_000, None),
    ]


def test_a_heading_run_into_its_sentence_still_heads_the_section() -> None:
    disclosure = extract(
        [["Kestrel Ltd", "Use of funds We will spend £30,000 on stock and £20,000 on a van."]]
    )
    assert uses(disclosure) == [("stock", 30_000, None), ("van", 20_000, None)]


def test_a_section_in_the_right_column_beside_a_terms_block() -> None:
    """The terms of the raise printed beside the use of funds, line for line: the page text
    interleaves the two columns; the section is read from its own column."""
    terms = [("Target offering", "£250,000"), ("Percentage of", "5 %"), ("equity offered", "")]
    terms += [("Lowest investment", "£10.00"), ("Maximum", "£625K"), ("Campaign end", "12 May")]
    rows = [("Working capital", ">£100k", ">40%"), ("Product development", ">£75K", ">30%")]
    rows += [("Inventory", ">£37.5k", ">15%"), ("New premises", ">£37.5k", ">15%")]
    placed = [(56.0, 80.0, "Rome Power plc"), (310.0, 80.0, "Use of funds")]
    placed += [(310.0, 96.0, "We plan to use the money like this:")]
    for index, (label, value) in enumerate(terms):
        placed += [(56.0, 110.0 + 13 * index, label), (150.0, 110.0 + 13 * index, value)]
    for index, (label, amount, share) in enumerate(rows):
        y = 114.0 + 15 * index
        placed += [(312.0, y, label), (490.0, y, amount), (536.0, y, share)]
    placed += [(310.0, 200.0, "Investment risks"), (310.0, 214.0, "Loss of capital")]
    disclosure = extract_disclosure(
        pdfs.parsed(pdfs.placed_pdf([[(x, y, t) for x, y, t in placed if t]]))
    )
    assert uses(disclosure) == [
        ("Working capital", 100_000, 40),
        ("Product development", 75_000, 30),
        ("Inventory", 37_500, 15),
        ("New premises", 37_500, 15),
    ]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("Shares of the raise:", [400_000, 600_000]),
        ("Shares of the maximum raise:", [600_000, 900_000]),
    ],
)
def test_a_share_alone_takes_its_amount_from_the_raise(intro: str, expected: list[float]) -> None:
    pdf = pdfs.parsed(pdfs.text_pdf([["Use of funds", intro, "Hiring 40%", "Equipment 60%"]]))
    page = pdf.pages[0]
    doc = load_nlp("en")(page.text)
    start, end = section_spans(doc, "use_of_funds")[0]
    raise_terms = [
        Figure(
            name="funding_target", value=1e6, currency="EUR", page_no=1, evidence="x", source="text"
        ),
        Figure(
            name="maximum_target",
            value=1.5e6,
            currency="EUR",
            page_no=1,
            evidence="x",
            source="text",
        ),
    ]
    lines = funds_lines(doc, page, start=start, end=end, currency=None, figures=raise_terms)
    assert [(line.amount, line.currency, line.pct) for line in lines] == [
        (expected[0], "EUR", 40),
        (expected[1], "EUR", 60),
    ]
    unknown = funds_lines(doc, page, start=start, end=end, currency=None)
    assert [(line.amount, line.pct) for line in unknown] == [(None, 40), (None, 60)]


@pytest.mark.parametrize(
    ("text", "headed"),
    [
        ("Summary\nHow we will use the money We will spend €5k on stock and €5k on a van.\n", True),
        ("Capex\nAllocation of Capital Expenditures  2021  2020\nRemodels  2,013  2,184\n", False),
    ],
    ids=["run-on-sentence", "annual-report-table"],
)
def test_what_heads_a_use_of_funds_section(text: str, headed: bool) -> None:
    assert bool(section_spans(load_nlp("en")(text), "use_of_funds")) is headed


def test_chinese_rows_with_item_numbers_and_shares_after_amounts() -> None:
    numbered = [
        "序号  用途  金额（万元）  占比",
        "1  人才招聘  700.00  35%",
        "2  产能扩建  1,300.00  65%",
    ]
    numbered.append("合计  2,000.00  100%")
    assert read(numbered, "CNY") == [("人才招聘", 7_000_000, 35), ("产能扩建", 13_000_000, 65)]
    listed = ["1. 人才引进与培训：200万元，占比40%", "2. 市场推广：300万元，占比60%"]
    assert read(listed, "CNY") == [("人才引进与培训", 2_000_000, 40), ("市场推广", 3_000_000, 60)]
    # An item number is no amount, in a table's rows too.
    table = Table(
        page_no=1,
        rows=[["序号", "用途", "金额（万元）", "占比"], ["1", "设备采购", "350.00", "70%"]],
        bbox=(0, 0, 1, 1),
        ruled=True,
    )
    assert [(line.category, line.amount, line.pct) for line in table_lines(table, "CNY")] == [
        ("设备采购", 3_500_000, 70)
    ]


def test_a_column_heading_in_full_units_or_named_like_the_section_keeps_its_unit() -> None:
    # The prose above speaks of 万元; the column says 元.
    in_yuan = Table(
        page_no=1,
        rows=[["项目", "投资金额（元）", "比例"], ["研发投入", "500,000", "100%"]],
        bbox=(0, 0, 1, 1),
        ruled=True,
        caption="融资上限人民币625万元。 资金使用计划",
    )
    assert [(line.amount, line.pct) for line in table_lines(in_yuan, "CNY")] == [(500_000, 100)]
    # The section is headed `资金用途`, as is the table's first column.
    headed = Table(
        page_no=1,
        rows=[["资金用途", "拟投入金额（万元）", "占比"], ["设备采购", "125", "100%"]],
        bbox=(0, 0, 1, 1),
        ruled=True,
        caption="单笔最低认购金额人民币10,000元",
    )
    assert [line.amount for line in table_lines(headed, "CNY", "资金用途")] == [1_250_000]


def test_a_last_column_of_words_wrapped_below_its_row_does_not_end_the_rows() -> None:
    lines = ["Area  Amount Timing", "International expansion  $150,000 Q3", "onwards"]
    lines += ["New premises  $62,500 Q3", "onwards", "Research and development  $37.5K Months"]
    lines += ["6–18", "If we reach the maximum, the extra money goes the same way."]
    assert [(category, amount) for category, amount, _ in read(lines, "USD")] == [
        ("International expansion", 150_000),
        ("New premises", 62_500),
        ("Research and development", 37_500),
    ]


def test_a_label_wrapped_below_its_row_beside_the_amounts_currency_marks() -> None:
    lines = ["Category  Target If maximum", "offering  raised", "amount sold"]
    lines += ["Fit-out of the production  760,000  1,140,000", "site  USD  US$"]
    lines += ["Repayment of shareholder  40,000 USD 60,000 US$", "loan", "Total raise  800,000"]
    assert [(category, amount) for category, amount, _ in read(lines, "USD")] == [
        ("Fit-out of the production site", 760_000),
        ("Repayment of shareholder loan", 40_000),
    ]


def test_a_note_run_onto_the_last_items_line_without_a_stop_is_apart() -> None:
    text = "Use of the investment\nPlanned allocation at the target amount:\n"
    text += "– 600,000 EUR – Software licences\n– €240,000.00 – Pilot projects with customers "
    text += "Fees: the intermediary charges the issuer 7.5 per cent of the amount raised, settled "
    text += "outside this budget.\nRisks\nLoss of capital.\n"
    assert uses(extract([text.split("\n")])) == [
        ("Software licences", 600_000, None),
        ("Pilot projects with customers", 240_000, None),
    ]


def test_a_currency_wrapped_below_an_amount_printed_without_one_is_its() -> None:
    lines = ["The proceeds will be spent as follows:"]
    lines += ["Platform fees $525K | Debt repayment $150,000 | Hiring 37,500", "US$"]
    lines += [
        "1) Sales and marketing – 40% (40.000,00",
        "EUR)",
        "2) IT infrastructure – 25% (EUR 25k)",
    ]
    assert [(category, amount) for category, amount, _ in read(lines)] == [
        ("Platform fees", 525_000),
        ("Debt repayment", 150_000),
        ("Hiring", 37_500),
        ("Sales and marketing", 40_000),
        ("IT infrastructure", 25_000),
    ]


def test_a_section_in_the_right_column_of_a_two_column_page_beside_a_table() -> None:
    """The left column holds a table whose value columns leave a blank band as wide as the
    gutter: the section's column starts where its heading does, not at that band."""
    prose = "The company makes robot arms for small factories and sells them to"
    placed = [(56.0, 80.0 + 13 * index, prose[index : 46 + index]) for index in range(6)]
    placed += [(317.0, 80.0 + 13 * index, prose[index : 50 + index]) for index in range(6)]
    figures = [("Total Assets", "$2,089,856", "$1,566,250")]
    figures += [("Accounts Receivable", "$269,141", "$186,361")]
    figures += [("Short-term Debt", "$97,236", "$66,171")]
    figures += [("Net Income", "($142,070)", "($149,173)")]
    for index, (label, latest, prior) in enumerate(figures):
        y = 193.0 + 13 * index  # beside the section's rows, nearly line for line
        placed += [(56.0, y, label), (215.0, y, f">{latest}"), (292.0, y, f">{prior}")]
    rows = [("Item", "Amount"), ("Contingency", "$75,000"), ("Second production line", "$30k")]
    rows += [("Tooling and moulds", "$45,000"), ("Total raise", "US$ 150,000")]
    placed += [(317.0, 170.0, "Use of Proceeds"), (317.0, 183.0, "Breakdown of planned spending:")]
    for index, (label, amount) in enumerate(rows):
        placed += [(320.0, 196.0 + 13 * index, label), (553.0, 196.0 + 13 * index, f">{amount}")]
    parsed = pdfs.parsed(pdfs.placed_pdf([placed]))
    assert parsed.pages[0].columns == 2
    assert uses(extract_disclosure(parsed)) == [
        ("Contingency", 75_000, None),
        ("Second production line", 30_000, None),
        ("Tooling and moulds", 45_000, None),
    ]


def test_a_bare_amount_first_under_a_heading_that_names_it() -> None:
    lines = ["Budget  % of raise Category", "700.000,00  35,0 % Working capital", "EUR"]
    lines += ["€ 600.000,00  30,00 % Clinical validation study", "2025  15 % Software licences"]
    assert read(lines, "EUR") == [
        ("Working capital", 700_000, 35),
        ("Clinical validation study", 600_000, 30),
    ]


def test_an_amount_wrapped_below_its_currency_beside_the_last_cells_tail() -> None:
    lines = ["Item  Budget When", "Stock purchases  USD Q3", "240,000 onwards"]
    lines += ["New premises  US$ 15,000 Year 1", "Tooling  EUR", "2 025 000"]
    assert [(category, amount) for category, amount, _ in read(lines, "USD")] == [
        ("Stock purchases", 240_000),
        ("New premises", 15_000),
        ("Tooling", 2_025_000),
    ]


def test_a_list_items_amount_wrapped_below_the_currency_that_ends_it() -> None:
    lines = ["The funds raised will be allocated as follows:", "1) Inventory — 37 500 €"]
    lines += ["2) Brand and customer acquisition — EUR", "12.500", "Investors pay a 7% fee."]
    assert [(category, amount) for category, amount, _ in read(lines, "EUR")] == [
        ("Inventory", 37_500),
        ("Brand and customer acquisition", 12_500),
    ]


def test_a_fee_note_run_onto_the_last_items_line_is_no_use() -> None:
    text = "Allocation of funds\n1) Inventory: 90 000 EUR\n2) Platform fees: 90.000,00 EUR\n"
    text += "3) Clinical study: EUR 45.000,00 Note: a platform fee of 6 % is payable separately "
    text += "and does not reduce the amounts shown.\nRisks\nLoss of capital.\n"
    assert uses(extract([text.split("\n")])) == [
        ("Inventory", 90_000, None),
        ("Platform fees", 90_000, None),
        ("Clinical study", 45_000, None),
    ]


def test_an_amounts_magnitude_wrapped_below_its_row() -> None:
    lines = ["Purpose  Budget % of raise When", "Customer support  EUR 3.5  70.0% Months"]
    lines += ["million  6–18", "New premises  €1,500,000  30.0% Months", "1–6"]
    lines += ["Marketing  €2 million  5% Q3", "million users"]
    assert read(lines, "EUR") == [
        ("Customer support", 3_500_000, 70),
        ("New premises", 1_500_000, 30),
        ("Marketing", 2_000_000, 5),
    ]


def test_a_lead_in_about_the_raise_that_ends_on_a_colon_introduces_uses() -> None:
    text = "本轮融资资金拟按如下方式使用：人民币60万元用于营销网络建设，占比60%；人民币15万元用于"
    text += "补充流 动资金，占比15%；人 民币5万元用于研发投入，占比5%。"
    assert [(use.category, use.amount, use.pct) for use in line_uses(text, currency="CNY")] == [
        ("营销网络建设", 600_000, 60),
        ("补充流动资金", 150_000, 15),
        ("研发投入", 50_000, 5),
    ]


def test_an_amount_wrapped_below_its_currency_beside_a_range_in_the_last_cell() -> None:
    lines = ["Category  Allocation  Share Timing", "Hiring  €  65,0 % Months", "65.000,00  6–18"]
    lines += ["Tooling and moulds  35.000,00  35% Q1–Q2", "EUR", "Total raise  EUR  100%"]
    lines += ["100.000"]
    # A bare number under `Allocation` is no amount: its share gives it from the raise.
    assert read(lines, "EUR") == [("Hiring", 65_000, 65), ("Tooling and moulds", None, 35)]


def test_a_total_row_whose_amount_wrapped_below_its_currency_ends_the_table() -> None:
    rows: list[list[str | None]] = [["Category", "Amount % of raise"]]
    rows += [["Equipment", "200 000 €", "10,00 %"], ["Total raise", "EUR", "100%"]]
    table = Table(page_no=1, rows=rows, bbox=(0, 0, 100, 100), ruled=False)
    assert [(line.category, line.pct) for line in table_lines(table, "EUR")] == [("Equipment", 10)]


def test_a_year_is_never_a_bare_amount() -> None:
    assert cell_values(["2024"], currency="USD", scale=1, bare_amounts=True) == (None, None, None)
    assert cell_values(["2,024"], currency="USD", scale=1, bare_amounts=True)[0] == 2_024


def test_a_table_below_the_next_heading_in_the_sections_column_is_not_its() -> None:
    prose = "The company makes robot arms for small factories and sells them to"
    placed = [(56.0, 80.0 + 13 * index, prose[index : 46 + index]) for index in range(6)]
    placed += [(320.0, 80.0 + 13 * index, prose[index : 46 + index]) for index in range(6)]
    placed += [(320.0, 170.0, "How the funds will be deployed")]
    placed += [(320.0, 184.0, "Debt repayment $140,000 · Inventory $60,000")]
    placed += [(320.0, 200.0, "Directors and Officers")]
    people = [("Name", "Position", "Since"), ("AISHA GREAVES", "CEO", "2024")]
    people += [("SEAN ROMANO", "Secretary", "2023"), ("ROSA HADDAD", "Director", "2022")]
    for index, (name, position, since) in enumerate(people):
        y = 216.0 + 14 * index
        placed += [(320.0, y, name), (420.0, y, position), (530.0, y, since)]
    placed += [(56.0, 170.0 + 13 * index, prose[: 40 + index]) for index in range(8)]
    disclosure = extract_disclosure(pdfs.parsed(pdfs.placed_pdf([placed])))
    assert uses(disclosure) == [("Debt repayment", 140_000, None), ("Inventory", 60_000, None)]


def test_an_items_label_that_ends_a_line_takes_the_value_that_opens_the_next() -> None:
    lines = ["The proceeds will be spent as follows:"]
    lines += ["Capital expenditure 3,500,000 € · Patent filings 1,000,000 EUR · Recruitment"]
    lines += ["250,000 EUR · Stock purchases 250,000 €", "Risks"]
    assert [(category, amount) for category, amount, _ in read(lines, "EUR")] == [
        ("Capital expenditure", 3_500_000),
        ("Patent filings", 1_000_000),
        ("Recruitment", 250_000),
        ("Stock purchases", 250_000),
    ]
    # A row of a table that prints its amount first is no such line.
    rows = ["Amount Purpose", "2 000 000 € Capital expenditure", "750 TEUR Sales and marketing"]
    assert [(category, amount) for category, amount, _ in read(rows, "EUR")] == [
        ("Capital expenditure", 2_000_000),
        ("Sales and marketing", 750_000),
    ]


def test_a_magnitudes_abbreviation_ends_no_sentence_and_a_page_number_no_row() -> None:
    lines = ["The funds raised will be allocated as follows:", "– 1,2 Mio. EUR - Hiring"]
    lines += ["– € 1.050.000 - Brand and customer acquisition", "– 750 000 € - IT infrastructure"]
    lines += ["1"]
    assert [(category, amount) for category, amount, _ in read(lines, "EUR")] == [
        ("Hiring", 1_200_000),
        ("Brand and customer acquisition", 1_050_000),
        ("IT infrastructure", 750_000),
    ]


def test_an_enumeration_wrapped_between_a_currency_mark_and_its_amount() -> None:
    lines = ["We plan to use the money like this:", "Inventory € 35.000 | Contingency €"]
    lines += ["30.000,00 | Software licences 20.000 EUR |", "Regulatory approvals EUR 15.000,00"]
    assert [(category, amount) for category, amount, _ in read(lines, "EUR")] == [
        ("Inventory", 35_000),
        ("Contingency", 30_000),
        ("Software licences", 20_000),
        ("Regulatory approvals", 15_000),
    ]


def test_a_currency_wrapped_below_a_rows_first_cell_is_its_amounts() -> None:
    lines = ["Allocation  Share Purpose", "€ 780.000,00  65,00% Capital expenditure"]
    lines += ["360.000,00  30% Equipment", "EUR", "€60 000  5% Platform fees"]
    assert [(category, amount) for category, amount, _ in read(lines)] == [
        ("Capital expenditure", 780_000),
        ("Equipment", 360_000),
        ("Platform fees", 60_000),
    ]


def test_a_rows_currency_and_its_labels_words_wrapped_below_it() -> None:
    lines = ["Amount  % Category", "220,000  55 % Repayment of", "US$  shareholder loan"]
    lines += ["$100,000  25.00% Second production line", "US$  20.0 % Pilot projects with"]
    lines += ["80,000  customers"]
    assert [(category, amount) for category, amount, _ in read(lines)] == [
        ("Repayment of shareholder loan", 220_000),
        ("Second production line", 100_000),
        ("Pilot projects with customers", 80_000),
    ]
