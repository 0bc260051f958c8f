"""Where a value was printed: from a character span of the page text back to its runs' box."""

from __future__ import annotations

from bisect import bisect_right

from extractors.patterns import LINE_GOES_ON, SENTENCE_END
from schemas import BBox, Page

DEFAULT_EVIDENCE_CHARS = 300  # longest evidence kept; a sentence is usually much shorter
DEFAULT_WRAPPED_LINES = 3  # lines a sentence that stops mid-clause may run on over, each way
DEFAULT_PROSE_WORDS = 6  # words of a line without a stop at its end that make it wrapped prose
LINE_STOPS = (".", "!", "?", ":", ";", "。", "！", "？", "：", "；")


def bbox_for(page: Page, start: int, end: int) -> BBox | None:
    """The box around the runs that print characters start..end of `page.text`."""
    if not page.runs or end <= start:
        return None
    first = max(bisect_right(page.run_starts, start) - 1, 0)
    last = max(bisect_right(page.run_starts, end - 1) - 1, first)
    runs = page.runs[first : last + 1]
    return (
        min(run.x0 for run in runs),
        min(run.top for run in runs),
        max(run.x1 for run in runs),
        max(run.bottom for run in runs),
    )


def find_cell_bbox(page: Page, cell: str) -> BBox | None:
    """The box of the first run that prints a table cell's text."""
    for run in page.runs:
        if cell and cell in run.text:
            return (run.x0, run.top, run.x1, run.bottom)
    return None


def trim(text: str, *, limit: int = DEFAULT_EVIDENCE_CHARS) -> str:
    """Evidence as one line of at most `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def span_evidence(sentence: str, label: str | None) -> str:
    """A figure's sentence as evidence, led by its label where the label stands outside it
    (a label line above the value, a label cell wrapped below it): `Minimum subscription
    amount per investor: −€1,000`."""
    flat = " ".join(sentence.split())
    if not label or " ".join(label.split()) in flat:
        return trim(flat)
    words = label.split()
    for cut in range(1, len(words)):
        if flat.startswith(" ".join(words[cut:])):
            # The label's last words open the sentence (`Offering deadline` above
            # `(Angebotsende) … 9.8.2024`): its first words go before them.
            return trim(f"{' '.join(words[:cut])} {flat}")
    return trim(f"{label.strip()}: {flat}")


def row_evidence(row: list[str | None]) -> str:
    """A table row as evidence: its cells joined by ` | `."""
    return trim(" | ".join(cell for cell in row if cell))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds text[start:end], within its lines: from the last sentence end
    before it to the next one after it. A line that stops mid-sentence goes on in the next one
    (`_goes_on`), up to `DEFAULT_WRAPPED_LINES` lines each way."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(DEFAULT_WRAPPED_LINES):
        above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        if not line_start or not _goes_on(text[above : line_start - 1]):
            break
        line_start = above
    line_end = _line_end(text, end)
    for _ in range(DEFAULT_WRAPPED_LINES):
        last_line = text.rfind("\n", 0, line_end) + 1
        if line_end == len(text) or not _goes_on(text[last_line:line_end]):
            break
        line_end = _line_end(text, line_end + 1)
    begin = line_start
    for match in SENTENCE_END.finditer(text, line_start, start):
        begin = match.end()
    stop = SENTENCE_END.search(text, end, line_end)
    return begin, stop.end() if stop else line_end


def _goes_on(line: str) -> bool:
    """Whether a line stops mid-sentence: on a comma or a word no sentence ends on (`… the
    financial statements of`), or a line of prose with no stop at its end (`The financial
    statements included in this Form` / `C are unaudited …`); a heading or a label is short."""
    words = line.split()
    if LINE_GOES_ON.search(line):
        return True
    return len(words) >= DEFAULT_PROSE_WORDS and not line.rstrip().endswith(LINE_STOPS)


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end
