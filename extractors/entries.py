"""One person and their title in a piece of text: a list item, a table cell, a line or two.

Helen Novak (President and CEO)      Chair of the Board: Sofia Doe      CTO: Markus
Jane Doe, Chief Executive            Owen Novak  Chief Executive  2021  总经理 朱洋桂
唐磊女士，现任公司创始人兼CEO，毕业于浙江大学。
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.patterns import (
    AGE_CELL,
    CELL_GAP,
    LABEL_SEPARATOR,
    NAME_LIST_BREAK,
    NAME_THEN_TITLE,
    PAREN_TITLE,
    PAREN_TITLE_LEAD,
    SENTENCE_BREAK,
    TITLE_THEN_NAME,
    YEAR_CELL,
    ZH_NAME_HEAD,
    ZH_TITLE_SPACE_NAME,
)
from extractors.person_names import NO_WORDS, DocumentWords, person_name
from extractors.roles import label_role, role_vocabulary, starts_with_title, title_roles

DEFAULT_MAX_NAME_WORDS = 4
NAME_TAIL_STOPS = frozenset({"of", "for", "at", "and", "&"})  # `Director of Research`

Item = tuple[str, tuple[str, ...]]
"""A listed person: the name as stored and the roles printed with it."""


@dataclass(frozen=True)
class Listed:
    """A person a page lists: the name as stored, the roles printed with it, the line(s)."""

    name: str
    roles: tuple[str, ...]
    evidence: str


@dataclass
class Lines:
    """A page's lines, the document's own words, and the lines already read."""

    texts: list[str]
    words: DocumentWords
    taken: set[int]

    def cells(self, index: int) -> list[str]:
        """The gap-separated cells of a line not yet read; none past the page's end."""
        if not 0 <= index < len(self.texts) or index in self.taken:
            return []
        return [cell for cell in CELL_GAP.split(self.texts[index]) if cell.strip()]


def item(chunk: str, words: DocumentWords) -> Item | None:
    """One listed person: `Name (Title)`, `Title: Name`, `Name, Title`, or a name alone."""
    match = PAREN_TITLE.match(chunk)
    lead = PAREN_TITLE_LEAD.match(chunk) if match is None else None
    if lead and title_roles(lead["title"]):
        match = lead  # `Daniel Thornton (CTO) Our customers are mainly SMEs.`: a list run on
    if match:
        name = person_name(match["name"], words=words) or person_name(
            match["name"], words=words, single=True, strict=True
        )  # `Sutrisno (Founder, CEO)`: one word the document never prints in lower case
        return (name, tuple(title_roles(match["title"]) or ())) if name else None
    name = person_name(chunk, words=words)
    return (name, ()) if name is not None else titled(chunk, words)


def titled(text: str, words: DocumentWords) -> Item | None:
    """`Title: Name` or `Name, Title` (either way round), the title wholly a title."""
    for pattern in (TITLE_THEN_NAME, ZH_TITLE_SPACE_NAME):
        match = pattern.match(text)
        roles = (
            title_roles(match["title"]) if match and not _opens_with_name(match["title"]) else None
        )
        name = _first_name(match["name"], words) if match and roles else None
        if roles and name:
            return name, tuple(roles)
    match = NAME_THEN_TITLE.match(text)
    if match:
        name = person_name(match["name"], words=words)
        roles = _after_name_roles(match["title"], gap=not match["sep"].strip())
        if name and roles:
            return name, tuple(roles)
    return None


def _opens_with_name(title: str) -> bool:
    """`Tomás Haddad Secretary`: a title run on from the name before it is no title."""
    words = title.split()
    return any(person_name(" ".join(words[:size])) for size in (2, 3) if size < len(words))


def _first_name(text: str, words: DocumentWords) -> str | None:
    """The name a title labels: all of the text, or the name that starts it before a gap or,
    in Chinese, before the sentence goes on (`联合创始人：罗刚秀 截至2023年...`)."""
    name = person_name(text, words=words, single=True)
    if name is None:
        head = ZH_NAME_HEAD.match(text)
        name = person_name(head.group() if head else CELL_GAP.split(text)[0], words=words)
    return name


def _after_name_roles(text: str, *, gap: bool) -> list[str]:
    """Roles after a name: the next cell of a gap-separated row, or the comma-separated parts
    of its sentence that are wholly a title (`Murilo Cunha, Brazil, Master's in AI, CEO.`),
    up to the next person's name (`A, Chairman and B, Chief Financial Officer`)."""
    if gap:
        return cell_roles(CELL_GAP.split(text)[0])
    sentence = SENTENCE_BREAK.split(text, maxsplit=1)[0]
    roles: list[str] = []
    for part in sentence.replace("，", ",").split(","):
        pieces = NAME_LIST_BREAK.split(part)
        named = next((i for i, piece in enumerate(pieces) if person_name(piece)), None)
        if named is not None:
            kept = " and ".join(pieces[:named])
            return roles + (title_roles(kept) or []) if kept.strip() else roles
        cut = _next_name_at(part)
        if cut is not None:  # `A, Chairman of the Board B, Chief Technology Officer`
            return roles + (title_roles(part[:cut]) or [])
        roles += title_roles(part) or []
    return roles


def _next_name_at(part: str) -> int | None:
    """Where a title ends that the next person's name follows on the same line: capitalised
    words after the last title that are no part of it (`Chief Operating Officer SUTRISNO`)."""
    matches = list(role_vocabulary().pattern.finditer(part))
    if not matches:
        return None
    tail = part[matches[-1].end() :]
    rest = tail.lstrip(")） ")  # `Chief Financial Officer (CFO) LUCAS D'AMICO`
    words = rest.split()
    if not words or words[0].lower() in NAME_TAIL_STOPS or words[0].startswith(("(", "（")):
        return None
    if len(words) > DEFAULT_MAX_NAME_WORDS or not all(word[:1].isupper() for word in words):
        return None
    return len(part) - len(rest)


def cell_roles(cell: str) -> list[str]:
    """A cell's roles: an age before the title (`61 Chairman`) and a year are no title."""
    cell = AGE_CELL.sub("", cell.strip())
    return [] if YEAR_CELL.match(cell) else title_roles(cell) or []


def field_pair(lines: Lines, index: int) -> Item | None:
    """A form's fields: `Name: Ethan Marsh` over `Title: Chief Executive` (a signature block)."""
    if index + 1 >= len(lines.texts) or index + 1 in lines.taken:
        return None
    name_field = LABEL_SEPARATOR.split(lines.texts[index], maxsplit=1)
    title_field = LABEL_SEPARATOR.split(lines.texts[index + 1], maxsplit=1)
    if len(name_field) < 2 or len(title_field) < 2:
        return None
    vocabulary = role_vocabulary()
    if name_field[0].lower() not in vocabulary.name_headers:
        return None
    if title_field[0].lower() not in vocabulary.title_headers:
        return None
    name = person_name(name_field[1], words=lines.words)
    roles = title_roles(title_field[1])
    if name is None or not roles:
        return None
    lines.taken.add(index + 1)
    return name, tuple(roles)


def title_line_roles(line: str) -> list[str]:
    """The roles of a line that holds only a title, with maybe a date or a year beside it.
    The line must start as titles do (`Senior Vice President`, `(Principal ...`), so the end
    of a broken name (`Walther, Chief Legal Officer`) is no title line."""
    cells = [cell for cell in CELL_GAP.split(line) if cell.strip()]
    if not cells or any(label_role(cell)[0] for cell in cells):
        return []
    if not starts_with_title(cells[0]) or titled(cells[0], NO_WORDS):
        return []  # "Jane Doe, CEO" is an entry of its own, not the title of a line nearby
    return title_roles(cells[0]) or []
