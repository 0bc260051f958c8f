"""Use-of-funds lines read from a section's text: the first run of lines that give uses, a list
item or a sentence that wraps joined back into one before it is read (`funds_uses`)."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.evidence import trim
from extractors.funds_uses import Use, line_uses, value_groups
from extractors.funds_wraps import join_wrapped, label_tail, wraps_into
from extractors.lines import CELL_SEPARATOR
from extractors.money import find_money
from extractors.patterns import (
    BARE_NUMBER,
    BULLET,
    CJK_WRAP,
    CURRENCY_MARK,
    FUNDS_ROW_BREAK,
    FUNDS_SENTENCE_BREAK,
    NOTE_RUN_ON,
    TOTAL_ROW,
)
from schemas import FundsLine

DEFAULT_HEADER_LINES = 2  # lines above the first row that may head its columns


def block_lines(lines: Sequence[str], *, page_no: int, currency: str | None) -> list[FundsLine]:
    """The first run of use-of-funds lines in a section's lines; intro lines and column headings
    above it are skipped, the first line without a value (or a total) after it ends it."""
    found: list[FundsLine] = []
    header: list[str] = []
    for raw in _items(lines, currency):
        text = BULLET.sub("", raw).strip()
        if TOTAL_ROW.match(text):
            if found:
                break
            continue
        uses = line_uses(
            text,
            currency=currency,
            header=" ".join(header[-DEFAULT_HEADER_LINES:]),
            width=_heading_cells(header[-1]) if header else 0,
            headings=" ".join(header),
        )
        if any(TOTAL_ROW.match(use.category) for use in uses):
            break  # `£120,000  100%  Total`: the total printed after its values
        if not uses:
            if found:
                break
            header.append(text)
            continue
        found += [_funds_line(use, page_no=page_no, evidence=raw) for use in uses]
    return found


def _heading_cells(line: str) -> int:
    """The number of column headings a line prints (`Use  Amount  %`), 0 for a line of prose."""
    cells = [cell for cell in FUNDS_ROW_BREAK.split(line.strip()) if cell]
    return len(cells) if len(cells) >= 2 and not any(value_groups(line, None)) else 0


def _funds_line(use: Use, *, page_no: int, evidence: str) -> FundsLine:
    return FundsLine(
        category=use.category,
        amount=use.amount,
        currency=use.currency if use.amount is not None else None,
        pct=use.pct,
        page_no=page_no,
        evidence=trim(evidence),
        source="text",
        amount_at_maximum=use.amount_at_maximum,
    )


def _items(lines: Sequence[str], currency: str | None) -> list[str]:
    """Sentences and list items, a wrapped item joined to its first line: `- Legal fees - EUR`
    then `140,000 (35%)` is one item."""
    joined = _unwrapped(lines)
    pieces = [
        part
        for line in joined
        for sentence in FUNDS_SENTENCE_BREAK.split(line)
        for part in _note_apart(sentence)
        if part.strip()
    ]
    items: list[str] = []
    for piece in pieces:
        if CURRENCY_MARK.fullmatch(piece.strip().rstrip(")）")):
            # A currency wrapped below a row's amount (`60.000,00  60 %  Hiring` then `EUR`)
            # only repeats the unit; read as a line, it would end the rows. Below an amount
            # printed without one, it is that amount's (`… | Hiring 37,500` then `US$`, `… 40%
            # (40.000,00` then `EUR)`).
            if items:
                items[-1] = _with_unit(items[-1], piece.strip())
            continue
        if items and (unit_and_words := _unit_and_words(items[-1], piece)):
            items[-1] = unit_and_words  # `220,000  55 %  Repayment of` / `US$  shareholder loan`
            continue
        if items and (tail := label_tail(items[-1], piece, currency)):
            cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(items[-1].strip())]
            items[-1] = CELL_SEPARATOR.join([f"{cells[0]} {tail}", *cells[1:]])
        elif items and wraps_into(items[-1], piece, currency):
            items[-1] = join_wrapped(items[-1], piece, currency)
        else:
            items.append(piece)
    return items


def _note_apart(piece: str) -> list[str]:
    """An item and a note run onto its line after it without a stop (`– €240,000.00 – Pilot
    projects with customers Fees: the intermediary charges …`), apart."""
    note = NOTE_RUN_ON.search(piece)
    if note is None or not find_money(piece[: note.start()]):
        return [piece]
    return [piece[: note.start()], piece[note.end() :]]


def _unit_and_words(item: str, piece: str) -> str | None:
    """The row with a line wrapped below it that holds the currency of its first cell's bare
    amount and the rest of its last cell's words; None where `piece` is no such line."""
    first, *cells = FUNDS_ROW_BREAK.split(piece.strip())
    if not cells or not CURRENCY_MARK.fullmatch(first) or any(c.isdigit() for c in piece):
        return None
    with_unit = _with_unit(item, first)
    return None if with_unit == item.rstrip() else f"{with_unit} {' '.join(cells)}"


def _with_unit(item: str, unit: str) -> str:
    """`item` with a currency wrapped below it beside the amount it printed without one: the
    number ending it (`… | Hiring 37,500`) or opening its first cell (`360.000,00  30%
    Equipment`); unchanged where every amount has its own."""
    item = item.rstrip()
    if item[-1:].isdigit() and all(money.end < len(item) for money in find_money(item)):
        return f"{item} {unit}"
    first, *cells = FUNDS_ROW_BREAK.split(item.strip())
    if cells and BARE_NUMBER.fullmatch(first):
        return CELL_SEPARATOR.join([f"{first} {unit}", *cells])
    return item


def _unwrapped(lines: Sequence[str]) -> list[str]:
    """Chinese lines joined where a sentence wraps mid-clause (`…；品牌` then `建设25%；…`); the
    layout joins wrapped English prose but has no spaces to go by in Chinese."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            CJK_WRAP.search(previous)
            and not FUNDS_ROW_BREAK.search(previous.strip())
            and not FUNDS_ROW_BREAK.search(line.strip())
            and not BULLET.match(line)
        ):
            joined[-1] = previous + line.strip()
        else:
            joined.append(line)
    return joined
