"""Primary statements read as structure: title, unit scope, period columns, every line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from extractors.statement_items import statement_figures
from extractors.statement_periods import ReportPeriod, fiscal_year_of, report_period_in
from extractors.statements import read_statements, report_period
from schemas import StatementLine
from tests import pdfs
from tests.pdfs import Placed, cjk_pdf, placed_pdf

LABEL_X, FIRST_X, SECOND_X = 56.0, 420.0, 520.0


def statement_page(
    title: str,
    head: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str, str]],
    *,
    caption: str = "",
    top: float = 60.0,
) -> list[Placed]:
    """A statement: title, caption, heading lines over two value columns, then its rows."""
    placed: list[Placed] = [(LABEL_X, top, title)]
    if caption:
        placed.append((LABEL_X, top + 14, caption))
    y = top + 34
    for first, second in head:
        placed += [(FIRST_X, y, f">{first}"), (SECOND_X, y, f">{second}")]
        y += 12
    for label, first, second in rows:
        y += 14
        placed.append((LABEL_X, y, label))
        placed += [(FIRST_X, y, f">{first}")] if first else []
        placed += [(SECOND_X, y, f">{second}")] if second else []
    return placed


BALANCE_ROWS = (
    ("Cash and cash equivalents", "$ 4,634", "$ 2,353"),
    ("Total current assets", "14,982", "12,971"),
    ("Total assets", "47,344", "44,659"),
    ("Total liabilities", "34,413", "34,533"),
    ("Total equity", "12,931", "10,126"),
    ("Total liabilities and equity", "47,344", "44,659"),
)


def lines_of(pages: Sequence[Sequence[Placed]], **options: object) -> list[StatementLine]:
    data = placed_pdf(pages, **options)  # type: ignore[arg-type]
    pdf = pdfs.parsed(data, max_pages=20)
    return read_statements(pdf.pages, currency="USD", report=report_period_in(pdf.text))


def by_item(lines: Sequence[StatementLine]) -> dict[tuple[str | None, int | None], float]:
    return {(line.line_item, line.fiscal_year): line.value for line in lines}


def test_a_statement_drawn_glyph_by_glyph_keeps_its_numbers_whole() -> None:
    """Some producers place every glyph on its own; "47" "," "344" once became three lines."""
    page = statement_page(
        "Consolidated Balance Sheet", [("2020", "2019")], BALANCE_ROWS, caption="(In millions)"
    )
    items = by_item(lines_of([page], glyphs=True))
    assert items[("total_assets", 2020)] == 47_344_000_000
    assert items[("cash", 2019)] == 2_353_000_000


@pytest.mark.parametrize(
    ("caption", "scale"),
    [
        ("(In millions, except per share data)", 1e6),
        ("(Millions, except per share amounts)", 1e6),
        ("EUR in thousands", 1e3),
        ("GBP million", 1e6),
        ("£'000", 1e3),
        ("", 1.0),
    ],
)
def test_the_unit_declaration_scales_every_line(caption: str, scale: float) -> None:
    page = statement_page("Balance Sheets", [("2020", "2019")], BALANCE_ROWS, caption=caption)
    items = by_item(lines_of([page]))
    assert items[("total_equity", 2020)] == 12_931 * scale
    assert items[("total_liabilities", 2019)] == 34_533 * scale


def test_a_unit_does_not_leak_from_one_statement_into_the_next() -> None:
    """万元 of one table once scaled the 元 statement below it."""
    first = statement_page(
        "Balance Sheet", [("2023", "2022")], BALANCE_ROWS, caption="in thousands"
    )
    second = statement_page(
        "Income Statement",
        [("2023", "2022")],
        [("Revenue", "8,400,000.00", "7,000,000.00"), ("Net income", "(45,000)", "12,000")],
        top=330,
    )
    items = by_item(lines_of([[*first, *second]]))
    assert items[("total_assets", 2023)] == 47_344_000
    assert items[("revenue", 2023)] == 8_400_000
    assert items[("net_income", 2023)] == -45_000


@pytest.mark.parametrize(
    ("head", "years", "ends"),
    [
        ([("2023A", "2022A")], (2023, 2022), (None, None)),
        ([("FY2023", "FY2022")], (2023, 2022), (None, None)),
        ([("Dec 31, 2023", "Dec 31, 2022")], (2023, 2022), ("2023-12-31", "2022-12-31")),
        ([("31.12.2023", "31.12.2022")], (2023, 2022), ("2023-12-31", "2022-12-31")),
        ([("30 June 2024", "30 June 2023")], (2024, 2023), ("2024-06-30", "2023-06-30")),
        (
            [("September 25,", "September 26,"), ("2021", "2020")],
            (2021, 2020),
            ("2021-09-25", "2020-09-26"),
        ),
        (
            [("January 3,", "December 28,"), ("2016", "2014")],
            (2015, 2014),
            ("2016-01-03", "2014-12-28"),
        ),
    ],
)
def test_period_headings_of_every_form(
    head: list[tuple[str, str]], years: tuple[int, int], ends: tuple[str | None, str | None]
) -> None:
    page = statement_page("Statement of Financial Position", head, BALANCE_ROWS)
    assets = [line for line in lines_of([page]) if line.line_item == "total_assets"]
    assert [line.fiscal_year for line in assets] == list(years)
    assert [str(line.period_end) if line.period_end else None for line in assets] == list(ends)


def test_a_note_column_and_footnote_marks_do_not_shift_values_into_another_year() -> None:
    page = statement_page("Balance Sheet", [("2023", "2022")], [])
    page += [(330.0, 94, ">Note")]
    rows = [
        ("Cash at bank and in hand", "5", "12,500(a)", "9,000"),
        ("Total assets", "6", "80,000*", "70,000"),
    ]
    for index, (label, note, first, second) in enumerate(rows):
        y = 122 + index * 14
        page += [
            (LABEL_X, y, label),
            (330.0, y, f">{note}"),
            (FIRST_X, y, f">{first}"),
            (SECOND_X, y, f">{second}"),
        ]
    items = by_item(lines_of([page]))
    assert items[("cash", 2023)] == 12_500
    assert items[("total_assets", 2022)] == 70_000
    assert ("total_assets", None) not in items


def test_selected_data_and_quarterly_tables_are_not_statements() -> None:
    selected = statement_page("Selected Financial Data", [("2023", "2022")], BALANCE_ROWS)
    quarterly = statement_page(
        "Quarterly Results of Operations (unaudited)",
        [("Q4 2023", "Q3 2023")],
        [("Net sales", "900", "800")],
        top=330,
    )
    lines = lines_of([[*selected, *quarterly]])
    assert {line.statement for line in lines} == {"summary"}  # selected data: a summary
    assert {line.fiscal_year for line in lines} == {2023, 2022}  # no quarter


def test_a_summary_gives_only_the_years_the_statements_do_not_print() -> None:
    summary: list[Placed] = [(LABEL_X, 60, "Five-Year Summary")]
    for x, year, assets in ((320.0, "2023", "47,000"), (FIRST_X, "2022", "44,000")):
        summary += [(x, 94, f">{year}"), (x, 120, f">{assets}")]
    summary += [(SECOND_X, 94, ">2021"), (SECOND_X, 120, ">40,000"), (LABEL_X, 120, "Total assets")]
    balance = statement_page("Consolidated Balance Sheets", [("2023", "2022")], BALANCE_ROWS)
    figures = statement_figures(lines_of([summary, balance]))
    assets = {f.fiscal_year: (f.value, f.page_no) for f in figures if f.name == "total_assets"}
    assert assets == {2023: (47344, 2), 2022: (44659, 2), 2021: (40000, 1)}


def test_a_mention_in_prose_or_a_contents_line_is_no_title() -> None:
    contents = [
        (LABEL_X, 60, "Consolidated Statements of Operations"),
        (500.0, 60, ">57"),
        (
            LABEL_X,
            74,
            "as shown in the consolidated statement of income. The table below shows it:",
        ),
    ]
    table = statement_page(
        "Derivatives on the Statements of Income", [("2023", "2022")], BALANCE_ROWS, top=120
    )
    assert lines_of([[*contents, *table]]) == []


def test_a_balance_sheet_continued_on_the_next_page_keeps_its_unit_and_columns() -> None:
    first = statement_page(
        "Consolidated Balance Sheets",
        [("2023", "2022")],
        BALANCE_ROWS[:3],
        caption="(in thousands)",
    )
    second = statement_page(
        "Consolidated Balance Sheets (continued)", [("2023", "2022")], BALANCE_ROWS[3:]
    )
    items = by_item(lines_of([first, second]))
    assert items[("total_equity", 2023)] == 12_931_000
    equity = [line for line in lines_of([first, second]) if line.line_item == "total_equity"]
    assert {line.page_no for line in equity} == {2}


def test_net_income_attributable_to_the_company_is_the_key_figure() -> None:
    rows = [
        ("Net sales", "32,184", "32,136"),
        ("Net income including noncontrolling interest", "5,388", "4,582"),
        ("Less: Net income attributable to noncontrolling interest", "4", "12"),
        ("Net income attributable to 3M", "5,384", "4,570"),
    ]
    page = statement_page(
        "Consolidated Statement of Income",
        [("2020", "2019")],
        rows,
        caption="Years ended December 31 (Millions)",
    )
    lines = lines_of([page])
    figures = {(figure.name, figure.fiscal_year): figure for figure in statement_figures(lines)}
    assert figures[("net_income", 2020)].value == 5_384_000_000
    assert figures[("revenue", 2019)].value == 32_136_000_000
    assert figures[("net_income", 2020)].page_no == 1
    assert "Net income attributable to 3M" in figures[("net_income", 2020)].evidence
    assert {line.line_item for line in lines} >= {"net_income_including_nci", "net_income_nci"}


def test_quarter_columns_never_become_fiscal_year_figures() -> None:
    rows = [("Revenue", "2,043", "1,618"), ("Net income", "188", "243")]
    page = statement_page(
        "Condensed Consolidated Statements of Operations",
        [("March 31,", "March 31,"), ("2024", "2023")],
        rows,
        caption="Three months ended (in millions)",
    )
    lines = lines_of([page])
    assert {line.period_months for line in lines} == {3}
    assert statement_figures(lines) == []


def test_chinese_relative_columns_take_the_report_period() -> None:
    report = report_period_in("东北电气发展股份有限公司 2018年第一季度报告")
    assert report == ReportPeriod(dt.date(2018, 3, 31), 3)


@pytest.mark.parametrize(
    ("end", "year"),
    [("2016-01-03", 2015), ("2021-01-31", 2021), ("2021-09-25", 2021), ("2023-12-31", 2023)],
)
def test_fiscal_year_is_the_year_a_period_is_named_after(end: str, year: int) -> None:
    assert fiscal_year_of(dt.date.fromisoformat(end)) == year


def test_a_small_negative_in_parentheses_is_a_value_not_a_footnote() -> None:
    """`(3)` in the last column (minus three thousand) was once read as a footnote mark."""
    rows = [("Revenue", "900", "850"), ("Net profit (loss)", "(123)", "(3)")]
    page = statement_page(
        "Statement of Operations", [("2024", "2023")], rows, caption="in thousands"
    )
    items = by_item(lines_of([page]))
    assert items[("net_income", 2023)] == -3_000
    assert [line.label for line in lines_of([page])][-1] == "Net profit (loss)"


def test_one_period_statement_takes_its_values_from_their_column_not_the_caption() -> None:
    """An accounting package centres "As of 30/04/2023" over the page and prints amounts in a
    "Total" column at the right edge; an account code in the middle is no amount of the year."""
    page: list[Placed] = [
        (250.0, 60, "Balance Sheet"),
        (250.0, 74, "As of 30/04/2023"),
        (LABEL_X, 94, "Account"),
        (230.0, 94, "Account Code"),
        (SECOND_X, 94, ">Total"),
    ]
    rows = [("ICICI BANK", "000001", "10,500.00"), ("Total for Assets", "", "-29,990.00")]
    for index, (label, code, amount) in enumerate(rows):
        y = 112 + index * 14
        page += [(LABEL_X, y, label), (SECOND_X, y, f">{amount}")]
        page += [(230.0, y, code)] if code else []
    lines = lines_of([page])
    assert [(line.label, line.value) for line in lines] == [
        ("ICICI BANK 000001", 10_500.0),
        ("Total for Assets", -29_990.0),
    ]
    assert lines[-1].line_item == "total_assets"
    assert lines[-1].period_end == dt.date(2023, 4, 30)


def test_a_one_month_profit_and_loss_is_no_fiscal_year() -> None:
    page = statement_page(
        "Profit and Loss", [("From 01/04/2023 To 30/04/2023", "")], [("Sales", "", "1,000.00")]
    )
    lines = lines_of([page])
    assert [(line.period_months, line.fiscal_year) for line in lines] == [(1, 2023)]
    assert statement_figures(lines) == []


def zh_balance_sheet(*, overdraw: int) -> list[StatementLine]:
    placed = [
        (56.0, 40, "华创食品有限公司 2023年度财务报表"),
        (56.0, 60, "合并资产负债表"),
        (56.0, 76, "编制单位：华创食品有限公司 2023年12月31日 单位：人民币元"),
        (56.0, 96, "项目"),
        (300.0, 96, "附注"),
        (FIRST_X, 96, ">期末余额"),
        (SECOND_X, 96, ">期初余额"),
        (56.0, 112, "货币资金"),
        (300.0, 112, "五、2"),
        (FIRST_X, 112, ">12,823,015.91"),
        (SECOND_X, 112, ">15,293,528.12"),
        (56.0, 128, "资产总计"),
        (300.0, 128, "五、11"),
        (FIRST_X, 128, ">81,574,203.12"),
        (SECOND_X, 128, ">82,654,179.54"),
    ]
    data = cjk_pdf(placed, overdraw=overdraw)
    pdf = pdfs.parsed(data, max_pages=5)
    return read_statements(pdf.pages, currency="CNY", report=report_period(pdf.pages))


@pytest.mark.parametrize("overdraw", [1, 3])
def test_chinese_statement_in_a_font_that_is_not_embedded(overdraw: int) -> None:
    """STSong-Light glyphs have no height for pdfium, whose rects then leave them out; fake
    bold draws each heading three times. Labels, note references and 期末/期初 all hold."""
    lines = zh_balance_sheet(overdraw=overdraw)
    assert [(line.label, line.line_item, line.period_end) for line in lines] == [
        ("货币资金", "cash", dt.date(2023, 12, 31)),
        ("货币资金", "cash", dt.date(2022, 12, 31)),
        ("资产总计", "total_assets", dt.date(2023, 12, 31)),
        ("资产总计", "total_assets", dt.date(2022, 12, 31)),
    ]
    assert {line.title for line in lines} == {"合并资产负债表"}
    assert lines[2].value == 81_574_203.12


def test_ifrs_comprehensive_income_statement_is_the_income_statement_when_alone() -> None:
    rows = [
        ("Revenues", "2,349,016", "2,044,377"),
        ("Net loss for the period", "$(11,030)", "−3,638"),
        ("Other comprehensive income", "1,200", "900"),
    ]
    page = statement_page(
        "Consolidated statement of comprehensive income", [("Mar 31, 2025", "Mar 31, 2024")], rows
    )
    figures = {(f.name, f.fiscal_year): f.value for f in statement_figures(lines_of([page]))}
    assert figures == {
        ("revenue", 2025): 2_349_016,
        ("revenue", 2024): 2_044_377,
        ("net_income", 2025): -11_030,
        ("net_income", 2024): -3_638,
    }


def test_equity_attributable_to_owners_is_total_equity_unless_a_total_includes_more() -> None:
    alone = statement_page(
        "Balance sheet", [("2023", "2022")], [("Equity attributable to owners", "86", "68")]
    )
    assert by_item(lines_of([alone]))[("total_equity", 2023)] == 86
    both = statement_page(
        "Balance sheet",
        [("2023", "2022")],
        [("Equity attributable to owners of the parent", "86", "68"), ("Total equity", "90", "70")],
    )
    items = by_item(lines_of([both]))
    assert (items[("total_equity", 2023)], items[("total_equity_parent", 2023)]) == (90, 86)


def test_a_unit_printed_over_each_column_is_no_amount() -> None:
    """ "£000" under each year heading once became the first line, and nothing was scaled."""
    page = statement_page(
        "Consolidated income statement",
        [("2024A", "2023A"), ("£000", "£000")],
        [("Revenue", "33,911", "31,426")],
    )
    assert by_item(lines_of([page]))[("revenue", 2024)] == 33_911_000


def test_uk_companies_act_balance_sheet_vocabulary() -> None:
    rows = [
        ("Tangible assets", "6,806", "6,073"),
        ("Stocks", "2,567", "2,391"),
        ("Debtors", "6,011", "5,508"),
        ("Cash at bank and in hand", "7,093", "6,008"),
        ("Creditors: amounts falling due within one year", "10,895", "8,934"),
        ("Total shareholders' funds", "14,000", "12,000"),
    ]
    page = statement_page("Balance Sheet", [("31 December 2024", "31 December 2023")], rows)
    items = {line.line_item for line in lines_of([page])}
    assert items == {
        "ppe",
        "inventories",
        "receivables",
        "cash",
        "current_liabilities",
        "total_equity",
    }


@pytest.mark.parametrize("caption", ["All amounts are stated in EUR", ""])
def test_continental_grouping_holds_for_the_whole_statement(caption: str) -> None:
    """`193.400` next to `1.254.200` is one hundred and ninety-three thousand, not 193.4."""
    rows = [("Cash at bank", "490.000", "298.900"), ("TOTAL ASSETS", "1.254.200", "1.231.200")]
    page = statement_page(
        "Balance sheet as at 31 December 2023", [("2023", "2022")], rows, caption=caption
    )
    items = by_item(lines_of([page]))
    assert (items[("cash", 2023)], items[("total_assets", 2022)]) == (490_000, 1_231_200)


def test_a_notes_heading_above_the_years_still_keeps_note_numbers_out_of_labels() -> None:
    page = statement_page(
        "Statement of comprehensive income",
        [("Year ended 31", "Year ended 31"), ("December 2024", "December 2023")],
        [],
    )
    page.append((285.0, 94, ">Notes"))
    for index, (label, note, first, second) in enumerate(
        [
            ("Net revenues", "4", "1,163,729²", "678,939"),
            ("Net loss", "8", "(391,515)", "(224,247)"),
        ]
    ):
        y = 136 + index * 14
        page += [(LABEL_X, y, label), (285.0, y, f">{note}"), (FIRST_X, y, f">{first}")]
        page += [(SECOND_X, y, f">{second}")]
    lines = lines_of([page])
    assert {line.label for line in lines} == {"Net revenues", "Net loss"}
    assert by_item(lines)[("revenue", 2024)] == 1_163_729
