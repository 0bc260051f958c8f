"""Table rows as layout atoms: wrapped cells, alignment, shading and the four rule styles."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tests.corpus_blind.blocks import Atom, Table, wrap
from tests.corpus_blind.fonts import Fonts


def _gap(c: Canvas, x: float, y: float, w: float) -> None:
    return None


def _fit(b: Table, f: Fonts, size: float, cw: list[float], pad: float) -> float:
    """Shrink the type (to 6pt at most) until every unbreakable word fits its column."""
    scale = 1.0
    for ri, row in enumerate(b.rows):
        font = f.bold if ri < b.header_rows or ri in b.bold_rows else f.regular
        for ci, text in enumerate(row):
            for word in text.split():
                w = pdfmetrics.stringWidth(word, font, size)
                if w > cw[ci] - 2 * pad:
                    scale = min(scale, (cw[ci] - 2 * pad) / w)
    return max(6.0, size * scale * 0.98) if scale < 1 else size


def table_atoms(b: Table, f: Fonts, size: float, width: float, base: float) -> list[Atom]:
    """One atom per row. rule: grid (every cell boxed) | lines (top, under header, bottom and
    above bold total rows) | header (under the header only) | none."""
    lead, pad = size * 1.25, 2.5
    ncol = max(len(r) for r in b.rows)
    fr = b.widths or ([0.46] + [0.54 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [1.0])
    cw = [width * x / sum(fr) for x in fr]
    size = _fit(b, f, size, cw, pad)
    lead = size * 1.25
    align = b.align or ["l"] + ["r"] * (ncol - 1)
    out: list[Atom] = []
    for ri, row in enumerate(b.rows):
        bold = (ri < b.header_rows or ri in b.bold_rows) and not f.cjk
        font = f.bold if bold else f.regular
        cells = [wrap(t, font, size, cw[ci] - 2 * pad) for ci, t in enumerate(row)]
        h = max(len(c) for c in cells) * lead + 2 * pad
        last = ri == len(b.rows) - 1

        def draw(c: Canvas, x: float, y: float, w: float, cells=cells, ri=ri, h=h, font=font,
                 last=last) -> None:  # fmt: skip
            if b.shade and ri < b.header_rows:
                c.setFillGray(0.88)
                c.rect(x, y - h, sum(cw), h, stroke=0, fill=1)
                c.setFillGray(0)
            c.setFont(font, size)
            cx = x
            for ci, lines in enumerate(cells):
                a = align[ci] if ci < len(align) else "r"
                for li, line in enumerate(lines):
                    ty = y - pad - size - li * lead
                    if a == "r":
                        c.drawRightString(cx + cw[ci] - pad, ty, line)
                    elif a == "c":
                        c.drawCentredString(cx + cw[ci] / 2, ty, line)
                    else:
                        c.drawString(cx + pad, ty, line)
                cx += cw[ci]
            c.setLineWidth(0.5)
            if b.rule == "grid":
                cx = x
                for wcol in cw:
                    c.rect(cx, y - h, wcol, h, stroke=1, fill=0)
                    cx += wcol
            elif b.rule == "lines":
                if ri == 0:
                    c.line(x, y, x + sum(cw), y)
                if ri == b.header_rows - 1 or last or (ri + 1) in b.bold_rows:
                    c.line(x, y - h, x + sum(cw), y - h)
            elif b.rule == "header" and ri == b.header_rows - 1:
                c.line(x, y - h, x + sum(cw), y - h)

        out.append(Atom(h, draw))
    return [*out, Atom(base * 0.8, _gap)]
