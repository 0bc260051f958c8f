"""Where a document says how money raised above the target would be used.

A sentence that speaks of that money (`If the maximum is raised, the additional €600,000 will
be allocated as follows`, `Oversubscription funds go to marketing`, `如达到融资上限，新增资金的用途
如下`) and puts it to a use; a sentence that only names the maximum (`Overfunding ceiling:
€625,000`) is none. A column of amounts at the maximum is read with the use of funds
(`FundsLine.amount_at_maximum`).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.evidence import trim
from extractors.patterns import EXCESS_SENTENCE_END, EXCESS_USE, USE_WORDS
from schemas import Mention, Page


def excess_use_of(pages: Sequence[Page]) -> Mention | None:
    """The first sentence that says how money above the target would be used."""
    for page in pages:
        for sentence in EXCESS_SENTENCE_END.split(page.text):
            if EXCESS_USE.search(sentence) and USE_WORDS.search(sentence):
                return Mention(value="stated", page_no=page.page_no, evidence=trim(sentence))
    return None
