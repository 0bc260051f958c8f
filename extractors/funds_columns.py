"""A use-of-funds section printed in one column of a page the layout read as one column.

Key-information sheets and pitch pages print short blocks side by side (the terms of the raise
beside the use of funds). Their lines are too short for the layout to see two columns, so the
page text interleaves them line by line. Here the section is read again from the runs of its
heading's column, cut at the blank band between the two columns.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from extractors.lines import (
    CELL_SEPARATOR,
    DEFAULT_CELL_GAP,
    apart,
    group_lines,
    number_goes_on,
    same_line,
)
from extractors.patterns import CONTINUATION, LIST_ITEM
from schemas import Page, Table, TextRun

DEFAULT_MIN_GUTTER = 10.0  # points of blank page between two columns
DEFAULT_SCAN = (0.25, 0.75)  # share of the page width where a gutter may lie
DEFAULT_STEP = 2  # points between the x positions tried
DEFAULT_MIN_RUNS = 1  # runs beside the gutter that make the other side a column
DEFAULT_ALIGNED = 0.8  # share of its lines with a label beside them that makes it one
DEFAULT_FOOTER = 0.92  # share of the page height below which footers and page numbers print
DEFAULT_WRAP_SLACK = 4.0  # line heights short of the column's edge a wrapped line may end
DEFAULT_LINE_GAP = 1.2  # line heights between a wrapped line and the next
DEFAULT_SLACK = 2.0  # points a run may stand over its column's edge
DEFAULT_HANG = 12.0  # points a bullet or a number may hang left of its section's heading


@dataclass(frozen=True)
class Column:
    """The lines printed below a heading within its column, and the column's edges."""

    lines: list[str]
    left: float
    right: float
    top: float

    def holds(self, table: Table) -> bool:
        """Whether a table is printed inside the column, below the heading."""
        x0, top, x1, _ = table.bbox
        return (
            x0 >= self.left - DEFAULT_SLACK
            and x1 <= self.right + DEFAULT_SLACK
            and top >= self.top - DEFAULT_SLACK
        )


def heading_column(page: Page, start: int) -> Column | None:
    """The column of the heading printed at `start` of the page text, when a blank band parts
    it from another column below the heading; None when the page is one column there."""
    if not page.runs:
        return None
    heading = page.runs[max(bisect_right(page.run_starts, start) - 1, 0)]
    below = [run for run in page.runs if run.bottom > heading.top]
    footer = page.height * DEFAULT_FOOTER  # a centred page number would close every gutter
    gutter = _gutter([run for run in below if run.top < footer], width=page.width)
    if gutter is None:
        return None
    if heading.x0 >= gutter:
        # The column starts where its heading does: a band left of it may be the gap between
        # two value columns of a table in the other column, not the gutter.
        left, right = max(gutter, heading.x0 - DEFAULT_HANG), page.width
    elif heading.x1 <= gutter and not _one_table(
        [run for run in below if run.x1 <= gutter], [run for run in below if run.x0 >= gutter]
    ):
        # Rows start where their heading starts: only a band right of a heading may be a
        # table's gap between its labels and its values rather than a gutter.
        left, right = 0.0, gutter
    else:
        return None
    inside = [run for run in below if run.x0 >= left - DEFAULT_SLACK and run.x1 <= right]
    lines = [line for line in group_lines(inside) if line[0].top > heading.top + 1]
    if right == gutter:
        lines += group_lines(_next_column(page, heading, gutter))
    return Column(_paragraphs(lines), left, right, heading.top)


def _next_column(page: Page, heading: TextRun, gutter: float) -> list[TextRun]:
    """The column right of the gutter from its top, where a section at the foot of the left
    column goes on; its top is below the last full-width line above the heading."""
    spanning = [
        run.bottom for run in page.runs if run.x0 < gutter < run.x1 and run.top < heading.top
    ]
    top = max(spanning, default=0.0)
    footer = page.height * DEFAULT_FOOTER
    return [run for run in page.runs if run.x0 >= gutter and top < run.top < footer]


def _paragraphs(lines: Sequence[Sequence[TextRun]]) -> list[str]:
    """The lines' text, a prose line that runs to the column's edge joined to the next."""
    prose = [line for line in lines if CELL_SEPARATOR not in _line_text(line)]
    edge = max((line[-1].x1 for line in prose), default=0.0)  # a table may reach further
    texts: list[str] = []
    previous: Sequence[TextRun] | None = None
    for line in lines:
        text = _line_text(line)
        if previous is not None and _wraps(previous, line, edge):
            texts[-1] = f"{texts[-1]} {text}"
        else:
            texts.append(text)
        previous = line
    return texts


def _wraps(previous: Sequence[TextRun], line: Sequence[TextRun], edge: float) -> bool:
    """A line of prose (one cell) that ends near the column's edge goes on in the next; a row
    of a narrow table's cells (`€18,000 Team expansion`, closer than a cell gap) ends there."""
    height = max(previous[-1].bottom - previous[-1].top, 1.0)
    last, text = _line_text(previous), _line_text(line)
    # "… we plan to spend 50 per" / "cent to equipment": a line that stops mid-sentence.
    goes_on = (bool(CONTINUATION.match(text)) and last[-1:].isalpha()) or last.endswith((",", "&"))
    return (
        CELL_SEPARATOR not in last
        and CELL_SEPARATOR not in text
        and (
            not any(apart(*pair) for pair in pairwise(previous))
            or number_goes_on(previous[-1], line[0])
        )
        and (previous[-1].x1 >= edge - DEFAULT_WRAP_SLACK * height or goes_on)
        and not last.endswith((":", "："))
        and not LIST_ITEM.match(text)  # `2.` may be a run of its own
        and 0 <= line[0].top - previous[-1].bottom < height * DEFAULT_LINE_GAP
    )


def _gutter(runs: Sequence[TextRun], *, width: float) -> float | None:
    """The middle of the widest band of the page's middle that no run crosses, with runs on
    both sides; None if there is none."""
    low, high = (int(width * share) for share in DEFAULT_SCAN)
    blank = [
        x
        for x in range(low, high + 1, DEFAULT_STEP)
        if not any(run.x0 - 1 < x < run.x1 + 1 for run in runs)
    ]
    stretches: list[list[int]] = []
    for x in blank:
        if stretches and x - stretches[-1][-1] == DEFAULT_STEP:
            stretches[-1].append(x)
        else:
            stretches.append([x])
    widest = max(stretches, key=len, default=None)
    if widest is None or widest[-1] - widest[0] + DEFAULT_STEP < DEFAULT_MIN_GUTTER:
        return None
    gutter = (widest[0] + widest[-1]) / 2
    left = sum(run.x1 <= gutter for run in runs)
    right = sum(run.x0 >= gutter for run in runs)
    return gutter if min(left, right) >= DEFAULT_MIN_RUNS else None


def _one_table(left: Sequence[TextRun], right: Sequence[TextRun]) -> bool:
    """A table's label column beside its value column leaves a blank band too; then nearly
    every line right of the band has a label beside it on the left."""
    lines = group_lines(right)
    labelled = sum(any(same_line(line[0], run) for run in left) for line in lines)
    return labelled >= DEFAULT_ALIGNED * len(lines)


def _line_text(line: Sequence[TextRun]) -> str:
    """A printed line's runs joined as the page text joins them: cells two spaces apart."""
    parts = [line[0].text]
    for previous, run in pairwise(line):
        parts.append(CELL_SEPARATOR if run.x0 - previous.x1 > DEFAULT_CELL_GAP else " ")
        parts.append(run.text)
    return "".join(parts)
