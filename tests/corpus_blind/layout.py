"""A small layout engine on the reportlab canvas that knows the page of every block it places.

Blocks become "atoms" (a height and a draw function); atoms flow through one or two columns.
Facts attached to a block are stamped with the 1-based page the block landed on.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tests.corpus_blind.blocks import (
    KV,
    Atom,
    Block,
    Bullets,
    Draw,
    Fact,
    Heading,
    PageBreak,
    Para,
    Spacer,
    Spec,
    Table,
    wrap,
)
from tests.corpus_blind.fonts import Fonts
from tests.corpus_blind.tables import table_atoms

__all__ = [
    "KV",
    "Block",
    "Bullets",
    "Engine",
    "Heading",
    "PageBreak",
    "Para",
    "Spacer",
    "Spec",
    "Table",
    "wrap",
]


class Engine:
    def __init__(self, fonts: Fonts, spec: Spec) -> None:
        self.f, self.spec = fonts, spec
        self.lead = spec.size * 1.32
        self.facts: list[Fact] = []  # every fact of every placed block, stamped with its page

    # ------------------------------------------------------------ atoms
    def _text_atoms(self, lines: list[str], font: str, size: float, x0: float = 0.0) -> list[Atom]:
        lead = size * 1.32

        def mk(line: str) -> Draw:
            def draw(c: Canvas, x: float, y: float, w: float) -> None:
                c.setFont(font, size)
                c.drawString(x + x0, y - size, line)

            return draw

        return [Atom(lead, mk(line)) for line in lines]

    def atoms(self, b: Block, width: float) -> list[Atom]:
        f, size = self.f, self.spec.size
        if isinstance(b, Heading):
            hs = size * {1: 1.6, 2: 1.25, 3: 1.08}.get(b.level, 1.0)
            font = f.regular if (b.fake_bold or f.cjk) else f.bold
            lines = wrap(b.text, font, hs, width)
            offsets = (0.0, 0.2, 0.4) if (b.fake_bold or f.cjk) else (0.0,)

            def mkh(line: str) -> Draw:
                def draw(c: Canvas, x: float, y: float, w: float) -> None:
                    c.setFont(font, hs)
                    for dx in offsets:
                        c.drawString(x + dx, y - hs, line)

                return draw

            heads = [Atom(hs * 1.3, mkh(line)) for line in lines]
            return [Atom(size * 0.6, _noop), *heads, Atom(size * 0.3, _noop)]
        if isinstance(b, Para):
            sz = b.size or size
            font = f.bold if b.bold else (f.italic if b.italic else f.regular)
            lines = wrap(b.text, font, sz, width - b.indent)
            return [*self._text_atoms(lines, font, sz, b.indent), Atom(sz * 0.5, _noop)]
        if isinstance(b, Bullets):
            out: list[Atom] = []
            for i, item in enumerate(b.items):
                mark = f"{i + 1}." if b.marker == "1." else b.marker
                lines = wrap(item, f.regular, size, width - 16)
                atoms = self._text_atoms(lines, f.regular, size, 16)
                atoms[0] = Atom(atoms[0].height, _with_marker(atoms[0].draw, mark, f.regular, size))
                out += atoms
            return [*out, Atom(size * 0.5, _noop)]
        if isinstance(b, KV):
            return self._kv(b, width)
        if isinstance(b, Table):
            return self._table(b, width)
        if isinstance(b, Spacer):
            return [Atom(b.height, _noop)]
        raise TypeError(b)

    def _kv(self, b: KV, width: float) -> list[Atom]:
        f, size = self.f, self.spec.size
        kfont = f.bold if (b.bold_keys and not f.cjk) else f.regular
        out: list[Atom] = []
        for key, val in b.pairs:
            if b.style == "colon":
                sep = "：" if f.cjk else ": "
                out += self._text_atoms(
                    wrap(f"{key}{sep}{val}", f.regular, size, width), f.regular, size
                )
                continue
            leader = b.style == "leader"
            kw = width * (0.62 if leader else b.key_frac)
            klines = wrap(key, kfont, size, kw - 6)
            vlines = wrap(val, f.regular, size, width * 0.35 if leader else width - kw)
            row0 = len(klines) - 1 if leader else 0  # a leader's value sits on the key's last line
            n = max(len(klines), row0 + len(vlines))

            def draw(
                c: Canvas, x: float, y: float, w: float, kl=klines, vl=vlines, r0=row0, ld=leader
            ) -> None:
                c.setFont(kfont, size)
                for i, line in enumerate(kl):
                    c.drawString(x, y - size - i * self.lead, line)
                c.setFont(f.regular, size)
                for i, line in enumerate(vl):
                    ty = y - size - (r0 + i) * self.lead
                    if ld:
                        c.drawRightString(x + w, ty, line)
                    else:
                        c.drawString(x + w * b.key_frac, ty, line)
                if ld:
                    start = x + pdfmetrics.stringWidth(kl[-1], kfont, size) + 4
                    end = x + w - pdfmetrics.stringWidth(vl[0], f.regular, size) - 4
                    dot = pdfmetrics.stringWidth(".", f.regular, size)
                    c.drawString(
                        start, y - size - r0 * self.lead, "." * max(0, int((end - start) / dot))
                    )

            out.append(Atom(n * self.lead + 2, draw))
        return [*out, Atom(size * 0.5, _noop)]

    def _table(self, b: Table, width: float) -> list[Atom]:
        return table_atoms(b, self.f, b.size or self.spec.size - 1, width, self.spec.size)

    # ------------------------------------------------------------ flow
    def _following(self, blocks: list[Block], i: int, width: float) -> float:
        """Room the blocks chained to blocks[i] (headings, with_next) need on the same page."""
        extra, j = 0.0, i
        while (isinstance(blocks[j], Heading) or blocks[j].with_next) and j + 1 < len(blocks):
            j += 1
            nxt = blocks[j]
            if isinstance(nxt, PageBreak):
                break
            h = sum(a.height for a in self.atoms(nxt, width))
            chained = isinstance(nxt, Heading) or nxt.with_next
            extra += h if (nxt.keep or chained) else min(h, 3 * self.lead)
            if not chained:
                break
        return min(extra, self.spec.height - self.spec.top - self.spec.bottom - 40)

    def _col(self, page: int, col: int, cols: int) -> tuple[float, float]:
        s = self.spec
        w = (s.width - 2 * s.margin - (cols - 1) * s.gutter) / cols
        x = s.margin + col * (w + s.gutter)
        if page == 0 and s.sidebar and col == cols - 1:
            w -= s.sidebar_width + 14
        return x, w

    def render(
        self, blocks: list[Block], path: Path, canvas_kw: dict[str, object] | None = None
    ) -> int:
        s = self.spec
        top, bottom = s.height - s.top, s.bottom
        pages: list[list[tuple[float, float, float, Atom]]] = [[]]
        cols, col, y = s.columns, 0, top

        def advance() -> None:
            nonlocal col, y
            col += 1
            if col >= cols:
                pages.append([])
                col = 0
            y = top

        for i, b in enumerate(blocks):
            if isinstance(b, PageBreak):
                if pages[-1] or col:
                    pages.append([])
                col, y = 0, top
                cols = b.columns or cols
                continue
            x, w = self._col(len(pages) - 1, col, cols)
            atoms = self.atoms(b, w)
            need = sum(a.height for a in atoms) + self._following(blocks, i, w)
            if (b.keep or isinstance(b, Heading) or b.facts) and y - need < bottom and y < top:
                advance()
                x, w = self._col(len(pages) - 1, col, cols)
            first_page = None
            for a in atoms:
                if y - a.height < bottom and y < top:
                    advance()
                    x, w = self._col(len(pages) - 1, col, cols)
                pages[-1].append((x, y, w, a))
                first_page = len(pages) if first_page is None else first_page
                y -= a.height
            for fact in b.facts:
                fact["page_no"] = first_page or len(pages)
                self.facts.append(fact)
        while len(pages) > 1 and not pages[-1]:
            pages.pop()
        c = Canvas(str(path), pagesize=(s.width, s.height), invariant=1, **(canvas_kw or {}))
        total = len(pages)
        for pi, placed in enumerate(pages):
            if s.decor:
                s.decor(c, pi + 1, total, s)
            if pi == 0 and s.sidebar:
                self._sidebar(c, s.sidebar)
            for x, y, w, a in placed:
                a.draw(c, x, y, w)
            c.showPage()
        c.save()
        return total

    def _sidebar(self, c: Canvas, blocks: list[Block]) -> None:
        s = self.spec
        w = s.sidebar_width
        x = s.width - s.margin - w
        atoms = [a for b in blocks for a in self.atoms(b, w - 16)]
        h = sum(a.height for a in atoms) + 16
        y = s.height - s.top
        c.setFillGray(0.93)
        c.rect(x, y - h, w, h, stroke=0, fill=1)
        c.setFillGray(0)
        y -= 8
        for a in atoms:
            a.draw(c, x + 8, y, w - 16)
            y -= a.height
        for b in blocks:
            for fact in b.facts:
                fact["page_no"] = 1
                self.facts.append(fact)


def _noop(c: Canvas, x: float, y: float, w: float) -> None:
    return None


def _with_marker(draw: Draw, mark: str, font: str, size: float) -> Draw:
    def wrapped(c: Canvas, x: float, y: float, w: float) -> None:
        c.setFont(font, size)
        c.drawString(x + 3, y - size, mark)
        draw(c, x, y, w)

    return wrapped
