"""People listed line by line: team sections, company-information blocks, signature pages
(`signatures.py`), one person per line with a title (`entries.py`).

    Directors  Liam Schmidt (President and CEO)     a label, then names with their titles;
    Emma Brennan                                    the names below it share the label's role
    Responsible persons  A (CEO); B (Director)     a list, maybe wrapped over lines
    Chair of the Board: Sofia Doe                   a title, then the name
    Owen Novak  Chief Executive  2021               a name, then its title (a year is none)
    唐霞，首席执行官 / 张桂泽（创始人兼CEO）           the same in Chinese
    /s/ Timothy D. Cook  (Principal Executive Officer)   an SEC signature
    Jane Doe / Chief Executive Officer              a name line, then its title line
"""

from __future__ import annotations

from itertools import pairwise

from extractors.entries import (
    Item,
    Lines,
    Listed,
    field_pair,
    item,
    title_line_roles,
    titled,
)
from extractors.evidence import trim
from extractors.patterns import (
    CELL_GAP,
    COLON,
    DANGLING_TITLE,
    ITEM_BREAK,
    LABEL_SEPARATOR,
    LIST_BULLET,
    NAME_LIST_BREAK,
    PAIR_START,
    PAREN_TITLE,
    TEAM_ROW_NUMBER,
    TITLE_THEN_NAME,
    TOC_LINE,
)
from extractors.person_names import DocumentWords, person_name
from extractors.roles import group_role, label_role, starts_with_title, title_roles
from extractors.signatures import signed_people
from extractors.zh_people import paren_titled, resume_at

DEFAULT_MAX_LABEL_WORDS = 6  # "Directors and executive officers": longer is a sentence
DEFAULT_MAX_WRAPS = 3  # lines one list may wrap over
DEFAULT_MAX_INTRO_WORDS = 16  # "The directors who held office during the year were as follows:"


def listed_people(text: str, *, words: DocumentWords) -> list[Listed]:
    """Every person a page lists with a role, line by line."""
    texts = [_unmarked(line) for line in text.split("\n")]
    lines = Lines(texts, words, set())
    _rejoin_names(lines)
    found = signed_people(lines)
    for index, line in enumerate(lines.texts):
        if index in lines.taken or not line or TOC_LINE.search(line):
            continue
        resume = resume_at(lines, index)
        if resume is not None:
            found += resume
            continue
        found += _labelled(lines, index) or _entry(lines, index)
        found += paren_titled(line)  # 由王芳（总经理）和李伟（董事）组成: wherever they stand
    return found


def _rejoin_names(lines: Lines) -> None:
    """Bring back a name a line break cut from its title: `CFO & Company Secretary:` /
    `Markus Blackwood`, `Founder, CEO: Hans-Peter` / `Caldwell`, `CEO — Samuel` / `Dekker`."""
    for index, (line, following) in enumerate(pairwise(lines.texts)):
        if index in lines.taken or not following or CELL_GAP.search(following):
            continue
        last = CELL_GAP.split(_title_pairs(line)[-1])[-1]
        match = TITLE_THEN_NAME.match(last)
        label, name = (match["title"], match["name"]) if match else (last[:-1], "")
        if not (match or last.endswith((":", "："))) or not title_roles(label):
            continue
        name = name.strip()
        if " " in name or (name and " " in following):
            continue  # the line's name is whole, or the next line is no end of it
        joined = f"{name} {following}".strip()
        if person_name(joined, words=lines.words, single=not name) is None:
            continue
        lines.texts[index] = f"{line} {following}"
        lines.taken.add(index + 1)


def _unmarked(line: str) -> str:
    """A line without its bullet or the row number of a table read as text."""
    return TEAM_ROW_NUMBER.sub("", LIST_BULLET.sub("", line.strip()).strip())


def _labelled(lines: Lines, index: int) -> list[Listed]:
    """A label (`Directors`, `Responsible persons`, `Founder & CEO:`) and the people it lists,
    on its line and, for a label of a group, on the lines below that hold one name each."""
    line = lines.texts[index]
    pairs = [titled(pair, lines.words) for pair in _title_pairs(line)]
    if len(pairs) > 1 and all(pairs):
        return [Listed(pair[0], pair[1], trim(line)) for pair in pairs if pair]
    label, *rest_parts = LABEL_SEPARATOR.split(line, maxsplit=1)
    rest = rest_parts[0] if rest_parts else ""
    is_group, role = label_role(label)
    if not is_group and _introduces_group(line):
        is_group, role, rest = True, group_role(line), ""  # "The directors during the year were:"
    titles = [role] if role else []
    if not is_group:
        found = title_roles(label) if len(label.split()) <= DEFAULT_MAX_LABEL_WORDS else None
        if found is None:
            return []
        titles, role = found, None
        if not rest.strip() and line.endswith((":", "：")) and index + 1 < len(lines.texts):
            rest = lines.texts[
                index + 1
            ]  # "Founder and Chief Executive Officer:" / "Imogen Wright"
            lines.taken.add(index + 1)
    rest, last = _wrapped(lines, index, rest)
    evidence = trim(" ".join(lines.texts[index : last + 1]))
    listed = [Listed(name, roles, evidence) for name, roles in _items(rest, lines.words, titles)]
    if is_group:
        listed += _names_below(lines, last + 1, role)
    return [entry for entry in listed if entry.roles]


def _title_pairs(line: str) -> list[str]:
    """`Title: Name` pairs run together on one line, cut before each later title:
    `Founder and CEO: Tomás Haddad Secretary: Mateo Murphy`, `总经理：林平杰；董事：林子`."""
    colons = [match.start() for match in COLON.finditer(line)]
    cuts = [0]
    for previous, colon in pairwise(colons):
        words = [
            match.start() + previous + 1
            for match in PAIR_START.finditer(line[previous + 1 : colon])
        ]
        title_start = next(
            (
                start
                for start in words[1:]
                if starts_with_title(line[start:colon]) and title_roles(line[start:colon])
            ),
            None,
        )
        if title_start is None:
            return [line]
        cuts.append(title_start)
    return [
        line[start:end].strip() for start, end in zip(cuts, [*cuts[1:], len(line)], strict=True)
    ]


def _introduces_group(line: str) -> bool:
    """A short line ending in a colon that names a group: the names follow below it."""
    words = len(line.split())
    return (
        line.endswith((":", "：")) and words <= DEFAULT_MAX_INTRO_WORDS and bool(group_role(line))
    )


def _wrapped(lines: Lines, index: int, rest: str) -> tuple[str, int]:
    """A list that runs on: `...; Maria` / `Keane (CFO); ...`, `Ruairi Weber` / `(Director)`."""
    last = index
    while last + 1 < len(lines.texts) and last - index < DEFAULT_MAX_WRAPS:
        following = lines.texts[last + 1]
        if not following or LABEL_SEPARATOR.search(following.split("(")[0]):
            break
        if not (_runs_on(rest) or following.startswith(("(", "（"))):
            break
        rest, last = f"{rest} {following}", last + 1
        lines.taken.add(last)
    return rest, last


def _runs_on(rest: str) -> bool:
    """A list whose last item is cut: it ends in `;`, `,` or a title's colon, leaves a parenthesis
    open, or
    lacks the `(Title)` the items before it carry."""
    rest = rest.rstrip()
    if rest.endswith((";", "；", ",", "，", ":", "：")) or rest.count("(") > rest.count(")"):
        return True
    items = [item for item in ITEM_BREAK.split(rest) if item.strip()]
    return len(items) > 1 and "(" in items[0] and "(" not in items[-1]


def _items(rest: str, words: DocumentWords, label_titles: list[str]) -> list[Item]:
    """What a label lists: `A (CEO); B (CFO)`, `A, B and C`, `总经理：孙敏；董事长：朱勇伟`.
    The label's titles go to every name when it has one title or lists one name."""
    chunks = [
        pair for chunk in ITEM_BREAK.split(rest) if chunk.strip() for pair in _title_pairs(chunk)
    ]
    items: list[Item] = []
    for chunk in chunks:
        entry = item(chunk, words)
        if entry is not None:
            items.append(entry)
            continue
        single = len(chunks) == 1 and bool(label_titles)  # "CTO: Markus"
        parts = NAME_LIST_BREAK.split(chunk)
        names = [person_name(part, words=words, single=single) for part in parts]
        if names and all(names):
            items += [(name, ()) for name in names if name]
    if len(items) == 1 or len(label_titles) == 1:
        items = [(name, tuple(dict.fromkeys((*roles, *label_titles)))) for name, roles in items]
    return items


def _names_below(lines: Lines, start: int, role: str | None) -> list[Listed]:
    """The lines under a group's label that hold one name each, with its own title beside it
    or on the line below (`Sara Smith-Jones` / `Founder, CEO`), maybe."""
    listed = []
    index = start
    while index < len(lines.texts):
        line = lines.texts[index]
        if not line or LABEL_SEPARATOR.split(line.split("(")[0], maxsplit=1)[1:]:
            break
        entry = item(line, lines.words) or _single_name(line, lines.words)
        if entry is None:
            break
        lines.taken.add(index)
        below = lines.cells(index + 1)  # only a title: `Company secretary  Sutrisno` is a label
        roles_below = title_line_roles(below[0]) if len(below) == 1 else []
        if not entry[1] and roles_below:
            entry, line = (entry[0], tuple(roles_below)), f"{line} / {below[0]}"
            index += 1
            lines.taken.add(index)
        roles = tuple(dict.fromkeys((*entry[1], *([role] if role else []))))
        listed.append(Listed(entry[0], roles, trim(line)))
        index += 1
    return listed


def _single_name(line: str, words: DocumentWords) -> Item | None:
    """A one-word name under a group's label (`Budiman`), a word the document never prints in
    lower case."""
    name = person_name(line, words=words, single=True, strict=True) if " " not in line else None
    return (name, ()) if name else None


def _entry(lines: Lines, index: int) -> list[Listed]:
    """A line that is one person with a title (or two, side by side: `A, Director  B, Director`),
    or a name line whose title is the next line."""
    line = lines.texts[index]
    cells = [cell for cell in CELL_GAP.split(line) if cell.strip()]
    beside = [titled(cell, lines.words) for cell in cells] if len(cells) > 1 else []
    if any(beside):  # `Rotterdam  Chief Executive: Aisha von Stein`: a column beside the entry
        return [Listed(entry[0], entry[1], trim(line)) for entry in beside if entry]
    cards = _cards(lines, index, cells)
    if cards:
        return cards
    entry = titled(_with_title_run_on(lines, index), lines.words)
    match = PAREN_TITLE.match(line) if entry is None else None
    if match:
        name, roles = person_name(match["name"], words=lines.words), title_roles(match["title"])
        entry = (name, tuple(roles)) if name and roles else None
    entry = entry or _stacked(lines, index) or field_pair(lines, index)
    return [Listed(entry[0], entry[1], trim(line))] if entry else []


def _cards(lines: Lines, index: int, cells: list[str]) -> list[Listed]:
    """Names side by side over their titles: `Jane Doe  John Roe` / `CEO  CTO`."""
    names = [person_name(cell, words=lines.words) for cell in cells]
    below = lines.cells(index + 1)
    if len(cells) < 2 or not all(names) or len(below) != len(cells):
        return []
    titles = [title_line_roles(cell) for cell in below]
    if not all(titles):
        return []
    lines.taken.add(index + 1)
    evidence = trim(f"{lines.texts[index]} / {lines.texts[index + 1]}")
    return [
        Listed(name, tuple(roles), evidence)
        for name, roles in zip(names, titles, strict=True)
        if name
    ]


def _with_title_run_on(lines: Lines, index: int) -> str:
    """`Name  61 Senior Vice President and Chief` + `Financial Officer` on the next line."""
    line = lines.texts[index]
    cells = CELL_GAP.split(line)
    if len(cells) < 2 or not DANGLING_TITLE.search(cells[1]) or index + 1 >= len(lines.texts):
        return line
    following = CELL_GAP.split(lines.texts[index + 1])[0]
    if person_name(following, words=lines.words) is not None:
        return line
    return "  ".join([cells[0], f"{cells[1]} {following}", *cells[2:]])


def _stacked(lines: Lines, index: int) -> Item | None:
    """A line that is only a name, with a line under it that is only a title."""
    below = index + 1
    if below >= len(lines.texts) or below in lines.taken:
        return None
    roles = title_line_roles(lines.texts[below])
    name = person_name(lines.texts[index], words=lines.words) if roles else None
    if name is None:
        return None
    lines.taken.add(below)
    return name, tuple(roles)
