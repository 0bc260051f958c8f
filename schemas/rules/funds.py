"""Rules on the use of proceeds: it adds up, and it covers money raised above the target."""

from __future__ import annotations

import re

from schemas.disclosure import Finding, FundsLine
from schemas.rules.facts import Facts, close, quote, sum_of

EXCESS_USE = re.compile(
    r"over-?subscri|over-?funding|over-?allot"
    r"|in excess of (?:the|our) (?:funding )?(?:target|minimum)"
    r"|(?:above|beyond|over) (?:the|our) (?:funding |minimum |initial )?(?:target|goal|minimum)"
    r"|(?:if|should|once|where) (?:we|the (?:company|offering|campaign))"
    r" (?:raises?|reach(?:es)?|hits?) (?:the|its|our) maximum"
    r"|maximum (?:offering )?amount is (?:raised|reached)"
    r"|at (?:the )?maximum|additional (?:funds|proceeds|capital|investment)"
    r"|超募|超额(?:募集|认购|部分|资金)|超出(?:目标|融资目标|部分)|超过(?:目标|融资目标)",
    re.I,
)
"""Words that say what money raised above the target would pay for."""


def use_of_funds_sum_mismatch(facts: Facts) -> list[Finding]:
    """Use-of-proceeds amounts add up to the target (or the maximum); shares to 100%."""
    lines = facts.disclosure.use_of_funds
    target = facts.term("funding_target")
    if not lines:
        return [facts.lacking("use_of_funds_sum_mismatch", "the document lists no use of funds")]
    evidence = quote(line.evidence for line in lines)
    page_no = lines[0].page_no
    amounts = [line.amount for line in lines]
    if None not in amounts and target is not None:
        return [_amounts_add_up(facts, lines, evidence=evidence, page_no=page_no)]
    shares = [line.pct for line in lines]
    if None not in shares:
        total = sum_of([pct for pct in shares if pct is not None])
        passed = close(total, 100.0, relative=facts.settings.sum_tolerance, absolute=0.5)
        message = f"The use-of-funds shares add up to {total:g}%" + (
            "." if passed else ", not 100%."
        )
        return [
            facts.finding(
                "use_of_funds_sum_mismatch", passed, message, evidence=evidence, page_no=page_no
            )
        ]
    what = "the use-of-funds lines give neither every amount (with a target) nor every share"
    return [facts.lacking("use_of_funds_sum_mismatch", what, page_no=page_no)]


def _amounts_add_up(
    facts: Facts, lines: list[FundsLine], *, evidence: str, page_no: int
) -> Finding:
    """The finding on amounts that should total the target (or the maximum)."""
    total = sum_of([line.amount for line in lines if line.amount is not None])
    target, maximum = facts.term("funding_target"), facts.term("maximum_target")
    assert target is not None
    goals = [target] + ([maximum] if maximum is not None else [])
    slack = facts.settings.sum_tolerance
    if any(close(total, goal.value, relative=slack) for goal in goals):
        message = f"The use of funds adds up to {facts.money(total)}, the amount sought."
        return facts.finding(
            "use_of_funds_sum_mismatch", True, message, evidence=evidence, page_no=page_no
        )
    message = (
        f"The use of funds adds up to {facts.money(total)} but the target is "
        f"{facts.money(target.value)}"
        + (f" (and the maximum {facts.money(maximum.value)})." if maximum else ".")
    )
    return facts.finding(
        "use_of_funds_sum_mismatch", False, message, evidence=evidence, page_no=page_no
    )


def oversubscription_use_missing(facts: Facts) -> list[Finding]:
    """When the maximum is above the target, a stated use for the money in between."""
    target, maximum = facts.term("funding_target"), facts.term("maximum_target")
    lines = facts.disclosure.use_of_funds
    if target is None or maximum is None or maximum.value <= target.value or not lines:
        return []  # nothing between target and maximum to account for, or no use of funds
    amounts = [line.amount for line in lines]
    slack = facts.settings.sum_tolerance
    if None in amounts:  # shares of whatever is raised cover the excess too
        message = "The use of funds is given as shares of the amount raised, up to the maximum."
        return [
            facts.finding("oversubscription_use_missing", True, message, page_no=lines[0].page_no)
        ]
    if close(sum_of([a for a in amounts if a is not None]), maximum.value, relative=slack):
        message = "The use of funds accounts for the maximum."
        return [facts.finding("oversubscription_use_missing", True, message, evidence=maximum)]
    for page in facts.disclosure.pages:
        if found := EXCESS_USE.search(page.text):
            sentence = _sentence(page.text, found.start())
            message = "The document says how money above the target would be used."
            return [
                facts.finding(
                    "oversubscription_use_missing",
                    True,
                    message,
                    evidence=sentence,
                    page_no=page.page_no,
                )
            ]
    gap = maximum.value - target.value
    message = (
        f"Up to {facts.money(gap)} may be raised above the {facts.money(target.value)} target, "
        "but the use of funds covers the target only and nothing says how the rest would be used."
    )
    return [
        facts.finding("oversubscription_use_missing", False, message, evidence=(target, maximum))
    ]


def _sentence(text: str, at: int) -> str:
    """The sentence of `text` around character `at`."""
    start = max(text.rfind(". ", 0, at), text.rfind("。", 0, at), text.rfind("\n\n", 0, at))
    ends = [found for mark in (". ", "。", "\n\n") if (found := text.find(mark, at)) >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start + 1 : end].split())
