"""Block types the layout engine understands, the page specification, and line breaking."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

Fact = dict[str, object]
Draw = Callable[[Canvas, float, float, float], None]


@dataclass
class Atom:
    """A slice of a block: its height and how to draw it at (x, top-y, width)."""

    height: float
    draw: Draw


@dataclass(kw_only=True)
class Block:
    facts: list[Fact] = field(default_factory=list)
    keep: bool = True
    with_next: bool = False  # never leave this block alone at the bottom of a column


@dataclass(kw_only=True)
class Heading(Block):
    text: str
    level: int = 1
    fake_bold: bool = False


@dataclass(kw_only=True)
class Para(Block):
    text: str
    size: float = 0.0
    italic: bool = False
    bold: bool = False
    indent: float = 0.0
    keep: bool = False


@dataclass(kw_only=True)
class Bullets(Block):
    items: list[str]
    marker: str = "•"


@dataclass(kw_only=True)
class KV(Block):
    pairs: list[tuple[str, str]]
    key_frac: float = 0.4
    style: str = "aligned"  # aligned | colon | leader
    bold_keys: bool = True


@dataclass(kw_only=True)
class Table(Block):
    rows: list[list[str]]
    header_rows: int = 1
    widths: list[float] | None = None
    align: list[str] | None = None
    rule: str = "lines"  # grid | lines | header | none
    bold_rows: frozenset[int] = frozenset()
    size: float = 0.0
    shade: bool = False


@dataclass(kw_only=True)
class Spacer(Block):
    height: float = 8.0


@dataclass(kw_only=True)
class PageBreak(Block):
    columns: int | None = None


@dataclass
class Spec:
    width: float = 595.0
    height: float = 842.0
    margin: float = 56.0
    top: float = 62.0
    bottom: float = 60.0
    columns: int = 1
    gutter: float = 22.0
    size: float = 10.0
    sidebar: list[Block] | None = None
    sidebar_width: float = 150.0
    decor: Callable[[Canvas, int, int, Spec], None] | None = None


_TOKEN = re.compile(
    r"\s+|[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+"
)


_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking; CJK characters break anywhere, Latin runs stay whole."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur, space = "", False
        for tok in _TOKEN.findall(para):
            if tok.isspace():
                space = bool(cur)
                continue
            cand = cur + (" " if space else "") + tok
            if not cur or pdfmetrics.stringWidth(cand, font, size) <= width:
                cur = cand
            else:
                lines.append(cur)
                cur = tok
            space = False
        if len(cur) == 1 and _CJK.match(cur) and lines and len(lines[-1]) > 1:
            # never leave one CJK glyph alone on a line: pdfium drops single-glyph CID strings
            cur, lines[-1] = lines[-1][-1] + cur, lines[-1][:-1]
        lines.append(cur)
    return lines
