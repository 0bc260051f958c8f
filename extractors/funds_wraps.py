"""How a use-of-funds row wraps onto the lines below it: a label's tail, values alone under
their row (`(30%)`), an amount below its currency mark (`USD` / `240,000 onwards`), a magnitude
below its amount (`EUR 3.5` / `million`), a sentence that goes on in lower case. `funds_text`
joins such lines back into their row before reading it."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.funds_uses import Value, value_groups
from extractors.lines import CELL_SEPARATOR
from extractors.money import find_money
from extractors.numbers import parse_number
from extractors.patterns import (
    BULLET,
    CATEGORY_WORDS,
    CLAUSE_GOES_ON,
    CURRENCY_MARK,
    FUNDS_PREPOSITION,
    FUNDS_ROW_BREAK,
    LABEL_AFTER_SEPARATOR,
    LABEL_TAIL,
    MAGNITUDE_WRAPPED,
    NOT_CATEGORY,
    PERCENT_WRAPPED,
)

DEFAULT_WRAPPED_CELL = 16  # characters of a line without words that ends the row above it
DEFAULT_TAIL_WORDS = 2  # words of a row's last cell that wrapped below it (`onwards`)


def label_tail(piece: str, following: str, currency: str | None) -> str:
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


def wraps_into(piece: str, following: str, currency: str | None) -> bool:
    """Whether an item goes on in the next line: a label whose values wrap below it, values
    alone under their row (`(30%)`), or a sentence that goes on in lower case."""
    if BULLET.match(following) or piece.rstrip().endswith((":", "：")):
        return False
    if PERCENT_WRAPPED.match(following) and piece.rstrip()[-1:].isdigit():
        return True  # `(70` then `percent)`
    if _with_magnitude(piece, following, currency) is not None:
        return True  # `Customer support  EUR 3.5  70.0%  Months` then `million  6–18`
    bare = BULLET.sub("", following)
    if _ends_on_currency(piece) and _opens_on_number(bare):
        # `4) Branding — EUR` then `12.500`; `Inventory € 35.000 | Contingency €` then
        # `30.000,00 | Software …`
        return True
    if _wrapped_number(bare) is not None and _dangling_currency(piece) is not None:
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
    if LABEL_AFTER_SEPARATOR.fullmatch(piece, before[-1].end) and groups and not groups[0].start:
        # `… 1,000,000 EUR · Recruitment` then `250,000 EUR · …`: an item's label ends the
        # line, its value opens the next.
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
        and not tail.isdigit()  # a page number below the last row
        and not any(group.money for group in value_groups(tail, currency))
    )


def join_wrapped(piece: str, following: str, currency: str | None) -> str:
    """An item and the line it goes on in; a number wrapped below its currency (`USD` or
    `USD 25.00 %`, then `220,000`) goes back beside it, and the words wrapped beside the number
    (`240,000 onwards` below `Stock purchases  USD  Q3`) back to the row's last cell."""
    magnitude = _with_magnitude(piece, following, currency)
    if magnitude is not None:
        return magnitude
    wrapped = _wrapped_number(following)
    dangling = _dangling_currency(piece) if wrapped is not None else None
    if wrapped is None or dangling is None:
        return f"{piece.rstrip()} {following.strip()}"
    number, tail = wrapped
    cells = [cell.strip() for cell in FUNDS_ROW_BREAK.split(piece.strip())]
    index, end = dangling
    cells[index] = f"{cells[index][:end]} {number}{cells[index][end:]}"
    if tail:
        cells[-1] = f"{cells[-1]} {tail}"
    return CELL_SEPARATOR.join(cells)


def _with_magnitude(piece: str, following: str, currency: str | None) -> str | None:
    """The row with the magnitude of its one amount that wrapped below it back in place, and
    the words beside the magnitude back in the row's last cell (`Customer support  EUR 3.5
    70.0%  Months` then `million  6–18`); None where the line starts with no such magnitude."""
    found = MAGNITUDE_WRAPPED.match(following)
    amounts = find_money(piece, default_currency=currency)
    if found is None or len(amounts) != 1:
        return None
    amount = amounts[0]
    joined = f"{piece[: amount.end]} {found.group().strip()}{piece[amount.end :]}"
    grown = find_money(joined, default_currency=currency)
    if len(grown) != 1 or grown[0].value <= amount.value:
        return None  # the amount had its magnitude already, or takes none
    tail = following[found.end() :].strip()
    return f"{joined.rstrip()} {tail}" if tail else joined


def _opens_on_number(line: str) -> bool:
    """Whether a line's first word is a number (`30.000,00 | Software licences 20.000 EUR`)."""
    words = line.split(maxsplit=1)
    return bool(words) and parse_number(words[0]) is not None


def _wrapped_number(line: str) -> tuple[str, str] | None:
    """A number wrapped below its currency mark, and the wrapped tail of the row's last cell
    printed beside it (`240,000 onwards`, `65.000,00  6–18`): None where the line is no such
    thing."""
    if parse_number(line.strip()) is not None:
        return line.strip(), ""  # `2 025 000` is one number
    number, _, tail = line.strip().partition(" ")
    if parse_number(number) is None:
        return None
    tail = tail.strip()
    shaped = len(tail.split()) <= DEFAULT_TAIL_WORDS and (tail[:1].islower() or tail[:1].isdigit())
    # The tail is words or a range (`onwards`, `6–18`), never an amount of its own.
    unvalued = parse_number(tail) is None and not find_money(tail)
    return (number, tail) if not tail or (shaped and unvalued) else None


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
