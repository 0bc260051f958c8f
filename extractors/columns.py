"""Columns and reading order: the gutter between two columns, and runs read column by column.

Columns are found from a vertical gutter (almost) no run crosses, so two-column pages read left
column first, never interleaved. Full-width runs (titles, headings) above or between column
blocks keep their place.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.lines import DEFAULT_CJK_LINES, group_lines, same_line
from extractors.patterns import CJK, NUMERIC_CELL
from schemas import TextRun

DEFAULT_MIN_GUTTER = 10.0  # points of blank page between two columns
DEFAULT_COLUMN_RUNS = 4  # runs a column holds at least
DEFAULT_MIN_CJK_COLUMN_RUNS = 3  # a short Chinese column beside the prose: a heading, two lines
DEFAULT_MIDDLE_SLACK = 0.05  # share of the page width a gutter may stand off the page's middle
DEFAULT_PROSE_RUN = 0.2  # share of the page width a column's longer lines span when it is prose
DEFAULT_PROSE_LINES = 8  # lines of prose a column among table cells holds at least
DEFAULT_AMOUNT_WORDS = 3  # `2.5 million euro`: an amount cell, not a line of prose
DEFAULT_CJK_WORD_CHARS = 2  # characters in a Chinese word, about: 人民币 / 五百万元
DEFAULT_TABLE_ALIGNMENT = 0.8  # share of left runs with a right run on the same line: a table
DEFAULT_MAX_CROSSING = 2  # runs that may cross a gutter (footer, title) before it is no gutter


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
    crossing runs (full-width prose) mean a one-column page. Where more runs than a title and a
    footer cross the widest stretch everywhere, the one fewer runs cross: a column's table
    parts its labels from its values by a wide band its prose lines cross, the gutter beside it
    is blank.
    """
    count = dict(crossings)
    wide = [
        stretch
        for stretch in _stretches(crossings, allowed)
        if stretch[-1] - stretch[0] + 2 >= DEFAULT_MIN_GUTTER
    ]
    if not wide:
        return None
    widest = max(wide, key=len)
    if min(count[x] for x in widest) > DEFAULT_MAX_CROSSING:
        widest = min(wide, key=lambda stretch: (min(count[x] for x in stretch), -len(stretch)))
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
    return any(prose) and not _one_table(left, right, rows_align=not all(prose))


def _prose(runs: Sequence[TextRun], *, width: float, chinese: bool) -> bool:
    """Whether a column holds prose: its longer lines (the upper quartile, as headings and
    list labels are short) span a good part of the page, or, among many table cells, a few
    paragraphs' lines do; in Chinese, a few lines do."""
    long = width * DEFAULT_PROSE_RUN
    lines = sum(run.x1 - run.x0 > long for run in runs)
    if chinese:
        return lines >= DEFAULT_CJK_LINES
    return _upper_quartile([run.x1 - run.x0 for run in runs]) > long or lines >= DEFAULT_PROSE_LINES


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


def split_columns(runs: Sequence[TextRun], gutter: float | None) -> list[list[TextRun]]:
    """Runs by column (left, right, full width), so tables are read within their column."""
    if gutter is None:
        return [list(runs)]
    left = [run for run in runs if run.x1 <= gutter]
    right = [run for run in runs if run.x0 >= gutter]
    spanning = [run for run in runs if run.x0 < gutter < run.x1]
    return [column for column in (left, right, spanning) if column]


def _columns_first(block: list[TextRun], gutter: float) -> list[TextRun]:
    """A block's left column, then its right one; a block that is one table across the gutter
    (its labels left of it, its amounts right, below a full-width line) is read by rows."""
    left = [run for run in block if run.x1 <= gutter]
    right = [run for run in block if run.x1 > gutter]
    if left and right and _one_table(left, right, rows_align=False):
        return block
    return left + right
