"""The bank that holds investors' money until the raise closes, as the document names it.

English: a label (`Escrow agent: Evolve Bank & Trust`), an appointment (`Prime Trust, LLC acts
as escrow agent`, `The escrow agent is …`), or the money held with it (`funds are held in
escrow with Enterprise Bank & Trust`, `investors' funds are held by Lemonway SAS`).
Chinese: a label (资金托管银行：…) or a bank that 托管 / 存管 the money (由…银行进行存管,
在…银行开立资金托管账户, 募集资金存放于…银行).

The name must read as an institution (a bank's or trust's word, or a legal form), so that `the
Company` or a placeholder (`Escrow agent: n/a`) is none. The issuer's own bankers, a bank that
lends to it and banks in general (`cash is held with banks rated A`) are not custodians.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from extractors.evidence import sentence_around, trim
from extractors.patterns import (
    CJK_INNER_SPACE,
    CUSTODIAN,
    CUSTODIAN_ZH,
    CUSTODIAN_ZH_CUE,
    CUSTODIAN_ZH_ROLE,
    CUSTODY_WORD,
    INSTITUTION,
    LEGAL_SUFFIX,
)
from schemas import Mention, Page

DEFAULT_WINDOW = 200  # characters either side of a custody word the full patterns are tried in
DEFAULT_ROLE_REACH = 60  # characters after a statement its custody word may stand in
DEFAULT_ZH_ROLE_REACH = 20  # characters after a Chinese bank's name that may state its role
NAME_ENDS = re.compile(rf"(?:{LEGAL_SUFFIX}|\b[A-Z]\.)$")
NAME_STOP = re.compile(r"(?<=\w)\.(?=\s|$)")
"""A name whose final full stop is its own (`Prime Trust, Inc.`, `… Company, N.A.`)."""
TRAILING_WORDS = re.compile(r"(?:[ \t,]+(?:and|of|the|&|de|des|du|della|di|für))+$")


def custodian_of(pages: Sequence[Page]) -> Mention | None:
    """The first institution the document names as holding investors' money."""
    for page in pages:
        for name, start, end in custodian_names(page.text):
            begin, stop = sentence_around(page.text, start, end)
            evidence = trim(page.text[begin:stop])
            return Mention(value=name, page_no=page.page_no, evidence=evidence)
    return None


def custodian_names(text: str) -> Iterator[tuple[str, int, int]]:
    """Each custodian a page names: (name as printed, start, end of the statement), in order."""
    for word in CUSTODY_WORD.finditer(text):
        begin = max(word.start() - DEFAULT_WINDOW, 0)
        window_end = word.end() + DEFAULT_WINDOW
        for match in CUSTODIAN.finditer(text, begin, window_end):
            if match.start() < word.end() and _reaches(text, match.end(), word.start()):
                name = _clean(next(value for key, value in _names(match) if value))
                if INSTITUTION.search(name):
                    yield name, match.start(), match.end()
    # Chinese custody words may be wrapped mid-word (`资金托 管银行`): the whole page is read.
    yield from _chinese_names(text, 0, len(text))


def _reaches(text: str, end: int, word: int) -> bool:
    """Whether a custody word stands in the statement or just after it in its sentence
    (`… deposited with Bank of Communications, which acts as custodian bank`)."""
    between = text[end:word]
    return word < end or (len(between) <= DEFAULT_ROLE_REACH and "." not in between)


def _names(match: re.Match[str]) -> Iterator[tuple[str, str | None]]:
    return ((key, value) for key, value in match.groupdict().items() if key.endswith("_name"))


def _chinese_names(text: str, begin: int, end: int) -> Iterator[tuple[str, int, int]]:
    """A Chinese bank after a custody label, or before the role it plays for the money. A line
    the layout wrapped leaves a space between two characters (`资金托管银 行中国银行`): the
    patterns read the window without it, and the offsets lead back to the page text."""
    window, where = _joined(text[begin:end])
    for cue in CUSTODIAN_ZH_CUE.finditer(window):
        bank = CUSTODIAN_ZH.match(window, cue.end())
        if bank is None:
            continue
        labelled = any(role in cue.group(0) for role in ("托管", "存管", "监管"))
        after = window[bank.end() : bank.end() + DEFAULT_ZH_ROLE_REACH]
        before = window[max(cue.start() - DEFAULT_ZH_ROLE_REACH, 0) : cue.start()]
        if labelled or CUSTODIAN_ZH_ROLE.search(after) or CUSTODIAN_ZH_ROLE.search(before):
            yield bank.group("bank"), begin + where[cue.start()], begin + where[bank.end() - 1] + 1


def _joined(text: str) -> tuple[str, list[int]]:
    """`text` without the spaces between two Chinese characters, and where each of its
    characters stands in `text`."""
    spaces = {index for found in CJK_INNER_SPACE.finditer(text) for index in range(*found.span())}
    where = [index for index in range(len(text)) if index not in spaces]
    return "".join(text[index] for index in where), where


def _clean(name: str) -> str:
    """A name without what a sentence left on it: `Enterprise Bank & Trust. Funds` is
    `Enterprise Bank & Trust`; `Prime Trust, Inc.` and `… Company, N.A.` keep their stop; a
    name wrapped over two lines is one line."""
    name = " ".join(name.split())
    for stop in NAME_STOP.finditer(name):
        if not NAME_ENDS.search(name[: stop.start() + 1]):
            name = name[: stop.start()]
            break
    name = TRAILING_WORDS.sub("", name.strip(" ,"))
    if name.endswith(".") and not NAME_ENDS.search(name):
        name = name[:-1]
    return name
