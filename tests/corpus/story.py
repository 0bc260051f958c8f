"""A document as a story of flowables that carry ground-truth facts, and its rendering to PDF.

Each fact rides on the flowable that prints it; after the flowable is drawn, the doc template
writes the page number into the fact, so `page_no` is where the value really is. Flowables
that carry facts never split (a split part would lose them), they move to the next frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

CJK_FONT = "STSong-Light"
BOLD_FONTS = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", CJK_FONT: CJK_FONT}
PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN = 56.0
GUTTER = 20.0
FOOTER_Y = 30.0
FACTS_ATTR = "_corpus_facts"
# Bullet glyphs and the font that draws each. A WinAnsi bullet in Helvetica is drawn fine but
# pdfplumber reads it back as "(cid:127)", as it does in many real PDFs; the Symbol one reads "•".
BULLETS = {
    "dot": ("•", "Symbol"),
    "raw_dot": ("•", None),
    "dash": ("–", None),
    "hyphen": ("-", None),
}
RULE_STYLES = ("grid", "rules", "box")
CELL_PADDING = 14.0
MIN_TABLE_FONT_SIZE = 6.5
pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


@dataclass
class Fact:
    """A ground-truth item printed by one flowable; `page_no` is filled in when it is drawn."""

    kind: str
    data: dict[str, Any]
    token: str = ""
    page_no: int | None = None


@dataclass(frozen=True)
class Look:
    """How a document looks: fonts, sizes, page furniture."""

    font: str = "Helvetica"
    size: float = 10.0
    page_size: str = "A4"
    footer: str | None = "Page {page}"
    header: str | None = None
    short_name: str = ""


def make_styles(look: Look) -> dict[str, ParagraphStyle]:
    """Paragraph styles for one look; headings keep with the paragraph that follows."""
    bold = BOLD_FONTS[look.font]
    cjk = "CJK" if look.font == CJK_FONT else None
    base = ParagraphStyle(
        "body", fontName=look.font, fontSize=look.size, leading=look.size * 1.35, spaceAfter=6
    )
    if cjk:
        base.wordWrap = cjk
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", base, fontName=bold, fontSize=24, leading=29, spaceAfter=14
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=17, spaceAfter=8),
        "h1": ParagraphStyle(
            "h1", base, fontName=bold, fontSize=14, leading=18, spaceBefore=10, keepWithNext=1
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=bold, fontSize=11, leading=14, spaceBefore=6, keepWithNext=1
        ),
        "bullet": ParagraphStyle("bullet", base, leftIndent=16, bulletIndent=4, spaceAfter=3),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11),
    }


class KeyParagraph(Paragraph):
    """A paragraph carrying facts: moved whole to the next frame rather than split."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class KeyTable(Table):
    """A ruled table carrying facts: never split across frames."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class AlignedRows(Flowable):
    """A table with no lines at all: text drawn at fixed x positions, numbers right-aligned."""

    def __init__(
        self,
        rows: list[list[str]],
        widths: list[float],
        *,
        font: str,
        size: float,
        bold_rows: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__()
        self.rows, self.widths, self.font, self.size = rows, widths, font, size
        self.bold_rows = bold_rows
        self.leading = size * 1.45

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return sum(self.widths), self.leading * len(self.rows) + 4

    def draw(self) -> None:
        top = self.leading * len(self.rows)
        for index, row in enumerate(self.rows):
            font = BOLD_FONTS[self.font] if index in self.bold_rows else self.font
            self.canv.setFont(font, self.size)
            y = top - self.leading * (index + 1) + 3
            self.canv.drawString(0, y, row[0])
            right = self.widths[0]
            for cell, width in zip(row[1:], self.widths[1:], strict=True):
                right += width
                self.canv.drawRightString(right - 4, y, cell)


def fit_columns(
    rows: list[list[str]], *, font: str, size: float, width: float
) -> tuple[list[float], float]:
    """Column widths that fit every cell, and the font size that lets them fit in `width`.

    Spare width goes to the first (label) column; the font shrinks until the table fits.
    """
    bold = BOLD_FONTS[font]
    while True:
        needed = [
            max(pdfmetrics.stringWidth(row[i], bold, size) for row in rows) + CELL_PADDING
            for i in range(len(rows[0]))
        ]
        if sum(needed) <= width or size <= MIN_TABLE_FONT_SIZE:
            break
        size -= 0.5
    if sum(needed) > width:
        raise AssertionError(f"table does not fit in {width:.0f}pt: {rows[0]}")
    needed[0] += width - sum(needed)
    return needed, size


def _rule_commands(rules: str, rows: int) -> list[tuple[Any, ...]]:
    last = rows - 1
    commands: dict[str, list[tuple[Any, ...]]] = {
        "grid": [("GRID", (0, 0), (-1, -1), 0.5, colors.black)],
        "rules": [
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, last), (-1, last), 0.8, colors.black),
        ],
        "box": [
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ],
    }
    return commands[rules]


@dataclass
class Story:
    """Builds the flowables of one document and collects the facts they print."""

    look: Look
    flowables: list[Flowable] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    switches_template: bool = False

    def __post_init__(self) -> None:
        self.styles = make_styles(self.look)

    def _add(self, flowable: Flowable, facts: list[Fact]) -> None:
        setattr(flowable, FACTS_ATTR, facts)
        self.facts.extend(facts)
        self.flowables.append(flowable)

    def text(self, text: str, *, style: str = "body", facts: list[Fact] | None = None) -> None:
        """A paragraph of plain text (escaped); one with facts is kept whole."""
        kind = KeyParagraph if facts else Paragraph
        self._add(kind(escape(text), self.styles[style]), facts or [])

    def label_value(self, label: str, value: str, *, facts: list[Fact] | None = None) -> None:
        """'Label: value' with the label in bold."""
        markup = f"<b>{escape(label)}:</b> {escape(value)}"
        self._add(KeyParagraph(markup, self.styles["body"]), facts or [])

    def heading(self, text: str, *, level: int = 1) -> None:
        self.text(text, style=f"h{level}")

    def bullets(self, items: list[tuple[str, list[Fact]]], *, bullet: str = "dot") -> None:
        """One paragraph per item, each with its own facts."""
        glyph, font = BULLETS[bullet]
        style = ParagraphStyle("b", self.styles["bullet"], bulletFontName=font or self.look.font)
        for text, facts in items:
            kind = KeyParagraph if facts else Paragraph
            self._add(kind(escape(text), style, bulletText=glyph), facts)

    def table(
        self,
        rows: list[list[str]],
        *,
        width: float,
        rules: str | None,
        facts: list[Fact] | None = None,
        bold_rows: frozenset[int] = frozenset({0}),
        size: float = 9.0,
    ) -> None:
        """A table ruled in one of RULE_STYLES, or with no lines at all (`rules=None`)."""
        widths, size = fit_columns(rows, font=self.look.font, size=size, width=width)
        if rules is None:
            flowable: Flowable = AlignedRows(
                rows, widths, font=self.look.font, size=size, bold_rows=bold_rows
            )
        else:
            commands = [
                ("FONT", (0, 0), (-1, -1), self.look.font, size),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                *[("FONT", (0, r), (-1, r), BOLD_FONTS[self.look.font], size) for r in bold_rows],
                *_rule_commands(rules, len(rows)),
            ]
            flowable = KeyTable(rows, colWidths=widths, style=TableStyle(commands), hAlign="LEFT")
        self._add(flowable, facts or [])
        self.space(8)

    def space(self, height: float = 10.0) -> None:
        self.flowables.append(Spacer(1, height))

    def page_break(self, *, template: str | None = None) -> None:
        if template:
            self.switches_template = True
            self.flowables.append(NextPageTemplate(template))
        self.flowables.append(PageBreak())


class CorpusDocTemplate(BaseDocTemplate):
    """One- and two-column page templates; records the page of every fact-carrying flowable."""

    def __init__(self, path: Path, *, look: Look, first_template: str, title: str) -> None:
        width, height = PAGE_SIZES[look.page_size]
        super().__init__(
            str(path),
            pagesize=(width, height),
            invariant=1,
            title=title,
            author=look.short_name,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        self.look = look
        body_w, body_h = width - 2 * MARGIN, height - 2 * MARGIN
        column_w = (body_w - GUTTER) / 2
        one = [Frame(MARGIN, MARGIN, body_w, body_h, id="body")]
        two = [
            Frame(MARGIN, MARGIN, column_w, body_h, id="left"),
            Frame(MARGIN + column_w + GUTTER, MARGIN, column_w, body_h, id="right"),
        ]
        templates = {"one": one, "two": two}
        order = [first_template, *(name for name in templates if name != first_template)]
        self.addPageTemplates(
            [PageTemplate(id=name, frames=templates[name], onPage=self.decorate) for name in order]
        )

    def decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Header and footer; the footer's page number is a distractor for extractors."""
        look = self.look
        width, height = PAGE_SIZES[look.page_size]
        canvas.saveState()
        canvas.setFont(look.font, 8)
        if look.footer:
            text = look.footer.format(page=doc.page, short=look.short_name)
            canvas.drawCentredString(width / 2, FOOTER_Y, text)
        if look.header and doc.page > 1:
            canvas.drawString(MARGIN, height - 36, look.header)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        for fact in getattr(flowable, FACTS_ATTR, ()):
            fact.page_no = self.page


def column_width(look: Look, layout: str) -> float:
    """The width a flowable can use in one frame of `layout`."""
    width = PAGE_SIZES[look.page_size][0] - 2 * MARGIN
    return width if layout == "one_column" else (width - GUTTER) / 2


def render(story: Story, path: Path, *, first_template: str = "one", title: str = "") -> int:
    """Write the story to `path`; returns the page count and fills every fact's page_no."""
    doc = CorpusDocTemplate(path, look=story.look, first_template=first_template, title=title)
    doc.build(list(story.flowables))
    missing = [fact for fact in story.facts if fact.page_no is None]
    if missing:
        raise AssertionError(f"{path.name}: facts never drawn: {missing}")
    return doc.page
