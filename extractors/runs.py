"""Text runs read from pdfium: each stretch of text printed together, with its box and size.

pdfium reports each run of text printed together (a phrase on a line, a table cell) as one
rectangle; that is ~50× cheaper than pdfplumber's per-character layout. A page whose rectangles
miss its glyphs (fonts that are not embedded) is read character by character instead, and text
drawn over itself (fake bold) is read once.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.characters import normalise_runs
from extractors.lines import share_line
from extractors.patterns import REPEATED_TEXT
from schemas import TextRun

SOFT_HYPHEN_MARK = "\ufffe"  # what pdfium inserts where it joined a hyphenated line break
DEFAULT_COVERAGE = 0.9  # share of a page's characters its rects must show, else read by char
DEFAULT_MIN_HEIGHT = 0.5  # points: a text box flatter than this has lost its glyphs' height
DEFAULT_CHAR_GAP = 0.6  # line heights between two characters that start a new run
DEFAULT_OVERDRAW = 2.0  # points between two copies of text drawn over itself (fake bold)
DEFAULT_LIGATURE_SLACK = 0.01  # points: the letters of one ligature glyph start together
DEFAULT_INDEX_SLACK = 1.0  # points around a run's first character when finding its index


def runs_from_textpage(textpage: pdfium.PdfTextPage, *, page_height: float) -> list[TextRun]:
    """Every non-blank text run on the page, with top-left-origin coordinates.

    Fake bold (the same text drawn two or three times a fraction of a point apart) is read once;
    each run's characters are normalised (`normalise_text`) before any text is joined from them.
    """
    runs = _runs_from_rects(textpage, page_height=page_height)
    printed = textpage.get_text_range()
    shown = sum(len(run.text) - run.text.count(" ") for run in runs)
    flat = any(run.bottom - run.top < DEFAULT_MIN_HEIGHT for run in runs)
    if flat or shown < DEFAULT_COVERAGE * (len(printed) - sum(char.isspace() for char in printed)):
        # Glyphs of fonts that are not embedded (the standard Chinese CID fonts) have no height:
        # pdfium's rects leave them out or lay them flat. Read such a page character by character.
        runs = _runs_from_chars(textpage, printed, page_height=page_height)
    return _without_overdraw(normalise_runs(runs))


def _runs_from_rects(textpage: pdfium.PdfTextPage, *, page_height: float) -> list[TextRun]:
    rects = _merge_rects([textpage.get_rect(index) for index in range(textpage.count_rects())])
    runs = []
    for left, bottom, right, top in rects:
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = " ".join(text.replace(SOFT_HYPHEN_MARK, "-").split())
        if text:
            size = _font_size(textpage, left, (top + bottom) / 2)
            runs.append(
                TextRun(
                    text=text,
                    x0=left,
                    top=page_height - top,
                    x1=right,
                    bottom=page_height - bottom,
                    size=size,
                )
            )
    return runs


def _font_size(textpage: pdfium.PdfTextPage, left: float, middle: float) -> float | None:
    """The font size of the character a run starts with (PDF coordinates), where found."""
    slack = DEFAULT_INDEX_SLACK
    index = textpage.get_index(left + slack, middle, slack, slack)
    if index is None or index < 0:
        return None
    size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
    return size if size > 0 else None


def _runs_from_chars(
    textpage: pdfium.PdfTextPage, printed: str, *, page_height: float
) -> list[TextRun]:
    """Runs built from each character's loose box (font ascent to descent)."""
    runs: list[TextRun] = []
    current: list[tuple[str, float, float, float, float]] = []
    spaced = False
    count = textpage.count_chars()
    aligned = len(printed) == count  # else a character outside the BMP shifted the indexes
    for index in range(count):
        char = printed[index] if aligned else textpage.get_text_range(index, 1)
        if char in "\r\n" or char.isspace():
            spaced = spaced or bool(current)
            if char in "\r\n":
                runs += _run_of(current)
                current, spaced = [], False
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        box = (page_height - top, page_height - bottom)
        if current and not _continues(current[-1], left, box):
            runs += _run_of(current)
            current, spaced = [], False
        if spaced and current:
            current.append((" ", left, box[0], left, box[1]))
        current.append((char.replace(SOFT_HYPHEN_MARK, "-"), left, box[0], right, box[1]))
        spaced = False
    return runs + _run_of(current)


def _continues(
    last: tuple[str, float, float, float, float], left: float, box: tuple[float, float]
) -> bool:
    _, last_left, top, right, bottom = last
    height = max(bottom - top, 1.0)
    # The letters of a ligature (ﬁ read as "f", "i") share one glyph's box.
    ligature = abs(left - last_left) < DEFAULT_LIGATURE_SLACK
    return share_line((top, bottom), box) and (
        ligature or -0.5 * height <= left - right <= DEFAULT_CHAR_GAP * height
    )


def _run_of(chars: list[tuple[str, float, float, float, float]]) -> list[TextRun]:
    text = "".join(char for char, *_ in chars).strip()
    if not text:
        return []
    return [
        TextRun(
            text=text,
            x0=min(left for _, left, _, _, _ in chars),
            top=min(top for _, _, top, _, _ in chars),
            x1=max(right for _, _, _, right, _ in chars),
            bottom=max(bottom for *_, bottom in chars),
        )
    ]


def _without_overdraw(runs: list[TextRun]) -> list[TextRun]:
    """Text drawn again over itself (fake bold: copies a fraction of a point apart) read once.

    A rect spanning the copies reads as all of them ("表 表 表"); a copy is only dropped where
    another run with the same words stands within a point or two, never a word said twice.
    """
    kept: list[TextRun] = []
    for run in runs:
        if not any(_overdraws(other, run) for other in kept[-8:]):
            kept.append(run)
    return [
        run.model_copy(update={"text": _one_copy(run.text)})
        if REPEATED_TEXT.fullmatch(run.text) and sum(_overdraws(other, run) for other in runs) >= 2
        else run
        for run in kept
    ]


def _overdraws(first: TextRun, second: TextRun) -> bool:
    return (
        abs(first.x0 - second.x0) <= DEFAULT_OVERDRAW
        and abs(first.top - second.top) <= DEFAULT_OVERDRAW
        and _one_copy(first.text) == _one_copy(second.text)
    )


def _one_copy(text: str) -> str:
    repeated = REPEATED_TEXT.fullmatch(text)
    return repeated[1] if repeated else text


def _merge_rects(rects: list[tuple[float, float, float, float]]) -> list[tuple[float, ...]]:
    # Some producers (word processors' PDF export) position every glyph on its own, so pdfium
    # reports thousands of one-letter rects; each bounded-text call scans the page, so glue
    # touching rects on the same line first.
    merged: list[list[float]] = []
    for left, bottom, right, top in rects:
        last = merged[-1] if merged else None
        if last is not None and _same_line_touching(last, (left, bottom, right, top)):
            last[0], last[2] = min(last[0], left), max(last[2], right)
            last[1], last[3] = min(last[1], bottom), max(last[3], top)
        else:
            merged.append([left, bottom, right, top])
    return [tuple(rect) for rect in merged]


def _same_line_touching(last: list[float], rect: tuple[float, float, float, float]) -> bool:
    left, bottom, _right, top = rect
    height = max(top - bottom, last[3] - last[1], 1.0)
    # pdfium's y grows upwards: a box's "top" in page terms is its larger y.
    together = share_line((-top, -bottom), (-last[3], -last[1]))
    return together and -1 <= left - last[2] < 0.5 * height
