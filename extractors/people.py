"""People named with a role: in sentences ("Our CFO, Ana Lopes, ..."), `Role: Name` lines,
`Directors: A, B and C` lists, and team tables (Name | Role)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from extractors.evidence import row_evidence, trim
from extractors.nlp import cue_patterns
from extractors.patterns import CELL_OR_LINE_BREAK, NAME_IN_TEXT, PERSON_NAME, ROLE_PARTS
from schemas import Page, Person

NOT_NAME_WORDS = frozenset(
    {"our", "the", "and", "of", "limited", "ltd", "inc", "llc", "plc", "gmbh", "company", "team"}
    | {"board", "management", "investment", "offer", "terms", "risk", "risks", "page", "name"}
    | {"role", "directors", "director"}
)
DEFAULT_ROLE_DISTANCE = 12  # tokens between a role title and the name it belongs to


def _role_titles() -> dict[str, str]:
    return {
        pattern["pattern"]: pattern["id"]
        for pattern in cue_patterns()
        if pattern["label"] == "ROLE" and isinstance(pattern["pattern"], str)
    }


ROLE_TITLES = _role_titles()


def people_from(docs: Sequence[Doc], pages: Sequence[Page]) -> list[Person]:
    """People named beside a role title, in text or in a team table; one per (name, role)."""
    found: dict[tuple[str, str], Person] = {}
    for doc in docs:
        for person in _sentence_people(doc):
            found.setdefault((person.name, person.role), person)
    for page in pages:
        for person in _table_people(page):
            found.setdefault((person.name, person.role), person)
    return list(found.values())


def _sentence_people(doc: Doc) -> Iterator[Person]:
    roles = _outermost([cue for cue in doc.spans["cues"] if cue.label_ == "ROLE"])
    for sentence in {cue.sent for cue in roles}:
        cues = [cue for cue in roles if sentence.start <= cue.start < sentence.end]
        names = _names_in(sentence, cues)
        for cue, name in _pairs(sentence, cues, names):
            yield Person(
                name=name.text,
                role=cue.id_,
                page_no=doc.user_data["page_no"],
                evidence=trim(sentence.text),
            )


def _outermost(cues: list[Span]) -> list[Span]:
    """Role cues not inside a longer one ("officer" in "chief executive officer")."""
    return [
        cue
        for cue in cues
        if not any(
            other.start <= cue.start and cue.end <= other.end and len(other) > len(cue)
            for other in cues
        )
    ]


def _names_in(sentence: Span, cues: list[Span]) -> list[Span]:
    """Person names in a sentence: NER's PERSON spans, else capitalised words that fit a name."""
    cleaned = [_clean(ent) for ent in sentence.ents if ent.label_ == "PERSON"]
    names = [name for name in cleaned if name is not None and not _overlaps_any(name, cues)]
    if names:
        return names
    found = []
    for match in NAME_IN_TEXT.finditer(sentence.text):
        start = sentence.start_char + match.start()
        span = sentence.doc.char_span(start, start + len(match.group()), alignment_mode="contract")
        span = _clean(span) if span is not None else None
        if span is not None and not _overlaps_any(span, cues):
            found.append(span)
    return found


def _clean(span: Span) -> Span | None:
    """A name span cut at a table gap or line break, rejected unless it reads as a name."""
    text = CELL_OR_LINE_BREAK.split(span.text.strip())[0].strip(" ,.;:")
    words = text.split()
    if not PERSON_NAME.match(text) or any(word.lower() in NOT_NAME_WORDS for word in words):
        return None
    if any(part in ROLE_TITLES for part in ROLE_PARTS.split(text.lower())):
        return None
    start = span.start_char + span.text.find(text)
    return span.doc.char_span(start, start + len(text), alignment_mode="contract")


def _overlaps_any(span: Span, cues: list[Span]) -> bool:
    return any(span.start < cue.end and cue.start < span.end for cue in cues)


def _pairs(sentence: Span, cues: list[Span], names: list[Span]) -> Iterator[tuple[Span, Span]]:
    if not names:
        return
    colon = _colon_after(sentence, cues)
    if colon is not None:  # "Founder & CEO: Li Wei", "Directors: A, B and C"
        listed = [name for name in names if name.start > colon]
        yield from ((cue, name) for cue in cues if cue.start < colon for name in listed)
        return
    for cue in cues:
        nearest = min(names, key=lambda name: _distance(name, cue))
        if len(names) == 1 or _distance(nearest, cue) <= DEFAULT_ROLE_DISTANCE:
            yield cue, nearest


def _colon_after(sentence: Span, cues: list[Span]) -> int | None:
    """Token index of a colon that directly follows the role titles."""
    last = max(cue.end for cue in cues)
    following = sentence.doc[last : min(last + 2, sentence.end)]
    return next((token.i for token in following if token.text in {":", "："}), None)


def _distance(name: Span, cue: Span) -> int:
    return max(cue.start - name.end, name.start - cue.end, 0)


def _table_people(page: Page) -> list[Person]:
    people = []
    for table in page.tables:
        for row in table.rows:
            cells = [cell.strip() for cell in row if cell]
            titles = [role for cell in cells for role in roles_in(cell)]
            names = [cell for cell in cells if PERSON_NAME.match(cell) and not roles_in(cell)]
            if len(names) == 1 and titles:
                evidence = row_evidence(list(row))
                people += [
                    Person(name=names[0], role=role, page_no=page.page_no, evidence=evidence)
                    for role in dict.fromkeys(titles)
                ]
    return people


def roles_in(cell: str) -> list[str]:
    """Roles a table cell names: `Founder & CEO` → founder, ceo."""
    return [ROLE_TITLES[part] for part in ROLE_PARTS.split(cell.lower()) if part in ROLE_TITLES]
