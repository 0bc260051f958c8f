"""Characters normalised before anything reads the text, with offsets still leading to boxes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractors.characters import normalise_text
from extractors.evidence import bbox_for
from schemas import ParsedPdf
from tests import pdfs

WIDTH, HEIGHT = A4


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Gesch¨aftsmodell", "Geschäftsmodell"),  # TeX's OT1 fonts overprint the accent
        ("Gescha¨ftsmodell", "Geschäftsmodell"),  # the accent drawn after its letter
        ("caf´e, `a la carte, pˆole", "café, à la carte, pôle"),
        ("Jos´e Mu˜noz, ˇSkoda, na¨ıve", "José Muñoz, Škoda, naïve"),
        ("Franc¸ais", "Français"),  # a cedilla hangs under the letter before it
        ("it´s the company´s plan, we´ll see", "it´s the company´s plan, we´ll see"),
        ("ﬁnancial ﬂows", "financial flows"),
        ("Soft\u00adware\u200b", "Software"),
        ("Net\u00a0revenue\u202f 1\u2009234", "Net revenue 1 234"),
        ("１２０万元，增长１５％", "120万元，增长15%"),
        ("Ｑ３　２０２４", "Q3 2024"),
        ("（或股东权益）合计：", "（或股东权益）合计："),  # Chinese punctuation is Chinese text
        ("1,234¹  ①  ½  100㎡", "1,234¹ ① ½ 100㎡"),  # never digits that join an amount
        ("plain ASCII  text", "plain ASCII text"),
    ],
)
def test_normalise_text(printed: str, read: str) -> None:
    assert normalise_text(printed) == read


def _fonts() -> None:
    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _pdf(lines: list[tuple[str, str]], *, grid: list[str] | None = None) -> ParsedPdf:
    """(font, text) per line; `grid` draws a ruled two-column table of (label, amount) cells."""
    _fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for index, (font, text) in enumerate(lines):
        pdf.setFont(font, 11)
        pdf.drawString(56, HEIGHT - 72 - index * 20, text)
    if grid:
        top = HEIGHT - 120 - len(lines) * 20
        pdf.setFont("Vera", 10)
        for index, label in enumerate(grid):
            y = top - index * 20
            pdf.drawString(60, y - 14, label)
            pdf.drawRightString(296, y - 14, f"{(index + 1) * 1000:,}")
            pdf.line(56, y, 300, y)
        bottom = top - len(grid) * 20
        pdf.line(56, bottom, 300, bottom)
        for x in (56, 200, 300):
            pdf.line(x, top, x, bottom)
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    return pdfs.parsed(data, max_pages=5)


def test_page_text_is_normalised_and_offsets_still_lead_to_runs() -> None:
    pdf = _pdf(
        [
            ("Helvetica", "Unser Gesch¨aftsmodell ist einfach."),
            ("Vera", "Our ﬁnancial plan for Soft\u00adware"),
            ("STSong-Light", "营业收入１２０万元，增长１５％"),
        ]
    )
    page = pdf.pages[0]
    assert "Unser Geschäftsmodell ist einfach." in page.text
    assert "Our financial plan for Software" in page.text
    assert "营业收入120万元，增长15%" in page.text
    for run, start in zip(page.runs, page.run_starts, strict=True):
        assert page.text[start : start + len(run.text)] == run.text
    start = page.text.index("Geschäftsmodell")
    box = bbox_for(page, start, start + len("Geschäftsmodell"))
    assert box is not None
    assert box[1] < 80  # the first line's box, not a later one


def test_ruled_table_cells_are_normalised_like_the_runs() -> None:
    pdf = _pdf([("Helvetica", "Cost overview")], grid=["ﬁxed costs", "ﬂoor space", "of\u00adfice"])
    ruled = [table for table in pdf.pages[0].tables if table.ruled]
    assert ruled
    labels = [row[0] for row in ruled[0].rows]
    assert labels == ["fixed costs", "floor space", "office"]


def test_tex_accents_kerned_over_their_letters_read_as_letters() -> None:
    """TeX's OT1 fonts have no ä: the accent glyph is set, then the letter kerned back under it,
    in one TJ array (reportlab has no call for that, so the operator is written as is)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    text = pdf.beginText(56, HEIGHT - 72)
    text.setFont("Times-Roman", 11)
    # \250 and \264 are the diaeresis and the acute accent in WinAnsi.
    text._code.append(
        "[(Unser Gesch) 30 (\\250) 444 (aftsmodell f) 30 (\\250) 500 (ur M) 30 (\\250) 444 "
        "(arkte und caf) 30 (\\264) 444 (e.)] TJ"
    )
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    parsed = pdfs.parsed(data, max_pages=1)
    assert parsed.pages[0].text == "Unser Geschäftsmodell für Märkte und café."
