"""Parsing: checks on the bytes, reading order, runs with positions and tables."""

from __future__ import annotations

import hashlib

import pytest

from extractors import check_bytes, read_pdf
from schemas import BadInputError, ParsedPdf
from tests import pdfs

LOREM = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu. " * 3


def parse(data: bytes, *, max_pages: int = 200) -> ParsedPdf:
    return read_pdf(
        data,
        doc_id=hashlib.sha256(data).hexdigest(),
        file_name="sample.pdf",
        max_pages=max_pages,
        min_text_chars=20,
    )


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
