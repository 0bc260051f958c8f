"""The signature pages of SEC filings: `/s/ Name` and the capacity each person signs in.

    /s/ James A. Bell  Director                        the title beside the signature;
    Chief Executive Officer and Director  Oct 28, 2021 the title above it (Apple);
    /s/ Timothy D. Cook
    By /s/ Gregory B. Penner / Gregory B. Penner       the printed name, then the title below
    Chairman of the Board and Director                 it (Walmart, PepsiCo);
    By: /s/ A  By: /s/ B / A  B / Director  Director   signatures side by side (eBay).

Whether a block prints titles above or below its signatures is read from the block itself:
the side where more signatures have a title line wins; a title line between two signatures
then goes to one of them only.
"""

from __future__ import annotations

from extractors.entries import Lines, Listed, cell_roles, title_line_roles
from extractors.evidence import trim
from extractors.patterns import CELL_GAP, SIGNED
from extractors.person_names import person_name

DEFAULT_MAX_TITLE_LINES = 3  # title lines under one signature: a title wrapped, "(Principal ...)"


def signed_people(lines: Lines) -> list[Listed]:
    """Everyone who signs on a page, with the titles printed with the signature."""
    found: list[Listed] = []
    for block in _blocks(lines):
        above = sum(bool(_title_above(lines, index, take=False)) for index in block)
        below = sum(bool(_titles_below(lines, index, take=False)) for index in block)
        for index in block:
            found += _signature(lines, index, titles_above=above > below)
    return found


def _signed_parts(line: str) -> list[str]:
    return [part for part in SIGNED.split(line)[1:] if part.strip()]


def _blocks(lines: Lines) -> list[list[int]]:
    """Runs of signature lines with nothing but names and titles between them."""
    blocks: list[list[int]] = []
    for index, line in enumerate(lines.texts):
        if not _signed_parts(line):
            continue
        previous = blocks[-1][-1] if blocks else None
        between = lines.texts[previous + 1 : index] if previous is not None else ["-"]
        if all(not text or person_name(text) or title_line_roles(text) for text in between):
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def _signature(lines: Lines, index: int, *, titles_above: bool) -> list[Listed]:
    parts = _signed_parts(lines.texts[index])
    if len(parts) > 1:
        return _side_by_side(lines, index, parts)
    cells = [cell for cell in CELL_GAP.split(parts[0]) if cell.strip()] if parts else []
    name = person_name(cells[0], words=lines.words) if cells else None
    if name is None:
        return []
    roles = [role for cell in cells[1:] for role in cell_roles(cell)]
    roles += _title_above(lines, index) if titles_above else _titles_below(lines, index)
    lines.taken.add(index)
    return [Listed(name, tuple(dict.fromkeys(roles)), trim(lines.texts[index]))] if roles else []


def _title_above(lines: Lines, index: int, *, take: bool = True) -> list[str]:
    roles = (
        title_line_roles(lines.texts[index - 1])
        if index > 0 and index - 1 not in lines.taken
        else []
    )
    if roles and take:
        lines.taken.add(index - 1)
    return roles


def _titles_below(lines: Lines, index: int, *, take: bool = True) -> list[str]:
    """The title lines under a signature, past the name printed under it."""
    below = index + 1
    parts = _signed_parts(lines.texts[index])
    name = person_name(CELL_GAP.split(parts[0])[0]) if parts else None
    if below < len(lines.texts) and name and person_name(lines.texts[below]) == name:
        if take:
            lines.taken.add(below)
        below += 1
    roles: list[str] = []
    for line_no in range(below, min(below + DEFAULT_MAX_TITLE_LINES, len(lines.texts))):
        found = title_line_roles(lines.texts[line_no]) if line_no not in lines.taken else []
        if not found or _signed_parts(lines.texts[line_no]):
            break
        roles += found
        if take:
            lines.taken.add(line_no)
    return roles


def _side_by_side(lines: Lines, index: int, signed: list[str]) -> list[Listed]:
    """Signatures in columns: each column's name, then maybe its printed name and its title
    on the lines below, cell by cell (`By: /s/ A  By: /s/ B` / `A  B` / `Director  Director`)."""
    columns = [[cell for cell in CELL_GAP.split(part) if cell.strip()] for part in signed]
    names = [person_name(column[0], words=lines.words) if column else None for column in columns]
    roles = [[role for cell in column[1:] for role in cell_roles(cell)] for column in columns]
    below = index + 1
    for _ in range(2):  # the printed names, then the titles
        row = lines.cells(below)
        if len(row) != len(names):
            break
        if [person_name(cell) for cell in row] == names:
            lines.taken.add(below)
            below += 1
            continue
        titles = [cell_roles(cell) for cell in row]
        if any(titles):
            lines.taken.add(below)
            roles = [own + title for own, title in zip(roles, titles, strict=True)]
        break
    lines.taken.add(index)
    evidence = trim(lines.texts[index])
    return [
        Listed(name, tuple(dict.fromkeys(own)), evidence)
        for name, own in zip(names, roles, strict=True)
        if name and own
    ]
