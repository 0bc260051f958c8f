"""The sections a document discloses, found by their headings, and where each one runs.

A heading is a short line, or a cell of one, of its own: `4. Use of Funds`, `Item 1A.  Risk
Factors`, `（七）主要风险`. It is read as one of the `SectionKind`s
- by a phrase of patterns/cues.jsonl (the `disclosure_cues` SpanRuler), which may run on a
  little (`Risk Factors (continued)`, `Key risks to consider`);
- by the grammar of its kind (`*_HEADING` in patterns.py) or a phrase of
  patterns/sections.json, the whole heading; a Chinese phrase may close a longer one.
No heading: a contents line (`Risk Factors ....... 12`), a cross reference (`see "Risk
Factors"`), a row's label (`Team expansion  €300,000  40%`).
A document also prints its financial statements where it prints a primary statement.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import NamedTuple, cast

from spacy.tokens import Doc, Span

from extractors.lines import CELL_SEPARATOR
from extractors.money import find_money
from extractors.nlp import doc_text
from extractors.numbers import find_percents
from extractors.patterns import (
    BUSINESS_HEADING,
    CONTENTS_LINE,
    CROSS_REFERENCE,
    CURRENCY_MARK,
    FINANCIALS_HEADING,
    FUNDS_HEADING,
    FUNDS_HEADING_RUN_ON,
    HEADING_NUMBER,
    HEADING_TRAIL,
    MANAGEMENT_HEADING,
    NEXT_HEADING,
    OFFER_HEADING,
    QUOTE_BEFORE,
    RISK_HEADING,
    STATEMENT_CONTINUED,
)
from schemas import Section, StatementLine
from schemas.disclosure import SectionKind

DEFAULT_HEADING_EXTRA = 25  # characters a heading's line may hold beyond a cue's phrase
DEFAULT_ZH_HEADING_EXTRA = 8  # characters a Chinese heading may hold before its key phrase
DEFAULT_COLUMN_HEADING_WORDS = 2  # words of a column heading printed beside a section heading
DEFAULT_HEADING_CHARS = 120  # a longer cell is prose (an EU sheet's part titles run to ~90)
GRAMMARS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    ("use_of_funds", FUNDS_HEADING),
    ("risk_factors", RISK_HEADING),
    ("financial_statements", FINANCIALS_HEADING),
    ("management", MANAGEMENT_HEADING),
    ("offer", OFFER_HEADING),
    ("business", BUSINESS_HEADING),
)


class Heading(NamedTuple):
    """A heading on a page: the characters that name its kind, and its text as printed."""

    start: int
    end: int
    kind: SectionKind
    text: str


def document_sections(docs: Sequence[Doc], lines: Sequence[StatementLine]) -> list[Section]:
    """Every section the document heads, once per kind and heading, in page order; each
    primary statement it prints counts as its financial statements."""
    found = [
        (doc.user_data["page_no"], heading.start, heading.kind, heading.text)
        for doc in docs
        for heading in page_headings(doc)
    ]
    texts = {doc.user_data["page_no"]: doc_text(doc) for doc in docs}
    for line in lines:
        position = max(texts.get(line.page_no, "").find(line.title), 0)
        found.append((line.page_no, position, "financial_statements", line.title))
    sections: dict[tuple[str, str], Section] = {}
    for page_no, _, kind, text in sorted(found, key=lambda item: item[:2]):
        section = Section(kind=kind, heading=text, page_no=page_no)
        sections.setdefault((kind, text.casefold()), section)
    return list(sections.values())


def page_headings(doc: Doc) -> list[Heading]:
    """The headings on a page, in order, found once per Doc."""
    headings = doc.user_data.get("headings")
    if headings is None:
        text = doc_text(doc)
        found = sorted([*_cue_headings(doc), *_line_headings(text)])
        headings = doc.user_data["headings"] = [
            heading
            for index, heading in enumerate(found)
            if not any(other.start <= heading.start < other.end for other in found[:index])
        ]
    return cast(list[Heading], headings)


def section_spans(doc: Doc, kind: SectionKind) -> list[tuple[int, int]]:
    """Character ranges of the sections under headings of one kind, on a page."""
    text = doc_text(doc)
    headings = page_headings(doc)
    ranges = []
    for index, heading in enumerate(headings):
        if heading.kind == kind:
            stop = headings[index + 1].start if index + 1 < len(headings) else len(text)
            ranges.append((heading.start, _next_heading(text, heading.end, stop)))
    return ranges


def heading_kind(cell: str) -> SectionKind | None:
    """The kind of section a heading cell names, all of it: `4. Officers and Directors:`."""
    title = STATEMENT_CONTINUED.sub("", HEADING_TRAIL.sub("", HEADING_NUMBER.sub("", cell)))
    title = " ".join(title.split())
    if not title or len(title) > DEFAULT_HEADING_CHARS or title[-1] in ".,;。，；":
        return None
    if title[0].islower():
        return None  # a wrapped label's tail (`Capital invested by` / `founders`)
    for kind, grammar in GRAMMARS:
        if grammar.match(title):
            return kind
    phrases = _phrases()
    found = phrases.headings.get(title.casefold())
    if found is None and title.endswith(phrases.zh_endings):
        found = next(
            (
                phrase_kind
                for phrase, phrase_kind in phrases.zh_headings.items()
                if title.endswith(phrase)
                and len(title) <= len(phrase) + DEFAULT_ZH_HEADING_EXTRA
                and not CROSS_REFERENCE.search(title[: -len(phrase)])
            ),
            None,
        )
    return found


def opens_on_value(line: str) -> bool:
    """A line that starts with an amount or a share: a row, so the line above heads columns
    (`Allocation  Use` over `66,000 EUR  New premises`), not a section."""
    line = line.strip()
    return any(money.start == 0 for money in find_money(line)) or any(
        start == 0 for _, start, _ in find_percents(line)
    )


def _next_heading(text: str, start: int, stop: int) -> int:
    """Where a short title-case line ends the section in text[start:stop]; a currency code
    wrapped below its amount (`EUR`) and column headings over rows are none."""
    for match in NEXT_HEADING.finditer(text, start, stop):
        line, following = text[match.end() :].split("\n")[:2]
        if not CURRENCY_MARK.fullmatch(line.strip()) and not opens_on_value(following):
            return match.start() + 1
    return stop


def _cue_headings(doc: Doc) -> Iterator[Heading]:
    for span in doc.spans["cues"]:
        if span.label_ == "HEADING":
            segment = _heading_segment(span)
            if segment is not None:
                kind = cast(SectionKind, span.id_)
                yield Heading(span.start_char, span.end_char, kind, segment)


def _heading_segment(span: Span) -> str | None:
    """The heading a cue's phrase opens, as printed, where it has a short line of its own:
    `Risk Factors`, `4. Use of Funds`, `Key risks`.

    Only the stretch of the line between wide gaps counts: a sidebar printed beside a heading
    ("Use of Proceeds  Get in touch") leaves it a heading. A table's column heading ("Use of
    funds  Amount  Share") passes too; its section then starts at the table, which is right.
    A row's label is none (`£480,000  40%  Team expansion`, `Team expansion  €300,000  40%`),
    nor a contents line or a reference to the section (`see "Risk Factors"`).
    """
    text = doc_text(span.doc)
    start = max(
        text.rfind("\n", 0, span.start_char), text.rfind(CELL_SEPARATOR, 0, span.start_char)
    )
    ends = (text.find("\n", span.end_char), text.find(CELL_SEPARATOR, span.end_char))
    end = min((end for end in ends if end != -1), default=len(text))
    segment = text[start + 1 : end].strip()
    lead = text[start + 1 : span.start_char]
    before = lead.strip(" \t0123456789.")
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, span.start_char) + 1 : None if line_end == -1 else line_end]
    if (
        len(before.split()) > 2
        or CROSS_REFERENCE.search(before)
        or QUOTE_BEFORE.search(lead)
        or CONTENTS_LINE.search(line)
        or _in_row(text, span.start_char, end)
        or len(segment) > len(span.text) + DEFAULT_HEADING_EXTRA
        or segment.endswith((".", ",", ";"))
    ):
        return None
    return segment


def _in_row(text: str, start: int, end: int) -> bool:
    """Whether the cell text[start:end] is a row's label: its line opens on a value, or the
    cell after it holds one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    first = text[line_start:start].split(CELL_SEPARATOR)[0]
    after = text[end : len(text) if line_end == -1 else line_end].split(CELL_SEPARATOR)
    following = next((cell for cell in after if cell.strip()), "")
    return any(find_money(cell) or find_percents(cell) for cell in (first, following))


def _line_headings(text: str) -> Iterator[Heading]:
    """Headings the cue list does not name: a short cell of a line that reads as one whole
    (`Use of the investment`, `Officers and Directors`, `Mittelverwendung`, `（四）经营与财务情况`);
    cells after it may only head columns, cells before it hold no value."""
    offset = 0
    for line in text.split("\n"):
        run_on = FUNDS_HEADING_RUN_ON.match(line)
        if run_on:
            heading = line[run_on.start() : run_on.end()].strip()
            yield Heading(offset + run_on.start(), offset + run_on.end(), "use_of_funds", heading)
        if not CONTENTS_LINE.search(line):
            yield from _cell_headings(line, offset)
        offset += len(line) + 1


def _cell_headings(line: str, offset: int) -> Iterator[Heading]:
    cells = line.split(CELL_SEPARATOR)
    position = offset
    for index, cell in enumerate(cells):
        kind = (
            heading_kind(cell)
            if len(cell) <= DEFAULT_HEADING_CHARS + 20
            and all(_column_heading(other) for other in cells[index + 1 :])
            else None
        )
        if kind is not None and _opens_line(cells[:index], kind):
            start = position + len(cell) - len(cell.lstrip())
            yield Heading(start, position + len(cell.rstrip()), kind, cell.strip())
        position += len(cell) + len(CELL_SEPARATOR)


def _opens_line(before: Sequence[str], kind: SectionKind) -> bool:
    """Whether the cells before a heading leave it a heading: only its number (`Item 1A.`);
    a use-of-funds heading may also stand beside a cell without values (a sidebar's name)."""
    if kind == "use_of_funds":
        return not any(find_money(cell) or find_percents(cell) for cell in before)
    return all(not HEADING_NUMBER.sub("", cell).strip() for cell in before)


def _column_heading(cell: str) -> bool:
    """A cell printed on a heading's line that heads a column (`Amount`, `%`, `金额（万元）`)."""
    words = cell.split()
    return len(words) <= DEFAULT_COLUMN_HEADING_WORDS and not any(char.isdigit() for char in cell)


class _Phrases(NamedTuple):
    headings: dict[str, SectionKind]
    zh_headings: dict[str, SectionKind]
    zh_endings: tuple[str, ...]


@functools.cache
def _phrases() -> _Phrases:
    """The fixed-phrase headings of patterns/sections.json, phrase → kind."""
    source = resources.files("extractors") / "patterns" / "sections.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    headings = {
        phrase.casefold(): cast(SectionKind, kind)
        for kind, phrases in data["headings"].items()
        for phrase in phrases
    }
    zh_headings = {
        phrase: cast(SectionKind, kind)
        for kind, phrases in data["zh_headings"].items()
        for phrase in phrases
    }
    return _Phrases(headings, zh_headings, tuple(zh_headings))
