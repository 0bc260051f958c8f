"""How far a document's financial statements were examined, as it states it: audited, reviewed,
certified by an officer, or unaudited (`schemas.disclosure.AssuranceLevel`).

Each statement of a level is a mention (`patterns.ASSURANCE`): an auditor's or accountant's
report, `we have audited the accompanying balance sheets`, `Balance Sheets (Unaudited)`, a
Form C officer's certification, 经审计 / 未经审计. A mention is dated by the period it speaks
of: the dates and years of its sentence, and of the line below a heading (`Audited Financial
Statements` / `For the year ended 31 December 2024`).

Where a document states several levels (audited annual accounts, unaudited interim ones), the
level of the latest period stands: it covers the latest statements, those a reader relies on.
Undated mentions count only where no mention names a period. Mentions of one period that
disagree give no level (no guess), except an officer's certification beside `unaudited`: Form C
certifies statements that are otherwise unaudited, and the certification is their level.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from extractors.dates import find_dates, years_in
from extractors.evidence import sentence_around, trim
from extractors.patterns import (
    ASSURANCE,
    ASSURANCE_NEGATION,
    ASSURANCE_WORD,
    CONTENTS_LINE,
    SENTENCE_END,
)
from schemas import Mention, Page
from schemas.disclosure import AssuranceLevel

DEFAULT_WINDOW = 260  # characters before a cue word the full pattern is tried from
DEFAULT_REACH = 600  # characters after it (an opinion names every statement before its verb)
DEFAULT_NEGATION_CHARS = 40  # characters before a level searched for a word that denies it
LEVELS: dict[str, AssuranceLevel] = {
    "audited": "audited",
    "zh_audited": "audited",
    "reviewed": "reviewed",
    "zh_reviewed": "reviewed",
    "certified": "certified",
    "unaudited": "unaudited",
    "zh_unaudited": "unaudited",
}
DENIABLE = frozenset({"audited", "reviewed", "certified"})


class Stated(NamedTuple):
    """A level as one sentence states it, with the end of the period it speaks of."""

    level: AssuranceLevel
    period: dt.date | None
    page_no: int
    evidence: str


def assurance_of(pages: Sequence[Page]) -> Mention | None:
    """The level of examination of the latest statements the document states, with its page
    and sentence; None where it states none, or contradicts itself for the same period."""
    stated = [mention for page in pages for mention in stated_levels(page)]
    dated = [mention for mention in stated if mention.period is not None]
    if dated:
        # Audited annual accounts beside unaudited interim ones: the latest statements are
        # those an investor relies on, so their level is the document's.
        latest = max(mention.period for mention in dated if mention.period is not None)
        stated = [mention for mention in dated if mention.period == latest]
    levels = {mention.level for mention in stated}
    if levels == {"certified", "unaudited"}:
        levels = {"certified"}
    if len(levels) != 1:
        return None
    level = levels.pop()
    first = next(mention for mention in stated if mention.level == level)
    return Mention(value=level, page_no=first.page_no, evidence=first.evidence)


def stated_levels(page: Page) -> Iterator[Stated]:
    """Every statement of a level on a page, once each, in order."""
    text = page.text
    seen: set[tuple[int, int]] = set()
    for word in ASSURANCE_WORD.finditer(text):
        # A statement of assurance stands in one sentence: the pattern is tried only there.
        begin, stop = sentence_around(text, word.start(), word.end())
        begin, stop = (
            max(begin, word.start() - DEFAULT_WINDOW),
            min(stop, word.end() + DEFAULT_REACH),
        )
        for match in ASSURANCE.finditer(text, begin, stop):
            if match.start() <= word.start() < match.end() and match.span() not in seen:
                seen.add(match.span())
                mention = _mention(text, match, page_no=page.page_no)
                if mention is not None:
                    yield mention


def _mention(text: str, match: re.Match[str], *, page_no: int) -> Stated | None:
    level = LEVELS[match.lastgroup or ""]
    start, end = match.span()
    begin, stop = sentence_around(text, start, end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if CONTENTS_LINE.search(line):
        return None  # `Report of Independent Registered Public Accounting Firm  55`
    lead = text[max(begin, start - DEFAULT_NEGATION_CHARS) : start]
    if level in DENIABLE and ASSURANCE_NEGATION.search(lead):
        return None
    window = text[begin:stop]
    if not SENTENCE_END.search(line) and line_end != -1:
        # A title names its period on the line below: `For the year ended 31 December 2024`.
        window += "\n" + text[line_end + 1 :].split("\n", 1)[0]
    return Stated(level, _period_end(window), page_no, trim(text[begin:stop]))


def _period_end(text: str) -> dt.date | None:
    """The latest day a text names: its latest date, else the end of its latest year."""
    dates = [date for date, _, _ in find_dates(text)]
    if dates:
        return max(dates)
    years = years_in(text)
    return dt.date(max(years), 12, 31) if years else None
