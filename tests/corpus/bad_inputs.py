"""Files the pipeline must reject (empty, not a PDF, corrupt, encrypted, scanned) and two awkward
good ones: a nasty file name and a byte-identical duplicate under another name."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.corpus.documents import DocPlan, write_document
from tests.corpus.recipes import Recipe
from tests.corpus.story import Look
from tests.corpus.truth import reject_record

EMPTY_NAME = "empty.pdf"
NOT_PDF_NAME = "notes.pdf"
CORRUPT_NAME = "corrupt.pdf"
ENCRYPTED_NAME = "encrypted.pdf"
SCANNED_NAME = "scanned.pdf"
NASTY_NAME = "Plan d'affaires ..\\ été 2024.pdf"
DUPLICATE_SOURCE = "bp_001.pdf"
DUPLICATE_NAME = f"copy of {DUPLICATE_SOURCE}"
# Fixed, not drawn from the corpus seed: this seed's plan is known to fit on one page.
NASTY_SEED = "7:nasty"
USER_PASSWORD = "secret"
OWNER_PASSWORD = "owner-secret"
CORRUPT_KEEP_FRACTION = 0.55
SCAN_DPI = 100
SCAN_PAGES = 2
SCAN_FONT_SIZE = 22
NOT_PDF_TEXT = (
    "Meeting notes - investor call\n"
    "- send the updated business plan before Friday\n"
    "- check the funding target with the platform\n"
)
SCAN_LINES = (
    "BUSINESS PLAN",
    "Harbor Lane Foods Ltd",
    "We are seeking to raise GBP 300,000",
    "in exchange for 10% equity.",
    "Use of funds: marketing, hiring, stock.",
)
ONE_PAGER = Recipe(
    kind="business_plan",
    look=Look(size=8.5, footer="{page}", short_name="Lumière"),
    money_styles=("european_suffix", "european_code"),
    date_style="dots",
    cover_date_style="long",
    cover_page=False,
    size="short",
    terms_style="keyvalue",
    funds_style="bullets",
    bullet="hyphen",
    team_style="parens",
    history=None,
    risk=True,
)


def _text_pdf(
    lines: tuple[str, ...], *, pages: int = 2, encrypt: StandardEncryption | None = None
) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, encrypt=encrypt)
    for page in range(pages):
        canvas.setFont("Helvetica", 12)
        for index, line in enumerate(lines):
            canvas.drawString(72, 760 - 18 * index, line)
        canvas.drawString(72, 60, f"Page {page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _scanned_page() -> Image.Image:
    """A grey page image of typed text, as a scanner would produce it."""
    width, height = int(A4[0] / 72 * SCAN_DPI), int(A4[1] / 72 * SCAN_DPI)
    image = Image.new("L", (width, height), color=246)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=SCAN_FONT_SIZE)
    for index, line in enumerate(SCAN_LINES):
        draw.text((90, 110 + 40 * index), line, fill=25, font=font)
    return image


def write_scanned(path: Path) -> None:
    """Pages that are only images: no text layer at all."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    reader = ImageReader(_scanned_page())
    for _ in range(SCAN_PAGES):
        canvas.drawImage(reader, 0, 0, width=A4[0], height=A4[1])
        canvas.showPage()
    canvas.save()


def write_reject_files(out_dir: Path) -> list[dict[str, Any]]:
    """The five files that must be rejected, with their truth records."""
    (out_dir / EMPTY_NAME).write_bytes(b"")
    (out_dir / NOT_PDF_NAME).write_text(NOT_PDF_TEXT, encoding="utf-8")
    # An upload cut off part-way: starts like a PDF, but has no xref, trailer or /Root.
    whole = _text_pdf(SCAN_LINES)
    (out_dir / CORRUPT_NAME).write_bytes(whole[: int(len(whole) * CORRUPT_KEEP_FRACTION)])
    encryption = StandardEncryption(USER_PASSWORD, ownerPassword=OWNER_PASSWORD, strength=128)
    (out_dir / ENCRYPTED_NAME).write_bytes(_text_pdf(SCAN_LINES, encrypt=encryption))
    write_scanned(out_dir / SCANNED_NAME)
    return [
        reject_record(EMPTY_NAME, "empty"),
        reject_record(NOT_PDF_NAME, "not_pdf"),
        reject_record(CORRUPT_NAME, "corrupt"),
        reject_record(ENCRYPTED_NAME, "encrypted", notes=f"user password {USER_PASSWORD!r}"),
        reject_record(SCANNED_NAME, "no_text_layer", page_count=SCAN_PAGES),
    ]


def write_nasty_name(out_dir: Path) -> dict[str, Any]:
    """A normal one-page business plan under a name with spaces, accents, '..' and a backslash."""
    plan = DocPlan(
        NASTY_NAME, "business_plan", NASTY_SEED, "Lumière", country="FR", regime_rules=True
    )
    rendered = write_document(plan, out_dir, recipe=ONE_PAGER)
    if rendered.truth["page_count"] != 1:
        raise AssertionError(f"{NASTY_NAME!r} should fit on one page")
    return rendered.truth


def make_bad_inputs(
    out_dir: Path, *, corpus_truth: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Write the bad and awkward files into `out_dir` and return their truth records.

    The duplicate is made only when `corpus_truth` holds `bp_001.pdf` (already written there).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    records = [*write_reject_files(out_dir), write_nasty_name(out_dir)]
    source = next((t for t in corpus_truth or [] if t["file"] == DUPLICATE_SOURCE), None)
    if source is not None:
        shutil.copyfile(out_dir / DUPLICATE_SOURCE, out_dir / DUPLICATE_NAME)
        records.append({**source, "file": DUPLICATE_NAME, "duplicate_of": DUPLICATE_SOURCE})
    return records
