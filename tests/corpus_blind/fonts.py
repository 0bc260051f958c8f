"""Font registration: the 14 standard fonts, reportlab's bundled Vera TTFs, and a CID CJK font."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    cjk: bool = False


@cache
def _register() -> None:
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


LATIN = [
    Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    Fonts("Times-Roman", "Times-Bold", "Times-Italic"),
    Fonts("Vera", "VeraBd", "VeraIt"),
    Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
]


def latin(rng: random.Random) -> Fonts:
    _register()
    return rng.choice(LATIN)


def cjk() -> Fonts:
    _register()
    return Fonts("STSong-Light", "STSong-Light", "STSong-Light", cjk=True)
