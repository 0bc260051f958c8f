"""Rules on the use of proceeds: it adds up, and it covers money raised above the target."""

from __future__ import annotations

from schemas.disclosure import Finding, FundsLine
from schemas.rules.facts import Facts, close, quote, sum_of


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
    if None in amounts or all(line.amount_from_share for line in lines):
        # shares of whatever is raised (`45% to R&D`) cover money above the target too; shares
        # printed beside amounts at the target are the target's
        message = "The use of funds is given as shares of the amount raised, up to the maximum."
        return [
            facts.finding("oversubscription_use_missing", True, message, page_no=lines[0].page_no)
        ]
    if close(sum_of([a for a in amounts if a is not None]), maximum.value, relative=slack):
        message = "The use of funds accounts for the maximum."
        return [facts.finding("oversubscription_use_missing", True, message, evidence=maximum)]
    at_maximum = [line.amount_at_maximum for line in lines if line.amount_at_maximum is not None]
    if at_maximum:
        message = (
            f"The use of funds gives each line's amount at the maximum "
            f"({facts.money(sum_of(at_maximum))} in all)."
        )
        return [
            facts.finding("oversubscription_use_missing", True, message, page_no=lines[0].page_no)
        ]
    stated = facts.disclosure.excess_use
    if stated is not None:
        message = "The document says how money above the target would be used."
        return [
            facts.finding(
                "oversubscription_use_missing",
                True,
                message,
                evidence=stated.evidence,
                page_no=stated.page_no,
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
