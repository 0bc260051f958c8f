"""Tiny PDFs built in memory for unit tests: one layout feature each."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from extractors import read_pdf
from schemas import ParsedPdf

WIDTH, HEIGHT = A4
LEFT = 56.0

PLAN_LINES = (
    "Acme Robotics Ltd Business Plan",
    "Executive summary: Acme Robotics Ltd builds warehouse robots in Austin, Texas.",
    "We are raising a funding target of $500,000 for 10% equity.",
    "Revenue in 2024 was $1,200,000.",
)
OFFER_LINES = (
    "Beta Foods Inc Offering Document",
    "Terms of the offer: the funding target is $250,000 and the minimum investment $100.",
)


def text_pdf(pages: Sequence[Sequence[str]], *, font_size: float = 10) -> bytes:
    """One line of text per string, one page per list of strings."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for lines in pages:
        pdf.setFont("Helvetica", font_size)
        for index, line in enumerate(lines):
            pdf.drawString(LEFT, HEIGHT - 72 - index * font_size * 1.6, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def two_column_pdf(left: Sequence[str], right: Sequence[str], *, title: str) -> bytes:
    """A full-width title over two columns of paragraphs that flow left, then right."""
    buffer = io.BytesIO()
    gutter = 24.0
    column = (WIDTH - 2 * LEFT - gutter) / 2
    doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    frames = [
        Frame(LEFT, 56, WIDTH - 2 * LEFT, 40, id="title"),
        Frame(LEFT, 56, column, HEIGHT - 180, id="left"),
        Frame(LEFT + column + gutter, 56, column, HEIGHT - 180, id="right"),
    ]
    styles = getSampleStyleSheet()

    def draw_title(pdf: canvas.Canvas, _doc: BaseDocTemplate) -> None:
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(LEFT, HEIGHT - 90, title)

    doc.addPageTemplates([PageTemplate(frames=frames[1:], onPage=draw_title)])
    story = [Paragraph(text, styles["Normal"]) for text in [*left, *right]]
    doc.build(story)
    return buffer.getvalue()


def statement_pdf(
    rows: Sequence[Sequence[str]], *, caption: str, ruled: bool, heading: str = "Balance Sheet"
) -> bytes:
    """A statement table: label left, amounts right-aligned in columns; ruled or bare."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(LEFT, HEIGHT - 60, heading)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(LEFT, HEIGHT - 78, caption)
    columns = [LEFT, 330.0, 430.0, 530.0]
    top = HEIGHT - 110
    for index, row in enumerate(rows):
        y = top - index * 18
        pdf.drawString(columns[0] + 4, y, row[0])
        for column, cell in zip(columns[2:], row[1:], strict=False):
            pdf.drawRightString(column - 4, y, cell)
    if ruled:
        bottom = top - len(rows) * 18 + 12
        for index in range(len(rows) + 1):
            y = top + 12 - index * 18
            pdf.line(columns[0], y, columns[-1], y)
        for x in (columns[0], columns[1] + 30, columns[2], columns[3]):
            pdf.line(x, top + 12, x, bottom)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


Placed = tuple[float, float, str]
"""A string placed on a page: x (right edge when the text starts with ">"), y from the top."""


def placed_pdf(
    pages: Sequence[Sequence[Placed]], *, font: str = "Helvetica", glyphs: bool = False
) -> bytes:
    """Strings at given positions; `glyphs` draws each character of a right-aligned string (an
    amount) on its own, as some producers do: pdfium then sees every glyph as a run."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for placed in pages:
        pdf.setFont(font, 9)
        for x, y, text in placed:
            right = text.startswith(">")
            text = text.removeprefix(">")
            start = x - pdf.stringWidth(text, font, 9) if right else x
            if not (glyphs and right):
                pdf.drawString(start, HEIGHT - y, text)
                continue
            for char in text:
                pdf.drawString(start, HEIGHT - y, char)
                start += pdf.stringWidth(char, font, 9)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """A PDF that needs a user password to open."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt="secret", invariant=1)
    pdf.drawString(LEFT, HEIGHT - 72, "Confidential business plan")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A 'scanned' page: drawn shapes and no text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for index in range(20):
        pdf.rect(LEFT, HEIGHT - 80 - index * 20, 300 - index * 7, 8, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_pdf(
    path: Path, lines: tuple[str, ...] = PLAN_LINES, *, pages: int = 1, password: str = ""
) -> Path:
    """A small text PDF made with reportlab (encrypted when a password is given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    encrypt = StandardEncryption(password, canPrint=0) if password else None
    pdf = canvas.Canvas(str(path), encrypt=encrypt, invariant=1)
    for page_no in range(1, pages + 1):
        for row, line in enumerate((*lines, f"Page {page_no}")):
            pdf.drawString(72, 780 - 16 * row, line)
        pdf.showPage()
    pdf.save()
    return path


def write_scan(path: Path) -> Path:
    """A PDF with a drawing and no text, like a scanned page."""
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def cjk_pdf(lines: Sequence[tuple[float, float, str]], *, overdraw: int = 1) -> bytes:
    """Chinese text in the standard STSong-Light CID font, which is not embedded (pdfium then
    gives its glyphs no height); `overdraw` draws each string that many times 0.2 pt apart,
    as fake bold does."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setFont("STSong-Light", 10)
    for x, y, text in lines:
        right = text.startswith(">")
        text = text.removeprefix(">")
        start = x - pdf.stringWidth(text, "STSong-Light", 10) if right else x
        for copy in range(overdraw):
            pdf.drawString(start + 0.2 * copy, HEIGHT - y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def parsed(data: bytes, *, max_pages: int = 9, min_text_chars: int = 1) -> ParsedPdf:
    """A PDF made here, read as the pipeline reads one (by default with no minimum of text per
    page, which tests of the text's reading do not need)."""
    return read_pdf(
        data,
        doc_id=hashlib.sha256(data).hexdigest(),
        file_name="sample.pdf",
        max_pages=max_pages,
        min_text_chars=min_text_chars,
    )
