"""Parsing: checks on the bytes, reading order, runs with positions and tables."""

from __future__ import annotations

import pytest

from extractors import check_bytes
from extractors.columns import order_runs
from schemas import BadInputError, ParsedPdf, TextRun
from tests import pdfs

LOREM = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu. " * 3


def parse(data: bytes, *, max_pages: int = 200) -> ParsedPdf:
    return pdfs.parsed(data, max_pages=max_pages, min_text_chars=20)


def reason(data: bytes, **kwargs: int) -> str:
    with pytest.raises(BadInputError) as caught:
        check_bytes(data, file_name="sample.pdf", max_bytes=kwargs.pop("max_bytes", 10**8))
        parse(data, **kwargs)
    assert "sample.pdf" in str(caught.value)
    return caught.value.reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"Quarterly notes, not a PDF at all\n" * 5, "not_pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not_pdf"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF", "corrupt"),
        (pdfs.encrypted_pdf(), "encrypted"),
        (pdfs.image_only_pdf(), "no_text_layer"),
    ],
    ids=["empty", "text", "png", "corrupt", "encrypted", "scanned"],
)
def test_bad_input_is_rejected_with_its_reason(data: bytes, expected: str) -> None:
    assert reason(data) == expected


def test_too_many_pages_and_too_many_bytes_are_too_large() -> None:
    data = pdfs.text_pdf([["page one of three"], ["page two"], ["page three"]])
    assert reason(data, max_pages=2) == "too_large"
    assert reason(data, max_bytes=100) == "too_large"


def test_header_may_follow_junk_within_the_first_kilobyte() -> None:
    data = pdfs.text_pdf([["Business plan of Alpha Robotics Inc. " * 2]])
    assert parse(b"\r\n" * 10 + data).page_count == 1


def test_two_columns_read_left_column_first_under_a_full_width_title() -> None:
    left = [f"Left paragraph {index}. {LOREM}" for index in range(4)]
    right = [f"Right paragraph {index}. {LOREM}" for index in range(4)]
    page = parse(pdfs.two_column_pdf(left, right, title="Executive Summary")).pages[0]
    order = [
        page.text.find(marker) for marker in ("Executive Summary", *(p[:17] for p in left + right))
    ]
    assert -1 not in order
    assert order == sorted(order), page.text[:400]


def test_runs_point_back_to_where_text_was_printed() -> None:
    page = parse(pdfs.text_pdf([["Funding target: $250,000", "Second line"]])).pages[0]
    start = page.text.index("$250,000")
    run = next(
        r for r, s in zip(page.runs, page.run_starts, strict=True) if s <= start < s + len(r.text)
    )
    assert "$250,000" in run.text
    assert run.x0 == pytest.approx(pdfs.LEFT, abs=1)
    assert 60 < run.top < 90  # top-left origin: the first line sits near the top


STATEMENT = [
    ("", "2023", "2022"),
    ("Cash and cash equivalents", "1,200", "950"),
    ("Total assets", "5,400", "4,100"),
    ("Total liabilities", "(2,000)", "1,800"),
    ("Total equity", "3,400", "2,300"),
]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_statement_tables_come_out_as_rows_of_cells(ruled: bool) -> None:
    data = pdfs.statement_pdf(STATEMENT, caption="USD in thousands", ruled=ruled)
    page = parse(data).pages[0]
    assert page.columns == 1
    [table] = page.tables
    assert table.ruled is ruled
    rows = [[cell for cell in row if cell] for row in table.rows]
    assert ["Total assets", "5,400", "4,100"] in rows
    assert ["Total liabilities", "(2,000)", "1,800"] in rows
    assert "in thousands" in table.caption


# A page of a blind-corpus plan, as runs (x0, x1, top, text): a terms table whose notes
# column leaves a blank band down the page's middle, full-width prose, then the use of funds.
TERMS_PAGE = [
    (57, 107, 28, "Business Plan"),
    (484, 538, 28, "Nextan Bio Ltd"),
    (57, 223, 71, "Investment opportunity"),
    (59, 84, 92, "Term"),
    (252, 280, 92, "Value"),
    (397, 426, 92, "Notes"),
    (58, 158, 108, "Target capital amount"),
    (252, 303, 108, "€3,000,000"),
    (397, 490, 108, "as at the date of this"),
    (397, 442, 119, "document"),
    (59, 114, 136, "Closing date"),
    (252, 303, 136, "2024-07-11"),
    (59, 99, 152, "Hard cap"),
    (252, 327, 152, "3.75 million euro"),
    (59, 151, 168, "Pre-money valuation"),
    (252, 323, 168, "€57,000,000.00"),
    (59, 125, 184, "Equity on offer"),
    (252, 274, 185, "5.0%"),
    (59, 128, 201, "Minimum ticket"),
    (253, 290, 201, "100 EUR"),
    (59, 191, 217, "Founders' investment to date"),
    (252, 308, 217, "€125,000.00"),
    (397, 441, 217, "see below"),
    (57, 525, 239, "By comparison, Granitebay Group was last valued at €45,000,000. Shares"),
    (57, 513, 252, "issued within 30 days of the close; investors may withdraw within 4 days"),
    (57, 256, 265, "interim close is planned for 2024-06-13."),
    (57, 532, 284, "In 2022 we closed a seed round of €6,040,000.00 at a pre-money valuation"),
    (56, 218, 308, "Where the money goes"),
    (56, 278, 327, "The funds raised will be allocated"),
    (59, 104, 348, "Category"),
    (59, 147, 364, "Capital expenditure"),
    (59, 182, 380, "Research and development"),
    (59, 187, 396, "Fit-out of the production site"),
    (59, 112, 412, "Total raise"),
    (497, 536, 348, "Amount"),
    (503, 536, 364, "€1.35M"),
    (499, 536, 380, "€1.2 mn"),
    (494, 536, 396, "€450,000"),
    (486, 536, 412, "€3 million"),
]


def test_a_table_across_the_gutter_below_a_full_width_line_reads_by_rows() -> None:
    """Below a full-width sentence, a table with its labels left of the gutter and its amounts
    right of it is read row by row, not as two columns."""
    runs = [
        TextRun(text=text, x0=x0, x1=x1, top=top, bottom=top + 9)
        for x0, x1, top, text in TERMS_PAGE
    ]
    ordered, gutter = order_runs(runs, width=595.0)
    assert gutter is not None  # the notes column stands beyond the terms table's values
    texts = [run.text for run in ordered]
    assert texts[texts.index("Capital expenditure") + 1] == "€1.35M"
    assert texts[texts.index("Total raise") + 1] == "€3 million"


def test_column_headings_far_right_of_the_next_line_do_not_wrap_into_it() -> None:
    dates = "30 September 2024 30 September 2023 30 September 2022"
    placed: list[pdfs.Placed] = [(75.0, 72.0, "Statements of Operations")]
    placed += [(75.0, 110.0, "Amounts in $ thousand"), (537.0, 128.0, f">{dates}")]
    placed += [(75.0, 143.0, "Revenues"), (362.0, 143.0, ">$425,316"), (450.0, 143.0, ">$373,522")]
    placed += [(537.0, 143.0, ">$358,676"), (75.0, 159.0, "Cost of sales")]
    placed += [(362.0, 159.0, ">253,812"), (450.0, 159.0, ">216,656"), (537.0, 159.0, ">206,390")]
    text = pdfs.parsed(pdfs.placed_pdf([placed])).pages[0].text
    assert f"{dates}\nRevenues" in text
