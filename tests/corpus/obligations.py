"""Passages a regime obliges a document to print (issue 7), each with a fact naming what it says.

An offering's financial information (with the statements' assurance for a US raise), the bank
that holds a Chinese offer's money, what money above the target would pay for, and a directors'
report quoting the year's revenue. Facts of kinds `section`, `assurance`, `custodian`,
`excess_use` and `revenue_quote` are not ground-truth fields; tests/corpus/audit.py reads them.
"""

from __future__ import annotations

from tests.corpus import statements
from tests.corpus.context import Context
from tests.corpus.material import Material
from tests.corpus.story import Fact, Story

FINANCIAL_HEADINGS = (
    "Financial Information",
    "Financial Condition",
    "Summary Financial Information",
)
ASSURANCE_LINES = {
    "certified": (
        "The financial statements have been certified by the company's principal executive "
        "officer as true and complete in all material respects.",
        "The financial statements are certified by our principal executive officer.",
    ),
    "reviewed": (
        "The financial statements have been reviewed by an independent public accountant.",
        "Our financial statements for {years} were reviewed by an independent accountant.",
    ),
    "audited": (
        "The financial statements have been audited by an independent auditor.",
        "Our financial statements for {years} were audited by an independent accounting firm.",
    ),
}
ACCOUNTS_NOTES = (
    "The figures above are taken from the company's annual accounts.",
    "Full accounts for both years are available to investors on request.",
)
CUSTODIAN_LINES = (
    "Investors' money is held in a segregated account at {bank}, the custodian bank, until "
    "the offer closes.",
    "Subscription monies are deposited with {bank}, which acts as custodian bank for this offer.",
    "Custodian bank: {bank}",
)
EXCESS_HEADINGS = ("Overfunding", "If the offer is overfunded", "Funds above the target")
EXCESS_LINES = (
    "Any amount raised above the target, up to the maximum, will go to further {a} and {b}.",
    "If the offer is overfunded, the excess will be spent on {a} and {b}.",
    "Money raised beyond the target will fund additional {a} and {b}.",
)
REVENUE_QUOTES = (
    "Revenue for the year was {amount}.",
    "Turnover for the year amounted to {amount}.",
    "The company's revenue for {year} reached {amount}.",
)


def financial_information(story: Story, ctx: Context, material: Material) -> None:
    """Past revenue and results under a financial heading, and how far they were examined."""
    heading = ctx.pick(FINANCIAL_HEADINGS)
    section = Fact("section", {"kind": "financial_information"}, heading)
    story.text(heading, style="h1", facts=[section])
    statements.history_body(story, ctx, material.history, as_table=True)
    compliance = material.compliance
    if compliance is None or compliance.assurance is None:
        story.text(ctx.pick(ACCOUNTS_NOTES))
        return
    level = compliance.assurance
    years = " and ".join(str(accounts.year) for accounts in reversed(material.history))
    line = ctx.pick(ASSURANCE_LINES[level]).format(years=years)
    story.text(line, facts=[Fact("assurance", {"level": level}, level)])


def custodian(story: Story, ctx: Context, bank: str) -> None:
    """The bank that holds investors' money until the offer closes."""
    line = ctx.pick(CUSTODIAN_LINES).format(bank=bank)
    story.text(line, facts=[Fact("custodian", {"bank": bank}, bank)])


def excess_use(story: Story, ctx: Context, uses: tuple[str, ...]) -> None:
    """What money raised above the target (up to the maximum) would pay for."""
    if not ctx.brief:
        story.heading(ctx.pick(EXCESS_HEADINGS))
    line = ctx.pick(EXCESS_LINES).format(a=uses[0], b=uses[1])
    story.text(line, facts=[Fact("excess_use", {"uses": list(uses)}, uses[0])])


def revenue_quote(story: Story, ctx: Context, material: Material) -> None:
    """The latest year's revenue in the words of a directors' report."""
    assert material.quoted_revenue is not None
    year, amount = material.accounts[0].year, ctx.money(material.quoted_revenue)
    line = ctx.pick(REVENUE_QUOTES).format(amount=amount, year=year)
    data = {"value": material.quoted_revenue, "fiscal_year": year}
    story.text(line, facts=[Fact("revenue_quote", data, amount)])
