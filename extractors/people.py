"""People named with a role: team tables (Name | Title), lines that list people (`team.py`),
and sentences ("Our CFO, Ana Lopes, ...", "Felix Haddad (CEO) brings ...").

A name must read as one (`person_names.py`); spaCy's PERSON entities are candidates, not proof,
since the English model labels headings ("Related Transactions") as people. One Person per
(name, role); roles the schema does not know yet are left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from extractors.entries import Item, Listed
from extractors.evidence import row_evidence, trim
from extractors.patterns import (
    AGE_WORD,
    CELL_OR_LINE_BREAK,
    LINK_TOKEN,
    NAME_IN_TEXT,
    OWN_PAREN_TITLE,
    TOC_LINE,
    WORD_RUN,
    YEAR_CELL,
)
from extractors.person_names import DocumentWords, document_words, person_name
from extractors.roles import RoleMention, role_mentions, role_vocabulary, title_roles
from extractors.team import listed_people
from schemas import ROLES, Page, Person

DEFAULT_INTRO_WORDS = 12  # words between a group's title and the colon before its names
DEFAULT_LINK_WORDS = 6  # words between a name and its title in a sentence ("joined as our CTO")
LINK_PUNCTUATION = frozenset({",", "(", ":", "-", "–", "—", "&", "/"})
COLON_BONUS = 0.5  # "Title: Name" binds closer than "Name Title"
RELATIVE_LINK = -1.0  # "Name, who serves as Title" binds closest of all
LIST_MARKS = frozenset({",", "and", "&", ";"})  # between the names of a list
MIN_NAME_CHARS: int = Person.model_json_schema()["properties"]["name"].get("minLength", 1)


def people_from(docs: Sequence[Doc], pages: Sequence[Page]) -> list[Person]:
    """People named beside a role title, in a table, a list or a sentence; one per (name, role)."""
    words = document_words(page.text for page in pages)
    found: dict[tuple[str, str], Person] = {}
    for page in pages:
        listed = [*_table_people(page, words), *listed_people(page.text, words=words)]
        _add(found, listed, page.page_no)
    for doc in docs:
        _add(found, list(_sentence_people(doc, words)), doc.user_data["page_no"])
    return list(found.values())


def _add(found: dict[tuple[str, str], Person], listed: list[Listed], page_no: int) -> None:
    for entry in listed:
        if len(entry.name) < MIN_NAME_CHARS:
            continue  # an initial, or a one-character fragment of a name
        for role in entry.roles:
            if role in ROLES:
                person = Person(
                    name=entry.name, role=role, page_no=page_no, evidence=entry.evidence
                )
                found.setdefault((entry.name.casefold(), role), person)


def _sentence_people(doc: Doc, words: DocumentWords) -> Iterator[Listed]:
    """Names tied to a title in a sentence by nothing but `,`, `(`, `is our`, `joined as` & co,
    and the names a group's title lists ("The board comprises A, B and C")."""
    for sentence in _sentences(doc):
        text = sentence.text
        mentions = role_mentions(text.replace("\n", " "))  # `(Chief` / `Operations Officer)`
        if not mentions or TOC_LINE.search(text.strip()):
            continue
        names = _names_in(sentence, words)
        for mention in mentions:
            linked = _group_names(text, mention, names)
            single = _linked_name(text, mention, names) if not linked else None
            for name in linked or ([single] if single else []):
                yield Listed(name, (mention.role,), trim(text))


def _sentences(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, with one a line break cut inside a parenthesis made whole again:
    `Hannah Okafor (Chief` / `Operations Officer)`, `Zara W. Laurent` / `(Co-founder).`"""
    pieces = list(doc.sents)
    start = 0
    for index, piece in enumerate(pieces):
        following = pieces[index + 1].text.lstrip() if index + 1 < len(pieces) else ""
        opened = doc[pieces[start].start : piece.end].text
        if following and (opened.count("(") > opened.count(")") or following.startswith("(")):
            continue
        yield doc[pieces[start].start : piece.end]
        start = index + 1


def _group_names(text: str, mention: RoleMention, names: list[tuple[int, int, str]]) -> list[str]:
    """The names a plural title lists after it: "directors are A, B and C"."""
    vocabulary = role_vocabulary()
    if text[mention.start : mention.end].lower() not in vocabulary.labels:
        return []
    listed: list[str] = []
    end = mention.end
    for start, name_end, name in (name for name in names if name[0] >= mention.end):
        gap = text[end:start]
        if not listed and ":" in gap and len(gap.split()) <= DEFAULT_INTRO_WORDS:
            gap = gap.rsplit(":", 1)[1]  # "The directors who served in the year were: A, B"
        between = LINK_TOKEN.findall(gap.lower())
        allowed = LIST_MARKS if listed else vocabulary.list_words | LINK_PUNCTUATION
        if len(between) > DEFAULT_LINK_WORDS or not set(between) <= allowed:
            break
        listed.append(name)
        end = name_end
    return listed if len(listed) > 1 else []


def _names_in(sentence: Span, words: DocumentWords) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names in a sentence: PERSON entities, and capitalised words
    none of which the document prints in lower case (the small model often labels a person
    ORG or GPE, so those labels are no proof either way)."""
    base = sentence.start_char
    runs = [
        (ent.start_char - base, ent.text, False) for ent in sentence.ents if ent.label_ == "PERSON"
    ]
    runs += [(match.start(), match.group(), True) for match in NAME_IN_TEXT.finditer(sentence.text)]
    found: dict[int, tuple[int, int, str]] = {}
    for start, run, strict in runs:
        located = _best_name(CELL_OR_LINE_BREAK.split(run)[0], words, strict=strict)
        if located is not None:
            offset, length, name = located
            found.setdefault(start + offset, (start + offset, start + offset + length, name))
    return sorted(found.values())


def _best_name(run: str, words: DocumentWords, *, strict: bool) -> tuple[int, int, str] | None:
    """The longest run of words in `run` that is a name: "The CEO Jane Doe" → "Jane Doe"."""
    spans = [(match.start(), match.end()) for match in WORD_RUN.finditer(run)]
    for size in range(len(spans), 1, -1):
        for first in range(len(spans) - size + 1):
            start, end = spans[first][0], spans[first + size - 1][1]
            name = person_name(run[start:end], words=words, strict=strict)
            # a name repeats no word: `Kavya Nair Kavya previously ran` ends at `Nair`
            if name is not None and len(set(name.split())) == len(name.split()):
                return start, len(run[start:end].rstrip(",.;:")), name
    return None


def _linked_name(text: str, mention: RoleMention, names: list[tuple[int, int, str]]) -> str | None:
    """The nearest name that nothing but link words separate from the title."""
    best: tuple[float, str] | None = None
    for start, end, name in names:
        if end <= mention.start:
            gap = _link_gap(text[end : mention.start], before=False)
        elif start >= mention.end and not _own_title_after(text[end:]):
            gap = _link_gap(text[mention.end : start], before=True)
        else:
            continue
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, name)
    return best[1] if best else None


def _own_title_after(text: str) -> bool:
    """Whether a name carries its own title in parentheses (`B (Director)`): a title before
    it then belongs to someone else (`A, who serves as CFO, B (Director)`)."""
    match = OWN_PAREN_TITLE.match(text)
    return bool(match and title_roles(match["title"]))


def _link_gap(between: str, *, before: bool) -> float | None:
    """How many words stand between a name and a title, None if any of them is not a link.

    A title in parentheses belongs to the name before it: `A (CEO); B` never gives B; a title
    with a colon to the name after it: `A Secretary: B` gives B.
    """
    between = role_vocabulary().pattern.sub(" and ", between)
    tokens = LINK_TOKEN.findall(between.lower())
    words = [token for token in tokens if token[0].isalnum()]
    marks = [token for token in tokens if not token[0].isalnum()]
    if len(words) > DEFAULT_LINK_WORDS or any(mark not in LINK_PUNCTUATION for mark in marks):
        return None
    if before and "(" in marks:
        return None
    link_words = role_vocabulary().link_words
    linked = all(word in link_words or AGE_WORD.fullmatch(word) for word in words)
    if not linked:
        return None
    if not before and words[:1] == ["who"]:
        return RELATIVE_LINK  # `A, who serves as chair, B, who ...`: the chair is A
    return len(words) - (COLON_BONUS if before and ":" in marks else 0)


def _table_people(page: Page, words: DocumentWords) -> list[Listed]:
    """Rows of a team table: a Name | Title header picks the columns, else the one name cell
    beside cells that are titles (a year or an age is no title)."""
    people = []
    for table in page.tables:
        name_column, title_column = _header_columns(table.rows[0] if table.rows else [])
        rows = table.rows[1:] if name_column is not None else table.rows
        for row in rows:
            cells = [(cell or "").strip() for cell in row]
            if name_column is not None and title_column is not None:
                entry = _column_entry(cells, name_column, title_column, words)
            else:
                entry = _row_entry(cells, words)
            if entry is not None:
                people.append(Listed(entry[0], entry[1], row_evidence(list(row))))
    return people


def _header_columns(header: list[str | None]) -> tuple[int | None, int | None]:
    vocabulary = role_vocabulary()
    keys = [" ".join((cell or "").lower().split()) for cell in header]
    name = next((i for i, key in enumerate(keys) if key in vocabulary.name_headers), None)
    title = next((i for i, key in enumerate(keys) if key in vocabulary.title_headers), None)
    return (name, title) if name is not None and title is not None else (None, None)


def _column_entry(
    cells: list[str], name_column: int, title_column: int, words: DocumentWords
) -> Item | None:
    if max(name_column, title_column) >= len(cells):
        return None
    name = person_name(cells[name_column], words=words)
    roles = title_roles(cells[title_column])
    return (name, tuple(roles)) if name and roles else None


def _row_entry(cells: list[str], words: DocumentWords) -> Item | None:
    names = [name for cell in cells if (name := person_name(cell, words=words))]
    titles = [title_roles(cell) for cell in cells if cell and not YEAR_CELL.match(cell)]
    roles = [role for found in titles if found for role in found]
    return (names[0], tuple(dict.fromkeys(roles))) if len(names) == 1 and roles else None
