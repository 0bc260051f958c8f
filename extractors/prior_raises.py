"""Whether the issuer raised money under crowdfunding before, as the document states it.

Form C's assurance tiers depend on it: statements reviewed by an accountant suffice for up to
$1,235,000 in a first Regulation Crowdfunding raise, for up to $618,000 in a later one. The
document says `prior` (`Prior Regulation CF offering: $210,000, completed 2022`) or `first`
(`This is the Company's first offering under Regulation Crowdfunding`), or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.evidence import sentence_around, trim
from extractors.patterns import FIRST_RAISE, PRIOR_RAISE
from schemas import Mention, Page


def crowdfunding_history_of(pages: Sequence[Page]) -> Mention | None:
    """The first statement of an earlier crowdfunding raise (`prior`) or of this being the
    first (`first`); a document that states both says `prior`, the stricter case."""
    first: Mention | None = None
    for page in pages:
        for pattern, value in ((PRIOR_RAISE, "prior"), (FIRST_RAISE, "first")):
            found = pattern.search(page.text)
            if found is None:
                continue
            begin, end = sentence_around(page.text, found.start(), found.end())
            mention = Mention(
                value=value, page_no=page.page_no, evidence=trim(page.text[begin:end])
            )
            if value == "prior":
                return mention
            first = first or mention
    return first
