"""Reading order: pdfium text runs → columns → lines → page text.

pdfium reports each run of text printed together (a phrase on a line, a table cell) as one
rectangle; that is ~50× cheaper than pdfplumber's per-character layout. Columns are found from
a vertical gutter (almost) no run crosses, so two-column pages read left column first, never
interleaved. Full-width runs (titles, headings) above or between column blocks keep their place.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.characters import normalise_runs
from extractors.patterns import (
    CJK,
    CONTINUATION,
    DOT_LEADER,
    HEADING_LIKE,
    LIST_ITEM,
    NUMBER_WRAP_END,
    NUMBER_WRAP_START,
    NUMERIC_CELL,
    REPEATED_TEXT,
    ZH_LABEL_START,
)
from schemas import TextRun

DEFAULT_MIN_GUTTER = 10.0  # points of blank page between two columns
DEFAULT_COLUMN_RUNS = 4  # runs a column holds at least
DEFAULT_MIN_CJK_COLUMN_RUNS = 3  # a short Chinese column beside the prose: a heading, two lines
DEFAULT_MIDDLE_SLACK = 0.05  # share of the page width a gutter may stand off the page's middle
DEFAULT_PROSE_RUN = 0.2  # share of the page width a column's longer lines span when it is prose
DEFAULT_AMOUNT_WORDS = 3  # `2.5 million euro`: an amount cell, not a line of prose
DEFAULT_CJK_WORD_CHARS = 2  # characters in a Chinese word, about: 人民币 / 五百万元
DEFAULT_TABLE_ALIGNMENT = 0.8  # share of left runs with a right run on the same line: a table
DEFAULT_MAX_CROSSING = 2  # runs that may cross a gutter (footer, title) before it is no gutter
DEFAULT_CELL_GAP = 14.0  # points between two runs on a line that make them separate cells
CELL_SEPARATOR = "  "  # two spaces: keeps table cells apart in the text, harmless to spaCy
DEFAULT_CJK_LINE = 12  # Chinese characters on a line of prose, at least
DEFAULT_CJK_LINES = 3  # such lines that make a narrow block of Chinese prose
DEFAULT_CJK_WRAP_SLACK = 1.5  # the same for Chinese, which fills its lines to the edge
DEFAULT_WRAP_SLACK = 4.0  # line heights short of the column edge a wrapped prose line may end
DEFAULT_PROSE_WIDTH = 0.45  # share of the page width the longest line spans on a prose page
DEFAULT_SLIVER = 0.6  # a box this much shorter than its neighbour is punctuation on its line
DEFAULT_HANG = 0.35  # how far below a line's baseline a comma's middle may hang
SOFT_HYPHEN_MARK = "\ufffe"  # what pdfium inserts where it joined a hyphenated line break
DEFAULT_COVERAGE = 0.9  # share of a page's characters its rects must show, else read by char
DEFAULT_MIN_HEIGHT = 0.5  # points: a text box flatter than this has lost its glyphs' height
DEFAULT_CHAR_GAP = 0.6  # line heights between two characters that start a new run
DEFAULT_OVERDRAW = 2.0  # points between two copies of text drawn over itself (fake bold)
DEFAULT_LIGATURE_SLACK = 0.01  # points: the letters of one ligature glyph start together
DEFAULT_WORD_GAP = 0.5  # line heights between two runs on a line that are no two words
DEFAULT_SIZE_CHANGE = 0.1  # share by which a line's font size differs from a paragraph's
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


def share_line(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Two boxes' vertical extents (top, bottom; top smaller) print on one line.

    They share most of the smaller one's height; or the smaller one is a sliver (a comma, a
    full stop, a dash) whose middle lies within the taller one's band or just below its
    baseline, where commas hang: "32" "," "136" are one number.
    """
    (top_a, bottom_a), (top_b, bottom_b) = first, second
    overlap = min(bottom_a, bottom_b) - max(top_a, top_b)
    height_a, height_b = bottom_a - top_a, bottom_b - top_b
    smaller = max(min(height_a, height_b), 0.5)
    if overlap >= 0.5 * smaller:
        return True
    (top, bottom), (small_top, small_bottom) = (
        (first, second) if height_a >= height_b else (second, first)
    )
    taller = bottom - top
    middle = (small_top + small_bottom) / 2
    return (
        overlap > 0
        and smaller <= DEFAULT_SLIVER * taller
        and top <= middle <= bottom + DEFAULT_HANG * taller
    )


def find_gutter(runs: Sequence[TextRun], *, width: float) -> float | None:
    """The x of a blank vertical band between two columns of text, if the page has one."""
    body = [run for run in runs if run.x1 - run.x0 < width * 0.6]
    if len(body) < 8:
        return None
    crossings = _crossings(runs, width=width)
    allowed = max(DEFAULT_MAX_CROSSING, len(runs) // 10)
    gutter = _blank_band(crossings, allowed)
    if gutter is not None and _splits_columns(body, gutter, width=width):
        return gutter
    # A column may hold a table whose own blank band is wider than the gutter (a use-of-funds
    # table beside the prose), or so few lines that they seem to cross the page: the gutter
    # is then the band fewest runs cross where it halves the page (a label column beside its
    # values leaves one off the middle). Only Chinese pages are read this way: on English
    # ones a narrower band parted labels from their values as often as it found a gutter.
    if not _chinese(body):
        return None
    for band in _least_crossed_bands(crossings, allowed):
        if abs(band - width / 2) <= DEFAULT_MIDDLE_SLACK * width and _splits_columns(
            body, band, width=width, chinese=True
        ):
            return band
    return None


def _crossings(runs: Sequence[TextRun], *, width: float) -> list[tuple[float, int]]:
    """How many runs cross each x of the page's middle, every 2 points."""
    xs = [width * 0.3 + step for step in range(0, int(width * 0.4), 2)]
    return [(x, sum(1 for run in runs if run.x0 - 1 < x < run.x1 + 1)) for x in xs]


def _blank_band(crossings: list[tuple[float, int]], allowed: int) -> float | None:
    """The centre of the widest stretch of the page's middle that (almost) no run crosses.

    A few runs may cross it (a centred footer, a title): they read as full-width lines; many
    crossing runs (full-width prose) mean a one-column page.
    """
    widest = max(_stretches(crossings, allowed), key=len, default=None)
    if widest is None or widest[-1] - widest[0] + 2 < DEFAULT_MIN_GUTTER:
        return None
    # Within it, the part the fewest runs cross: a left column's longest lines reach into the
    # band (`3) Legal and professional fees — 20.0% (£40,000)`), the gutter lies beyond them.
    inside = [(x, count) for x, count in crossings if widest[0] <= x <= widest[-1]]
    fewest = min(count for _, count in inside)
    clearest = max(_stretches(inside, fewest), key=len)
    return (clearest[0] + clearest[-1]) / 2


def _least_crossed_bands(crossings: list[tuple[float, int]], allowed: int) -> list[float]:
    """Centres of the stretches no more than 0, 1, 2, … runs cross, fewest crossings first."""
    return [
        (stretch[0] + stretch[-1]) / 2
        for level in range(allowed + 1)
        for stretch in _stretches(crossings, level)
        if stretch[-1] - stretch[0] + 2 >= DEFAULT_MIN_GUTTER
    ]


def _stretches(crossings: list[tuple[float, int]], allowed: int) -> list[list[float]]:
    stretches: list[list[float]] = []
    for x, count in crossings:
        if count > allowed:
            continue
        if stretches and x - stretches[-1][-1] <= 2:
            stretches[-1].append(x)
        else:
            stretches.append([x])
    return stretches


def _chinese(runs: Sequence[TextRun]) -> bool:
    """Whether most of the runs' characters are Chinese."""
    chars = sum(len(run.text) for run in runs)
    return sum(len(CJK.findall(run.text)) for run in runs) > chars / 2


def _splits_columns(
    body: Sequence[TextRun], gutter: float, *, width: float, chinese: bool = False
) -> bool:
    """Whether a blank band parts two columns: runs on either side, no table across it, and
    prose on one side. With `chinese`, a column may be short, prose is a few long lines among
    table cells, and prose on both sides is two columns even where their lines line up (the
    same leading on both sides)."""
    left = [run for run in body if run.x1 <= gutter]
    right = [run for run in body if run.x0 >= gutter]
    min_runs = DEFAULT_MIN_CJK_COLUMN_RUNS if chinese else DEFAULT_COLUMN_RUNS
    if min(len(left), len(right)) < min_runs:
        return False
    prose = [_prose(side, width=width, chinese=chinese) for side in (left, right)]
    return any(prose) and not _one_table(left, right, rows_align=not (chinese and all(prose)))


def _prose(runs: Sequence[TextRun], *, width: float, chinese: bool) -> bool:
    """Whether a column holds prose: its longer lines (the upper quartile, as headings and
    list labels are short) span a good part of the page; in Chinese, a few lines do."""
    long = width * DEFAULT_PROSE_RUN
    if chinese:
        return sum(run.x1 - run.x0 > long for run in runs) >= DEFAULT_CJK_LINES
    return _upper_quartile([run.x1 - run.x0 for run in runs]) > long


def _upper_quartile(values: list[float]) -> float:
    return sorted(values)[len(values) * 3 // 4]


def _one_table(left: list[TextRun], right: list[TextRun], *, rows_align: bool = True) -> bool:
    """A table's label column beside its value column leaves a blank band too, but it is one
    table, not two columns: its rows line up across the band (when `rows_align` tells a
    table), or its values are amounts whose labels stand left of the band (a column holding a
    table of its own labels its amounts)."""
    amounts = [run for run in right if _amount_like(run.text)]
    labelled = sum(
        1
        for amount in amounts
        if any(same_line(amount, run) and not _has_digit(run.text) for run in right)
    )
    tops = {round(run.top) for run in right}
    aligned = sum(1 for run in left if {round(run.top) + step for step in (-1, 0, 1)} & tops)
    return (len(amounts) >= len(right) / 2 and labelled < len(amounts) / 2) or (
        rows_align and aligned / len(left) >= DEFAULT_TABLE_ALIGNMENT
    )


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _amount_like(text: str) -> bool:
    """A cell holding an amount, however printed: `$702,963`, `1,250,000 €`, `EUR 1.25 million`,
    `人民币500万元`; not a line of Chinese prose, which has digits and no spaces."""
    return NUMERIC_CELL.match(text) is not None or (
        _has_digit(text) and _word_count(text) <= DEFAULT_AMOUNT_WORDS
    )


def _word_count(text: str) -> int:
    """Words as spaces part them, and Chinese ones as about two characters each."""
    return len(text.split()) + len(CJK.findall(text)) // DEFAULT_CJK_WORD_CHARS


def order_runs(runs: Sequence[TextRun], *, width: float) -> tuple[list[TextRun], float | None]:
    """Runs in reading order, and the x of the gutter between two columns if there is one."""
    by_position = [run for line in group_lines(runs) for run in line]
    gutter = find_gutter(by_position, width=width)
    if gutter is None:
        return by_position, None
    ordered: list[TextRun] = []
    block: list[TextRun] = []
    for run in by_position:
        if run.x0 < gutter < run.x1:  # a full-width run closes the column block above it
            ordered += _columns_first(block, gutter)
            block = []
            ordered.append(run)
        else:
            block.append(run)
    ordered += _columns_first(block, gutter)
    return ordered, gutter


def group_lines(runs: Sequence[TextRun]) -> list[list[TextRun]]:
    """Runs grouped into printed lines (boxes sharing most of a line's height), sorted by x."""
    lines: list[list[TextRun]] = []
    for run in sorted(runs, key=lambda run: (run.top, run.x0)):
        if lines and any(same_line(other, run) for other in lines[-1]):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda run: run.x0) for line in lines]


def same_line(run: TextRun, other: TextRun) -> bool:
    """Two runs printed on one line: their boxes share most of the smaller one's height.

    Overlap, not equal tops: a bullet or a dash is a sliver in the middle of its line.
    """
    return share_line((run.top, run.bottom), (other.top, other.bottom))


def split_columns(runs: Sequence[TextRun], gutter: float | None) -> list[list[TextRun]]:
    """Runs by column (left, right, full width), so tables are read within their column."""
    if gutter is None:
        return [list(runs)]
    left = [run for run in runs if run.x1 <= gutter]
    right = [run for run in runs if run.x0 >= gutter]
    spanning = [run for run in runs if run.x0 < gutter < run.x1]
    return [column for column in (left, right, spanning) if column]


def _columns_first(block: list[TextRun], gutter: float) -> list[TextRun]:
    left = [run for run in block if run.x1 <= gutter]
    right = [run for run in block if run.x1 > gutter]
    return left + right


def runs_to_text(
    runs: Sequence[TextRun], *, gutter: float | None, width: float
) -> tuple[str, list[int]]:
    """Join ordered runs into text; returns the text and where each run starts in it.

    Runs on one printed line are joined by a space (by two where a wide gap separates table
    cells). A prose line that runs on to its column's right edge wraps into the next line, so
    it is joined by a space too: sentences stay whole for the sentencizer, while headings,
    list items, `Key: value` lines and table rows keep their line breaks.
    """
    edges = _right_edges(runs, gutter=gutter, width=width)
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    previous: TextRun | None = None
    line_start = 0.0  # where the line being joined began
    leader_line = False  # whether that line leads a label to its value with dots
    gapped_line = False  # whether runs on that line stand further apart than words do
    cells_on_line = False
    for run in runs:
        if previous is not None:
            separator = _separator(previous, run)
            # A line of cells, or a label dotted across to its value, never wraps.
            one_line = cells_on_line or leader_line
            if (
                separator == "\n"
                and not one_line
                and _wraps(previous, run, edges, line_start, gapped=gapped_line)
            ):
                separator = "" if _chinese_wrap(previous.text, run.text) else " "
            if separator == "\n":
                line_start, leader_line, gapped_line = run.x0, False, False
            elif separator == " ":
                gapped_line = gapped_line or _apart(previous, run)
            cells_on_line = separator == CELL_SEPARATOR or (cells_on_line and separator != "\n")
            parts.append(separator)
            length += len(separator)
        else:
            line_start = run.x0
        leader_line = leader_line or DOT_LEADER.search(run.text) is not None
        starts.append(length)
        parts.append(run.text)
        length += len(run.text)
        previous = run
    return "".join(parts), starts


def _right_edges(
    runs: Sequence[TextRun], *, gutter: float | None, width: float
) -> tuple[float, float]:
    """Where wrapped lines end: the left column's right edge (two columns) and the page's.

    A page whose longest line is short has no wrapped prose: its edges are out of reach.
    """
    left = min((run.x0 for run in runs), default=0.0)
    right = max((run.x1 for run in runs), default=0.0)
    if right - left < width * DEFAULT_PROSE_WIDTH:
        # Chinese prose in a narrow block still wraps: its long lines fill the block.
        chinese = [run.x1 for run in runs if len(CJK.findall(run.text)) >= DEFAULT_CJK_LINE]
        if len(chinese) < DEFAULT_CJK_LINES:
            return math.inf, math.inf
        return max(chinese), max(chinese)
    if gutter is None:
        return right, right
    return max((run.x1 for run in runs if run.x1 <= gutter), default=gutter), right


def _apart(previous: TextRun, run: TextRun) -> bool:
    """Whether two runs on a line stand further apart than two words: a narrow table's cells
    (`$400,000` / `Team expansion`), though closer than a cell gap."""
    height = max(previous.bottom - previous.top, 1.0)
    return run.x0 - previous.x1 > DEFAULT_WORD_GAP * height


def _wraps(
    previous: TextRun,
    run: TextRun,
    edges: tuple[float, float],
    line_start: float,
    *,
    gapped: bool = False,
) -> bool:
    edge = edges[0] if previous.x1 <= edges[0] + 1 else edges[1]
    height = max(previous.bottom - previous.top, 1.0)
    # Chinese wraps between any two characters, so its wrapped lines end right at the edge;
    # a Chinese `标签：值` line never runs on into the next one's label.
    chinese = CJK.search(previous.text) is not None
    slack = DEFAULT_CJK_WRAP_SLACK if chinese else DEFAULT_WRAP_SLACK
    if chinese and ZH_LABEL_START.match(run.text):
        return False
    # "... up from" / "£250,000 in 2022", "31 Market Street, Portland," / "Oregon": a line
    # that stops mid-sentence or mid-address goes on below; a row of a narrow table's cells
    # (`Amount Purpose` over `$400,000 Team expansion`) stops where its cells end.
    continues = not gapped and (
        (CONTINUATION.match(run.text) and previous.text[-1:].isalpha())
        or previous.text.endswith((",", "&"))
    )
    return (
        (
            previous.x1 >= edge - slack * height
            or (
                previous.x1 + _first_word_width(run) >= edge - height
                and abs(run.x0 - line_start) <= height  # a paragraph's lines start together
            )
            or bool(continues)
        )
        and not (previous.text.endswith((":", "：")) and not _runs_on(previous.text))
        and not LIST_ITEM.match(run.text)
        and not _size_changes(previous, run)
        and not (previous.text.endswith((".", "!", "?", "。")) and HEADING_LIKE.match(run.text))
        and 0 <= run.top - previous.bottom < height * 1.2
    )


def _size_changes(previous: TextRun, run: TextRun) -> bool:
    """Whether two lines are printed at different font sizes: a heading never wraps into the
    line below it (`What could go wrong` over `Regulation`), however short its words leave it."""
    if previous.size is None or run.size is None:
        return False
    return abs(previous.size - run.size) > DEFAULT_SIZE_CHANGE * max(previous.size, run.size)


def _chinese_wrap(line: str, following: str) -> bool:
    """Chinese wraps between any two characters, even inside a number (`2` / `0294万元`,
    `三千一百二十` / `五万元`): there the lines join with nothing between. Between two words
    the space stays, so that a name ending a line (`董事：王浩鹏`) keeps apart from the next."""
    return bool(
        following
        and CJK.search(line)
        and NUMBER_WRAP_END.search(line)
        and NUMBER_WRAP_START.match(following)
    )


def _runs_on(text: str) -> bool:
    """A line ending on a colon that goes on below: a bracket left open (`… £4.7m (2023:`), or
    a Chinese list of `职务：姓名` pairs (`董事：周华；董事会秘书：` / `黄轩`)."""
    return _open_bracket(text) or "；" in text


def _open_bracket(text: str) -> bool:
    """`… turnover of £4.7m (2023:` goes on below: a bracket opened and not closed."""
    return text.count("(") > text.count(")")


def _first_word_width(run: TextRun) -> float:
    """About how wide a run's first word is: a line ends early when that word did not fit
    ("… were EUR" / "476.000,00. Monthly …")."""
    first = run.text.split(" ", 1)[0]
    if CJK.match(first):
        first = first[:1]  # Chinese wraps between any two characters
    return (run.x1 - run.x0) * (len(first) + 1) / max(len(run.text), 1)


def _separator(previous: TextRun, run: TextRun) -> str:
    if not (same_line(previous, run) and run.x0 >= previous.x1 - 1):
        return "\n"
    return CELL_SEPARATOR if run.x0 - previous.x1 > DEFAULT_CELL_GAP else " "
