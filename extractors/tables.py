"""Tables as rows of cells: ruled ones through pdfplumber, unruled ones from aligned text runs.

pdfplumber's table finder needs its ~50 ms/page layout parse, so it only runs on pages that
have ruling lines; tables without lines are read from pdfium runs, where every cell drawn at
its own position is already a run of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pdfplumber.page

from extractors.lines import DEFAULT_CELL_GAP, group_lines
from extractors.patterns import NUMERIC_CELL
from schemas import Table, TextRun

DEFAULT_MIN_ROWS = 3  # fewer aligned rows than this are prose with a number, not a table
DEFAULT_RULE_WIDTH = 3.0  # points: a path this thin is a drawn line, not a shaded cell
DEFAULT_RULE_LENGTH = 6.0  # points: shorter vertical strokes are glyph-like, not column rules
DEFAULT_BOX_SIDES = 3  # places box sides stand at in a grid of boxed cells, at least
DEFAULT_LABEL_CHARS = 60  # a longer one-cell line is prose, not a section label in a table
DEFAULT_CAPTION_HEIGHT = 60.0  # points above a table searched for its caption ("in thousands")
RULED_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def is_numeric_cell(text: str) -> bool:
    """A cell that holds an amount or a count: `1,250`, `(45)`, `$ 3.2`, `12%`."""
    return bool(NUMERIC_CELL.match(text.strip()))


def aligned_tables(runs: Sequence[TextRun], *, page_no: int) -> list[Table]:
    """Unruled tables: blocks of consecutive lines with two or more cells, one numeric."""
    tables = []
    block: list[list[str]] = []
    block_runs: list[TextRun] = []
    header: tuple[list[str], list[TextRun]] | None = None
    for line in group_lines(runs):
        cells = _cells(line)
        if len(cells) >= 2 and any(is_numeric_cell(cell) for cell in cells[1:]):
            if not block and header is not None:  # the column headings just above the rows
                block, block_runs = [header[0]], list(header[1])
            block.append(cells)
            block_runs += line
        elif block and len(cells) == 1 and len(cells[0]) < DEFAULT_LABEL_CHARS:
            block.append(cells)  # a section label inside a statement ("Current assets")
            block_runs += line
        else:
            tables += _close(block, block_runs, runs, page_no=page_no)
            block, block_runs = [], []
        if not block and len(cells) >= 2:
            header = (cells, line)
        elif block or len(cells[0]) > DEFAULT_LABEL_CHARS:
            header = None  # headings stay in force over section labels, not over prose
    tables += _close(block, block_runs, runs, page_no=page_no)
    return tables


def _cells(line: list[TextRun]) -> list[str]:
    cells: list[str] = []
    previous: TextRun | None = None
    for run in line:
        if previous is not None and run.x0 - previous.x1 <= DEFAULT_CELL_GAP:
            cells[-1] = f"{cells[-1]} {run.text}"
        else:
            cells.append(run.text)
        previous = run
    return cells


def _close(
    block: list[list[str]], block_runs: list[TextRun], runs: Sequence[TextRun], *, page_no: int
) -> list[Table]:
    while block and len(block[-1]) == 1:  # trailing labels belong to the prose below
        block.pop()
    numeric_rows = sum(1 for row in block if len(row) >= 2)
    if numeric_rows < DEFAULT_MIN_ROWS:
        return []
    bbox = (
        min(run.x0 for run in block_runs),
        min(run.top for run in block_runs),
        max(run.x1 for run in block_runs),
        max(run.bottom for run in block_runs),
    )
    rows: list[list[str | None]] = [list(row) for row in block]
    return [Table(page_no=page_no, rows=rows, bbox=bbox, ruled=False, caption=caption(runs, bbox))]


def vertical_rules(bounds: Iterable[tuple[float, float, float, float]]) -> int:
    """How many places (x, to 2 points) vertical edges are drawn at, from path bounds: thin
    vertical lines, and the sides of boxes where cells are drawn as boxes side by side.

    pdfplumber's "lines" strategy needs vertical edges to make cells; shaded rows and
    underlines give none worth its layout parse. A shaded band has its sides at two places
    only, so box sides count where they stand at three or more (a grid of two columns).
    """
    rules: set[int] = set()
    sides: set[int] = set()
    for left, bottom, right, top in bounds:
        if top - bottom < DEFAULT_RULE_LENGTH:
            continue
        if right - left <= DEFAULT_RULE_WIDTH:
            rules.add(round((left + right) / 4))
        else:
            sides |= {round(left / 2), round(right / 2)}
    return len(rules | sides) if len(sides) >= DEFAULT_BOX_SIDES else len(rules)


def ruled_tables(
    page: pdfplumber.page.Page, runs: Sequence[TextRun], *, page_no: int
) -> list[Table]:
    """Tables drawn with ruling lines, found by pdfplumber."""
    tables = []
    for found in page.find_tables(RULED_SETTINGS):
        rows = [[_clean(cell) for cell in row] for row in found.extract()]
        rows = [row for row in rows if any(row)]
        # Rules drawn only between rows make a one-column "table"; the aligned reader does better.
        if sum(1 for row in rows if len([cell for cell in row if cell]) >= 2) >= 2:
            x0, top, x1, bottom = (float(v) for v in found.bbox)
            bbox = (x0, top, x1, bottom)
            tables.append(
                Table(
                    page_no=page_no, rows=rows, bbox=bbox, ruled=True, caption=caption(runs, bbox)
                )
            )
    return tables


def _clean(cell: str | None) -> str | None:
    if cell is None:
        return None
    return " ".join(cell.split()) or None


def caption(runs: Sequence[TextRun], bbox: tuple[float, float, float, float]) -> str:
    """The lines printed just above a table: where "in thousands" or "USD '000" is said."""
    above = [
        run
        for run in runs
        if bbox[1] - DEFAULT_CAPTION_HEIGHT <= run.bottom <= bbox[1] + 1
        and run.x1 >= bbox[0]
        and run.x0 <= bbox[2]
    ]
    return " ".join(run.text for line in group_lines(above) for run in line)


def inside(run: TextRun, bbox: tuple[float, float, float, float]) -> bool:
    """Whether a run's centre lies within a table's box."""
    x = (run.x0 + run.x1) / 2
    y = (run.top + run.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]
