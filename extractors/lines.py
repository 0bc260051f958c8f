"""Printed lines: runs grouped into lines, and runs in reading order joined into page text.

Runs on one printed line are joined by a space, table cells by two (`CELL_SEPARATOR`). A prose
line that runs on to its column's right edge wraps into the next line, so sentences stay whole
for the sentencizer, while headings, list items, `Key: value` lines and table rows keep their
line breaks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from extractors.patterns import (
    CJK,
    CONTINUATION,
    DOT_LEADER,
    HEADING_LIKE,
    LIST_ITEM,
    NUMBER_WRAP_END,
    NUMBER_WRAP_START,
    ZH_LABEL_START,
)
from schemas import TextRun

DEFAULT_CELL_GAP = 14.0  # points between two runs on a line that make them separate cells
CELL_SEPARATOR = "  "  # two spaces: keeps table cells apart in the text, harmless to spaCy
DEFAULT_CJK_LINE = 12  # Chinese characters on a line of prose, at least
DEFAULT_CJK_LINES = 3  # such lines that make a narrow block of Chinese prose
DEFAULT_WRAP_SLACK = 4.0  # line heights short of the column edge a wrapped prose line may end
DEFAULT_CJK_WRAP_SLACK = 1.5  # the same for Chinese, which fills its lines to the edge
DEFAULT_PROSE_WIDTH = 0.45  # share of the page width the longest line spans on a prose page
DEFAULT_SLIVER = 0.6  # a box this much shorter than its neighbour is punctuation on its line
DEFAULT_HANG = 0.35  # how far below a line's baseline a comma's middle may hang
DEFAULT_WORD_GAP = 0.5  # line heights between two runs on a line that are no two words
DEFAULT_SIZE_CHANGE = 0.1  # share by which a line's font size differs from a paragraph's
DEFAULT_INDENT = 4.0  # line heights a paragraph's first line may start right of its next one


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
                gapped_line = gapped_line or apart(previous, run)
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


def number_goes_on(previous: TextRun, run: TextRun) -> bool:
    """Whether a number wrapped from one line to the next (`– €1` / `150 000`)."""
    return previous.text[-1:].isdigit() and run.text[:1].isdigit()


def apart(previous: TextRun, run: TextRun) -> bool:
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
        # A line that starts far right of the next (column headings over a table's values,
        # a centred title) is no paragraph's first line.
        and line_start - run.x0 <= DEFAULT_INDENT * height
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
