"""Labels as fact sheets print them: a narrow label column wraps its label under the value.

    Company registration  12983606          Amount sought  £300k  Date of  10th June 2021
    number                                  Smallest ticket  £250  incorporation

`unwrap_labels` puts the label's tail back on the label's line ("Company registration number
12983606", "Date of incorporation  10th June 2021") so that a labelled value is read as one.
A tail is lower-case words ("number", "and Wales No."), or words that continue one of the
issuer's labels in `data/labels.json` ("Registered in" / "England and" / "Wales No.").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from extractors import patterns

DEFAULT_LABELS_PATH = Path(__file__).parent / "data" / "labels.json"
DEFAULT_TAIL_REACH = 2  # lines below a label where its tail may stand (another row between)
MAX_TAIL_LINES = 2  # "Registered in" / "England and" / "Wales No."
CELL_GAP = "  "


@cache
def known_labels(path: Path = DEFAULT_LABELS_PATH) -> tuple[str, ...]:
    """The issuer's labels, lower case."""
    return tuple(json.loads(path.read_text(encoding="utf-8"))["labels"])


def unwrap_labels(text: str) -> str:
    """The text with each wrapped label tail joined to its label (line offsets change)."""
    rows = [
        patterns.CELL_SPLIT.split(line.strip()) if line.strip() else [] for line in text.split("\n")
    ]
    for index, cells in enumerate(rows):
        for column, cell in enumerate(cells[:-1]):
            if column % 2 or not patterns.LABEL_CELL.fullmatch(cell):
                continue  # a row alternates label and value: an odd cell is a value
            below = index  # the last row the label has reached
            for line in range(MAX_TAIL_LINES):
                tail = _tail(rows, below, column, cells[column], known_only=line > 0)
                if tail is None:
                    break
                below, tail_column = tail
                cells[column] = f"{cells[column]} {rows[below].pop(tail_column)}"
    return "\n".join(CELL_GAP.join(cells) for cells in rows if cells)


def _tail(
    rows: list[list[str]], index: int, column: int, label: str, *, known_only: bool
) -> tuple[int, int] | None:
    """(row, column) of the words below rows[index] that continue `label` (in that column or
    alone on their line); `known_only`: only words that continue a known label."""
    for row in range(index + 1, min(index + 1 + DEFAULT_TAIL_REACH, len(rows))):
        cells = rows[row]
        for tail_column in (column, 0) if column else (0,):
            if len(cells) <= tail_column or (tail_column == 0 and len(cells) > 1 and column):
                continue
            if _continues(label, cells[tail_column], known_only=known_only):
                return row, tail_column
        if len(cells) > 1:
            return None  # another label row stands between
        # Past a line with a value (`Incorporation December 25, 2022`), only words that make a
        # known label continue this one: `date` below it is that line's.
        known_only = known_only or any(char.isdigit() for char in "".join(cells))
    return None


def _continues(label: str, tail: str, *, known_only: bool) -> bool:
    if not known_only and patterns.LABEL_TAIL.fullmatch(tail):
        return True
    joined = f"{label} {tail}".casefold()
    shaped = patterns.LABEL_CELL.fullmatch(tail) or patterns.LABEL_TAIL.fullmatch(tail)
    return bool(shaped) and any(known.startswith(joined) for known in known_labels())
