"""One regression test per bug found on the corpus or on real documents, named after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract_disclosure
from extractors.columns import find_gutter
from extractors.figures import _names_a_loss
from extractors.lines import runs_to_text, same_line
from schemas import Disclosure, TextRun
from tests import pdfs
from tests.test_extract import extract


def values(disclosure: Disclosure) -> dict[str, float]:
    return {figure.name: figure.value for figure in disclosure.figures}


def test_min_dot_abbreviation_does_not_end_the_sentence() -> None:
    disclosure = extract([["Acme Ltd offer", "Min. investment: £100", "Funding target: £50,000"]])
    assert values(disclosure)["minimum_investment"] == 100


def test_maximum_raise_of_is_not_a_funding_target() -> None:
    disclosure = extract(
        [["Acme Ltd offer", "Overfunding is permitted to a maximum raise of $2m."]]
    )
    assert values(disclosure) == {"maximum_target": 2_000_000}


def test_net_loss_printed_without_minus_is_negative() -> None:
    disclosure = extract([["Acme Ltd plan", "The net loss for 2024 was $43k."]])
    [figure] = disclosure.figures
    assert (figure.name, figure.value, figure.fiscal_year) == ("net_income", -43_000, 2024)


def test_prior_year_in_the_same_sentence_keeps_its_own_year() -> None:
    disclosure = extract(
        [["Acme Ltd plan", "Revenue for 2023 was $217,000, up from $188,000 in 2022."]]
    )
    assert {(f.fiscal_year, f.value) for f in disclosure.figures} == {
        (2023, 217_000),
        (2022, 188_000),
    }


def test_headcount_needs_a_verb_not_any_number_before_employees() -> None:
    text = "Only 320 employees having exchanged their company cars so far."
    assert extract([["Re-Cycle plan", text]]).company.employees is None
    assert (
        extract([["Acme Ltd plan", "The business currently has 45 employees."]]).company.employees
        == 45
    )


def test_a_dash_bullet_is_on_the_line_it_is_centred_on() -> None:
    text_run = TextRun(text="Equipment: € 250k (25 per cent)", x0=70, top=100, x1=300, bottom=110)
    bullet = TextRun(text="-", x0=60, top=104.5, x1=64, bottom=105.5)
    assert same_line(bullet, text_run)


def test_a_footer_in_the_gutter_does_not_hide_two_columns() -> None:
    left = [
        TextRun(
            text="left column prose line " * 2, x0=60, top=100 + 14 * i, x1=270, bottom=110 + 14 * i
        )
        for i in range(20)
    ]
    right = [
        TextRun(
            text="right column prose " * 2, x0=315, top=103 + 17 * i, x1=530, bottom=113 + 17 * i
        )
        for i in range(15)
    ]
    footer = TextRun(text="Page 2", x0=286, top=800, x1=310, bottom=810)
    assert find_gutter([*left, *right, footer], width=595) is not None


def test_a_statement_label_and_amount_columns_are_not_two_text_columns() -> None:
    labels = [
        TextRun(text=f"Line item number {i}", x0=60, top=100 + 14 * i, x1=200, bottom=110 + 14 * i)
        for i in range(12)
    ]
    amounts = [
        TextRun(text=f"{i},250", x0=420, top=100 + 14 * i, x1=460, bottom=110 + 14 * i)
        for i in range(12)
    ]
    assert find_gutter([*labels, *amounts], width=595) is None


def test_a_table_column_heading_is_not_a_section_heading() -> None:
    rows = [
        ("Use of funds", "Amount (USD)", "Share"),
        ("Marketing", "50,000", "20%"),
        ("Hiring", "150,000", "60%"),
        ("Reserve", "50,000", "20%"),
        ("Total", "250,000", "100%"),
    ]
    data = pdfs.statement_pdf(rows, caption="", ruled=False, heading="Use of Proceeds")
    pdf = pdfs.parsed(data)
    lines = extract_disclosure(pdf).use_of_funds
    assert [(line.category, line.amount, line.pct) for line in lines] == [
        ("Marketing", 50_000, 20),
        ("Hiring", 150_000, 60),
        ("Reserve", 50_000, 20),
    ]


def test_named_patterns_are_defined_once() -> None:
    """Two `YEAR`s in extractors/patterns.py once broke fiscal years: the second one won."""
    import ast
    from collections import Counter

    import extractors.patterns

    tree = ast.parse(Path(extractors.patterns.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []


def test_an_organisation_merely_mentioned_is_not_the_issuer() -> None:
    lines = [
        "BUSINESS PLAN",
        "1. Executive summary",
        "In March 2018 the Belgian parliament approved Cash For Car, run by the Mobility Budget.",
        "The Brussels Times said that 215 employers have offered the Cash For Car option.",
        "The Mobility Budget and The Brussels Times keep reporting on the Mobility Budget.",
    ]
    assert extract([lines]).company.company_name is None


def test_a_sidebar_beside_a_heading_leaves_it_a_heading() -> None:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.drawString(56, 760, "Use of Proceeds")
    pdf.drawString(400, 760, "Get in touch")
    rows = [("Inventory", "375,000", "50%"), ("Equipment", "375,000", "50%")]
    for index, (label, amount, share) in enumerate([("Item", "USD", "Share"), *rows]):
        y = 740 - 16 * index
        pdf.drawString(56, y, label)
        pdf.drawRightString(260, y, amount)
        pdf.drawRightString(320, y, share)
    pdf.drawString(400, 740, "Telephone: +1 (404) 555-1553")
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    parsed = pdfs.parsed(data)
    lines = extract_disclosure(parsed).use_of_funds
    assert [(line.category, line.amount, line.pct) for line in lines] == [
        ("Inventory", 375_000, 50),
        ("Equipment", 375_000, 50),
    ]


def test_an_address_that_wraps_after_a_comma_is_read_whole() -> None:
    lines = [
        "Acme Pay Inc. plan",
        "Registered office: 31 Market Street, Portland,",
        "Oregon, United States",
    ]
    company = extract([lines]).company
    assert (company.city, company.region, company.country) == ("Portland", "Oregon", "US")


def test_a_plans_projected_years_are_not_statement_figures() -> None:
    """A "Three-year plan" table under "2025 (projected)" headings was stored as revenue."""
    rows = [
        (56.0, 60, "Acme Robotics Ltd Business Plan"),
        (56.0, 80, "Revenue in 2023 was $900,000."),
        (56.0, 110, "Three-year plan"),
        (56.0, 128, "$'000"),
        (420.0, 128, ">2024 (projected)"),
        (520.0, 128, ">2025 (projected)"),
    ]
    for index, (label, first, second) in enumerate(
        [("Revenue", "2,080", "5,290"), ("Net income", "(360)", "250"), ("Cash", "120", "300")]
    ):
        y = 146 + index * 16
        rows += [(56.0, y, label), (420.0, y, f">{first}"), (520.0, y, f">{second}")]
    data = pdfs.placed_pdf([rows])
    pdf = pdfs.parsed(data)
    figures = {(f.name, f.fiscal_year): f.value for f in extract_disclosure(pdf).figures}
    assert figures.get(("revenue", 2023)) == 900_000
    assert not [key for key in figures if key[1] in (2024, 2025)]


def test_pages_are_counted_safely_from_many_threads() -> None:
    """The flow counts pages in its receiving threads; pdfium's global error code once turned
    a corrupt file read beside an encrypted one into "encrypted"."""
    from concurrent.futures import ThreadPoolExecutor

    from extractors import count_pages
    from schemas import BadInputError

    corrupt = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n"
    files = [corrupt, pdfs.encrypted_pdf()] * 40

    def reason(data: bytes) -> str:
        try:
            count_pages(data, file_name="x.pdf")
        except BadInputError as exc:
            return exc.reason
        return "read"

    with ThreadPoolExecutor(max_workers=8) as pool:
        reasons = list(pool.map(reason, files))
    assert reasons == ["corrupt", "encrypted"] * 40


def test_an_annual_report_offers_nothing_and_names_its_registrant() -> None:
    """Every 10-K once got an offerings row ("$0.00001 par value" as the share price) and the
    cover's "UNITED STATES" as its company."""
    pages = [
        [
            "UNITED STATES",
            "SECURITIES AND EXCHANGE COMMISSION",
            "FORM 10-K",
            "Commission File Number: 001-36743",
            "Apple Inc.",
            "(Exact name of registrant as specified in its charter)",
            "Common Stock, $0.00001 par value per share. The registrant owns 10% of the venture.",
        ],
        [
            "CONSOLIDATED BALANCE SHEETS",
            "(In millions)",
        ],
    ]
    disclosure = extract(pages)
    assert disclosure.company.company_name == "Apple Inc."
    assert disclosure.offering is None
    assert not [
        f for f in disclosure.figures if f.name in {"price_per_share", "equity_offered_pct"}
    ]


def test_a_chinese_term_sheet_table_gives_the_offering() -> None:
    """Term-sheet rows (融资金额, 出让股权比例, 融资前估值, 最高融资额, 每股认购价, 最低认购金额)
    gave no offering terms at all, and "人民币525万元" or "5w" ended an unruled table."""
    rows = [
        ("融资金额", "3,500,000.00元"),
        ("出让股权比例", "5%"),
        ("融资前估值", "￥46,550,000"),
        ("最高融资额", "人民币525万元"),
        ("每股认购价", "0.85元"),
        ("单笔最低认购金额", "5w"),
    ]
    placed = [(56.0, 60.0, "天衡食品股份有限公司 融资计划书"), (56.0, 90.0, "六、融资需求")]
    for index, (label, value) in enumerate(rows):
        placed += [(56.0, 110.0 + index * 16, label), (300.0, 110.0 + index * 16, value)]
    data = pdfs.cjk_pdf(placed)
    pdf = pdfs.parsed(data)
    offering = extract_disclosure(pdf).offering
    assert offering is not None
    assert offering.model_dump(exclude_none=True) == {
        "currency": "CNY",
        "funding_target": 3_500_000.0,
        "maximum_target": 5_250_000.0,
        "equity_offered_pct": 5.0,
        "pre_money_valuation": 46_550_000.0,
        "price_per_share": 0.85,
        "minimum_investment": 50_000.0,
    }


def _line(text: str, x0: float, top: float, x1: float) -> TextRun:
    return TextRun(text=text, x0=x0, top=top, x1=x1, bottom=top + 10)


def _condition_table(
    rows: int, *, top: float, step: float, at: tuple[tuple[float, float], ...]
) -> list[TextRun]:
    """A Form C financial-condition table: a label and two years' amounts per row, each cell
    between the (x0, x1) of its column in `at`."""
    labels = ["Total assets", "Cash", "Receivables", "Short-term debt", "Long-term debt"]
    (label_x0, label_x1), (this_x0, this_x1), (prior_x0, prior_x1) = at
    return [
        run
        for i in range(rows)
        for run in (
            _line(labels[i % 5], label_x0, top + step * i, label_x1),
            _line(f"${i + 1}02,963", this_x0, top + step * i, this_x1),
            _line(f"${i + 1}81,706", prior_x0, top + step * i, prior_x1),
        )
    ]


def test_an_amount_pushed_to_the_next_line_stays_in_its_sentence() -> None:
    """ "… were EUR" / "476.000,00. Monthly …": the amount did not fit, so the line wrapped
    well short of the column's edge."""
    runs = [
        _line(
            "Our first full year closed with revenue of three million and cash of EUR", 60, 100, 480
        ),
        _line("476.000,00. Monthly recurring revenue now exceeds the plan.", 60, 112, 300),
        _line(
            "A paragraph line long enough to set the right edge of the column here", 60, 124, 535
        ),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert "cash of EUR 476.000,00." in text


def test_a_table_row_ending_at_the_edge_does_not_run_into_the_next_row() -> None:
    runs = [
        _line("Registered office", 60, 100, 140),
        _line("Edinburgh EH1 1YZ UNITED KINGDOM", 300, 100, 535),
        _line("Founded", 60, 112, 100),
        _line(
            "A paragraph line long enough to set the right edge of the column here", 60, 124, 535
        ),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert "UNITED KINGDOM\nFounded" in text


def test_dot_leaders_keep_each_term_on_its_line() -> None:
    runs = [
        _line("Target offering amount " + "." * 60, 60, 100, 500),
        _line("$600,000", 505, 100, 535),
        _line("Price per share " + "." * 70, 60, 112, 500),
        _line("$2.50", 510, 112, 535),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert text.count("\n") == 1


def test_a_bracket_left_open_at_a_colon_goes_on_below() -> None:
    runs = [
        _line("In the year to June 2024 we generated turnover of £4,684,000 (2023:", 60, 100, 505),
        _line("£3,524,000). We made a small loss.", 60, 112, 240),
        _line(
            "A paragraph line long enough to set the right edge of the column here", 60, 124, 535
        ),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert "(2023: £3,524,000)" in text


def test_prose_beside_a_column_holding_its_own_table_of_amounts_is_two_columns() -> None:
    """A Form C page: risk prose on the left, the financial-condition table (its labels and
    amounts) on the right."""
    prose = [
        _line("Risk factors prose that fills the left column", 60, 100 + 12 * i, 280)
        for i in range(16)
    ]
    table = _condition_table(10, top=105, step=17, at=((315, 390), (430, 470), (495, 535)))
    assert find_gutter([*prose, *table], width=595) is not None


def test_a_funding_threshold_is_the_target_and_an_additional_amount_no_maximum() -> None:
    disclosure = extract(
        [
            [
                "Key investment information sheet",
                "(a) Funding threshold: €150k",
                "(c) Maximum issue volume: 187,500 €",
                "Should we overfund, the additional €37,500 would fund a second kiln.",
            ]
        ]
    )
    assert values(disclosure) == {"funding_target": 150_000, "maximum_target": 187_500}


def test_a_share_count_row_is_no_amount_of_money() -> None:
    disclosure = extract(
        [["Offering terms", "Shares offered (at target)  800,000", "Target raise  $1,000,000"]]
    )
    assert values(disclosure)["funding_target"] == 1_000_000


def test_uses_of_money_above_the_target_are_not_uses_of_the_target() -> None:
    disclosure = extract(
        [
            [
                "Acme Ltd raises a funding target of €2,000,000, with a maximum of €5,000,000.",
                "Use of funds",
                "We will put 50 % to legal fees, 30 % to software and 20% to contingency.",
                "Overfunding: additional funds (up to €3,000,000) will accelerate inventory.",
            ]
        ]
    )
    lines = [(line.category, line.pct, line.amount) for line in disclosure.use_of_funds]
    assert lines == [
        ("legal fees", 50.0, 1_000_000.0),
        ("software", 30.0, 600_000.0),
        ("contingency", 20.0, 400_000.0),
    ]


def test_a_chinese_net_loss_is_negative_and_the_prior_year_keeps_its_year() -> None:
    data = pdfs.cjk_pdf(
        [
            (56.0, 60.0, "汇通环保科技股份有限公司 商业计划书"),
            (56.0, 90.0, "四、历史财务数据"),
            (56.0, 110.0, "2024年公司实现营业收入人民币3,200,000元，较2023年的¥1,900,000增长68%；"),
            (56.0, 126.0, "净亏损740,000元。"),
        ]
    )
    pdf = pdfs.parsed(data)
    figures = {(f.name, f.value, f.fiscal_year) for f in extract_disclosure(pdf).figures}
    assert figures == {
        ("revenue", 3_200_000, 2024),
        ("revenue", 1_900_000, 2023),
        ("net_income", -740_000, 2024),
    }


def test_a_chinese_line_broken_inside_a_number_joins_without_a_space() -> None:
    """Chinese wraps between any two characters: `三千一百二十` / `五万元` is one amount, while a
    name that ends a line (`董事：王浩鹏`) keeps apart from the words below it."""
    runs = [
        _line("本轮融资金额人民币2,500万元，释放股权比例25%，融资上限三千一百二十", 60, 100, 535),
        _line("五万元，每股价格0.10元。", 60, 112, 200),
        _line("主要管理人员：创始人兼CEO：赵超；财务总监：罗子鹏；董事：王浩鹏", 60, 124, 530),
        _line("截至2024年12月31日，公司在职员工共计504人。", 60, 136, 535),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert "融资上限三千一百二十五万元，" in text
    assert "王浩鹏 截至" in text


def test_narrow_chinese_prose_still_wraps() -> None:
    """A block of Chinese prose half a page wide: its full lines run on into the next."""
    runs = [
        _line("公司拥有一支经验丰富的研发团队，已取得多项发明", 56, 100, 286),
        _line("专利和软件著作权。2024年公司实现营业收入3,200", 56, 114, 286),
        _line(",000元，较2023年的1,770,000.00元增长81%。公司采用直销", 56, 128, 286),
        _line("与渠道相结合的销售模式。", 56, 142, 176),
        _line("二、管理团队", 56, 164, 131),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert "营业收入3,200,000元" in text
    assert "增长81%。公司采用直销" in text
    assert text.endswith("\n二、管理团队")


def test_a_chinese_column_holding_a_use_of_funds_table_is_still_a_column() -> None:
    """The table's own blank band (between its categories and amounts) is wider than the
    gutter; the gutter is the band that halves the text."""
    prose = [
        _line("公司专注于工业机器人的研发、生产与销售，产品已进", 56, 100 + 14 * i, 284)
        for i in range(20)
    ]
    table = [
        run
        for i, (label, amount, share) in enumerate(
            [
                ("产能扩建", "45.00", "45%"),
                ("设备采购", "30.00", "30%"),
                ("补充流动资金", "20.00", "20%"),
                ("渠道建设", "5.00", "5%"),
            ]
        )
        for run in (
            _line(label, 311, 108 + 17 * i, 349 + 10 * (len(label) - 4)),
            _line(amount, 459, 108 + 17 * i, 481),
            _line(share, 520, 108 + 17 * i, 536),
        )
    ]
    risks = [
        _line("市场风险：行业竞争加剧可能导致产品价格下降，影", 308, 200 + 14 * i, 538)
        for i in range(3)
    ]
    footer = _line("1", 296, 806, 299)
    gutter = find_gutter([*prose, *table, *risks, footer], width=595)
    assert gutter is not None and 284 < gutter < 308


@pytest.mark.parametrize(
    ("cue", "loss"),
    [
        ("净亏损", True),
        ("净利润亏损", True),  # the later word says which
        ("亏损收窄至", True),
        ("净利润", False),
        ("实现扭亏为盈，盈利", False),
        ("net loss of", True),
        ("net profit/(loss)", False),
    ],
)
def test_a_loss_is_named_by_its_last_word_in_chinese(cue: str, loss: bool) -> None:
    assert _names_a_loss(cue) is loss


def test_chinese_label_lines_do_not_run_into_each_other() -> None:
    """`公司名称：…` ends a few characters short of the column's edge: the next line opens on
    its own label, so the company name stays alone on its line."""
    runs = [
        _line("公司名称：成都智源生物医药股份有限公司", 64, 195, 264),
        _line("统一社会信用代码：915101076127844248", 64, 209, 248),
        _line("注册地址：成都市武侯区创业大道48号创新中心", 64, 222, 284),
        _line("6楼", 64, 236, 79),
        _line("主要管理人员：董事长：黄英泽；首席财务官：王华磊；董事：", 64, 250, 284),
        _line("孙涵", 64, 264, 84),
        _line("未来三年，公司将围绕核心产品持续投入，拓展", 64, 297, 284),
        _line("华东、华南市场。公司专注于体外诊断试剂的研", 64, 311, 284),
    ]
    text, _ = runs_to_text(runs, gutter=None, width=595)
    assert text.split("\n")[:3] == [
        "公司名称：成都智源生物医药股份有限公司",
        "统一社会信用代码：915101076127844248",
        "注册地址：成都市武侯区创业大道48号创新中心 6楼",
    ]
    assert "董事： 孙涵" in text  # a list of 职务：姓名 pairs runs on past its colon


def test_a_chinese_plan_table_gives_its_unit_in_each_row_label() -> None:
    """`营业收入（万元）` rows under a page titled 商业计划书 (a plan document, not a forecast);
    `其他业务收入` is no revenue."""
    rows = [
        ("项目", "2023年", "2024年"),
        ("营业收入（万元）", "508.00", "680.00"),
        ("净利润（万元）", "-13.00", "25.00"),
        ("资产总额（万元）", "1,200.00", "1,500.00"),
        ("其他业务收入（万元）", "8.00", "9.00"),
    ]
    placed = [(56.0, 60.0, "某某科技有限公司 商业计划书"), (56.0, 90.0, "四、财务情况")]
    for index, (label, first, second) in enumerate(rows):
        top = 110.0 + index * 16
        placed += [(56.0, top, label), (300.0, top, f">{first}"), (400.0, top, f">{second}")]
    data = pdfs.cjk_pdf(placed)
    pdf = pdfs.parsed(data)
    figures = {(f.name, f.value, f.fiscal_year) for f in extract_disclosure(pdf).figures}
    assert figures == {
        ("revenue", 5_080_000, 2023),
        ("revenue", 6_800_000, 2024),
        ("net_income", -130_000, 2023),
        ("net_income", 250_000, 2024),
        ("total_assets", 12_000_000, 2023),
        ("total_assets", 15_000_000, 2024),
    }


def test_two_chinese_columns_whose_lines_line_up_are_still_two_columns() -> None:
    """The same leading on both sides puts every line of the left column beside one of the
    right; the right column holds a table and a few lines of prose, the left one short label
    lines among its prose."""
    left = [
        _line(
            "公司名称：某某科技有限公司"
            if i % 3
            else "公司专注于工业机器人的研发、生产与销售，产品",
            56,
            100 + 14 * i,
            150 if i % 3 else 284,
        )
        for i in range(24)
    ]
    table = [
        run
        for i in range(5)
        for run in (
            _line("渠道建设", 311, 100 + 14 * i, 347),
            _line(f"{i + 1},575.00", 450, 100 + 14 * i, 480),
            _line("45%", 521, 100 + 14 * i, 536),
        )
    ]
    prose = [
        _line("财务风险：公司尚未实现持续盈利，未来可能需要进", 308, 200 + 14 * i, 538)
        for i in range(4)
    ]
    footer = _line("第1页 共1页", 278, 806, 317)
    gutter = find_gutter([*left, *table, *prose, footer], width=595)
    assert gutter is not None and 284 < gutter < 308


def test_the_gutter_is_the_blank_band_not_a_wider_one_inside_a_columns_table() -> None:
    """A Form C page: the left column's financial table parts its labels from its values by a
    band wider than the gutter, which the column's prose lines cross; the gutter beside it is
    crossed by none."""
    prose = [
        _line("The company's prose reaches the column's edge", 50, 100 + 13 * i, 292)
        for i in range(6)
    ]
    table = _condition_table(20, top=200, step=15, at=((53, 130), (184, 219), (262, 292)))
    right = [
        _line("Terms of the offering and the business described here", 317, 100 + 13 * i, 555)
        for i in range(20)
    ]
    gutter = find_gutter([*prose, *table, *right], width=612)
    assert gutter is not None and 292 < gutter < 317


def test_two_columns_each_holding_a_table_and_prose_on_the_same_leading() -> None:
    """A Form C page: the financial table and a paragraph on the left, the terms table and a
    paragraph on the right, every line on the same leading: two columns, not one table."""
    left, right = [], []
    for i in range(10):
        top = 100 + 12 * i
        left += [_line("Total assets", 50, top, 120), _line("$2,525,248", 184, top, 219)]
        left += [_line("$1,761,327", 250, top, 290)]
        right += [_line("Offering deadline", 317, top, 400), _line("2025-08-21", 420, top, 470)]
        right += [_line("see below", 500, top, 540)]
    for i in range(10, 18):
        top = 100 + 12 * i
        left.append(_line("We booked revenue in the year and ended it with cash", 50, top, 290))
        right.append(_line("Our customers are mainly clinics who buy through", 317, top, 555))
    gutter = find_gutter([*left, *right], width=612)
    assert gutter is not None and 290 < gutter < 317
