"""Use-of-funds lines read from a section's text: the first run of lines that give uses, a list
item or a sentence that wraps joined back into one before it is read (`funds_uses`)."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.evidence import trim
from extractors.funds_uses import Use, Value, line_uses, value_groups
from extractors.lines import CELL_SEPARATOR
from extractors.money import find_money
from extractors.numbers import parse_number
from extractors.patterns import (
    BULLET,
    CATEGORY_WORDS,
    CJK_WRAP,
    CLAUSE_GOES_ON,
    CURRENCY_MARK,
    FUNDS_PREPOSITION,
    FUNDS_ROW_BREAK,
    FUNDS_SENTENCE_BREAK,
    LABEL_TAIL,
    NOT_CATEGORY,
    PERCENT_WRAPPED,
    TOTAL_ROW,
)
from schemas import FundsLine

DEFAULT_HEADER_LINES = 2  # lines above the first row that may head its columns
DEFAULT_WRAPPED_CELL = 16  # characters of a line without words that ends the row above it
DEFAULT_TAIL_WORDS = 2  # words of a row's last cell that wrapped below it (`onwards`)


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
    pieces = [part for line in joined for part in FUNDS_SENTENCE_BREAK.split(line) if part.strip()]
    # A currency code wrapped below a row's amount (`60.000,00  60 %  Hiring` then `EUR`) only
    # repeats the unit; read as a line, it would end the rows.
    pieces = [piece for piece in pieces if not CURRENCY_MARK.fullmatch(piece.strip())]
    items: list[str] = []
    for piece in pieces:
        if items and (tail := _label_tail(items[-1], piece, currency)):
            cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(items[-1].strip())]
            items[-1] = CELL_SEPARATOR.join([f"{cells[0]} {tail}", *cells[1:]])
        elif items and _wraps_into(items[-1], piece, currency):
            items[-1] = _join(items[-1], piece)
        else:
            items.append(piece)
    return items


def _label_tail(piece: str, following: str, currency: str | None) -> str:
    """The words of a row's label cell wrapped below it, perhaps beside the currency marks of
    its amounts (`Fit-out of the production  760,000  1,140,000` then `site  USD  US$`, a row
    `…  40,000 USD 60,000 US$` then `loan`); `` where the line is no such tail."""
    cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(following.strip()) if cell.strip()]
    row = [cell.strip() for cell in FUNDS_ROW_BREAK.split(piece.strip())]
    numbers = any(char.isdigit() for cell in row[1:] for char in cell)  # bare amounts too
    if not cells or len(row) < 2 or not numbers or value_groups(row[0], currency):
        return ""
    groups = value_groups(piece, currency)
    if groups and CATEGORY_WORDS.search(piece[groups[-1].end :]):
        return ""  # a column of words after the values: the tail is that cell's (`Q3 onwards`)
    tail, marks = cells[0], cells[1:]
    shaped = LABEL_TAIL.fullmatch(tail) is not None and len(tail.split()) <= DEFAULT_TAIL_WORDS
    if not shaped or not all(CURRENCY_MARK.fullmatch(mark) for mark in marks):
        return ""
    return tail


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


def _wraps_into(piece: str, following: str, currency: str | None) -> bool:
    """Whether an item goes on in the next line: a label whose values wrap below it, values
    alone under their row (`(30%)`), or a sentence that goes on in lower case."""
    if BULLET.match(following) or piece.rstrip().endswith((":", "：")):
        return False
    if PERCENT_WRAPPED.match(following) and piece.rstrip()[-1:].isdigit():
        return True  # `(70` then `percent)`
    bare = BULLET.sub("", following)
    if parse_number(bare.strip()) is not None and _dangling_currency(piece) is not None:
        return True  # `International expansion  EUR` then `2.025.000,00`
    groups = value_groups(bare, currency)
    before = value_groups(piece, currency)
    if not before:
        if not groups:
            return False
        named_after = FUNDS_PREPOSITION.match(bare, groups[0].end)
        unnamed = not CATEGORY_WORDS.search(bare[: groups[0].start]) and not named_after
        # `Amount  %  Purpose` over `£480,000  40%  Hiring`: column headings over a row that
        # names its own category after its values, not a label whose values wrapped.
        own_category = bool(CATEGORY_WORDS.search(bare[groups[-1].end :]))
        return (unnamed and not own_category) or bool(BULLET.match(piece))
    if (
        len(bare.strip()) <= DEFAULT_WRAPPED_CELL
        and not CATEGORY_WORDS.search(_without_values(bare, groups))
        and (value_groups(bare, None) or _ends_on_currency(piece))
    ):
        # The rest of the row: `(30%)`, `%)`, `€220,000`, `87,500)` after `(USD`; a bare
        # number (a page's) is not.
        return True
    if _last_cell_wraps(piece, before, bare, currency):
        return True
    sentence = len(before) > 1 or bool(NOT_CATEGORY.search(piece))
    return sentence and (bool(CLAUSE_GOES_ON.search(piece)) or bare[:1].islower())


def _last_cell_wraps(piece: str, before: Sequence[Value], bare: str, currency: str | None) -> bool:
    """Whether a short line is the wrapped tail of a row's last cell, a column of words after
    its values (`International expansion  $150,000  Q3` then `onwards`, `Months` then `6–18`)."""
    tail = bare.strip()
    return (
        bool(CATEGORY_WORDS.search(piece[before[-1].end :]))
        and 0 < len(tail) <= DEFAULT_WRAPPED_CELL
        and len(tail.split()) <= DEFAULT_TAIL_WORDS
        and (tail[0].islower() or tail[0].isdigit())
        and not any(group.money for group in value_groups(tail, currency))
    )


def _join(piece: str, following: str) -> str:
    """An item and the line it goes on in; a number wrapped below its currency (`USD` or
    `USD 25.00 %`, then `220,000`) goes back beside it."""
    number = following.strip()
    dangling = _dangling_currency(piece) if parse_number(number) is not None else None
    if dangling is None:
        return f"{piece.rstrip()} {number}"
    cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(piece.strip())]
    index, end = dangling
    cells[index] = f"{cells[index][:end]} {number}{cells[index][end:]}"
    return CELL_SEPARATOR.join(cells)


def _dangling_currency(piece: str) -> tuple[int, int] | None:
    """The cell (and where in it) a currency mark stands with no amount after it."""
    cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(piece.strip())]
    for index, cell in enumerate(cells):  # the first cell too: `EUR  10 %  Tooling`
        mark = CURRENCY_MARK.match(cell)
        if mark and not find_money(cell):
            return index, mark.end()
    return None


def _ends_on_currency(piece: str) -> bool:
    """Whether a line ends on a currency mark whose amount wrapped below: `… 25% (USD`, not
    on the mark of an amount (`… 120.000 EUR`)."""
    text = piece.rstrip(" (（")
    marks = list(CURRENCY_MARK.finditer(text))
    if not marks or marks[-1].end() != len(text):
        return False
    return not any(money.end >= marks[-1].start() for money in find_money(text))


def _without_values(text: str, groups: Sequence[Value]) -> str:
    for group in reversed(groups):
        text = text[: group.start] + text[group.end :]
    return text
