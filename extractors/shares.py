"""Share counts an offering states: the shares it sells, and those in issue before it.

`shares_offered`: `New shares offered: 37,500`, `We are issuing 37,500 new shares`, 本次发行股数
500万股. `shares_before_offering`: `Shares in issue before the offer  8,000,000`, `8,000,000
shares of common stock are issued and outstanding`, 发行前总股本 8000万股 (`patterns.SHARES_*`).

Precision first: a count whose sentence calls it something else (authorised shares, options,
the shares after the offering, a maximum) gives no figure, and a document that states two
different counts for one figure gives none: which one the rules should use cannot be told.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from extractors.evidence import sentence_around, trim
from extractors.patterns import SHARE_WORD, SHARES_BEFORE, SHARES_NOT, SHARES_OFFERED
from schemas import Figure, Page

DEFAULT_NOT_CHARS = 40  # characters before a count searched for a word that makes it another
SCALES = {"million": 1e6, "mn": 1e6, "m": 1e6, "万": 1e4, "亿": 1e8}
GROUPED = re.compile(r"\d{1,3}(?:(?:,|\.|[ \u00a0\u202f’'])\d{3})+")
SEPARATORS = re.compile(r"[,. \u00a0\u202f’']")
CELL_BREAK = re.compile(r"\||[ \t]{2,}")  # the words before a count in another cell are not its
PATTERNS = {"shares_offered": SHARES_OFFERED, "shares_before_offering": SHARES_BEFORE}


def share_figures(pages: Sequence[Page]) -> list[Figure]:
    """The shares offered and the shares before the offering, each where the document states
    one count for it."""
    figures = []
    for name, patterns in PATTERNS.items():
        found = [figure for page in pages for figure in _counts(page, name, patterns)]
        if found and len({figure.value for figure in found}) == 1:
            figures.append(found[0])
    return figures


def _counts(page: Page, name: str, patterns: Sequence[re.Pattern[str]]) -> Iterator[Figure]:
    text = page.text
    if not SHARE_WORD.search(text):
        return
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = share_count(match["count"], match["scale"])
            begin, stop = sentence_around(text, match.start(), match.end())
            lead = CELL_BREAK.split(
                text[max(begin, match.start() - DEFAULT_NOT_CHARS) : match.start()]
            )
            if value is not None and not SHARES_NOT.search(lead[-1] + match.group(0)):
                evidence = trim(text[begin:stop])
                yield Figure(
                    name=name, value=value, page_no=page.page_no, evidence=evidence, source="text"
                )


def share_count(count: str, scale: str | None) -> float | None:
    """A count as printed (`37,500`, `2.500.000`, `1.2 million`, `500万`), or None where it is
    no whole number of shares."""
    if scale:
        number = SEPARATORS.sub("", count) if GROUPED.fullmatch(count) else count.replace(",", ".")
        value = float(number) * SCALES[scale.lower()]
    elif GROUPED.fullmatch(count) or count.isdigit():
        value = float(SEPARATORS.sub("", count))
    else:
        return None
    return value if value >= 1 and value.is_integer() else None
